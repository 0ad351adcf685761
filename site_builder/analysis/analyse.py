"""The per-story analysis: a pure function from a loaded story and settings to its result.

Nothing here reads files, writes files or looks at the clock, so a story can be analysed
in a worker process (or handed to a distributed engine) without changing this code. What
one source's own stages make of it (cleaning, sentences, quotations) depends on that source
alone: a caller may keep it (``SourceMemo``) so that a story with one edited source cleans
and reads only that one again.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from ..config import AnalysisSettings
from ..model import CleanedSource, Diagnostic, RawSource, RawStory, Source, StoryAnalysis, TitleOrigin
from ..text.normalise import without_invisible
from .align import align_story
from .clean import clean_source
from .counterparts import compared_pairs
from .discrepancies import find_discrepancies
from .quotes import Quotations, echoed, find_quotations, group_quotes
from .reuse import find_overlaps
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


class StageFailed(Exception):
    """An unexpected exception in one stage of one story, with the file it was working on.

    Raised from the original exception (``__cause__``), whose traceback explains it; the build
    turns it into one error line naming the story and file, and builds the other stories.
    """

    def __init__(self, stage: str, file: str) -> None:
        super().__init__(stage, file)
        self.stage = stage
        #: The source file (relative to the seeds directory), or the story folder for a whole-story stage.
        self.file = file


@contextmanager
def working_on(stage: str, file: str, *, let_through: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """Name ``stage`` and ``file`` in whatever unexpected exception escapes the block.

    Exceptions of the ``let_through`` types are expected ones with messages of their own
    (a broken template), and leave unchanged.
    """
    passing: tuple[type[Exception], ...] = (StageFailed, *let_through)
    try:
        yield
    except passing:
        raise
    except Exception as exc:
        raise StageFailed(stage, file) from exc


def story_folder(raw: RawStory) -> str:
    """How messages name a story: its folder relative to the seeds directory."""
    return raw.directory or "."


def humanise(folder: str) -> str:
    """A story title from its folder name, for a story whose articles state no headline:
    ``L14-kim-jong-nam-vx-nerve-agent`` -> ``Kim Jong Nam VX Nerve Agent``.

    Leading catalogue codes (letters mixed with digits) go; two-letter words are taken for
    abbreviations (``mn``, ``la``, ``vx``) unless they are short function words."""
    words = [w for w in re.split(r"[-_\s]+", without_invisible(folder)) if w]
    while len(words) > 1 and re.fullmatch(r"(?=.*\d)(?=.*[a-z])[a-z\d]+", words[0], re.IGNORECASE):
        words.pop(0)
    shown = []
    for i, word in enumerate(words):
        if len(word) == 2 and word.isalpha() and word.lower() not in _SHORT_WORDS:
            shown.append(word.upper())
        elif i > 0 and word.lower() in _SHORT_WORDS:
            shown.append(word.lower())
        else:
            shown.append(word[:1].upper() + word[1:])
    return " ".join(shown) or folder


#: Short words a title keeps in lower case: "Deal of the Year", not "Deal OF The Year".
_SHORT_WORDS = frozenset("a an and as at by for in of on or the to is it vs".split())


@dataclass(frozen=True, slots=True)
class SourceAnalysis:
    """What the stages that read one source alone make of it: the same whatever else the story holds."""

    source: Source
    quotations: Quotations


class SourceMemo(Protocol):
    """Where ``analyse_story`` finds and keeps each source's own analysis, by the raw source."""

    def get(self, raw: RawSource) -> SourceAnalysis | None: ...

    def put(self, raw: RawSource, analysis: SourceAnalysis) -> None: ...


def analyse_story(
    raw: RawStory, settings: AnalysisSettings, timer: StageTimer | None = None, memo: SourceMemo | None = None
) -> StoryAnalysis:
    """Clean, segment, align and extract quotes for every source of one story; a source ``memo``
    holds is not cleaned, segmented or read for quotations again.

    An unexpected exception leaves as :class:`StageFailed`, naming the stage and the source
    file (or, for the stages that compare sources, the story folder).
    """
    timer = timer or StageTimer()
    folder = story_folder(raw)
    known = [memo.get(raw_source) if memo is not None else None for raw_source in raw.sources]
    segmented = [done.source if done is not None else None for done in known]
    with timer.stage("clean"):
        cleaned: dict[int, CleanedSource] = {}
        for k, raw_source in enumerate(raw.sources):
            if segmented[k] is None:
                with working_on("cleaning", raw_source.file):
                    cleaned[k] = clean_source(raw_source)
    with timer.stage("segment"):
        for k, clean in cleaned.items():
            with working_on("splitting sentences", clean.raw.file):
                segmented[k] = segment_source(clean)
        sources = tuple(source for source in segmented if source is not None)
    with timer.stage("align"), working_on("aligning sources", folder):
        alignment = align_story(sources, settings)
        # Copied runs compare the sources too: timed with the alignment. A big story compares each
        # source with its closest counterparts only (copied runs, values in unlinked sentences),
        # as its side-by-side pages do.
        compared = compared_pairs(sources, alignment.passages)
        overlaps = find_overlaps(sources, compared)
    with timer.stage("quotes"):
        quotations: list[Quotations] = []
        for raw_source, source, done in zip(raw.sources, sources, known, strict=True):
            if done is None:
                with working_on("finding quotes", source.file):
                    done = SourceAnalysis(source, find_quotations(source))
                if memo is not None:
                    memo.put(raw_source, done)
            quotations.append(done.quotations)
        occurrences = echoed(quotations)
        with working_on("grouping quotes", folder):
            quotes = group_quotes(sources, occurrences, settings)
        # Values the sources give differently, in the passages and quotes just found: timed with the quotes.
        with working_on("comparing values", folder):
            discrepancies = find_discrepancies(sources, alignment.passages, quotes, compared)
    diagnostics = tuple(
        Diagnostic(
            "warning",
            f"all of this source's text was removed as page furniture ({len(s.removed)} pieces; listed on its page)",
            s.file,
        )
        for s in sources
        if not s.paragraphs and s.removed
    )
    headed = next((s for s in sources if s.metadata.title), None)
    origin: TitleOrigin
    title_source: str | None
    if raw.title:
        title, origin, title_source = raw.title, "story.toml", None
    elif headed is not None and headed.metadata.title:
        title, origin, title_source = headed.metadata.title, "headline", headed.id
    else:
        title, origin, title_source = humanise(raw.slug), "folder name", None
    return StoryAnalysis(
        slug=raw.slug,
        title=title,
        directory=raw.directory,
        sources=sources,
        passages=alignment.passages,
        quotes=quotes,
        diagnostics=diagnostics,
        related=alignment.related,
        title_origin=origin,
        title_source=title_source,
        overlaps=overlaps,
        discrepancies=discrepancies,
    )
