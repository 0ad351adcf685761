"""``site-builder add URL [URL…] --story SLUG``: save web pages as sources of a story.

Each page is fetched over http(s) with a time limit, a size limit and at most five redirects,
under a user agent naming the tool, and saved as it came (raw HTML) in ``seeds/SLUG/``,
named after the site and the headline. Its address and the time it was fetched go into the
story's ``story.toml``, where the next build (or the running ``serve``) reads them with the page.
An existing file is never overwritten without ``--force``. Only this command touches the
network, and only for the addresses the user gives it.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError, SiteBuilderError, os_error_message
from ..input.html import read_page
from ..input.load import STORY_FILE, slugify
from ..model import Metadata

USER_AGENT = f"site-builder/{__version__} (saves news pages for a story-comparison site)"
TIMEOUT_SECONDS = 20.0
MAX_PAGE_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(SiteBuilderError):
    """A page could not be fetched; the message names the address."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    final_url: str
    body: bytes
    fetched_at: str


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float = TIMEOUT_SECONDS
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = MAX_REDIRECTS


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by ``fetch`` itself, to count them and check each address."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def _checked_url(url: str, original: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"{original}: only http and https addresses can be fetched (got {url!r})")
    return url


def fetch(url: str, limits: Limits = Limits()) -> Fetched:
    """The page at ``url``, after at most ``limits.max_redirects`` redirects; raises FetchError."""
    current = _checked_url(url, url)
    deadline = time.monotonic() + limits.timeout
    for _ in range(limits.max_redirects + 1):
        request = urllib.request.Request(current, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
        try:
            response = _OPENER.open(request, timeout=limits.timeout)
        except urllib.error.HTTPError as exc:
            exc.close()  # its connection, which it holds open as the response
            if exc.code in _REDIRECTS and exc.headers.get("Location"):
                current = _checked_url(urljoin(current, exc.headers["Location"]), url)
                continue
            raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"{url}: could not be fetched ({reason})") from exc
        with response:
            _check_type(url, response.headers)
            body = _read_limited(url, response, limits, deadline)
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        return Fetched(url, current, body, stamp)
    raise FetchError(f"{url}: more than {limits.max_redirects} redirects")


def _check_type(url: str, headers: Message) -> None:
    kind = (headers.get_content_type() or "").lower()
    if kind not in _HTML_TYPES:
        raise FetchError(f"{url}: not a web page (the server says it is {kind}); only HTML pages can be added")


def _read_limited(url: str, response: object, limits: Limits, deadline: float) -> bytes:
    declared = getattr(response, "headers", Message()).get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"{url}: the page is {_size(int(declared))}, over the {_size(limits.max_bytes)} limit")
    read: Callable[[int], bytes] = response.read  # type: ignore[attr-defined]
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: took longer than {limits.timeout:g} s; try again later")
        try:
            chunk = read(65536)
        except (TimeoutError, OSError) as exc:
            raise FetchError(f"{url}: took longer than {limits.timeout:g} s; try again later") from exc
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(f"{url}: the page is over the {_size(limits.max_bytes)} limit")
        chunks.append(chunk)


def _size(count: int) -> str:
    return f"{count / 1_048_576:.1f} MB" if count >= 1_048_576 else f"{count / 1024:.0f} KiB"


# ------------------------------------------------------------------------- saving


def file_name(metadata: Metadata, url: str) -> str:
    """``harbour-herald--council-votes-to-close-old-harbour-bridge.html``: the site, then the headline
    (from the page's address when it states neither)."""
    parts = urlsplit(url)
    site = slugify(metadata.outlet or parts.hostname or "page")[:30].strip("-")
    headline = slugify(metadata.title or Path(parts.path).stem or "page")[:60].strip("-")
    return f"{site}--{headline}.html"


def _shown(path: Path) -> str:
    """``path`` as the user would type it from where they are."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = "".join(
        {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char)
        or (f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F else char)
        for char in value
    )
    return f'"{escaped}"'


def _record(story_dir: Path, name: str, url: str, fetched_at: str) -> None:
    """Add (or, for a page fetched again, replace) the page's table in ``story.toml``."""
    path = story_dir / STORY_FILE
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    header = f"[files.{_toml_string(name)}]"
    lines = text.split("\n")
    if header in (line.strip() for line in lines):
        start = next(i for i, line in enumerate(lines) if line.strip() == header)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
        lines = lines[:start] + lines[end:]
        text = "\n".join(lines)
    entry = f"{header}\nurl = {_toml_string(url)}\nfetched = {_toml_string(fetched_at)}\n"
    text = text.rstrip("\n")
    path.write_text((text + "\n\n" if text else "") + entry, encoding="utf-8")


def add_pages(
    urls: Sequence[str],
    story: str,
    seeds_dir: Path,
    *,
    force: bool = False,
    limits: Limits = Limits(),
    say: Callable[[str], None] = print,
) -> list[Path]:
    """Fetch and save each page; raises SiteBuilderError on the first that fails (those before it stay saved)."""
    if slugify(story) != story:
        raise InputError(f"--story {story!r} should be a folder name like {slugify(story)!r}")
    story_dir = seeds_dir / story
    saved: list[Path] = []
    for url in urls:
        page = fetch(url, limits)
        try:
            metadata = read_page(page.body, url).metadata
        except InputError:  # no web extra: saved all the same, named after its address
            metadata = Metadata()
        target = story_dir / file_name(metadata, page.final_url)
        if target.exists() and not force:
            raise InputError(f"already exists; add --force to replace it with the page at {url}", _shown(target))
        try:
            story_dir.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.body)
            _record(story_dir, target.name, page.url, page.fetched_at)
        except OSError as exc:
            raise SiteBuilderError(os_error_message(exc, "save the page to")) from exc
        found = ", ".join(
            f"{field} {value!r}"
            for field, value in (
                ("headline", metadata.title),
                ("outlet", metadata.outlet),
                ("byline", metadata.byline),
                ("date", metadata.date),
                ("language", metadata.language),
            )
            if value
        )
        say(f"saved {url} as {_shown(target)} ({len(page.body) / 1024:.0f} KiB; {found or 'no metadata found'})")
        saved.append(target)
    return saved
