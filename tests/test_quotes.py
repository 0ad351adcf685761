"""Quotation extraction, attribution and grouping: fixture cases and properties of the parsers."""

from __future__ import annotations

from pathlib import Path

import pytest
from casefiles import named_blocks
from hypothesis import example, given, settings
from hypothesis import strategies as st

from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import echoed, extract_quotes, find_quotations, group_quotes, quotation_spans
from site_builder.analysis.quotes.grouping import _variation
from site_builder.analysis.quotes.names import strip_to_name
from site_builder.analysis.segment import segment_source
from site_builder.config import AnalysisSettings
from site_builder.model import CleanedSource, CleanParagraph, Metadata, Quote, QuoteOccurrence, RawSource, Source

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"


def _source(paragraphs: list[str], source_id: str = "src") -> Source:
    raw = RawSource(source_id, f"story/{source_id}.txt", "\n".join(paragraphs), 1, Metadata(), "txt")
    cleaned = CleanedSource(raw, Metadata(), tuple(CleanParagraph(t, i + 1) for i, t in enumerate(paragraphs)), ())
    return segment_source(cleaned)


def _one_paragraph_sources(*paragraphs: str) -> list[Source]:
    """One source per paragraph, with the ids "a", "b", "c" ... in order."""
    return [_source([text], chr(ord("a") + i)) for i, text in enumerate(paragraphs)]


def analyse_quotes(sources: list[Source], settings: AnalysisSettings) -> tuple[Quote, ...]:
    """Both quote steps, as analysis/analyse.py runs them."""
    return group_quotes(sources, echoed([find_quotations(source) for source in sources]), settings)


def _grouped(*paragraphs: str) -> tuple[Quote, ...]:
    """The quotes of one source per paragraph (ids "a", "b" ...), grouped across them."""
    return analyse_quotes(_one_paragraph_sources(*paragraphs), SETTINGS)


def _group_sizes(*paragraphs: str) -> list[int]:
    return sorted(len(quote.occurrences) for quote in _grouped(*paragraphs))


def _sources_of_the_one_group(*paragraphs: str) -> list[str]:
    """The source of each occurrence, in order, when all the quotations are one utterance."""
    (quote,) = _grouped(*paragraphs)
    return [occurrence.source_id for occurrence in quote.occurrences]


def _load_cases(path: Path) -> list[tuple[str, list[str], list[tuple[str | None, str]]]]:
    cases = []
    for name, body in named_blocks(path):
        arrow = body.index("=>")
        expected = []
        for line in body[arrow + 1 :]:
            speaker, text = line.split(" | ", 1)
            expected.append((None if speaker == "-" else speaker, text))
        cases.append((name, body[:arrow], expected))
    return cases


CASES = _load_cases(FIXTURES / "extract.txt")


