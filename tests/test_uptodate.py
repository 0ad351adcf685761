"""A rebuild with nothing changed stops after a look at file dates (issue 17), and anything that
changes what the site holds builds again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
STORY = "putin-trump-call-2025"


def build(project: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    # A hang guard only: a build of the bundled story takes about a second here.
    return subprocess.run(
        [sys.executable, "-m", "site_builder", "build", *flags],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    assert build(tmp_path).returncode == 0
    return tmp_path


def _up_to_date(result: subprocess.CompletedProcess[str]) -> bool:
    return result.stdout.startswith("up to date: nothing changed since the last build")


def test_nothing_changed_is_said_without_importing_the_analysis(project: Path) -> None:
    probe = (
        "import sys\n"
        "from site_builder.commands.cli import main\n"
        "code = main(['build'])\n"
        "print('ANALYSIS IMPORTED' if 'site_builder.build.pipeline' in sys.modules else 'NOT IMPORTED', code)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=project, capture_output=True, text=True, timeout=300)
    assert "up to date: nothing changed since the last build, 0 warning(s), 0 error(s)" in done.stdout
    assert done.stdout.strip().endswith("NOT IMPORTED 0")


@pytest.mark.parametrize(
    "change",
    ["edit a seed", "add a seed", "delete the site", "change site.toml", "add a template", "no cache"],
)
def test_anything_that_changes_the_site_builds_again(project: Path, change: str) -> None:
    flags: list[str] = []
    seed = project / "seeds" / STORY / "003_f12a307bb183d36d.txt"
    if change == "edit a seed":
        seed.write_text(seed.read_text(encoding="utf-8") + "\nA new sentence.\n", encoding="utf-8")
    elif change == "add a seed":
        (project / "seeds" / STORY / "009.txt").write_text("The mayor said the bridge would reopen.\n")
    elif change == "delete the site":
        shutil.rmtree(project / "_site")
    elif change == "change site.toml":
        (project / "site.toml").write_text('[site]\ntitle = "Other title"\n', encoding="utf-8")
    elif change == "add a template":
        (project / "templates").mkdir()
        (project / "templates" / "404.html").write_text("<!doctype html><title>Gone</title>\n")
    else:
        flags = ["--no-cache"]
    again = build(project, *flags)
    assert again.returncode == 0 and not _up_to_date(again), again.stdout
    assert "built 1 story" in again.stdout
    if flags:
        # --no-cache writes nothing to the cache folder: the stamp there is of the site before it.
        assert not _up_to_date(build(project))
    # And then it is up to date again.
    assert _up_to_date(build(project))


def test_the_last_builds_problems_and_exit_status_are_repeated(project: Path) -> None:
    (project / "seeds" / STORY / "empty.txt").write_text("")
    first = build(project)
    second = build(project)
    assert _up_to_date(second) and "1 warning(s)" in second.stdout
    assert first.returncode == second.returncode
    assert "empty.txt: warning: empty article" in first.stderr and "empty.txt: warning: empty article" in second.stderr


def test_library_versions_are_the_installed_ones() -> None:
    """Read from the metadata folders' names, they agree with importlib.metadata, and a library
    that is not installed reads as "-"."""
    from importlib import metadata

    from site_builder.build import uptodate

    def expected(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "-"

    assert uptodate._library_versions() == [f"{name}={expected(name)}" for name in uptodate._LIBRARIES]
    assert "jinja2=-" not in uptodate._library_versions()
