"""The build: load every story, analyse and render each (in worker processes, which write its
pages straight into a staging folder), add the site-wide pages, then swap the new site in whole."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import jinja2

from ..analysis.analyse import StageTimer
from ..config import SiteConfig
from ..errors import SiteBuilderError
from ..input.load import load_seeds
from ..model import Diagnostic
from ..reporter import Reporter
from ..site.export import index_export
from ..site.publish import publishing_files
from ..site.render import SiteInput, render_site
from ..site.theme import Theme, project_theme
from .stories import AnalysisCache, BuiltStory, ProcessedStories, Progress, default_jobs, process_stories
from .write import StagedSite, check_output_dir, staged_site


class BuildFailed(SiteBuilderError):
    """The build stopped before writing anything; the previous site is untouched."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    stories: tuple[BuiltStory, ...]
    diagnostics: tuple[Diagnostic, ...]
    files: int
    pages: int
    bytes_written: int
    seconds: dict[str, float]

    @property
    def errors(self) -> int:
        return sum(d.level == "error" for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.level == "warning" for d in self.diagnostics)


def _count(noun: str, n: int, plural: str | None = None) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


@contextmanager
def _template_errors_as_failures() -> Iterator[None]:
    """A broken template is the user's input too: report its file and line, not a traceback."""
    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        raise BuildFailed(f"{where}: template error: {exc.message}") from exc
    except jinja2.TemplateError as exc:
        raise BuildFailed(f"template error: {exc}") from exc


def _report_analysis(reporter: Reporter, processed: ProcessedStories, timer: StageTimer) -> None:
    """One line per analysis stage: its time and what it found over every story."""
    stories = processed.stories
    if processed.reused:
        reporter.info(f"{_count('story', processed.reused, 'stories')} unchanged: analysis reused")
    removed = sum(story.removed for story in stories)
    reporter.stage("clean", timer.seconds["clean"], f"{_count('piece', removed)} of furniture removed")
    summaries = [story.listing.summary for story in stories]
    reporter.stage("segment", timer.seconds["segment"], _count("sentence", sum(story.sentences for story in stories)))
    reporter.stage("align", timer.seconds["align"], _count("shared passage", sum(s.passage_count for s in summaries)))
    reporter.stage("quotes", timer.seconds["quotes"], _count("quote", sum(s.quote_count for s in summaries)))


def _site_wide_files(processed: ProcessedStories, config: SiteConfig, theme: Theme, site: StagedSite) -> None:
    """The pages around the stories' own, which list them all: home, search, the publishing
    files, the export's index."""
    listings = tuple(story.listing for story in processed.stories)
    files = render_site(SiteInput(listings, config, theme))
    path, index = index_export([listing.summary for listing in listings])
    files[path] = index
    files.update(publishing_files([*site.files, *files], config))
    site.add(files)


def build_site(
    config: SiteConfig,
    project_dir: Path,
    reporter: Reporter,
    *,
    out_dir: Path | None = None,
    cache: AnalysisCache | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    scheduler: str | None = None,
    reuse_from: Path | None = None,
) -> BuildResult:
    """Build the whole site from ``config.seeds`` into ``out_dir`` (default ``config.out``).

    Stories are analysed in up to ``jobs`` worker processes (default: one per core), or as tasks
    of the Dask cluster at ``scheduler`` (``build/cluster.py``). With a
    ``cache``, stories whose inputs and settings are unchanged are not analysed again, and
    their files are left where they are in the site being replaced, or hard-linked from
    ``reuse_from`` when that is another folder.
    Raises :class:`BuildFailed` (after reporting why) when nothing may be written.
    """
    started = time.perf_counter()
    seeds_dir = project_dir / config.seeds
    out_given = out_dir
    out_dir = out_dir if out_dir is not None else project_dir / config.out
    check_output_dir(out_dir, project_dir, seeds_dir)
    theme = project_theme(project_dir)
    timer = StageTimer()

    with timer.stage("load"):
        loaded = load_seeds(seeds_dir)
    diagnostics = list(loaded.diagnostics)
    if not loaded.stories:
        for diagnostic in diagnostics:
            reporter.diagnostic(diagnostic)
        # An emptied or mistyped seeds folder must not wipe a published site, nor make an empty one.
        left = "the previous site was left as it was" if out_dir.exists() else "nothing was written"
        raise BuildFailed(f"no stories found; {left}")
    sources = sum(len(s.sources) for s in loaded.stories)
    reporter.stage(
        "load", timer.seconds["load"], f"{_count('story', len(loaded.stories), 'stories')}, {_count('source', sources)}"
    )

    # Written as it is made, into a staging folder swapped in at the end: a failure anywhere
    # before then leaves the previous site as it was.
    with staged_site(out_dir, reuse_from) as site:
        with _template_errors_as_failures():
            processed = process_stories(
                loaded.stories,
                config,
                theme,
                timer,
                site,
                jobs=default_jobs() if jobs is None else jobs,
                cache=cache,
                progress=progress,
                scheduler=scheduler,
            )
        for story in processed.stories:
            diagnostics.extend(story.diagnostics)
        diagnostics.extend(processed.failures)
        _report_analysis(reporter, processed, timer)

        for diagnostic in diagnostics:
            reporter.diagnostic(diagnostic)
        if config.strict and diagnostics:
            raise BuildFailed(f"--strict: {_count('problem', len(diagnostics))} in the input; nothing was written")
        if processed.failures and not processed.stories:
            # A site with no stories in it would only replace a good one.
            raise BuildFailed("every story failed; nothing was written")

        with timer.stage("render"), _template_errors_as_failures():
            _site_wide_files(processed, config, theme, site)
        reporter.stage("render", timer.seconds["render"], _count("file", len(site.files)))
        swap_started = time.perf_counter()
    timer.merge({"write": time.perf_counter() - swap_started})
    size = sum(file.size for file in site.files.values())
    # A folder the caller chose (the dev server's own, say) is not where the user will look.
    where = f" to {out_dir.name}" if out_given is None else ""
    reporter.stage("write", timer.seconds["write"], f"{size / 1024:.0f} KiB{where}")
    pages = sum(1 for name in site.files if name.endswith(".html"))
    result = BuildResult(processed.stories, tuple(diagnostics), len(site.files), pages, size, dict(timer.seconds))
    reporter.info(
        f"built {_count('story', len(processed.stories), 'stories')} in {time.perf_counter() - started:.2f} s"
        f" ({_count('warning', result.warnings)}, {_count('error', result.errors)})"
    )
    return result
