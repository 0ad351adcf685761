"""The dev server: serves only the finished build, rebuilds on change, survives bad saves."""

from __future__ import annotations

import http.client
import importlib.metadata
import shutil
import threading
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from livereload.handlers import LiveReloadHandler

from site_builder.commands.serve import DevServer, error_banner, inject_before_head_end
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter

if TYPE_CHECKING:  # only the browser test needs Playwright, and gets it through the conftest fixture
    from playwright.sync_api import Browser

REPO = Path(__file__).resolve().parent.parent
STORY = "putin-trump-call-2025"


def make_project(root: Path) -> Path:
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "static", root / "static")
    (root / "pyproject.toml").write_text("[project]\nname = 'not-for-serving'\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    return root


def fetch(server: DevServer, path: str) -> tuple[int, str, dict[str, str]]:
    """GET ``path`` exactly as given (no client-side normalisation of ``..``)."""
    # A hang guard only: a request takes under 3 ms here.
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace"), dict(response.getheaders())
    finally:
        connection.close()


def wait_for_rebuild(server: DevServer) -> None:
    event: threading.Event = server.rebuilt  # type: ignore[attr-defined]
    # A hang guard only: from a save to the finished rebuild takes 0.1-0.2 s here.
    assert event.wait(10), "no rebuild within 10 s"
    event.clear()


def test_pages_get_the_reload_script_and_the_site_is_served(running: DevServer) -> None:
    status, body, headers = fetch(running, f"/{STORY}/index.html")
    assert status == 200
    assert f'<script src="/livereload.js?port={running.port}"></script></head>' in body
    assert headers["Cache-Control"] == "no-store"
    assert fetch(running, "/assets/style.css")[0] == 200
    assert fetch(running, "/livereload.js")[0] == 200
    status, body, _ = fetch(running, "/no-such-page.html")
    assert status == 404 and "livereload.js" in body


@pytest.mark.parametrize(
    "path",
    ["/../pyproject.toml", "/pyproject.toml", "/.git/config", "/%2e%2e/pyproject.toml", "/..%2fpyproject.toml",
     f"/{STORY}/../../pyproject.toml", "/%2e%2e%2f%2e%2e%2fetc/passwd", "/seeds/"],
)
def test_nothing_outside_the_built_site_can_be_fetched(running: DevServer, path: str) -> None:
    status, body, _ = fetch(running, path)
    assert status in (403, 404)
    assert "not-for-serving" not in body and "[core]" not in body


def test_a_seed_edit_is_rebuilt_and_served(running: DevServer) -> None:
    source = running.project_dir / "seeds" / STORY / "003_f12a307bb183d36d.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA freshly added closing sentence.\n", encoding="utf-8")
    wait_for_rebuild(running)
    status, body, _ = fetch(running, f"/{STORY}/sources/003-f12a307bb183d36d.html")
    assert status == 200 and "A freshly added closing sentence." in body


def test_changes_in_quick_succession_are_all_picked_up(running: DevServer) -> None:
    # livereload's own watcher drops changes within 3 s of the previous reload.
    source = running.project_dir / "seeds" / STORY / "003_f12a307bb183d36d.txt"
    original = source.read_text(encoding="utf-8")
    for marker in ("First quick edit.", "Second quick edit."):
        source.write_text(original + f"\n{marker}\n", encoding="utf-8")
        wait_for_rebuild(running)
    body = fetch(running, f"/{STORY}/sources/003-f12a307bb183d36d.html")[1]
    assert "Second quick edit." in body and "First quick edit." not in body


def test_a_broken_template_keeps_the_last_good_site_and_shows_the_error(running: DevServer) -> None:
    template = running.project_dir / "templates" / "index.html"
    good = template.read_text(encoding="utf-8")
    template.write_text(good + "\n{% if %}\n", encoding="utf-8")
    wait_for_rebuild(running)
    status, body, _ = fetch(running, "/index.html")
    assert status == 200
    assert 'id="site-builder-error"' in body and "index.html:" in body
    assert f"/{STORY}/index.html" in body or f"{STORY}/index.html" in body  # still the last good page
    template.write_text(good, encoding="utf-8")
    wait_for_rebuild(running)
    assert 'id="site-builder-error"' not in fetch(running, "/index.html")[1]


