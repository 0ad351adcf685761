"""Segmentation: paragraphs of sentences with stable ids (the splitter itself: test_sentences.py)."""

from __future__ import annotations

import hashlib

from site_builder.analysis.segment import segment_source
from site_builder.model import (
    CleanedSource,
    CleanParagraph,
    Metadata,
    RawSource,
    RemovedText,
)


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
