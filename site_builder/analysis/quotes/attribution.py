"""Speech verbs and whom they name: one pass over a source in reading order."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ...model import Paragraph, Source
from .cues import (
    ASIDE_WORDS,
    ATTRIBUTION_WINDOW,
    CAP_RUN,
    DETERMINERS,
    DOCUMENT_AFTER,
    DOCUMENTS,
    END_OF_NAME_AFTER_VERB,
    FEMALE,
    LEADING_CONJUNCTIONS,
    LISTENER_VERBS,
    LY_NOUNS,
    MALE,
    MAX_SPEAKER_WORDS,
    NAME_CONNECTORS,
    ORG_CONNECTORS,
    ORG_HEADS,
    RELATIONS,
    RELATIVE_PRONOUNS,
    SPEECH_VERB,
    TITLES,
    TRAILING_AUXILIARIES,
)
from .marks import QuotationMarks
from .names import People, strip_to_name, unglued, word_tokens


@dataclass(frozen=True, slots=True)
class Site:
    """A speech verb outside quotation marks, and the person it names (pronouns resolved)."""

    paragraph: int
    verb_start: int
    verb_end: int
    #: Start of the phrase naming the speaker (the verb itself when the name follows it).
    phrase_start: int
    speaker: str | None


@dataclass(frozen=True, slots=True)
class _Mention:
    paragraph: int
    position: int
    person: str


class Attributor:
    """Finds speech verbs in one source and works out whom each names, in reading order."""

    def __init__(self, source: Source, marks: Sequence[QuotationMarks]) -> None:
        self._source = source
        self._marks = marks
        self.people = People(source.paragraphs)
        self._mentions: list[_Mention] = []
        #: Organisations named as speakers, for "it said" and "the ministry said".
        self._organisations: list[_Mention] = []
        #: Everyone and everything named as a speaker, for "the statement said".
        self._issuers: list[_Mention] = []
        #: Speakers that are organisations or "Ann Lee's family", never what "he" or "she" means.
        self._bodies: set[str] = set()
        #: Per sentence, keyed by (paragraph, sentence start): the person it opens with, and
        #: whether it names anyone at all (other than in a possessive).
        self.subjects: dict[tuple[int, int], str] = {}
        self.names_someone: set[tuple[int, int]] = set()
        self.sites: list[list[Site]] = [self._paragraph_sites(p) for p in source.paragraphs]
        #: Per paragraph: where each site's verb starts, and the index of the last site up to each one
        #: that names its speaker (-1 when none does).
        self.verb_starts = [[site.verb_start for site in sites] for sites in self.sites]
        self._last_named = [_last_named(sites) for sites in self.sites]
        self._issued: dict[int, str | None] = {}

    def paragraph_text(self, index: int) -> str:
        return self._source.paragraphs[index].text

    def last_speaker(self, paragraph: int, start: int, end: int) -> str | None:
        """The speaker of the last site with its verb in ``[start, end)`` of the paragraph that names one."""
        upto = bisect.bisect_left(self.verb_starts[paragraph], end) - 1
        named = self._last_named[paragraph][upto] if upto >= 0 else -1
        return self.sites[paragraph][named].speaker if named >= 0 and self.sites[paragraph][named].verb_start >= start else None

    def issued(self, paragraph: int) -> str | None:
        """The last speaker of the paragraph said to speak through a document (``said in a statement``)."""
        if paragraph not in self._issued:
            text = self.paragraph_text(paragraph)
            found = [site.speaker for site in self.sites[paragraph] if site.speaker and DOCUMENT_AFTER.match(text, site.verb_end)]
            self._issued[paragraph] = found[-1] if found else None
        return self._issued[paragraph]

    def _paragraph_sites(self, paragraph: Paragraph) -> list[Site]:
        sites = []
        text, marks = paragraph.text, self._marks[paragraph.index]
        for sentence in paragraph.sentences:
            mentions_before = len(self._mentions)
            self._note_subject(paragraph.index, sentence.start, sentence.text)
            sentence_end = sentence.start + len(sentence.text)
            first_comma = text.find(",", sentence.start, sentence_end)
            for verb in SPEECH_VERB.finditer(text, sentence.start, sentence_end):
                if marks.inside_quotation(verb.start()):
                    continue
                site = self._site(paragraph.index, text, sentence.start, sentence_end, verb, marks, first_comma)
                sites.append(site)
                if site.speaker:
                    self._remember(self._issuers, _Mention(paragraph.index, verb.start(), site.speaker))
                    if site.speaker not in self._bodies and self.people.is_person_name(site.speaker):
                        self._remember(self._mentions, _Mention(paragraph.index, verb.start(), site.speaker))
            self._note_names(paragraph.index, sentence.start, sentence.text, marks, new=len(self._mentions) > mentions_before)
        return sites

    @staticmethod
    def _remember(mentions: list[_Mention], mention: _Mention) -> None:
        bisect.insort(mentions, mention, key=lambda m: (m.paragraph, m.position))

    def _note_subject(self, paragraph: int, start: int, sentence: str) -> None:
        """Remember a titled or full name (or ``The chief``) that opens a sentence, for pronouns."""
        opening = sentence.lstrip("“\"‘'`([")
        role = _opening_role(opening)
        if role:
            person = self.people.by_role(role)
            if person:
                self.subjects[(paragraph, start)] = person
            # An unnamed "the chief" still takes "he" away from anyone named before.
            self._remember(self._mentions, _Mention(paragraph, start, person or ""))
            return
        run = CAP_RUN.match(opening)
        if run is None:
            return
        tokens = unglued(run.group().split())
        name = strip_to_name(tokens)
        titled = len(name) < len(tokens) and tokens[len(tokens) - len(name) - 1].rstrip(".").lower() in TITLES
        if name and (titled or len(self.people.fullest(" ".join(name)).split()) > 1):
            person = self.people.fullest(" ".join(name))
            self.subjects[(paragraph, start)] = person
            self._remember(self._mentions, _Mention(paragraph, start, person))

    def _note_names(self, paragraph: int, start: int, sentence: str, marks: QuotationMarks, *, new: bool) -> None:
        """A person named inside a sentence with no named subject or speaker is what a later "he" most
        likely means (``Workers found Ann Lee wandering. ... "Sorry," she said``)."""
        for run in CAP_RUN.finditer(sentence):
            at = start + run.start()
            if marks.inside_quotation(at) or sentence[run.end() : run.end() + 2] in ("'s", "’s"):
                continue
            name = strip_to_name(unglued(run.group().split()))
            if not name or len(self.people.fullest(" ".join(name)).split()) < 2:
                continue
            self.names_someone.add((paragraph, start))
            if not new and (paragraph, start) not in self.subjects:
                self._remember(self._mentions, _Mention(paragraph, at, self.people.fullest(" ".join(name))))
                new = True

    def _site(
        self,
        paragraph: int,
        text: str,
        sentence_start: int,
        sentence_end: int,
        verb: re.Match[str],
        marks: QuotationMarks,
        first_comma: int,
    ) -> Site:
        # The speaker is looked for in the sentence, but never further than ATTRIBUTION_WINDOW from the verb.
        clause_start = marks.last_end_before(verb.start(), max(sentence_start, verb.start() - ATTRIBUTION_WINDOW))
        clause = text[clause_start : verb.start()]
        next_mark = marks.first_start_after(verb.end(), min(sentence_end, verb.end() + ATTRIBUTION_WINDOW))
        after = _phrase_after(text[verb.end() : next_mark])
        verb_word = verb.group().lower()
        if verb_word == "according to" or (not clause.strip() and verb_word not in LISTENER_VERBS):
            return Site(paragraph, verb.start(), verb.end(), verb.start(), self._speaker(after, paragraph, verb.start()))
        # The sentence up to its first comma (or the verb).
        opening_end = first_comma if 0 <= first_comma < verb.start() else verb.start()
        if _COORDINATED.search(clause) and not _ends_with(_COORDINATED, text, sentence_start, opening_end):
            # "Ann Lee, a clerk, called it a farce and said ...": the verb shares the sentence's subject.
            opening = text[sentence_start : min(opening_end, sentence_start + ATTRIBUTION_WINDOW)]
            subject = _leading_noun_phrase(opening.lstrip("“\"‘'`(["))
            return Site(paragraph, verb.start(), verb.end(), verb.start(), self._speaker(subject, paragraph, verb.start()))
        if verb.group().lower().endswith("ing") and clause.rstrip().endswith(","):
            # "X left the stage, admitting that...": the participle's subject opens the sentence.
            before = _leading_noun_phrase(clause)
        elif clause.rstrip().endswith(",") and verb.group().lower() not in LISTENER_VERBS:
            # ", said Dave Solow" names the speaker after the verb; "Trump, speaking to reporters, said" before it.
            speaker = self._speaker(after, paragraph, verb.start())
            if speaker:
                return Site(paragraph, verb.start(), verb.end(), verb.start(), speaker)
            before = _phrase_before(clause)
        else:
            before = _phrase_before(clause)
        phrase_start = clause_start + max(clause.rfind(before), 0)
        return Site(paragraph, verb.start(), verb.end(), phrase_start, self._speaker(before, paragraph, verb.start()))

    def _speaker(self, phrase: str, paragraph: int, position: int) -> str | None:
        tokens = word_tokens(phrase)
        while tokens and _is_trailing_filler(tokens[-1]):
            tokens.pop()
        while tokens and tokens[0].lower() in LEADING_CONJUNCTIONS:
            tokens.pop(0)
        if not tokens or len(tokens) > MAX_SPEAKER_WORDS:
            return None
        lower = [token.lower() for token in tokens]
        if len(tokens) == 1 and lower[0] in ("he", "she"):
            return self._resolve_pronoun(lower[0], paragraph, position)
        if lower == ["it"]:
            return _latest(self._organisations, paragraph, position)
        if len(tokens) == 2 and lower[0] in ("his", "her") and lower[1] in RELATIONS:
            owner = self._resolve_pronoun("he" if lower[0] == "his" else "she", paragraph, position)
            if owner is None:
                return None
            self._bodies.add(f"{owner}'s {lower[1]}")
            return f"{owner}'s {lower[1]}"
        if lower[0] == "the" and lower[-1] in DOCUMENTS:
            return _latest(self._issuers, paragraph, position)
        organisation = self._organisation(tokens)
        if organisation:
            self._bodies.add(organisation)
            self._remember(self._organisations, _Mention(paragraph, position, organisation))
            return organisation
        if lower[0] == "the" and lower[-1] in ORG_HEADS:
            # "the ministry said": the last organisation of that kind the article named as speaking.
            return _latest(self._organisations, paragraph, position, head=lower[-1])
        if tokens[0][0].isupper() and ("of" in lower or "from" in lower):
            # "Tracy Lane of Northridge", "Sheriff Ann Lee of Kern County": the place is not the name.
            tokens = tokens[: min(lower.index(w) for w in ("of", "from") if w in lower)]
            if not tokens:
                # "Of the people surveyed, most said": a phrase that opens with the preposition names no one.
                return None
        if not tokens[-1][0].isupper():
            # "the police chief" names a role the article may have attached to a name; "a Kremlin aide" does not.
            return self.people.by_role(" ".join(tokens[1:])) if tokens[0].lower() == "the" and len(tokens) > 1 else None
        run = _trailing_capitalised(tokens)
        name = strip_to_name(run)
        if not name:
            return self.people.by_role(" ".join(run)) if tokens[0].lower() == "the" else None
        if not self.people.is_person_name(" ".join(name)):
            return None
        person = self.people.fullest(" ".join(name))
        self._learn_gender(person, run)
        return person

    def _organisation(self, tokens: list[str]) -> str | None:
        """``the Mexican government``, ``Mexico's Interior Ministry``, ``Customs and Border Protection``,
        ``the Department of Defense``: a named body (some word capitalised) headed by an organisation word."""
        words = tokens[1:] if tokens[0].lower() == "the" else tokens
        if not words or not any(w[0].isupper() for w in words):
            return None
        lower = [w.lower() for w in words]
        head = lower[lower.index("of") - 1] if "of" in lower[1:] else lower[-1]
        if head not in ORG_HEADS or any(w.rstrip(".") in TITLES for w in lower):
            return None
        if not all(word[0].isupper() or w in ORG_CONNECTORS or w in ORG_HEADS for word, w in zip(words, lower)):
            return None
        return " ".join(words)

    def _learn_gender(self, person: str, run: list[str]) -> None:
        honorifics = {token.rstrip(".").lower() for token in run}
        if honorifics & FEMALE:
            self.people.gender[person] = "she"
        elif honorifics & MALE:
            self.people.gender[person] = "he"

    def _resolve_pronoun(self, pronoun: str, paragraph: int, position: int) -> str | None:
        """The last person, of the pronoun's gender where known, who spoke or opened a sentence."""
        earlier = _latest_first(self._mentions, paragraph, position)
        fitting = next((m for m in earlier if self.people.gender.get(m.person, pronoun) == pronoun), None)
        if fitting is None:
            return None
        person = fitting.person
        if not person:
            return None
        self.people.gender.setdefault(person, pronoun)
        return person


