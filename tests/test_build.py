"""End to end: the bundled story builds into every page type plus the JSON export."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from site_builder.analysis.align.words import CONTEXT_BONUS
from site_builder.build.pipeline import BuildFailed, build_site
from site_builder.config import AnalysisSettings, SiteConfig
from site_builder.reporter import BufferReporter

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "seeds"
STORY = "putin-trump-call-2025"


@pytest.fixture(scope="module")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(BUNDLED, project / "seeds")
    reporter = BufferReporter()
    build_site(SiteConfig(), project, reporter)
    stages = ["load", "clean", "segment", "align", "quotes", "render", "write"]
    assert [name for name, _, _ in reporter.stages] == stages
    return project / "_site"


def test_every_page_type_is_built(bundled_site: Path) -> None:
    story = bundled_site / STORY
    sources = sorted((story / "sources").glob("*.html"))
    assert len(sources) == 5
    pairs = sorted(p.name for p in (story / "compare").glob("*--*.html"))
    assert len(pairs) == 10  # every unordered pair of five sources
    for page in ["index.html", "404.html", f"{STORY}/index.html", f"{STORY}/compare/index.html",
                 f"{STORY}/differences.html", f"{STORY}/quotes.html"]:
        assert (bundled_site / page).is_file(), page


def _links(page: Path) -> list[str]:
    return re.findall(r'\s(?:href|src)="([^"]+)"', page.read_text(encoding="utf-8"))


def test_every_page_is_reachable_from_the_home_page_and_links_resolve(bundled_site: Path) -> None:
    seen: set[Path] = set()
    queue = [bundled_site / "index.html"]
    while queue:
        page = queue.pop()
        if page in seen or page.suffix != ".html":
            continue
        seen.add(page)
        for link in _links(page):
            if link.startswith(("http:", "https:", "mailto:", "data:")):
                continue
            target, _, anchor = link.partition("#")
            resolved = (page.parent / target).resolve() if target else page
            if resolved.is_dir():
                resolved = resolved / "index.html"
            assert resolved.is_file(), f"{page.relative_to(bundled_site)} links to missing {link}"
            if anchor and resolved.suffix == ".html":
                assert f'id="{anchor}"' in resolved.read_text(encoding="utf-8"), f"{link} from {page.name}"
            queue.append(resolved)
    every_page = set(bundled_site.rglob("*.html")) - {bundled_site / "404.html"}
    assert every_page <= seen, sorted(str(p.relative_to(bundled_site)) for p in every_page - seen)


def test_export_follows_the_documented_contract(bundled_site: Path) -> None:
    index = json.loads((bundled_site / "data" / "index.json").read_text(encoding="utf-8"))
    assert index["schema"] == 2 and [s["slug"] for s in index["stories"]] == [STORY]
    data = json.loads((bundled_site / "data" / f"{STORY}.json").read_text(encoding="utf-8"))
    assert set(data) == {"schema", "story", "sources", "passages", "related", "quotes", "overlap", "discrepancies"}
    assert data["story"]["slug"] == STORY and data["story"]["title"]
    sentence_source = {}
    for source in data["sources"]:
        assert source["file"].startswith(f"{STORY}/") and source["file"].endswith(".txt")
        assert {"id", "title", "outlet", "byline", "date", "url", "sentences", "removed"} <= set(source)
        assert source["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["date"])
        for sentence in source["sentences"]:
            assert sentence["id"] not in sentence_source, "sentence ids are unique within a story"
            sentence_source[sentence["id"]] = source["id"]
            assert isinstance(sentence["paragraph"], int) and sentence["text"].strip()
        assert all(r["text"].strip() and r["reason"] for r in source["removed"])
    assert data["passages"], "the bundled outlets share passages"
    for passage in data["passages"]:
        assert len({sentence_source[s] for s in passage["sentences"]}) >= 2
        assert 0.0 <= passage["similarity"] <= 1.0
    assert data["related"], "the bundled outlets have possibly related sentences"
    passage_of = {sentence: p["id"] for p in data["passages"] for sentence in p["sentences"]}
    for link in data["related"]:
        first, second = link["sentences"]
        assert sentence_source[first] != sentence_source[second]
        assert passage_of.get(first) is None or passage_of.get(first) != passage_of.get(second)
        assert AnalysisSettings().related_floor <= link["similarity"] <= 1 + CONTEXT_BONUS and link["reasons"]
    assert any(len(q["occurrences"]) >= 2 for q in data["quotes"]), "some quotes are carried by several outlets"
    for quote in data["quotes"]:
        for occurrence in quote["occurrences"]:
            assert sentence_source[occurrence["sentence"]] == occurrence["source"]
            assert occurrence["text"].strip()
    assert data["overlap"], "the bundled outlets print some quotations alike"
    for overlap in data["overlap"]:
        a, b = overlap["sources"]
        assert set(overlap["share"]) == {a, b} and all(0 < share <= 1 for share in overlap["share"].values())
        assert overlap["shared_words"] == sum(run["words"] for run in overlap["runs"])
        for run in overlap["runs"]:
            assert run["words"] >= 8
            assert {sentence_source[s] for s in run["a"]} == {a} and {sentence_source[s] for s in run["b"]} == {b}


def test_furniture_is_listed_not_lost(bundled_site: Path) -> None:
    data = json.loads((bundled_site / "data" / f"{STORY}.json").read_text(encoding="utf-8"))
    reasons = {r["reason"] for s in data["sources"] for r in s["removed"]}
    assert len(reasons) >= 4
    texts = " ".join(s["text"] for src in data["sources"] for s in src["sentences"])
    assert "pic.twitter.com" not in texts and "You may also like" not in texts


def test_same_input_builds_byte_identical_sites(tmp_path: Path, bundled_site: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "seeds")
    env = dict(os.environ, PYTHONHASHSEED="123")
    subprocess.run([sys.executable, "-m", "site_builder", "build"], cwd=tmp_path, env=env, check=True,
                   capture_output=True)
    first = {p.relative_to(bundled_site): p.read_bytes() for p in bundled_site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "_site"): p.read_bytes() for p in (tmp_path / "_site").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_strict_build_with_warnings_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "solo").mkdir(parents=True)
    (tmp_path / "seeds" / "solo" / "one.txt").write_text("Only one outlet covered this.", encoding="utf-8")
    with pytest.raises(BuildFailed):
        build_site(SiteConfig(strict=True), tmp_path, BufferReporter())
    assert not (tmp_path / "_site").exists()
    reporter = BufferReporter()
    build_site(SiteConfig(), tmp_path, reporter)
    assert any("nothing to compare" in d.message for d in reporter.diagnostics)
    assert "nothing to compare" in (tmp_path / "_site" / "solo" / "index.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------- themes


def _small_project(root: Path) -> Path:
    story = root / "seeds" / "bridge"
    story.mkdir(parents=True)
    (story / "a.txt").write_text(
        "The council voted on Monday to close the bridge. Critics objected.\n", encoding="utf-8"
    )
    (story / "b.txt").write_text("On Monday the council voted to close the bridge, officials said.\n", encoding="utf-8")
    return root


def test_a_project_template_overrides_only_that_template(tmp_path: Path) -> None:
    project = _small_project(tmp_path)
    (project / "templates").mkdir()
    base = (REPO / "templates" / "base.html").read_text(encoding="utf-8")
    (project / "templates" / "base.html").write_text(
        base.replace("<body>", "<body>\n<!-- own base -->", 1), encoding="utf-8"
    )
    build_site(SiteConfig(), project, BufferReporter())
    site = project / "_site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 8
    for page in pages:
        assert "<!-- own base -->" in page.read_text(encoding="utf-8"), page.name
    # Everything else comes from the default theme: its story page, its assets.
    assert "Reported by one source only" in (site / "bridge" / "index.html").read_text(encoding="utf-8")
    assert (site / "assets" / "style.css").read_bytes() == (REPO / "static" / "style.css").read_bytes()


def test_a_project_asset_overrides_only_that_asset(tmp_path: Path) -> None:
    project = _small_project(tmp_path)
    (project / "static").mkdir()
    (project / "static" / "style.css").write_text("body { color: teal; }\n", encoding="utf-8")
    build_site(SiteConfig(), project, BufferReporter())
    assets = project / "_site" / "assets"
    assert (assets / "style.css").read_text(encoding="utf-8") == "body { color: teal; }\n"
    defaults = sorted(p.name for p in (REPO / "static").iterdir())
    assert sorted(p.name for p in assets.iterdir()) == defaults
    for name in set(defaults) - {"style.css"}:
        assert (assets / name).read_bytes() == (REPO / "static" / name).read_bytes(), name


def test_a_broken_project_template_names_its_file_and_line(tmp_path: Path) -> None:
    project = _small_project(tmp_path)
    (project / "templates").mkdir()
    (project / "templates" / "quotes.html").write_text(
        '{% extends "base.html" %}\n{% block content %}\n{% if %}\n', encoding="utf-8"
    )
    with pytest.raises(BuildFailed, match=r"templates/quotes\.html:3: template error"):
        build_site(SiteConfig(), project, BufferReporter(), jobs=1)
    assert not (project / "_site").exists()


def test_the_write_line_names_the_output_folder_only_when_it_is_the_users(tmp_path: Path) -> None:
    # The dev server builds into folders of its own ("build-2"): its log must not name them.
    story = tmp_path / "seeds" / "event"
    story.mkdir(parents=True)
    (story / "a.txt").write_text("The mayor said the bridge would reopen on Monday.\n", encoding="utf-8")
    (story / "b.txt").write_text("The bridge reopens on Monday, the mayor said.\n", encoding="utf-8")
    for out_dir, expected in ((None, " KiB to _site"), (tmp_path / "preview-7", " KiB")):
        reporter = BufferReporter()
        build_site(SiteConfig(), tmp_path, reporter, out_dir=out_dir)
        (summary,) = [summary for name, _, summary in reporter.stages if name == "write"]
        assert summary.endswith(expected) and "preview" not in summary
