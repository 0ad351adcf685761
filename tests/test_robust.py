"""Bad input gets a clear answer: a sensible result with a warning, or an error naming the file.

Every case goes through ``load_seeds`` (and most through ``build_site``); a few run the real
command in a subprocess to check the exit status and that no traceback reaches the user.
Adversarial text runs through the whole pipeline under a generous time limit that only a
hang can reach; how fast it goes is for ``benchmarks/``, not for the tests.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from site_builder.build.pipeline import BuildFailed, build_site
from site_builder.config import SiteConfig
from site_builder.input.load import MAX_ARTICLE_BYTES, load_seeds, repair_mojibake, slugify
from site_builder.model import Diagnostic
from site_builder.reporter import BufferReporter

GOOD_A = "The city council voted on Monday to close the Old Harbour Bridge for repairs.\n\nEngineers found corrosion.\n"
GOOD_B = "Councillors voted on Monday to shut the Old Harbour Bridge for two years of repairs.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def good_story(seeds: Path, name: str = "good") -> None:
    write(seeds / name / "a.txt", GOOD_A)
    write(seeds / name / "b.txt", GOOD_B)


def diagnostics_for(result_diagnostics: tuple[Diagnostic, ...] | list[Diagnostic], file: str) -> list[Diagnostic]:
    return [d for d in result_diagnostics if d.file == file]


def only(diagnostics: list[Diagnostic], level: str, fragment: str) -> Diagnostic:
    found = [d for d in diagnostics if d.level == level and fragment in d.message]
    assert len(found) == 1, diagnostics
    return found[0]


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # A hang guard only: these builds take 0.3-1 s here (2 cores, the rest of the suite running).
    result = subprocess.run(
        [sys.executable, "-m", "site_builder", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


# ------------------------------------------------------------------ encodings and content


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bom.txt", codecs.BOM_UTF8 + "Caf\u00e9 \u201cquoted\u201d.".encode(), "Caf\u00e9 \u201cquoted\u201d."),
        ("le.txt", codecs.BOM_UTF16_LE + "Wide \u201cle\u201d.".encode("utf-16-le"), "Wide \u201cle\u201d."),
        ("be.txt", codecs.BOM_UTF16_BE + "Wide \u201cbe\u201d.".encode("utf-16-be"), "Wide \u201cbe\u201d."),
        ("u32.txt", "Very wide.".encode("utf-32"), "Very wide."),
        ("crlf.txt", b"One.\r\nTwo.\r\n\r\nThree.", "One.\nTwo.\n\nThree."),
        ("cr.txt", b"One.\rTwo.", "One.\nTwo."),
    ],
)
def test_encodings_and_line_endings_are_read_without_complaint(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    write(tmp_path / "s" / name, content)
    write(tmp_path / "s" / "other.txt", GOOD_B)
    result = load_seeds(tmp_path)
    assert result.diagnostics == ()
    assert {src.file: src.text for src in result.stories[0].sources}[f"s/{name}"] == expected


@pytest.mark.parametrize(
    ("content", "level", "fragment", "line"),
    [
        (b"", "warning", "empty article", None),
        (" \n\t\r\n\u00a0\n".encode(), "warning", "empty article", None),
        (PNG, "error", "binary file", None),
        (b"line one\nline \xff two\n", "error", "not valid UTF-8", 2),
        (b"caf\xe9 au lait\n", "error", "save the file as UTF-8", 1),
        ("No BOM here.".encode("utf-16-le"), "error", "UTF-16 text without a byte-order mark", None),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "error", "invalid UTF-16", None),
    ],
    ids=["empty", "whitespace", "png-named-txt", "invalid-utf8", "latin1", "utf16-no-bom", "broken-utf16"],
)
def test_unusable_file_is_reported_and_the_rest_still_loads(
    tmp_path: Path, content: bytes, level: str, fragment: str, line: int | None
) -> None:
    write(tmp_path / "bad" / "x.txt", content)
    write(tmp_path / "bad" / "fine.txt", GOOD_A)
    write(tmp_path / "bad" / "picture.png", PNG)  # not an article suffix: silently ignored
    good_story(tmp_path)
    result = load_seeds(tmp_path)
    found = only(diagnostics_for(result.diagnostics, "bad/x.txt"), level, fragment)
    assert found.line == line
    if level == "error":
        assert "left out" in found.message
    assert [s.slug for s in result.stories] == ["bad", "good"]
    assert [src.file for src in result.stories[0].sources] == ["bad/fine.txt"]


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        (
            "The mayor said \u00e2\u20ac\u0153we will rebuild\u00e2\u20ac\u009d.\nIt\u00e2\u20ac\u2122s done.",
            "The mayor said \u201cwe will rebuild\u201d.\nIt\u2019s done.",
        ),
        (
            "Line one.\nThe minister said \u00a1\u00b0we agree\u00a1\u00b1 and it\u00a1\u00afs final.",
            "Line one.\nThe minister said \u201cwe agree\u201d and it\u2019s final.",
        ),
        ("Caf\u00c3\u00a9 owners in S\u00c3\u00a3o Paulo.", "Caf\u00e9 owners in S\u00e3o Paulo."),
        (
            "He called it a \u201cstupid plastic button\ufffd? as part of the reset.",
            "He called it a \u201cstupid plastic button\u201d as part of the reset.",
        ),
    ],
    ids=["cp1252", "gbk", "latin1-accents", "lost-closing-quote"],
)
def test_mojibake_is_repaired_with_a_warning_naming_the_file_and_line(
    tmp_path: Path, damaged: str, repaired: str
) -> None:
    write(tmp_path / "s" / "a.txt", damaged)
    write(tmp_path / "s" / "b.txt", GOOD_B)
    result = load_seeds(tmp_path)
    assert result.stories[0].sources[0].text == repaired
    warning = only(diagnostics_for(result.diagnostics, "s/a.txt"), "warning", "repaired")
    assert warning.line == (2 if "\u00a1" in damaged else 1)


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text.",
        "Curly \u201cquotes\u201d, \u2018single\u2019, em\u2014dash, caf\u00e9, \u00a1Hola!, 10\u00b0C",
        "Sp\u00e4ter \u00fcber Stra\u00dfe. \u041f\u0440\u0430\u0432\u0434\u0430. \u9009\u4e3e\u3002 &lt;b&gt; &amp;",
    ],
)
def test_good_text_is_not_repaired(text: str) -> None:
    assert repair_mojibake(text) == text


def test_html_character_references_in_a_text_seed_are_decoded_with_a_warning(tmp_path: Path) -> None:
    # A page scraped without decoding its markup: the quotation marks arrive as references.
    damaged = (
        "Bridge to close\n\nThe council met on Monday.\n"
        "&quot;We will rebuild,&quot; Ann Lee said &#8212; AT&T&#8217;s R&D; unit &bogus; too.\n"
    )
    write(tmp_path / "s" / "a.txt", damaged)
    write(tmp_path / "s" / "b.txt", GOOD_B)
    result = load_seeds(tmp_path)
    text = result.stories[0].sources[0].text
    assert '"We will rebuild," Ann Lee said \u2014 AT&T\u2019s R&D; unit &bogus; too.' in text
    warning = only(diagnostics_for(result.diagnostics, "s/a.txt"), "warning", "character references")
    assert warning.line == 4


def test_a_markdown_seed_keeps_its_references_for_the_markdown_parser(tmp_path: Path) -> None:
    write(tmp_path / "s" / "a.md", "# Bridge to close\n\nThe council said &quot;no&quot; on Monday.\n")
    write(tmp_path / "s" / "b.txt", GOOD_B)
    result = load_seeds(tmp_path)
    assert "&quot;no&quot;" in result.stories[0].sources[0].text
    assert diagnostics_for(result.diagnostics, "s/a.md") == []


def test_oversized_file_is_left_out_with_its_size_and_the_limit(tmp_path: Path) -> None:
    sentence = b"The council voted on Monday to close the bridge for repairs. "
    write(tmp_path / "s" / "huge.txt", sentence * (20 * 1024 * 1024 // len(sentence) + 1))  # 20 MB
    write(tmp_path / "s" / "fine.txt", GOOD_A)
    write(tmp_path / "s" / "other.txt", GOOD_B)
    result = load_seeds(tmp_path)
    error = only(diagnostics_for(result.diagnostics, "s/huge.txt"), "error", "limit")
    assert "20.0 MB" in error.message and "left out" in error.message
    assert [src.file for src in result.stories[0].sources] == ["s/fine.txt", "s/other.txt"]


def test_one_megabyte_line_is_read(tmp_path: Path) -> None:
    line = ("The council voted to close the bridge. " * 30_000)[:1_000_000]
    assert len(line.encode()) < MAX_ARTICLE_BYTES
    write(tmp_path / "s" / "line.txt", line)
    write(tmp_path / "s" / "other.txt", GOOD_B)
    result = load_seeds(tmp_path)
    assert result.diagnostics == ()
    assert len(result.stories[0].sources[0].text) == 1_000_000


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("---\ntitle: Never closed\noutlet: X\n", 1, "never closed"),
        ("---\ntitle: ok\nthis is not a pair\n---\nBody.\n", 3, "key: value"),
        ("---\ndate: yesterday\n---\nBody.\n", 2, "YYYY-MM-DD"),
        ("---\ndate: 2025-13-45\n---\nBody.\n", 2, "YYYY-MM-DD"),
        ("---\ncolour: red\n---\nBody.\n", 2, "unknown metadata field"),
    ],
)
def test_malformed_front_matter_names_file_and_line(tmp_path: Path, content: str, line: int, fragment: str) -> None:
    write(tmp_path / "s" / "a.md", content)
    write(tmp_path / "s" / "b.txt", GOOD_B)
    write(tmp_path / "s" / "c.txt", GOOD_A)
    result = load_seeds(tmp_path)
    error = only(diagnostics_for(result.diagnostics, "s/a.md"), "error", fragment)
    assert error.line == line
    assert [src.file for src in result.stories[0].sources] == ["s/b.txt", "s/c.txt"]


@pytest.mark.parametrize(
    ("toml", "line", "fragment"),
    [
        ('title = "Unclosed\n', 1, "invalid TOML"),
        ("title = 5\n", 1, "'title' should be text"),
        ('title = "T"\ncolour = "red"\n', None, "unknown key"),
        ('title = "T"\n\n[files."a.txt"]\noutlet = 3\n', 4, "'outlet' should be text"),
        ('[files."a.txt"]\ndate = "soon"\n', 2, "YYYY-MM-DD"),
        ('[files."a.txt"]\ncolour = "red"\n', 2, "unknown metadata field"),
    ],
)
def test_bad_story_toml_is_reported_and_the_story_still_builds(
    tmp_path: Path, toml: str, line: int | None, fragment: str
) -> None:
    write(tmp_path / "s" / "story.toml", toml)
    write(tmp_path / "s" / "a.txt", GOOD_A)
    write(tmp_path / "s" / "b.txt", GOOD_B)
    good_story(tmp_path)
    result = load_seeds(tmp_path)
    error = only(diagnostics_for(result.diagnostics, "s/story.toml"), "error", fragment)
    assert error.line == line
    assert "ignored" in error.message
    assert [s.slug for s in result.stories] == ["good", "s"]
    assert len(result.stories[1].sources) == 2


def test_story_toml_naming_missing_files_warns_with_a_suggestion(tmp_path: Path) -> None:
    toml = '[files."reuter.txt"]\noutlet = "Reuters"\n[files."nothing.md"]\noutlet = "X"\n'
    write(tmp_path / "s" / "story.toml", toml)
    write(tmp_path / "s" / "reuters.txt", GOOD_A)
    write(tmp_path / "s" / "b.txt", GOOD_B)
    result = load_seeds(tmp_path)
    warnings = diagnostics_for(result.diagnostics, "s/story.toml")
    assert "did you mean 'reuters.txt'?" in only(warnings, "warning", "reuter.txt").message
    only(warnings, "warning", "nothing.md")
    assert len(result.stories[0].sources) == 2


# ------------------------------------------------------------------ names and layout


def test_names_that_make_the_same_slug_are_kept_apart_with_a_warning(tmp_path: Path) -> None:
    good_story(tmp_path, "Story One")
    good_story(tmp_path, "story-one")
    good_story(tmp_path, "data")  # the site's own data/ folder
    write(tmp_path / "x" / "Le Monde.txt", GOOD_A)
    write(tmp_path / "x" / "le-monde.txt", GOOD_B)
    result = load_seeds(tmp_path)
    assert [s.slug for s in result.stories] == ["story-one", "data-2", "story-one-2", "x"]
    renamed = only(diagnostics_for(result.diagnostics, "story-one"), "warning", "same address")
    assert "published as 'story-one-2'" in renamed.message
    reserved = only(diagnostics_for(result.diagnostics, "data"), "warning", "uses itself")
    assert "published as 'data-2'" in reserved.message
    assert [src.id for src in result.stories[3].sources] == ["le-monde", "le-monde-2"]
    only(diagnostics_for(result.diagnostics, "x/le-monde.txt"), "warning", "same id")


def test_names_with_spaces_accents_and_other_scripts_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds / "\u00c9lection pr\u00e9sidentielle" / "Le Monde \u2013 \u00e9dition.txt", GOOD_A)
    write(seeds / "\u00c9lection pr\u00e9sidentielle" / "d\u00e9p\u00eache AFP.md", GOOD_B)
    write(seeds / "\u041d\u043e\u0432\u043e\u0441\u0442\u0438" / "\u0441\u0442\u0430\u0442\u044c\u044f 1.txt", GOOD_A)
    write(seeds / "\u041d\u043e\u0432\u043e\u0441\u0442\u0438" / "\u0441\u0442\u0430\u0442\u044c\u044f 2.txt", GOOD_B)
    write(seeds / "\u9009\u4e3e \u65b0\u95fb" / "\u6587\u7ae0.txt", GOOD_A)
    write(seeds / "\u9009\u4e3e \u65b0\u95fb" / "\u62a5\u9053.txt", GOOD_B)
    reporter = BufferReporter()
    result = build_site(SiteConfig(), tmp_path, reporter)
    assert result.errors == 0 and reporter.diagnostics == []
    slugs = [story.slug for story in result.stories]
    assert slugs[0] == "election-presidentielle" and all(s.isascii() for s in slugs) and len(set(slugs)) == 3
    for slug in slugs:
        assert (tmp_path / "_site" / slug / "index.html").is_file()
        exported = json.loads((tmp_path / "_site" / "data" / f"{slug}.json").read_text(encoding="utf-8"))
        for source in exported["sources"]:
            page = tmp_path / "_site" / slug / "sources" / f"{source['id']}.html"
            assert source["id"].isascii() and page.is_file()


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_file_name_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    good_story(seeds, "s")
    with open(os.path.join(os.fsencode(seeds / "s"), b"caf\xe9.txt"), "wb") as handle:
        handle.write(GOOD_A.encode())
    result = load_seeds(seeds)
    [error] = [d for d in result.diagnostics if d.level == "error"]
    assert "not valid UTF-8" in error.message and error.file == "s/caf\\xe9.txt"
    built = build_site(SiteConfig(), tmp_path, BufferReporter())  # renders without UnicodeEncodeError
    assert built.errors == 1 and (tmp_path / "_site" / "s" / "index.html").is_file()


def test_one_source_and_empty_seeds(tmp_path: Path) -> None:
    write(tmp_path / "solo" / "only.txt", GOOD_A)
    result = load_seeds(tmp_path)
    assert len(result.stories) == 1
    only(list(result.diagnostics), "warning", "nothing to compare")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = load_seeds(empty)
    assert result.stories == ()
    only(list(result.diagnostics), "error", "no stories found")


def test_symlinks_loops_and_links_outside_the_seeds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    good_story(seeds, "a")
    (seeds / "a" / "loop").symlink_to("..")  # a folder inside a story is not read at all
    (seeds / "loop").symlink_to(".")  # a story folder that is the seeds directory again
    (seeds / "away").symlink_to(tmp_path)  # a story folder outside the seeds
    secret = write(tmp_path / "private" / "id_rsa.txt", "PRIVATE KEY")
    (seeds / "a" / "secret.txt").symlink_to(secret)
    (seeds / "a" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (seeds / "a" / "self.txt").symlink_to("self.txt")
    (seeds / "a" / "alias.txt").symlink_to("a.txt")  # inside the seeds: read like a copy
    result = load_seeds(seeds)
    assert [s.slug for s in result.stories] == ["a"]
    assert [src.file for src in result.stories[0].sources] == ["a/a.txt", "a/alias.txt", "a/b.txt"]
    assert all("PRIVATE" not in src.text for src in result.stories[0].sources)
    warned = {d.file: d.message for d in result.diagnostics if d.level == "warning"}
    assert "outside the seeds" in warned["a/secret.txt"]
    assert "broken symbolic link" in warned["a/dangling.txt"] and "broken symbolic link" in warned["a/self.txt"]
    assert "seeds directory itself" in warned["loop"] and "outside the seeds" in warned["away"]
    assert not [d for d in result.diagnostics if d.level == "error"]


# ------------------------------------------------------------------ the command line


def test_cli_reports_every_bad_file_keeps_good_stories_and_exits_1(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    good_story(seeds)
    write(seeds / "mixed" / "image.txt", PNG)
    write(seeds / "mixed" / "latin1.txt", b"ok\ncaf\xe9\n")
    write(seeds / "mixed" / "front.md", "---\ntitle: x\nnot a pair\n---\nBody.\n")
    write(seeds / "mixed" / "fine.txt", GOOD_A)
    write(seeds / "mixed" / "fine2.txt", GOOD_B)
    write(seeds / "broken" / "story.toml", 'title = "unclosed\n')
    good_story(seeds, "broken")
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    for expected in (
        "mixed/image.txt: error:",
        "mixed/latin1.txt:2: error:",
        "mixed/front.md:3: error:",
        "broken/story.toml:1: error:",
    ):
        assert expected in result.stderr, result.stderr
    for story in ("good", "mixed", "broken"):
        assert (tmp_path / "_site" / story / "index.html").is_file()


def test_cli_exits_0_with_warnings_and_1_when_strict(tmp_path: Path) -> None:
    good_story(tmp_path / "seeds")
    write(tmp_path / "seeds" / "solo" / "one.txt", GOOD_A)
    write(tmp_path / "seeds" / "solo" / "empty.txt", "")
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "solo/empty.txt: warning: empty article" in result.stderr and "nothing to compare" in result.stderr
    shutil.rmtree(tmp_path / "_site")
    result = run_cli("build", "--strict", cwd=tmp_path)
    assert result.returncode == 1 and "--strict" in result.stderr
    assert not (tmp_path / "_site").exists()


def test_cli_empty_seeds_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1 and "no stories found" in result.stderr


@pytest.mark.parametrize(
    "out",
    [".", "seeds", "seeds/site", "home", "/", "docs", "file.txt", ".."],
    ids=["project", "seeds", "inside-seeds", "home", "root", "foreign-dir", "a-file", "parent-of-project"],
)
def test_cli_refuses_dangerous_output_directories(tmp_path: Path, out: str) -> None:
    project = tmp_path / "project"
    good_story(project / "seeds")
    write(project / "docs" / "mine.txt", "keep me")
    write(project / "file.txt", "keep me too")
    home = project / "home"
    home.mkdir()
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    env = dict(os.environ, HOME=str(home))
    result = run_cli("build", "--out", out, cwd=project, env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and (
        "refusing" in result.stderr or "not a directory" in result.stderr or "did not write" in result.stderr
    ), result.stderr
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before
    assert (project / "docs" / "mine.txt").read_text() == "keep me"


# ------------------------------------------------------------------ adversarial text, whole pipeline


class TookTooLong(BaseException):
    """Not an Exception: the build leaves out a story whose analysis raises one, and a hang
    must fail the test as a hang, not pass as a story left out."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (works inside regex matching too)."""

    def expire(signum: int, frame: object) -> None:
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _sentences(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = "the mayor said council bridge vote Monday repairs ferry engineers cables city harbour Lena Ortiz".split()
    out: list[str] = []
    while sum(map(len, out)) + len(out) < size:
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(6, 18))).capitalize() + rng.choice(".?!"))
    return " ".join(out)