def _opening_role(sentence: str) -> str | None:
    """``The police chief said ...`` -> ``police chief``: a sentence opening with a role, not a name."""
    words = re.match(r"The((?: [a-z]+){1,4})", sentence)
    if not words:
        return None
    words_after = words.group(1).split()
    for n in range(1, min(3, len(words_after)) + 1):
        if words_after[n - 1] in TITLES and (n == len(words_after) or words_after[n] not in TITLES):
            return " ".join(words_after[:n])
    return None


def _latest_first(mentions: list[_Mention], paragraph: int, position: int) -> Iterator[_Mention]:
    """The mentions (kept in reading order) before ``position`` of ``paragraph``, the latest first."""
    end = bisect.bisect_left(mentions, (paragraph, position), key=lambda m: (m.paragraph, m.position))
    return (mentions[i] for i in range(end - 1, -1, -1))


def _latest(mentions: list[_Mention], paragraph: int, position: int, head: str | None = None) -> str | None:
    earlier = _latest_first(mentions, paragraph, position)
    found = next((m for m in earlier if head is None or m.person.lower().split()[-1] == head), None)
    return found.person if found else None


def _last_named(sites: Sequence[Site]) -> list[int]:
    """For each site, the index of the last site up to it that names a speaker, or -1."""
    last, result = -1, []
    for index, site in enumerate(sites):
        last = index if site.speaker else last
        result.append(last)
    return result


