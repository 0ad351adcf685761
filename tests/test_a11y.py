"""Accessibility audit with axe-core in real Chromium: every page type, light and dark, zero violations.

axe-core is vendored (tests/vendor/axe-core, MPL-2.0, version in its README and in
package.json), so a clean clone needs no npm. It is injected into each page and run
with the WCAG 2.0/2.1 A and AA rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from test_browser import (  # noqa: F401 - fixtures are used by name
    DESKTOP,
    PHONE,
    ROOT,
    _Problems,
    bundled_site_dir,
    bundled_site_url,
    crowded_url,
    rendered,
    site_url,
)

pytestmark = pytest.mark.browser

AXE_DIR = Path(__file__).resolve().parent / "vendor" / "axe-core"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ["light", "dark"]

#: One page of every type of the hand-made sample (with its awkward cases), as reached in a browser.
SAMPLE_PAGES = [
    "index.html",
    "404.html",
    "search.html",
    "search.html?q=ortiz",
    "bridge-vote/index.html",
    "bridge-vote/sources/city-wire.html",
    "bridge-vote/sources/harbour-herald.html#harbour-herald-s3",
    "bridge-vote/compare/index.html",
    "bridge-vote/compare/harbour-herald--city-wire.html",
    "bridge-vote/compare/all.html",
    "bridge-vote/differences.html#p3",
    "bridge-vote/quotes.html",
    "lone-report/index.html",
    "lone-report/sources/bay-gazette.html",
    "lone-report/compare/index.html",
]

STORY = "putin-trump-call-2025"
#: The same page types on the site built from the bundled seeds (real articles, file-name-only sources).
BUNDLED_PAGES = [
    "index.html",
    "search.html?q=putin",
    f"{STORY}/index.html",
    f"{STORY}/sources/002-ebcd78db847dc72b.html",
    f"{STORY}/sources/000-40a87b1b7e68ecaa.html",
    f"{STORY}/compare/index.html",
    f"{STORY}/compare/000-40a87b1b7e68ecaa--001-9802384b410b2aff.html",
    f"{STORY}/compare/all.html?s=000-40a87b1b7e68ecaa&s=001-9802384b410b2aff&s=002-ebcd78db847dc72b&s=003-f12a307bb183d36d",
    f"{STORY}/differences.html",
    f"{STORY}/quotes.html",
    f"{STORY}/headlines.html",
]


@pytest.fixture(scope="module")
def axe_source() -> str:
    return (AXE_DIR / "axe.min.js").read_text(encoding="utf-8")


def _violations(page: Page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result: dict[str, Any] = page.evaluate(
        "tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
    ]


@pytest.fixture(scope="module", params=SCHEMES)
def scheme(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def themed_page(browser: Browser, scheme: str) -> Iterator[tuple[Page, _Problems]]:
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    problems = _Problems()
    try:
        yield problems.watch(context.new_page()), problems
    finally:
        context.close()


@pytest.mark.parametrize("path", SAMPLE_PAGES)
def test_sample_pages_pass_axe(themed_page: tuple[Page, _Problems], site_url: str, axe_source: str, path: str) -> None:  # noqa: F811
    page, problems = themed_page
    page.goto(site_url + path)
    if "?q=" in path:
        page.locator("[data-search-results] li").first.wait_for()
    assert _violations(page, axe_source) == []
    assert problems.found == []


@pytest.mark.parametrize("path", BUNDLED_PAGES)
def test_bundled_pages_pass_axe(
    themed_page: tuple[Page, _Problems], bundled_site_url: str, axe_source: str, path: str  # noqa: F811
) -> None:
    page, problems = themed_page
    page.goto(bundled_site_url + path)
    if "?q=" in path:
        page.locator("[data-search-results] li").first.wait_for()
    assert _violations(page, axe_source) == []
    assert problems.found == []


@pytest.mark.parametrize(
    "path",
    [
        "crowded/index.html",
        "crowded/compare/index.html",
        "crowded/compare/src-05--src-06.html",
        "crowded/sources/src-05.html",
    ],
)
def test_big_story_pages_pass_axe(
    themed_page: tuple[Page, _Problems], crowded_url: str, axe_source: str, path: str  # noqa: F811
) -> None:
    """A story with more sources than get a page per pair: its bounded pages and the narrowing picker."""
    page, problems = themed_page
    page.goto(crowded_url + path)
    if path.endswith("compare/index.html"):
        page.locator("form[data-pair-picker] select[name=left]").select_option("src-07")
    assert _violations(page, axe_source) == []
    assert problems.found == []


def test_interactive_states_pass_axe(themed_page: tuple[Page, _Problems], site_url: str, axe_source: str) -> None:  # noqa: F811
    """Highlighted counterparts, a focused sentence and a picker at its limit are checked too."""
    page, problems = themed_page
    page.goto(site_url + "bridge-vote/compare/all.html?s=harbour-herald&s=city-wire")
    page.locator('.s[data-passage="p3"]:visible').first.focus()
    page.keyboard.press("Enter")
    assert page.locator(".s.is-active").count() == 2
    page.locator("form[data-sources-picker] input[value=northern-notes]").check()
    assert _violations(page, axe_source) == []
    page.goto(site_url + "search.html?q=zzzqqq")
    page.wait_for_function("document.querySelector('[data-search-status]').textContent.startsWith('Nothing')")
    assert _violations(page, axe_source) == []
    assert problems.found == []


def test_phone_layout_passes_axe(browser: Browser, site_url: str, axe_source: str) -> None:  # noqa: F811
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        for path in (
            "bridge-vote/compare/harbour-herald--city-wire.html",
            "bridge-vote/index.html",
            "bridge-vote/differences.html",
        ):
            page.goto(site_url + path)
            assert _violations(page, axe_source) == [], path
    finally:
        context.close()


def test_vendored_axe_matches_package_json() -> None:
    header = (AXE_DIR / "axe.min.js").read_text(encoding="utf-8")[:200]
    vendored = re.search(r"axe v(\d+\.\d+\.\d+)", header)
    assert vendored is not None
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]["axe-core"]
    assert vendored.group(1) == pinned
    assert f"axe-core {pinned}" in (AXE_DIR / "README.md").read_text(encoding="utf-8")
    assert "Mozilla Public License" in (AXE_DIR / "LICENSE").read_text(encoding="utf-8")
