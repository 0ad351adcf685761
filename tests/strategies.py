"""Hypothesis strategies for article text: ordinary, adversarial and everything in between."""

from __future__ import annotations

from hypothesis import strategies as st

from site_builder.model import Metadata, RawSource

WORDS = [
    "the",
    "mayor",
    "said",
    "council",
    "bridge",
    "Monday",
    "Mr.",
    "U.S.",
    "Dr.",
    "No.",
    "3.5",
    "1,000",
    "Lena",
    "Ortiz",
    "Reuters",
    "-",
    "\u2014",
    "(Reuters)",
    "e.g.",
    "http://x.com/a.b",
    "caf\u00e9",
    "\u041f\u0440\u0430\u0432\u0434\u0430",
    "\u9009\u4e3e",
    "\u0627\u0644\u062e\u0628\u0631",
]
#: Characters that make parsers of sentences and quotations work hardest.
TRICKY = (
    "\u201c\u201d\u2018\u2019\"'\u00ab\u00bb\u201e\u201a()[]{}<>.!?\u2026:;,-\u2013\u2014"
    " \t\u00a0\u200b\ufeff#*_`>|&%$@\\/"
)

tricky_chars = st.sampled_from(TRICKY)
words = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
tokens = st.one_of(words, words, tricky_chars, st.text(tricky_chars, min_size=2, max_size=8))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    body = " ".join(draw(st.lists(tokens, min_size=1, max_size=25)))
    return body[:1].upper() + body[1:] + draw(st.sampled_from([".", ".", "?", "!", "", "\u201d", '."', "...", ":"]))


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    joiner = draw(st.sampled_from([" ", " ", "\n", "  "]))
    return joiner.join(draw(st.lists(sentences(), min_size=1, max_size=6)))


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """Paragraphs (some repeated, some very long or pure punctuation) separated by blank lines."""
    pool = draw(st.lists(paragraphs(), min_size=1, max_size=8))
    extra = draw(st.lists(st.sampled_from(pool), max_size=3))  # repeated paragraphs
    if draw(st.booleans()):
        pool.append(draw(st.text(tricky_chars, min_size=1, max_size=400)))
    if draw(st.integers(0, 9)) == 0:
        pool.append(" ".join(pool) * draw(st.integers(1, 5)))  # a long line
    order = draw(st.permutations(pool + extra))
    separator = draw(st.sampled_from(["\n\n", "\n\n", "\n", "\n \n\n"]))
    return separator.join(order)


any_text = st.one_of(article_texts(), st.text(max_size=300), st.text(tricky_chars, max_size=300))

metadata_values = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda value: value.strip() == value and value.strip() and value[0] not in "\"'" and value[-1] not in "\"'"
)
dates = st.dates().map(lambda d: d.isoformat())
metadata = st.builds(
    Metadata,
    title=st.none() | metadata_values,
    outlet=st.none() | metadata_values,
    byline=st.none() | metadata_values,
    date=st.none() | dates,
    url=st.none() | metadata_values,
    language=st.none() | st.sampled_from(["en", "fr", "ru"]),
)


@st.composite
def raw_sources(draw: st.DrawFn, source_id: str = "s1", fmt: str = "txt") -> RawSource:
    return RawSource(
        id=source_id,
        file=f"story/{source_id}.{fmt}",
        text=draw(any_text),
        first_line=draw(st.integers(1, 5)),
        given=Metadata(),
        format=fmt,  # type: ignore[arg-type]
    )


@st.composite
def stories(draw: st.DrawFn) -> list[RawSource]:
    """Two to four sources that share some paragraphs, as real coverage of one event does."""
    shared = draw(st.lists(paragraphs(), min_size=1, max_size=4))
    sources = []
    for n in range(draw(st.integers(2, 4))):
        own = draw(st.lists(paragraphs(), max_size=3))
        picked = draw(st.lists(st.sampled_from(shared), max_size=len(shared) + 1))
        text = "\n\n".join(draw(st.permutations(own + picked)) or ["Nothing."])
        sources.append(RawSource(f"s{n}", f"story/s{n}.txt", text, 1, Metadata(), "txt"))
    return sources


