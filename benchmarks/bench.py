"""Speed and scale benchmark: cold builds of growing corpora, the floor, and the alternatives.

    python -m benchmarks.bench [--quick] [--jobs N] [--runs N]

For each corpus size it builds cold (no analysis cache) in a fresh process, ``--runs`` times
(three by default), and reports the median wall time with its min-max, time per stage,
rendering time per page, pages and bytes written, and peak memory of the whole process tree
(main process and workers together) and of the main process alone, next to the floor: the
time for a process to just read every input and write the same bytes of output.
Hugo (Debian's ``hugo``, when installed) builds the same number of pages beside it.
It then compares the alignment stage with difflib and CollateX on the same articles,
measures how every stage grows with the number of sources in one story (25 to 400), times
incremental rebuilds of 100 stories (no change, one source edited), and builds 2,000 stories
with local worker processes and on a Dask LocalCluster. Corpora are generated from the
bundled story (and ../shared/corpora when present) by ``benchmarks.generate``; nothing
generated is kept. ``--quick`` runs small sizes only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from benchmarks.generate import generate
from site_builder.analysis.align import align_story
from site_builder.analysis.clean import clean_source
from site_builder.analysis.counterparts import compared_pairs
from site_builder.analysis.quotes import extract_quotes, group_quotes
from site_builder.analysis.reuse import find_overlaps
from site_builder.analysis.segment import segment_source
from site_builder.config import AnalysisSettings
from site_builder.input.load import load_seeds
from site_builder.model import Source

REPO = Path(__file__).resolve().parent.parent
STAGES = ("load", "clean", "segment", "align", "quotes", "render", "write")
#: CollateX is given this long per run before it is reported as not finishing.
COLLATEX_TIMEOUT = 300.0


@dataclass(frozen=True)
class Corpus:
    name: str
    stories: int
    sources: int


@dataclass(frozen=True)
class Measured:
    corpus: Corpus
    #: Wall seconds of each cold build, in the order run.
    walls: list[float]
    #: The highest whole-tree peak of any run.
    peak_mb: float
    #: The highest peak of the main process alone of any run (workers hand it little).
    main_peak_mb: float
    #: The report of the run with the median wall time.
    report: dict[str, object]
    floor: float

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)


def _rss_kb(pid: int) -> int:
    """Resident memory of one process now (Linux /proc), in kB; 0 once it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    except (OSError, ValueError):
        return 0


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants now (Linux /proc), in kB."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        total += _rss_kb(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue  # ended while we looked
    return total


@dataclass(frozen=True)
class Run:
    wall: float
    #: Peak resident memory (MB) of the whole process tree: the main process and its workers together.
    tree_peak_mb: float
    #: Peak resident memory (MB) of the main process alone.
    main_peak_mb: float


def _measure_command(command: list[str], cwd: Path) -> Run:
    """Wall time and peak memory of ``command``, run in a fresh process (sampled every 10 ms)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    tree_kb = main_kb = 0
    while process.poll() is None:
        tree_kb = max(tree_kb, _tree_rss_kb(process.pid))
        main_kb = max(main_kb, _rss_kb(process.pid))
        time.sleep(0.01)
    wall = time.perf_counter() - started
    _, stderr = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}:\n{stderr[-2000:]}")
    return Run(wall, tree_kb / 1024, main_kb / 1024)


def _remove_and_settle(folder: Path) -> None:
    """Delete a folder, and flush what the previous run left to write, before the next timed
    run: each run then starts from the same state of the disk rather than paying for the last
    one's hundreds of megabytes still being written out."""
    shutil.rmtree(folder, ignore_errors=True)
    os.sync()


def _floor(project: Path) -> float:
    """Whole-process time to read every input and write the same bytes the build wrote."""
    site = project / "_site"
    manifest = project / "manifest.json"
    manifest.write_text(json.dumps([[p.relative_to(site).as_posix(), p.stat().st_size]
                                    for p in sorted(site.rglob("*")) if p.is_file()]))
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "data = b''.join(p.read_bytes() for p in sorted(Path('seeds').rglob('*')) if p.is_file()) or b' '\n"
        "out = Path('floor-out')\n"
        "for name, size in json.loads(Path('manifest.json').read_text()):\n"
        "    target = out / name\n"
        "    target.parent.mkdir(parents=True, exist_ok=True)\n"
        "    target.write_bytes((data * (size // len(data) + 1))[:size])\n"
    )
    wall = _measure_command([sys.executable, "-c", script], project).wall
    _remove_and_settle(project / "floor-out")
    return wall


