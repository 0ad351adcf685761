"""Where each page of the site lives, and how one page links to another.

Every page has a *site path*: a posix path relative to the site root, such as
``story/sources/bbc.html``. Links are always computed from the linking page's own
site path, so the site works at a domain root, under a sub-path (GitHub Pages)
and when opened from ``file://``. Directory URLs (``story/``) are never used
because ``file://`` does not resolve them to ``index.html``.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote, urlsplit

HOME = "index.html"
NOT_FOUND = "404.html"
SEARCH = "search.html"
#: The prebuilt search index that ``search.html`` fetches (see ``search.py``).
SEARCH_INDEX = "search-index.json"
DATA_INDEX = "data/index.json"
ASSETS_DIR = "assets"


def story_page(slug: str) -> str:
    return f"{slug}/index.html"


def source_page(slug: str, source_id: str) -> str:
    return f"{slug}/sources/{source_id}.html"


def sentence_target(slug: str, source_id: str, sentence_id: str) -> str:
    return f"{source_page(slug, source_id)}#{sentence_id}"


def compare_index_page(slug: str) -> str:
    return f"{slug}/compare/index.html"


def compare_all_page(slug: str) -> str:
    """Every source of the story in one aligned grid; its script narrows it to the 2-4 a reader picks."""
    return f"{slug}/compare/all.html"


def compare_pair_page(slug: str, left_id: str, right_id: str) -> str:
    return f"{slug}/compare/{left_id}--{right_id}.html"


def differences_page(slug: str) -> str:
    return f"{slug}/differences.html"


def quotes_page(slug: str) -> str:
    return f"{slug}/quotes.html"


def passage_target(slug: str, passage_id: str) -> str:
    """A passage on the differences page: the anchor is the passage id itself (``#p-1a2b3c4d``)."""
    return f"{differences_page(slug)}#{passage_id}"


def quote_target(slug: str, quote_id: str) -> str:
    return f"{quotes_page(slug)}#quote-{quote_id}"


def data_export(slug: str) -> str:
    return f"data/{slug}.json"


def asset(name: str) -> str:
    return f"{ASSETS_DIR}/{name}"


def _split(target: str) -> tuple[str, str]:
    path, _, fragment = target.partition("#")
    return path, fragment


def _with_fragment(href: str, fragment: str) -> str:
    return f"{href}#{quote(fragment, safe='-_.~')}" if fragment else href


def relative_url(target: str, from_page: str) -> str:
    """The href that leads from the page at site path ``from_page`` to ``target``."""
    path, fragment = _split(target)
    if path == from_page and fragment:
        # A bare fragment scrolls without reloading the page.
        return _with_fragment("", fragment)
    start = posixpath.dirname(from_page) or "."
    return _with_fragment(quote(posixpath.relpath(path, start)), fragment)


def base_path(base_url: str) -> str:
    """The path part of the published site's URL, always ending in ``/`` (``"/repo/"``)."""
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


def rooted_url(target: str, site_base_path: str) -> str:
    """An absolute-path href, for pages such as 404 that a server shows at any depth."""
    path, fragment = _split(target)
    return _with_fragment(site_base_path + quote(path), fragment)


def is_web_url(url: str) -> bool:
    """Only http(s) URLs from article metadata become links; ``javascript:`` and friends stay text."""
    return urlsplit(url.strip()).scheme.lower() in {"http", "https"}
