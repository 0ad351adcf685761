"""The lexicon: every bundled word list loads, a language is a data folder, mistakes are named."""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import fields
from importlib import resources
from pathlib import Path

import pytest

from site_builder.text.lexicon import (
    CORE_LISTS,
    DEFAULT_LANGUAGE,
    UNUSED_IN_ENGLISH,
    Lexicon,
    available_languages,
    lexicon_for,
    load_lexicon,
    news_outlets,
)
from site_builder.text.sentences import split_sentences

DATA = Path(str(resources.files("site_builder.text").joinpath("data")))
LIST_NAMES = {field.name for field in fields(Lexicon)} - {"language"}


@pytest.mark.parametrize("language", available_languages())
def test_every_bundled_list_loads_and_the_lists_each_language_needs_are_filled(language: str) -> None:
    lexicon = lexicon_for(language)
    assert lexicon.language == language
    needed = LIST_NAMES - set(UNUSED_IN_ENGLISH) if language == DEFAULT_LANGUAGE else set(CORE_LISTS)
    assert [name for name in sorted(needed) if not getattr(lexicon, name)] == []
    # A list left empty says why, rather than being an empty file nobody noticed.
    for name in LIST_NAMES - needed:
        if not getattr(lexicon, name):
            assert "#" in (DATA / language / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", available_languages())
def test_a_language_folder_holds_exactly_one_file_per_list(language: str) -> None:
    # A misspelt file name would otherwise be ignored while the list it was meant to be goes missing.
    assert {path.stem for path in (DATA / language).iterdir()} == LIST_NAMES
    assert all(path.suffix == ".txt" for path in (DATA / language).iterdir())


def test_the_default_language_is_bundled_and_read_once() -> None:
    assert DEFAULT_LANGUAGE in available_languages()
    assert lexicon_for(DEFAULT_LANGUAGE) is lexicon_for(DEFAULT_LANGUAGE)


def test_an_unknown_language_is_an_error_naming_what_there_is() -> None:
    with pytest.raises(LookupError, match=r"'xx'.*has: .*en"):
        lexicon_for("xx")
    with pytest.raises(LookupError):
        lexicon_for("../text")  # a language is a folder name, never a path


def test_news_outlets_are_shared_by_all_languages() -> None:
    outlets = news_outlets()
    assert ("Associated Press", "AP", "The Associated Press") in outlets
    assert all(names and all(name == name.strip() and name for name in names) for names in outlets)


def test_entries_are_stripped_and_comments_and_blank_lines_skipped() -> None:
    english = lexicon_for("en")
    assert all(not word.startswith("#") and word == word.strip() for word in english.stop_words)
    assert english.number_words["five"] == "5"
    assert ("halt", "pause", "stop", "suspend", "freeze") in english.synonym_groups
    assert "New Delhi" in english.dateline_places


def test_every_language_folder_is_packaged() -> None:
    # Installed wheels carry only the data packages that pyproject.toml lists.
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))
    setuptools = pyproject["tool"]["setuptools"]
    for language in available_languages():
        package = f"site_builder.text.data.{language}"
        assert package in setuptools["packages"], f"add {package} to [tool.setuptools] packages"
        assert setuptools["package-data"].get(package) == ["*.txt"], f"add {package} to package-data"


def _second_language(tmp_path: Path) -> Path:
    """A made-up language "xx": the English lists plus a title and a speech verb of its own."""
    folder = tmp_path / "xx"
    shutil.copytree(DATA / "en", folder)
    with (folder / "abbreviations.txt").open("a", encoding="utf-8") as file:
        file.write("# Herr\nHr\n")
    with (folder / "speech_verbs.txt").open("a", encoding="utf-8") as file:
        file.write("sagte\n")
    return folder


def test_a_second_language_is_data_only(tmp_path: Path) -> None:
    second = load_lexicon(_second_language(tmp_path))
    assert second.language == "xx"
    title = "Hr. Schmidt kam. Er ging."
    assert len(split_sentences(title)) == 3
    assert len(split_sentences(title, second)) == 2
    attribution = '"Wir haben gewonnen." Schmidt sagte.'
    assert len(split_sentences(attribution)) == 2
    assert len(split_sentences(attribution, second)) == 1


def test_a_missing_list_is_named(tmp_path: Path) -> None:
    folder = _second_language(tmp_path)
    (folder / "speech_verbs.txt").unlink()
    with pytest.raises(FileNotFoundError, match=r"speech_verbs\.txt"):
        load_lexicon(folder)


def test_a_malformed_list_is_named(tmp_path: Path) -> None:
    folder = _second_language(tmp_path)
    (folder / "stop_words.txt").write_text("a\nthe an\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx/stop_words.txt: 'the an' is not one word"):
        load_lexicon(folder)
    shutil.copy(DATA / "en" / "stop_words.txt", folder)
    (folder / "number_words.txt").write_text("five\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx/number_words.txt: 'five'"):
        load_lexicon(folder)
