"""Split cleaned paragraphs into sentences with ids that stay stable across rebuilds.

The splitter is rule based and tuned for news prose. A candidate boundary is terminal
punctuation (``.``, ``!``, ``?``, an ellipsis) with any closing quote marks or brackets
glued to it; it becomes a boundary when the next word starts a sentence and the word
before is not an abbreviation or initial. Choices worth knowing:

* A quotation of several sentences is split at its inner full stops, and the closing mark
  stays with the sentence it closes. An attribution that follows a closed quotation as
  its own short clause (``"We won." Trump said.``) is joined to the quotation's last
  sentence, so a reader never sees ``Trump said.`` alone.
* An ellipsis followed by a capital ends a sentence only outside a quotation: inside one,
  it usually marks words the reporter left out of a single utterance
  (``"I am not happy about that... No, I didn't"``), which should stay together.
* A full stop with no space before a capital (``discussed.Tuesday``) is a boundary when
  it follows a lower-case word or a number, never inside initialisms (``U.S.``), URLs
  or handles (``pic.twitter.com/X``), or decimals.
"""

from __future__ import annotations

import hashlib
import re

from ..model import CleanedSource, Paragraph, Sentence, Source

# Words that introduce or report speech. quotes.py uses the same list for attribution.
# Words that introduce or report speech. quotes.py uses the same list for attribution. Present
# forms that are more often plural nouns ("in angry comments", "his remarks") are left out.
SPEECH_VERBS = frozenset(
    """
    said says say saying told tells tell added adds admitted admits noted stressed insisted insists
    warned warns remarked explained explains asked asks replied replies wrote writes tweeted declared
    declares stated recalled recalls acknowledged acknowledges argued argues claimed confirmed confirms
    continued countered emphasised emphasized emphasises emphasizes announced announces conceded concedes
    responded responds shouted cried joked quipped observed commented suggested suggests urged vowed
    predicted posted whispered yelled exclaimed muttered
    complained boasted lamented recounted remembered asserted contended maintained cautioned promised
    pledged charged reiterated testified texted emailed
    """.split()
)

# Titles and abbreviations that are (nearly) always followed by more of the same sentence.
_ALWAYS_CONTINUED = frozenset(
    """
    Mr Mrs Ms Mx Messrs Mme Mlle Dr Prof Rev Hon Rt Fr Msgr Sr Sra Srta
    Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Brig Cmdt Gov Sen Rep Pres Supt Det Insp Atty Amb Sec
    St Ste Mt Ft vs v cf approx ca e.g i.e
    """.split()
)

# Abbreviations that continue the sentence only before a number: "No. 5", "Jan. 20", "Sept. 11".
_CONTINUED_BEFORE_NUMBER = frozenset(
    """
    No Nos no nos Vol vol Art art Fig fig Ch ch pp Rte Hwy
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """.split()
)

# After an initialism such as "U.S." or "a.m." a capital usually continues the sentence
# ("U.S. President", "6 a.m. Tuesday"); only these closed-class words reliably start a new one.
_SENTENCE_OPENERS = frozenset(
    """
    A An The He She It They We I You This That These Those There Here His Her Its Their Our My Your
    But And Or So Yet Still Now Then However Meanwhile Also Instead Although Though While When
    After Before Since Because If As In On At By For From With Without During Under Over
    Some Many Most Several Few No None One Two Three What Why How Who Where Officials Police
    """.split()
)

_TERMINAL = r"(?:\.{2,}|…|[.!?]+)"
_CLOSERS = "”\"’'»)]"
_CANDIDATE = re.compile(rf"(?P<term>{_TERMINAL})(?P<close>[{re.escape(_CLOSERS)}]*)(?P<space>\s*)")
_OPENERS = "“\"‘'«([`"
_ELLIPSIS = re.compile(r"\.{2,}|…")
_DOTTED_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_WORD_BEFORE_GLUED_STOP = re.compile(r"[A-Za-z’'-]*[a-z]{2}|\d+")
_URL_LIKE = re.compile(r"://|www\.|@|/|\.(?:com|org|net|gov|edu|co|io|ru|uk)\b", re.IGNORECASE)
_DOUBLE_QUOTE_MARK = re.compile(r"“|”|\"|``|''")
_WORD = re.compile(r"[A-Za-z’'-]+")
_ENDS_WITH_CLOSED_QUOTE = re.compile(r"[.!?…][”\"’']+\s*$")

