"""Analyse and render many stories: cached by content, in parallel worker processes.

The per-story analysis (:func:`site_builder.analysis.analyse.analyse_story`) is a pure function of
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
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TextIO, TypeVar

from jinja2 import TemplateError

from ..analysis.analyse import (
    SourceAnalysis,
    StageFailed,
    StageTimer,
    analyse_story,
    story_folder,
    working_on,
)
from ..collector import collector_paused
from ..config import AnalysisSettings, SiteConfig
from ..model import Diagnostic, RawSource, RawStory, StoryAnalysis
from ..site.export import story_export
from ..site.render import StoryListing, render_story
from ..site.theme import Theme
from .cluster import run_on_cluster
from .uptodate import PACKAGE, add_file_states
from .write import StagedSite, WrittenFile, write_files

T = TypeVar("T")

Progress = Callable[[int, int], None]


@cache
def code_version() -> str:
    """A digest of the analysis code and data, so a changed release never reuses stale results.

    Of what the file system says of each file (path, size, modification time), as the
    up-to-date check reads it: digesting the package's bytes took longer than the rest of a
    one-source rebuild's bookkeeping."""
    digest = hashlib.sha256()
    add_file_states(digest, PACKAGE)
    return digest.hexdigest()


def story_fingerprint(story: RawStory, settings: AnalysisSettings) -> str:
    """A key that changes whenever anything the analysis of ``story`` depends on changes."""
    digest = hashlib.sha256(code_version().encode("ascii"))
    digest.update(repr((story, settings)).encode("utf-8"))
    return digest.hexdigest()


def source_fingerprint(raw: RawSource) -> str:
    """A key that changes whenever anything one source's own analysis depends on changes: no
    setting does (they shape only the stages that compare sources)."""
    digest = hashlib.sha256(code_version().encode("ascii"))
    digest.update(repr(raw).encode("utf-8"))
    return digest.hexdigest()


def theme_fingerprint(theme: Theme) -> str:
    """A digest of every file of every template folder of the theme, in search order: what a
    story's pages depend on besides its analysis.

    A change in any folder renders again, even to a default template the project hides with
    its own: telling which templates a page uses would cost more than the rare extra render.
    """
    digest = hashlib.sha256()
    for folder in theme.templates:
        digest.update(b"\0folder\0")  # a file moved from one folder to another changes the digest
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            content = path.read_bytes()
            digest.update(f"{path.relative_to(folder).as_posix()}\0{len(content)}\0".encode())
            digest.update(content)
    return digest.hexdigest()


def _render_fingerprint(analysis_key: str, config: SiteConfig, theme_key: str) -> str:
    # The analysis settings are already in the analysis key; the rest of the config shapes pages.
    page_settings = replace(config, analysis=AnalysisSettings())
    return hashlib.sha256(f"{analysis_key}\n{theme_key}\n{page_settings!r}".encode()).hexdigest()


@dataclass
class AnalysisCache:
    """Analysed stories and their rendered pages, by fingerprint: in memory, and on disk
    when given a directory.

    A rebuild then analyses only stories whose files or settings changed, and renders
    only stories whose analysis, templates or site settings changed.
    """

    directory: Path | None = None
    entries: dict[str, object] = field(default_factory=dict)
    hits: int = 0

    def get(self, key: str, kind: type[T]) -> T | None:
        found = self.entries.get(key)
        if found is None and self.directory is not None:
            found = self._read(self.directory / f"{key}.pickle")
        if not isinstance(found, kind):
            return None
        self.entries[key] = found
        return found

    def put(self, key: str, value: object) -> None:
        self.entries[key] = value
        if self.directory is not None:
            self.write_entry(self.directory, key, value)

    @staticmethod
    def write_entry(directory: Path, key: str, value: object) -> None:
        """Store ``value`` on disk only: what a worker process does for the cache of the build."""
        AnalysisCache._write(directory / f"{key}.pickle", value)

    def keep_only(self, keys: set[str]) -> None:
        for stale in set(self.entries) - keys:
            del self.entries[stale]
        if self.directory is not None and self.directory.is_dir():
            for path in self.directory.glob("*.pickle"):
                if path.stem not in keys:
                    path.unlink(missing_ok=True)

    @staticmethod
    def _read(path: Path) -> object | None:
        try:
            with path.open("rb") as handle:
                # Only files this cache wrote itself; get() still checks the loaded value's type.
                value: object = pickle.load(handle)
                return value
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    @staticmethod
    def _write(path: Path, value: object) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time next build


