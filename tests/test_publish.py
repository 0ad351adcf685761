"""Files for the static host."""

from __future__ import annotations

import re

from site_builder.config import SiteConfig
from site_builder.site.publish import publishing_files
from site_builder.site.urls import page_url

PAGES = ["index.html", "404.html", "story/index.html", "story/quotes.html", "assets/style.css"]


def test_sitemap_and_robots_use_the_absolute_base_url() -> None:
    files = publishing_files(PAGES, SiteConfig(base_url="https://user.example.io/repo/"))
    assert files[".nojekyll"] == b""
    sitemap = files["sitemap.xml"].decode()
    assert "<loc>https://user.example.io/repo/</loc>" in sitemap
    assert "<loc>https://user.example.io/repo/story/</loc>" in sitemap
    assert "<loc>https://user.example.io/repo/story/quotes.html</loc>" in sitemap
    assert "404" not in sitemap and "style.css" not in sitemap
    assert files["robots.txt"].decode().endswith("Sitemap: https://user.example.io/repo/sitemap.xml\n")


def test_without_a_base_url_there_is_no_sitemap() -> None:
    files = publishing_files(PAGES, SiteConfig())
    assert "sitemap.xml" not in files and "Sitemap" not in files["robots.txt"].decode()


def test_sitemap_lists_each_page_at_its_canonical_url() -> None:
    base = "https://user.example.io/repo/"
    files = publishing_files(["my story/index.html", "my story/sources/a&b.html"], SiteConfig(base_url=base))
    sitemap = files["sitemap.xml"].decode()
    # The same (quoted) URLs as the pages' own <link rel="canonical">, which is what a sitemap must list.
    for path in ("my story/index.html", "my story/sources/a&b.html"):
        assert f"<loc>{page_url(base, path)}</loc>" in sitemap
    assert "<loc>https://user.example.io/repo/my%20story/</loc>" in sitemap
    assert not re.search(r"<loc>[^<]* ", sitemap), "a URL holds no raw space"