# "... called it a farce and said": a verb coordinated with an earlier one, sharing its subject.
_COORDINATED = re.compile(r"(?:^|\s)(?:and|but)(?:\s+(?:then|later|also|again|\w+ly))?\s*$")


def _ends_with(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern.search(text[start:end])`` for a pattern anchored at the end, reading at most the
    last ATTRIBUTION_WINDOW characters (outside the slice, ``^`` cannot match)."""
    if end - start <= ATTRIBUTION_WINDOW:
        return pattern.search(text[start:end]) is not None
    return pattern.search(text, end - ATTRIBUTION_WINDOW, end) is not None


def _phrase_before(clause: str) -> str:
    """The noun phrase right before a verb, skipping asides (``Trump, speaking to reporters,``) and,
    after a name, appositions (``Diane Brady, 56, a passenger from Simi Valley,``) and relative
    clauses (``Ann Lee, who was hurt,``)."""
    clause = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), clause)
    chunks = [chunk.strip() for chunk in reversed(re.split(r"[,;:(—–]", clause)) if chunk.strip()]
    first = next((i for i, chunk in enumerate(chunks) if not _is_aside(chunk)), None)
    if first is None:
        return ""
    if _is_apposition(chunks[first]):
        for anchor in chunks[first + 1 :]:
            if _is_apposition(anchor):
                continue
            if _is_bare_name(anchor):
                return anchor
            # "... including Ann Lee, an organiser, who said": the name that ends the earlier chunk.
            run = _trailing_capitalised(word_tokens(anchor))
            if len(run) >= 2:
                return anchor[anchor.rfind(run[0]) :]
            if not _is_aside(anchor):
                break
    return chunks[first]


def _is_aside(chunk: str) -> bool:
    words = chunk.lower().split()
    return bool(words) and (words[0] in ASIDE_WORDS or words[0] in RELATIVE_PRONOUNS or words[0].endswith(("ing", "ly")))


def _is_apposition(chunk: str) -> bool:
    """``a clerk``, ``56``, ``of Northridge``: what follows a name to describe it."""
    first = chunk.split()[0].lower()
    return first in ("a", "an", "the", "of", "from", "in", "at", "for", "with") or first.isdigit()


def _is_bare_name(chunk: str) -> bool:
    tokens = word_tokens(chunk)
    return bool(tokens) and all(token[0].isupper() or token in NAME_CONNECTORS for token in tokens)


def _is_trailing_filler(token: str) -> bool:
    """``had``, ``angrily``, an age: words between a speaker's name and the verb."""
    lower = token.lower()
    return lower in TRAILING_AUXILIARIES or token.isdigit() or (lower.endswith("ly") and lower not in LY_NOUNS)


def _phrase_after(rest: str) -> str:
    """The noun phrase right after a verb: ``said Karen Ruiz, a clerk`` -> ``Karen Ruiz``."""
    return END_OF_NAME_AFTER_VERB.split(rest, maxsplit=1)[0].strip()


def _leading_noun_phrase(sentence: str) -> str:
    """``Ann Lee was ...`` -> ``Ann Lee``; ``The Mexican government said`` -> ``The Mexican government``."""
    words: list[str] = []
    for word in sentence.split():
        bare = word.strip(",;:").lower()
        if words and bare in ORG_HEADS and word[0].islower():
            words.append(word)
            break
        if not (word[0].isupper() or bare in DETERMINERS or bare in TITLES):
            break
        words.append(word)
    return " ".join(words)


def _trailing_capitalised(tokens: list[str]) -> list[str]:
    run: list[str] = []
    for token in reversed(tokens):
        if not (token[0].isupper() or (run and token in NAME_CONNECTORS)):
            break
        run.insert(0, token)
    return run
