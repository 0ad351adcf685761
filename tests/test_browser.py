"""What a reader does, in real Chromium: follow links, click sentences, use a phone-sized screen.

Uses the system Chromium (Debian package) through Playwright; nothing is downloaded.
A missing Chromium fails these tests rather than skipping them, so a broken machine
cannot pass for a green build.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request

from site_builder.build.pipeline import build_site
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter
from site_builder.site.render import render_all
from site_builder.site.theme import default_theme

from browsing import QuietHandler, serving
from sample import SAMPLE_ANALYSES, crowded_story, disagreeing_story

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return render_all((*SAMPLE_ANALYSES, disagreeing_story()), SiteConfig(), default_theme())


class _SubPathHandler(QuietHandler):
    """Serves the site under ``/repo/`` and answers any missing page with ``404.html``, as GitHub Pages does."""

    PREFIX = "/repo/"

    def send_head(self):  # type: ignore[no-untyped-def]
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        inside = path.startswith(self.PREFIX)
        if inside:
            self.path = "/" + path[len(self.PREFIX) :]
            found = Path(self.translate_path(self.path))
            if found.is_file() or (found / "index.html").is_file():
                return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io

        return io.BytesIO(body)


@pytest.fixture(scope="module")
def site_url(rendered: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    for path, content in rendered.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    with serving(root) as url:
        yield url


@pytest.fixture(scope="module")
def bundled_site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled seeds, built by the real build command's code path."""
    project = tmp_path_factory.mktemp("bundled")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    build_site(SiteConfig(), project, BufferReporter())
    return project / "_site"


@pytest.fixture(scope="module")
def bundled_site_url(bundled_site_dir: Path) -> Iterator[str]:
    with serving(bundled_site_dir) as url:
        yield url


def html_pages(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))


def in_viewport(page: Page, selector: str) -> bool:
    """Whether the whole of the first element matching ``selector`` is inside the window."""
    return page.eval_on_selector(
        selector,
        """element => {
            const box = element.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
                && box.left >= 0 && box.right <= window.innerWidth;
        }""",
    )


@dataclass
class _Problems:
    """Everything a page should never do: log errors, throw, or fail a request."""

    found: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> Page:
        page.on("console", lambda message: message.type == "error" and self.found.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: self.found.append(f"exception: {error}"))
        page.on("requestfailed", self._request_failed)
        page.on(
            "response",
            lambda response: response.status >= 400 and self.found.append(f"HTTP {response.status}: {response.url}"),
        )
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
    assert page.locator("#city-wire-s1 .badge").inner_text().startswith("3 sources")

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

    _follow(page, "Search", within="header")
    assert page.url.endswith("/search.html")

    _follow(page, "Story comparison", within="header")
    assert page.url.endswith("/index.html")
    _follow(page, "Lighthouse reopens")
    assert page.get_by_text("Only one source: nothing to compare.").is_visible()

    page.goto(site_url + "404.html")
    _follow(page, "Go to the list of stories")
    assert page.url == site_url + "index.html"
    assert problems.found == []


def _too_wide(page: Page, base_url: str, paths: list[str]) -> list[str]:
    too_wide = []
    for path in paths:
        page.goto(base_url + path)
        scroll_width, client_width = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if scroll_width > client_width:
            too_wide.append(f"{path}: {scroll_width} > {client_width}")
    return too_wide


def test_no_page_scrolls_sideways_on_a_phone(
    browser: Browser, problems: _Problems, rendered: dict[str, bytes], site_url: str
) -> None:
    """Also: every page of the sample opens without console errors or failed requests."""
    context = browser.new_context(viewport=PHONE)
    try:
        page = problems.watch(context.new_page())
        paths = sorted(p for p in rendered if p.endswith(".html"))
        paths += ["search.html?q=bridge", "bridge-vote/compare/all.html?s=harbour-herald&s=city-wire&s=northern-notes"]
        assert _too_wide(page, site_url, paths) == []
        assert problems.found == []
    finally:
        context.close()


