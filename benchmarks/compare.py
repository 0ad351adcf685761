"""Two versions of site_builder timed side by side, in alternating runs on one generated corpus.

    python -m benchmarks.compare REV_A REV_B [--stories 500] [--sources 5] [--runs 5] [--jobs 2] [--edits]

A shared machine changes speed from one hour to the next, so a benchmark run today set beside
one from last week says as much about the machine as about the code. This checks each revision
out into a temporary git worktree, generates one corpus (``benchmarks.generate``) and builds it
cold with each version in turn, ``--runs`` times (A, B, A, B, ...). It prints each version's
median wall time with its min-max and the median seconds of each stage (summed over workers)
from the build's own ``--report``. ``--stories 1 --sources 400 --jobs 1`` times one big story.

``--edits`` times rebuilds after one source was edited instead, as ``benchmarks.bench`` does
(``--stories 100``): each version builds its own copy of the corpus once with its cache, then
each run appends a sentence to the same article in every copy and rebuilds, version after version.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import generate

REPO = Path(__file__).resolve().parent.parent
STAGES = ("load", "clean", "segment", "align", "quotes", "render", "write")


@dataclass
class Version:
    revision: str
    tree: Path
    walls: list[float] = field(default_factory=list)
    stages: list[dict[str, float]] = field(default_factory=list)

    def environment(self) -> dict[str, str]:
        # The worktree first on the path: its site_builder, not the installed one, is imported.
        # Its bytecode is written as an installed package's is: else every run compiles every module.
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
        return {**environment, "PYTHONPATH": str(self.tree)}

    def check_imported(self) -> None:
        found = subprocess.run(
            [sys.executable, "-c", "import site_builder; print(site_builder.__file__)"],
            env=self.environment(),
            cwd=self.tree.parent,  # not the repository: Python puts the working folder first on its path
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not Path(found).resolve().is_relative_to(self.tree.resolve()):
            raise SystemExit(f"{self.revision}: Python imports site_builder from {found}, not from its worktree")

    def build(self, corpus: Path, jobs: int, cached: bool = False) -> None:
        """A timed build of ``corpus``: cold unless ``cached`` (then with its cache and previous site)."""
        command = [sys.executable, "-m", "site_builder", "build", "--jobs", str(jobs)]
        if not cached:
            shutil.rmtree(corpus / "_site", ignore_errors=True)
            command.append("--no-cache")
        report = corpus / "report.json"
        started = time.perf_counter()
        subprocess.run(
            [*command, "--report", str(report)],
            cwd=corpus,
            env=self.environment(),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.walls.append(time.perf_counter() - started)
        self.stages.append(json.loads(report.read_text())["seconds"])

    def row(self) -> str:
        wall = f"{statistics.median(self.walls):.2f} ({min(self.walls):.2f}-{max(self.walls):.2f})"
        stages = "  ".join(f"{statistics.median(run.get(stage, 0.0) for run in self.stages):6.2f}" for stage in STAGES)
        return f"{self.revision[:12]:12}  {wall:>22}  {stages}"


def check_out(revision: str, tree: Path) -> Version:
    """``revision`` checked out into a new git worktree at ``tree`` (``remove`` takes it away)."""
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), revision], check=True)
    return Version(revision, tree)


def remove(version: Version) -> None:
    subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(version.tree)], check=False)


def score_code_at(revision: str, module: str, arguments: Sequence[str] = ()) -> int:
    """Run benchmark ``module`` with today's sets, gold and scorer on the site_builder of
    ``revision`` (checked out into a temporary git worktree): a change's "before", measured on
    sets written since it. Returns the benchmark's exit status."""
    with tempfile.TemporaryDirectory() as root:
        version = check_out(revision, Path(root) / "code")
        try:
            version.check_imported()
            # Today's benchmarks beside that revision's code.
            shutil.rmtree(version.tree / "benchmarks")
            (version.tree / "benchmarks").symlink_to(REPO / "benchmarks")
            command = [sys.executable, "-m", module, *arguments]
            return subprocess.run(command, cwd=version.tree, env=version.environment(), check=False).returncode
        finally:
            remove(version)


#: The option each scoring benchmark takes to score an older revision's code (see ``score_code_at``).
CODE_HELP = "score the site_builder of git revision REV on today's gold and sets (a change's 'before')"


def rerun_at_code(revision: str, module: str, argv: Sequence[str] | None) -> int:
    """``module``'s own run, with its other options, on the code of ``revision``."""
    given = list(sys.argv[1:] if argv is None else argv)
    forwarded: list[str] = []
    skip = False
    for argument in given:
        if skip:
            skip = False
        elif argument == "--code":
            skip = True
        elif not argument.startswith("--code="):
            forwarded.append(argument)
    return score_code_at(revision, module, forwarded)


def compare(
    revisions: list[str], stories: int, sources: int, runs: int, jobs: int, root: Path, edits: bool = False
) -> list[Version]:
    versions = []
    try:
        for number, revision in enumerate(revisions):
            versions.append(check_out(revision, root / f"version-{number}"))
        for version in versions:
            version.check_imported()
        corpus = root / "corpus"
        generate(corpus / "seeds", stories, sources, seed=7)
        if edits:
            _compare_edits(versions, corpus, runs, jobs)
        else:
            for _ in range(runs):
                for version in versions:
                    version.build(corpus, jobs)
    finally:
        for version in versions:
            remove(version)
    return versions


def _compare_edits(versions: list[Version], corpus: Path, runs: int, jobs: int) -> None:
    copies = []
    for number, version in enumerate(versions):
        copy = corpus.with_name(f"corpus-{number}")
        shutil.copytree(corpus, copy)
        version.build(copy, jobs, cached=True)
        copies.append(copy)
    for version in versions:  # the warming builds are not what is compared
        version.walls.clear()
        version.stages.clear()
    articles = sorted(p.relative_to(corpus) for p in (corpus / "seeds").rglob("*.txt"))
    for run in range(runs):
        edited = articles[(run + 1) * len(articles) // (runs + 1)]
        for version, copy in zip(versions, copies, strict=True):
            with (copy / edited).open("a", encoding="utf-8") as article:
                article.write("\nOne more sentence was added by an editor.\n")
            version.build(copy, jobs, cached=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revisions", nargs=2, metavar="REV", help="two git revisions (commits, tags, branches)")
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--sources", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--edits", action="store_true", help="time rebuilds after one source was edited")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        versions = compare(
            args.revisions, args.stories, args.sources, args.runs, args.jobs, Path(folder), edits=args.edits
        )
    kind = "one source edited, then rebuilt" if args.edits else "cold"
    print(f"{args.stories}x{args.sources}, {kind}, --jobs {args.jobs}, {args.runs} runs each, alternating")
    print(f"{'revision':12}  {'wall s median (min-max)':>22}  " + "  ".join(f"{stage:>6}" for stage in STAGES))
    for version in versions:
        print(version.row())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
