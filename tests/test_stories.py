"""Many stories: parallel analysis gives the same result, the cache re-analyses only what changed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from site_builder.analyse import StageTimer
from site_builder.config import AnalysisSettings
from site_builder.load import load_seeds
from site_builder.stories import AnalysisCache, ProgressBar, analyse_stories


def make_seeds(root: Path, stories: int) -> Path:
    for n in range(stories):
        folder = root / f"story-{n}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"The council approved budget number {n} on Monday. Critics objected.\n")
        (folder / "b.txt").write_text(f"On Monday the council approved budget number {n}, officials said.\n")
    return root


def analyse(seeds: Path, **kwargs: object) -> tuple[tuple[object, ...], StageTimer]:
    timer = StageTimer()
    result = analyse_stories(load_seeds(seeds).stories, AnalysisSettings(), timer, **kwargs)  # type: ignore[arg-type]
    return result, timer


def test_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path, 4)
    serial, _ = analyse(seeds, jobs=1)
    parallel, _ = analyse(seeds, jobs=2)
    assert parallel == serial


def test_disk_cache_reanalyses_only_the_changed_story(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 3)
    cache_dir = tmp_path / "cache"
    first, timer = analyse(seeds, cache=AnalysisCache(cache_dir))
    assert timer.seconds["clean"] > 0
    assert len(list(cache_dir.glob("*.pickle"))) == 3

    unchanged = AnalysisCache(cache_dir)
    again, timer = analyse(seeds, cache=unchanged)
    assert again == first and unchanged.hits == 3 and "clean" not in timer.seconds

    (seeds / "story-1" / "b.txt").write_text("A different report entirely.\n")
    edited = AnalysisCache(cache_dir)
    after, _ = analyse(seeds, cache=edited)
    assert edited.hits == 2
    assert after[0] == first[0] and after[2] == first[2] and after[1] != first[1]
    assert len(list(cache_dir.glob("*.pickle"))) == 3, "stale entries are pruned"


def test_a_corrupt_cache_entry_is_ignored(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 1)
    cache_dir = tmp_path / "cache"
    first, _ = analyse(seeds, cache=AnalysisCache(cache_dir))
    for entry in cache_dir.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again, _ = analyse(seeds, cache=AnalysisCache(cache_dir))
    assert again == first


@pytest.mark.parametrize("tty", [False, True])
def test_progress_bar_only_on_a_terminal(tty: bool) -> None:
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    stream = Stream()
    bar = ProgressBar(stream, width=10, delay=0)
    for done in range(5):
        bar(done, 4)
    assert ("4/4 stories" in stream.getvalue()) is tty
