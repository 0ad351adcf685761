"""Direct quotations: find them in each source, attribute them, and group them across sources.

What counts as a quotation (the rule, applied the same way everywhere):

* Text between quote marks: curly or straight double quotes, ````…''``, ``«…»``, and single
  quotes when they are placed like quote marks (an apostrophe inside or at the end of a word,
  ``don't``, ``Russia's``, ``'90s``, never opens one). A double quotation left open runs to
  the end of its paragraph (the news convention for a quotation continued in the next one).
* Quotations of fewer than three words are terms, not speech (``"root causes"``).
* Titles and names are not speech: title-case text (``'Strong Ideas for a New Time'``) or text
  right after a naming word (``called``, ``dubbed``, ``titled``...).
* A full quotation (it starts with a capital, holds a sentence end, or is eight words or more)
  is speech. A shorter partial quotation woven into a sentence (``to solve the conflict's "root
  causes of the war"``) is speech only when the sentence attributes it with a speech verb.

Attribution looks for a speech verb after the quotation in its sentence (``," Trump said``,
``," said Yuri Ushakov``), then before it (``Putin said, "...``), then at the sentence before
(``He spoke slowly: / "..."``, a quotation carried on from the previous paragraph). Pronouns
(he/she) resolve to the most recent person named as a speaker or as the subject of a sentence, or
failing those named inside one (a sentence opening with an unnamed role, ``The sheriff ...``, blocks
the reach back). A verb coordinated with an earlier one (``called it a farce and said``) shares the
sentence's subject. Names glued together by scraping (``SecretaryJaneDoe``) are split.

Organisations speak too: a named body headed by an organisation word (``the Mexican government``,
``Chile's Interior Ministry``, ``Customs and Border Protection``), and after it ``the ministry
said`` (the last body of that kind), ``it said``, and ``the statement said`` (the last speaker of
any kind). ``his family said`` names the family through the person.

A bare quotation takes the speaker of the sentence before it, else the person that sentence opens
with, else the speaker two sentences back when the sentence between names nobody; at a paragraph
start, the speaker of a paragraph ending in a colon or of a statement the paragraph reports.
Speakers are written as the fullest name the article gives, without titles.

Grouping compares quotations word by word (contractions spelt out). Pairs that are not near-equal
must share a run of five words, not all function words; the most alike pairs join first, a version
found at the start of a longer one before one found inside it, and a source's two spans join only
when they are one sentence broken by its attribution (or the same words twice).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from ..config import AnalysisSettings
from ..model import Paragraph, Quote, QuoteOccurrence, QuoteVariation, Sentence, Source
from .segment import SPEECH_VERBS

# ------------------------------------------------------------------------- lexicon

_PARTICIPLES = frozenset(
    "adding admitting noting telling insisting warning explaining stressing declaring arguing "
    "recalling acknowledging conceding calling describing".split()
)
_VERB = re.compile(
    r"\b(?:according to|" + "|".join(sorted(SPEECH_VERBS | _PARTICIPLES | {"described"})) + r")\b",
    re.IGNORECASE,
)
# Longer than any cue _NAMING_CUES matches ("the hashtag"), so a window this long before a
# quotation finds any cue the whole text before it would.
_LONGEST_NAMING_CUE = 24
_NAMING_CUES = re.compile(
    r"\b(?:called|dubbed|titled|entitled|named|nicknamed|branded|labell?ed|termed|so-called|known as|"
    r"headlined|the (?:phrase|slogan|term|word|words|motto|theme|book|film|song|show|forum|hashtag))\s*$",
    re.IGNORECASE,
)
# Words that give a person's role rather than their name; a speaker name starts after the last one.
_TITLES = frozenset(
    """
    president vice prime minister secretary chief governor gov mayor senator sen rep representative
    general gen lt lieutenant colonel col captain capt sergeant sgt officer detective det sheriff deputy
    judge justice attorney spokesman spokeswoman spokesperson director commissioner chairman chairwoman
    chair ambassador aide adviser advisor king queen prince princess pope rev reverend father dr mr mrs
    ms mx prof professor assistant supervisor councilman councilwoman assemblyman assemblywoman premier
    chancellor inspector superintendent marshal leader head commander firefighter captain ceo coo cfo
    founder executive manager analyst expert lawyer coach investigator cmdr maj adm cpl pvt insp supt
    """.split()
)
# Capitalised words that start sentences or name times and places, never a person's first name.
_NOT_NAMES = frozenset(
    """
    a an the he she it they we i you this that these those there here his her its their our my your
    but and or so yet still now then however meanwhile also instead although though while when after
    before since because if as in on at by for from with without during under over some many most
    several few no none one what why how who where earlier later speaking according asked apologising
    apologizing commenting reiterating monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)
_NAME_CONNECTORS = frozenset("de da di del der van von bin al la le du".split())
_FEMALE = frozenset("she her mrs ms".split())
_MALE = frozenset("he him mr".split())
# Lower-case words that may trail a speaker before the verb: "Putin had said", "Baca angrily told".
_TRAILING_AUXILIARIES = frozenset("had has have also later then earlier again once would will previously".split())
# An aside between a speaker and the verb: "Zelenskiy, meanwhile, told", "Trump, speaking to reporters, said".
_ASIDE_WORDS = frozenset("meanwhile however though too also earlier later then separately".split())
_DETERMINERS = frozenset("the a an".split())
# Verbs whose object is the listener ("told the Associated Press"), never the speaker.
_LISTENER_VERBS = frozenset("told tell tells telling asked asks".split())