@dataclass(frozen=True, slots=True)
class SourceCache:
    """Each source's own analysis in a cache folder, for ``analyse_story`` (a ``SourceMemo``)."""

    directory: Path

    def get(self, raw: RawSource) -> SourceAnalysis | None:
        found = AnalysisCache._read(self.directory / f"{source_fingerprint(raw)}.pickle")
        return found if isinstance(found, SourceAnalysis) else None

    def put(self, raw: RawSource, analysis: SourceAnalysis) -> None:
        AnalysisCache.write_entry(self.directory, source_fingerprint(raw), analysis)


@dataclass(frozen=True, slots=True)
class BuiltStory:
    """One story in the new site: its listing for the site-wide pages, the files it wrote, and
    what its analysis found and warned about. Small, and cached, so a rebuild that links the
    story's files from the previous site needs neither its analysis nor its pages."""

    listing: StoryListing
    files: tuple[WrittenFile, ...]
    #: For the build's report, besides the counts the listing's summary has.
    sentences: int
    removed: int
    diagnostics: tuple[Diagnostic, ...]

    @property
    def slug(self) -> str:
        return self.listing.summary.slug


@dataclass(frozen=True, slots=True)
class _Task:
    """One story's outstanding work: analyse it unless ``analysis`` is given, then render it.

    With ``staging``, the worker writes the pages into that directory itself, so they never
    travel back to the main process; without (a Dask worker on another machine), it sends them.
    With ``cache_dir``, it stores a new analysis there itself, for the same reason, and each
    source's own analysis, which it reuses for the sources an edit left alone; else, with
    ``send_analysis``, it sends a new analysis for the main process to cache.
    """

    story: RawStory
    analysis: StoryAnalysis | None
    analysis_key: str
    config: SiteConfig
    theme: Theme
    staging: Path | None
    cache_dir: Path | None
    send_analysis: bool


@dataclass(frozen=True, slots=True)
class _Outcome:
    built: BuiltStory
    #: The pages, when the worker did not write them (``_Task.staging`` is ``None``).
    pages: dict[str, bytes] | None
    #: A new analysis for the main process to cache, when the worker did not.
    analysis: StoryAnalysis | None
    seconds: dict[str, float]


def _run(task: _Task) -> _Outcome | Diagnostic:
    """One story's analysis and pages, or the error that leaves it out of the site."""
    with collector_paused():
        return _run_story(task)


def _run_story(task: _Task) -> _Outcome | Diagnostic:
    timer = StageTimer()
    try:
        memo = SourceCache(task.cache_dir) if task.cache_dir is not None else None
        analysis = task.analysis or analyse_story(task.story, task.config.analysis, timer, memo)
        # A broken template is the user's to fix and breaks every story alike: it stops the build.
        with timer.stage("render"), working_on("rendering", story_folder(task.story), let_through=(TemplateError,)):
            rendered = render_story(analysis, task.config, task.theme)
            # The export is one more file of the story, made and cached with its pages.
            path, data = story_export(analysis)
            pages = {**rendered.pages, path: data}
    except StageFailed as failure:
        return story_failure(task.story, failure)
    fresh = task.analysis is None
    if fresh and task.cache_dir is not None:
        AnalysisCache.write_entry(task.cache_dir, task.analysis_key, analysis)
    for_main_to_cache = analysis if fresh and task.send_analysis else None
    sentences = sum(len(source.sentences) for source in analysis.sources)
    removed = sum(len(source.removed) for source in analysis.sources)
    files: tuple[WrittenFile, ...] = ()
    if task.staging is not None:
        with timer.stage("write"):
            files = write_files(task.staging, pages)
    built = BuiltStory(rendered.listing, files, sentences, removed, analysis.diagnostics)
    return _Outcome(built, None if task.staging is not None else pages, for_main_to_cache, dict(timer.seconds))


def story_failure(story: RawStory, failure: StageFailed) -> Diagnostic:
    """One error line naming the story and file; the traceback is kept for ``--verbose``.

    Made in the worker, so the traceback travels as text and no exception needs to pickle.
    """
    cause = failure.__cause__ or failure
    what = " ".join(f"{type(cause).__name__}: {cause}".split())
    if len(what) > _MAX_CAUSE_CHARS:
        what = what[: _MAX_CAUSE_CHARS - 1] + "…"
    message = (
        f"unexpected failure while {failure.stage} ({what}); story '{story_folder(story)}' left out,"
        " the other stories were built (--verbose shows the traceback)"
    )
    trace = "".join(traceback.format_exception(cause))
    return Diagnostic("error", message, failure.file, detail=trace)


#: Long enough for an exception's own message, short enough to keep the error on one line.
_MAX_CAUSE_CHARS = 160


def default_jobs() -> int:
    return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class ProcessedStories:
    stories: tuple[BuiltStory, ...]
    #: Stories whose analysis came from the cache.
    reused: int
    #: One error for each story left out because its analysis or rendering failed.
    failures: tuple[Diagnostic, ...] = ()


