"""``site-builder serve``: build, serve on loopback, rebuild on change and reload the browser.

Built on the ``livereload`` package (its WebSocket reload protocol and client script),
but not on ``livereload.Server``, whose traps (livereload 2.7.1) must not reach users:

* it ignores changes made within 3 s of the previous reload — we never let its watcher
  decide; our own watcher thread rebuilds on every change and we tell the browsers to
  reload ourselves, once the new build is complete;
* it serves the current directory (the whole repository, ``.git`` included) when no root
  is given — we serve only the latest finished build, through a handler that refuses
  any path outside it;
* it injects its script only before a literal lowercase ``</head>`` — we inject it before
  ``</head>`` in any case, else before ``</body>``, else at the end of the page;
* it runs the rebuild on its event loop, blocking every request meanwhile — our builds
  run on a worker thread while the previous build keeps being served;
* its static handler raises a DeprecationWarning per request on Python 3.12+
  (``datetime.utcfromtimestamp``) — we use Tornado's own static handler.

Each build goes into a fresh directory and the server switches to it only when it is
complete, so a reader never sees a half-built site; a failed build keeps the last good
site up, with the error shown in the terminal and on every page until a save fixes it.
"""

from __future__ import annotations

import asyncio
import errno
import html
import ipaddress
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from livereload.watcher import Watcher
from tornado import httpserver, web
from tornado.ioloop import IOLoop

from ..build.pipeline import build_site
from ..build.stories import AnalysisCache
from ..build.uptodate import CACHE_DIR
from ..build.write import MARKER
from ..config import CONFIG_FILE, SiteConfig
from ..errors import SiteBuilderError, os_error_message
from ..input.walk import files_under
from ..reporter import ConsoleReporter, Reporter

#: How often the watcher looks at file times. Low enough for a sub-second edit-to-reload.
POLL_SECONDS = 0.05
#: Ports tried after the requested one when it is taken.
PORT_ATTEMPTS = 20
#: How long a replaced build stays on disk for requests that began on it.
RETIRED_BUILD_SECONDS = 30.0
#: How long a connection may take to send its request headers (and may stay idle between requests).
HEADER_TIMEOUT_SECONDS = 10.0

_CLIENT_SCRIPT = '<script src="/livereload.js?port={port}"></script>'
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def inject_before_head_end(page: bytes, snippet: bytes) -> bytes:
    """Insert ``snippet`` before ``</head>`` whatever its case, else before ``</body>``, else at the end."""
    for pattern in (_HEAD_END, _BODY_END):
        match = pattern.search(page)
        if match:
            return page[: match.start()] + snippet + page[match.start() :]
    return page + snippet


def error_banner(message: str) -> bytes:
    """A fixed banner that tells the reader the page is the last good build, and why."""
    text = html.escape(message)
    return (
        '<div role="alert" id="site-builder-error" style="position:fixed;inset:auto 0 0 0;z-index:2147483647;'
        "margin:0;padding:1em;background:#7a0010;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;"
        'max-height:50vh;overflow:auto">'
        f"<strong>Rebuild failed; showing the last good build.</strong>\n{text}</div>"
    ).encode()


@dataclass
class ServedSite:
    """What the server shows: the directory of the last good build and the last error."""

    root: Path
    base_path: str
    live_port: int
    error: str | None = None
    #: Answer requests for any host name (the user chose a non-loopback --host).
    any_host: bool = False


def _is_loopback_name(host: str) -> bool:
    """``localhost``, ``127.x.x.x`` or ``::1`` (a ``Host`` header's name, without port or brackets)."""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _snapshot(paths: list[Path]) -> dict[str, tuple[int, int]]:
    state: dict[str, tuple[int, int]] = {}
    for top in paths:
        if top.is_file():
            candidates = [str(top)]
        elif top.is_dir():
            candidates = [entry.path for entry in files_under(top)]
        else:
            continue
        for path in candidates:
            try:
                stat = os.stat(path)
            except OSError:
                continue  # deleted between listing and stat: the next poll sees it gone
            state[path] = (stat.st_mtime_ns, stat.st_size)
    return state