# How many words a clause like "Kremlin aide Yuri Ushakov told reporters." may have.
_MAX_ATTRIBUTION_WORDS = 8
# Words that may follow the speech verb in such a clause ("told reporters on Tuesday").
_ATTRIBUTION_TAIL_WORDS = frozenset(
    "reporters journalists the a an in on at to of during via from with for interview statement".split()
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of each sentence in ``text``, whitespace trimmed."""
    quoted = _double_quoted_spans(text)
    cuts = [match.end() for match in _CANDIDATE.finditer(text) if _is_boundary(text, match, quoted)]
    spans = _trimmed_spans(text, cuts)
    return _join_stranded_attributions(text, spans)


def segment_source(cleaned: CleanedSource) -> Source:
    """Turn a cleaned article into paragraphs of sentences with story-unique, stable ids."""
    source_id = cleaned.raw.id
    seen: dict[str, int] = {}
    paragraphs: list[Paragraph] = []
    for index, clean in enumerate(cleaned.paragraphs):
        sentences = []
        for start, end in split_sentences(clean.text):
            sentence_text = clean.text[start:end]
            sentence_id = _sentence_id(source_id, sentence_text, seen)
            sentences.append(Sentence(sentence_id, source_id, index, start, sentence_text))
        paragraphs.append(Paragraph(index, clean.text, clean.line, tuple(sentences)))
    return Source(
        id=source_id,
        file=cleaned.raw.file,
        metadata=cleaned.metadata,
        paragraphs=tuple(paragraphs),
        removed=cleaned.removed,
    )


def _sentence_id(source_id: str, text: str, seen: dict[str, int]) -> str:
    # Hash the text rather than number the position, so editing one sentence keeps every other id.
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]
    base = f"{source_id}-{digest}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


# ----------------------------------------------------------------------- boundaries


def _is_boundary(text: str, match: re.Match[str], quoted: list[tuple[int, int]]) -> bool:
    rest = text[match.end() :]
    if not rest:
        return False
    if not match["space"]:
        return _is_glued_boundary(text, match)
    if not _starts_sentence(rest):
        return False
    if _ELLIPSIS.fullmatch(match["term"]):
        return not _inside(match.start(), quoted)
    if match["term"] != "." or match["close"]:
        return True
    return _full_stop_ends_sentence(_word_before(text, match.start()), rest)


def _full_stop_ends_sentence(word: str, rest: str) -> bool:
    """Decide a plain full stop followed by a capital or number: abbreviation or end?"""
    if word in _ALWAYS_CONTINUED or (len(word) == 1 and word.isalpha()):
        return False
    if word in _CONTINUED_BEFORE_NUMBER:
        return not rest[0].isdigit()
    if _DOTTED_INITIALISM.fullmatch(word):
        opener = _WORD.match(rest.lstrip(_OPENERS))
        return opener is not None and opener.group() in _SENTENCE_OPENERS
    return True


def _is_glued_boundary(text: str, match: re.Match[str]) -> bool:
    """A stop with no space after it: ``discussed.Tuesday`` but not ``U.S.``, ``3.5`` or a URL."""
    if _ELLIPSIS.fullmatch(match["term"]) or not text[match.end()].isupper():
        return False
    if not _WORD_BEFORE_GLUED_STOP.fullmatch(_word_before(text, match.start())):
        return False
    return not _URL_LIKE.search(_token_around(text, match.start()))


def _starts_sentence(rest: str) -> bool:
    first = rest.lstrip(_OPENERS)[:1]
    return first.isupper() or first.isdigit()


def _word_before(text: str, position: int) -> str:
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:position].lstrip(_OPENERS)


def _token_around(text: str, position: int) -> str:
    start, end = position, position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _double_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks; one left open runs to the end (news convention)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _DOUBLE_QUOTE_MARK.finditer(text):
        is_opening = mark.group() in ("“", "``") or (mark.group() == '"' and opened is None)
        if is_opening and opened is None:
            opened = mark.end()
        elif not is_opening and opened is not None:
            spans.append((opened, mark.start()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _trimmed_spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans = []
    for start, end in zip([0, *cuts], [*cuts, len(text)]):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


# ----------------------------------------------------------------------- attributions


def _join_stranded_attributions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        previous = joined[-1] if joined else None
        if previous and _ENDS_WITH_CLOSED_QUOTE.search(text[previous[0] : previous[1]]) and _is_attribution(
            text[start:end]
        ):
            joined[-1] = (previous[0], end)
        else:
            joined.append((start, end))
    return joined


def _is_attribution(clause: str) -> bool:
    """``Trump said.``, ``said Kremlin aide Yuri Ushakov.``, ``he told reporters.``: a speaker and a verb only."""
    words = _WORD.findall(clause)
    if not words or len(words) > _MAX_ATTRIBUTION_WORDS or not clause.rstrip().endswith((".", "!", "?")):
        return False
    if any(mark in clause for mark in "“”\"‘`"):
        return False
    verbs = [i for i, word in enumerate(words) if word.lower() in SPEECH_VERBS]
    if not verbs:
        return False
    verb = verbs[0]
    if verb == 0:
        # "said Yuri Ushakov, the aide." — the speaker follows; everything must be a name or title.
        return all(word[0].isupper() or word.lower() in _ATTRIBUTION_TAIL_WORDS for word in words[1:])
    speaker, tail = words[:verb], words[verb + 1 :]
    speaker_is_named = speaker[0][0].isupper()
    tail_is_circumstance = all(word[0].isupper() or word.lower() in _ATTRIBUTION_TAIL_WORDS for word in tail)
    return speaker_is_named and tail_is_circumstance
