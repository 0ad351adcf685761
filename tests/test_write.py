"""Write stage: atomic swap and guard rails around the output directory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest

from site_builder.build.write import MARKER, WrittenFile, _digest, check_output_dir, staged_site
from site_builder.errors import OutputError


def write_whole_site(files: Mapping[str, bytes], out: Path) -> None:
    """The whole site at once, as a build without stories of its own would write it."""
    with staged_site(out) as site:
        site.add(files)


def test_site_is_written_whole_and_replaced_on_rebuild(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_whole_site({"index.html": b"one", "a/b.html": b"two"}, out)
    assert (out / "index.html").read_bytes() == b"one"
    assert (out / MARKER).is_file()
    write_whole_site({"index.html": b"new"}, out)
    assert (out / "index.html").read_bytes() == b"new"
    assert not (out / "a").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_failed_write_leaves_previous_site_intact(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_whole_site({"index.html": b"old"}, out)

    class Exploding(dict[str, bytes]):
        def __getitem__(self, key: str) -> bytes:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_whole_site(Exploding({"index.html": b"x"}), out)
    assert (out / "index.html").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


@pytest.mark.parametrize("name", ["../escape.html", "/abs.html"])
def test_paths_outside_the_site_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError):
        write_whole_site({name: b"x"}, tmp_path / "_site")


def test_dangerous_output_directories_are_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for out in (tmp_path, seeds, seeds / "site"):
        with pytest.raises(OutputError):
            check_output_dir(out, tmp_path, seeds)
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me")
    with pytest.raises(OutputError, match="did not write"):
        check_output_dir(foreign, tmp_path, seeds)
    check_output_dir(tmp_path / "_site", tmp_path, seeds)


def test_unchanged_files_are_linked_from_the_previous_build(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_whole_site({"same.html": b"unchanged", "edit.html": b"old"}, out)
    before = (out / "same.html").stat().st_ino
    write_whole_site({"same.html": b"unchanged", "edit.html": b"new", "added.html": b"+"}, out)
    assert (out / "same.html").stat().st_ino == before
    assert (out / "edit.html").read_bytes() == b"new" and (out / "added.html").read_bytes() == b"+"


def test_a_file_edited_by_hand_in_the_site_is_written_again(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_whole_site({"page.html": b"built"}, out)
    (out / "page.html").write_bytes(b"hand-edited")
    write_whole_site({"page.html": b"built"}, out)
    assert (out / "page.html").read_bytes() == b"built"


def snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(out)): (p.stat().st_ino, p.read_bytes()) for p in out.rglob("*") if p.is_file()}


def test_a_rebuild_moves_in_only_the_files_whose_bytes_changed(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_whole_site({"same.html": b"same", "a/edit.html": b"old", "gone/deep/page.html": b"x"}, out)
    before = snapshot(out)
    write_whole_site({"same.html": b"same", "a/edit.html": b"new", "a/added.html": b"+"}, out)
    after = snapshot(out)
    assert after["same.html"] == before["same.html"]  # same inode: never rewritten
    assert after["a/edit.html"][1] == b"new" and after["a/added.html"][1] == b"+"
    assert not (out / "gone").exists(), "folders left empty by removed files go too"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]


def test_a_page_written_again_with_the_same_bytes_is_not_moved_in(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    write_whole_site({"page.html": b"same"}, out)
    inode = (out / "page.html").stat().st_ino
    with staged_site(out) as site:
        (site.path / "page.html").write_bytes(b"same")  # as a worker process writes its pages
        site.record([WrittenFile("page.html", _digest(b"same"), 4)])
    assert (out / "page.html").stat().st_ino == inode


@pytest.mark.parametrize("failing_rename", [1, 2, 3, 4, 5])
def test_a_failure_while_updating_in_place_puts_every_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_rename: int
) -> None:
    out = tmp_path / "_site"
    write_whole_site({"keep.html": b"keep", "edit.html": b"old", "gone/page.html": b"gone"}, out)
    before = snapshot(out)
    marker = (out / MARKER).read_bytes()
    renames = 0
    real_replace = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        nonlocal renames
        renames += 1
        if renames == failing_rename:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("site_builder.build.write.os.replace", replace)
    with pytest.raises(OutputError, match="disk is full"):
        write_whole_site({"keep.html": b"keep", "edit.html": b"new", "new.html": b"+"}, out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert (out / MARKER).read_bytes() == marker
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_site"]