class SiteHandler(web.StaticFileHandler):
    """Serves the current build; pages get the reload script and, after a failure, the error."""

    site: ServedSite

    def initialize(self, site: ServedSite) -> None:  # type: ignore[override]
        self.site = site
        super().initialize(path=str(site.root), default_filename="index.html")

    def prepare(self) -> None:
        # A page elsewhere can point its own name at 127.0.0.1 (DNS rebinding) and read the drafts
        # served here: on a loopback address only loopback names are answered.
        if not self.site.any_host and not _is_loopback_name(self.request.host_name):
            raise web.HTTPError(403, reason="Host not allowed")

    async def get(self, path: str, include_body: bool = True) -> None:
        if "\x00" in path:
            raise web.HTTPError(400, reason="Bad path")  # no file name holds a NUL
        if MARKER in path.split("/"):
            raise web.HTTPError(404)  # the build's digest list is ours, not the site's
        if not Path(self.root).is_dir():
            # Not one good build yet: all there is to show is why.
            self._send_page(b"<!doctype html><html lang=en><title>Build failed</title></html>", 500, include_body)
            return
        self.path = self.parse_url_path(path)
        absolute = self.get_absolute_path(self.root, self.path)
        checked = self.validate_absolute_path(self.root, absolute)
        if checked is None:
            return  # validate_absolute_path already answered (redirect to the folder's slash form)
        if not checked.endswith(".html"):
            await super().get(path, include_body)
            return
        self.absolute_path = checked
        self._send_page(Path(checked).read_bytes(), 200, include_body)

    def compute_etag(self) -> str | None:
        # Pages differ by injected state (the error banner), not only by file content.
        if getattr(self, "absolute_path", "").endswith(".html") or not hasattr(self, "absolute_path"):
            return None
        return super().compute_etag()

    def _send_page(self, page: bytes, status: int, include_body: bool = True) -> None:
        snippet = _CLIENT_SCRIPT.format(port=self.site.live_port).encode("ascii")
        if self.site.error:
            snippet += error_banner(self.site.error)
        body = inject_before_head_end(page, snippet)
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        # A page must never come from the browser's cache after a rebuild.
        self.set_header("Cache-Control", "no-store")
        if include_body:
            self.write(body)
        self.finish()

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        not_found = Path(self.site.root) / "404.html"
        if status_code == 404 and not_found.is_file():
            self._send_page(not_found.read_bytes(), 404)
            return
        super().write_error(status_code, **kwargs)


class _RedirectToBase(web.RequestHandler):
    def initialize(self, base_path: str) -> None:
        self.base_path = base_path

    def get(self) -> None:
        self.redirect(self.base_path)


def _bind(host: str, port: int) -> tuple[list[socket.socket], int]:
    """Bind ``port`` or, when it is taken, the next free one."""
    for candidate in range(port, port + PORT_ATTEMPTS):
        try:
            listener = socket.create_server((host, candidate), backlog=128)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise SiteBuilderError(f"cannot listen on {host}:{candidate}: {exc.strerror}") from exc
            if port == 0:
                raise
            continue
        listener.setblocking(False)
        return [listener], listener.getsockname()[1]
    raise SiteBuilderError(f"ports {port} to {port + PORT_ATTEMPTS - 1} on {host} are all taken; pick one with --port")


