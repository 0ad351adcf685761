"""The JSON export: a documented, stable contract (see docs/export.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Discrepancy, Overlap, Passage, Quote, RelatedLink, Source, StoryAnalysis, StorySummary
from .index import source_names

SCHEMA_VERSION = 2


def _source(source: Source, label: str) -> dict[str, Any]:
    meta = source.metadata
    return {
        "id": source.id,
        "label": label,
        "file": source.file,
        "title": meta.title,
        "outlet": meta.outlet,
        "byline": meta.byline,
        "date": meta.date,
        "url": meta.url,
        "language": meta.language,
        "sentences": [{"id": s.id, "text": s.text, "paragraph": s.paragraph} for s in source.sentences],
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in source.removed],
    }


def _passage(passage: Passage) -> dict[str, Any]:
    return {
        "id": passage.id,
        "sentences": list(passage.sentence_ids),
        "similarity": round(passage.similarity, 4),
        "strength": passage.strength,
    }


def _related(link: RelatedLink) -> dict[str, Any]:
    return {
        "sentences": list(link.sentence_ids),
        "similarity": round(link.similarity, 4),
        "reasons": list(link.reasons),
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "speaker": quote.speaker,
        "variant": quote.variant,
        "variation": quote.variation,
        "occurrences": [
            {
                "source": o.source_id,
                "sentence": o.sentence_id,
                "text": o.text,
                "speaker": o.speaker,
                "speaker_elsewhere": o.speaker_elsewhere,
            }
            for o in quote.occurrences
        ],
    }


def _overlap(overlap: Overlap) -> dict[str, Any]:
    a, b = overlap.sources
    return {
        "sources": [a, b],
        "shared_words": overlap.shared_words,
        "share": {a: round(overlap.share[0], 4), b: round(overlap.share[1], 4)},
        "runs": [{"a": list(run.a_sentences), "b": list(run.b_sentences), "words": run.words} for run in overlap.runs],
    }


def _discrepancy(discrepancy: Discrepancy) -> dict[str, Any]:
    return {
        "id": discrepancy.id,
        "kind": discrepancy.kind,
        "what": discrepancy.what,
        "passage": discrepancy.passage_id,
        "quote": discrepancy.quote_id,
        "values": [{"source": v.source_id, "sentence": v.sentence_id, "text": v.text} for v in discrepancy.values],
        "approximate": discrepancy.approximate,
    }


def story_document(analysis: StoryAnalysis) -> dict[str, Any]:
    labels = source_names(analysis.sources)
    return {
        "schema": SCHEMA_VERSION,
        "story": {"slug": analysis.slug, "title": analysis.title},
        "sources": [_source(s, labels[s.id]) for s in analysis.sources],
        "passages": [_passage(p) for p in analysis.passages],
        "related": [_related(link) for link in analysis.related],
        "quotes": [_quote(q) for q in analysis.quotes],
        "overlap": [_overlap(o) for o in analysis.overlaps],
        "discrepancies": [_discrepancy(d) for d in analysis.discrepancies],
    }


def index_document(stories: Sequence[StorySummary]) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "stories": [
            {
                "slug": story.slug,
                "title": story.title,
                "data": f"{story.slug}.json",
                "sources": story.source_count,
                "passages": story.passage_count,
                "quotes": story.quote_count,
            }
            for story in stories
        ],
    }


def _encode(document: dict[str, Any]) -> bytes:
    # Compact: only then does json use its C encoder rather than the indenting one written in
    # Python, and the file is smaller. A reader pretty-prints it with ``python -m json.tool``.
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def story_export(analysis: StoryAnalysis) -> tuple[str, bytes]:
    """``data/<slug>.json``: one story's whole analysis."""
    return f"data/{analysis.slug}.json", _encode(story_document(analysis))


def index_export(stories: Sequence[StorySummary]) -> tuple[str, bytes]:
    """``data/index.json``: the list of stories, sorted by slug like the pages."""
    return "data/index.json", _encode(index_document(sorted(stories, key=lambda story: story.slug)))
