"""Files a static host needs besides the pages: ``.nojekyll``, ``robots.txt``, ``sitemap.xml``."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..config import SiteConfig


def _page_url(base_url: str, path: str) -> str:
    # Folder index pages are published under their folder URL, as GitHub Pages serves them.
    if path == "index.html":
        return base_url
    if path.endswith("/index.html"):
        return base_url + path[: -len("index.html")]
    return base_url + path


def publishing_files(page_paths: Iterable[str], config: SiteConfig) -> dict[str, bytes]:
    """``.nojekyll`` always (GitHub Pages must not run Jekyll over the output); with a
    ``base_url``, a sitemap of every page and a ``robots.txt`` pointing to it, since both
    need absolute URLs."""
    files = {".nojekyll": b""}
    if not config.base_url:
        files["robots.txt"] = b"User-agent: *\nAllow: /\n"
        return files
    pages = sorted(p for p in page_paths if p.endswith(".html") and p != "404.html")
    entries = "".join(f"  <url><loc>{escape(_page_url(config.base_url, p))}</loc></url>\n" for p in pages)
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )
    files["sitemap.xml"] = sitemap.encode("utf-8")
    files["robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {config.base_url}sitemap.xml\n".encode("utf-8")
    return files