@pytest.mark.parametrize(("paragraphs", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_extract_quotes_fixture(paragraphs: list[str], expected: list[tuple[str | None, str]]) -> None:
    assert [(q.speaker, q.text) for q in extract_quotes(_source(paragraphs))] == expected


def test_occurrence_offsets_and_sentence() -> None:
    source = _source(["Intro here. Then “We did it,” Ann Lee said."])
    (quote,) = extract_quotes(source)
    paragraph = source.paragraphs[0]
    assert paragraph.text[quote.start : quote.end] == quote.text == "We did it"
    assert quote.sentence_id == paragraph.sentences[1].id
    assert (quote.source_id, quote.paragraph) == ("src", 0)


# ---------------------------------------------------------------------------- grouping

SETTINGS = AnalysisSettings()


def _occurrence(source_id: str, text: str, speaker: str | None = None, start: int = 0) -> QuoteOccurrence:
    return QuoteOccurrence(source_id, f"{source_id}-s", text, speaker, 0, start, start + len(text))


def _group(*occurrences: QuoteOccurrence) -> list[list[tuple[str, str]]]:
    sources = [_source(["x"], sid) for sid in ("a", "b", "c")]
    return [[(o.source_id, o.text) for o in q.occurrences] for q in group_quotes(sources, occurrences, SETTINGS)]


def test_versions_with_insertions_clarifications_and_a_longer_quote_form_one_group() -> None:
    sources = [_source(["x"], sid) for sid in ("a", "b", "c")]
    occurrences = [
        _occurrence("a", "it's so awkward to make [Rurik] wait, he could get offended", "Vera Lind"),
        _occurrence("b", "it's so awkward to make him (Rurik) wait, he could get offended", "Lind"),
        _occurrence(
            "c",
            "Please don't be angry. I understand that we could talk more. But it's so awkward to make him (Rurik) "
            "wait, he could get offended",
            "Lind",
        ),
    ]
    (quote,) = group_quotes(sources, occurrences, SETTINGS)
    assert [o.source_id for o in quote.occurrences] == ["a", "b", "c"]
    # "Lind" is counted as the fullest form of the name the occurrences give.
    assert quote.speaker == "Vera Lind"
    assert quote.variation == "truncated"


def test_unrelated_quotations_stay_apart() -> None:
    groups = _group(
        _occurrence("a", "It was mayhem."),
        _occurrence("b", "It was very terrifying, we had seconds to think about what was going on"),
        _occurrence("c", "This is a complete outrage as far as traffic safety is concerned"),
    )
    assert len(groups) == 3


def test_a_slogan_opening_two_speakers_remarks_joins_the_one_its_source_names() -> None:
    groups = _group(
        _occurrence(
            "a",
            "The sea is not for sale. Our fishermen have waited long enough for the world to listen.",
            "Amadou Faye",
            start=0,
        ),
        _occurrence("a", "The sea is not for sale, and our fish are not for sale either.", "Moussa Gueye", start=80),
        _occurrence("b", "the sea is not for sale", "Faye"),
        _occurrence("c", "The sea is not for sale, and our fish are not for sale either", "Gueye"),
    )
    assert sorted(groups) == [
        [
            ("a", "The sea is not for sale, and our fish are not for sale either."),
            ("c", "The sea is not for sale, and our fish are not for sale either"),
        ],
        [
            ("a", "The sea is not for sale. Our fishermen have waited long enough for the world to listen."),
            ("b", "the sea is not for sale"),
        ],
    ]


def test_one_group_holds_one_occurrence_per_source_unless_it_repeats() -> None:
    groups = _group(
        _occurrence("a", "We will rebuild every home on this street", start=0),
        _occurrence("a", "We will rebuild every home on this road", start=50),
        _occurrence("a", "We will rebuild every home on this street", start=90),
        _occurrence("b", "We will rebuild every home on this street"),
    )
    assert sorted(map(len, groups)) == [1, 3]


def test_quotations_sharing_only_topic_words_stay_apart() -> None:
    # Shared scattered words ("commit suicide", "grade crossing") are the story's topic, not one remark.
    groups = _group(
        _occurrence("a", "He drove to Millford to commit suicide."),
        _occurrence("b", "If a person wants to commit suicide"),
        _occurrence("c", "Normally at a grade crossing the car is crushed and the train stays on the rails"),
        _occurrence(
            "a", "It got stuck under the train. At a grade crossing it would have been pushed aside.", start=60
        ),
    )
    assert sorted(map(len, groups)) == [1, 1, 1, 1]


def test_a_copy_is_grouped_before_a_short_version_sharing_three_of_its_words() -> None:
    # "They have flooded like a river" gives three content words, all in both longer versions (a
    # subset scores 100), but the two copies belong together; one source's two remarks stay apart.
    groups = _group(
        _occurrence("a", "They have flooded like a river", start=0),
        _occurrence("a", "Town has flooded like a river. Another storm we were warned about.", start=60),
        _occurrence("b", "Town has flooded like a river, another storm we were warned about."),
    )
    assert sorted(groups, key=len) == [
        [("a", "They have flooded like a river")],
        [
            ("a", "Town has flooded like a river. Another storm we were warned about."),
            ("b", "Town has flooded like a river, another storm we were warned about."),
        ],
    ]


def test_an_insertion_stands_for_a_few_words_of_the_other_version_never_for_all_of_them() -> None:
    # "[Flynn]" may stand for up to three words, but not for the whole of a three-word version.
    assert _variation(["Mike [Flynn] was doing his job, and he did it well.", "anger and hatred"]) == "reworded"
    assert _variation(["Mike [Flynn] was doing his job, and he did it well.", "was doing his job"]) == "truncated"


_REMARK = '"We will rebuild the bridge before the winter comes,"'


@pytest.mark.parametrize(
    ("third", "named"),
    [
        # The sources that name a speaker agree (a short form of the same name): the third has them.
        (f"{_REMARK} Mayor Lee said.", [("Ann Lee", None), (None, "Ann Lee"), ("Lee", None)]),
        # They name different people: the version without one takes no side.
        (f"{_REMARK} Tom Osei said.", [("Ann Lee", None), (None, None), ("Tom Osei", None)]),
    ],
)
def test_a_version_whose_source_names_nobody_gets_the_speaker_the_others_agree_on(
    third: str, named: list[tuple[str | None, str | None]]
) -> None:
    (quote,) = _grouped(f"{_REMARK} Ann Lee, the mayor, said.", f'The work starts in May. {_REMARK[:-2]}."', third)
    assert [(o.speaker, o.speaker_elsewhere) for o in quote.occurrences] == named


def test_reworded_versions_sharing_a_run_of_words_and_spelt_out_contractions_group() -> None:
    groups = _group(
        _occurrence("a", "We aren't thieves! We are honest workers."),
        _occurrence("b", "We are not thieves! We are hard-working people!"),
    )
    assert len(groups) == 1


def test_a_sentence_broken_by_its_attribution_is_one_utterance() -> None:
    first = _source(
        [
            '"If someone wants to end it all," Lin Ota said, '
            '"nothing we build will stop them. It is one of the curses of this job."'
        ],
        "a",
    )
    second = _source(
        ['"One of the curses of this job is that we cannot stop someone who wants to end it all," Ota said.'], "b"
    )
    (quote,) = analyse_quotes([first, second], SETTINGS)
    assert [o.source_id for o in quote.occurrences] == ["a", "a", "b"]
    assert quote.variation == "reworded"


def test_two_pieces_split_by_an_attribution_join_a_reworded_whole_in_another_source() -> None:
    """``"...," Lee told reporters. "..."``: both pieces, each reworded a little, are inside another
    source's one quotation, so all three are one utterance."""
    sources = _sources_of_the_one_group(
        '"He was intent at that time on taking his own life but changed his mind," Lee told reporters. '
        '"He got out of the car and stood by as the train struck it," the chief said.',
        '"I think his intent at that time was to take his own life, but changed his mind before the train '
        'hit. He got out of the car and stood by as the train struck it," Lee said.',
    )
    assert sources == ["a", "a", "b"]


def test_two_remarks_sharing_only_topic_words_and_prepositions_stay_apart() -> None:
    """Two sources' remarks about the same dispute share "assault", "against" and "families": a
    preposition is no content word, and two topic words do not make one utterance."""
    sizes = _group_sizes(
        '"This is an assault against all working families," the union leader Ann Lee said.',
        'The council condemned "this act of assault by the landlords and their resort to force against '
        'the defenseless families" in a statement.',
    )
    assert sizes == [1, 1]


def test_two_remarks_opening_with_the_same_spoken_filler_stay_apart() -> None:
    """ "I think it's going to be a ..." opens many remarks: spoken filler is no shared wording."""
    sizes = _group_sizes(
        '"I think it\'s going to be a great day for the city," Lee said.',
        '"I think it\'s going to be a hard winter for drivers," Lee said.',
    )
    assert sizes == [1, 1]


def test_a_short_question_sharing_three_words_with_a_long_speech_stays_apart() -> None:
    """Three of a short remark's four content words ("call", "fake", "news") inside someone else's
    long statement are the story's topic, not the same utterance."""
    sizes = _group_sizes(
        '"How can you still call us fake news?" asked the reporter Jo Roe.',
        'Ann Lee went further: "We are not fools for asking, and we demand an answer. That you call us '
        "fake news and treat us like children for asking these questions on behalf of our readers is "
        'beside the point."',
    )
    assert sizes == [1, 1]


def test_two_pieces_split_by_an_attribution_stay_apart_when_the_other_source_has_only_one() -> None:
    sizes = _group_sizes(
        '"He was intent at that time on taking his own life but changed his mind," Lee told reporters. '
        '"The crossing has no gate and never had one," the chief said.',
        '"I think his intent at that time was to take his own life, but changed his mind," Lee said.',
    )
    assert sizes == [1, 2]


def test_two_remarks_one_source_prints_as_one_quotation_are_one_utterance_everywhere() -> None:
    """``"...," Ross said. "..."`` may be two remarks; a source printing both as one quotation says
    they are one, so the pieces, and a reworded version of either, join it (issue 12: one contains
    the other)."""
    (quote,) = _grouped(
        'Ross said: "I think he meant to end his life, but he changed his mind before the train hit. '
        'He got out of the car and watched the train strike it, causing the crash."',
        '"I think he meant to end his life, but he changed his mind before the train hit," Ross said. '
        '"He got out of the car and watched the train strike it, causing the crash."',
        '"He got out of the car and watched as the train struck it, causing the crash," the chief said.',
    )
    assert [(o.source_id, o.text[:12]) for o in quote.occurrences] == [
        ("a", "I think he m"),
        ("b", "I think he m"),
        ("b", "He got out o"),
        ("c", "He got out o"),
    ]


def test_pieces_of_a_remark_join_a_version_printed_whole_with_small_changes() -> None:
    sources = _sources_of_the_one_group(
        '"He got out of the car, ran in, ran up the steps... and somehow got on the roof, and last I heard '
        'he got away," said Henry Orr.',
        '"He got out of the car, ran in, ran up the steps where the managers [are]," Orr said. '
        '"And somehow he got on the roof. Last I heard he got away."',
    )
    assert sources == ["a", "b", "b"]


def test_two_remarks_either_side_of_an_attribution_stay_apart_when_no_source_prints_them_whole() -> None:
    split = _source(
        [
            '"I think he meant to end his life, but he changed his mind before the train hit," Ross said. '
            '"He got out of the car and watched the train strike it, causing the crash."'
        ],
        "b",
    )
    first_only = _source(['"I think he meant to end his life, but he changed his mind before the train hit."'], "a")
    second_only = _source(['"He got out of the car and watched the train strike it, causing the crash."'], "c")
    quotes = analyse_quotes([first_only, split, second_only], SETTINGS)
    assert [[(o.source_id, o.text[:12]) for o in q.occurrences] for q in quotes] == [
        [("a", "I think he m"), ("b", "I think he m")],
        [("b", "He got out o"), ("c", "He got out o")],
    ]


@pytest.mark.parametrize(
    ("texts", "variation"),
    [
        (["We won the vote.", "We won the vote."], "identical"),
        (["We won the vote.", "we won the vote"], "punctuation"),
        (["make [Rurik] wait now", "make him wait now"], "punctuation"),
        (["make him (Rurik) wait now", "make him wait now"], "punctuation"),
        (["I am not happy... No, I did not", "I am not happy. No, I did not"], "punctuation"),
        (["We won the vote and the war", "We won the vote"], "truncated"),
        (["We won ... the war", "We won the vote and the war"], "truncated"),
        (["We won the vote and the war", "the vote and the war", "We won the vote"], "truncated"),
        (["We won the vote", "We lost the vote"], "reworded"),
        (["We aren't done", "We are not done"], "reworded"),
    ],
)
def test_variation(texts: list[str], variation: str) -> None:
    # The label of a group however it was formed (two of these pairs are too unlike to be grouped).
    assert _variation(texts) == variation


def test_quotes_are_ordered_by_first_appearance_and_ids_are_stable() -> None:
    first = _source(
        [
            '"The storm hit at midnight and took the roof," Ana Ruiz said.',
            '"We lost the whole harvest in one night," Ruiz said.',
        ],
        "a",
    )
    second = _source(['"We lost the whole harvest in one night," said Ana Ruiz.'], "b")
    quotes = analyse_quotes([first, second], SETTINGS)
    assert [len(q.occurrences) for q in quotes] == [1, 2]
    assert all(q.id.startswith("q-") and len(q.id) == 10 for q in quotes)
    assert analyse_quotes([first, second], SETTINGS) == quotes


def test_no_occurrences_give_no_quotes() -> None:
    assert group_quotes([], [], SETTINGS) == ()


# ---------------------------------------------------------------------------- properties

_PROSE = st.lists(
    st.sampled_from([*"aB .,:'\"“”‘’`()[]…0\n", " said ", " he ", " Mr. ", " Ann Lee ", "``", "''", "...", " told "]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_quotation_spans_are_ordered_and_inside_the_text(text: str) -> None:
    end = 0
    for span in quotation_spans(text):
        assert end <= span.mark_start <= span.start <= span.end <= span.mark_end <= len(text)
        end = span.mark_end


@settings(max_examples=200, deadline=None)
@given(st.lists(_PROSE, min_size=1, max_size=3))
@example([" told a,,"])  # a speech verb with only commas before it once crashed the aside test
def test_extract_quotes_offsets_match_the_paragraph_text(paragraphs: list[str]) -> None:
    source = _source([p if p.strip() else "x" for p in paragraphs])
    for quote in extract_quotes(source):
        assert source.paragraphs[quote.paragraph].text[quote.start : quote.end] == quote.text


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=3000))
def test_extract_quotes_terminates_fast_on_arbitrary_text(text: str) -> None:
    extract_quotes(_source([text if text.strip() else "x"]))


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said "we will ' * 3000,
        "He said \u201ca \u2018b \u201cc \u2018d " * 2500 + "\u2019 \u201d \u2019 \u201d" * 2500,
        "x said " * 15_000,
        " 'a" * 30_000,
        '"!!!" ' * 20_000 + "he said.",
        "The chief said. " * 5000,
    ],
    ids=["unterminated", "nested", "verbs-without-quotes", "apostrophes", "empty-quotes", "roles"],
)
def test_attribution_does_not_hang_on_long_paragraphs(text: str) -> None:
    """A hang guard, not a speed budget (that is benchmarks/): the slowest case takes about 1 s
    on a loaded 2-core machine; a quadratic regression takes minutes."""
    import time

    started = time.perf_counter()
    quotes = extract_quotes(_source([text, 'Ann Lee said: "We will rebuild the bridge."']))
    assert time.perf_counter() - started < 60
    assert ("Ann Lee", "We will rebuild the bridge.") in [(q.speaker, q.text) for q in quotes]


