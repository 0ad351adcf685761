"""The command line, run as a user would: flags from any directory, clean errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "site_builder", *args], cwd=cwd, capture_output=True, text=True)


def test_build_with_flags_from_another_directory(tmp_path: Path) -> None:
    seeds = tmp_path / "in"
    (seeds / "event").mkdir(parents=True)
    (seeds / "event" / "a.txt").write_text("The mayor said the bridge would reopen on Monday.\n", encoding="utf-8")
    (seeds / "event" / "b.md").write_text(
        "---\noutlet: Example Gazette\n---\nThe bridge will reopen on Monday, the mayor said.\n", encoding="utf-8"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run("build", "--seeds", "../in", "--out", "../public", "--base-url", "https://x.example/r/", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    for stage in ("load", "clean", "segment", "align", "quotes", "render", "write"):
        assert stage in result.stdout
    assert (tmp_path / "public" / "event" / "index.html").is_file()
    assert "Example Gazette" in (tmp_path / "public" / "event" / "index.html").read_text(encoding="utf-8")


def test_bad_configuration_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "site.toml").write_text("[site]\nout = 3\n", encoding="utf-8")
    result = run("build", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "site.toml" in result.stderr and "should be" in result.stderr


def test_missing_seeds_is_a_clear_error(tmp_path: Path) -> None:
    result = run("build", "--seeds", "nope", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "nope" in result.stderr


def test_refuses_to_overwrite_the_project(tmp_path: Path) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    result = run("build", "--out", ".", cwd=tmp_path)
    assert result.returncode == 1 and "refusing" in result.stderr
    assert (tmp_path / "seeds").is_dir()


def test_console_script_is_declared() -> None:
    assert 'site-builder = "site_builder.commands.cli:main"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")


def test_public_surface_is_importable_from_the_package() -> None:
    import site_builder

    for name in site_builder.__all__:
        assert getattr(site_builder, name) is not None