def _project(root: Path, corpus: Corpus) -> Path:
    project = root / corpus.name
    if corpus.name == "bundled":
        shutil.copytree(REPO / "seeds", project / "seeds")
    else:
        generate(project / "seeds", corpus.stories, corpus.sources, seed=7)
    return project


def build_cold(root: Path, corpus: Corpus, jobs: int, runs: int) -> Measured:
    """``runs`` cold builds of ``corpus`` (no analysis cache, no previous site), each in a fresh process."""
    project = _project(root, corpus)
    report = project / "report.json"
    command = ["site-builder", "build", "--no-cache", "--jobs", str(jobs), "--report", str(report)]
    measured: list[tuple[Run, dict[str, object]]] = []
    for _ in range(runs):
        _remove_and_settle(project / "_site")
        run = _measure_command(command, project)
        measured.append((run, json.loads(report.read_text())))
    by_wall = sorted(measured, key=lambda found: found[0].wall)
    floor = statistics.median(_floor(project) for _ in range(runs))
    return Measured(
        corpus,
        [run.wall for run, _ in measured],
        max(run.tree_peak_mb for run, _ in measured),
        max(run.main_peak_mb for run, _ in measured),
        by_wall[len(by_wall) // 2][1],
        floor,
    )


def segmented_sources(seeds: Path) -> list[list[Source]]:
    return [[segment_source(clean_source(raw)) for raw in story.sources] for story in load_seeds(seeds).stories]


def _time(function: object, *args: object) -> float:
    return _timed(function, *args)[0]


def _timed(function: object, *args: object) -> tuple[float, Any]:
    """Seconds a call took, and what it returned."""
    started = time.perf_counter()
    result = function(*args)  # type: ignore[operator]
    return time.perf_counter() - started, result


def difflib_pairs(sources: list[Source], budget_pairs: int = 400_000) -> tuple[float, bool]:
    """Time difflib's ratio over every cross-source sentence pair (extrapolated past a budget)."""
    pairs = [(a.text, b.text) for x, y in combinations(sources, 2) for a in x.sentences for b in y.sentences]
    sample = pairs if len(pairs) <= budget_pairs else random.Random(1).sample(pairs, budget_pairs)
    started = time.perf_counter()
    for a, b in sample:
        difflib.SequenceMatcher(None, a, b).ratio()
    elapsed = time.perf_counter() - started
    return elapsed * len(pairs) / len(sample), len(sample) < len(pairs)


def collatex_time(sources: list[Source]) -> float | None:
    """Seconds CollateX takes to collate the cleaned articles as witnesses; None if it did not finish."""
    witnesses = {f"W{n}": " ".join(s.text for s in source.sentences) for n, source in enumerate(sources)}
    script = (
        "import json, sys, time\n"
        "from collatex import Collation, collate\n"
        "witnesses = json.load(sys.stdin)\n"
        "collation = Collation()\n"
        "for sigil, text in witnesses.items():\n"
        "    collation.add_plain_witness(sigil, text)\n"
        "started = time.perf_counter()\n"
        "collate(collation, output='json')\n"
        "print(time.perf_counter() - started)\n"
    )
    try:
        done = subprocess.run([sys.executable, "-c", script], input=json.dumps(witnesses), capture_output=True,
                              text=True, timeout=COLLATEX_TIMEOUT, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(f"CollateX failed (pip install -e '.[bench]'):\n{exc.stderr[-1500:]}") from exc
    return float(done.stdout.strip().splitlines()[-1])


@dataclass(frozen=True)
class Grown:
    sources: int
    #: Whole-process wall time of a cold build of the one story, in one process.
    wall: float
    #: Seconds of each stage of that build.
    stages: dict[str, float]
    #: Seconds of quote grouping alone (part of the quotes stage), best of two, in this process.
    grouping: float
    #: Seconds of finding copied runs alone (part of the align stage), best of two, in this process.
    copied: float
    #: Pairs of sources sharing a copied run: the size of that stage's output.
    copied_pairs: int


def growth(root: Path, counts: list[int]) -> list[Grown]:
    """A cold build of one story of each size with ``--jobs 1``: its wall time and stages, and
    the two parts of stages at risk of growing with the square of the sources on their own:
    quote grouping, and copied runs (a record per pair of sources sharing one: every pair up to
    12 sources, each source's closest counterparts beyond, as the build compares them)."""
    results = []
    for count in counts:
        project = root / f"growth-{count}"
        seeds = generate(project / "seeds", 1, count, seed=11)
        report = project / "report.json"
        command = ["site-builder", "build", "--no-cache", "--jobs", "1", "--report", str(report)]
        wall = _measure_command(command, project).wall
        stages = json.loads(report.read_text())["seconds"]
        sources = segmented_sources(seeds)[0]
        occurrences = [occurrence for source in sources for occurrence in extract_quotes(source)]
        grouping = min(_time(group_quotes, sources, occurrences, AnalysisSettings()) for _ in range(2))
        passages = align_story(tuple(sources), AnalysisSettings()).passages
        timed = [_timed(find_overlaps, sources, compared_pairs(sources, passages)) for _ in range(2)]
        copied = min(seconds for seconds, _ in timed)
        results.append(Grown(count, wall, stages, grouping, copied, len(timed[-1][1])))
    return results


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{statistics.median(ordered):.2f} s ({ordered[0]:.2f}-{ordered[-1]:.2f}, {len(ordered)} runs)"


def incremental(root: Path, stories: int, jobs: int, runs: int = 5) -> tuple[float, list[float], list[float]]:
    """Cold build, then ``runs`` no-change rebuilds and ``runs`` one-edited-source rebuilds (each
    edit a different source) of a ``stories``-story site: medians with min-max."""
    project = root / f"incremental-{stories}"
    generate(project / "seeds", stories, 5, seed=13)
    base = [sys.executable, "-m", "site_builder", "build", "--jobs", str(jobs)]
    cold = _measure_command(base, project).wall
    unchanged = [_measure_command(base, project).wall for _ in range(runs)]
    articles = sorted((project / "seeds").rglob("*.txt"))
    edits = []
    for number in range(runs):
        edited = articles[(number + 1) * len(articles) // (runs + 1)]
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence was added by an editor.\n")
        edits.append(_measure_command(base, project).wall)
    return cold, unchanged, edits


def dask_comparison(root: Path, stories: int, jobs: int) -> tuple[float, float] | None:
    """A cold build of ``stories`` x 5 with ``--jobs`` local worker processes against the same
    build as tasks of a Dask LocalCluster of as many worker processes on 127.0.0.1: the two wall
    times, or ``None`` without the dask extra."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return None
    project = root / f"dask-{stories}"
    generate(project / "seeds", stories, 5, seed=19)
    local = [sys.executable, "-m", "site_builder", "build", "--no-cache", "--jobs", str(jobs)]
    local_wall = _measure_command(local, project).wall
    # Any free local port for the dashboard: None would still bind 8787, which another cluster may hold.
    dashboard = "127.0.0.1:0"
    with LocalCluster(n_workers=jobs, threads_per_worker=1, host="127.0.0.1", dashboard_address=dashboard) as cluster:
        dask_wall = _measure_command([*local, "--scheduler", cluster.scheduler_address], project).wall
    return local_wall, dask_wall


_HUGO_LAYOUT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav>{{ range first 10 .Site.RegularPages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
"""


def hugo_comparison(project: Path, pages: int) -> tuple[str, float] | None:
    """Debian's ``hugo`` building the same number of pages from the same article text (Markdown
    pages with a minimal layout: no analysis), best of three: ``(version, seconds)``, or ``None``
    when hugo is not installed."""
    hugo = shutil.which("hugo")
    if hugo is None:
        return None
    site = project.parent / f"hugo-{project.name}"
    (site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (site / "content").mkdir(exist_ok=True)
    (site / "config.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "bench"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n',
        encoding="utf-8",
    )
    for name in ("single.html", "list.html"):
        (site / "layouts" / "_default" / name).write_text(_HUGO_LAYOUT, encoding="utf-8")
    texts = [p.read_text(encoding="utf-8") for p in sorted((project / "seeds").rglob("*.txt"))] or ["Text."]
    for number in range(pages - 1):  # and the home page
        body = texts[number % len(texts)]
        (site / "content" / f"page-{number}.md").write_text(f'---\ntitle: "Page {number}"\n---\n{body}\n')
    command = [hugo, "--quiet", "--source", str(site), "--destination", str(site / "public")]
    best = min(_measure_command(command, site).wall for _ in range(3))
    version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
    return version, best


def _met(condition: bool) -> str:
    return "yes" if condition else "no"


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes only, for a smoke run")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runs", type=int, default=3, help="cold builds of each corpus (median and min-max)")
    args = parser.parse_args(argv)
    corpora = [Corpus("bundled", 1, 5)]
    corpora += [Corpus("20x5", 20, 5), Corpus("1x50", 1, 50)] if args.quick else [
        Corpus("1x200", 1, 200), Corpus("500x5", 500, 5)]
    counts = [10, 20, 40] if args.quick else [25, 50, 100, 200, 400]
    with tempfile.TemporaryDirectory(prefix="site-builder-bench-") as temp:
        root = Path(temp)
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, --jobs {args.jobs}")
        measured = [build_cold(root, corpus, args.jobs, args.runs) for corpus in corpora]
        header = ["corpus", "wall s (median)", "min-max", "floor s", "x floor", "tree peak MB", "main peak MB",
                  "pages", "MB out", "render ms/page"]
        header += STAGES
        rows = [header]
        for m in measured:
            seconds = m.report["seconds"]
            assert isinstance(seconds, dict)
            rows.append([
                f"{m.corpus.stories}x{m.corpus.sources}" if m.corpus.name != "bundled" else "bundled (1x5)",
                f"{m.wall:.2f}", f"{min(m.walls):.2f}-{max(m.walls):.2f}", f"{m.floor:.2f}",
                f"{m.wall / m.floor:.1f}", f"{m.peak_mb:.0f}", f"{m.main_peak_mb:.0f}",
                str(m.report["pages"]), f"{int(m.report['bytes']) / 1e6:.1f}",  # type: ignore[call-overload]
                f"{seconds.get('render', 0.0) * 1000 / int(m.report['pages']):.2f}",  # type: ignore[call-overload]
                *(f"{seconds.get(stage, 0.0):.2f}" for stage in STAGES),
            ])
        print(f"\nCold builds, {args.runs} runs each (whole process; stage seconds of the median run, summed over"
              " workers):")
        print(_table(rows))
        hugo_times: dict[str, float] = {}
        for m in measured[1:]:
            pages = int(m.report["pages"])  # type: ignore[call-overload]
            hugo = hugo_comparison(root / m.corpus.name, pages)
            if hugo is None:
                print("Hugo: not installed (apt-get install -y hugo), so not compared side by side")
                break
            version, seconds = hugo
            hugo_times[m.corpus.name] = seconds
            print(
                f"Hugo {version}, {pages} pages of the same article text (Markdown, minimal layout, no analysis): "
                f"{seconds:.2f} s; site-builder {m.wall:.2f} s with the analysis ({m.wall / seconds:.1f}x Hugo's time)"
            )
        bare = [_measure_command([sys.executable, "-c", "pass"], root).wall for _ in range(5)]
        importing = [sys.executable, "-c", "import site_builder.build.pipeline"]
        imports = [_measure_command(importing, root).wall for _ in range(5)]
        print(f"interpreter start-up: {_spread(bare)} bare, {_spread(imports)} with site-builder's imports "
              "(numpy, rapidfuzz, jinja2...)")

        print("\nAlignment stage against the alternatives (same cleaned articles):")
        compare_rows = [["corpus", "ours s", "difflib s", "x ours", "CollateX s", "x ours"]]
        compared = [Corpus("bundled", 1, 5), Corpus("1x50", 1, 50) if args.quick else Corpus("1x25", 1, 25)]
        for corpus in compared:
            seeds = REPO / "seeds" if corpus.name == "bundled" else generate(root / f"cmp-{corpus.name}" / "seeds", 1,
                                                                              corpus.sources, seed=17)
            sources = segmented_sources(seeds)[0]
            ours = min(_time(align_story, sources, AnalysisSettings()) for _ in range(3))
            diff_seconds, estimated = difflib_pairs(sources)
            collatex = collatex_time(sources)
            compare_rows.append([
                corpus.name, f"{ours:.3f}",
                f"{diff_seconds:.2f}{' (est.)' if estimated else ''}", f"{diff_seconds / ours:.0f}",
                f"{collatex:.2f}" if collatex is not None else f">{COLLATEX_TIMEOUT:.0f}",
                f"{(collatex if collatex is not None else COLLATEX_TIMEOUT) / ours:.0f}",
            ])
        print(_table(compare_rows))

        print("\nGrowth with sources in one story, cold build with --jobs 1 (x previous: per doubling when the"
              " sizes double; stages summed within the build; quote grouping alone, best of two, in this process):")
        grown = growth(root, counts)
        growth_rows = [["sources", "wall s", "x previous", *(f"{stage} s" for stage in STAGES), "max x stage",
                        "grouping s", "x previous", "copied runs s", "x previous", "pairs copying"]]
        for index, found in enumerate(grown):
            previous = grown[index - 1] if index else None
            ratios = [found.stages.get(stage, 0.0) / previous.stages[stage] for stage in STAGES
                      if previous is not None and previous.stages.get(stage, 0.0) >= 0.01]
            growth_rows.append([
                str(found.sources),
                f"{found.wall:.2f}", f"{found.wall / previous.wall:.2f}" if previous else "-",
                *(f"{found.stages.get(stage, 0.0):.2f}" for stage in STAGES),
                f"{max(ratios):.2f}" if ratios else "-",
                f"{found.grouping:.3f}", f"{found.grouping / previous.grouping:.2f}" if previous else "-",
                f"{found.copied:.3f}", f"{found.copied / previous.copied:.2f}" if previous else "-",
                str(found.copied_pairs),
            ])
        print(_table(growth_rows))
        print("(max x stage: the largest growth of any stage taking at least 0.01 s at the previous size;"
              " copied runs are timed within align, grouping within quotes)")

        stories = 20 if args.quick else 100
        cold, unchanged, one_edit = incremental(root, stories, args.jobs)
        print(f"\nIncremental, {stories} stories x 5 sources (whole process): cold {cold:.2f} s; "
              f"no change {_spread(unchanged)}; one source edited {_spread(one_edit)}")
        dask_stories = 20 if args.quick else 2000
        dask = dask_comparison(root, dask_stories, args.jobs)
        if dask is None:
            print("\nDask: not measured: the dask extra is not installed (pip install -e '.[dask]')")
        else:
            print(f"\nDask: {dask_stories} stories x 5 cold: {dask[0]:.2f} s with --jobs {args.jobs}, "
                  f"{dask[1]:.2f} s as tasks of a LocalCluster of {args.jobs} worker processes (the cluster already "
                  "running)")
        probe = [sys.executable, "-c", "import site_builder.commands.cli"]
        needed = [_measure_command(probe, root).wall for _ in range(5)]
        print(f"interpreter start-up plus the imports a no-change rebuild needs: {_spread(needed)}")

        largest, hugo_largest = measured[-1], hugo_times.get(measured[-1].corpus.name)
        pages = int(largest.report["pages"])  # type: ignore[call-overload]
        render_ms = largest.report["seconds"].get("render", 0.0) * 1000 / pages  # type: ignore[attr-defined]
        stage_growth = max(
            (
                (found.stages.get(stage, 0.0) / before.stages[stage], stage)
                for before, found in pairwise(grown)
                for stage in STAGES
                if before.stages.get(stage, 0.0) >= 0.01
            ),
            default=(0.0, "no stage took 0.01 s"),
        )
        name = largest.corpus.name
        unchanged_median, edit_median = statistics.median(unchanged), statistics.median(one_edit)
        targets = [
            ["measure", "ours", "target (issue 17)", "met"],
            [f"no-change rebuild, {stories}x5", _spread(unchanged), "<= 0.30 s", _met(unchanged_median <= 0.30)],
            ["  against start-up + imports it needs", f"{unchanged_median / statistics.median(needed):.1f}x",
             "<= 2x", _met(unchanged_median <= 2 * statistics.median(needed))],
            [f"one source edited, {stories}x5", _spread(one_edit), "<= 0.60 s", _met(edit_median <= 0.6)],
            [f"largest stage growth per doubling, {counts[0]}-{counts[-1]} sources",
             f"x{stage_growth[0]:.2f} ({stage_growth[1]})", "<= x2.2", _met(stage_growth[0] <= 2.2)],
            [f"one story of {counts[-1]} sources, cold, --jobs 1", f"{grown[-1].wall:.2f} s",
             "<= 8 s (400 sources)", _met(grown[-1].wall <= 8)],
            [f"render CPU per page, {name}", f"{render_ms:.2f} ms", "<= 1.0 ms", _met(render_ms <= 1.0)],
            [f"{name} cold, --jobs {args.jobs}", f"{largest.wall:.2f} s", "<= 15 s (500x5)", _met(largest.wall <= 15)],
            [f"against Hugo, same {pages} pages", f"{largest.wall / hugo_largest:.1f}x Hugo's time" if hugo_largest
             else "hugo not installed", "< 1x", _met(hugo_largest is not None and largest.wall < hugo_largest)],
            [f"main process peak, {name}", f"{largest.main_peak_mb:.0f} MB", "<= 200 MB (500x5)",
             _met(largest.main_peak_mb <= 200)],
            [f"whole process tree peak, {name}", f"{largest.peak_mb:.0f} MB", "reported", "-"],
            [f"{dask_stories}x5 cold: process pool / Dask LocalCluster",
             f"{dask[0]:.1f} s / {dask[1]:.1f} s" if dask else "dask extra not installed", "reported", "-"],
        ]
        if args.quick:  # other sizes than the targets name: the figures only, no verdict
            targets = [[*row[:3], "n/a" if row[3] != "-" and index else row[3]] for index, row in enumerate(targets)]
        print(f"\nIssue 17's targets ({'--quick: smaller sizes than the targets name' if args.quick else 'full run'}):")
        print(_table(targets))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