# Words that head the name of an organisation speaking as one ("the Interior Ministry said",
# "Customs and Border Protection said", "the Mexican government said").
_ORG_HEADS = frozenset(
    """
    government ministry department office agency command police patrol service services commission
    committee council court army military navy embassy consulate administration authority bureau board
    institute university company corporation corp inc party union association organisation organization
    federation foundation coalition campaign network hospital cabinet parliament senate congress
    secretariat force forces guard protection security defense defence enforcement affairs justice safety
    prosecutor's prosecutors group center centre
    """.split()
)
_ORG_CONNECTORS = frozenset("and of for the on &".split())
# What an organisation or person issues, standing in for them: "the statement said".
_DOCUMENTS = frozenset("statement release report letter post tweet message communique communiqué filing notice announcement".split())
# "his family said": people or bodies named only through the person they belong to.
_RELATIONS = frozenset(
    """
    family wife husband widow widower mother father son daughter brother sister parents children lawyer
    lawyers attorney attorneys spokesman spokeswoman spokesperson office campaign aide aides
    """.split()
)
_LEADING_CONJUNCTIONS = frozenset("and but so yet then still".split())
_LY_NOUNS = frozenset("family assembly ally rally supply monopoly anomaly".split())
_RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
# Run-together words from scraping: "SecretaryJaneDoe" (three lower-case letters, then a capitalised word).
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")

_FULL_QUOTE_WORDS = 8
_MIN_QUOTE_WORDS = 3
# A verb after the quotation attributes it only if it comes this soon ("," Ushakov said).
_TAIL_WINDOW_WORDS = 10
_MAX_SPEAKER_WORDS = 8
# How far from a speech verb, in characters, its speaker is looked for (news sentences are shorter).
_ATTRIBUTION_WINDOW = 600
_MAX_NAME_TOKENS = 4

_WORD_TOKEN = re.compile(r"[A-Za-z][\w’'.-]*|\d+")
# A name token: initials and initialisms (``E.``, ``U.S.``), abbreviated titles (``Gov.``), words.
_ABBREVIATED_TITLES = "|".join(sorted(t.capitalize() for t in _TITLES if len(t) <= 4))
_NAME_TOKEN = rf"(?:(?:[A-Z]\.)+(?=\s)|(?:{_ABBREVIATED_TITLES})\.(?=\s+[A-Z])|[A-Z][\w’'-]*)"
_CAP_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(_NAME_CONNECTORS))})\s+)?{_NAME_TOKEN})*")
_DECADE_OR_ELISION = re.compile(r"'(?:\d0s|n'|em\b|til\b|cause\b)")
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_END_OF_NAME_AFTER_VERB = re.compile(r"[,;:.!?(—–]|\s(?:and|or|as|in|at|on|to|of|from|for|with|who|after|before)\s")

# ---------------------------------------------------------------------- quote marks


@dataclass(frozen=True, slots=True)
class QuotationSpan:
    """Where a quotation sits in its paragraph: the marks, and the text inside them."""

    mark_start: int
    start: int
    end: int
    mark_end: int
    #: False when the quotation runs on past the end of the paragraph.
    closed: bool


_OPENING_MARK = re.compile(r"“|``|\"|«|‘|'")
_CLOSING_FOR = {"“": "”", "``": "''", '"': '"', "«": "»"}


def quotation_spans(text: str) -> list[QuotationSpan]:
    """Every outermost quotation in a paragraph, by its marks alone (speech or not)."""
    spans: list[QuotationSpan] = []
    position = 0
    closers: dict[str, list[int]] = {}  # where each single mark may close a quotation, found once per text
    while (opening := _OPENING_MARK.search(text, position)) is not None:
        span = _span_from(text, opening, closers)
        if span is None:
            position = opening.end()
            continue
        spans.append(span)
        position = span.mark_end
    return spans


def _span_from(text: str, opening: re.Match[str], closers: dict[str, list[int]]) -> QuotationSpan | None:
    mark = opening.group()
    if mark in _CLOSING_FOR:
        return _double_span(text, opening)
    if not _opens_single_quote(text, opening.start()):
        return None
    close_at = _single_closing(text, opening.end(), "’" if mark == "‘" else "'", closers)
    if close_at is None:
        return None
    return _trimmed(text, opening.start(), opening.end(), close_at, close_at + 1, closed=True)


def _double_span(text: str, opening: re.Match[str]) -> QuotationSpan:
    mark, closing = opening.group(), _CLOSING_FOR[opening.group()]
    marks = re.compile(re.escape(mark) if mark == closing else f"{re.escape(mark)}|{re.escape(closing)}")
    for found in marks.finditer(text, opening.end()):
        if _is_closing(text, found, closing):
            return _trimmed(text, opening.start(), opening.end(), found.start(), found.end(), closed=True)
        # A new quotation opens before this one closed: it ran on into a paragraph whose break was lost.
        return _trimmed(text, opening.start(), opening.end(), found.start(), found.start(), closed=False)
    return _trimmed(text, opening.start(), opening.end(), len(text), len(text), closed=False)


def _is_closing(text: str, found: re.Match[str], closing: str) -> bool:
    if found.group() != closing:
        return False
    if closing != '"':
        return True
    # A straight mark with a space before and a word after opens; any other closes ('out,' " said).
    before = text[found.start() - 1]
    after = text[found.end()] if found.end() < len(text) else " "
    return not (before.isspace() and (after.isalnum() or after in "‘'`(["))