def test_requests_are_answered_while_a_build_runs(running: DevServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import site_builder.commands.serve as serve_module

    entered, release, finished = threading.Event(), threading.Event(), threading.Event()
    real_build = serve_module.build_site

    def blocked_build(*args: object, **kwargs: object) -> object:
        entered.set()
        release.wait(60)  # set by the test below; the limit only keeps a failing test from hanging
        try:
            return real_build(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            finished.set()

    monkeypatch.setattr(serve_module, "build_site", blocked_build)
    (running.project_dir / "site.toml").write_text('[site]\ntitle = "Renamed"\n', encoding="utf-8")
    try:
        assert entered.wait(10), "the watcher never started the build"
        # No stopwatch: the build cannot finish before ``release`` is set, so a page that arrives
        # now was served while it ran. A server that waited for the build would make fetch() time out.
        status, body, _ = fetch(running, "/index.html")
        assert status == 200 and not finished.is_set()
        assert "Renamed" not in body
    finally:
        release.set()
    wait_for_rebuild(running)


def test_sub_path_is_served_and_the_root_redirects(tmp_path: Path) -> None:
    config = SiteConfig(base_url="https://user.example.io/repo/")
    server = DevServer(config, make_project(tmp_path), "127.0.0.1", 0, BufferReporter())
    server.start()
    try:
        assert fetch(server, "/repo/index.html")[0] == 200
        status, _, headers = fetch(server, "/")
        assert status == 302 and headers["Location"] == "/repo/"
        assert fetch(server, "/index.html")[0] == 404
    finally:
        server.stop()


def test_a_taken_port_moves_to_the_next_free_one(tmp_path: Path) -> None:
    first = DevServer(SiteConfig(), make_project(tmp_path / "a"), "127.0.0.1", 0, BufferReporter())
    first.start()
    reporter = BufferReporter()
    second = DevServer(SiteConfig(), make_project(tmp_path / "b"), "127.0.0.1", first.port, reporter)
    try:
        second.start()
        assert second.port != first.port
        assert any(f"port {first.port} is in use" in m for m in reporter.messages)
    finally:
        second.stop()
        first.stop()


def test_static_requests_raise_no_warnings(running: DevServer) -> None:
    # livereload's static handler warns on every request under Python 3.12+.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert fetch(running, "/assets/style.css")[0] == 200


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (b"<html><head><title>t</title></head><body></body></html>", b"<title>t</title>X</head>"),
        (b"<HTML><HEAD><TITLE>t</TITLE></HEAD></HTML>", b"<TITLE>t</TITLE>X</HEAD>"),
        (b"<p>no head</p></body>", b"<p>no head</p>X</body>"),
        (b"<p>fragment</p>", b"<p>fragment</p>X"),
    ],
)
def test_reload_script_goes_in_whatever_the_case(page: bytes, expected: bytes) -> None:
    assert expected in inject_before_head_end(page, b"X")


def test_error_banner_escapes_the_message() -> None:
    banner = error_banner("templates/x.html:3: <script>alert(1)</script>")
    assert b"<script>alert" not in banner and b"&lt;script&gt;" in banner


@pytest.mark.browser
def test_an_open_page_reloads_with_the_edited_seed(running: DevServer, browser: Browser) -> None:
    """Save a seed; the page open in Chromium shows the new text without anyone touching it."""
    page = browser.new_page()
    try:
        page.goto(f"http://{running.host}:{running.port}/{STORY}/sources/003-f12a307bb183d36d.html")
        # Hang guards only: the page connects to the reload socket while it loads (under 0.01 s
        # after goto() here) and shows the edit 0.3-0.45 s after the save.
        deadline = time.monotonic() + 10
        while not LiveReloadHandler.waiters:
            assert time.monotonic() < deadline, "the page never connected to the reload socket"
            time.sleep(0.05)
        source = running.project_dir / "seeds" / STORY / "003_f12a307bb183d36d.txt"
        source.write_text(source.read_text(encoding="utf-8") + "\nThe editor added this line.\n", encoding="utf-8")
        page.wait_for_function("() => document.body.innerText.includes('The editor added this line.')", timeout=15_000)
    finally:
        page.close()


def test_tornado_has_a_floor_with_its_security_fixes() -> None:
    # livereload 2.7.1 declares no Tornado floor of its own; we do.
    declared = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"tornado>=6.3.2"' in declared
    installed = tuple(int(part) for part in importlib.metadata.version("tornado").split(".")[:3])
    assert installed >= (6, 3, 2)


@pytest.mark.browser
def test_a_missing_page_at_depth_shows_a_styled_404_with_working_links(running: DevServer, browser: Browser) -> None:
    """Without a base URL the dev server answers /no/such/page.html with 404.html: its style,
    favicon and links must load from there too, with no failed request."""
    page = browser.new_page()
    failed: list[str] = []
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    page.on("requestfailed", lambda request: failed.append(request.url))
    root = f"http://{running.host}:{running.port}/"
    try:
        response = page.goto(root + "no/such/page.html")
        assert response is not None and response.status == 404
        page.wait_for_load_state("load")
        assert failed == [root + "no/such/page.html"], failed
        assert page.eval_on_selector(".skip-link", "e => getComputedStyle(e).position") == "absolute"
        page.get_by_role("link", name="Go to the list of stories").click()
        page.wait_for_load_state("load")
        assert page.url == root + "index.html" and page.title() == "Stories · Story comparison"
    finally:
        page.close()
