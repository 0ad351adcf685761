"""Property-based tests: random and adversarial text never crashes or hangs a stage, and the
invariants the later stages rely on always hold.

Runs derandomized (the same examples every run) so the suite is reproducible; set
``HYPOTHESIS_PROFILE=explore`` to search with fresh random examples.
"""

from __future__ import annotations

import codecs
import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from site_builder.analysis.align import align_story
from site_builder.analysis.analyse import analyse_story
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import extract_quotes
from site_builder.analysis.segment import segment_source
from site_builder.config import AnalysisSettings
from site_builder.errors import InputError
from site_builder.input.load import decode_text, repair_mojibake, split_front_matter
from site_builder.model import Metadata, RawSource, RawStory
from site_builder.text.sentences import split_sentences

from strategies import (
    WORDS,
    any_text,
    article_texts,
    attribution_stories,
    attribution_texts,
    metadata,
    raw_sources,
    stories,
    tricky_chars,
)

settings.register_profile(
    # No deadline in the suite: a per-example time limit fails on a busy machine and cannot catch a
    # hang anyway (Hypothesis only measures an example after it returns).
    "suite",
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("explore", max_examples=500, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


def _visible(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


# ------------------------------------------------------------------------------ load


@given(st.text().filter(lambda t: "\x00" not in t and not t.startswith("\ufeff")))
def test_decode_round_trips_every_supported_encoding(text: str) -> None:
    for data in (
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        text.encode("utf-16"),
        codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        text.encode("utf-32"),
    ):
        assert decode_text(data, "x.txt") == text


@given(st.binary(max_size=300))
def test_decode_of_any_bytes_is_text_or_a_clear_error(data: bytes) -> None:
    try:
        assert isinstance(decode_text(data, "x.txt"), str)
    except InputError as exc:
        assert exc.file == "x.txt" and exc.message


@given(any_text)
def test_repair_never_fails_and_leaves_plain_text_alone(text: str) -> None:
    repaired = repair_mojibake(text)
    assert isinstance(repaired, str)
    if text.isascii():
        assert repaired == text


@given(any_text.map(lambda t: "---\n" + t))
def test_front_matter_splits_or_names_file_and_line(text: str) -> None:
    try:
        _, body, first_line = split_front_matter(text, "x.md")
    except InputError as exc:
        assert exc.file == "x.md" and exc.line is not None and 1 <= exc.line <= text.count("\n") + 1
        return
    assert body == "\n".join(text.split("\n")[first_line - 1 :])


@given(metadata, article_texts())
def test_front_matter_round_trips_metadata(meta: Metadata, body: str) -> None:
    lines = [f"{name}: {getattr(meta, name)}" for name in meta.__dataclass_fields__ if getattr(meta, name) is not None]
    text = "\n".join(["---", *lines, "---", body])
    parsed, parsed_body, first_line = split_front_matter(text, "x.md")
    assert parsed == meta
    assert parsed_body == body and first_line == len(lines) + 3


# ------------------------------------------------------------------ clean and segment


@given(raw_sources())
def test_cleaning_loses_nothing(raw: object) -> None:
    cleaned = clean_source(raw)  # type: ignore[arg-type]
    kept = _visible(" ".join(p.text for p in cleaned.paragraphs)) + _visible(" ".join(r.text for r in cleaned.removed))
    assert _visible(cleaned.raw.text) - kept == Counter(), "characters neither kept nor listed as removed"
    lines = cleaned.raw.text.count("\n") + cleaned.raw.first_line
    assert all(cleaned.raw.first_line <= p.line <= lines for p in cleaned.paragraphs)
    assert all(p.text.strip() for p in cleaned.paragraphs)


@given(raw_sources(fmt="md"))
def test_cleaning_markdown_never_fails(raw: object) -> None:
    cleaned = clean_source(raw)  # type: ignore[arg-type]
    assert all(p.text.strip() for p in cleaned.paragraphs)


@given(any_text)
def test_sentence_spans_are_ordered_trimmed_and_cover_the_text(text: str) -> None:
    spans = split_sentences(text)
    end = 0
    for start, stop in spans:
        assert end <= start < stop <= len(text)
        assert text[start:stop] == text[start:stop].strip()
        assert not text[end:start].strip(), "text between sentences is lost"
        end = stop
    assert not text[end:].strip()


@given(raw_sources())
def test_segmented_sentences_point_into_their_paragraph(raw: object) -> None:
    source = segment_source(clean_source(raw))  # type: ignore[arg-type]
    ids = [s.id for s in source.sentences]
    assert len(ids) == len(set(ids))
    for index, paragraph in enumerate(source.paragraphs):
        assert paragraph.index == index
        for sentence in paragraph.sentences:
            assert sentence.paragraph == index and sentence.source_id == source.id
            assert paragraph.text[sentence.start : sentence.start + len(sentence.text)] == sentence.text


# ------------------------------------------------------------------ quotes and align


@given(raw_sources())
def test_quote_offsets_lie_inside_their_paragraph(raw: object) -> None:
    source = segment_source(clean_source(raw))  # type: ignore[arg-type]
    sentence_ids = {s.id: s for s in source.sentences}
    for occurrence in extract_quotes(source):
        paragraph = source.paragraphs[occurrence.paragraph].text
        assert 0 <= occurrence.start <= occurrence.end <= len(paragraph)
        assert paragraph[occurrence.start : occurrence.end] == occurrence.text
        assert sentence_ids[occurrence.sentence_id].paragraph == occurrence.paragraph


@settings(max_examples=60)
@given(attribution_texts())
def test_attribution_shaped_text_never_breaks_quote_extraction(text: str) -> None:
    source = segment_source(clean_source(RawSource("s", "story/s.txt", text, 1, Metadata(), "txt")))
    for occurrence in extract_quotes(source):
        paragraph = source.paragraphs[occurrence.paragraph].text
        assert paragraph[occurrence.start : occurrence.end] == occurrence.text
        assert occurrence.speaker is None or occurrence.speaker.strip()


@settings(max_examples=15)
@given(attribution_stories())
def test_whole_analysis_of_attribution_shaped_stories_never_fails(raws: list[RawSource]) -> None:
    analysis = analyse_story(RawStory("story", None, "story", tuple(raws)), AnalysisSettings())
    assert len(analysis.sources) == len(raws)


@settings(max_examples=15)
@given(stories())
def test_passages_join_two_or_more_sources_and_never_share_a_sentence(raws: list) -> None:
    sources = [segment_source(clean_source(raw)) for raw in raws]
    owner = {s.id: source.id for source in sources for s in source.sentences}
    seen: set[str] = set()
    for passage in align_story(sources, AnalysisSettings()).passages:
        assert len({owner[s] for s in passage.sentence_ids}) >= 2
        assert not seen & set(passage.sentence_ids), "a sentence is in two passages"
        seen |= set(passage.sentence_ids)
        assert 0.0 <= passage.similarity <= 1.0


@pytest.mark.parametrize(
    "text", ["\u201c" * 50, "\"'" * 100, "." * 300, "(" * 200 + ")" * 200, "\u201ca \u2018b \u201cc"]
)
def test_extreme_punctuation_examples(text: str) -> None:
    from site_builder.model import RawSource

    source = segment_source(clean_source(RawSource("s", "s.txt", text, 1, Metadata(), "txt")))
    extract_quotes(source)


# The fast paths skip the full reading when a cheap test says it would find nothing: they must agree.
_WEBBY = st.text(alphabet="abc .:/@#wthpgovrnei19202x,", max_size=50)


@given(_WEBBY)
def test_the_web_address_prefilter_agrees_with_the_full_reading(text: str) -> None:
    from site_builder.analysis.align.words import _WEB_TOKEN, _without_web_addresses

    assert _without_web_addresses(text) == " ".join(t for t in text.split() if not _WEB_TOKEN.search(t))


_DATE_LIKE = st.builds(
    lambda month, day, year, tail: f"{month} {day}{year} {tail}",
    st.sampled_from(["January", "Feb.", "March", "Sept.", "12/", "2024-05-"]),
    st.integers(min_value=0, max_value=40).map(str),
    st.sampled_from(["", ", 2024", " 1999", ", 20", "/2019"]),
    st.text(alphabet="abc 0123456789", max_size=12),
)


@given(st.one_of(_DATE_LIKE, st.text(alphabet="0123456789 JanuryFebMchApilJ,./-", max_size=40)))
def test_the_year_prefilter_never_hides_a_date(text: str) -> None:
    from site_builder.analysis.metadata import _DATE_FORMS, _first_date, _iso

    full = [(match.start(), _iso(match)) for form in _DATE_FORMS for match in form.finditer(text) if _iso(match)]
    assert (_first_date(text) is None) == (not full)


#: Tokens that read as values in one language or another, mixed with ordinary and tricky text.
_VALUE_TOKENS = st.one_of(
    st.sampled_from(
        [
            "5", "five", "1,500", "1.500", "2,5", "1 500", "about", "nearly", "more than", "no less than",
            "dozens of", "tens of millions", "several", "£14m", "$5.2bn", "€5.58m", "7.8million", "euros",
            "9.45am", "6:30 p.m.", "from 8am to 8pm", "14.30 Uhr", "14 h 30", "July 3", "3. Juli",
            "Monday", "said", "72-year-old", "Ann Lee,", "56,", "between 230 and 300", "three-to-10-year",
            "people", "were", "killed", "Millionen", "fünf", "vingt-deux", "cinco", "d'enfants", "Year 8",
            "other", "hours", "miles", "%", "per cent", "\u201c", "\u201d",
        ]
    ),
    st.sampled_from(WORDS),
    tricky_chars,
)


@given(st.lists(_VALUE_TOKENS, max_size=30).map(" ".join), st.sampled_from(["en", "de", "fr", "es"]))
def test_values_are_read_where_they_stand(text: str, language: str) -> None:
    from site_builder.analysis.discrepancies import values_in

    for value in values_in(text, language):
        assert text.startswith(value.text, value.at), (value, text)
        assert value.value and all(number == number for number in value.value)  # no NaN


@given(st.lists(st.lists(_VALUE_TOKENS, min_size=1, max_size=25).map(" ".join), min_size=2, max_size=4))
def test_comparing_any_values_never_fails(texts: list[str]) -> None:
    from site_builder.analysis.discrepancies import find_discrepancies

    sources = [
        segment_source(clean_source(RawSource(f"s{n}", f"s{n}.txt", text + ".", 1, Metadata(), "txt")))
        for n, text in enumerate(texts)
    ]
    for discrepancy in find_discrepancies(sources, [], []):
        assert len({value.source_id for value in discrepancy.values}) >= 2