def _opens_single_quote(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if not (before.isspace() or before in "([{—–-“\"") or not (after.isalnum() or after in "[(."):
        return False
    return _DECADE_OR_ELISION.match(text, at) is None


def _single_closing(text: str, start: int, mark: str, closers: dict[str, list[int]]) -> int | None:
    """The first ``mark`` that ends a word and is not followed by a letter: not an apostrophe."""
    if mark not in closers:
        closers[mark] = [at for at in _find_all(text, mark) if _closes_single_quote(text, at)]
    positions = closers[mark]
    index = bisect.bisect_left(positions, start)
    return positions[index] if index < len(positions) else None


def _find_all(text: str, mark: str) -> list[int]:
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _closes_single_quote(text: str, at: int) -> bool:
    follows = text[at + 1] if at + 1 < len(text) else " "
    return not text[at - 1].isspace() and not follows.isalnum() and text[at : at + 2] != "''"


def _trimmed(text: str, mark_start: int, start: int, end: int, mark_end: int, *, closed: bool) -> QuotationSpan:
    # The comma before a closing mark is the reporter's, standing in for the speaker's full stop.
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuotationSpan(mark_start, start, end, mark_end, closed)


# ------------------------------------------------------------------------- speakers


def _tokens(phrase: str) -> list[str]:
    return _unglued(_WORD_TOKEN.findall(phrase))


def _unglued(tokens: list[str]) -> list[str]:
    """``SecretaryJaneDoe`` -> ``Secretary Jane Doe``; ``McDonald`` and ``DeSantis`` stay whole."""
    # A glued word is three letters and a capital followed by two: shorter tokens, and tokens in
    # lower case from the fourth letter on, are whole.
    return [piece for token in tokens for piece in (_GLUED.split(token) if _may_be_glued(token) else (token,))]


def _may_be_glued(token: str) -> bool:
    return len(token) >= 6 and not token[3:].islower()


def _strip_to_name(tokens: list[str]) -> list[str]:
    """``US President Donald Trump`` -> ``Donald Trump``; ``Russia's Vladimir Putin`` -> ``Vladimir Putin``."""
    cut = 0
    for i, token in enumerate(tokens):
        bare = token.rstrip(".").lower()
        # Initialisms and words in capitals (U.S., CEO, a wire marker) are never part of a person's name.
        shouted = len(bare) > 1 and token.rstrip(".").isupper()
        if bare in _TITLES or bare in _NOT_NAMES or token.endswith(("'s", "’s")) or "." in token.rstrip(".") or shouted:
            cut = i + 1
    return tokens[cut:][-_MAX_NAME_TOKENS:]


_SENTENCE_OPENING_MARKS = frozenset(".!?:“”\"‘’'`([")


def _follows_sentence_opening(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends, whitespace aside, with a sentence end, a colon, a quote mark or a bracket."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in _SENTENCE_OPENING_MARKS


class _People:
    """Who an article names, so that short and descriptive mentions map to one full name."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self._texts = [p.text for p in paragraphs]
        self._names: dict[str, tuple[str, ...]] = {}
        # Capitalised words seen inside a sentence are names; "Officials" or "Police" opening one are not.
        self._inside_sentence: set[str] = set()
        for text in self._texts:
            for run in _CAP_RUN.finditer(text):
                name = tuple(_strip_to_name(_unglued(run.group().split())))
                if name and len(name) > len(self._names.get(name[-1], ())):
                    self._names[name[-1]] = name
                if run.start() > 0 and not _follows_sentence_opening(text, run.start()):
                    self._inside_sentence.update(name)
        self.gender: dict[str, str] = {}
        self._roles: dict[str, str | None] = {}
        self._joined = "\0".join(self._texts)

    def fullest(self, name: str) -> str:
        """The longest name in the article that ends with ``name``'s surname and contains ``name``."""
        tokens = tuple(name.split())
        known = self._names.get(tokens[-1], tokens)
        return " ".join(known if known[-len(tokens) :] == tokens else tokens)

    def is_person_name(self, name: str) -> bool:
        return len(self.fullest(name).split()) > 1 or name in self._inside_sentence

    def by_role(self, role: str) -> str | None:
        """``the police chief`` -> the name that follows ``Police Chief`` somewhere in the article."""
        if role not in self._roles:
            self._roles[role] = self._find_role(role)
        return self._roles[role]

    def _find_role(self, role: str) -> str | None:
        # The first place in the article where a name (a _CAP_RUN, which starts wherever a capital
        # does) follows the role. All paragraphs are searched at once: no match takes in the NUL
        # between two of them.
        pattern = re.compile(r"(?i:" + r"\s+".join(map(re.escape, role.split())) + r"),?\s+(?=[A-Z])")
        found = pattern.search(self._joined)
        run = _CAP_RUN.match(self._joined, found.end()) if found else None
        if run is None:
            return None
        name = _strip_to_name(run.group().split())
        return self.fullest(" ".join(name)) if name else None


class _Marks:
    """One paragraph's quotations, searchable by position (they never overlap, so every
    coordinate rises from one quotation to the next)."""

    def __init__(self, spans: Sequence[QuotationSpan]) -> None:
        self.spans = spans
        self._starts = [span.start for span in spans]
        self._mark_starts = [span.mark_start for span in spans]
        self._mark_ends = [span.mark_end for span in spans]

    def inside_quotation(self, position: int) -> bool:
        """``any(span.start <= position < span.end for span in spans)``."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self.spans[index].end

    def last_end_before(self, position: int, floor: int) -> int:
        """``max([floor, *(span.mark_end for span in spans if span.mark_end <= position)])``."""
        index = bisect.bisect_right(self._mark_ends, position)
        return max(floor, self._mark_ends[index - 1]) if index else floor

    def first_start_after(self, position: int, ceiling: int) -> int:
        """``min([ceiling, *(span.mark_start for span in spans if span.mark_start >= position)])``."""
        index = bisect.bisect_left(self._mark_starts, position)
        return min(ceiling, self._mark_starts[index]) if index < len(self._mark_starts) else ceiling


@dataclass(frozen=True, slots=True)
class _Site:
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


class _Attributor:
    """Finds speech verbs in one source and works out whom each names, in reading order."""

    def __init__(self, source: Source, marks: Sequence[_Marks]) -> None:
        self._source = source
        self._marks = marks
        self.people = _People(source.paragraphs)
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
        self.sites: list[list[_Site]] = [self._paragraph_sites(p) for p in source.paragraphs]
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
            found = [site.speaker for site in self.sites[paragraph] if site.speaker and _DOCUMENT_AFTER.match(text, site.verb_end)]
            self._issued[paragraph] = found[-1] if found else None
        return self._issued[paragraph]

    def _paragraph_sites(self, paragraph: Paragraph) -> list[_Site]:
        sites = []
        text, marks = paragraph.text, self._marks[paragraph.index]
        for sentence in paragraph.sentences:
            mentions_before = len(self._mentions)
            self._note_subject(paragraph.index, sentence.start, sentence.text)
            sentence_end = sentence.start + len(sentence.text)
            first_comma = text.find(",", sentence.start, sentence_end)
            for verb in _VERB.finditer(text, sentence.start, sentence_end):
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
        run = _CAP_RUN.match(opening)
        if run is None:
            return
        tokens = _unglued(run.group().split())
        name = _strip_to_name(tokens)
        titled = len(name) < len(tokens) and tokens[len(tokens) - len(name) - 1].rstrip(".").lower() in _TITLES
        if name and (titled or len(self.people.fullest(" ".join(name)).split()) > 1):
            person = self.people.fullest(" ".join(name))
            self.subjects[(paragraph, start)] = person
            self._remember(self._mentions, _Mention(paragraph, start, person))

    def _note_names(self, paragraph: int, start: int, sentence: str, marks: _Marks, *, new: bool) -> None:
        """A person named inside a sentence with no named subject or speaker is what a later "he" most
        likely means (``Workers found Ann Lee wandering. ... "Sorry," she said``)."""
        for run in _CAP_RUN.finditer(sentence):
            at = start + run.start()
            if marks.inside_quotation(at) or sentence[run.end() : run.end() + 2] in ("'s", "’s"):
                continue
            name = _strip_to_name(_unglued(run.group().split()))
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
        marks: _Marks,
        first_comma: int,
    ) -> _Site:
        # The speaker is looked for in the sentence, but never further than _ATTRIBUTION_WINDOW from the verb.
        clause_start = marks.last_end_before(verb.start(), max(sentence_start, verb.start() - _ATTRIBUTION_WINDOW))
        clause = text[clause_start : verb.start()]
        next_mark = marks.first_start_after(verb.end(), min(sentence_end, verb.end() + _ATTRIBUTION_WINDOW))
        after = _phrase_after(text[verb.end() : next_mark])
        verb_word = verb.group().lower()
        if verb_word == "according to" or (not clause.strip() and verb_word not in _LISTENER_VERBS):
            return _Site(paragraph, verb.start(), verb.end(), verb.start(), self._speaker(after, paragraph, verb.start()))
        # The sentence up to its first comma (or the verb).
        opening_end = first_comma if 0 <= first_comma < verb.start() else verb.start()
        if _COORDINATED.search(clause) and not _ends_with(_COORDINATED, text, sentence_start, opening_end):
            # "Ann Lee, a clerk, called it a farce and said ...": the verb shares the sentence's subject.
            opening = text[sentence_start : min(opening_end, sentence_start + _ATTRIBUTION_WINDOW)]
            subject = _leading_noun_phrase(opening.lstrip("“\"‘'`(["))
            return _Site(paragraph, verb.start(), verb.end(), verb.start(), self._speaker(subject, paragraph, verb.start()))
        if verb.group().lower().endswith("ing") and clause.rstrip().endswith(","):
            # "X left the stage, admitting that...": the participle's subject opens the sentence.
            before = _leading_noun_phrase(clause)
        elif clause.rstrip().endswith(",") and verb.group().lower() not in _LISTENER_VERBS:
            # ", said Dave Solow" names the speaker after the verb; "Trump, speaking to reporters, said" before it.
            speaker = self._speaker(after, paragraph, verb.start())
            if speaker:
                return _Site(paragraph, verb.start(), verb.end(), verb.start(), speaker)
            before = _phrase_before(clause)
        else:
            before = _phrase_before(clause)
        phrase_start = clause_start + max(clause.rfind(before), 0)
        return _Site(paragraph, verb.start(), verb.end(), phrase_start, self._speaker(before, paragraph, verb.start()))

    def _speaker(self, phrase: str, paragraph: int, position: int) -> str | None:
        tokens = _tokens(phrase)
        while tokens and _is_trailing_filler(tokens[-1]):
            tokens.pop()
        while tokens and tokens[0].lower() in _LEADING_CONJUNCTIONS:
            tokens.pop(0)
        if not tokens or len(tokens) > _MAX_SPEAKER_WORDS:
            return None
        lower = [token.lower() for token in tokens]
        if len(tokens) == 1 and lower[0] in ("he", "she"):
            return self._resolve_pronoun(lower[0], paragraph, position)
        if lower == ["it"]:
            return _latest(self._organisations, paragraph, position)
        if len(tokens) == 2 and lower[0] in ("his", "her") and lower[1] in _RELATIONS:
            owner = self._resolve_pronoun("he" if lower[0] == "his" else "she", paragraph, position)
            if owner is None:
                return None
            self._bodies.add(f"{owner}'s {lower[1]}")
            return f"{owner}'s {lower[1]}"
        if lower[0] == "the" and lower[-1] in _DOCUMENTS:
            return _latest(self._issuers, paragraph, position)
        organisation = self._organisation(tokens)
        if organisation:
            self._bodies.add(organisation)
            self._remember(self._organisations, _Mention(paragraph, position, organisation))
            return organisation
        if lower[0] == "the" and lower[-1] in _ORG_HEADS:
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
        name = _strip_to_name(run)
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
        if head not in _ORG_HEADS or any(w.rstrip(".") in _TITLES for w in lower):
            return None
        if not all(word[0].isupper() or w in _ORG_CONNECTORS or w in _ORG_HEADS for word, w in zip(words, lower)):
            return None
        return " ".join(words)

    def _learn_gender(self, person: str, run: list[str]) -> None:
        honorifics = {token.rstrip(".").lower() for token in run}
        if honorifics & _FEMALE:
            self.people.gender[person] = "she"
        elif honorifics & _MALE:
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
        if words_after[n - 1] in _TITLES and (n == len(words_after) or words_after[n] not in _TITLES):
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


def _last_named(sites: Sequence[_Site]) -> list[int]:
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
    last _ATTRIBUTION_WINDOW characters (outside the slice, ``^`` cannot match)."""
    if end - start <= _ATTRIBUTION_WINDOW:
        return pattern.search(text[start:end]) is not None
    return pattern.search(text, end - _ATTRIBUTION_WINDOW, end) is not None


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
            run = _trailing_capitalised(_tokens(anchor))
            if len(run) >= 2:
                return anchor[anchor.rfind(run[0]) :]
            if not _is_aside(anchor):
                break
    return chunks[first]


def _is_aside(chunk: str) -> bool:
    words = chunk.lower().split()
    return bool(words) and (words[0] in _ASIDE_WORDS or words[0] in _RELATIVE_PRONOUNS or words[0].endswith(("ing", "ly")))


def _is_apposition(chunk: str) -> bool:
    """``a clerk``, ``56``, ``of Northridge``: what follows a name to describe it."""
    first = chunk.split()[0].lower()
    return first in ("a", "an", "the", "of", "from", "in", "at", "for", "with") or first.isdigit()


def _is_bare_name(chunk: str) -> bool:
    tokens = _tokens(chunk)
    return bool(tokens) and all(token[0].isupper() or token in _NAME_CONNECTORS for token in tokens)


def _is_trailing_filler(token: str) -> bool:
    """``had``, ``angrily``, an age: words between a speaker's name and the verb."""
    lower = token.lower()
    return lower in _TRAILING_AUXILIARIES or token.isdigit() or (lower.endswith("ly") and lower not in _LY_NOUNS)


def _phrase_after(rest: str) -> str:
    """The noun phrase right after a verb: ``said Karen Ruiz, a clerk`` -> ``Karen Ruiz``."""
    return _END_OF_NAME_AFTER_VERB.split(rest, maxsplit=1)[0].strip()


def _leading_noun_phrase(sentence: str) -> str:
    """``Ann Lee was ...`` -> ``Ann Lee``; ``The Mexican government said`` -> ``The Mexican government``."""
    words: list[str] = []
    for word in sentence.split():
        bare = word.strip(",;:").lower()
        if words and bare in _ORG_HEADS and word[0].islower():
            words.append(word)
            break
        if not (word[0].isupper() or bare in _DETERMINERS or bare in _TITLES):
            break
        words.append(word)
    return " ".join(words)


def _trailing_capitalised(tokens: list[str]) -> list[str]:
    run: list[str] = []
    for token in reversed(tokens):
        if not (token[0].isupper() or (run and token in _NAME_CONNECTORS)):
            break
        run.insert(0, token)
    return run


# ------------------------------------------------------------------------- extract


def extract_quotes(source: Source) -> tuple[QuoteOccurrence, ...]:
    """Every direct quotation of speech in ``source``, in reading order, with its speaker."""
    marks = [_Marks(quotation_spans(p.text)) for p in source.paragraphs]
    attributor = _Attributor(source, marks)
    found: list[QuoteOccurrence] = []
    # Speaker of a quotation left open, and where its continuation would start.
    run_on: tuple[str | None, int, int] | None = None
    # Speaker of the last quotation in each sentence, keyed by (paragraph, sentence start).
    heard: dict[tuple[int, int], str] = {}
    for paragraph in source.paragraphs:
        layout = _Layout(paragraph)
        for span in marks[paragraph.index].spans:
            site = _tail_site(layout, span, attributor) or _head_site(layout, span, marks[paragraph.index], attributor)
            if not _is_speech(paragraph.text, span, attributed=site is not None):
                continue
            if site:
                speaker = site.speaker
            elif run_on and _continues(run_on, paragraph.index, span):
                speaker = run_on[0]
            else:
                speaker = _introduced_speaker(layout, span, attributor, heard)
            sentence = layout.sentence_at(span.start)
            if speaker:
                heard[(paragraph.index, sentence.start)] = speaker
            found.append(
                QuoteOccurrence(
                    source_id=source.id,
                    sentence_id=sentence.id,
                    text=paragraph.text[span.start : span.end],
                    speaker=speaker,
                    paragraph=paragraph.index,
                    start=span.start,
                    end=span.end,
                )
            )
            run_on = None if span.closed else (speaker, paragraph.index, span.mark_end)
    return tuple(found)


def _continues(run_on: tuple[str | None, int, int], paragraph: int, span: QuotationSpan) -> bool:
    """Does ``span`` carry on a quotation left open, in the next paragraph or after a lost break?"""
    _, open_paragraph, open_end = run_on
    return (paragraph == open_paragraph + 1 and span.mark_start == 0) or (
        paragraph == open_paragraph and span.mark_start == open_end
    )


_TOKEN_START = re.compile(r"[A-Za-z]|\d")  # where a _WORD_TOKEN can start


class _Layout:
    """One paragraph's sentences and words, found by offset without rereading the text before it."""

    def __init__(self, paragraph: Paragraph) -> None:
        self.paragraph = paragraph
        self._sentence_starts = [sentence.start for sentence in paragraph.sentences]
        self._token_starts: list[int] | None = None
        #: Token start -> (end, pieces), for tokens read whole or cut off at a given end.
        self._tokens: dict[tuple[int, int], tuple[int, int]] = {}

    def sentence_index(self, offset: int) -> int:
        """The last sentence starting at or before ``offset`` (the first if none does)."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def sentence_at(self, offset: int) -> Sentence:
        return self.paragraph.sentences[self.sentence_index(offset)]

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        sentence = self.sentence_at(offset)
        return sentence.start, sentence.start + len(sentence.text)

    def at_most_words(self, start: int, end: int, limit: int) -> bool:
        """``len(_tokens(text[start:end])) <= limit``, reading no more tokens than the limit needs."""
        if self._token_starts is None:
            self._token_starts = [m.start() for m in _TOKEN_START.finditer(self.paragraph.text)]
        count = 0
        index = bisect.bisect_left(self._token_starts, start)
        while index < len(self._token_starts) and self._token_starts[index] < end:
            token_end, pieces = self._token(self._token_starts[index], end)
            count += pieces
            if count > limit:
                return False
            index = bisect.bisect_left(self._token_starts, token_end, index + 1)
        return True

    def _token(self, start: int, end: int) -> tuple[int, int]:
        """Where the word token at ``start`` ends when the text stops at ``end``, and its unglued pieces."""
        whole = self._tokens.get((start, -1))
        if whole is None:
            match = _WORD_TOKEN.match(self.paragraph.text, start)
            assert match is not None
            whole = self._tokens[(start, -1)] = (match.end(), len(_unglued([match.group()])))
        if whole[0] <= end:
            return whole
        if (start, end) not in self._tokens:
            self._tokens[(start, end)] = (end, len(_unglued([self.paragraph.text[start:end]])))
        return self._tokens[(start, end)]


def _tail_site(layout: _Layout, span: QuotationSpan, attributor: _Attributor) -> _Site | None:
    """The first site after the quotation in its sentence, if it comes within a few words.

    Sites are in reading order and a site's phrase never starts before the quotation marks it
    follows, so only the first site after the quotation can qualify.
    """
    index = layout.paragraph.index
    _, sentence_end = layout.sentence_bounds(max(span.end - 1, span.start))
    sites = attributor.sites[index]
    for at in range(bisect.bisect_left(attributor.verb_starts[index], span.mark_end), len(sites)):
        site = sites[at]
        if site.verb_start >= sentence_end:
            break
        if span.mark_end <= site.phrase_start:
            return site if layout.at_most_words(span.mark_end, site.verb_start, _TAIL_WINDOW_WORDS) else None
    return None


def _head_site(layout: _Layout, span: QuotationSpan, marks: _Marks, attributor: _Attributor) -> _Site | None:
    """The last site between the quotation and the start of its sentence or the quotation before it."""
    index = layout.paragraph.index
    sentence_start, _ = layout.sentence_bounds(span.start)
    head_start = marks.last_end_before(span.mark_start, sentence_start)
    last = bisect.bisect_left(attributor.verb_starts[index], span.mark_start) - 1
    site = attributor.sites[index][last] if last >= 0 else None
    return site if site is not None and site.verb_start >= head_start else None


def _introduced_speaker(
    layout: _Layout, span: QuotationSpan, attributor: _Attributor, heard: dict[tuple[int, int], str]
) -> str | None:
    """Who speaks a quotation its own sentence does not attribute.

    * the speaker named in the sentence before (``He said he was sorry. "..."``);
    * the person the sentence before opens with (``Ann Lee was on the train. "We flew out of our seats."``);
    * the speaker of a quotation two sentences back, when the sentence between names nobody
      (``"We ran," Lee said. The gas spread fast. "We could not see."``);
    * across a paragraph break, the speaker named in a paragraph ending with a colon, or the issuer
      of a statement the previous paragraph reports (``..., the ministry said in a statement.``).
    """
    paragraph = layout.paragraph
    position = layout.sentence_index(span.start)
    sentence = paragraph.sentences[position]
    if position > 0:
        previous = paragraph.sentences[position - 1]
        key = (paragraph.index, previous.start)
        speaker = attributor.last_speaker(paragraph.index, previous.start, sentence.start) or attributor.subjects.get(key)
        if speaker or position < 2 or key in attributor.names_someone:
            return speaker
        earlier = paragraph.sentences[position - 2]
        return heard.get((paragraph.index, earlier.start)) or attributor.last_speaker(
            paragraph.index, earlier.start, previous.start
        )
    if paragraph.index == 0:
        return None
    previous_text = attributor.paragraph_text(paragraph.index - 1)
    if previous_text.rstrip().endswith(":"):
        return attributor.last_speaker(paragraph.index - 1, 0, len(previous_text))
    return attributor.issued(paragraph.index - 1)


# "said in a statement", "wrote in a letter posted ...": the quotation that follows is from that document.
_DOCUMENT_AFTER = re.compile(r"\s+(?:on \w+ )?in an? (?:\w+ )?(?:" + "|".join(sorted(_DOCUMENTS)) + r")\b", re.IGNORECASE)


def _is_speech(text: str, span: QuotationSpan, *, attributed: bool) -> bool:
    quoted = text[span.start : span.end]
    words = quoted.split()
    if len(words) < _MIN_QUOTE_WORDS or _after_naming_cue(text, span.mark_start):
        return False
    if _is_title_case(words):
        return False
    full = quoted[0].isupper() or bool(_SENTENCE_END.search(quoted)) or len(words) >= _FULL_QUOTE_WORDS
    return full or attributed


def _after_naming_cue(text: str, end: int) -> bool:
    """``_NAMING_CUES.search(text[:end])``, reading only the few words before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return _NAMING_CUES.search(text, max(0, end - _LONGEST_NAMING_CUE), end) is not None


def _is_title_case(words: list[str]) -> bool:
    """``Strong Ideas for a New Time``: every long word capitalised, without being a shout in capitals."""
    long_words = [w.strip("“”\"‘’'.,!?") for w in words if len(w.strip("“”\"‘’'.,!?")) > 3]
    return (
        len(long_words) >= 2
        and all(w[:1].isupper() and not w.isupper() for w in long_words)
        and not re.search(r"[.!?]", " ".join(words)[:-1])
    )


# --------------------------------------------------------------------------- group

# Words are mapped to characters from here on (a private-use block) to compare them as units.
_FIRST_WORD_CODE = 0xF0000
_ELLIPSIS_TOKEN = "…"
_FUNCTION_WORDS = frozenset(
    """
    a an the and or but if so of to in on at by for from with as is are was were be been being am it its
    it's this that these those i i'm me my we we're us our you your he him his she her they them their
    there here what which who when where why how not no do does did don't didn't have has had will would
    can could should may might must just all any some very about into over than then too also
    """.split()
)
_INSERTION_TOKEN = "[…]"
# How many words of the other version a bracketed insertion ("[Trump]") may stand for.
_INSERTION_SPAN = 3
# Pairs this alike are one utterance without further evidence; below it they must share a run of words.
_STRONG_SIMILARITY = 80.0
_SHARED_RUN_WORDS = 5
_VARIATION_PIECE = re.compile(r"\[[^\]]*\]|\([^)]*\)|\.{2,}|…|[\w']+")


def group_quotes(
    sources: Sequence[Source], occurrences: Sequence[QuoteOccurrence], settings: AnalysisSettings
) -> tuple[Quote, ...]:
    """Group occurrences of the same utterance across sources into ``Quote``s, in reading order."""
    source_order = {source.id: i for i, source in enumerate(sources)}
    ordered = sorted(
        occurrences, key=lambda o: (source_order.get(o.source_id, len(source_order)), o.source_id, o.paragraph, o.start)
    )
    if not ordered:
        return ()
    comparable = [_comparable(o.text) for o in ordered]
    threshold = settings.quote_threshold * 100
    scores = _similarity(comparable)
    utterance = _utterances(sources, ordered)
    groups = _connected_groups(ordered, _ranked_pairs(comparable, scores, threshold), utterance)
    return tuple(_quote([ordered[i] for i in members]) for members in groups)


def analyse_quotes(sources: Sequence[Source], settings: AnalysisSettings) -> tuple[Quote, ...]:
    """Extract the quotations of every source, then group them."""
    return group_quotes(sources, [o for source in sources for o in extract_quotes(source)], settings)


def _comparable(text: str) -> str:
    """Lower case words only: brackets, ellipses and punctuation do not make quotations differ,
    and contractions are spelt out (``aren't`` = ``are not``), as reporters transcribe them either way."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(1)], text)
    return " ".join(re.sub(r"[^\w\s']", " ", text).split())


_CONTRACTIONS = {"can't": "can not", "won't": "will not", "n't": " not", "'re": " are", "'ve": " have", "'ll": " will", "'m": " am"}
_CONTRACTION = re.compile(r"(can't|won't|n't|'re|'ve|'ll|'m)\b")


def _similarity(comparable: list[str]) -> np.ndarray:
    """Pairwise 0..100 similarity of quotations, compared word by word.

    Each distinct word becomes one character, so rapidfuzz's scorers count shared words rather
    than shared letters (which make any two English sentences look half alike). partial_ratio finds
    one version inside a longer one, in order; token_set_ratio survives reordering, and looks only at
    content words, since "it", "was" and "the" are shared by any two quotations. Short quotations
    must match more closely: three words share two by chance.
    """
    vocabulary: dict[str, str] = {}

    def letters(words: list[str]) -> list[str]:
        return [vocabulary.setdefault(w, chr(_FIRST_WORD_CODE + len(vocabulary))) for w in words]

    words = [text.split() for text in comparable]
    ordered = ["".join(letters(ws)) for ws in words]
    content = [" ".join(letters([w for w in ws if w not in _FUNCTION_WORDS])) for ws in words]
    partial = process.cdist(ordered, ordered, scorer=fuzz.partial_ratio)
    token_set = process.cdist(content, content, scorer=fuzz.token_set_ratio)
    raw = np.maximum(partial, token_set)
    lengths = np.array([max(len(ws), 1) for ws in words], dtype=np.float64)
    strictness = np.maximum(1.0, _FULL_QUOTE_WORDS / np.minimum.outer(lengths, lengths))
    return np.clip(100.0 - (100.0 - raw) * strictness, 0.0, 100.0)


def _ranked_pairs(comparable: list[str], scores: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs that may be one utterance, most alike first.

    A pair below ``_STRONG_SIMILARITY`` must also share a run of words that is not only function
    words (``one of the banes of our existence``): scattered shared words (``commit suicide``,
    ``grade crossing``) are the story's topic, not the same remark. Among equally alike pairs, a
    version found at the start of a longer one comes first, so a quotation that runs two remarks
    together joins the group of the remark it opens with.
    """
    words = [text.split() for text in comparable]
    rows, columns = np.nonzero(np.triu(scores >= threshold, k=1))
    ranked = []
    for i, j in zip(rows.tolist(), columns.tolist()):
        score = float(scores[i, j])
        if score < _STRONG_SIMILARITY and not _share_a_run(words[i], words[j]):
            continue
        ranked.append((-score, _alignment_offset(words[i], words[j]), i, j))
    return [(i, j) for _, _, i, j in sorted(ranked)]


def _share_a_run(a: list[str], b: list[str]) -> bool:
    size = min(_SHARED_RUN_WORDS, len(a), len(b))
    runs = {tuple(a[k : k + size]) for k in range(len(a) - size + 1)}
    return any(
        run in runs and not all(word in _FUNCTION_WORDS for word in run)
        for run in (tuple(b[k : k + size]) for k in range(len(b) - size + 1))
    )


def _alignment_offset(a: list[str], b: list[str]) -> int:
    """Where, in words, the shorter version best lines up with the longer one."""
    shorter, longer = sorted((a, b), key=len)
    vocabulary: dict[str, str] = {}
    encoded = ["".join(vocabulary.setdefault(w, chr(_FIRST_WORD_CODE + len(vocabulary))) for w in ws) for ws in (shorter, longer)]
    return fuzz.partial_ratio_alignment(encoded[0], encoded[1]).dest_start


def _utterances(sources: Sequence[Source], occurrences: list[QuoteOccurrence]) -> list[int]:
    """For each occurrence, the first occurrence of the utterance it belongs to in its source.

    A sentence broken by its attribution (``"If it rains," Lee said, "we stay home."``) is one
    utterance in two spans, which another source may print whole. Two quoted sentences on either
    side of ``Lee said.`` are left apart: they may be two remarks.
    """
    paragraphs = {(source.id, p.index): p.text for source in sources for p in source.paragraphs}
    utterance = list(range(len(occurrences)))
    for i in range(1, len(occurrences)):
        before, after = occurrences[i - 1], occurrences[i]
        if (before.source_id, before.paragraph) != (after.source_id, after.paragraph):
            continue
        between = paragraphs.get((after.source_id, after.paragraph), "")[before.end : after.start]
        if _is_mid_sentence_attribution(between):
            utterance[i] = utterance[i - 1]
    return utterance


def _is_mid_sentence_attribution(text: str) -> bool:
    """``," Lee said, "`` or ``," said Ann Lee, a clerk, "``: a speaker and a verb, the sentence going on."""
    words = _tokens(text)
    return (
        0 < len(words) <= _MAX_SPEAKER_WORDS
        and _VERB.search(text) is not None
        and not re.search(r"[!?…]|(?<![A-Z])\.(?=\s)", text)
        and text.rstrip(" “\"«‘'`").endswith((",", ":", "—", "–"))
    )


def _connected_groups(
    occurrences: list[QuoteOccurrence], pairs: list[tuple[int, int]], utterance: list[int]
) -> list[list[int]]:
    """Join the most similar pairs first, never putting two different quotations of one source together
    (two spans of one utterance are not different quotations)."""
    group_of = list(range(len(occurrences)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(occurrences))}
    for i, j in pairs:
        a, b = group_of[i], group_of[j]
        if a == b or not _may_join(members[a], members[b], occurrences, utterance):
            continue
        keep, gone = min(a, b), max(a, b)
        members[keep] = sorted(members[keep] + members.pop(gone))
        for member in members[keep]:
            group_of[member] = keep
    return sorted(members.values())


def _may_join(first: list[int], second: list[int], occurrences: list[QuoteOccurrence], utterance: list[int]) -> bool:
    # One source quoting the same words twice (a repeated paragraph, a pull quote) is one utterance.
    return all(
        utterance[i] == utterance[j] or _same_or_cut(occurrences[i].text, occurrences[j].text)
        for i in first
        for j in second
        if occurrences[i].source_id == occurrences[j].source_id
    )


def _same_or_cut(a: str, b: str) -> bool:
    return _same_words(a, b) or _is_cut_from(a, b) or _is_cut_from(b, a)


def _quote(occurrences: list[QuoteOccurrence]) -> Quote:
    pairs = sorted(f"{o.source_id}\x1f{o.text}" for o in occurrences)
    digest = hashlib.sha1("\x1e".join(pairs).encode("utf-8")).hexdigest()[:8]
    variation = _variation([o.text for o in occurrences])
    return Quote(f"q-{digest}", _main_speaker(occurrences), tuple(occurrences), variation)


def _main_speaker(occurrences: list[QuoteOccurrence]) -> str | None:
    """The speaker most sources name, counting ``Putin`` as ``Vladimir Putin`` when both appear."""
    named = [o.speaker for o in occurrences if o.speaker]
    if not named:
        return None
    fullest = {
        name: max((other for other in named if _same_person(name, other)), key=lambda n: len(n.split())) for name in named
    }
    # Counter.most_common keeps first-seen order among equal counts, so ties go to the earliest source.
    return Counter(fullest[name] for name in named).most_common(1)[0][0]


def _same_person(short: str, long: str) -> bool:
    short_tokens, long_tokens = short.split(), long.split()
    return short_tokens[-1] == long_tokens[-1] and set(short_tokens) <= set(long_tokens)


def _variation(texts: list[str]) -> QuoteVariation:
    """How the versions of one quotation differ.

    ``identical``: the same characters (quote-mark and spacing forms aside); ``punctuation``: the same
    words, differing only in punctuation, case, ``[insertions]`` or ``(clarifications)``;
    ``truncated``: every version is the fullest one, or a cut or elision (``...``) of it, or each is a
    cut of another; ``reworded``: anything else.
    """
    if len({_identity(t) for t in texts}) == 1:
        return "identical"
    pairs = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :]]
    if all(_same_words(a, b) for a, b in pairs):
        return "punctuation"
    fullest = max(texts, key=lambda t: len(_without_ellipses(_variation_tokens(t))))
    if all(_same_words(t, fullest) or _is_cut_from(t, fullest) for t in texts):
        return "truncated"
    if all(_same_or_cut(a, b) for a, b in pairs):
        return "truncated"
    return "reworded"