class DevServer:
    """The build-watch-serve loop. ``start()`` returns once the first build is served."""

    def __init__(self, config: SiteConfig, project_dir: Path, host: str, port: int, reporter: Reporter) -> None:
        self.config = config
        self.project_dir = project_dir
        self.host = host
        self.requested_port = port
        self.reporter = reporter
        self.cache = AnalysisCache(project_dir / CACHE_DIR)
        self.builds = Path(tempfile.mkdtemp(prefix="site-builder-serve-"))
        self.build_count = 0
        self.base_path = urlsplit(config.base_url).path or "/"
        self.site = ServedSite(
            root=self.builds / "empty", base_path=self.base_path, live_port=0, any_host=not _is_loopback_name(host)
        )
        self.port = 0
        self.header_timeout = HEADER_TIMEOUT_SECONDS
        self.loop: IOLoop | None = None
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._threads: list[threading.Thread] = []
        self.on_rebuilt: Callable[[], None] | None = None
        #: Builds replaced by a newer one, with when: deleted once no request can still be on them.
        self._retired: list[tuple[float, Path]] = []
        self._retired_lock = threading.Lock()

    # -- building -----------------------------------------------------------------

    def watched_paths(self) -> list[Path]:
        project = self.project_dir
        return [project / self.config.seeds, project / "templates", project / "static", project / CONFIG_FILE]

    def rebuild(self) -> bool:
        """Build into a fresh directory and switch to it; on failure keep the last good one."""
        self.build_count += 1
        target = self.builds / f"build-{self.build_count}"
        started = time.perf_counter()
        try:
            # Unchanged stories' files are linked from the build being served, as a rebuild of
            # the site folder links them from the site it replaces.
            build_site(
                self.config,
                self.project_dir,
                self.reporter,
                out_dir=target,
                cache=self.cache,
                reuse_from=self.site.root,
            )
        except Exception as exc:
            # Anything else is our bug, not the input's; it is reported the same way, by its kind,
            # and the next save is built as usual.
            if isinstance(exc, SiteBuilderError):
                message = str(exc)
            elif isinstance(exc, OSError):
                message = os_error_message(exc, "read or write")
            else:
                message = f"unexpected {type(exc).__name__} while building: {exc}"[:2000]
            self.site.error = message
            self.reporter.info(f"rebuild failed after {time.perf_counter() - started:.2f} s: {message}")
            self.reporter.info("still serving the last good build; save a fix and it rebuilds by itself")
            shutil.rmtree(target, ignore_errors=True)
            self._reload_browsers()
            return False
        previous = self.site.root
        self.site.root = target
        self.site.error = None
        self.reporter.info(f"rebuilt in {time.perf_counter() - started:.2f} s")
        self._reload_browsers()
        if previous != target:
            # A request that began on the old build may not have opened its file yet: the old
            # build stays on disk a while, so no reader sees a 404 for a page that exists.
            with self._retired_lock:
                self._retired.append((time.monotonic(), previous))
        return True

    def _retire_old_builds(self, *, now: float | None = None) -> None:
        """Delete builds replaced more than ``RETIRED_BUILD_SECONDS`` ago."""
        now = time.monotonic() if now is None else now
        with self._retired_lock:
            due = [path for since, path in self._retired if now - since >= RETIRED_BUILD_SECONDS]
            self._retired = [(since, path) for since, path in self._retired if now - since < RETIRED_BUILD_SECONDS]
        for path in due:
            shutil.rmtree(path, ignore_errors=True)

    def _reload_browsers(self) -> None:
        if self.loop is not None:
            self.loop.add_callback(LiveReloadHandler.reload_waiters, "*")
        if self.on_rebuilt is not None:
            self.on_rebuilt()

    def _watch(self, known: dict[str, tuple[int, int]]) -> None:
        while not self._stop.wait(POLL_SECONDS):
            self._retire_old_builds()
            try:
                current = _snapshot(self.watched_paths())
            except Exception as exc:
                self.reporter.info(f"could not look for changes ({type(exc).__name__}: {exc}); trying again")
                continue
            if current == known:
                continue
            changed = sorted(set(current) ^ set(known) | {p for p in current if current[p] != known.get(p)})
            # A save made while this build runs differs from `current`, so it triggers the next one.
            known = current
            self.reporter.info(f"changed: {Path(changed[0]).name if changed else '?'}; rebuilding")
            self.rebuild()

    # -- serving ------------------------------------------------------------------

    def _application(self) -> web.Application:
        LiveReloadHandler.watcher = Watcher()  # only read for log lines; we never let it watch
        LiveReloadHandler.live_css = False
        base = re.escape(self.base_path)
        handlers: list[Any] = [
            (r"/livereload", LiveReloadHandler),
            (r"/livereload.js", LiveReloadJSHandler),
            (base + r"(.*)", SiteHandler, {"site": self.site}),
        ]
        if self.base_path != "/":
            outside = r"(?:/|" + re.escape(self.base_path.rstrip("/")) + r")$"
            handlers.append((outside, _RedirectToBase, {"base_path": self.base_path}))
        return web.Application(handlers)

    def _serve(self, sockets: list[socket.socket]) -> None:
        asyncio.set_event_loop(asyncio.new_event_loop())
        self.loop = IOLoop.current()
        # A client that never finishes its request headers is dropped, not held open for an hour.
        server = httpserver.HTTPServer(self._application(), idle_connection_timeout=self.header_timeout)
        server.add_sockets(sockets)
        self._ready.set()
        self.loop.start()
        server.stop()
        self.loop.close(all_fds=False)

    def start(self) -> str:
        """Build once, start serving and watching; returns the URL."""
        sockets, self.port = _bind(self.host, self.requested_port)
        if self.requested_port and self.port != self.requested_port:
            self.reporter.info(f"port {self.requested_port} is in use; using {self.port} instead")
        self.site.live_port = self.port
        # Taken before the first build, so that a save made during it triggers a rebuild.
        baseline = _snapshot(self.watched_paths())
        self.rebuild()
        serving = threading.Thread(target=self._serve, args=(sockets,), name="serve", daemon=True)
        watching = threading.Thread(target=self._watch, args=(baseline,), name="watch", daemon=True)
        self._threads = [serving, watching]
        serving.start()
        self._ready.wait()
        watching.start()
        url = f"http://{self.host}:{self.port}{self.base_path}"
        self.reporter.info(f"serving on {url} (Ctrl-C to stop)")
        return url

    def stop(self) -> None:
        self._stop.set()
        if self.loop is not None:
            self.loop.add_callback(self.loop.stop)
        for thread in self._threads:
            thread.join(timeout=5)
        shutil.rmtree(self.builds, ignore_errors=True)


def serve(config: SiteConfig, project_dir: Path, host: str, port: int, reporter: Reporter | None = None) -> None:
    """Run the dev server until interrupted."""
    server = DevServer(config, project_dir, host, port, reporter or ConsoleReporter())
    try:
        server.start()  # a failure here too removes the server's temporary folder
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