# ------------------------------------------------------------- attribution-shaped text
# Speech verbs with the words that surround them in news copy, so the attribution rules meet
# every shape of phrase before and after a verb (issue 19: a capitalised "Of ..." before "said"
# crashed a rule that the generic text above never reached).

PREPOSITIONS = ["Of", "From", "of", "from", "In", "At", "For", "With", "After", "to", "by"]
CONJUNCTIONS = ["And", "But", "Or", "and", "but", "Yet", "so"]
TITLES = ["Senator", "Mr.", "Mrs.", "Dr.", "Gov.", "President", "the police chief", "a spokeswoman", "Sheriff", "Rep."]
NAMES = [
    "Ann Lee",
    "Cole",
    "O'Brien",
    "McDonald",
    "Jean-Luc Ortiz",
    "Lee's",
    "The Kremlin",
    "the Ministry of Defense",
    "Reuters",
    "Customs and Border Protection",
    "AnnLee",
    "LEE",
    "J.",
    "the White House",
]
PRONOUNS = ["he", "she", "He", "She", "They", "it", "we", "I", "who", "His wife", "her lawyer", "the statement"]
PUNCTUATION = [",", "\u2014", "...", "(", ")", ":", ";", "'s", "-", "\u2026", ".", "\u2013", "\u2019s"]
QUOTE_MARKS = [
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("\u2018", "\u2019"),
    ("'", "'"),
    ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"),
    ("\u201a", "\u2018"),
    ("``", "''"),
    ("\u201c", ""),
    ("", "\u201d"),
    ('"', ""),
]
VERBS = [
    "said",
    "says",
    "told",
    "added",
    "asked",
    "noted",
    "according to",
    "said Thursday",
    "told reporters",
    "speaking",
    "explained",
    "wrote",
    "argued",
    "insisted",
    "described",
    "claimed",
    "warned",
    "stated",
]

attribution_words = st.one_of(
    *(st.sampled_from(choices) for choices in (PREPOSITIONS, CONJUNCTIONS, TITLES, NAMES, PRONOUNS, PUNCTUATION)),
    st.sampled_from(WORDS),
)
phrases = st.lists(attribution_words, max_size=5).map(" ".join)


@st.composite
def quotations(draw: st.DrawFn) -> str:
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    inside = " ".join(draw(st.lists(st.one_of(attribution_words, st.sampled_from(VERBS)), min_size=1, max_size=12)))
    return f"{opening}{inside}{draw(st.sampled_from(['', ',', '.', '?']))}{closing}"


@st.composite
def attribution_sentences(draw: st.DrawFn) -> str:
    verb, quoted, before, after = draw(st.sampled_from(VERBS)), draw(quotations()), draw(phrases), draw(phrases)
    shape = draw(st.integers(0, 3))
    if shape == 0:  # Of the people surveyed, most said "..."
        parts = [before, verb, draw(st.sampled_from(["", ",", ":"])), quoted]
    elif shape == 1:  # "...," Ann Lee of Ohio said Thursday.
        parts = [quoted, before, verb, after]
    elif shape == 2:  # "...," he said, "..."
        parts = [quoted, before, verb, after + ",", draw(quotations())]
    else:  # any order at all
        parts = draw(st.permutations([before, verb, quoted, after]))
    return " ".join(part for part in parts if part) + draw(st.sampled_from([".", "", "?", "!"]))


@st.composite
def attribution_texts(draw: st.DrawFn) -> str:
    paragraph_texts = [
        " ".join(
            draw(
                st.lists(
                    st.one_of(attribution_sentences(), attribution_sentences(), sentences()), min_size=1, max_size=4
                )
            )
        )
        for _ in range(draw(st.integers(1, 5)))
    ]
    return "\n\n".join(paragraph_texts)


@st.composite
def attribution_stories(draw: st.DrawFn) -> list[RawSource]:
    """Two or three sources of attribution-shaped text that share some sentences, as coverage of one event does."""
    shared = draw(st.lists(attribution_sentences(), min_size=1, max_size=3))
    sources = []
    for n in range(draw(st.integers(2, 3))):
        own = draw(attribution_texts())
        picked = draw(st.lists(st.sampled_from(shared), max_size=len(shared)))
        sources.append(RawSource(f"s{n}", f"story/s{n}.txt", "\n\n".join([own, *picked]), 1, Metadata(), "txt"))
    return sources