def _identity(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def _variation_tokens(text: str) -> list[str]:
    """Words, with ``[insertions]`` as wildcards, ``(clarifications)`` dropped and ellipses kept as marks."""
    tokens = []
    for piece in _VARIATION_PIECE.findall(text.lower().replace("’", "'").replace("‘", "'")):
        if piece.startswith("["):
            tokens.append(_INSERTION_TOKEN)
        elif piece.startswith("("):
            continue
        elif piece.startswith((".", "…")):
            tokens.append(_ELLIPSIS_TOKEN)
        else:
            tokens.append(piece)
    return tokens


def _same_words(a: str, b: str) -> bool:
    """Equal up to punctuation, case, ``[insertions]`` standing for words and ``(clarifications)``."""
    return _tokens_match(_without_ellipses(_variation_tokens(a)), _without_ellipses(_variation_tokens(b)))


def _without_ellipses(tokens: list[str]) -> list[str]:
    return [token for token in tokens if token != _ELLIPSIS_TOKEN]


def _is_cut_from(short: str, long: str) -> bool:
    """``short`` is ``long`` with its start or end cut off, or words elided where it shows an ellipsis."""
    # Only the shorter version's ellipses stand for missing words; the longer one's hide words from both.
    return _tokens_match(
        [_ELLIPSIS_TOKEN, *_variation_tokens(short), _ELLIPSIS_TOKEN], _without_ellipses(_variation_tokens(long))
    )


def _tokens_match(a: list[str], b: list[str]) -> bool:
    """Whether two token lists match, an ellipsis standing for any run of words, an insertion for a few."""
    reachable = [[False] * (len(b) + 1) for _ in range(len(a) + 1)]
    reachable[0][0] = True
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if not reachable[i][j]:
                continue
            for next_i, next_j in _steps(a, b, i, j):
                reachable[next_i][next_j] = True
    return reachable[len(a)][len(b)]


def _steps(a: list[str], b: list[str], i: int, j: int) -> list[tuple[int, int]]:
    steps = []
    if i < len(a) and a[i] == _ELLIPSIS_TOKEN:
        steps += [(i + 1, j)] + ([(i, j + 1)] if j < len(b) else [])
    if j < len(b) and b[j] == _ELLIPSIS_TOKEN:
        steps += [(i, j + 1)] + ([(i + 1, j)] if i < len(a) else [])
    if i < len(a) and a[i] == _INSERTION_TOKEN:
        steps += [(i + 1, j + k) for k in range(_INSERTION_SPAN + 1) if j + k <= len(b)]
    if j < len(b) and b[j] == _INSERTION_TOKEN:
        steps += [(i + k, j + 1) for k in range(_INSERTION_SPAN + 1) if i + k <= len(a)]
    if i < len(a) and j < len(b) and a[i] == b[j]:
        steps.append((i + 1, j + 1))
    return steps
