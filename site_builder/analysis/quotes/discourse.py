"""What a reader knows at a point of an article: who has been named, as what, in reading order.

The attribution pass (``attribution.py``) is the only writer. The speaker rules
(``speakers.py``) see it through :class:`DiscourseQueries`, which has no way to change it:
a rule answers with the facts it learned, and the pass applies them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from .cues import FEMALE_PRONOUN, LEXICON, MALE_PRONOUN

Pronoun = str  # "he" or "she"
#: How many paragraphs back a pronoun may reach for the person it means.
PRONOUN_REACH_PARAGRAPHS = 2
#: How many paragraphs back a description ("the senator") may reach for the person it means.
DESCRIPTION_REACH_PARAGRAPHS = 1


@dataclass(frozen=True, slots=True)
class Mention:
    """Someone (or some body) named at a place of the article; ``person`` is "" for an unnamed role."""

    paragraph: int
    position: int
    person: str
    #: The pronoun an unnamed person goes by, when the article says ("her father"): they only take
    #: that pronoun away from anyone named before.
    pronoun: Pronoun | None = None
    #: One of two people a sentence opens with as its subject ("Tom Roe and Greg Hale met ..."): a
    #: "he" after it means one of them only when the other cannot be a "he".
    joint: bool = False


@dataclass(frozen=True, slots=True)
class Body:
    """A speaker that is an organisation, or a person's family or office: never what "he" or "she" means."""

    name: str


@dataclass(frozen=True, slots=True)
class SpeakingOrganisation:
    """A named organisation spoke here: ``it said`` and ``the ministry said`` may mean it later."""

    mention: Mention


@dataclass(frozen=True, slots=True)
class Gender:
    """The pronoun a person goes by. ``certain`` when an honorific says so (``Mrs.``); otherwise
    learned from a pronoun that fitted, and kept only if nothing was known."""

    person: str
    pronoun: Pronoun
    certain: bool


@dataclass(frozen=True, slots=True)
class DocumentOwner:
    """``the iSight report`` was named here: a later ``the report`` is iSight's."""

    document: str
    mention: Mention


Fact = Body | SpeakingOrganisation | Gender | DocumentOwner


class DiscourseQueries(Protocol):
    """What a speaker rule may ask of the discourse: questions only."""

    def pronoun_antecedent(
        self, pronoun: Pronoun, paragraph: int, position: int, not_meant: frozenset[str] = frozenset()
    ) -> str | None: ...

    def described_person(self, paragraph: int, position: int) -> str | None: ...

    def person_just_named(self, paragraph: int, position: int) -> str | None: ...

    def just_asked(self, paragraph: int, position: int) -> str | None: ...

    def questioned(self, asker: str, paragraph: int, position: int) -> str | None: ...

    def latest_organisation(
        self, paragraph: int, position: int, head: str | frozenset[str] | None = None
    ) -> str | None: ...

    def latest_issuer(self, paragraph: int, position: int, *, reach: int = ...) -> str | None: ...

    def latest_issuer_mention(self, paragraph: int, position: int, *, reach: int = ...) -> Mention | None: ...

    def document_owner(self, document: str, paragraph: int, position: int) -> str | None: ...


