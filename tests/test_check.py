"""``check`` finds what would break for a reader of the built site."""

from __future__ import annotations

import shutil
from pathlib import Path

from site_builder.build.pipeline import build_site
from site_builder.commands.check import check_site
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter

GOOD_PAGE = '<!doctype html><html lang="en"><head><title>{title}</title>{head}</head><body>{body}</body></html>'


def page(path: Path, body: str = "", title: str = "Page", head: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD_PAGE.format(title=title, head=head, body=body), encoding="utf-8")


def test_sound_site_passes(tmp_path: Path) -> None:
    page(tmp_path / "index.html", '<a href="story/index.html#s1">story</a><a href="https://example.org/">out</a>',
         head='<link rel="canonical" href="https://user.example.io/repo/">')
    page(tmp_path / "story" / "index.html", '<p id="s1">x</p><a href="../">home</a><a href="/repo/story/">self</a>')
    assert check_site(tmp_path, "https://user.example.io/repo/") == []


def test_problems_are_found(tmp_path: Path) -> None:
    page(
        tmp_path / "index.html",
        '<a href="missing.html">x</a><a href="other.html#nope">y</a><img src="https://cdn.example.com/a.png" alt="">'
        '<a href="../../etc/passwd">z</a><p>/Users/someone/seeds</p>',
    )
    page(tmp_path / "other.html", title="")
    (tmp_path / "nolang.html").write_text("<html><title>t</title></html>", encoding="utf-8")
    messages = sorted(str(p) for p in check_site(tmp_path))
    assert messages == [
        "index.html: broken link: missing.html",
        "index.html: contains a machine path: '/Users/'",
        "index.html: link leaves the site: ../../etc/passwd",
        "index.html: missing anchor: other.html#nope",
        "index.html: requests an external resource: https://cdn.example.com/a.png",
        "nolang.html: <html> has no lang attribute",
        "other.html: page has no <title>",
    ]


def test_bundled_site_built_for_a_sub_path_passes_and_a_planted_broken_link_fails(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parent.parent
    shutil.copytree(repo / "seeds", tmp_path / "seeds")
    base_url = "https://user.example.io/repo/"
    build_site(SiteConfig(base_url=base_url), tmp_path, BufferReporter())
    site = tmp_path / "_site"
    assert check_site(site, base_url) == []

    page = next((site / "putin-trump-call-2025" / "sources").glob("*.html"))
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("</main>", '<a href="../no-such-page.html#nowhere">x</a></main>', 1), encoding="utf-8")
    problems = [str(p) for p in check_site(site, base_url)]
    assert problems == [f"{page.relative_to(site).as_posix()}: broken link: ../no-such-page.html#nowhere"]
