"""Files for the static host."""

from __future__ import annotations

from site_builder.config import SiteConfig
from site_builder.site.publish import publishing_files

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
