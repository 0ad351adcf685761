"""Nothing is lost: a build killed or interrupted mid-way leaves the previous site as it was.

The build runs as a real subprocess on a generated seeds tree big enough that writing takes
a moment; it is killed as soon as its staging directory appears. Also: determinism — the
same input gives a byte-identical site whatever the hash seed, file creation order or clock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from site_builder.build.write import MARKER, remove_stale_staging, staged_site

SENTENCES = [
    "The council voted on Monday to close the Old Harbour Bridge for two years of repairs.",
    "Engineers found corrosion in three of the main cables last autumn.",
    "A ferry will run every fifteen minutes while the bridge is closed.",
    "\u201cWe cannot keep patching it,\u201d said Mayor Lena Ortiz.",
    "Shop owners called the closure a disaster for trade.",
]


def make_seeds(seeds: Path, stories: int, order: int = 1) -> None:
    """``stories`` small stories of three sources; ``order=-1`` creates every file in reverse order."""
    files: list[tuple[Path, str]] = []
    for n in range(stories):
        for k, outlet in enumerate(["herald", "wire", "notes"]):
            body = "\n\n".join(f"Story {n}: {s}" for s in SENTENCES[k:] + SENTENCES[:k])
            files.append(
                (seeds / f"story-{n:03d}" / f"{outlet}.md", f"---\noutlet: {outlet.title()} {n}\n---\n{body}\n")
            )
        files.append((seeds / f"story-{n:03d}" / "story.toml", f'title = "Story number {n}"\n'))
    for path, text in files[::order]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def strays(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith("._site."))


def build(project: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # A hang guard only: building the 80-story project takes a few seconds here (2 shared cores, suite running).
    return subprocess.run([sys.executable, "-m", "site_builder", "build", *extra], cwd=project, capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("big")
    # Big enough that the write lasts long enough to be interrupted: at 30 stories a fast write
    # sometimes finished between seeing the staging directory and the signal arriving.
    make_seeds(project / "seeds", 80)
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project


def _kill_when_staging_appears(project: Path, sig: int) -> tuple[int, str]:
    # A new base URL changes every page, so none can be linked from the previous build and
    # the write takes long enough to be caught in the middle.
    command = [sys.executable, "-m", "site_builder", "build", "--base-url", f"https://example.org/{time.time_ns()}/"]
    # SIGINT as a terminal sends it: a test run started in the background (``pytest &``) ignores it,
    # and a child inherits that, so the build would never see the signal.
    process = subprocess.Popen(
        command,
        cwd=project,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Hang guards only: the whole killed build, start to exit, takes under 3 s here.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if any(p.name.startswith("._site.new-") for p in project.iterdir()):
            process.send_signal(sig)
            break
        time.sleep(0.001)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up(big_project: Path, sig: int) -> None:
    site = big_project / "_site"
    before = snapshot(site)
    assert len(before) > 200
    (big_project / "seeds" / "story-000" / "herald.md").write_text(
        "---\noutlet: Changed\n---\nNew text.\n", encoding="utf-8"
    )
    try:
        returncode, stderr = _kill_when_staging_appears(big_project, sig)
        if returncode == 0:
            pytest.fail("the build finished before it could be interrupted; make the seeds tree bigger")
        assert snapshot(site) == before, "the previous site changed"
        if sig == signal.SIGKILL:
            assert strays(big_project), "SIGKILL leaves its staging directory for the next build to remove"
        if sig == signal.SIGINT:
            assert returncode == 130
            assert "Traceback" not in stderr and "interrupted" in stderr
            assert strays(big_project) == []  # cleaned up on the way out
        result = build(big_project)
        assert result.returncode == 0, result.stderr
        assert strays(big_project) == []
        assert "Changed" in (site / "story-000" / "index.html").read_text(encoding="utf-8")
    finally:
        (big_project / "seeds" / "story-000" / "herald.md").unlink()
        make_seeds(big_project / "seeds", 1)


def test_stale_staging_is_removed_only_when_it_is_ours(tmp_path: Path) -> None:
    out = tmp_path / "_site"
    with staged_site(out) as site:
        site.add({"index.html": b"old"})
    ours = tmp_path / "._site.new-abc123"
    (ours / "x").mkdir(parents=True)
    (ours / MARKER).write_bytes(b"")
    retired = tmp_path / "._site.old-def456"
    retired.mkdir()
    (retired / MARKER).write_bytes(b"")
    empty = tmp_path / "._site.new-empty"
    empty.mkdir()
    foreign = tmp_path / "._site.new-notours"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("keep")
    other_name = tmp_path / ".public.new-xyz"
    other_name.mkdir()
    (other_name / MARKER).write_bytes(b"")
    linked = tmp_path / "._site.new-link"
    linked.symlink_to(other_name)
    with staged_site(out) as site:
        site.add({"index.html": b"new"})
    assert (out / "index.html").read_bytes() == b"new"
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["._site.new-link", "._site.new-notours", ".public.new-xyz", "_site"]
    assert (foreign / "keep.txt").read_text() == "keep"
    assert remove_stale_staging(out) == []


def _build_in(project: Path, env_extra: dict[str, str], fake_clock: bool) -> dict[str, bytes]:
    env = dict(os.environ, **env_extra)
    code = (
        "import datetime, time, sys\n"
        "class D(datetime.datetime):\n"
        "    @classmethod\n"
        "    def now(cls, tz=None): return cls(2041, 2, 3, 4, 5, 6, tzinfo=tz)\n"
        "    @classmethod\n"
        "    def utcnow(cls): return cls(2041, 2, 3, 4, 5, 6)\n"
        "    @classmethod\n"
        "    def today(cls): return cls(2041, 2, 3)\n"
        "class T(datetime.date):\n"
        "    @classmethod\n"
        "    def today(cls): return cls(2041, 2, 3)\n"
        "datetime.datetime, datetime.date = D, T\n"
        "t0 = 2243300000.0\n"
        "time.time = lambda: t0\n"
        "time.time_ns = lambda: int(t0 * 1e9)\n"
        "_lt, _gt = time.localtime, time.gmtime\n"
        "time.localtime = lambda s=None: _lt(t0 if s is None else s)\n"
        "time.gmtime = lambda s=None: _gt(t0 if s is None else s)\n"
    ) if fake_clock else ""
    code = "import sys\n" + code + "from site_builder.commands.cli import main\nsys.exit(main(['build']))\n"
    # A hang guard only: each of these builds takes 0.7-2.5 s here.
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=project, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return snapshot(project / "_site")


def test_same_input_gives_a_byte_identical_site(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second project"
    make_seeds(first / "seeds", 3, order=1)
    make_seeds(second / "seeds", 3, order=-1)
    for n, path in enumerate(sorted((second / "seeds").rglob("*"))):
        os.utime(path, (1_000_000 + n * 7919, 1_000_000 + n * 7919))  # other modification times too
    one = _build_in(first, {"PYTHONHASHSEED": "0", "TZ": "UTC"}, fake_clock=False)
    two = _build_in(second, {"PYTHONHASHSEED": "4242", "TZ": "Asia/Kolkata", "LC_ALL": "C"}, fake_clock=True)
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
    assert not any(b"second project" in content or str(first).encode() in content for content in one.values())
