"""Load stage: find the stories under the seeds directory and read their articles.

A story is a folder directly under ``seeds/``; each ``.txt`` or ``.md`` file in it is one
source article. Loose article files directly in ``seeds/`` form one story of their own.
Markdown files may open with front matter; a story may carry a ``story.toml`` with its
title and per-file metadata. Metadata stated by the user always wins over inference.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import hashlib
import html
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import InputError, os_error_message
from ..model import Diagnostic, Metadata, RawSource, RawStory, SourceFormat
from .html import read_page
from .markdown_dump import reads_as_markdown

ARTICLE_SUFFIXES: dict[str, SourceFormat] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
STORY_FILE = "story.toml"
METADATA_FIELDS = tuple(f.name for f in fields(Metadata))
#: Keys ``site-builder add`` records beside the metadata: when the page was fetched.
PROVENANCE_FIELDS = ("fetched",)
_FRONT_MATTER_FENCE = "---"
#: Files larger than this are not read. The longest news long-reads are around 100 KB of
#: text; a bigger file is a page dump, a log or a data file, and analysing it would take
#: minutes (alignment grows faster than linearly with the number of sentences).
MAX_ARTICLE_BYTES = 1024 * 1024
#: The same for a saved web page, whose markup, scripts and styles are mostly not the article.
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: Slugs the site itself uses at its top level (``assets/``, ``data/index.json``, ``index.html``,
#: ``404.html``): a story folder with one of these names gets a suffixed slug instead.
RESERVED_SLUGS = frozenset({"assets", "data", "index", "404"})


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
    """Decode article bytes: UTF-8 (with or without BOM) or BOM-marked UTF-16 or UTF-32.

    The text is returned exactly as encoded (no repair, no normalisation); anything that
    is not text raises :class:`InputError` naming the file and saying what to do.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    else:
        # UTF-32's little-endian BOM starts with UTF-16's, so it is tried first.
        for bom, codec in (
            (codecs.BOM_UTF32_LE, "utf-32"),
            (codecs.BOM_UTF32_BE, "utf-32"),
            (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"),
        ):
            if data.startswith(bom):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError as exc:
                    raise InputError(
                        f"invalid {codec.upper()} text (byte {exc.start}); save the file as UTF-8", file=file
                    ) from exc
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise InputError("looks like UTF-16 text without a byte-order mark; save the file as UTF-8", file=file)
        raise InputError("looks like a binary file, not article text; remove it from the seeds", file=file)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8", file=file, line=line) from exc


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return False
    even, odd = sample[0::2], sample[1::2]
    # ASCII-range text in UTF-16 has a NUL in every other byte and none in the rest.
    return (even.count(0) == len(even) and 0 not in odd) or (odd.count(0) == len(odd) and 0 not in even)


#: Curly quotes and dashes written as GBK/GB2312 bytes and read as Latin-1, common in English
#: text that passed through Chinese-language systems: ``¡°quoted¡±`` for ``“quoted”``.
_GBK_MOJIBAKE = {"¡°": "“", "¡±": "”", "¡®": "‘", "¡¯": "’", "¡ª": "—", "¡\u00ad": "…", "¡¤": "·"}
_GBK_MOJIBAKE_PATTERN = re.compile("|".join(map(re.escape, _GBK_MOJIBAKE)))
#: A UTF-8 lead byte read as Latin-1/Windows-1252 ("Ã", "â") followed by a continuation byte
#: read the same way: the mark of UTF-8 decoded with the wrong codec. Clean text almost never
#: has it, so ftfy (slow to import) is only loaded when it is there.
_UTF8_MISREAD = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


_LOST_CLOSING_QUOTE = re.compile(r"(?<=[\w.,!?;:])\ufffd\?")


def repair_mojibake(text: str) -> str:
    """Undo text decoded with the wrong encoding (``â€œ`` for ``“``, ``¡°`` for ``“``).

    Uses ``ftfy`` for UTF-8 read as Windows-1252/Latin-1 and similar, plus a table for the
    GBK punctuation that ``ftfy`` does not cover. Text without such damage is returned unchanged.
    """
    if "¡°" in text or "¡±" in text or "¡¯" in text:
        text = _GBK_MOJIBAKE_PATTERN.sub(lambda match: _GBK_MOJIBAKE[match.group()], text)
    if "\ufffd?" in text:
        # A closing ” whose last UTF-8 byte (0x9D) Windows-1252 cannot map arrives as "�?" once
        # the rest was repaired or dropped; after a word it can only have been that quote mark.
        text = _LOST_CLOSING_QUOTE.sub("\u201d", text)
    if not _UTF8_MISREAD.search(text):
        return text
    import ftfy

    config = ftfy.TextFixerConfig(
        # Only undo wrong decoding; every other change ftfy can make would alter the article.
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


#: An HTML character reference with its closing semicolon ("&quot;", "&#8217;", "&#x2014;"): in a
#: plain-text seed, the mark of a page scraped without decoding its markup. "AT&T" (no semicolon),
#: "R&D;" and "&bogus;" (no name HTML defines) stay as written.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_character_references(text: str) -> str:
    """``&quot;We will rebuild,&quot; she said`` -> ``"We will rebuild," she said``: references HTML
    defines, decoded; any other ``&...;`` is left as written."""
    if "&" not in text:
        return text

    def decoded(reference: re.Match[str]) -> str:
        character = html.unescape(reference.group())
        # A code point HTML maps to no character ("&#0;", a surrogate) stays as written.
        return reference.group() if character == "\ufffd" else character

    return _CHARACTER_REFERENCE.sub(decoded, text)


def _first_changed_line(before: str, after: str) -> int | None:
    for number, (old, new) in enumerate(zip(before.split("\n"), after.split("\n"), strict=False), start=1):
        if old != new:
            return number
    return None


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
        if key in PROVENANCE_FIELDS:
            continue  # where the file came from: kept for the user, not metadata of the article
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


_TOML_LINE = re.compile(r"at line (\d+)")


def _toml_key_line(text: str, table: str | None, key: str) -> int | None:
    """1-based line of ``key = ...`` (inside ``[files."table"]`` when given), for error messages."""
    inside = table is None
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            header = stripped.strip("[] ").replace(" ", "")
            inside = table is not None and header in {f'files."{table}"', f"files.'{table}'", f"files.{table}"}
            continue
        if inside and re.match(rf"""["']?{re.escape(key)}["']?\s*=""", stripped):
            return number
    return None


def _read_story_file(path: Path, relative: str, article_names: set[str]) -> tuple[_StoryFile, list[Diagnostic]]:
    """Read ``story.toml``. A broken file raises; a broken entry is reported and skipped."""
    text = _normalise_newlines(decode_text(_read_bytes(path, relative), relative))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        raise InputError(f"invalid TOML: {exc}", file=relative, line=int(found.group(1)) if found else None) from exc
    except RecursionError as exc:
        # tomllib reads nested arrays and tables recursively; thousands of levels exhaust the stack.
        raise InputError("nested too deeply to read (arrays or tables inside thousands of others)", relative) from exc
    diagnostics: list[Diagnostic] = []
    title = data.pop("title", None)
    if title is not None and not isinstance(title, str):
        raise InputError(
            f"'title' should be text, got {title!r}", file=relative, line=_toml_key_line(text, None, "title")
        )
    files = data.pop("files", {})
    if data:
        raise InputError(f"unknown key(s) {sorted(data)}; expected 'title' and [files.\"name\"] tables", file=relative)
    if not isinstance(files, dict):
        raise InputError("'files' should be a table of [files.\"name.txt\"] sections", file=relative)
    per_file: dict[str, Metadata] = {}
    for name, values in sorted(files.items()):
        if not isinstance(values, dict):
            raise InputError(
                f'[files."{name}"] should be a table', file=relative, line=_toml_key_line(text, None, "files")
            )
        if name not in article_names:
            close = difflib.get_close_matches(name, sorted(article_names), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            diagnostics.append(
                Diagnostic("warning", f"names '{name}', which is not an article in this story{hint}", relative)
            )
            continue
        lines = {key: line for key in values if (line := _toml_key_line(text, name, key)) is not None}
        try:
            per_file[name] = _metadata_from_mapping(values, relative, lines)
        except InputError as exc:
            diagnostics.append(
                Diagnostic("error", f"{exc.message}; the metadata for '{name}' is ignored", exc.file, exc.line)
            )
    return _StoryFile(title.strip() if title else None, per_file), diagnostics


def _read_bytes(path: Path, relative: str, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size / 1_048_576:.1f} MB, over the {limit // 1_048_576} MB limit "
                "for one article; trim it to the article text",
                file=relative,
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", file=relative) from exc
    if len(data) > limit:  # grew while we looked
        raise InputError(f"file is over the {limit // 1_048_576} MB limit for one article", file=relative)
    return data


def _read_source(path: Path, relative: str, source_id: str, given: Metadata) -> tuple[RawSource, list[Diagnostic]]:
    fmt = ARTICLE_SUFFIXES[path.suffix.lower()]
    if fmt == "html":
        return _read_page(path, relative, source_id, given), []
    decoded = _normalise_newlines(decode_text(_read_bytes(path, relative), relative))
    text = repair_mojibake(decoded)
    diagnostics: list[Diagnostic] = []
    if text != decoded:
        diagnostics.append(
            Diagnostic(
                "warning",
                "text was repaired: it had been decoded with the wrong encoding (e.g. “ shown as â€œ or ¡°); "
                "check the result, or save the original as UTF-8",
                relative,
                _first_changed_line(decoded, text),
            )
        )
    # A page saved as Markdown is read as Markdown, whose parser decodes references itself.
    saved_as_markdown = fmt == "txt" and reads_as_markdown(text)
    if fmt == "txt" and not saved_as_markdown:
        unescaped = decode_character_references(text)
        if unescaped != text:
            diagnostics.append(
                Diagnostic(
                    "warning",
                    "HTML character references (e.g. &quot; or &#8217;) were decoded: the text was scraped from a "
                    "web page without decoding them; check the result",
                    relative,
                    _first_changed_line(text, unescaped),
                )
            )
            text = unescaped
    first_line = 1
    if fmt == "md":
        front, text, first_line = split_front_matter(text, relative)
        # The file's own front matter is more specific than story.toml's entry for it.
        given = given.overridden_by(front)
    elif saved_as_markdown:
        fmt = "md"
    source = RawSource(id=source_id, file=relative, text=text, first_line=first_line, given=given, format=fmt)
    return source, diagnostics


def _read_page(path: Path, relative: str, source_id: str, given: Metadata) -> RawSource:
    """A saved web page: its article text, the metadata it states and the chrome left out."""
    data = _read_bytes(path, relative, MAX_PAGE_BYTES)
    # The page's own <meta charset> decides, as in a browser; our text decoder is the fallback.
    page = read_page(data, relative)
    return RawSource(
        id=source_id,
        file=relative,
        text=page.text,
        first_line=1,
        given=given,
        format="html",
        page=page.metadata,
        chrome=page.chrome,
    )


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symlink loop
        return False


def _article_files(directory: Path, seeds_root: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The article files of one folder, and a warning for each one that is left out.

    Symbolic links are followed only when they point inside the seeds directory: the site
    is published, and a link to ``~/.ssh/id_rsa.txt`` must not put a private file on the web.
    """
    root = seeds_root.resolve()
    files: list[Path] = []
    diagnostics: list[Diagnostic] = []
    for path in sorted(directory.iterdir(), key=lambda p: p.name):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.name.startswith("."):
            continue
        relative = _relative(path, seeds_root)
        if path.is_symlink() and not _inside(path, root):
            message = "is a symbolic link to a file outside the seeds directory; left out (copy the file in instead)"
            if not path.exists():
                message = "is a broken symbolic link; left out"
            diagnostics.append(Diagnostic("warning", message, relative))
            continue
        if path.is_file():
            files.append(path)
        elif not (path.is_dir() and directory == seeds_root):  # there, a folder is a story, whatever its name
            diagnostics.append(Diagnostic("warning", _not_a_file(path), relative))
    return files, diagnostics


def _not_a_file(path: Path) -> str:
    """Why an entry named like an article (or ``story.toml``) is left out: never opened, as
    reading a pipe would wait for ever."""
    if path.is_dir():
        return "is a folder, not a file; left out"
    return "is not a regular file (a pipe, device or socket); left out"


def _relative(path: Path, seeds_root: Path) -> str:
    return path.relative_to(seeds_root).as_posix() if path != seeds_root else ""


def _encodable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable_name(name: str) -> str:
    """A file name that is not valid UTF-8, with its bad bytes shown as ``\\xe9``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _load_story(directory: Path, seeds_root: Path, slug: str) -> tuple[RawStory | None, list[Diagnostic]]:
    relative_dir = _relative(directory, seeds_root)
    prefix = f"{relative_dir}/" if relative_dir else ""
    articles, diagnostics = _article_files(directory, seeds_root)
    story_file = _StoryFile(None, {})
    story_path = directory / STORY_FILE
    if story_path.exists() and not story_path.is_file():
        diagnostics.append(Diagnostic("warning", _not_a_file(story_path), prefix + STORY_FILE))
    elif story_path.is_file():
        try:
            story_file, found = _read_story_file(
                directory / STORY_FILE, prefix + STORY_FILE, {p.name for p in articles}
            )
            diagnostics.extend(found)
        except InputError as exc:
            diagnostics.append(Diagnostic("error", f"{exc.message}; the file is ignored", exc.file, exc.line))
    sources: list[RawSource] = []
    taken: set[str] = set()
    for path in articles:
        relative = prefix + path.name
        if not _encodable(path.name):
            shown = _printable_name(relative)
            diagnostics.append(
                Diagnostic("error", "file name is not valid UTF-8; rename the file; this source is left out", shown)
            )
            continue
        base = slugify(path.stem)
        source_id = _unique(base, taken)
        if source_id != base:
            diagnostics.append(
                Diagnostic(
                    "warning",
                    f"file name makes the same id as another source ('{base}'); published as '{source_id}'",
                    relative,
                )
            )
        try:
            source, found = _read_source(path, relative, source_id, story_file.per_file.get(path.name, Metadata()))
        except InputError as exc:
            diagnostics.append(Diagnostic("error", f"{exc.message}; this source is left out", exc.file, exc.line))
            continue
        diagnostics.extend(found)
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


def _story_dirs(seeds_dir: Path) -> tuple[list[Path], list[Diagnostic]]:
    """Folders directly under ``seeds_dir`` that may hold a story; links that loop or leave are reported."""
    root = seeds_dir.resolve()
    folders: list[Path] = []
    diagnostics: list[Diagnostic] = []
    for child in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        if child.name.startswith((".", "_")) or not child.is_dir():
            continue
        if child.is_symlink():
            try:
                target = child.resolve(strict=True)
            except (OSError, RuntimeError):
                target = None
            if target is None or not target.is_relative_to(root) or target == root:
                where = "back into the seeds directory itself" if target == root else "outside the seeds directory"
                diagnostics.append(Diagnostic("warning", f"is a symbolic link {where}; left out", child.name))
                continue
        if not _encodable(child.name):
            shown = _printable_name(child.name)
            diagnostics.append(
                Diagnostic("error", "folder name is not valid UTF-8; rename the folder; story left out", shown)
            )
            continue
        folders.append(child)
    return folders, diagnostics


def load_seeds(seeds_dir: Path) -> LoadResult:
    """Find and read every story under ``seeds_dir``, sorted by folder name.

    Problems with one file or story are reported as diagnostics and the rest still load;
    only a missing seeds directory raises.
    """
    if seeds_dir.exists() and not seeds_dir.is_dir():
        raise InputError(
            "is a file, not a folder of stories; give the folder that holds one folder per story", file=str(seeds_dir)
        )
    if not seeds_dir.is_dir():
        raise InputError("seeds directory not found; create it and put one folder per story in it", file=str(seeds_dir))
    stories: list[RawStory] = []
    taken: set[str] = set(RESERVED_SLUGS)
    candidates: list[Path] = []
    diagnostics: list[Diagnostic] = []
    try:
        loose, found = _article_files(seeds_dir, seeds_dir)
        folders, found_folders = _story_dirs(seeds_dir)
    except OSError as exc:
        raise InputError(os_error_message(exc, "list the seeds folder", seeds_dir)) from exc
    if loose:
        candidates.append(seeds_dir)  # its own load reports ``found`` again
    else:
        diagnostics.extend(found)
    found = found_folders
    candidates.extend(folders)
    diagnostics.extend(found)
    for directory in candidates:
        base = slugify((directory.name or directory.resolve().name) if directory == seeds_dir else directory.name)
        slug = _unique(base, taken)
        try:
            story, found = _load_story(directory, seeds_dir, slug)
        except OSError as exc:
            # An unreadable story folder (or one deleted while reading) is left out; the others build.
            where = _relative(directory, seeds_dir) or "."
            found = [Diagnostic("error", f"{os_error_message(exc, 'read', exc.filename)}; story left out", where)]
            story = None
        if story is not None and slug != base:
            why = (
                "a name the site uses itself" if base in RESERVED_SLUGS else "the same address as another story folder"
            )
            message = f"folder name gives {why} ('{base}'); published as '{slug}'"
            found.insert(0, Diagnostic("warning", message, story.directory or "."))
        diagnostics.extend(found)
        if story is not None:
            stories.append(story)
    if not stories:
        diagnostics.append(
            Diagnostic(
                "error", "no stories found: add a folder of .txt or .md articles (one folder per story)", str(seeds_dir)
            )
        )
    return LoadResult(tuple(stories), tuple(diagnostics))
