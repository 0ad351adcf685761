"""One person named differently by two sources: "Juan Manuel Alvarez" and "Juan Miguel Alvarez",
"Krystle Campbell" and "Krystal Campbell", "Mohamed Mursi" and "Mohammed Morsy", "207 Quickstop"
and "207 Quikstop" (issue 15, names).

Middle names: a person's name is a run of two or three capitalised words that starts with a known
given name, is a quote's speaker, or is followed by an age ("Ann Lee, 56,"); two sources disagree
when they give one person (the same first and last name) different middle names; initials agree
with any name they begin ("Juan M. Alvarez").

Spellings: any proper name, a person's, a place's or a shop's. Two sources spell one name
differently when each writes a capitalised word the other never writes, the two are one or two
letters apart (by length; a swap of two letters is one), start alike, and stand by a common
neighbour somewhere ("Hernandez" after "Ilsa" and "Isla", "President" before "Mursi" and
"Morsi"). A word the story also writes in lower case is not a name; one word extending the other
is another word, not a misspelling, when what is added makes another word of it ("Israel",
"Israeli": ``derived_name_endings.txt``) or is more than a letter ("Jong", "Jong-un"), or when
both are given names ("Louis", "Louise"); else it is one name spelt two ways ("Whitcomb",
"Whitcombe"). A source writing both forms itself is naming two people, and is not compared.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..model import Source
from ..text.lexicon import DEFAULT_LANGUAGE, analysis_language, given_names, lexicon_for
from ..text.normalise import fold_quote_marks
from ..text.script import UPPER

_LEXICON = lexicon_for(DEFAULT_LANGUAGE)
_GIVEN_NAMES = given_names(DEFAULT_LANGUAGE)
_WORD = rf"{UPPER}[a-z][\w'’-]*"
#: A run of capitalised words (and initials), with an age after it ("Ann Lee, 56,").
_RUN = re.compile(rf"(?<![\w.])({_WORD}(?:\s+(?:{_WORD}|{UPPER}\.))+)(?![\w'’-])(?P<age>,\s*\d{{1,3}}\b)?")


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
        for match in _RUN.finditer(sentence.text):
            words = re.sub(r"['’]s$", "", match.group(1)).split()  # "Trump's" is Trump
            # The name starts at its given name: "Born Betty Jane Perske", "Judge Ann Lee".
            given = next((i for i, word in enumerate(words) if word.lower() in _GIVEN_NAMES), None)
            name = " ".join(words[given or 0 :])
            known = given is not None or name in speakers or match.group("age")
            if known and 2 <= len(name.split()) <= 3:
                found.append(NamedPerson(source.id, sentence.id, name))
    return found


def _middles_agree(one: str, other: str) -> bool:
    if one.endswith(".") or other.endswith("."):
        return one[0].lower() == other[0].lower()
    return one.lower() == other.lower()


_TOKEN = re.compile(r"[^\W_][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
#: The shortest word compared for spelling ("Ilsa", "Isla"), and how far apart, as letters
#: changed, words up to and from ``_LONG_WORD`` letters may be.
_MIN_SPELLING = 4
_LONG_WORD = 6
_MAX_SPELLING_EDITS = 2


@functools.lru_cache(maxsize=1 << 14)
def _key(token: str) -> str:
    """A word as compared for spelling: a name printed without its accents or hyphen ("Roisin",
    "Fell-side") is the same name, not another spelling."""
    word = _POSSESSIVE.sub("", fold_quote_marks(token).rstrip(".-"))
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return plain.replace("-", "").replace("'", "").casefold()


def _spelling_close(one: str, other: str, derived_endings: frozenset[str]) -> bool:
    """Whether two names' keys may be one name spelt two ways: one or two letters apart, or one
    the other with a letter added that makes no other word of it ("Whitcomb", "Whitcombe"; not
    "Israel", "Israeli", nor two given names, "Louis" and "Louise"; more letters added are
    another part, "Jong" and "Jong-un")."""
    if one[0] != other[0]:
        return False
    shorter, longer = sorted((one, other), key=len)
    if longer.startswith(shorter):
        ending = longer[len(shorter) :]
        return (
            len(shorter) >= _MIN_SPELLING
            and len(ending) == 1
            and ending not in derived_endings
            and not (shorter in _GIVEN_NAMES and longer in _GIVEN_NAMES)
        )
    length = len(shorter)
    return length >= _MIN_SPELLING and OSA.distance(one, other) <= (1 if length < _LONG_WORD else _MAX_SPELLING_EDITS)


def _spelling_variants(sources: Sequence[Source]) -> list[list[NamedPerson]]:
    """Each proper name two sources spell differently: how each writes it first (see the module).
    Sources in a language that capitalises every noun (German) are left out: there a capital
    letter does not mark a name."""
    lower_case: set[str] = set()
    # Per source: each capitalised word (as its key) -> where it stands first (sentence number,
    # sentence id, the name around it); each word's neighbours; which sources write each word.
    first_seen: dict[str, dict[str, tuple[int, str, str]]] = {}
    neighbours: dict[str, set[str]] = {}
    writers: dict[str, set[str]] = {}
    not_names: set[str] = set()
    derived_endings: set[str] = set()
    spellings: dict[str, str] = {}  # "honour" -> "honor": one word in two spellings, not two names
    for source in sources:
        lexicon = lexicon_for(analysis_language(source.metadata.language))
        if lexicon.capitalises_nouns:
            continue
        not_names.update(lexicon.titles, lexicon.calendar.months, lexicon.calendar.weekdays)
        derived_endings.update(lexicon.derived_name_endings)
        spellings.update(lexicon.spelling_variants)
        seen = first_seen.setdefault(source.id, {})
        for number, sentence in enumerate(source.sentences):
            matches = list(_TOKEN.finditer(sentence.text))
            tokens = [match.group() for match in matches]
            lower_case.update(_key(token) for token in tokens if token.islower())
            for index, token in enumerate(tokens):
                if not token[0].isupper():
                    continue
                key = _key(token)
                if key not in seen:
                    seen[key] = (number, sentence.id, _name_around(sentence.text, matches, index))
                    writers.setdefault(key, set()).add(source.id)
                beside = tokens[max(index - 1, 0) : index] + tokens[index + 1 : index + 2]
                neighbours.setdefault(key, set()).update(
                    _key(word) for word in beside if word.casefold() not in lexicon.stop_words
                )
    names = sorted(key for key in writers if key and key not in lower_case and key not in not_names)
    joined: dict[str, frozenset[str]] = {}
    endings = frozenset(derived_endings)
    for one, other in _close_pairs(names):
        if spellings.get(one, one) == spellings.get(other, other):
            continue  # "Her Honor" and "Her Honour": a British and an American spelling of one word
        apart = not writers[one] & writers[other]
        if apart and _spelling_close(one, other, endings) and (neighbours[one] & neighbours[other]) - {one, other}:
            group = joined.get(one, frozenset({one})) | joined.get(other, frozenset({other}))
            for key in group:
                joined[key] = group
    found = []
    for group in sorted(set(joined.values()), key=sorted):
        forms = []
        for source in sources:
            places = [first_seen[source.id][key] for key in group if key in first_seen.get(source.id, {})]
            if places:
                _, sentence_id, text = min(places)
                forms.append(NamedPerson(source.id, sentence_id, text))
        if len({form.text for form in forms}) > 1:
            found.append(forms)
    return found


def _close_pairs(names: list[str]) -> list[tuple[str, str]]:
    """Every two names (sorted, first before second) of one initial and lengths at most
    ``_MAX_SPELLING_EDITS`` apart that are so many edits apart or fewer: compared in bulk by
    rapidfuzz, block by block, since a story of hundreds of sources writes thousands of names."""
    blocks: dict[tuple[str, int], list[str]] = {}
    for name in names:
        blocks.setdefault((name[0], len(name)), []).append(name)
    pairs = []
    for (initial, length), keys in sorted(blocks.items()):
        for longer in range(length, length + _MAX_SPELLING_EDITS + 1):
            others = blocks.get((initial, longer), [])
            if not others:
                continue
            distances = process.cdist(keys, others, scorer=OSA.distance, score_cutoff=_MAX_SPELLING_EDITS, workers=1)
            for first, second in zip(*(distances <= _MAX_SPELLING_EDITS).nonzero(), strict=True):
                one, other = sorted((keys[first], others[second]))
                if one != other and (longer != length or keys[first] < others[second]):
                    pairs.append((one, other))
    return pairs


def _name_around(text: str, tokens: list[re.Match[str]], index: int) -> str:
    """The run of capitalised words (and a number just before them, "207 Quickstop") around
    ``tokens[index]``, each parted from the next by a space only, from after its last title
    ("President Mohamed Mursi" is "Mohamed Mursi")."""

    def joined(left: int) -> bool:  # tokens[left] and tokens[left + 1] stand a space apart
        return not text[tokens[left].end() : tokens[left + 1].start()].strip()

    start = index
    while start > 0 and tokens[start - 1].group()[0].isupper() and joined(start - 1):
        start -= 1
    if start > 0 and tokens[start - 1].group().isdigit() and joined(start - 1):
        start -= 1
    end = index + 1
    while end < len(tokens) and tokens[end].group()[0].isupper() and joined(end - 1):
        end += 1
    words = [token.group() for token in tokens[start:end]]
    words[-1] = words[-1].rstrip(".,")
    titles = [i for i, word in enumerate(words) if _key(word) in _LEXICON.titles and i < index - start]
    return " ".join(_POSSESSIVE.sub("", word) for word in words[titles[-1] + 1 if titles else 0 :])


def differing_names(sources: Sequence[Source], speakers: Iterable[str]) -> list[tuple[str, list[NamedPerson]]]:
    """``(whose name, how each source writes it)`` for every person two sources name differently,
    the sources in story order."""
    speaker_names = frozenset(speakers)
    order = {source.id: index for index, source in enumerate(sources)}
    by_source = {source.id: _names_in(source, speaker_names) for source in sources}
    found: list[tuple[str, list[NamedPerson]]] = []
    seen: set[str] = set()

    reported: set[tuple[str, str]] = set()  # each word of the forms reported, with its sentence

    def report(what: str, forms: list[NamedPerson]) -> None:
        if what not in seen:
            seen.add(what)
            reported.update((form.sentence_id, word) for form in forms for word in form.parts)
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

    for forms in _spelling_variants(sources):
        # A middle name told apart above is not reported again as a misspelling.
        if not any((form.sentence_id, word) in reported for form in forms for word in form.parts):
            report(forms[0].text, sorted(forms, key=lambda person: order[person.source_id]))
    return found
