"""Load stage: story discovery, decoding, front matter and story.toml."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from site_builder.errors import InputError
from site_builder.input.load import load_seeds, load_story_dir, slugify, split_front_matter
from site_builder.model import Metadata


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_each_folder_is_a_story_and_loose_files_form_one(tmp_path: Path) -> None:
    write(tmp_path / "beta" / "b.txt", "Beta article.")
    write(tmp_path / "alpha" / "a2.md", "Second.")
    write(tmp_path / "alpha" / "a1.txt", "First.")
    write(tmp_path / "loose.txt", "A loose article.")
    write(tmp_path / "alpha" / "notes.csv", "ignored")
    result = load_seeds(tmp_path)
    assert [s.slug for s in result.stories] == [slugify(tmp_path.name), "alpha", "beta"]
    loose, alpha, _ = result.stories
    assert [src.file for src in loose.sources] == ["loose.txt"]
    assert loose.directory == ""
    assert [src.file for src in alpha.sources] == ["alpha/a1.txt", "alpha/a2.md"]
    assert [src.format for src in alpha.sources] == ["txt", "md"]


def test_windows_newlines_bom_and_utf16_are_read(tmp_path: Path) -> None:
    write(tmp_path / "s" / "crlf.txt", b"One.\r\nTwo.\r\n")
    write(tmp_path / "s" / "bom.txt", codecs.BOM_UTF8 + "Caf\u00e9.".encode())
    write(tmp_path / "s" / "wide.txt", "Wide \u201cquote\u201d.".encode("utf-16"))
    story = load_story_dir(tmp_path / "s", tmp_path)
    texts = {src.file: src.text for src in story.sources}
    assert texts == {"s/bom.txt": "Caf\u00e9.", "s/crlf.txt": "One.\nTwo.\n", "s/wide.txt": "Wide \u201cquote\u201d."}


def test_unreadable_source_is_reported_with_file_and_line_and_others_still_load(tmp_path: Path) -> None:
    write(tmp_path / "s" / "good.txt", "Fine.")
    write(tmp_path / "s" / "bad.txt", b"line one\nline \xff two\n")
    write(tmp_path / "s" / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    result = load_seeds(tmp_path)
    assert [src.file for src in result.stories[0].sources] == ["s/good.txt"]
    errors = {(d.file, d.line) for d in result.diagnostics if d.level == "error"}
    assert errors == {("s/bad.txt", 2), ("s/image.txt", None)}


def test_front_matter_is_parsed_and_body_line_kept() -> None:
    text = '---\ntitle: "A: headline"\noutlet: Daily Example\ndate: 2025-07-04\n---\nBody here.\n'
    meta, body, first_line = split_front_matter(text, "x.md")
    assert meta == Metadata(title="A: headline", outlet="Daily Example", date="2025-07-04")
    assert body == "Body here.\n"
    assert first_line == 6


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("---\ntitle: x\n", 1, "never closed"),
        ("---\ntitle x\n---\n", 2, "key: value"),
        ("---\ncolour: red\n---\n", 2, "unknown metadata field"),
        ("---\ndate: yesterday\n---\n", 2, "YYYY-MM-DD"),
        ("---\ntitle: a\ntitle: b\n---\n", 3, "twice"),
    ],
)
def test_bad_front_matter_names_file_and_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(InputError) as caught:
        split_front_matter(text, "story/x.md")
    assert caught.value.file == "story/x.md"
    assert caught.value.line == line
    assert fragment in caught.value.message


def test_story_toml_sets_title_and_metadata_and_front_matter_is_more_specific(tmp_path: Path) -> None:
    write(
        tmp_path / "s" / "story.toml",
        'title = "The event"\n[files."a.md"]\noutlet = "From toml"\nbyline = "Toml Byline"\n'
        '[files."missing.txt"]\noutlet = "Nobody"\n',
    )
    write(tmp_path / "s" / "a.md", "---\noutlet: From front matter\n---\nText.\n")
    write(tmp_path / "s" / "b.txt", "Other text.")
    result = load_seeds(tmp_path)
    story = result.stories[0]
    assert story.title == "The event"
    assert story.sources[0].given == Metadata(outlet="From front matter", byline="Toml Byline")
    warnings = [d for d in result.diagnostics if d.level == "warning"]
    assert any(d.file == "s/story.toml" and "missing.txt" in d.message for d in warnings)


def test_names_that_slug_alike_get_distinct_ids(tmp_path: Path) -> None:
    write(tmp_path / "Story One" / "Le Monde.txt", "Un.")
    write(tmp_path / "Story One" / "le-monde.txt", "Deux.")
    write(tmp_path / "story-one" / "x.txt", "Trois.")
    write(tmp_path / "Новости" / "статья.txt", "Четыре.")
    stories = load_seeds(tmp_path).stories
    slugs = [s.slug for s in stories]
    assert len(set(slugs)) == len(slugs) == 3
    ids = [src.id for src in stories[0].sources]
    assert ids == ["le-monde", "le-monde-2"]
    assert all(slug.isascii() for slug in slugs)


def test_one_source_story_builds_with_a_note(tmp_path: Path) -> None:
    write(tmp_path / "solo" / "only.txt", "Just one.")
    result = load_seeds(tmp_path)
    assert len(result.stories) == 1
    assert any("nothing to compare" in d.message for d in result.diagnostics)


def test_empty_seeds_and_missing_seeds(tmp_path: Path) -> None:
    assert load_seeds(tmp_path).stories == ()
    with pytest.raises(InputError):
        load_seeds(tmp_path / "absent")


def test_a_text_file_in_markdown_is_read_as_markdown(tmp_path: Path) -> None:
    # A reader service's header says what follows is Markdown; so do three lines with a link.
    header = "Title: Council approves tram line\nURL Source: https://news.example.test/tram\nMarkdown Content:\n"
    links = "* [News](https://news.example.test/news)\n* [Sport](/sport)\n* [Weather](/weather)\n"
    write(tmp_path / "s" / "a_reader.txt", header + "The council voted.\n")
    write(tmp_path / "s" / "b_links.txt", links + "\nThe council voted.\n")
    write(tmp_path / "s" / "c_plain.txt", "Title: not a header\n\nSee [1] and [2](3) and [a](/b) here.\n")
    sources = load_story_dir(tmp_path / "s", tmp_path).sources
    assert [(src.format, src.first_line) for src in sources] == [("md", 1), ("md", 1), ("txt", 1)]
    assert sources[0].text == header + "The council voted.\n"
