"""``site-builder check``: verify a built site the way a reader's browser would use it."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: Attributes whose URL the browser fetches by itself (as opposed to links a reader follows).
_FETCHED = {
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("link", "href"),
}
_LINK_RELS_NOT_FETCHED = {"canonical", "alternate", "author", "license", "help", "search"}
_MACHINE_PATH = re.compile(r"file:/|(?<![\w.])/(?:home|root|Users|tmp|var/folders)/|[A-Za-z]:\\\\")


@dataclass(frozen=True, slots=True)
class Problem:
    page: str
    message: str

    def __str__(self) -> str:
        return f"{self.page}: {self.message}"


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url)
        self.lang: str | None = None
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "title":
            self._in_title = True
        for attribute in ("href", "src", "data"):
            if attribute in values:
                rel = set(values.get("rel", "").lower().split())
                kind = "link" if tag == "link" and rel & _LINK_RELS_NOT_FETCHED else tag
                self.links.append((kind, attribute, values[attribute]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _parse(page: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


def check_site(site_dir: Path, base_url: str = "") -> list[Problem]:
    """Every problem found in the built site at ``site_dir``; an empty list means it is sound.

    ``base_url`` is the URL the site was built for, so root-relative links under its
    path (``/repo/...``) resolve to files of the site.
    """
    base_path = urlsplit(base_url).path if base_url else "/"
    base_host = urlsplit(base_url).netloc
    pages = sorted(site_dir.rglob("*.html"))
    parsed = {page: _parse(page) for page in pages}
    problems: list[Problem] = []
    for page, info in parsed.items():
        name = page.relative_to(site_dir).as_posix()
        if not info.lang:
            problems.append(Problem(name, "<html> has no lang attribute"))
        if not info.title.strip():
            problems.append(Problem(name, "page has no <title>"))
        text = page.read_text(encoding="utf-8")
        if machine_path := _MACHINE_PATH.search(text):
            problems.append(Problem(name, f"contains a machine path: {machine_path[0]!r}"))
        for tag, attribute, url in info.links:
            problems.extend(_check_link(site_dir, page, name, parsed, tag, attribute, url, base_path, base_host))
    return problems


def _check_link(
    site_dir: Path,
    page: Path,
    name: str,
    parsed: dict[Path, _PageParser],
    tag: str,
    attribute: str,
    url: str,
    base_path: str,
    base_host: str,
) -> list[Problem]:
    parts = urlsplit(url)
    fetched = (tag, attribute) in _FETCHED
    if parts.scheme in ("mailto", "tel", "data") or url.startswith("javascript:"):
        return []
    if parts.scheme or parts.netloc:
        if parts.netloc == base_host and parts.path.startswith(base_path):
            target = site_dir / unquote(parts.path[len(base_path) :])
        elif fetched:
            return [Problem(name, f"requests an external resource: {url}")]
        else:
            return []
    elif url.startswith("/"):
        if not url.startswith(base_path):
            return [Problem(name, f"root-relative link outside the site's base path {base_path!r}: {url}")]
        target = site_dir / unquote(parts.path[len(base_path) :])
    else:
        target = page.parent / unquote(parts.path) if parts.path else page
    target = Path(os.path.normpath(target))
    if target.is_dir() or (parts.path.endswith("/") and not target.suffix):
        target = target / "index.html"
    try:
        target.resolve().relative_to(site_dir.resolve())
    except ValueError:
        return [Problem(name, f"link leaves the site: {url}")]
    if not target.is_file():
        return [Problem(name, f"broken link: {url}")]
    if parts.fragment and target.suffix == ".html":
        info = parsed.get(target)
        ids = info.ids if info else _parse(target).ids
        if unquote(parts.fragment) not in ids:
            return [Problem(name, f"missing anchor: {url}")]
    return []
