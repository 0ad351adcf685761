"""Sentence splitting and segmentation: fixture cases, stable ids, and properties of the splitter."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.model import CleanedSource, CleanParagraph, Metadata, RawSource, RemovedText
from site_builder.analysis.segment import segment_source, split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "segment"


def _load_cases(path: Path) -> list[tuple[str, str, list[str]]]:
    """Read ``name, paragraph, expected sentences`` blocks separated by ``---`` lines."""
    cases = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        comments = [line for line in lines if line.startswith("#")]
        body = [line for line in lines if not line.startswith("#")]
        cases.append((comments[-1].lstrip("# "), body[0], body[1:]))
    return cases


CASES = _load_cases(FIXTURES / "sentences.txt")


@pytest.mark.parametrize(("paragraph", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_split_sentences_fixture(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[start:end] for start, end in split_sentences(paragraph)] == expected


def _cleaned(paragraphs: list[str], source_id: str = "src") -> CleanedSource:
    raw = RawSource(
        id=source_id,
        file=f"story/{source_id}.txt",
        text="\n".join(paragraphs),
        first_line=1,
        given=Metadata(),
        format="txt",
    )
    return CleanedSource(
        raw=raw,
        metadata=Metadata(title="T"),
        paragraphs=tuple(CleanParagraph(text, line=2 * i + 1) for i, text in enumerate(paragraphs)),
        removed=(RemovedText("Advertisement", "advertisement", 9),),
    )


def test_segment_source_builds_paragraphs_and_sentences() -> None:
    source = segment_source(_cleaned(["First one. Second one.", "Third one."]))
    assert (source.id, source.file, source.metadata.title) == ("src", "story/src.txt", "T")
    assert source.removed == (RemovedText("Advertisement", "advertisement", 9),)
    assert [(p.index, p.line) for p in source.paragraphs] == [(0, 1), (1, 3)]
    assert [(s.paragraph, s.start, s.text) for s in source.sentences] == [
        (0, 0, "First one."),
        (0, 11, "Second one."),
        (1, 0, "Third one."),
    ]
    assert all(s.source_id == "src" for s in source.sentences)


def test_sentence_ids_are_hashes_of_the_text_with_suffixes_for_repeats() -> None:
    source = segment_source(_cleaned(["Video. Same words.", "Video."]))
    ids = [s.id for s in source.sentences]
    assert ids[0] == "src-" + hashlib.sha1(b"Video.").hexdigest()[:8]
    assert ids[2] == ids[0] + "-2"
    assert len(set(ids)) == 3


def test_sentence_ids_are_stable_when_other_text_changes() -> None:
    before = segment_source(_cleaned(["Intro here. The key fact.", "Closing words."]))
    after = segment_source(_cleaned(["A new lead.", "Intro here.  The key fact.", "Closing words."]))
    assert {s.text: s.id for s in before.sentences}.items() <= {s.text: s.id for s in after.sentences}.items()


def test_sentence_ids_ignore_whitespace_differences() -> None:
    one = segment_source(_cleaned(["Two  words\tapart."])).sentences[0].id
    two = segment_source(_cleaned(["Two words apart."])).sentences[0].id
    assert one == two


# Pieces that exercise every rule of the splitter when strung together at random.
_PROSE = st.lists(
    st.sampled_from(
        list("abcAB C.!?…,;:'\"“”‘’`()[]0123456789\n\t-/@") + ["Mr.", "U.S.", "...", "''", "``", " said", " The "]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=200)
@given(_PROSE)
def test_split_sentences_spans_are_ordered_trimmed_and_cover_the_text(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        # Nothing but whitespace is left between sentences.
        assert not text[position:start].strip()
        position = end
    assert not text[position:].strip()


@settings(max_examples=50, deadline=1000)
@given(st.text(max_size=5000))
def test_split_sentences_is_fast_on_long_arbitrary_text(text: str) -> None:
    split_sentences(text)