def test_attribution_within_a_long_sentence_still_finds_the_speaker() -> None:
    filler = "and the council, which met on Monday and Tuesday, " * 30
    quotes = extract_quotes(_source([f'"We will rebuild the bridge," Ann Lee said {filler}then left.']))
    assert [(q.speaker, q.text) for q in quotes] == [("Ann Lee", "We will rebuild the bridge")]


def test_a_quotation_carried_on_into_the_next_paragraph_is_one_utterance() -> None:
    # The news convention: a long quotation left open at a paragraph's end goes on in the next,
    # which opens with a quotation mark; another outlet prints it whole.
    split = _source(
        [
            '"We will rebuild the bridge and the school on the river,',
            '"and we will do it before the winter comes," Lee said.',
        ],
        "a",
    )
    whole = _source(
        [
            '"We will rebuild the bridge and the school on the river, '
            'and we will do it before the winter comes," Lee said.'
        ],
        "b",
    )
    (quote,) = analyse_quotes([split, whole], SETTINGS)
    assert sorted(o.source_id for o in quote.occurrences) == ["a", "a", "b"]


def test_a_short_quotation_does_not_join_a_long_one_that_merely_uses_its_words() -> None:
    # "it was good, right" has two content words; any long remark using "good" and "right"
    # somewhere is not the same utterance (word sets say 100 for a subset; only order may decide).
    groups = _group(
        _occurrence("a", "it was good, right", "Lee"),
        _occurrence("b", "We had a very good talk, and now I think the right people were there for it", "Lee"),
    )
    assert len(groups) == 2


