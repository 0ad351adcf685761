"""One person named differently by two sources: "Juan Manuel Alvarez" and "Juan Miguel Alvarez",
"Krystle Campbell" and "Krystal Campbell" (issue 15, names).

A person's name is a run of two or three capitalised words that starts with a known given name,
is a quote's speaker, or is followed by an age ("Ann Lee, 56,"). Two sources disagree on a name
when they give one person (the same first and last name) different middle names, or the same
first name with last names one or two letters apart (or the same last name with first names so
close); initials agree with any name they begin ("Juan M. Alvarez"). A source writing both forms
itself is naming two people, and is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from ..model import Source
from ..text.lexicon import DEFAULT_LANGUAGE, lexicon_for

_LEXICON = lexicon_for(DEFAULT_LANGUAGE)
_GIVEN_NAMES = _LEXICON.given_names_female | _LEXICON.given_names_male
_WORD = r"[A-Z][a-z][\w'’-]*"
_NAME = re.compile(rf"(?<![\w.])({_WORD}(?:\s+(?:{_WORD}|[A-Z]\.))?\s+{_WORD})(?![\w'’-])(?P<age>,\s*\d{{1,3}}\b)?")
#: Spellings this far apart (as letters changed) are one name misspelt, not two names.
_MAX_EDITS = 2
_MIN_LENGTH = 5


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """One way a source writes a person's name, and the first sentence writing it so."""

    source_id: str
    sentence_id: str
    text: str

    @property
    def parts(self) -> list[str]:
        return self.text.split()


def _names_in(source: Source, speakers: frozenset[str]) -> list[NamedPerson]:
    found = []
    for sentence in source.sentences:
        for match in _NAME.finditer(sentence.text):
            name = re.sub(r"['’]s$", "", " ".join(match.group(1).split()))  # "Trump's" is Trump
            first = name.split()[0]
            if first.lower() in _GIVEN_NAMES or name in speakers or match.group("age"):
                found.append(NamedPerson(source.id, sentence.id, name))
    return found


def _close(one: str, other: str) -> bool:
    """Two spellings of one name: long enough, and one or two letters apart."""
    if one.lower() == other.lower() or min(len(one), len(other)) < _MIN_LENGTH:
        return False
    return Levenshtein.distance(one.lower(), other.lower()) <= _MAX_EDITS


def _middles_agree(one: str, other: str) -> bool:
    if one.endswith(".") or other.endswith("."):
        return one[0].lower() == other[0].lower()
    return one.lower() == other.lower()


def differing_names(sources: Sequence[Source], speakers: Iterable[str]) -> list[tuple[str, list[NamedPerson]]]:
    """``(whose name, how each source writes it)`` for every person two sources name differently,
    the sources in story order."""
    speaker_names = frozenset(speakers)
    order = {source.id: index for index, source in enumerate(sources)}
    by_source = {source.id: _names_in(source, speaker_names) for source in sources}
    found: list[tuple[str, list[NamedPerson]]] = []
    seen: set[str] = set()

    def report(what: str, forms: list[NamedPerson]) -> None:
        if what not in seen:
            seen.add(what)
            found.append((what, forms))

    # Middle names: the same first and last name, different middles.
    middles: dict[tuple[str, str], dict[str, NamedPerson]] = {}
    conflicting: dict[tuple[str, str], set[str]] = {}
    for source in sources:
        for person in by_source[source.id]:
            parts = person.parts
            if len(parts) != 3:
                continue
            key = (parts[0].lower(), parts[2].lower())
            given = middles.setdefault(key, {})
            if source.id in given and not _middles_agree(given[source.id].parts[1], parts[1]):
                conflicting.setdefault(key, set()).add(source.id)  # two middles in one source: two people
            given.setdefault(source.id, person)
    for key, given in middles.items():
        forms = [person for source_id, person in given.items() if source_id not in conflicting.get(key, set())]
        full = {person.parts[1].lower() for person in forms if not person.parts[1].endswith(".")}
        if len(full) > 1:
            report(f"{forms[0].parts[0]} {forms[0].parts[2]}", forms)

    # Spellings: the same first name with close last names, or the same last name with close first names.
    for keep, vary in ((0, -1), (-1, 0)):
        spellings: dict[str, dict[str, dict[str, NamedPerson]]] = {}  # kept part -> varied part -> source
        for source in sources:
            for person in by_source[source.id]:
                parts = person.parts
                spellings.setdefault(parts[keep].lower(), {}).setdefault(parts[vary], {}).setdefault(source.id, person)
        for forms_by_spelling in spellings.values():
            names = sorted(forms_by_spelling)
            for index, one in enumerate(names):
                for other in names[index + 1 :]:
                    ones, others = forms_by_spelling[one], forms_by_spelling[other]
                    if not _close(one, other) or set(ones) & set(others):
                        continue  # one source writing both spellings names two people
                    forms = sorted([*ones.values(), *others.values()], key=lambda person: order[person.source_id])
                    report(forms[0].text, forms)
    return found
