"""Where each page of the site lives, and how one page links to another.

Every page has a *site path*: a posix path relative to the site root, such as
``story/sources/bbc.html``. Links are always computed from the linking page's own
site path, so the site works at a domain root, under a sub-path (GitHub Pages)
and when opened from ``file://``. Directory URLs (``story/``) are never used
because ``file://`` does not resolve them to ``index.html``.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from urllib.parse import quote, urlsplit

HOME = "index.html"
NOT_FOUND = "404.html"
SEARCH = "search.html"
#: The top level of the prebuilt search index that ``search.html`` fetches (see ``search.py``).
SEARCH_INDEX = "search-index.json"
DATA_INDEX = "data/index.json"
ASSETS_DIR = "assets"
#: What a static host reads besides the pages (see ``publish.py``).
SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
#: Tells GitHub Pages to serve the files as they are instead of running Jekyll over them.
NOJEKYLL = ".nojekyll"


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


def framing_page(slug: str) -> str:
    return f"{slug}/headlines.html"


def passage_target(slug: str, passage_id: str) -> str:
    """A passage on the differences page: the anchor is the passage id itself (``#p-1a2b3c4d``)."""
    return f"{differences_page(slug)}#{passage_id}"


def quote_target(slug: str, quote_id: str) -> str:
    return f"{quotes_page(slug)}#quote-{quote_id}"


def search_shard(slug: str) -> str:
    """The story's sentences and quotes for the search page, fetched only when a query may match them."""
    return f"{slug}/search.json"


def data_export(slug: str) -> str:
    return f"data/{slug}.json"


def asset(name: str) -> str:
    return f"{ASSETS_DIR}/{name}"


def _split(target: str) -> tuple[str, str]:
    path, _, fragment = target.partition("#")
    return path, fragment


@lru_cache(maxsize=8192)
def _quoted_fragment(fragment: str) -> str:
    return quote(fragment, safe="-_.~")


def _with_fragment(href: str, fragment: str) -> str:
    return f"{href}#{_quoted_fragment(fragment)}" if fragment else href


@lru_cache(maxsize=65536)
def _relative_path(path: str, start: str) -> str:
    """The quoted path from the folder ``start`` (``""`` for the root) to the site path ``path``.

    Site paths are normalised (no ``.``, ``..`` or empty segments), so this is plain
    segment arithmetic; ``posixpath.relpath`` would look at the working directory on
    every call, and a site has hundreds of thousands of links.
    """
    if not start:
        return quote(posixpath.normpath(path))
    parts, base = path.split("/"), start.split("/")
    common = 0
    while common < len(base) and common < len(parts) - 1 and parts[common] == base[common]:
        common += 1
    return quote("../" * (len(base) - common) + "/".join(parts[common:]))


def relative_url(target: str, from_page: str) -> str:
    """The href that leads from the page at site path ``from_page`` to ``target``."""
    path, _, fragment = target.partition("#")
    if fragment and path == from_page:
        # A bare fragment scrolls without reloading the page.
        return _with_fragment("", fragment)
    return _href_from_folder(target, from_page.rpartition("/")[0])


@lru_cache(maxsize=65536)
def _href_from_folder(target: str, folder: str) -> str:
    """The href to ``target`` from any page in ``folder``: the pages of one folder (a story's
    sources, its side-by-side views) link to the same sentences and pages over and over."""
    path, fragment = _split(target)
    return _with_fragment(_relative_path(path, folder), fragment)


def base_path(base_url: str) -> str:
    """The path part of the published site's URL, always ending in ``/`` (``"/repo/"``)."""
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


def page_url(base_url: str, path: str) -> str:
    """The absolute URL a page is published at, for ``<link rel="canonical">`` and ``og:url``.

    ``base_url`` ends in ``/`` (``config.normalise_base_url``). Folder index pages get
    their folder URL, as GitHub Pages serves them and as the sitemap lists them.
    """
    base = base_url if base_url.endswith("/") else base_url + "/"
    if path == HOME:
        return base
    if path.endswith("/" + HOME):
        path = path[: -len(HOME)]
    return base + quote(path)


def rooted_url(target: str, site_base_path: str) -> str:
    """An absolute-path href, for pages such as 404 that a server shows at any depth."""
    path, fragment = _split(target)
    return _with_fragment(site_base_path + quote(path), fragment)


def is_web_url(url: str) -> bool:
    """Only http(s) URLs from article metadata become links; ``javascript:`` and friends stay text."""
    return urlsplit(url.strip()).scheme.lower() in {"http", "https"}