def _versions(quotes: tuple[Quote, ...]) -> list[list[tuple[str, str]]]:
    return [sorted((o.source_id, o.text) for o in quote.occurrences) for quote in quotes]


def test_a_short_unattributed_fragment_is_speech_when_the_story_quotes_its_words() -> None:
    fragment = _source(['The mayor made the case on Monday that he had "inherited a mess" from his rival.'], "a")
    whole = _source(['"To be honest, I inherited a mess," the mayor, Jo Lee, said.'], "b")
    # Read alone, the fragment may be a scare quote.
    assert extract_quotes(fragment) == ()
    quotes = analyse_quotes([fragment, whole], AnalysisSettings())
    assert _versions(quotes) == [[("a", "inherited a mess"), ("b", "To be honest, I inherited a mess")]]


def test_a_fragment_echoed_only_by_another_fragment_or_a_scare_quote_stays_out() -> None:
    one = _source(['Critics call the plan a "war on drugs" in all but name, "in the end" a failure.'], "a")
    other = _source(['The bill revives the "war on drugs" of the past decades.'], "b")
    # "in the end" is in a remark, but one content word is a scare quote's, not a cut of a remark.
    quoting = _source(['"This is what we wanted in the end," Lee said.'], "c")
    assert analyse_quotes([one, other, quoting], AnalysisSettings()) == analyse_quotes([quoting], AnalysisSettings())


