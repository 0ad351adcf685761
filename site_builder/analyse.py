"""The per-story analysis: a pure function from a loaded story and settings to its result.

Nothing here reads files, writes files or looks at the clock, so a story can be analysed
in a worker process (or handed to a distributed engine) without changing this code.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from .align import align_story
from .clean import clean_source
from .config import AnalysisSettings
from .model import RawStory, StoryAnalysis
from .quotes import analyse_quotes
from .segment import segment_source


class StageTimer:
    """Adds up wall time per named stage; timing never influences results."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started

    def merge(self, other: dict[str, float]) -> None:
        for name, seconds in other.items():
            self.seconds[name] += seconds


def _humanise(slug: str) -> str:
    return slug.replace("-", " ").strip().capitalize() or slug


def analyse_story(raw: RawStory, settings: AnalysisSettings, timer: StageTimer | None = None) -> StoryAnalysis:
    """Clean, segment, align and extract quotes for every source of one story."""
    timer = timer or StageTimer()
    with timer.stage("clean"):
        cleaned = [clean_source(source) for source in raw.sources]
    with timer.stage("segment"):
        sources = tuple(segment_source(c) for c in cleaned)
    with timer.stage("align"):
        passages = align_story(sources, settings)
    with timer.stage("quotes"):
        quotes = analyse_quotes(sources, settings)
    headlines = [s.metadata.title for s in sources if s.metadata.title]
    title = raw.title or (headlines[0] if headlines else _humanise(raw.slug))
    return StoryAnalysis(
        slug=raw.slug,
        title=title,
        directory=raw.directory,
        sources=sources,
        passages=passages,
        quotes=quotes,
    )
