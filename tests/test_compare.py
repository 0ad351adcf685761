"""benchmarks.compare builds one corpus with two checked-out versions in turn."""

from __future__ import annotations

import subprocess
from pathlib import Path

from benchmarks.compare import REPO, compare


def test_each_version_is_built_from_its_own_worktree_in_turn_and_the_worktrees_go(tmp_path: Path) -> None:
    versions = compare(["HEAD", "HEAD"], stories=1, sources=2, runs=2, jobs=1, root=tmp_path)
    assert [len(version.walls) for version in versions] == [2, 2]
    assert all(run["clean"] >= 0 and "render" in run for version in versions for run in version.stages)
    listed = subprocess.run(["git", "-C", str(REPO), "worktree", "list"], capture_output=True, text=True, check=True)
    assert str(tmp_path) not in listed.stdout


def test_edits_time_rebuilds_that_analyse_the_edited_story_only(tmp_path: Path) -> None:
    versions = compare(["HEAD", "HEAD"], stories=2, sources=2, runs=2, jobs=1, root=tmp_path, edits=True)
    assert [len(version.walls) for version in versions] == [2, 2]
    # Each rebuild analysed and rendered something: the edit was seen, not answered "up to date".
    assert all("clean" in run and "render" in run for version in versions for run in version.stages)
    copies = sorted(tmp_path.glob("corpus-*"))
    assert len(copies) == 2
    edited = [p for p in (copies[0] / "seeds").rglob("*.txt") if p.read_text().endswith("added by an editor.\n")]
    assert len(edited) == 2, "each run edits another article"
