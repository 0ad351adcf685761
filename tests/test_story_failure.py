"""A story that fails unexpectedly is left out with one error line; the others are built (issue 19)."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from site_builder.build.pipeline import BuildFailed, build_site
from site_builder.config import SiteConfig
from site_builder.reporter import BufferReporter

REPO = Path(__file__).resolve().parent.parent

# Runs the real command line with the sentence splitter made to fail on one file only. Worker
# processes would not see the patch, so the build runs in this process (--jobs 1).
_FAILING_BUILD = textwrap.dedent(
    """
    import sys
    import site_builder.analysis.analyse as analyse

    real_segment = analyse.segment_source

    def segment_source(cleaned):
        if cleaned.raw.file.endswith("bad.txt"):
            raise IndexError("list index out of range")
        return real_segment(cleaned)

    analyse.segment_source = segment_source
    from site_builder.commands.cli import main
    raise SystemExit(main(["build", "--jobs", "1", *sys.argv[1:]]))
    """
)


def _project(tmp_path: Path) -> Path:
    for story in ("good", "broken"):
        (tmp_path / "seeds" / story).mkdir(parents=True)
        (tmp_path / "seeds" / story / "a.txt").write_text(
            "The mayor said the bridge would reopen on Monday.\n", "utf-8"
        )
    (tmp_path / "seeds" / "broken" / "bad.txt").write_text(
        "The bridge will reopen on Monday, the mayor said.\n", "utf-8"
    )
    return tmp_path


def _build(project: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    # A hang guard only: one of these builds takes about 0.5 s here.
    return subprocess.run(
        [sys.executable, "-c", _FAILING_BUILD, *flags], cwd=project, capture_output=True, text=True, timeout=300
    )


def test_a_failing_story_is_one_error_line_and_the_others_are_built(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = _build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("broken/bad.txt: error: unexpected failure while splitting sentences")
    assert "IndexError: list index out of range" in errors[0] and "story 'broken' left out" in errors[0]
    site = project / "_site"
    assert (site / "good" / "index.html").is_file()
    assert not (site / "broken").exists()
    assert b"broken" not in (site / "index.html").read_bytes()


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = _build(_project(tmp_path), "--verbose")
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr and "in segment_source" in result.stderr


def test_strict_still_stops_everything(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = _build(project, "--strict")
    assert result.returncode == 1
    assert "broken/bad.txt: error: unexpected failure" in result.stderr
    assert not (project / "_site").exists()


def test_a_story_failing_in_a_worker_process_is_left_out(tmp_path: Path) -> None:
    """The same in worker processes, with a failure real code raises: a template that divides
    by zero for one story only (not a template error, so it fails that story, not the build)."""
    for story in ("first", "second", "third"):
        (tmp_path / "seeds" / story).mkdir(parents=True)
        (tmp_path / "seeds" / story / "a.txt").write_text(f"The {story} mayor said the bridge would reopen.\n", "utf-8")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    story_page = tmp_path / "templates" / "story.html"
    story_page.write_text(
        '{% if story.slug == "second" %}{{ 1 // 0 }}{% endif %}' + story_page.read_text("utf-8"), "utf-8"
    )
    reporter = BufferReporter()
    result = build_site(SiteConfig(), tmp_path, reporter, jobs=2)
    (failure,) = [d for d in reporter.diagnostics if d.level == "error"]
    assert failure.file == "second" and "ZeroDivisionError" in failure.message
    assert failure.detail is not None and "ZeroDivisionError" in failure.detail
    assert pickle.loads(pickle.dumps(failure)) == failure
    assert [story.slug for story in result.stories] == ["first", "third"]
    assert (tmp_path / "_site" / "third" / "index.html").is_file() and not (tmp_path / "_site" / "second").exists()


def test_when_every_story_fails_the_previous_site_is_kept(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "only").mkdir(parents=True)
    (tmp_path / "seeds" / "only" / "a.txt").write_text("The mayor said the bridge would reopen.\n", "utf-8")
    build_site(SiteConfig(), tmp_path, BufferReporter())
    before = (tmp_path / "_site" / "only" / "index.html").read_bytes()
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    story_page = tmp_path / "templates" / "story.html"
    story_page.write_text("{{ 1 // 0 }}" + story_page.read_text("utf-8"), "utf-8")
    with pytest.raises(BuildFailed, match="every story failed"):
        build_site(SiteConfig(), tmp_path, BufferReporter(), jobs=1)
    assert (tmp_path / "_site" / "only" / "index.html").read_bytes() == before


def test_a_source_left_with_no_article_text_is_a_warning_naming_it(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "event").mkdir(parents=True)
    (tmp_path / "seeds" / "event" / "a.txt").write_text("The mayor said the bridge would reopen on Monday.\n", "utf-8")
    (tmp_path / "seeds" / "event" / "b.txt").write_text("Advertisement\n\nFollow us on Twitter\n\nPhoto: AP\n", "utf-8")
    reporter = BufferReporter()
    build_site(SiteConfig(), tmp_path, reporter, jobs=1)
    (warning,) = [d for d in reporter.diagnostics if d.file == "event/b.txt"]
    assert warning.level == "warning"
    assert warning.message.startswith("all of this source's text was removed as page furniture (3 pieces")
    assert not [d for d in reporter.diagnostics if d.file == "event/a.txt"]
    overview = (tmp_path / "_site" / "event" / "index.html").read_text("utf-8")
    assert "No article text found in" in overview and "no article text found</td>" in overview
    assert "reported appears in another source too" not in overview
    source_pages = sorted((tmp_path / "_site" / "event" / "sources").glob("*.html"))
    assert sum("No article text found: everything in this file" in p.read_text("utf-8") for p in source_pages) == 1