def test_no_bundled_page_scrolls_sideways_on_a_phone(
    browser: Browser, problems: _Problems, bundled_site_dir: Path, bundled_site_url: str
) -> None:
    """Also: every page of the bundled site opens without console errors or failed requests."""
    context = browser.new_context(viewport=PHONE)
    try:
        page = problems.watch(context.new_page())
        paths = [*html_pages(bundled_site_dir), "search.html?q=putin"]
        assert _too_wide(page, bundled_site_url, paths) == []
        assert problems.found == []
    finally:
        context.close()


def test_a_table_wider_than_a_phone_says_it_scrolls(browser: Browser, bundled_site_url: str) -> None:
    """No column is hidden on a phone without a visible way to reach it: a table wider than its
    box has a "scroll sideways" line above it, and scrolling shows its last column."""
    for viewport, hint_shown in ((PHONE, True), (DESKTOP, False)):
        context = browser.new_context(viewport=viewport)
        try:
            page = context.new_page()
            page.goto(bundled_site_url + "putin-trump-call-2025/index.html")
            box = page.locator(".table-scroll:has(table.sources-table)")
            hint = page.locator(".scroll-hint:has(+ .table-scroll table.sources-table)")
            overflows = box.evaluate("e => e.scrollWidth > e.clientWidth")
            assert overflows == hint_shown and hint.is_visible() == hint_shown
            if overflows:
                box.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
                last = page.locator("table.sources-table thead th").last
                assert last.inner_text().strip().lower() == "shared"
                assert in_viewport(page, "table.sources-table thead th:last-child")
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
    page.goto(site_url + "bridge-vote/compare/harbour-herald--city-wire.html")
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


def test_bundled_site_every_page_reached_by_clicking_links(
    page: Page, problems: _Problems, bundled_site_url: str
) -> None:
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


# ------------------------------------------------------------ side by side


def test_scrolling_keeps_counterparts_level(page: Page, problems: _Problems, bundled_site_url: str) -> None:
    """Scroll a long side-by-side page: wherever a shared passage is on screen, so is its counterpart."""
    page.goto(bundled_site_url + "putin-trump-call-2025/compare/000-40a87b1b7e68ecaa--003-f12a307bb183d36d.html")
    rows = page.locator(".cmp-shared")
    assert rows.count() >= 3
    assert page.evaluate("document.documentElement.scrollHeight") > 2 * DESKTOP["height"], "page too short to scroll"
    last = rows.last
    page.mouse.wheel(0, 100_000)  # to the bottom, the way a reader scrolls
    page.wait_for_function("window.scrollY > 0")
    last.scroll_into_view_if_needed()
    left, right = (cell.bounding_box() for cell in last.locator(".cmp-cell").all())
    assert left is not None and right is not None
    assert abs(left["y"] - right["y"]) < 1, "counterparts should start level"
    for box in (left, right):
        assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"]
    for index in range(rows.count()):
        rows.nth(index).scroll_into_view_if_needed()
        boxes = [cell.bounding_box() for cell in rows.nth(index).locator(".cmp-cell").all()]
        assert len(boxes) == 2 and all(box is not None for box in boxes)
        assert len({round(box["y"]) for box in boxes}) == 1, f"row {index}: cells not level"  # type: ignore[index]
        for box in boxes:
            assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"], f"row {index} out of view"  # type: ignore[index]
    assert problems.found == []


