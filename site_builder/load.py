"""Load stage: find the stories under the seeds directory and read their articles.

A story is a folder directly under ``seeds/``; each ``.txt`` or ``.md`` file in it is one
source article. Loose article files directly in ``seeds/`` form one story of their own.
Markdown files may open with front matter; a story may carry a ``story.toml`` with its
title and per-file metadata. Metadata stated by the user always wins over inference.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Diagnostic, Metadata, RawSource, RawStory, SourceFormat

ARTICLE_SUFFIXES: dict[str, SourceFormat] = {".txt": "txt", ".md": "md", ".markdown": "md"}
STORY_FILE = "story.toml"
METADATA_FIELDS = tuple(f.name for f in fields(Metadata))
_FRONT_MATTER_FENCE = "---"


@dataclass(frozen=True, slots=True)
class LoadResult:
    stories: tuple[RawStory, ...]
    diagnostics: tuple[Diagnostic, ...]


def slugify(name: str) -> str:
    """A URL- and file-safe ASCII slug; names in other scripts get a stable hash instead."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug:
        slug = "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return slug[:80].strip("-")


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def decode_text(data: bytes, file: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM) or BOM-marked UTF-16."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("invalid UTF-16 text", file=file) from exc
    if b"\x00" in data:
        raise InputError("looks like a binary file, not article text; remove it from the seeds", file=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8", file=file, line=line) from exc


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _iso_date(value: Any, file: str, line: int | None) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    raise InputError(f"date should look like YYYY-MM-DD, got {value!r}", file=file, line=line)


def _metadata_from_mapping(values: dict[str, Any], file: str, lines: dict[str, int] | None = None) -> Metadata:
    lines = lines or {}
    checked: dict[str, str] = {}
    for key, value in values.items():
        line = lines.get(key)
        if key not in METADATA_FIELDS:
            raise InputError(
                f"unknown metadata field '{key}'; expected one of {', '.join(METADATA_FIELDS)}", file=file, line=line
            )
        if value is None or value == "":
            continue
        if key == "date":
            checked[key] = _iso_date(value, file, line)
        elif isinstance(value, str):
            checked[key] = value.strip()
        else:
            raise InputError(f"'{key}' should be text, got {value!r}", file=file, line=line)
    return Metadata(**checked)


_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str, file: str) -> tuple[Metadata, str, int]:
    """Split ``---``-fenced ``key: value`` front matter off a Markdown article.

    Returns the metadata, the body and the 1-based line where the body starts. Only
    flat ``key: value`` pairs are accepted: metadata is a handful of scalar fields, and a
    strict reader gives clearer errors than a general YAML parser would.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FRONT_MATTER_FENCE:
        return Metadata(), text, 1
    values: dict[str, Any] = {}
    where: dict[str, int] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == _FRONT_MATTER_FENCE:
            return _metadata_from_mapping(values, file, where), "\n".join(lines[number:]), number + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FRONT_MATTER_LINE.match(line)
        if not match:
            raise InputError("front matter lines should read 'key: value'", file=file, line=number)
        key = match["key"].lower()
        if key in values:
            raise InputError(f"'{key}' is given twice in the front matter", file=file, line=number)
        values[key] = _unquote(match["value"])
        where[key] = number
    raise InputError("front matter opened with '---' is never closed", file=file, line=1)


@dataclass(frozen=True, slots=True)
class _StoryFile:
    title: str | None
    per_file: dict[str, Metadata]


def _read_story_file(path: Path, relative: str, article_names: set[str]) -> tuple[_StoryFile, list[Diagnostic]]:
    try:
        data = tomllib.loads(decode_text(path.read_bytes(), relative))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"invalid TOML: {exc}", file=relative) from exc
    diagnostics: list[Diagnostic] = []
    title = data.pop("title", None)
    if title is not None and not isinstance(title, str):
        raise InputError(f"'title' should be text, got {title!r}", file=relative)
    files = data.pop("files", {})
    if data:
        raise InputError(f"unknown key(s) {sorted(data)}; expected 'title' and [files.\"name\"] tables", file=relative)
    if not isinstance(files, dict):
        raise InputError("'files' should be a table of [files.\"name.txt\"] sections", file=relative)
    per_file: dict[str, Metadata] = {}
    for name, values in sorted(files.items()):
        if not isinstance(values, dict):
            raise InputError(f"[files.\"{name}\"] should be a table", file=relative)
        if name not in article_names:
            diagnostics.append(Diagnostic("warning", f"names '{name}', which is not an article in this story", relative))
            continue
        per_file[name] = _metadata_from_mapping(values, relative)
    return _StoryFile(title.strip() if title else None, per_file), diagnostics


def _read_source(path: Path, relative: str, source_id: str, given: Metadata) -> RawSource:
    fmt = ARTICLE_SUFFIXES[path.suffix.lower()]
    text = _normalise_newlines(decode_text(path.read_bytes(), relative))
    first_line = 1
    if fmt == "md":
        front, text, first_line = split_front_matter(text, relative)
        # The file's own front matter is more specific than story.toml's entry for it.
        given = given.overridden_by(front)
    return RawSource(id=source_id, file=relative, text=text, first_line=first_line, given=given, format=fmt)


def _article_files(directory: Path) -> list[Path]:
    return sorted(
        (p for p in directory.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )


def _load_story(directory: Path, seeds_root: Path, slug: str) -> tuple[RawStory | None, list[Diagnostic]]:
    relative_dir = directory.relative_to(seeds_root).as_posix() if directory != seeds_root else ""
    prefix = f"{relative_dir}/" if relative_dir else ""
    articles = _article_files(directory)
    story_file = _StoryFile(None, {})
    diagnostics: list[Diagnostic] = []
    if (directory / STORY_FILE).is_file():
        story_file, found = _read_story_file(directory / STORY_FILE, prefix + STORY_FILE, {p.name for p in articles})
        diagnostics.extend(found)
    sources: list[RawSource] = []
    taken: set[str] = set()
    for path in articles:
        relative = prefix + path.name
        try:
            source = _read_source(path, relative, _unique(slugify(path.stem), taken), story_file.per_file.get(path.name, Metadata()))
        except InputError as exc:
            diagnostics.append(Diagnostic("error", f"{exc.message}; this source is left out", exc.file, exc.line))
            continue
        if not source.text.strip():
            diagnostics.append(Diagnostic("warning", "empty article; left out", relative))
            continue
        sources.append(source)
    if not sources:
        if articles:
            diagnostics.append(Diagnostic("warning", "no readable articles; story left out", relative_dir or "."))
        return None, diagnostics
    if len(sources) == 1:
        diagnostics.append(Diagnostic("warning", "only one source: nothing to compare", relative_dir or "."))
    return RawStory(slug=slug, title=story_file.title, directory=relative_dir, sources=tuple(sources)), diagnostics


def load_story_dir(story_dir: Path, seeds_root: Path) -> RawStory:
    """Load one story folder; raise :class:`InputError` when it holds no usable article."""
    story, diagnostics = _load_story(story_dir, seeds_root, slugify(story_dir.name))
    errors = [d for d in diagnostics if d.level == "error"]
    if errors:
        raise InputError(errors[0].message, errors[0].file, errors[0].line)
    if story is None:
        raise InputError("no .txt or .md articles found", file=str(story_dir))
    return story


def load_seeds(seeds_dir: Path) -> LoadResult:
    """Find and read every story under ``seeds_dir``, sorted by folder name."""
    if not seeds_dir.is_dir():
        raise InputError("seeds directory not found; create it and put one folder per story in it", file=str(seeds_dir))
    stories: list[RawStory] = []
    diagnostics: list[Diagnostic] = []
    taken: set[str] = set()
    candidates: list[tuple[Path, str]] = []
    if _article_files(seeds_dir):
        candidates.append((seeds_dir, slugify(seeds_dir.name)))
    for child in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        if child.is_dir() and not child.name.startswith((".", "_")):
            candidates.append((child, slugify(child.name)))
    for directory, slug in candidates:
        story, found = _load_story(directory, seeds_dir, _unique(slug, taken))
        diagnostics.extend(found)
        if story is not None:
            stories.append(story)
    if not stories:
        diagnostics.append(Diagnostic("warning", "no stories found: add a folder of .txt or .md articles", str(seeds_dir)))
    return LoadResult(tuple(stories), tuple(diagnostics))