def process_stories(
    stories: Sequence[RawStory],
    config: SiteConfig,
    theme: Theme,
    timer: StageTimer,
    site: StagedSite,
    *,
    jobs: int = 1,
    cache: AnalysisCache | None = None,
    progress: Progress | None = None,
    scheduler: str | None = None,
) -> ProcessedStories:
    """Analyse and render every story into ``site``, in up to ``jobs`` worker processes, or as
    tasks of the Dask cluster whose scheduler is at ``scheduler``.

    With a ``cache``, a story whose analysis, templates and settings are unchanged is linked
    from the previous site without being loaded, and one whose analysis alone is unchanged is
    rendered again from it. Only a listing per story stays in this process.
    """
    theme_key = theme_fingerprint(theme)
    analysis_keys = [story_fingerprint(story, config.analysis) for story in stories]
    render_keys = [_render_fingerprint(key, config, theme_key) for key in analysis_keys]
    built: dict[int, BuiltStory] = {}
    known: dict[int, StoryAnalysis] = {}
    reused = 0
    if cache is not None:
        with timer.stage("write"):
            for index, (analysis_key, render_key) in enumerate(zip(analysis_keys, render_keys, strict=True)):
                done = cache.get(render_key, BuiltStory)
                if done is not None and site.reuse(done.files):
                    built[index] = done
                    reused += 1
                    continue
                found = cache.get(analysis_key, StoryAnalysis)
                if found is not None:
                    known[index] = found
                    reused += 1
    todo = [i for i in range(len(stories)) if i not in built]
    # A Dask worker may be on another machine: it cannot write into this one's folders.
    local = not scheduler
    cache_dir = cache.directory if cache is not None and local else None
    # Only a cache that this process keeps needs the analyses sent back: --no-cache needs none.
    send_analysis = cache is not None and cache_dir is None
    tasks = [
        _Task(
            stories[i],
            known.pop(i, None),
            analysis_keys[i],
            config,
            theme,
            site.path if local else None,
            cache_dir,
            send_analysis,
        )
        for i in todo
    ]
    report = progress or (lambda done, total: None)
    settled = len(stories) - len(todo)
    report(settled, len(stories))

    failures: dict[int, Diagnostic] = {}

    def settle(index: int, outcome: _Outcome | Diagnostic) -> None:
        nonlocal settled
        settled += 1
        report(settled, len(stories))
        if isinstance(outcome, Diagnostic):
            failures[index] = outcome  # never cached: the next build tries the story again
            return
        story = outcome.built
        if outcome.pages is not None:
            with timer.stage("write"):
                story = replace(story, files=site.add(outcome.pages))
        else:
            site.record(story.files)
        built[index] = story
        if cache is not None:
            if outcome.analysis is not None:
                cache.put(analysis_keys[index], outcome.analysis)
            cache.put(render_keys[index], story)
        timer.merge(outcome.seconds)

    if scheduler and tasks:
        for position, outcome in run_on_cluster(scheduler, _run, tasks):
            settle(todo[position], outcome)
    elif jobs > 1 and len(tasks) > 1:
        # forkserver: the dev server calls this from a thread, and forking a threaded process can deadlock.
        context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        workers = min(jobs, len(tasks))
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            # Small chunks, so that no worker is left with a long tail while the other idles;
            # a chunk costs little to send now that its pages stay in the worker.
            chunk = max(1, len(tasks) // (workers * 32))
            for index, outcome in zip(todo, pool.map(_run, tasks, chunksize=chunk), strict=True):
                settle(index, outcome)
    else:
        for index, task in zip(todo, tasks, strict=True):
            settle(index, _run(task))
    if cache is not None:
        source_keys = {source_fingerprint(source) for story in stories for source in story.sources}
        cache.keep_only(set(analysis_keys) | set(render_keys) | source_keys)
    return ProcessedStories(
        tuple(built[i] for i in range(len(stories)) if i not in failures),
        reused,
        tuple(failures[i] for i in sorted(failures)),
    )


class ProgressBar:
    """``[#####-----] 12/100 stories  3.2 s`` on a terminal; nothing otherwise."""

    def __init__(self, stream: TextIO, width: int = 30, delay: float = 0.5) -> None:
        self.stream = stream
        self.width = width
        self.delay = delay
        self.started = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.started
        # Short builds finish before the bar would help; don't flash it.
        if not self.stream.isatty() or total <= 1 or (elapsed < self.delay and done < total):
            return
        filled = int(self.width * done / total)
        line = f"\r[{'#' * filled}{'-' * (self.width - filled)}] {done}/{total} stories  {elapsed:.1f} s"
        self.stream.write(line + ("\n" if done == total else ""))
        self.stream.flush()