#: Hang guard for one adversarial article (plus a short one) through load, analysis, render and
#: write; not a speed budget. Measured here (2 shared cores, load about 0.8, 2026-12-08):
#: "many-short-paragraphs" 8.3 s (20 s before a role in apposition was sought only in the
#: paragraphs where it stands; an earlier figure of 1.5 s had gone stale as speaker rules grew),
#: "unterminated-quotes" 3.5 s, "100kb-line" and "nested-quotes" 2.7 s, every other case under
#: 1.3 s. 30 s is over three times the slowest, so only a hang (say, catastrophic regex
#: backtracking) reaches it, not a busy machine.
BUDGET_SECONDS = 30.0

ADVERSARIAL: dict[str, Callable[[], str]] = {
    "brackets": lambda: "(" * 20_000 + "x" + ")" * 20_000 + "[{" * 5000,
    "only-quote-marks": lambda: "\u201c\u201d\u2018\u2019\"'\u00ab\u00bb\u201e\u201a" * 5000,
    "nested-quotes-shallow": lambda: "He said \u201ca \u2018b \u201cc\u201d b\u2019 a\u201d. " * 200,
    "repeated-paragraph": lambda: "\n\n".join(["The council voted on Monday to close the bridge for repairs."] * 500),
    "100kb-line": lambda: _sentences(100_000),
    "nested-quotes": lambda: "He said \u201ca \u2018b \u201cc \u2018d " * 2500 + "\u2019 \u201d \u2019 \u201d" * 2500,
    "unterminated-quotes": lambda: 'The mayor said "we will ' * 3000,
    "long-token": lambda: "a" * 300_000 + ".",
    "many-short-paragraphs": lambda: "\n\n".join(_sentences(80, seed=n) for n in range(3000)),
}
#: Cases known to hang, each with the reason; empty while every case finishes.
SLOW: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, raises=TookTooLong, reason=SLOW[name]))
        if name in SLOW
        else name
        for name in ADVERSARIAL
    ],
)
def test_adversarial_text_goes_through_the_whole_pipeline_without_hanging(tmp_path: Path, case: str) -> None:
    write(tmp_path / "seeds" / "s" / "hostile.txt", ADVERSARIAL[case]())
    write(tmp_path / "seeds" / "s" / "plain.txt", GOOD_A)
    reporter = BufferReporter()
    with time_limit(BUDGET_SECONDS):
        result = build_site(SiteConfig(), tmp_path, reporter)
    assert result.errors == 0
    assert (tmp_path / "_site" / "s" / "sources" / "hostile.html").is_file()


def test_slugify_never_returns_an_empty_or_unsafe_slug() -> None:
    for name in ["", "...", "\u9009\u4e3e", "--", "a/b", "CON", "x" * 300, "\u00c9t\u00e9"]:
        slug = slugify(name)
        assert slug and slug.isascii() and "/" not in slug and len(slug) <= 80
        assert slug == slugify(name)


def test_strict_fails_before_writing_on_a_bad_file(tmp_path: Path) -> None:
    good_story(tmp_path / "seeds")
    write(tmp_path / "seeds" / "good" / "image.txt", PNG)
    with pytest.raises(BuildFailed):
        build_site(SiteConfig(strict=True), tmp_path, BufferReporter())
    assert not (tmp_path / "_site").exists()
