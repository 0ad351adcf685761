"""What a reader does, in real Chromium: follow links, click sentences, use a phone-sized screen.

Uses the system Chromium (Debian package) through Playwright; nothing is downloaded.
A missing Chromium fails these tests rather than skipping them, so a broken machine
cannot pass for a green build.
"""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Request, sync_playwright

from sample import SAMPLE_ANALYSES
from site_builder.build import build_site
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter
from site_builder.render import render_site

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class names it so
        pass


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return render_site(SAMPLE_ANALYSES, SiteConfig(), ROOT / "templates", ROOT / "static")


@contextmanager
def _serving(root: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def site_url(rendered: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    for path, content in rendered.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    with _serving(root) as url:
        yield url


@pytest.fixture(scope="module")
def bundled_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundled seeds, built by the real build command's code path."""
    project = tmp_path_factory.mktemp("bundled")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    build_site(SiteConfig(), project, BufferReporter())
    with _serving(project / "_site") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "Chromium is not on PATH. Install the system package (apt-get install chromium); "
            "these tests never download a browser.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class _Problems:
    """Everything a page should never do: log errors, throw, or fail a request."""

    found: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> Page:
        page.on("console", lambda message: message.type == "error" and self.found.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.found.append(f"exception: {error}"))
        page.on("requestfailed", self._request_failed)
        page.on("response", lambda response: response.status >= 400 and self.found.append(f"HTTP {response.status}: {response.url}"))
        return page

    def _request_failed(self, request: Request) -> None:
        # Leaving a page cancels its low-priority requests (the favicon); a missing file shows up as HTTP 404 instead.
        if request.failure != "net::ERR_ABORTED":
            self.found.append(f"request failed: {request.url} ({request.failure})")


@pytest.fixture
def problems() -> _Problems:
    return _Problems()


@pytest.fixture
def page(browser: Browser, problems: _Problems) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)
    try:
        yield problems.watch(context.new_page())
    finally:
        context.close()


def _follow(page: Page, name: str, *, within: str = "main") -> None:
    page.locator(within).get_by_role("link", name=name, exact=True).first.click()
    page.wait_for_load_state("load")


def test_reader_reaches_every_page_type_by_links(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "index.html")
    assert page.title() == "Stories · Story comparison"

    _follow(page, "Old Harbour Bridge closure")
    assert page.url.endswith("/bridge-vote/index.html")
    assert page.get_by_role("table").filter(has_text="Carried by").count() == 1

    _follow(page, "City Wire")
    assert page.url.endswith("/bridge-vote/sources/city-wire.html")
    assert page.locator("#city-wire-s1 .badge").inner_text() == "3 sources"

    _follow(page, "Harbour Herald")
    assert page.url.endswith("/bridge-vote/sources/harbour-herald.html#harbour-herald-s1")

    _follow(page, "Side by side", within=".story-nav")
    assert page.url.endswith("/bridge-vote/compare/index.html")
    page.locator(".pair-list a").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/bridge-vote/compare/harbour-herald--city-wire.html")

    _follow(page, "Differences", within=".story-nav")
    assert page.locator("del").count() > 0 and page.locator("ins").count() > 0

    _follow(page, "Quotes", within=".story-nav")
    assert page.get_by_text("differs only in punctuation").count() > 0

    _follow(page, "Story comparison", within="header")
    assert page.url.endswith("/index.html")
    _follow(page, "Lighthouse reopens")
    assert page.get_by_text("Only one source: nothing to compare.").is_visible()

    page.goto(site_url + "404.html")
    _follow(page, "Go to the list of stories")
    assert page.url == site_url + "index.html"
    assert problems.found == []


def test_no_page_scrolls_sideways_on_a_phone(
    browser: Browser, problems: _Problems, rendered: dict[str, bytes], site_url: str
) -> None:
    context = browser.new_context(viewport=PHONE)
    try:
        page = problems.watch(context.new_page())
        too_wide = []
        for path in sorted(p for p in rendered if p.endswith(".html")):
            page.goto(site_url + path)
            scroll_width, client_width = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            if scroll_width > client_width:
                too_wide.append(f"{path}: {scroll_width} > {client_width}")
        assert too_wide == []
        assert problems.found == []
    finally:
        context.close()


def test_compare_columns_stack_on_a_phone(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site_url + "bridge-vote/compare/harbour-herald--city-wire.html")
        cells = page.locator(".cmp-shared .cmp-cell").all()[:2]
        left, right = (cell.bounding_box() for cell in cells)
        assert left is not None and right is not None
        assert right["y"] >= left["y"] + left["height"], "the right column should sit below the left one"
    finally:
        context.close()


def test_clicking_a_sentence_highlights_its_parallels(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/compare/harbour-herald--city-wire.html")
    page.locator('.s[data-passage="p3"]').first.click()
    assert page.locator(".s.is-active").count() == 2
    assert page.locator('.s.is-active[data-passage="p3"]').count() == 2
    page.locator('.s[data-passage="p1"]').first.click()
    assert page.locator('.s.is-active[data-passage="p1"]').count() == 2
    assert page.locator('.s.is-active[data-passage="p3"]').count() == 0
    assert problems.found == []


def test_pair_pickers_navigate(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/compare/index.html")
    picker = page.locator("form[data-pair-picker]")
    assert picker.is_visible()
    picker.locator("select[name=right]").select_option("northern-notes")
    page.wait_for_url("**/harbour-herald--northern-notes.html")
    page.locator("form[data-pair-picker] select[name=left]").select_option("northern-notes")
    page.wait_for_url("**/harbour-herald--northern-notes.html")
    assert page.locator(".picker-message").inner_text() == "Pick two different sources."
    assert problems.found == []


def test_pages_work_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "bridge-vote/compare/index.html")
        assert not page.locator("form[data-pair-picker]").is_visible()
        page.locator(".pair-list a").last.click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/city-wire--northern-notes.html")
    finally:
        context.close()


def test_bundled_site_every_page_reached_by_clicking_links(page: Page, problems: _Problems, bundled_site_url: str) -> None:
    """Crawl the built example site in Chromium from the home page, following only links."""
    visited: set[str] = set()
    queue = [bundled_site_url + "index.html"]
    while queue:
        url = queue.pop(0)
        if url in visited:
            continue
        visited.add(url)
        page.goto(url)
        assert page.title(), url
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        for href in hrefs:
            target = href.split("#", 1)[0]
            if target.startswith(bundled_site_url) and target.endswith(".html") and target not in visited:
                queue.append(target)
    pages = {url.removeprefix(bundled_site_url) for url in visited}
    assert "putin-trump-call-2025/index.html" in pages
    assert {"differences.html", "quotes.html", "compare/index.html"} <= {p.split("/", 1)[-1] for p in pages}
    assert sum("/sources/" in p for p in pages) == 5
    assert sum("/compare/" in p and "--" in p for p in pages) == 10
    assert problems.found == []
