"""Nothing gets in: injection payloads in article text, metadata and names stay inert text.

The payloads (``tests/fixtures/xss/``, plus hostile file and folder names made at run time)
go through the real build. Then (a) every page is parsed: no script, event handler or
``javascript:`` URL that we did not write, and template syntax stays literal; (b) every page
is opened in real Chromium, which must show no dialog, no page error and no injected element.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from site_builder.build.pipeline import build_site
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter

from browsing import serving

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "xss" / "seeds"
HOSTILE_FOLDER = "<img src=x onerror=alert(1)> {{ 7*7 }}"
HOSTILE_FILES = {
    "<svg onload=alert(1)>.txt": "The council voted on Monday to close the Old Harbour Bridge for repairs.\n",
    '" onmouseover="alert(1).md': (
        "---\ntitle: <script>alert(1)</script>\n---\nThe bridge will close for repairs, the council said.\n"
    ),
    "{{ 7*7 }} {% raw %}.txt": "Councillors voted on Monday to shut the bridge for two years.\n",
}
#: The theme's own scripts, the only ones a page may load: external files from assets/ (from the
#: page's folder, or from the site's root on the 404 page), never inline.
OWN_SCRIPT = re.compile(r"(?:(?:\.\./)*|/)assets/[a-z0-9_-]+\.js")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("xss")
    shutil.copytree(FIXTURES, project / "seeds")
    for name, text in HOSTILE_FILES.items():
        (project / "seeds" / HOSTILE_FOLDER).mkdir(exist_ok=True)
        (project / "seeds" / HOSTILE_FOLDER / name).write_text(text, encoding="utf-8")
    reporter = BufferReporter()
    result = build_site(SiteConfig(), project, reporter)
    assert result.errors == 0, reporter.diagnostics
    assert len(result.stories) == 2
    return project / "_site"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if (
                name in {"href", "src", "action", "formaction", "xlink:href", "srcset"}
                and value
                and "".join(value.split()).lower().startswith(("javascript:", "vbscript:", "data:text/html"))
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            if not OWN_SCRIPT.fullmatch(values.get("src") or ""):
                self.problems.append(f"<script {values}>")
            self._in_script = True
        if tag in {"iframe", "object", "embed", "svg", "base", "meta"} and tag != "meta":
            self.problems.append(f"<{tag}>")
        if tag == "img" and values.get("src") == "x":
            self.problems.append("<img src=x>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.problems.append(f"inline script: {data[:60]!r}")
        self.text.append(data)


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_payload_becomes_markup_and_templates_stay_literal(site: Path) -> None:
    pages = _pages(site)
    assert len(pages) > 15
    texts = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parser = _Page()
        parser.feed(html)
        parser.close()
        assert parser.problems == [], f"{page.relative_to(site)}: {parser.problems}"
        assert 'href="javascript:' not in html.lower() and "Template probe 49" not in html
        texts.append(" ".join(" ".join(parser.text).split()))
    text = "\n".join(texts)
    for literal in ["Template probe {{ 7*7 }} end", "Raw probe {% raw %} end", "<script>alert(1)</script>",
                    "<img src=x onerror=alert(1)>", '" onmouseover="alert(1)']:
        assert literal in text, f"{literal!r} should be shown as text"
    export = "".join(p.read_text(encoding="utf-8") for p in (site / "data").glob("*.json"))
    assert "{{ 7*7 }}" in export and "Template probe 49" not in export


@pytest.fixture(scope="module")
def site_url(site: Path) -> Iterator[str]:
    with serving(site) as url:
        yield url


INJECTED = """(assets) => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) found.push(`${el.tagName} ${attr}`);
    }
    const url = (el.getAttribute('href') || el.getAttribute('src') || '').replace(/\\s/g, '').toLowerCase();
    if (url.startsWith('javascript:')) found.push(`${el.tagName} ${url}`);
  }
  for (const s of document.scripts) {
    if (!s.src.startsWith(assets) || s.textContent.trim()) found.push('script ' + s.src + s.textContent.slice(0, 40));
  }
  for (const img of document.images) if (img.getAttribute('src') === 'x') found.push('img src=x');
  found.push(...document.querySelectorAll('svg[onload], iframe, object, embed'));
  if (window.__xss) found.push('__xss');
  return found.map(String);
}"""


@pytest.mark.browser
def test_no_script_runs_in_real_chromium(site: Path, site_url: str, browser: Browser) -> None:
    dialogs: list[str] = []
    errors: list[str] = []
    console: list[str] = []
    page = browser.new_page()
    try:
        page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        page.on("console", lambda message: console.append(f"{page.url}: {message.type}: {message.text}"))
        for path in _pages(site):
            page.goto(site_url + path.relative_to(site).as_posix(), wait_until="load")
            page.mouse.move(5, 5)
            page.mouse.move(400, 400, steps=4)
            injected = page.evaluate(INJECTED, site_url + "assets/")
            assert injected == [], f"{path.relative_to(site)}: {injected}"
    finally:
        page.close()
    assert dialogs == [] and errors == []
    assert [line for line in console if "alert" in line or ": error:" in line] == []