def test_two_fragments_of_one_source_join_the_remark_another_source_prints_whole() -> None:
    cut = _source(['Lee mocked the "stupid plastic button" that made them look like "a bunch of jerks."'], "a")
    whole = _source(
        ['"They did a reset with the stupid plastic button that made us all look like a bunch of jerks," Lee said.'],
        "b",
    )
    quotes = analyse_quotes([cut, whole], AnalysisSettings())
    assert len(quotes) == 1
    assert len(quotes[0].occurrences) == 3


def _forms(path: Path) -> list[tuple[str, str, list[pytest.MarkDecorator]]]:
    """Each ``case => expected`` line of a forms file (see its header), split at " => ", with a
    strict xfail mark when the line opens with "!" (a known miss)."""
    forms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        case, _, expected = line.removeprefix("! ").partition(" => ")
        marks = [pytest.mark.xfail(strict=True, reason="not reached yet")] if line.startswith("! ") else []
        forms.append((case, expected.strip(), marks))
    return forms


def _speakers(expected: str) -> list[str | None]:
    return [None if name.strip() == "-" else name.strip() for name in expected.split(";")] if expected else []


_FORMS_LEAD = (
    "The city council voted on Tuesday to close the Harbor Street bridge after inspectors found cracks in two of"
    " its piers, officials said."
)


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        pytest.param(text.split(" || "), _speakers(expected), marks=marks, id=text[:60])
        for text, expected, marks in _forms(FIXTURES / "forms.txt")
    ],
)
def test_attribution_forms(paragraphs: list[str], speakers: list[str | None]) -> None:
    raw = RawSource(
        "src",
        "story/src.txt",
        "\n\n".join(["Council closes the Harbor Street bridge", _FORMS_LEAD, *paragraphs]) + "\n",
        1,
        Metadata(),
        "txt",
    )
    assert [quote.speaker for quote in extract_quotes(segment_source(clean_source(raw)))] == speakers


