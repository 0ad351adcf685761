"""Issue 15's target for "where the outlets disagree", measured on the hand-made gold
(``python -m benchmarks.discrepancies``). Most gold stories are in ../shared: without it
these skip, like the other unseen-text targets."""

from __future__ import annotations

import json

import pytest

from benchmarks.discrepancies import GOLD, Tally, score, story_folder
from benchmarks.evaluate import DEFAULT_CORPORA, is_held_out


@pytest.fixture(scope="module")
def dev() -> Tally:
    if not (DEFAULT_CORPORA / "multinews-dev").is_dir():
        pytest.skip("development corpora not available")
    total = Tally()
    for gold in sorted(GOLD.glob("*.json")):
        folder = story_folder(gold.stem, DEFAULT_CORPORA)
        if folder is None or is_held_out(folder):
            continue
        found = score(gold, DEFAULT_CORPORA)
        assert found is not None
        total.add(found)
    return total


def test_the_gold_covers_several_stories_and_is_well_formed() -> None:
    assert len(list(GOLD.glob("*.json"))) >= 10
    for path in GOLD.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["story"] == path.stem
        for item in gold["discrepancies"]:
            assert item["kind"] in ("number", "date", "time", "name") and len(item["values"]) >= 2


@pytest.mark.xfail(
    strict=True, reason="not reached: discrepancies precision 0.79, recall 0.37 on the dev gold (issue 15)"
)
def test_disagreements_are_found_precisely_and_mostly(dev: Tally) -> None:
    assert dev.right_flags >= 0.90 * dev.flags
    assert dev.found_gold >= 0.80 * dev.gold
