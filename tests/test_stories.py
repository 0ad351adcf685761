"""Many stories: parallel work gives the same result; the cache redoes only what changed."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from site_builder.analysis import analyse
from site_builder.analysis.analyse import StageTimer
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import find_quotations
from site_builder.build.stories import (
    AnalysisCache,
    ProcessedStories,
    ProgressBar,
    _run,
    _Task,
    process_stories,
)
from site_builder.build.write import MARKER, staged_site
from site_builder.config import SiteConfig
from site_builder.input.load import load_seeds
from site_builder.model import Diagnostic, StoryAnalysis
from site_builder.site.theme import Theme, default_theme

THEME = default_theme()


def make_seeds(root: Path, stories: int) -> Path:
    for n in range(stories):
        folder = root / f"story-{n}"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"The council approved budget number {n} on Monday. Critics objected.\n")
        (folder / "b.txt").write_text(f"On Monday the council approved budget number {n}, officials said.\n")
    return root


def process(
    seeds: Path, theme: Theme = THEME, **kwargs: object
) -> tuple[ProcessedStories, StageTimer, dict[str, bytes]]:
    """The stories processed into a site beside ``seeds``, and that site's files once swapped in."""
    timer = StageTimer()
    out = seeds.parent / "_site"
    with staged_site(out) as site:
        result = process_stories(load_seeds(seeds).stories, SiteConfig(), theme, timer, site, **kwargs)  # type: ignore[arg-type]
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != MARKER}
    return result, timer, files


def test_worker_processes_give_the_same_result(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 4)
    serial, _, serial_files = process(seeds, jobs=1)
    parallel, _, parallel_files = process(seeds, jobs=2)
    assert parallel == serial and parallel_files == serial_files
    assert len(parallel_files) == sum(len(story.files) for story in parallel.stories) > 4


def test_pages_written_by_workers_never_reach_the_main_process(tmp_path: Path) -> None:
    """Only each story's listing and file digests come back; the pages are already on disk."""
    seeds = make_seeds(tmp_path / "seeds", 3)
    result, _, files = process(seeds, jobs=2)
    for story in result.stories:
        assert all(len(files[file.path]) == file.size for file in story.files)
        assert story.slug + "/index.html" in {file.path for file in story.files}


def test_disk_cache_redoes_only_the_changed_story(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 3)
    cache_dir = tmp_path / "cache"
    first, timer, first_files = process(seeds, cache=AnalysisCache(cache_dir))
    assert timer.seconds["clean"] > 0 and timer.seconds["render"] > 0
    # An analysis and a rendering per story, and each source's own analysis.
    assert len(list(cache_dir.glob("*.pickle"))) == 3 * 2 + 3 * 2

    again, timer, files = process(seeds, cache=AnalysisCache(cache_dir))
    assert (again.stories, again.reused, files) == (first.stories, 3, first_files)
    assert "clean" not in timer.seconds and "render" not in timer.seconds

    (seeds / "story-1" / "b.txt").write_text("A different report entirely.\n")
    after, _, files = process(seeds, cache=AnalysisCache(cache_dir))
    assert after.reused == 2
    assert after.stories[0] == first.stories[0] and after.stories[1] != first.stories[1]
    assert files["story-1/index.html"] != first_files["story-1/index.html"]
    assert len(list(cache_dir.glob("*.pickle"))) == 12, "stale entries are pruned"


def test_an_edited_source_is_the_only_one_cleaned_and_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other sources' own analyses come from the cache; the site is what a fresh build makes."""
    seeds = make_seeds(tmp_path / "seeds", 1)
    (seeds / "story-0" / "c.txt").write_text('"We approved it," the mayor said on Monday.\n')
    cache_dir = tmp_path / "cache"
    process(seeds, cache=AnalysisCache(cache_dir))
    edited = 'On Monday the council approved the budget, officials said. "It is done," Ann Lee said.\n'
    (seeds / "story-0" / "b.txt").write_text(edited)
    cleaned, read = [], []
    monkeypatch.setattr(analyse, "clean_source", lambda raw: cleaned.append(raw.file) or clean_source(raw))
    monkeypatch.setattr(analyse, "find_quotations", lambda source: read.append(source.file) or find_quotations(source))
    after, _, files = process(seeds, cache=AnalysisCache(cache_dir))
    assert cleaned == read == ["story-0/b.txt"]
    monkeypatch.undo()
    shutil.rmtree(tmp_path / "_site")
    fresh, _, fresh_files = process(seeds)
    assert after.stories == fresh.stories and files == fresh_files


