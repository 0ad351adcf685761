"""Screenshot one page of each type at phone and desktop width, for people to look at.

    python -m tools.screenshots [--site _site] [--out screenshots]

Serves the built site on 127.0.0.1 and drives the system Chromium (never a downloaded
browser). The pictures are not committed, except the one the README shows.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import ViewportSize, sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTHS: dict[str, ViewportSize] = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it so
        pass


def page_types(site: Path) -> dict[str, str]:
    """One representative page per page type: name -> path within the site."""
    pages = {"home": "index.html", "404": "404.html"}
    story = next(p.parent for p in sorted(site.glob("*/index.html")) if (p.parent / "quotes.html").is_file())
    slug = story.name
    pages["story"] = f"{slug}/index.html"
    pages["source"] = next(f"{slug}/sources/{p.name}" for p in sorted((story / "sources").glob("*.html")))
    pages["compare-index"] = f"{slug}/compare/index.html"
    if (story / "compare" / "all.html").is_file():
        pages["compare-all"] = f"{slug}/compare/all.html"
    pages["compare-pair"] = next(f"{slug}/compare/{p.name}" for p in sorted((story / "compare").glob("*--*.html")))
    pages["differences"] = f"{slug}/differences.html"
    pages["quotes"] = f"{slug}/quotes.html"
    pages["search"] = "search.html?q=progress"
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=Path("_site"))
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--full-page", action="store_true", help="capture whole pages, not just the first screen")
    args = parser.parse_args(argv)
    executable = shutil.which("chromium")
    if executable is None:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_QuietHandler, directory=str(args.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            for width_name, viewport in WIDTHS.items():
                context = browser.new_context(viewport=viewport)
                page = context.new_page()
                for name, path in page_types(args.site).items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    target = args.out / f"{name}-{width_name}.png"
                    page.screenshot(path=str(target), full_page=args.full_page)
                    print(target)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
