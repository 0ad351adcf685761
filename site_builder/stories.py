"""Analyse many stories: cached by content, in parallel worker processes.

The per-story analysis (:func:`site_builder.analyse.analyse_story`) is a pure function of
the story's files and the settings, so stories fan out over processes here, and could as
well be handed to Dask or Spark (see docs/scaling.md) without changing its code.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .analyse import StageTimer, analyse_story
from .config import AnalysisSettings
from .model import RawStory, StoryAnalysis

Progress = Callable[[int, int], None]
#: Where analysed stories are kept between builds, inside the project directory.
CACHE_DIR = ".site-builder-cache"


@cache
def code_version() -> str:
    """A digest of the analysis code and data, so a changed release never reuses stale results."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def story_fingerprint(story: RawStory, settings: AnalysisSettings) -> str:
    """A key that changes whenever anything the analysis of ``story`` depends on changes."""
    digest = hashlib.sha256(code_version().encode("ascii"))
    digest.update(repr((story, settings)).encode("utf-8"))
    return digest.hexdigest()


@dataclass
class AnalysisCache:
    """Analysed stories by fingerprint: in memory, and on disk when given a directory.

    A rebuild then re-analyses only the stories whose files or settings changed.
    """

    directory: Path | None = None
    entries: dict[str, StoryAnalysis] = field(default_factory=dict)
    hits: int = 0

    def get(self, key: str) -> StoryAnalysis | None:
        found = self.entries.get(key)
        if found is None and self.directory is not None:
            found = self._read(self.directory / f"{key}.pickle")
            if found is not None:
                self.entries[key] = found
        if found is not None:
            self.hits += 1
        return found

    def put(self, key: str, analysis: StoryAnalysis) -> None:
        self.entries[key] = analysis
        if self.directory is not None:
            self._write(self.directory / f"{key}.pickle", analysis)

    def keep_only(self, keys: set[str]) -> None:
        for stale in set(self.entries) - keys:
            del self.entries[stale]
        if self.directory is not None and self.directory.is_dir():
            for path in self.directory.glob("*.pickle"):
                if path.stem not in keys:
                    path.unlink(missing_ok=True)

    @staticmethod
    def _read(path: Path) -> StoryAnalysis | None:
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)  # only files this cache wrote itself
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return found if isinstance(found, StoryAnalysis) else None

    @staticmethod
    def _write(path: Path, analysis: StoryAnalysis) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(handle, "wb") as out:
                pickle.dump(analysis, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time next build


def _analyse_in_worker(story: RawStory, settings: AnalysisSettings) -> tuple[StoryAnalysis, dict[str, float]]:
    timer = StageTimer()
    return analyse_story(story, settings, timer), dict(timer.seconds)


def default_jobs() -> int:
    return os.cpu_count() or 1


def analyse_stories(
    stories: Sequence[RawStory],
    settings: AnalysisSettings,
    timer: StageTimer,
    *,
    jobs: int = 1,
    cache: AnalysisCache | None = None,
    progress: Progress | None = None,
) -> tuple[StoryAnalysis, ...]:
    """Analyse every story, reusing cached results, in up to ``jobs`` worker processes."""
    cache = cache if cache is not None else AnalysisCache()
    keys = [story_fingerprint(story, settings) for story in stories]
    results: dict[int, StoryAnalysis] = {}
    for index, key in enumerate(keys):
        found = cache.get(key)
        if found is not None:
            results[index] = found
    todo = [i for i in range(len(stories)) if i not in results]
    done = len(results)
    report = progress or (lambda done, total: None)
    report(done, len(stories))
    if jobs > 1 and len(todo) > 1:
        # forkserver: the dev server calls this from a thread, and forking a threaded process can deadlock.
        context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        workers = min(jobs, len(todo))
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            chunk = max(1, len(todo) // (workers * 8))
            outcomes = pool.map(_analyse_in_worker, [stories[i] for i in todo], [settings] * len(todo), chunksize=chunk)
            for index, (analysis, seconds) in zip(todo, outcomes):
                results[index] = analysis
                timer.merge(seconds)
                cache.put(keys[index], analysis)
                done += 1
                report(done, len(stories))
    else:
        for index in todo:
            analysis = analyse_story(stories[index], settings, timer)
            results[index] = analysis
            cache.put(keys[index], analysis)
            done += 1
            report(done, len(stories))
    cache.keep_only(set(keys))
    return tuple(results[i] for i in range(len(stories)))


class ProgressBar:
    """``[#####-----] 12/100 stories  3.2 s`` on a terminal; nothing otherwise."""

    def __init__(self, stream: object, width: int = 30, delay: float = 0.5) -> None:
        self.stream = stream
        self.width = width
        self.delay = delay
        self.started = time.perf_counter()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        isatty = getattr(self.stream, "isatty", None)
        elapsed = time.perf_counter() - self.started
        # Short builds finish before the bar would help; don't flash it.
        if not (isatty and isatty()) or total <= 1 or (elapsed < self.delay and done < total):
            return
        filled = int(self.width * done / total)
        line = f"\r[{'#' * filled}{'-' * (self.width - filled)}] {done}/{total} stories  {elapsed:.1f} s"
        write = getattr(self.stream, "write")
        write(line + ("\n" if done == total else ""))
        self.shown = True
