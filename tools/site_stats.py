"""What a built site shows, and what each page type weighs.

    python -m tools.site_stats [--site _site]

Per story: sentences kept, furniture removed, shared passages, sentences reported by one
source only, quotes and quotes carried by several sources (from ``data/<slug>.json``).
Per page type of the first story: the page's HTML and the CSS+JS it loads, in KB.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from tools.screenshots import page_types

_ASSET = re.compile(r'\s(?:href|src)="([^"?#]+\.(?:css|js))"')


def story_counts(data: dict) -> dict[str, int]:
    sentence_ids = {s["id"] for source in data["sources"] for s in source["sentences"]}
    shared = {sid for passage in data["passages"] for sid in passage["sentences"]}
    return {
        "sentences": len(sentence_ids),
        "removed": sum(len(source["removed"]) for source in data["sources"]),
        "passages": len(data["passages"]),
        "one source only": len(sentence_ids - shared),
        "quotes": len(data["quotes"]),
        "quotes in 2+ sources": sum(1 for q in data["quotes"] if len({o["source"] for o in q["occurrences"]}) > 1),
    }


def page_weight(site: Path, path: str) -> tuple[float, float]:
    page = site / path.split("?", 1)[0]
    html = page.read_bytes()
    assets = {(page.parent / asset).resolve() for asset in _ASSET.findall(html.decode("utf-8"))}
    return len(html) / 1024, sum(asset.stat().st_size for asset in assets) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=Path("_site"))
    args = parser.parse_args(argv)
    index = json.loads((args.site / "data" / "index.json").read_text(encoding="utf-8"))
    for story in index["stories"]:
        data = json.loads((args.site / "data" / story["data"]).read_text(encoding="utf-8"))
        counts = ", ".join(f"{value} {name}" for name, value in story_counts(data).items())
        print(f"{story['slug']}: {counts}")
    print("\npage type        HTML KB  CSS+JS KB")
    for name, path in page_types(args.site).items():
        html, assets = page_weight(args.site, path)
        print(f"{name:<15} {html:8.1f} {assets:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
