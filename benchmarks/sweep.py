"""Run the whole pipeline over every article of the development corpora and report any story it fails on.

    python -m benchmarks.sweep [--corpora DIR] [--jobs N] [--keep DIR] [--verbose]

Two builds, each through :func:`site_builder.build.pipeline.build_site` exactly as ``site-builder build``
runs it (load, analyse, render, export, write):

- ``polnear``: every article of ``polnear-train/text`` as a story of its own;
- ``clusters``: every multi-outlet cluster (the named folders and each ``multinews-dev`` folder)
  as one story.

A story that fails unexpectedly is left out of its build with one error line (issue 19); this
command lists those errors, with their tracebacks under ``--verbose``, and exits 1 when there is
any. ``--keep DIR`` keeps both built sites (``DIR/polnear``, ``DIR/clusters``), e.g. to compare
their ``data/*.json`` exports before and after a refactoring. Nothing from the corpora is printed
except story folder names.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from site_builder.build.pipeline import BuildFailed, build_site
from site_builder.config import SiteConfig
from site_builder.model import Diagnostic
from site_builder.reporter import BufferReporter

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"
#: Folders of the corpora that are not clusters of articles.
NOT_CLUSTERS = {"polnear-train", "msrp-train", "multinews-dev"}


@dataclass(frozen=True)
class SweepResult:
    name: str
    stories: int
    articles: int
    seconds: float
    failures: tuple[Diagnostic, ...]
    #: Whole-build failure (nothing written), if any.
    build_error: str | None


def polnear_stories(corpora: Path) -> Iterator[tuple[str, list[Path]]]:
    """Each polnear-train article as a story of its own."""
    for path in sorted((corpora / "polnear-train" / "text").glob("*.txt")):
        yield path.stem, [path]


def cluster_stories(corpora: Path) -> Iterator[tuple[str, list[Path]]]:
    """Each multi-outlet cluster folder as one story."""
    folders = [p for p in corpora.iterdir() if p.is_dir() and p.name not in NOT_CLUSTERS]
    folders += [p for p in (corpora / "multinews-dev").iterdir() if p.is_dir()]
    for folder in sorted(folders, key=lambda p: p.name):
        yield folder.name, sorted(folder.glob("*.txt"))


def sweep(name: str, stories: Iterator[tuple[str, list[Path]]], jobs: int | None, keep: Path | None) -> SweepResult:
    with tempfile.TemporaryDirectory(prefix=f"sweep-{name}-") as scratch:
        project = Path(scratch)
        articles = 0
        count = 0
        for story, files in stories:
            folder = project / "seeds" / story
            folder.mkdir(parents=True)
            for file in files:
                shutil.copyfile(file, folder / file.name)
            articles += len(files)
            count += 1
        reporter = BufferReporter()
        started = time.perf_counter()
        build_error = None
        try:
            build_site(SiteConfig(), project, reporter, jobs=jobs)
        except BuildFailed as exc:
            build_error = str(exc)
        seconds = time.perf_counter() - started
        if keep is not None and (project / "_site").is_dir():
            shutil.rmtree(keep / name, ignore_errors=True)
            shutil.copytree(project / "_site", keep / name)
    failures = tuple(d for d in reporter.diagnostics if d.detail is not None)
    return SweepResult(name, count, articles, seconds, failures, build_error)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--keep", type=Path, help="keep the built sites in this folder")
    parser.add_argument("--verbose", action="store_true", help="print each failure's traceback")
    args = parser.parse_args(argv)
    if not (args.corpora / "polnear-train").is_dir():
        print(f"error: no development corpora at {args.corpora} (see --corpora)", file=sys.stderr)
        return 2
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    print(f"cores: {os.cpu_count()}, load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = [
        sweep("polnear", polnear_stories(args.corpora), args.jobs, args.keep),
        sweep("clusters", cluster_stories(args.corpora), args.jobs, args.keep),
    ]
    print(f"{'build':<10} {'stories':>8} {'articles':>9} {'failed':>7} {'seconds':>8}")
    for result in results:
        print(
            f"{result.name:<10} {result.stories:>8} {result.articles:>9} {len(result.failures):>7} "
            f"{result.seconds:>8.1f}"
        )
    failed = False
    for result in results:
        if result.build_error:
            failed = True
            print(f"{result.name}: build failed: {result.build_error}")
        for failure in result.failures:
            failed = True
            print(f"{result.name}: {failure}")
            if args.verbose and failure.detail:
                print(failure.detail)
    total = sum(len(r.failures) for r in results)
    stories = sum(r.stories for r in results)
    articles = sum(r.articles for r in results)
    print(f"{total} stories failed out of {stories} ({articles} articles)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
