"""Saved web pages as sources (issue 16): the article, the page's metadata, and its chrome listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import site_builder.input.html as html_module
from site_builder.analysis.analyse import analyse_story
from site_builder.build.pipeline import build_site
from site_builder.config import AnalysisSettings, SiteConfig
from site_builder.input.load import load_seeds
from site_builder.reporter import BufferReporter

PAGES = Path(__file__).parent / "fixtures" / "web"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    story = tmp_path / "seeds" / "bridge"
    story.mkdir(parents=True)
    shutil.copy(PAGES / "herald.html", story / "herald.html")
    shutil.copy(PAGES / "gazette.htm", story / "gazette.htm")
    return tmp_path / "seeds"


def test_a_saved_page_gives_its_article_and_the_metadata_it_states(seeds: Path) -> None:
    (story,) = load_seeds(seeds).stories
    analysis = analyse_story(story, AnalysisSettings())
    herald, gazette = sorted(analysis.sources, key=lambda source: source.id, reverse=True)
    assert (herald.metadata.outlet, herald.metadata.byline, herald.metadata.date) == (
        "Harbour Herald",
        "Ana Costa",
        "2025-03-03",
    )
    assert herald.metadata.url == "https://herald.example/news/bridge-vote" and herald.metadata.language == "en"
    assert herald.metadata.title == "Council votes to close Old Harbour Bridge"
    # The page's declared charset is honoured: windows-1252 curly quotes and é read right.
    assert (gazette.metadata.outlet, gazette.metadata.byline) == ("Bay Gazette", "Tom Reyes")
    text = " ".join(sentence.text for sentence in gazette.sentences)
    assert "“We cannot keep patching a structure that is 90 years old,” Mayor Lena Ortiz said" in text
    assert "Café owners" in text
    # Quotes are found in page text like in any seed.
    assert any(q.speaker == "Lena Ortiz" for q in analysis.quotes)


def test_the_page_text_outside_the_article_is_listed_as_removed_never_lost(seeds: Path) -> None:
    (story,) = load_seeds(seeds).stories
    analysis = analyse_story(story, AnalysisSettings())
    gazette = next(source for source in analysis.sources if source.id == "gazette")
    chrome = [piece.text for piece in gazette.removed if piece.reason == "page chrome outside the article"]
    assert chrome == [
        "Front page | Local",
        "We use cookies to improve your experience. Accept all",
        "Share this story: Facebook Twitter Email",
        "Contact us | Terms | Privacy",
    ]
    # Scripts and styles are not text a reader sees: neither article nor chrome.
    assert not any("window.ads" in piece.text or "color:red" in piece.text for piece in gazette.removed)


def test_story_toml_beats_the_page_and_the_page_beats_inference(seeds: Path) -> None:
    (seeds / "bridge" / "story.toml").write_text('[files."herald.html"]\noutlet = "The Herald"\n', encoding="utf-8")
    (story,) = load_seeds(seeds).stories
    analysis = analyse_story(story, AnalysisSettings())
    herald = next(source for source in analysis.sources if source.id == "herald")
    assert herald.metadata.outlet == "The Herald" and herald.metadata.byline == "Ana Costa"
    gazette = next(source for source in analysis.sources if source.id == "gazette")
    # The text says "the Bay Gazette has learned" and the page names itself: the page's name is kept.
    assert gazette.metadata.outlet == "Bay Gazette"


def test_a_page_without_the_web_extra_is_one_line_naming_the_file(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise ImportError(html_module.INSTALL_HINT)

    monkeypatch.setattr(html_module, "_libraries", missing)
    loaded = load_seeds(seeds)
    errors = [str(d) for d in loaded.diagnostics if d.level == "error"]
    hint = "error: reading .html pages needs the web extra: pip install 'site-builder[web]'; this source is left out"
    assert errors[:2] == [f"bridge/gazette.htm: {hint}", f"bridge/herald.html: {hint}"]
    assert not loaded.stories


def test_a_site_is_built_from_web_pages(seeds: Path) -> None:
    reporter = BufferReporter()
    build_site(SiteConfig(), seeds.parent, reporter)
    page = (seeds.parent / "_site" / "bridge" / "sources" / "gazette.html").read_text(encoding="utf-8")
    assert "page chrome outside the article" in page and "We use cookies" in page
    assert not [d for d in reporter.diagnostics if d.level == "error"]


def test_an_empty_or_scriptonly_page_has_no_article() -> None:
    page = html_module.read_page(b"<html><body><script>x()</script></body></html>", "empty.html")
    assert page.text == "" and page.chrome == ()


def test_a_page_laid_out_like_a_real_outlet_keeps_only_its_story() -> None:
    page = html_module.read_page((PAGES / "courier.html").read_bytes(), "courier.html")
    # JSON-LD in an @graph, Open Graph and the page's lang all read.
    assert page.metadata.outlet == "The Valley Courier" and page.metadata.byline == "Maya Lindqvist"
    assert (page.metadata.date, page.metadata.language) == ("2025-03-05", "en")
    assert page.metadata.url == "https://courier.example/2025/03/05/storm-harbour/"
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Storm closes harbour for a second day" and len(paragraphs) == 5
    assert paragraphs[2].startswith("“We will not send a boat out in this,” harbour master Ines Okafor")
    # The related links and the advertisement inside the story, its caption, byline, sharing
    # buttons and the site's navigation and footer: listed, none of it in the article.
    for piece in (
        "Harbour dredging plan approved",
        "Advertisement",
        "Ferries wait at the pier on Tuesday. (Photo: Jon Reyes/Valley Courier)",
        "By Maya Lindqvist · Updated March 5, 2025",
        "Share this article: Facebook X Email",
        "Home Local Weather Opinion",
        "© 2025 The Valley Courier. All rights reserved.",
    ):
        assert piece in page.chrome and piece not in page.text
