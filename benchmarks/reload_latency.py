"""Edit-to-reload time of ``site-builder serve``, measured in a real browser.

    python -m benchmarks.reload_latency [--runs 15]

Serves a copy of the bundled project, opens a source page in Chromium (the Debian
package, driven by Playwright), then repeatedly saves a seed with a new sentence and
times how long until the open page shows it: save -> watcher -> rebuild -> reload
message -> browser reload -> new text on screen.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from livereload.handlers import LiveReloadHandler
from playwright.sync_api import sync_playwright

from site_builder.commands.serve import DevServer
from site_builder.config import SiteConfig
from site_builder.reporter import Reporter

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _wait_for_browser_connection(timeout: float = 20.0) -> None:
    # The page's livereload client registers over its WebSocket once it has said hello.
    deadline = time.monotonic() + timeout
    while not LiveReloadHandler.waiters:
        if time.monotonic() > deadline:
            raise RuntimeError("the page never connected to the reload socket")
        time.sleep(0.05)


def measure(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="site-builder-reload-") as temp:
        project = Path(temp)
        shutil.copytree(REPO / "seeds", project / "seeds")
        story = next(p for p in sorted((project / "seeds").iterdir()) if p.is_dir())
        seed = sorted(story.glob("*.txt"))[0]
        original = seed.read_text(encoding="utf-8")
        server = DevServer(SiteConfig(), project, "127.0.0.1", 0, Reporter())
        url = server.start()
        try:
            page_path = next(p for p in sorted((server.site.root / story.name / "sources").glob("*.html")))
            timings = []
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
                page = browser.new_page()
                page.goto(url + page_path.relative_to(server.site.root).as_posix())
                _wait_for_browser_connection()
                for run in range(runs):
                    marker = f"Reload marker number {run} arrived."
                    started = time.perf_counter()
                    seed.write_text(original + f"\n{marker}\n", encoding="utf-8")
                    page.wait_for_function(f"() => document.body && document.body.innerText.includes({marker!r})",
                                           polling=5, timeout=20_000)
                    timings.append(time.perf_counter() - started)
                    _wait_for_browser_connection()
                    time.sleep(0.3)
                browser.close()
        finally:
            server.stop()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    timings = measure(args.runs)
    print(f"edit-to-reload over {len(timings)} saves: median {statistics.median(timings) * 1000:.0f} ms, "
          f"min {min(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
