"""Files a static host needs besides the pages: ``.nojekyll``, ``robots.txt``, ``sitemap.xml``."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..config import SiteConfig
from . import urls


def publishing_files(page_paths: Iterable[str], config: SiteConfig) -> dict[str, bytes]:
    """``.nojekyll`` always (GitHub Pages must not run Jekyll over the output); with a
    ``base_url``, a sitemap of every page and a ``robots.txt`` pointing to it, since both
    need absolute URLs. A page is listed at the URL its canonical link names (``urls.page_url``)."""
    files = {urls.NOJEKYLL: b""}
    if not config.base_url:
        files[urls.ROBOTS] = b"User-agent: *\nAllow: /\n"
        return files
    pages = sorted(p for p in page_paths if p.endswith(".html") and p != urls.NOT_FOUND)
    entries = "".join(f"  <url><loc>{escape(urls.page_url(config.base_url, p))}</loc></url>\n" for p in pages)
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )
    files[urls.SITEMAP] = sitemap.encode("utf-8")
    sitemap_url = urls.page_url(config.base_url, urls.SITEMAP)
    files[urls.ROBOTS] = f"User-agent: *\nAllow: /\nSitemap: {sitemap_url}\n".encode()
    return files