def test_a_relative_that_another_person_speaks_of_is_not_the_antecedents_speech() -> None:
    """'Ann Lee, who Tom Osei said was "…"': Osei speaks of Lee (the rules leave it unattributed for now)."""
    text = 'He criticised the deal signed by Mayor Ann Lee, who Tom Osei said was "in her final year, thankfully."'
    page = f"Council closes the bridge\n\n{_FORMS_LEAD}\n\n{text}\n"
    raw = RawSource("src", "story/src.txt", page, 1, Metadata(), "txt")
    (quote,) = extract_quotes(segment_source(clean_source(raw)))
    assert quote.speaker != "Ann Lee"


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(*pair.split(" ## "), expected == "same", marks=marks, id=pair[:60])
        for pair, expected, marks in _forms(FIXTURES / "grouping_forms.txt")
    ],
)
def test_grouping_forms(first: str, second: str, same: bool) -> None:
    quotes = _grouped(first, second)
    sources_of_each_quote = [{occurrence.source_id for occurrence in quote.occurrences} for quote in quotes]
    assert ({"a", "b"} in sources_of_each_quote) == same


def test_a_cut_of_a_remark_joins_the_remark_not_a_like_worded_one() -> None:
    # The fragment's words run in a row in the remark; the advice has them all, with others between.
    remark = '"What we are saying is, use the lowest dose for the shortest time, and ask your doctor," Lee said.'
    sources = [
        _source([remark], "a"),
        _source([remark, '"Use the lowest effective dose for the shortest possible time," the leaflet says.'], "b"),
        _source(['Lee advised consumers to "use the lowest dose for the shortest time."'], "c"),
    ]
    quotes = analyse_quotes(sources, SETTINGS)
    (fragment,) = (quote for quote in quotes if any(o.source_id == "c" for o in quote.occurrences))
    assert any("doctor" in occurrence.text for occurrence in fragment.occurrences)
    assert not any("effective" in occurrence.text for occurrence in fragment.occurrences)


