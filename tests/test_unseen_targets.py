"""Issue 12's targets on text the rules were not written on, asserted where they are met and
kept as strict xfails where they are not (so they report when reached).

The yardsticks need the development corpora (`../shared/corpora`); without them these tests
skip, as the gold-snippet checks do. Only the development parts are asserted here: the held-out
parts are reported by the benchmarks as totals and never tuned against.
"""

from __future__ import annotations

import pytest

from benchmarks import polnear
from benchmarks.evaluate import DEFAULT_CORPORA, StoryScores, evaluate_story, find_stories, is_held_out, total


@pytest.fixture(scope="module")
def gold_dev_stories() -> list[StoryScores]:
    if not (DEFAULT_CORPORA / "multinews-dev").is_dir():
        pytest.skip("development corpora not available")
    stories, _ = find_stories(DEFAULT_CORPORA, None)
    scores = [evaluate_story(story, gold) for story, gold in stories if not is_held_out(story)]
    assert scores, "no development gold story found"
    return scores


@pytest.fixture(scope="module")
def gold_dev(gold_dev_stories: list[StoryScores]) -> StoryScores:
    return total(gold_dev_stories)


@pytest.fixture(scope="module")
def polnear_dev() -> polnear.Scores:
    corpus = DEFAULT_CORPORA / "polnear-train"
    if not corpus.is_dir():
        pytest.skip("development corpora not available")
    return polnear.evaluate(corpus)["dev"]


def test_article_text_is_almost_never_removed(gold_dev: StoryScores) -> None:
    assert gold_dev.wrongly_removed <= 0.01 * gold_dev.article_snippets


def test_quotes_are_found_on_the_gold_stories(gold_dev: StoryScores) -> None:
    assert gold_dev.quote_detection.precision >= 0.95 and gold_dev.quote_detection.recall >= 0.95


def test_quote_groups_are_precise(gold_dev: StoryScores) -> None:
    assert gold_dev.quote_grouping.precision >= 0.97


def _grouping_short_of(stories: list[StoryScores], measure: str, target: float) -> list[str]:
    """The stories with pairs to score (predicted for precision, gold for recall) whose grouping
    ``measure`` is under ``target``."""
    short = []
    for s in stories:
        grouping = s.quote_grouping
        scored = grouping.tp + (grouping.fp if measure == "precision" else grouping.fn)
        if scored and getattr(grouping, measure) < target:
            short.append(s.story)
    return short


@pytest.mark.xfail(
    strict=True,
    reason="not reached since scrape sets 24 to 26 (written 2026-12-07 and 08 to plant look-alike remarks): "
    "precision 0.94, 0.96, 0.95 and 0.94 on S95, S96, S102 and S106, S95 to S102 the same at the code before "
    "them (404c474), S106 so when first scored (80e6072): a crowd's chant of a speaker's catchphrase, one "
    "catchphrase said by two people, two travellers' like complaints are grouped as one remark (issue 12)",
)
def test_quote_groups_are_precise_on_every_story(gold_dev_stories: list[StoryScores]) -> None:
    loose = _grouping_short_of(gold_dev_stories, "precision", 0.97)
    assert not loose, loose


def test_polnear_quote_detection(polnear_dev: polnear.Scores) -> None:
    assert polnear_dev.found >= 0.95 * polnear_dev.gold_quotes
    assert polnear_dev.exported_matching >= 0.95 * polnear_dev.exported


def test_quote_groups_are_complete(gold_dev: StoryScores) -> None:
    assert gold_dev.quote_grouping.recall >= 0.90


@pytest.mark.xfail(
    strict=True,
    reason="not reached: grouping recall is under 0.90 on some development stories, mostly for different "
    "excerpts of one remark that share no wording (issue 12)",
)
def test_quote_groups_are_complete_on_every_story(gold_dev_stories: list[StoryScores]) -> None:
    short = _grouping_short_of(gold_dev_stories, "recall", 0.90)
    assert not short, short


def test_furniture_is_removed(gold_dev: StoryScores) -> None:
    assert gold_dev.furniture.value >= 0.95


def test_the_outlet_is_read_where_the_text_states_it(gold_dev: StoryScores) -> None:
    assert gold_dev.outlet.value >= 0.90


def test_polnear_speakers_are_right(polnear_dev: polnear.Scores) -> None:
    assert polnear_dev.speaker_right >= 0.90 * polnear_dev.speaker_scored


def test_polnear_speakers_are_rarely_wrong(polnear_dev: polnear.Scores) -> None:
    assert polnear_dev.speaker_wrong <= 0.03 * polnear_dev.speaker_scored