class Discourse:
    """The people and bodies named so far, kept in reading order, and the genders learned."""

    def __init__(self) -> None:
        #: People named as speakers or as the subject of a sentence: what "he" and "she" may mean.
        self._people: list[Mention] = []
        #: Everyone named in a sentence outside quotations, subject or not.
        self._bystanders: list[Mention] = []
        #: Organisations named as speakers, for "it said" and "the ministry said".
        self._organisations: list[Mention] = []
        #: Everyone and everything named as a speaker, for "the statement said".
        self._issuers: list[Mention] = []
        #: Speakers who put a question ("... ?" Arbour asked), for whom the answer next is not theirs.
        self._askers: set[tuple[int, int]] = set()
        #: Per kind of document ("report"), whose it was said to be, for a later "the report said".
        self._documents: dict[str, list[Mention]] = {}
        self._bodies: set[str] = set()
        self._gender: dict[str, Pronoun] = {}

    # ------------------------------------------------------------------ questions

    def pronoun_antecedent(
        self, pronoun: Pronoun, paragraph: int, position: int, not_meant: frozenset[str] = frozenset()
    ) -> str | None:
        """The last person, of the pronoun's gender where known, who spoke or opened a sentence,
        if named in this paragraph or the two before: from further back a "he" is a guess, and an
        empty speaker is better than a wrong one (on PolNeAR's development part this cut wrong
        speakers from 7.5% to 6.8% for 0.1% fewer right ones). Never one of ``not_meant``: the
        listener the verb names ("he told Rubio": "he" is not Rubio) or someone its sentence names
        after it ("he calls Christie's endorsement": "he" is not Christie)."""
        earlier = _latest_first(self._people, paragraph, position)
        fitting = next(
            (
                m
                for m in earlier
                if (self.gender_of(m.person) if m.person else m.pronoun) in (pronoun, None)
                and m.person not in not_meant
            ),
            None,
        )
        latest = next(_latest_first(self._people, paragraph, position), None)
        if latest is not None and latest.person and (fitting is None or fitting.paragraph < latest.paragraph):
            # "Clinton made an appearance, courtesy of Wes Nakagiri, a delegate. "...," he said": the
            # subject cannot be "he"; the one person of the sentence who can be is (unless someone
            # who can is named in the paragraph already).
            named = self._named_since(latest, paragraph, position)
            candidates = {m.person for m in named if self.gender_of(m.person) in (pronoun, None)} - not_meant
            if len(candidates) == 1 and paragraph - latest.paragraph <= PRONOUN_REACH_PARAGRAPHS:
                return candidates.pop()
        if fitting is None or paragraph - fitting.paragraph > PRONOUN_REACH_PARAGRAPHS:
            return None
        if fitting.joint and self._joint_rival(fitting, pronoun, not_meant):
            return None  # "Tom Roe and Greg Hale met. Afterward, he said": either of them
        return fitting.person or None

    def _joint_rival(self, mention: Mention, pronoun: Pronoun, not_meant: frozenset[str]) -> bool:
        """Whether someone else opened the same sentence with ``mention`` whom ``pronoun`` may mean."""
        place = (mention.paragraph, mention.position)
        start = bisect.bisect_left(self._people, place, key=lambda m: (m.paragraph, m.position))
        end = bisect.bisect_right(self._people, place, key=lambda m: (m.paragraph, m.position))
        return any(
            other.joint
            and other.person not in (mention.person, "")
            and other.person not in not_meant
            and self.gender_of(other.person) in (pronoun, None)
            for other in self._people[start:end]
        )

    def _named_since(self, mention: Mention, paragraph: int, position: int) -> list[Mention]:
        """Those named from ``mention`` on, before ``position`` of ``paragraph``."""

        def place(m: Mention) -> tuple[int, int]:
            return (m.paragraph, m.position)

        start = bisect.bisect_left(self._bystanders, place(mention), key=place)
        end = bisect.bisect_left(self._bystanders, (paragraph, position), key=place)
        return self._bystanders[start:end]

    def described_person(self, paragraph: int, position: int) -> str | None:
        """Whom a capitalised description (``the Wisconsin Republican``) means: the last person who
        spoke or opened a sentence, in this paragraph or the one before. A description names no
        gender, so it reaches less far back than a pronoun does."""
        latest = next(_latest_first(self._people, paragraph, position), None)
        if latest is None or paragraph - latest.paragraph > DESCRIPTION_REACH_PARAGRAPHS:
            return None
        # A body's unnamed voice ("Harlow Council spokeswoman") is no person a description means.
        return None if latest.person in self._bodies else latest.person or None

    def sole_fitting(self, pronoun: Pronoun, paragraph: int, position: int) -> str | None:
        """The one person named within a pronoun's reach (subject, speaker or in passing) whose
        gender fits ``pronoun``; ``None`` when none or several do."""
        fitting = {
            mention.person
            for mentions in (self._people, self._bystanders)
            for mention in _latest_first(mentions, paragraph, position)
            if paragraph - mention.paragraph <= PRONOUN_REACH_PARAGRAPHS
            and mention.person
            and self.gender_of(mention.person) in (pronoun, None)
        }
        return fitting.pop() if len(fitting) == 1 else None

    def person_just_named(self, paragraph: int, position: int) -> str | None:
        """The last person who spoke or opened a sentence, if in this paragraph."""
        latest = next(_latest_first(self._people, paragraph, position), None)
        return (latest.person or None) if latest is not None and latest.paragraph == paragraph else None

    def gender_of(self, person: str) -> Pronoun | None:
        """What the article taught (an honorific, a pronoun that fitted), else what the given name says."""
        learned = self._gender.get(person)
        if learned is not None or not person:
            return learned
        given = person.split()[0].lower()
        if given in LEXICON.given_names_female:
            return FEMALE_PRONOUN
        return MALE_PRONOUN if given in LEXICON.given_names_male else None

    def latest_organisation(
        self, paragraph: int, position: int, head: str | frozenset[str] | None = None
    ) -> str | None:
        """The last organisation that spoke before this point; with ``head``, the last whose name ends
        in it (or in one of them)."""
        return _latest(self._organisations, paragraph, position, head)

    def latest_issuer(self, paragraph: int, position: int, *, reach: int = DESCRIPTION_REACH_PARAGRAPHS) -> str | None:
        """Who issued ``the statement``: the last one who spoke, in this paragraph or the one before
        (``reach``: how many paragraphs back)."""
        latest = self.latest_issuer_mention(paragraph, position, reach=reach)
        return latest.person if latest is not None else None

    def latest_issuer_mention(
        self, paragraph: int, position: int, *, reach: int = DESCRIPTION_REACH_PARAGRAPHS
    ) -> Mention | None:
        """Where the last one who spoke was named, within ``reach`` paragraphs."""
        latest = next(_latest_first(self._issuers, paragraph, position), None)
        return None if latest is None or paragraph - latest.paragraph > reach else latest

    def document_owner(self, document: str, paragraph: int, position: int) -> str | None:
        """Whose ``the report`` is: the owner of the last report the article named (``the iSight report``)."""
        return _latest(self._documents.get(document, []), paragraph, position)

    def is_body(self, name: str) -> bool:
        return name in self._bodies

    # ------------------------------------------------------------------ updates

    def learn(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            if isinstance(fact, Body):
                self._bodies.add(fact.name)
            elif isinstance(fact, SpeakingOrganisation):
                _insert(self._organisations, fact.mention)
            elif isinstance(fact, DocumentOwner):
                _insert(self._documents.setdefault(fact.document, []), fact.mention)
            elif fact.certain:
                self._gender[fact.person] = fact.pronoun
            else:
                self._gender.setdefault(fact.person, fact.pronoun)

    def note_person(self, mention: Mention) -> None:
        """Someone a later "he" or "she" may mean (an unnamed role, ``person == ""``, blocks the reach back)."""
        _insert(self._people, mention)

    def note_bystander(self, mention: Mention) -> None:
        """Someone named in a sentence, subject or not: "he" may mean them when the subject cannot."""
        _insert(self._bystanders, mention)

    def note_speaker(self, mention: Mention, *, asking: bool = False) -> None:
        """Someone or something that spoke, for "the statement said"; ``asking``: put a question."""
        _insert(self._issuers, mention)
        if asking:
            self._askers.add((mention.paragraph, mention.position))

    def just_asked(self, paragraph: int, position: int) -> str | None:
        """Who spoke last, in this paragraph or the one before, if it was to ask a question: whoever
        answers next ("the witness answered") is someone else."""
        latest = next(_latest_first(self._issuers, paragraph, position), None)
        if (
            latest is None
            or paragraph - latest.paragraph > 1
            or (latest.paragraph, latest.position) not in self._askers
        ):
            return None
        return latest.person

    def questioned(self, asker: str, paragraph: int, position: int) -> str | None:
        """Whom ``asker`` just questioned: the last person other than the asker and no body who spoke,
        in this paragraph or the few before ('Under questioning, Petrie said ... / "...?" Gillespie
        asked. / "...," the witness said')."""
        for mention in _latest_first(self._issuers, paragraph, position):
            if paragraph - mention.paragraph > PRONOUN_REACH_PARAGRAPHS:
                return None
            if mention.person and mention.person != asker and mention.person not in self._bodies:
                return mention.person
        return None


def _insert(mentions: list[Mention], mention: Mention) -> None:
    bisect.insort(mentions, mention, key=lambda m: (m.paragraph, m.position))


def _latest_first(mentions: list[Mention], paragraph: int, position: int) -> Iterator[Mention]:
    """The mentions (kept in reading order) before ``position`` of ``paragraph``, the latest first."""
    end = bisect.bisect_left(mentions, (paragraph, position), key=lambda m: (m.paragraph, m.position))
    return (mentions[i] for i in range(end - 1, -1, -1))


def _latest(
    mentions: list[Mention], paragraph: int, position: int, head: str | frozenset[str] | None = None
) -> str | None:
    heads = frozenset([head]) if isinstance(head, str) else head
    if heads is None:
        found = next(_latest_first(mentions, paragraph, position), None)
        return found.person if found else None
    # The body whose name ends in the word ("the council": "Consumer Pricing Council"), else one
    # whose name it opens before "of" ("the ministry": "Ministry of Water and Sanitation").
    for name_head in (_last_word, _word_before_of):
        found = next((m for m in _latest_first(mentions, paragraph, position) if name_head(m.person) in heads), None)
        if found is not None:
            return found.person
    return None


def _last_word(name: str) -> str:
    return name.lower().split()[-1]


def _word_before_of(name: str) -> str:
    words = name.lower().split()
    return words[words.index("of", 1) - 1] if "of" in words[1:] else ""
