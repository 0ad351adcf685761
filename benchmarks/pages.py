"""What a built site's pages cost, by kind: how many, their bytes, and their bytes gzipped (as
GitHub Pages serves them). Issue 17 asks whether static pair pages earn their bytes.

    python -m benchmarks.generate OUT/seeds --stories 50 --sources 5 --seed 7
    (cd OUT && site-builder build)
    python -m benchmarks.pages OUT/_site
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

# The page kinds of site/urls.py, by the shape of their paths.
_KINDS = (
    ("pair (side by side)", re.compile(r"[^/]+/compare/[^/]+--[^/]+\.html$")),
    ("grid of all sources", re.compile(r"[^/]+/compare/all\.html$")),
    ("side-by-side index", re.compile(r"[^/]+/compare/index\.html$")),
    ("source", re.compile(r"[^/]+/sources/[^/]+\.html$")),
    ("story overview", re.compile(r"[^/]+/index\.html$")),
    ("differences", re.compile(r"[^/]+/differences\.html$")),
    ("quotes", re.compile(r"[^/]+/quotes\.html$")),
    ("headlines and leads", re.compile(r"[^/]+/headlines\.html$")),
)


def kind_of(path: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.fullmatch(path)), "other page")


def tally(site: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Pages, bytes and gzipped bytes per kind of HTML page under ``site``."""
    pages: Counter[str] = Counter()
    raw: Counter[str] = Counter()
    packed: Counter[str] = Counter()
    for page in sorted(site.rglob("*.html")):
        kind = kind_of(page.relative_to(site).as_posix())
        content = page.read_bytes()
        pages[kind] += 1
        raw[kind] += len(content)
        packed[kind] += len(gzip.compress(content, mtime=0))
    return pages, raw, packed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site folder (_site)")
    args = parser.parse_args(argv)
    pages, raw, packed = tally(args.site)
    total_pages, total_raw = sum(pages.values()), sum(raw.values())
    print(f"{'kind':22} {'pages':>6} {'share':>6} {'MB':>8} {'share':>6} {'KB gzipped/page':>16}")
    for kind, count in pages.most_common():
        print(
            f"{kind:22} {count:6d} {count / total_pages:6.0%} {raw[kind] / 1e6:8.1f} {raw[kind] / total_raw:6.0%}"
            f" {packed[kind] / count / 1e3:16.1f}"
        )
    print(f"{'all HTML pages':22} {total_pages:6d} {'':6} {total_raw / 1e6:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
