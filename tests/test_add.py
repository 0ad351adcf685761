"""``site-builder add URL --story SLUG`` (issue 16), against a server on 127.0.0.1 only."""

from __future__ import annotations

import json
import re
import threading
import time
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from site_builder.build.pipeline import build_site
from site_builder.commands.add import USER_AGENT, FetchError, Limits, add_pages
from site_builder.commands.cli import main
from site_builder.config import SiteConfig
from site_builder.errors import InputError
from site_builder.reporter import BufferReporter

PAGE = (Path(__file__).parent / "fixtures" / "web" / "herald.html").read_bytes()
SECOND_PAGE = (Path(__file__).parent / "fixtures" / "web" / "gazette.htm").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    """Routes: pages, redirects (a chain of n, and one to ftp), 404, JSON, a big page, a slow one."""

    agents: ClassVar[list[str]] = []  # the user agents seen, shared by every request

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class names it so
        pass

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        _Handler.agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/news/bridge":
            self._send(200, PAGE)
        elif path == "/gazette":
            self._send(200, SECOND_PAGE, "text/html; charset=windows-1252")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._send(302, b"", Location="/news/bridge" if left == 0 else f"/hop/{left - 1}")
        elif path == "/to-ftp":
            self._send(301, b"", Location="ftp://127.0.0.1/file.html")
        elif path == "/data":
            self._send(200, b'{"a": 1}', "application/json")
        elif path == "/big":
            self._send(200, b"<html><body>" + b"x" * 300_000 + b"</body></html>")
        elif path == "/big-undeclared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>" + b"y" * 300_000 + b"</body></html>")
            self.close_connection = True
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            time.sleep(3)  # a hang guard elsewhere keeps this bounded; the client gives up at 0.5 s
        else:
            self._send(404, b"<h1>Not found</h1>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


LIMITS = Limits(timeout=0.5, max_bytes=200 * 1024)


def _add(urls: list[str], seeds: Path, **kwargs: object) -> tuple[list[Path], list[str]]:
    said: list[str] = []
    saved = add_pages(urls, "bridge", seeds, limits=LIMITS, say=said.append, **kwargs)  # type: ignore[arg-type]
    return saved, said


def test_a_page_is_saved_named_after_its_site_and_headline_with_its_address_recorded(
    server: str, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    (saved,), said = _add([f"{server}/news/bridge"], seeds)
    assert saved == seeds / "bridge" / "harbour-herald--council-votes-to-close-old-harbour-bridge.html"
    assert saved.read_bytes() == PAGE  # the raw page, as it came
    recorded = tomllib.loads((seeds / "bridge" / STORY_TOML).read_text(encoding="utf-8"))
    entry = recorded["files"][saved.name]
    assert entry["url"] == f"{server}/news/bridge" and entry["fetched"].endswith("Z")
    assert "headline 'Council votes to close Old Harbour Bridge'" in said[0] and "outlet 'Harbour Herald'" in said[0]
    assert _Handler.agents[-1] == USER_AGENT


STORY_TOML = "story.toml"


def test_the_next_build_reads_the_saved_pages(server: str, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    _add([f"{server}/news/bridge", f"{server}/gazette"], seeds)
    reporter = BufferReporter()
    result = build_site(SiteConfig(), tmp_path, reporter)
    (story,) = result.stories
    sources = json.loads((tmp_path / "_site" / "data" / f"{story.slug}.json").read_text(encoding="utf-8"))["sources"]
    assert sorted(source["outlet"] or "" for source in sources) == ["Bay Gazette", "Harbour Herald"]
    assert {source["url"] for source in sources} == {f"{server}/news/bridge", f"{server}/gazette"}
    assert not [d for d in reporter.diagnostics if d.level == "error"]


def test_an_existing_file_is_kept_unless_forced(server: str, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (saved,), _ = _add([f"{server}/news/bridge"], seeds)
    saved.write_bytes(b"<p>my own edit</p>")
    with pytest.raises(InputError, match="already exists; add --force"):
        _add([f"{server}/news/bridge"], seeds)
    assert saved.read_bytes() == b"<p>my own edit</p>"
    _add([f"{server}/news/bridge"], seeds, force=True)
    assert saved.read_bytes() == PAGE
    # Fetched again: one entry for the file in story.toml, not two.
    recorded = (seeds / "bridge" / STORY_TOML).read_text(encoding="utf-8")
    assert recorded.count(f'[files."{saved.name}"]') == 1
    assert tomllib.loads(recorded)["files"][saved.name]["url"] == f"{server}/news/bridge"


def test_up_to_five_redirects_are_followed(server: str, tmp_path: Path) -> None:
    (saved,), _ = _add([f"{server}/hop/4"], tmp_path / "seeds")  # five redirects in all
    assert saved.read_bytes() == PAGE
    with pytest.raises(FetchError, match="more than 5 redirects"):
        _add([f"{server}/hop/5"], tmp_path / "seeds")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404"),
        ("/data", "not a web page (the server says it is application/json)"),
        ("/big", "the page is 293 KiB, over the 200 KiB limit"),
        ("/big-undeclared", "the page is over the 200 KiB limit"),
        ("/slow", "took longer than 0.5 s"),
        ("/to-ftp", "only http and https addresses can be fetched"),
    ],
)
def test_what_cannot_be_added_is_one_clear_message_and_nothing_is_saved(
    server: str, tmp_path: Path, path: str, message: str
) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape(message)) as caught:
        _add([f"{server}{path}"], tmp_path / "seeds")
    assert f"{server}{path}" in str(caught.value)
    assert not (tmp_path / "seeds").exists()
    # A hang guard only (the slow page would take 3 s): the 0.5 s limit is what ended it.
    assert time.monotonic() - started < 2.5


def test_only_http_and_https_are_fetched(tmp_path: Path) -> None:
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x.html", "javascript:alert(1)", "127.0.0.1/page"):
        with pytest.raises(FetchError, match="only http and https"):
            _add([url], tmp_path / "seeds")


def test_the_command_line_prints_what_it_saved_and_fails_in_one_line(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["add", f"{server}/news/bridge", "--story", "bridge"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"saved {server}/news/bridge as ") and "harbour-herald--" in out
    assert main(["add", f"{server}/missing", "--story", "bridge"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"error: {server}/missing: the server answered 404 Not Found"
    assert main(["add", f"{server}/news/bridge", "--story", "Not A Slug"]) == 1
    assert "--story 'Not A Slug' should be a folder name like 'not-a-slug'" in capsys.readouterr().err
