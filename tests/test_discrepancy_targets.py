"""Issue 15's target for "where the outlets disagree", measured on the hand-made gold
(``python -m benchmarks.discrepancies``): the development stories at hand, which are always the
repository's invented scrapes and, with ../shared, the multinews-dev clusters too."""

from __future__ import annotations

import json

import pytest

from benchmarks.discrepancies import GOLD, Tally, score, story_folder
from benchmarks.evaluate import DEFAULT_CORPORA, is_held_out


@pytest.fixture(scope="module")
def dev() -> Tally:
    total = Tally()
    for gold in sorted(GOLD.glob("*.json")):
        folder = story_folder(gold.stem, DEFAULT_CORPORA)
        if folder is None or is_held_out(folder):
            continue  # a story in ../shared when it is absent, or held out
        found = score(gold, DEFAULT_CORPORA)
        assert found is not None
        total.add(found)
    assert total.gold >= 20, "the repository's own gold stories were not found"
    return total


def test_the_gold_covers_several_stories_and_is_well_formed() -> None:
    assert len(list(GOLD.glob("*.json"))) >= 10
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["story"] == path.stem
        folder = story_folder(gold["story"], DEFAULT_CORPORA)
        for item in gold["discrepancies"]:
            assert item["kind"] in ("number", "date", "time", "name") and len(item["values"]) >= 2
            for value in item["values"]:
                assert value["value"] in value["snippet"], (path.name, value)
                if folder is not None:  # the story is at hand: each snippet is quoted from its file
                    assert value["snippet"] in (folder / value["file"]).read_text(encoding="utf-8"), (path.name, value)


@pytest.mark.xfail(
    strict=True,
    reason="not reached: precision 0.88, recall 0.58 on the development gold with ../shared, lower on the "
    "repository's scrapes alone (issue 15)",
)
def test_disagreements_are_found_precisely_and_mostly(dev: Tally) -> None:
    assert dev.right_flags >= 0.90 * dev.flags
    assert dev.found_gold >= 0.80 * dev.gold
