"""The per-story analysis: where a story's title comes from, and titles for stories whose articles state no headline."""

from __future__ import annotations

import pytest

from site_builder.analysis.analyse import analyse_story, humanise
from site_builder.config import AnalysisSettings
from site_builder.model import Metadata, RawSource, RawStory


@pytest.mark.parametrize(
    ("folder", "title"),
    [
        ("L14-kim-jong-nam-vx-nerve-agent", "Kim Jong Nam VX Nerve Agent"),
        ("mn-occupy-evictions-philly-la-2011", "MN Occupy Evictions Philly LA 2011"),
        ("deal-of-the-year", "Deal of the Year"),
        ("the_bridge_reopens", "The Bridge Reopens"),
        ("2025-budget", "2025 Budget"),
        ("01", "01"),
    ],
)
def test_a_folder_name_becomes_a_readable_title(folder: str, title: str) -> None:
    assert humanise(folder) == title


HEADED = "Bridge reopens after repairs\n\nThe old bridge reopened on Monday after six months of work, the city said.\n"
PLAIN = "The old bridge reopened on Monday after six months of repairs, the city said in a statement.\n"


def _story(title: str | None, *texts: str) -> RawStory:
    sources = tuple(
        RawSource(f"{n:02}", f"bridge-news/{n:02}.txt", text, 1, Metadata(), "txt") for n, text in enumerate(texts)
    )
    return RawStory("bridge-news", title, "bridge-news", sources)


def test_a_story_says_where_its_title_comes_from() -> None:
    chosen = analyse_story(_story("Our title", HEADED, PLAIN), AnalysisSettings())
    assert (chosen.title, chosen.title_origin, chosen.title_source) == ("Our title", "story.toml", None)
    headline = analyse_story(_story(None, PLAIN, HEADED), AnalysisSettings())
    assert (headline.title, headline.title_origin, headline.title_source) == (
        "Bridge reopens after repairs",
        "headline",
        "01",
    )
    folder = analyse_story(_story(None, PLAIN, PLAIN), AnalysisSettings())
    assert (folder.title, folder.title_origin) == ("Bridge News", "folder name")
