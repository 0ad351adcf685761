"""benchmarks/pages.py tells each kind of page the site writes by its path (issue 17's pair-page question)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.pages import kind_of, tally
from site_builder.site import urls


def test_every_page_kind_is_told_from_the_paths_the_site_writes() -> None:
    slug = "a-story"
    assert kind_of(urls.compare_pair_page(slug, "s1", "s2")) == "pair (side by side)"
    assert kind_of(urls.compare_all_page(slug)) == "grid of all sources"
    assert kind_of(urls.compare_index_page(slug)) == "side-by-side index"
    assert kind_of(urls.source_page(slug, "s1")) == "source"
    assert kind_of(urls.story_page(slug)) == "story overview"
    assert kind_of(urls.differences_page(slug)) == "differences"
    assert kind_of(urls.quotes_page(slug)) == "quotes"
    assert kind_of(urls.framing_page(slug)) == "headlines and leads"
    assert kind_of(urls.HOME) == "other page"


def test_tally_counts_pages_and_bytes(tmp_path: Path) -> None:
    (tmp_path / "a-story" / "compare").mkdir(parents=True)
    (tmp_path / "a-story" / "compare" / "s1--s2.html").write_text("x" * 1000, encoding="utf-8")
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    pages, raw, packed = tally(tmp_path)
    assert pages == {"pair (side by side)": 1, "other page": 1}
    assert raw["pair (side by side)"] == 1000
    assert 0 < packed["pair (side by side)"] < 1000