def test_unique_passages_leave_a_gap(page: Page, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/compare/harbour-herald--city-wire.html")
    gaps = page.locator(".cmp-gap")
    assert gaps.count() == 4
    gap = gaps.first.bounding_box()
    assert gap is not None and gap["height"] > 10 and gap["width"] > 100
    assert gaps.first.inner_text().startswith("not in")


def test_keyboard_reaches_sentences_and_enter_highlights(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/compare/harbour-herald--city-wire.html")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.s[role=button]')"):
            break
    else:
        pytest.fail("Tab never reached a sentence of the side-by-side view")
    focused = page.evaluate("document.activeElement.dataset.passage")
    assert focused == "p1"
    page.keyboard.press("Enter")
    active = page.locator('.s.is-active[data-passage="p1"]')
    assert active.count() == 2
    assert page.locator('.s[data-passage="p1"][aria-pressed="true"]').count() == 2
    assert "Highlighted in 2 sources" in page.locator("[data-announce]").inner_text()
    page.keyboard.press("Tab")  # the paragraph link of the left cell
    page.keyboard.press("Tab")  # the counterpart sentence in the right column
    assert page.evaluate("document.activeElement.dataset.passage") == "p1"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # on to the next passage (its "wording" link first, then the sentence)
    assert page.evaluate("document.activeElement.dataset.passage") == "p2"
    page.keyboard.press(" ")
    assert page.locator(".s.is-active").count() == 2
    assert page.locator('.s.is-active[data-passage="p2"]').count() == 2
    page.keyboard.press("Escape")
    assert page.locator(".s.is-active").count() == 0
    assert problems.found == []


def test_up_to_four_columns_of_chosen_sources(page: Page, problems: _Problems, bundled_site_url: str) -> None:
    page.goto(bundled_site_url + "putin-trump-call-2025/compare/index.html")
    picker = page.locator("form[data-sources-picker]")
    boxes = picker.locator("input[name=s]")
    assert boxes.count() == 5
    boxes.nth(2).check()
    boxes.nth(3).check()
    assert boxes.nth(4).is_disabled(), "a fifth column does not fit"
    picker.get_by_role("button", name="Compare").click()
    page.wait_for_url("**/compare/all.html?s=*")
    head = page.locator(".cmp-head .cmp-cell:visible")
    assert head.count() == 4
    # The four columns sit side by side on a laptop.
    tops = {round(cell.bounding_box()["y"]) for cell in head.all()}  # type: ignore[index]
    assert len(tops) == 1
    # Narrow it to three in place: rows that none of them has disappear, the rest stay aligned.
    page.locator("form[data-sources-picker] input[name=s]").nth(0).uncheck()
    assert page.locator(".cmp-head .cmp-cell:visible").count() == 3
    assert "s=000-" not in page.url
    for row in page.locator(".cmp-row:not(.cmp-head):visible").all():
        assert row.locator(".cmp-cell:visible:not(.cmp-gap)").count() >= 1
    shared = page.locator(".cmp-shared:visible:not(.cmp-solo)").first
    shared.locator(".s:visible").first.click()
    passage = shared.get_attribute("data-row")
    visible_members = page.locator(f'.s[data-passage="{passage}"]:visible')
    assert visible_members.count() >= 2
    assert page.locator(f'.s.is-active[data-passage="{passage}"]:visible').count() == visible_members.count()
    assert problems.found == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_coverage_totals_sit_under_their_columns(browser: Browser, bundled_site_url: str, viewport: dict) -> None:
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(bundled_site_url + "putin-trump-call-2025/index.html")
        heads = page.locator("table.coverage thead th.src-col").all()
        totals = page.locator("table.coverage tfoot td.total").all()
        cells = page.locator("table.coverage tbody tr").first.locator("td").all()
        assert len(heads) == len(totals) == 5
        for head, total, cell in zip(heads, totals, cells, strict=False):
            column, box = head.bounding_box(), cell.bounding_box()
            figure = total.evaluate(
                "cell => { const r = document.createRange(); r.selectNodeContents(cell.firstChild);"
                " const b = r.getBoundingClientRect(); return {x: b.x, width: b.width}; }"
            )
            assert column is not None and box is not None
            # The figure's middle, and the cell's, are within a few pixels of their column's middle.
            middle = column["x"] + column["width"] / 2
            assert abs((figure["x"] + figure["width"] / 2) - middle) < 6
            assert abs((box["x"] + box["width"] / 2) - middle) < 6
    finally:
        context.close()


def test_coverage_grid_is_readable_on_a_phone(browser: Browser, bundled_site_url: str) -> None:
    """At 375 px each passage reads at the full width of the grid, on a line above its cells,
    and all five source columns show without scrolling."""
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(bundled_site_url + "putin-trump-call-2025/index.html")
        box = page.locator(".table-scroll:has(table.coverage)")
        assert not box.evaluate("e => e.scrollWidth > e.clientWidth")
        assert not page.locator(".scroll-hint:has(+ .table-scroll table.coverage)").is_visible()
        passage = page.locator("table.coverage tbody th[scope=row]").first.bounding_box()
        first_cell = page.locator("table.coverage tbody tr").first.locator("td").first.bounding_box()
        assert passage is not None and first_cell is not None
        assert passage["width"] > 300 and first_cell["y"] >= passage["y"] + passage["height"] - 1
        for head in page.locator("table.coverage thead th.src-col").all():
            edge = head.bounding_box()
            assert edge is not None and edge["x"] + edge["width"] <= PHONE["width"]
        # Assistive technology still meets a table: the rows keep their roles though they are laid out as grids.
        assert page.get_by_role("table", name="Which source carries which passage").count() == 1
        assert page.get_by_role("rowheader").count() >= 5
    finally:
        context.close()


def test_the_all_sources_link_opens_every_source(page: Page, problems: _Problems, bundled_site_url: str) -> None:
    page.goto(bundled_site_url + "putin-trump-call-2025/compare/index.html")
    link = page.get_by_role("link", name="All 5 sources at once")
    link.click()
    page.wait_for_url("**/compare/all.html")
    assert page.locator(".cmp-head .cmp-cell:visible").count() == 5, "the view shows what the link promised"
    assert page.locator("h1").inner_text() == "Side by side: all 5 sources"
    # Choosing two narrows it.
    boxes = page.locator("form[data-sources-picker] input[name=s]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    assert page.locator(".cmp-head .cmp-cell:visible").count() == 2
    assert problems.found == []


def test_each_source_has_one_label_on_every_page(page: Page, problems: _Problems, site_url: str) -> None:
    labels = ["Harbour Herald", "City Wire", "Bridge to close for two years"]
    page.goto(site_url + "bridge-vote/index.html")
    assert page.locator("table.coverage thead th.src-col").all_inner_texts() == labels
    assert page.locator("table.sources-table tbody th a").all_inner_texts() == labels
    page.goto(site_url + "bridge-vote/compare/all.html")
    assert page.locator(".cmp-head .cmp-cell:visible").all_inner_texts() == labels
    assert [text.strip() for text in page.locator("form[data-sources-picker] label").all_inner_texts()] == labels
    page.goto(site_url + "bridge-vote/compare/harbour-herald--northern-notes.html")
    assert page.locator("h1").inner_text() == "Harbour Herald and Bridge to close for two years"
    assert page.title().startswith("Harbour Herald and Bridge to close for two years — ")
    page.goto(site_url + "bridge-vote/quotes.html")
    assert set(page.locator(".version-source a").all_inner_texts()) <= set(labels)
    page.goto(site_url + "bridge-vote/sources/city-wire.html")
    assert set(page.locator(".parallels a:not(.badge)").all_inner_texts()) <= set(labels)
    page.goto(site_url + "bridge-vote/differences.html")
    assert set(page.locator(".version-source a").all_inner_texts()) <= set(labels)
    # Search: a source result opens with its label, a sentence result names its source by it.
    page.goto(site_url + "search.html?q=bridge")
    page.locator(".result-source").first.wait_for()
    found = page.locator(".result-source a").all_inner_texts()
    assert {text.split(": ", 1)[0] for text in found} == set(labels)
    contexts = page.locator(".result-sentence .result-context").all_inner_texts()
    assert contexts and {text.split(" · ", 1)[0] for text in contexts} <= set(labels)
    assert problems.found == []


def test_pair_page_offers_more_columns(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/compare/harbour-herald--city-wire.html")
    _follow(page, "Add more sources")
    assert page.url.endswith("all.html?s=harbour-herald&s=city-wire")
    assert page.locator(".cmp-head .cmp-cell:visible").count() == 2
    page.locator("form[data-sources-picker] input[value=northern-notes]").check()
    assert page.locator(".cmp-head .cmp-cell:visible").count() == 3
    page.locator('.s[data-passage="p1"]:visible').first.click()
    assert page.locator('.s.is-active[data-passage="p1"]').count() == 3, "highlighted in every column"
    assert problems.found == []


# ------------------------------------------------------------- deep links


def test_deep_link_to_a_sentence_is_highlighted_and_in_view(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/sources/city-wire.html#city-wire-s6")
    target = page.locator("#city-wire-s6")
    assert "is-target" in (target.get_attribute("class") or "")
    assert "is-active" in (target.get_attribute("class") or ""), "its passage lights up too"
    assert in_viewport(page, "#city-wire-s6")
    # Following a parallel link lands on the counterpart in the other source, highlighted.
    target.locator(".parallels a", has_text="Bridge to close for two years").click()
    page.wait_for_url("**/northern-notes.html#northern-notes-s5")
    assert "is-target" in (page.locator("#northern-notes-s5").get_attribute("class") or "")
    assert in_viewport(page, "#northern-notes-s5")
    assert problems.found == []


def test_deep_link_to_a_passage_of_the_differences_page(page: Page, problems: _Problems, bundled_site_url: str) -> None:
    page.goto(bundled_site_url + "putin-trump-call-2025/index.html")
    link = page.locator("table.coverage tbody th a").last
    href = link.get_attribute("href") or ""
    assert "differences.html#p-" in href
    link.click()
    page.wait_for_load_state("load")
    passage_id = href.split("#", 1)[1]
    assert in_viewport(page, f'[id="{passage_id}"] h3')
    assert "is-target" in (page.locator(f'[id="{passage_id}"]').get_attribute("class") or "")
    assert problems.found == []


def test_quote_labels_say_what_the_versions_show(browser: Browser, site_url: str, bundled_site_url: str) -> None:
    """A quote one source carries has no "identical" (or any) variation label; a quote group lists
    each source once, under its one label."""
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        checked = 0
        for url in (site_url + "bridge-vote/quotes.html", bundled_site_url + "putin-trump-call-2025/quotes.html"):
            page.goto(url)
            for block in page.locator("article.quote-block").all():
                meta = block.locator(".meta").inner_text()
                names = block.locator(".version-source a").all_inner_texts()
                assert len(names) == len(set(names)), names
                if meta.endswith(" 1 source") or meta == "1 source":
                    assert block.locator(".meta .tag").count() == 0, meta
                    checked += 1
                else:
                    assert block.locator(".meta .tag").count() == 1, meta
        assert checked > 0, "the sites have single-source quotes to check"
    finally:
        context.close()


def test_copied_text_leads_from_the_overview_to_the_marked_sentences(
    page: Page, problems: _Problems, site_url: str
) -> None:
    page.goto(site_url + "bridge-vote/index.html")
    table = page.get_by_role("table", name="Share of each source's words that another source prints alike")
    assert table.is_visible()
    table.get_by_role("link", name="45%").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/bridge-vote/compare/harbour-herald--city-wire.html")
    assert page.locator(".copied-legend").is_visible()
    copied = page.locator(".compare .s-copied")
    assert copied.count() > 2
    # Marked by a double underline, not by colour alone.
    assert copied.first.evaluate("e => getComputedStyle(e).textDecorationStyle") == "double"
    assert problems.found == []


def test_disagreements_lead_from_the_overview_and_search_to_the_marked_values(
    page: Page, problems: _Problems, site_url: str
) -> None:
    page.goto(site_url + "storm/index.html")
    section = page.get_by_role("region", name="Where the outlets disagree")
    assert "76 in Outlet 1" in section.inner_text() and "conflict" in section.inner_text()
    section.get_by_role("link", name="count of “killed”").click()
    page.wait_for_url("**/storm/differences.html#p1")
    marks = page.locator("#p1 mark.value-differs")
    assert marks.count() == 2
    # Bold and underlined, and said in words to assistive technology: not colour alone.
    assert marks.last.evaluate("e => getComputedStyle(e).fontWeight") == "700"
    assert marks.last.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    assert "sources give this differently" in marks.last.text_content()
    # Side by side too.
    page.goto(site_url + "storm/compare/s1--s2.html")
    assert page.locator(".compare mark.value-differs").count() == 2
    # Search finds the disagreement by a value and leads to it.
    page.goto(site_url + "search.html?q=77")
    result = page.locator(".result-disagreement")
    result.first.wait_for()
    assert "Where the outlets disagree" in result.first.inner_text()
    result.first.get_by_role("link").click()
    page.wait_for_url("**/storm/differences.html#p1")
    assert problems.found == []


def test_headlines_and_leads_page_is_reached_from_the_story_nav(
    page: Page, problems: _Problems, bundled_site_url: str
) -> None:
    page.goto(bundled_site_url + "putin-trump-call-2025/index.html")
    _follow(page, "Headlines", within=".story-nav")
    assert page.url.endswith("/putin-trump-call-2025/headlines.html")
    cards = page.locator(".framing")
    assert cards.count() == 5
    # Own words are marked by an underline too, not by colour alone.
    mark = page.locator("mark.only").first
    assert mark.evaluate("e => getComputedStyle(e).textDecorationLine").startswith("underline")
    # "Puts first" leads to the passage's wording on the differences page.
    cards.first.locator(".framing-first a").click()
    page.wait_for_load_state("load")
    assert "/putin-trump-call-2025/differences.html#p-" in page.url
    assert problems.found == []


def test_reworded_versions_are_read_side_by_side(browser: Browser, bundled_site_url: str) -> None:
    """A version sharing little wording with the first stands whole beside it on a wide screen,
    its shared words highlighted, instead of a strike-through wall; on a phone the versions stack."""
    for viewport, beside in ((DESKTOP, True), (PHONE, False)):
        context = browser.new_context(viewport=viewport)
        try:
            page = context.new_page()
            page.goto(bundled_site_url + "putin-trump-call-2025/differences.html")
            later = ".version-beside:not(:first-child)"
            block = page.locator(f".diff-block:has({later})").first
            first, reworded = block.locator(".version").nth(0), block.locator(later).first
            assert reworded.locator("del, ins").count() == 0
            assert reworded.locator("mark.shared").count() > 0 and first.locator("mark.shared").count() > 0
            one, two = first.bounding_box(), reworded.bounding_box()
            assert one is not None and two is not None
            if beside:
                assert abs(one["y"] - two["y"]) < 2 and two["x"] > one["x"] + one["width"]
                width = block.bounding_box()
                assert width is not None and width["width"] > 0.75 * DESKTOP["width"], "the text uses the width"
            else:
                assert two["y"] >= one["y"] + one["height"]
        finally:
            context.close()


def test_deep_link_into_the_grid_reveals_the_column(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "bridge-vote/compare/all.html?s=harbour-herald&s=city-wire#northern-notes-s5")
    assert page.locator("#northern-notes-s5").is_visible()
    assert in_viewport(page, "#northern-notes-s5")
    assert page.locator(".s.is-active").count() == 2  # p6: City Wire and Northern Notes
    assert problems.found == []


# ----------------------------------------------------------------- search


def test_search_finds_and_leads_to_a_sentence(page: Page, problems: _Problems, site_url: str) -> None:
    page.goto(site_url + "index.html")
    _follow(page, "Search", within="header")
    page.get_by_label("Words to find").fill("ferry bicycles")
    page.get_by_label("Words to find").press("Enter")
    results = page.locator("[data-search-results] li")
    results.first.wait_for()
    assert results.count() == 1
    assert page.locator("[data-search-status]").inner_text() == "1 result for “ferry bicycles”."
    assert page.locator("[data-search-results] mark").all_inner_texts() == ["ferry", "bicycles"]
    assert "search.html?q=ferry%20bicycles" in page.url
    results.first.get_by_role("link").click()
    page.wait_for_url("**/bridge-vote/sources/northern-notes.html#northern-notes-s4")
    assert "is-target" in (page.locator("#northern-notes-s4").get_attribute("class") or "")
    assert in_viewport(page, "#northern-notes-s4")
    assert problems.found == []


def test_search_covers_stories_sources_and_quotes_and_keeps_text_as_text(
    page: Page, problems: _Problems, site_url: str
) -> None:
    page.goto(site_url + "search.html?q=" + "Ortiz")
    page.locator("[data-search-results] li").first.wait_for()
    kinds = page.eval_on_selector_all("[data-search-results] li", "items => items.map(i => i.className)")
    assert "result result-quote" in kinds and "result result-sentence" in kinds
    page.goto(site_url + "search.html?q=lighthouse")
    page.locator("[data-search-results] li").first.wait_for()
    assert page.locator(".result-story").count() == 1
    page.goto(site_url + "search.html?q=" + "Wire")
    page.locator(".result-source").first.wait_for()
    # Article text that looks like markup is shown, not run.
    page.goto(site_url + "search.html?q=" + "%3Cscript%3E")
    page.locator("[data-search-results] li").first.wait_for()
    assert "<script>alert(1)</script>" in page.locator("[data-search-results]").inner_text()
    assert page.locator("[data-search-results] script").count() == 0
    page.goto(site_url + "search.html?q=zzzqqq")
    page.wait_for_function("document.querySelector('[data-search-status]').textContent.startsWith('Nothing')")
    assert problems.found == []


# ------------------------------------------------------------ without JS


def test_reading_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "bridge-vote/compare/all.html")
        assert page.locator(".cmp-head .cmp-cell:visible").count() == 3, "every source shows without the picker"
        assert not page.locator("form[data-sources-picker]").is_visible()
        page.goto(site_url + "search.html")
        assert page.get_by_text("needs JavaScript").is_visible()
        assert not page.locator("form[data-search]").is_visible()
        _follow(page, "the list of stories")
        assert page.url.endswith("/index.html")
        page.goto(site_url + "bridge-vote/sources/city-wire.html#city-wire-s6")
        assert in_viewport(page, "#city-wire-s6")
        outline = page.eval_on_selector("#city-wire-s6", "e => getComputedStyle(e).outlineStyle")
        assert outline == "solid", "the :target style marks a deep link without the script"
    finally:
        context.close()


# ------------------------------------------------------------- publishing


def _write(files: dict[str, bytes], root: Path) -> Path:
    for path, content in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    return root


def test_404_page_works_at_any_depth_under_a_sub_path(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Published at https://user.github.io/repo/, a missing deep URL gets 404.html with its style and working links."""
    files = render_all(SAMPLE_ANALYSES, SiteConfig(base_url="https://user.github.io/repo/"), default_theme())
    root = _write(files, tmp_path_factory.mktemp("subpath"))
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        assets: dict[str, int] = {}
        page.on(
            "response",
            lambda response: "/assets/" in response.url and assets.__setitem__(response.url, response.status),
        )
        with serving(root, _SubPathHandler) as url:
            response = page.goto(url + "repo/a/b/c.html")
            assert response is not None and response.status == 404
            assert page.title() == "Page not found · Story comparison"
            page.wait_for_load_state("load")
            assert assets.get(url + "repo/assets/style.css") == 200, assets
            assert page.evaluate("Array.from(document.styleSheets).some(sheet => sheet.cssRules.length > 20)")
            skip = page.eval_on_selector(".skip-link", "e => getComputedStyle(e).position")
            assert skip == "absolute", "the site's style applies"
            _follow(page, "Go to the list of stories")
            assert page.url == url + "repo/index.html"
            assert page.title() == "Stories · Story comparison"
    finally:
        context.close()


@pytest.fixture(scope="module")
def crowded_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    files = render_all([crowded_story(15)], SiteConfig(), default_theme())
    with serving(_write(files, tmp_path_factory.mktemp("crowded"))) as url:
        yield url


def test_big_story_pair_picker_offers_only_pairs_with_a_page(page: Page, problems: _Problems, crowded_url: str) -> None:
    page.goto(crowded_url + "crowded/compare/index.html")
    picker = page.locator("form[data-pair-picker]")
    assert picker.is_visible()
    left, right = picker.locator("select[name=left]"), picker.locator("select[name=right]")
    left.select_option("src-05")
    offered = right.locator("option:not([disabled])").evaluate_all("options => options.map(o => o.value)")
    assert offered == ["src-01", "src-04", "src-06"], "its three closest, in story order"
    assert page.url.endswith("/crowded/compare/index.html"), "choosing the left source does not leave the page"
    right.select_option("src-06")
    page.wait_for_url("**/crowded/compare/src-05--src-06.html")
    assert page.locator(".cmp-head .cmp-cell").count() == 2
    assert page.locator("form[data-pair-picker]").count() == 0
    _follow(page, "Side by side", within=".story-nav")
    page.locator(".closest-list a[data-left]").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/crowded/compare/src-01--src-02.html")
    assert problems.found == []
