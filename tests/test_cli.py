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


def test_every_code_package_is_listed_for_wheels() -> None:
    # setuptools is given an explicit package list (the theme lives outside the package), so a
    # new sub-package must be added to it or installed wheels fail at import.
    import tomllib

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    code = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "site_builder").rglob("__init__.py")
        if "data" not in init.parent.relative_to(REPO).parts
    }
    assert code - listed == set()


def test_an_installed_package_finds_its_own_theme(tmp_path: Path) -> None:
    # A wheel carries templates/ and static/ as site_builder/theme/{templates,static}, folders
    # without __init__.py; the default theme must be found there, not next to the package.
    site = tmp_path / "site-packages"
    shutil.copytree(REPO / "site_builder", site / "site_builder", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "templates", site / "site_builder" / "theme" / "templates")
    shutil.copytree(REPO / "static", site / "site_builder" / "theme" / "static")
    probe = "from site_builder.site.theme import default_theme; print(default_theme().templates[0])"
    found = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()) == site / "site_builder" / "theme" / "templates"


def _story(seeds: Path) -> None:
    (seeds / "event").mkdir(parents=True)
    (seeds / "event" / "a.txt").write_text("The mayor said the bridge would reopen on Monday.\n", encoding="utf-8")


def test_a_mistyped_flag_gets_the_command_usage_and_a_suggestion(tmp_path: Path) -> None:
    result = run("build", "--seeeds", "x", cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: site-builder build" in result.stderr
    assert "unrecognized argument '--seeeds'; did you mean --seeds?" in result.stderr


def test_a_shortened_flag_is_refused_not_guessed(tmp_path: Path) -> None:
    _story(tmp_path / "seeds")
    result = run("build", "--seed", "seeds", cwd=tmp_path)
    assert result.returncode == 2 and "did you mean --seeds?" in result.stderr
    assert not (tmp_path / "_site").exists()


def test_a_base_url_that_makes_no_working_links_is_refused(tmp_path: Path) -> None:
    _story(tmp_path / "seeds")
    for bad in ("notaurl", "ftp://files.example/site/", "https:///no-host/"):
        result = run("build", "--base-url", bad, cwd=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr, bad
        assert result.stderr.count("\n") == 1 and "base URL" in result.stderr, result.stderr
    assert not (tmp_path / "_site").exists()
    (tmp_path / "site.toml").write_text('[site]\nbase_url = "example.com"\n', encoding="utf-8")
    result = run("build", cwd=tmp_path)
    assert result.returncode == 1 and "site.toml" in result.stderr and "base URL" in result.stderr
    (tmp_path / "site.toml").unlink()
    for good in ("https://user.example.io/repo", "/repo/"):
        result = run("build", "--base-url", good, cwd=tmp_path)
        assert result.returncode == 0, result.stderr


def test_seeds_that_name_a_file_say_so(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    result = run("build", "--seeds", "notes.md", cwd=tmp_path)
    assert result.returncode == 1 and "is a file, not a folder of stories" in result.stderr
    assert "not found" not in result.stderr


def test_an_empty_seeds_folder_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    result = run("build", cwd=tmp_path)
    assert result.returncode == 1 and "no stories found; nothing was written" in result.stderr
    assert not (tmp_path / "_site").exists()
