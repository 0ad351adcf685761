"""The golden site: the bundled story built with default settings, kept byte for byte.

    python -m tools.golden            # build and compare with tests/golden/site/; exit 1 if they differ
    python -m tools.golden --update   # after an intended change: rewrite tests/golden/site/

Run from the repository root. ``tests/test_golden.py`` makes the same comparison in the
suite; see ``tests/golden/README.md``.

The site's ``assets/`` folder is the default theme's ``static/`` copied as it is, so the
golden tree leaves it out and the comparison checks it against ``static/`` instead of a
second copy of the same files.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
import tempfile
from pathlib import Path

from site_builder.build.pipeline import build_site
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter
from site_builder.site.theme import default_theme
from site_builder.site.urls import ASSETS_DIR

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLDEN = REPO / "tests" / "golden" / "site"

#: How much of the first differing text file's unified diff a failure shows.
DIFF_LINES = 60
DIFF_LINE_WIDTH = 240


def build(workdir: Path) -> Path:
    """Build the bundled seeds in a fresh project under ``workdir``, as the tests do; returns the site."""
    project = workdir / "project"
    shutil.copytree(SEEDS, project / "seeds")
    build_site(SiteConfig(), project, BufferReporter())
    return project / "_site"


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (hidden ones too) by its POSIX path relative to ``root``."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _short_diff(path: str, expected: bytes, actual: bytes) -> list[str] | None:
    try:
        before, after = expected.decode("utf-8"), actual.decode("utf-8")
    except UnicodeDecodeError:
        return None
    lines = list(difflib.unified_diff(before.splitlines(), after.splitlines(), f"golden/{path}", f"built/{path}",
                                      lineterm="", n=2))
    shown = [line if len(line) <= DIFF_LINE_WIDTH else line[:DIFF_LINE_WIDTH] + " [...]" for line in lines[:DIFF_LINES]]
    if len(lines) > DIFF_LINES:
        shown.append(f"[... {len(lines) - DIFF_LINES} more diff lines]")
    return shown


def compare(expected: Path, actual: Path) -> str:
    """What differs between the golden tree plus the default theme's static files and a built
    site, for a person to read; empty when they are byte-identical."""
    golden, theme_assets = tree(expected), default_theme().static_files()
    golden.update({f"{ASSETS_DIR}/{path}": data for path, data in theme_assets.items()})
    built = tree(actual)
    missing = sorted(golden.keys() - built.keys())
    extra = sorted(built.keys() - golden.keys())
    changed = sorted(path for path in golden.keys() & built.keys() if golden[path] != built[path])
    if not (missing or extra or changed):
        return ""
    report: list[str] = []
    groups = (("missing from the build", missing), ("not in the golden tree", extra), ("different", changed))
    for title, paths in groups:
        if paths:
            report.append(f"{len(paths)} file(s) {title}:")
            report.extend(f"  {path}" for path in paths)
    for path in changed:
        diff = _short_diff(path, golden[path], built[path])
        if diff is not None:
            report.append(f"First differing text file, {path}:")
            report.extend(diff)
            break
    report.append("If the change is intended, regenerate the golden tree: python -m tools.golden --update")
    return "\n".join(report)


def update(golden: Path = GOLDEN) -> int:
    """Replace the golden tree with a fresh build, less its assets; returns how many files it holds."""
    with tempfile.TemporaryDirectory() as workdir:
        site = build(Path(workdir))
        if golden.exists():
            shutil.rmtree(golden)
        shutil.rmtree(site / ASSETS_DIR)  # static/ already holds these; compare() checks them against it
        shutil.copytree(site, golden)
    return len(tree(golden))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.golden",
        description="Compare the built bundled story with the golden tree, or rewrite it.",
    )
    parser.add_argument("--update", action="store_true", help="rewrite tests/golden/site/ from a fresh build")
    args = parser.parse_args(argv)
    if args.update:
        count = update()
        print(f"wrote {count} files to {GOLDEN.relative_to(REPO)}; review them with: git diff --stat -- tests/golden")
        return 0
    with tempfile.TemporaryDirectory() as workdir:
        differences = compare(GOLDEN, build(Path(workdir)))
    print(differences or f"the built site matches {GOLDEN.relative_to(REPO)}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