@pytest.mark.parametrize(
    ("words", "outlet"),
    [
        ("the Harbor Times newspaper", "Harbor Times"),
        ("the nationalist Harbor Times tabloid", "Harbor Times"),
        ("the Murdoch tabloid", None),  # whose paper, not its name
        ("the Spanish newspaper", None),
        ("a Harbor Times newspaper", None),
        ("the Harbor Times Magazine", None),  # the word is part of the name
    ],
)
def test_a_word_for_the_press_makes_a_name_an_outlet_only_if_made_like_one(words: str, outlet: str | None) -> None:
    from site_builder.analysis.quotes.speakers import Phrase, _outlet_by_press_word

    tokens = tuple(words.split())
    phrase = Phrase(tokens, tuple(token.lower() for token in tokens), 0, 0, 0, frozenset())
    assert _outlet_by_press_word(phrase) == outlet


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ('"Our defence was a shambles tonight," the manager said.', '"Our defense was a shambles tonight," he said.'),
        ('"It\'s okay to not be okay," the captain said.', '"It\'s OK to not be OK," she said.'),
    ],
    ids=["british-american", "okay"],
)
def test_a_word_outlets_spell_their_own_way_does_not_part_one_remark(first: str, second: str) -> None:
    assert _group_sizes(first, second) == [2]


def test_a_headline_s_capitalised_verb_of_speech_is_no_surname() -> None:
    assert list(strip_to_name(["Judge", "Says"])) == []
    assert list(strip_to_name(["Judge", "Helen", "Marchbank"])) == ["Helen", "Marchbank"]
    assert list(strip_to_name(["Edward", "Said"])) == ["Edward", "Said"]  # after a given name, a surname