def test_a_lost_site_is_rendered_again_from_the_cached_analyses(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 2)
    cache_dir = tmp_path / "cache"
    _, _, first_files = process(seeds, cache=AnalysisCache(cache_dir))
    (tmp_path / "_site" / "story-0" / "index.html").unlink()  # the previous site is no longer as built
    again, timer, files = process(seeds, cache=AnalysisCache(cache_dir))
    assert files == first_files and again.reused == 2
    assert "clean" not in timer.seconds and timer.seconds["render"] > 0


def test_a_template_change_renders_again_without_analysing(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 2)
    templates = tmp_path / "theme"
    shutil.copytree(THEME.templates[0], templates)
    theme = Theme((templates,), THEME.static)
    cache_dir = tmp_path / "cache"
    _, _, first_files = process(seeds, theme, cache=AnalysisCache(cache_dir))
    story_template = templates / "story.html"
    story_template.write_text(story_template.read_text(encoding="utf-8").replace("</h1>", " (edited)</h1>", 1))
    again, timer, files = process(seeds, theme, cache=AnalysisCache(cache_dir))
    assert again.reused == 2 and "clean" not in timer.seconds and timer.seconds["render"] > 0
    assert files["story-0/index.html"] != first_files["story-0/index.html"]


def _edit(template: Path, marker: str) -> None:
    template.write_text(template.read_text(encoding="utf-8").replace("</h1>", f" {marker}</h1>", 1), encoding="utf-8")


def test_a_change_in_either_layer_of_a_theme_renders_again(tmp_path: Path) -> None:
    """The project's own folder overrides one template; the default theme (here a copy) has the rest."""
    seeds = make_seeds(tmp_path / "seeds", 1)
    own, default = tmp_path / "own", tmp_path / "default"
    shutil.copytree(THEME.templates[0], default)
    own.mkdir()
    shutil.copy(default / "story.html", own / "story.html")
    theme = Theme((own, default), THEME.static)
    cache = AnalysisCache(tmp_path / "cache")

    def rendered_again() -> tuple[bool, dict[str, bytes]]:
        _, timer, files = process(seeds, theme, cache=cache)
        return "render" in timer.seconds, files

    assert rendered_again()[0]
    assert not rendered_again()[0], "nothing changed: the pages come from the cache"
    _edit(own / "story.html", "(own)")
    changed, pages = rendered_again()
    assert changed and "(own)</h1>" in pages["story-0/index.html"].decode()
    _edit(default / "quotes.html", "(default)")
    changed, pages = rendered_again()
    assert changed and "(default)</h1>" in pages["story-0/quotes.html"].decode()
    # The default's story.html is hidden by the project's, yet a change to it renders again: safe, and rare.
    _edit(default / "story.html", "(hidden)")
    changed, pages = rendered_again()
    assert changed and "(hidden)" not in pages["story-0/index.html"].decode()


def test_a_corrupt_cache_entry_is_ignored(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path / "seeds", 1)
    cache_dir = tmp_path / "cache"
    first, _, first_files = process(seeds, cache=AnalysisCache(cache_dir))
    for entry in cache_dir.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again, _, files = process(seeds, cache=AnalysisCache(cache_dir))
    assert (again.stories, files, again.reused) == (first.stories, first_files, 0)


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


def test_analyses_come_back_only_for_a_cache_kept_in_this_process(tmp_path: Path) -> None:
    """Workers store new analyses in a cache folder themselves; only an in-memory cache needs them sent."""
    seeds = make_seeds(tmp_path / "seeds", 2)
    memory = AnalysisCache()
    process(seeds, jobs=2, cache=memory)
    assert sum(isinstance(value, StoryAnalysis) for value in memory.entries.values()) == 2
    on_disk = AnalysisCache(tmp_path / "cache")
    process(seeds, jobs=2, cache=on_disk)
    assert not any(isinstance(value, StoryAnalysis) for value in on_disk.entries.values())
    # An analysis and a rendering per story, and each source's own analysis.
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 2 * 2 + 2 * 2


@pytest.mark.parametrize("send_analysis", [False, True])
def test_a_worker_sends_its_analysis_only_when_asked(tmp_path: Path, send_analysis: bool) -> None:
    (story,) = load_seeds(make_seeds(tmp_path / "seeds", 1)).stories
    staging = tmp_path / "staging"
    staging.mkdir()
    task = _Task(story, None, "key", SiteConfig(), THEME, staging, None, send_analysis)
    outcome = _run(task)
    assert not isinstance(outcome, Diagnostic)
    assert outcome.pages is None and (staging / "story-0" / "index.html").is_file()  # written, not sent
    assert isinstance(outcome.analysis, StoryAnalysis) is send_analysis
