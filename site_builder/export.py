"""The JSON export: a documented, stable contract (see docs/export.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .model import Passage, Quote, Source, StoryAnalysis

SCHEMA_VERSION = 1


def _source(source: Source) -> dict[str, Any]:
    meta = source.metadata
    return {
        "id": source.id,
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


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "speaker": quote.speaker,
        "variant": quote.variant,
        "variation": quote.variation,
        "occurrences": [
            {"source": o.source_id, "sentence": o.sentence_id, "text": o.text, "speaker": o.speaker}
            for o in quote.occurrences
        ],
    }


def story_document(analysis: StoryAnalysis) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "story": {"slug": analysis.slug, "title": analysis.title},
        "sources": [_source(s) for s in analysis.sources],
        "passages": [_passage(p) for p in analysis.passages],
        "quotes": [_quote(q) for q in analysis.quotes],
    }


def index_document(analyses: Sequence[StoryAnalysis]) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "stories": [
            {
                "slug": a.slug,
                "title": a.title,
                "data": f"{a.slug}.json",
                "sources": len(a.sources),
                "passages": len(a.passages),
                "quotes": len(a.quotes),
            }
            for a in analyses
        ],
    }


def _encode(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_files(analyses: Sequence[StoryAnalysis]) -> dict[str, bytes]:
    """``data/<slug>.json`` for each story and ``data/index.json`` listing them."""
    files = {f"data/{a.slug}.json": _encode(story_document(a)) for a in analyses}
    files["data/index.json"] = _encode(index_document(analyses))
    return files
