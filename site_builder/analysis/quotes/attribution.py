"""Speech verbs and whom they name: one pass over a source in reading order.

The pass reads sentence by sentence, carrying a :class:`~.discourse.Discourse` (who has been
named so far) from each step to the next: it notes the person a sentence opens with, finds the
speech verbs outside quotation marks, asks the speaker rules (``speakers.py``) whom the words
next to each verb name, applies what they learned, and notes the people the sentence names. Its
result, :class:`Attribution`, is what the quotation extractor asks about afterwards; it no
longer changes.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ...model import Paragraph, Source
from ...text.alternation import alternation
from ...text.quotemarks import CLOSING_MARKS, OPENING_MARKS
from ...text.script import CAPITAL, UPPER
from ...text.sentences import token_ending_at
from .cues import (
    ATTRIBUTION_WINDOW,
    CAP_RUN,
    CHARACTERISED_BY,
    CONTRACTION_ENDING,
    DOCUMENT_AFTER,
    GENDERED_PRONOUNS,
    GIVEN_NAMES,
    JOINED_NAME,
    JOINED_RELATIVE,
    LEXICON,
    LIST_BULLETS,
    MAX_SPEAKER_WORDS,
    OWNED_WORDS_AFTER,
    SPEECH_VERB,
)
from .discourse import Body, Discourse, DocumentOwner, Gender, Mention, Pronoun
from .marks import QuotationMarks
from .names import (
    LONGEST_OFFICE,
    OFFICE_BEFORE,
    People,
    is_title_word,
    name_after_office,
    opens_with_given_name,
    possessive_stem,
    strip_to_name,
    unglued,
    without_nicknames,
    word_tokens,
)
from .phrases import (
    COORDINATED,
    ROLE_HOLDER,
    ends_with,
    leading_noun_phrase,
    past_opening,
    phrase_after,
    phrase_before,
    subject_phrase,
)
from .speakers import person_in_role, resolve_speaker, trailing_capitalised

SentenceKey = tuple[int, int]
"""A sentence, as (paragraph index, offset of the sentence in its paragraph)."""


@dataclass(frozen=True, slots=True)
class Site:
    """A speech verb outside quotation marks, and the person it names (pronouns resolved)."""

    paragraph: int
    verb_start: int
    verb_end: int
    #: Start of the phrase naming the speaker (the verb itself when the name follows it).
    phrase_start: int
    speaker: str | None
    #: The verb opens its sentence as a question put by an agent ("Asked by Sen. Ann Lee whether
    #: the case was "settled law," the judge said ..."): a quotation in the question is the agent's.
    opens_a_question: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the pass found in one source."""

    paragraphs: tuple[Paragraph, ...]
    #: Per paragraph, its sites in reading order.
    sites: tuple[tuple[Site, ...], ...]
    #: Per sentence: the person it opens with, when it opens with one.
    subjects: dict[SentenceKey, str]
    #: The sentences that name someone (other than in a possessive).
    names_someone: frozenset[SentenceKey]
    #: Who the article names, to read a name written right after a quotation.
    people: People
    #: Per paragraph: the people it names outside quotations, subjects first.
    introduced: dict[int, list[str]]
    #: Per paragraph: where each site's verb starts.
    verb_starts: tuple[tuple[int, ...], ...] = field(init=False)
    #: Per paragraph and site: the index of the last site up to it that names its speaker, or -1.
    _last_named: tuple[tuple[int, ...], ...] = field(init=False)
    #: Per paragraph: the last speaker said to speak through a document (``said in a statement``).
    _issued: tuple[str | None, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "verb_starts", tuple(tuple(site.verb_start for site in sites) for sites in self.sites))
        object.__setattr__(self, "_last_named", tuple(_last_named(sites) for sites in self.sites))
        issued = tuple(
            _issued(paragraph.text, sites) for paragraph, sites in zip(self.paragraphs, self.sites, strict=True)
        )
        object.__setattr__(self, "_issued", issued)

    def paragraph_text(self, index: int) -> str:
        return self.paragraphs[index].text

    def last_speaker(self, paragraph: int, start: int, end: int) -> str | None:
        """The speaker of the last site with its verb in ``[start, end)`` of the paragraph that names one."""
        upto = bisect.bisect_left(self.verb_starts[paragraph], end) - 1
        named = self._last_named[paragraph][upto] if upto >= 0 else -1
        if named < 0 or self.sites[paragraph][named].verb_start < start:
            return None
        return self.sites[paragraph][named].speaker

    def issued(self, paragraph: int) -> str | None:
        """The last speaker of the paragraph said to speak through a document (``said in a statement``)."""
        return self._issued[paragraph]

    def introducing_body(self, paragraph: int, sentence_start: int, end: int) -> str | None:
        """The named body a sentence that introduces a quotation with a colon opens with ("The Illinois
        Board of Elections was conclusive in its findings: ..."): it speaks what follows."""
        text = self.paragraphs[paragraph].text
        if not text[:end].rstrip(" " + "".join(OPENING_MARKS)).endswith(":"):
            return None
        phrase = subject_phrase(text[sentence_start:end])
        resolution = resolve_speaker(phrase, paragraph, sentence_start, Discourse(), self.people)
        is_body = any(isinstance(fact, Body) for fact in resolution.learned)
        return resolution.speaker if is_body else None

    def subject_after(self, paragraph: int, quotation_end: int) -> str | None:
        """The person whose name follows a quotation that ends on a comma, "?" or "!", with a verb
        after or before it: ``"Let me talk," Trump shot back`` and ``"...," agrees Ann Lee`` invert an
        attribution whatever the verb, since the quotation is what the clause goes on to report."""
        text = self.paragraphs[paragraph].text
        signed = _SIGNATURE.match(text, quotation_end)
        if signed is not None:
            # '"We did everything we could." — Mark Wells, chief executive': a quotation signed by its speaker.
            return _person_of_run(signed.group("name").split(), self.people)
        if text[:quotation_end].rstrip(CLOSING_MARKS).rstrip()[-1:] not in (",", "?", "!"):
            return None
        found = _NAME_THEN_WORD.match(text, quotation_end)
        if found is None or found.group(2) in _NOT_A_VERB_AFTER_NAME:
            # '"Our ideas are different," agrees Michelle Stevens': the verb before the name.
            found = _WORD_THEN_NAME.match(text, quotation_end)
            if found is None or found.group(1) in _NOT_A_VERB_AFTER_NAME:
                return None
        return _person_of_run(found.group("name").split(), self.people)


def attribute(source: Source, marks: Sequence[QuotationMarks]) -> Attribution:
    """Read ``source`` in order and find every speech verb's speaker."""
    people = People(source.paragraphs)
    discourse = Discourse()
    subjects: dict[SentenceKey, str] = {}
    names_someone: set[SentenceKey] = set()
    introduced: dict[int, list[str]] = {}
    sites: list[tuple[Site, ...]] = []
    for paragraph in source.paragraphs:
        found: list[Site] = []
        for sentence in paragraph.sentences:
            key = (paragraph.index, sentence.start)
            opening = (
                _opening_subject(sentence.text, key, people, discourse, marks[paragraph.index])
                or _pronoun_subject(sentence.text, key, discourse, marks[paragraph.index])
                or _unnamed_subject(sentence.text, key, marks[paragraph.index])
            )
            joint = _joint_subjects(sentence.text, key, people, marks[paragraph.index]) if opening is None else []
            for mention in joint:
                discourse.note_person(mention)
            if opening is not None:
                discourse.note_person(opening)
                if opening.person:
                    subjects[key] = opening.person
                    introduced.setdefault(paragraph.index, []).insert(0, opening.person)
            else:
                # "Palin's posts about ISIS include ...": the sentence is about her, so a later "she"
                # may mean her, though she is not its subject (nor whose words a quotation in it are).
                owner = _opening_possessor(sentence.text, key, people)
                if owner is not None:
                    discourse.note_person(owner)
                # "Solís' sharpest moment came when she turned to the governor: "…"": the one the
                # clause before the colon is about speaks what it introduces.
                introducer = _pronoun_before_colon(sentence.text, key, discourse, marks[paragraph.index])
                if introducer is not None:
                    subjects[key] = introducer
            issuer = _document_issuer(
                sentence.text, key, opening.person if opening else None, discourse, people, marks[paragraph.index]
            ) or _document_by(sentence.text, key, discourse, people, marks[paragraph.index])
            if issuer is not None:
                discourse.learn([issuer])
            for pattern, fits in _PEOPLE_BROUGHT_IN:
                brought_in = _person_named_by(pattern, fits, sentence.text, key, people, marks[paragraph.index])
                if brought_in is not None:
                    discourse.note_person(brought_in)
            read = _SentenceReading(
                paragraph,
                sentence.start,
                sentence.start + len(sentence.text),
                marks[paragraph.index],
                opening.person if opening is not None else None,
            )
            found += read.sites(people, discourse)
            named = _named_inside(sentence.text, key, marks[paragraph.index], people)
            if named:
                names_someone.add(key)
                introduced.setdefault(paragraph.index, []).extend(mention.person for mention in named)
                # Only when the sentence's subject and speakers gave "he" no one to mean.
                if opening is None and not joint and not read.noted_a_person:
                    discourse.note_person(named[0])
                for bystander in named:
                    discourse.note_bystander(bystander)
            elif opening is None and not joint and not read.noted_a_person:
                owner = _owner_named_inside(sentence.text, key, marks[paragraph.index], people)
                if owner is not None:
                    discourse.note_person(owner)
        sites.append(tuple(found))
    return Attribution(source.paragraphs, tuple(sites), subjects, frozenset(names_someone), people, introduced)


def _representative_pronoun(speaker: str) -> Pronoun | None:
    """The pronoun of a body's unnamed voice (``Harlow Council spokeswoman``: "she"), if the speaker is one."""
    pronoun = LEXICON.representative_pronouns.get(speaker.rsplit(None, 1)[-1])
    return pronoun if pronoun in GENDERED_PRONOUNS else None


def _represented(speaker: str) -> str:
    """The body a spokesperson speaks for: ``Harlow Council spokeswoman`` -> ``Harlow Council``."""
    return speaker.rsplit(None, 1)[0]


def _person_named_by(
    pattern: re.Pattern[str],
    fits: Callable[[str, People], bool],
    sentence: str,
    key: SentenceKey,
    people: People,
    marks: QuotationMarks,
) -> Mention | None:
    """The last person the ``name`` group of ``pattern`` names in ``sentence``, outside quotations,
    when ``fits`` that name: whom a "she" or "he" next most likely means."""
    found = None
    for match in pattern.finditer(sentence):
        if marks.inside_quotation(key[1] + match.start("name")):
            continue
        name = " ".join(strip_to_name(unglued(match.group("name").split())))
        if name and fits(name, people):
            found = Mention(key[0], key[1] + match.start("name"), people.fullest(name))
    return found


def _full_person(name: str, people: People) -> bool:
    """A full name, or a surname the article gives in full ("Clarkston became his home" is a place's)."""
    return people.is_person_name(name) and len(people.fullest(name).split()) > 1


def _has_given_name(name: str, people: People) -> bool:
    given = name.split()[0].lower()
    return given in LEXICON.given_names_female or given in LEXICON.given_names_male


#: ", but Villalobos did not", ", and Ann Lee said": a clause joined on, its subject a name (perhaps
#: with a participle's aside: ", and Moreau, speaking later, disagreed"; not an apposition, ", and Carl
#: Wendt, a retired judge, appointed to ...", a list's last item), then its verb: an auxiliary,
#: a speech verb or a past tense (not ", and Ruth Okafor at the hall", a list's last item).
_JOINED_CLAUSE = re.compile(
    rf",[{re.escape(CLOSING_MARKS)}]?\s+(?:but|and|while|yet|whereas)\s+(?P<name>{CAP_RUN.pattern})(?:,\s+[a-z]+ing\b[^,]{{0,60}},)?\s+"
    rf"(?=(?:{'|'.join(sorted(LEXICON.auxiliary_verbs | LEXICON.speech_verbs))}|[a-z]+ed)\b)"
)
#: "a resident named Caroline", "an academic called Eric Kingson": a description opened by an
#: indefinite article, its words neither a pronoun nor an auxiliary ("she had named Ruth Okafor as
#: her deputy", "the mayor called Ruth Okafor a liar": the verbs, no one introduced), then the name.
_DESCRIPTION_WORD = rf"(?!(?:{'|'.join(sorted(LEXICON.subject_pronouns | LEXICON.auxiliary_verbs))})\b)[\w.,'’-]+"
_NAMED_AS = re.compile(
    rf"\b(?:{'|'.join(sorted(LEXICON.indefinite_articles))})\s+(?:{_DESCRIPTION_WORD}\s+){{1,5}}?"
    rf"(?:named|called)\s+(?P<name>{CAP_RUN.pattern})"
)
#: People a sentence brings in without making them its opening subject: the subject of a clause
#: joined on ("Rourke declined to comment, but Villalobos did not hold back."), and someone named
#: after a description ("a 52-year-old resident named Caroline").
_PEOPLE_BROUGHT_IN: tuple[tuple[re.Pattern[str], Callable[[str, People], bool]], ...] = (
    (_JOINED_CLAUSE, _full_person),
    (_NAMED_AS, _has_given_name),
)


def _document_issuer(
    sentence: str,
    key: SentenceKey,
    subject: str | None,
    discourse: Discourse,
    people: People,
    marks: QuotationMarks,
) -> DocumentOwner | None:
    """Whose document a sentence issues, so that a later "the ad said", "the email read" is theirs:
    the person it opens with ("Sanders is releasing a new ad"), or a body that is the issuing
    verb's own subject ("The Cruz campaign sent a fundraising email")."""
    if _ISSUED_DOCUMENT_IN_LOWER_CASE.search(sentence.lower()) is None:
        return None
    issued = _ISSUED_DOCUMENT.search(sentence)
    if issued is None or marks.inside_quotation(key[1] + issued.start()):
        return None
    document = issued.group("document").lower()
    if subject:
        return DocumentOwner(document, Mention(*key, subject))
    clause = sentence[: issued.start()].lstrip(OPENING_MARKS)
    phrase = clause[past_opening(clause) :].strip()
    # The body is the verb's own subject: nothing stands between them.
    if not phrase or phrase != subject_phrase(clause) or len(phrase.split()) > MAX_SPEAKER_WORDS:
        return None
    speaker = resolve_speaker(phrase, key[0], key[1] + issued.start(), discourse, people).speaker
    if speaker is None or people.is_person_name(speaker):
        return None
    return DocumentOwner(document, Mention(*key, speaker))


#: The documents of the lists, the longest first, as a pattern's alternatives.
_DOCUMENTS = alternation(sorted(LEXICON.documents, key=len, reverse=True))


def _document_by(
    sentence: str, key: SentenceKey, discourse: Discourse, people: People, marks: QuotationMarks
) -> DocumentOwner | None:
    """Whose document a sentence names as someone's ("a September report by the Great Lakes
    Manufacturers Council"), so that a later "the report said" is theirs."""
    written = _DOCUMENT_BY.search(sentence)
    if written is None or marks.inside_quotation(key[1] + written.start()):
        return None
    owner = written.group("owner")
    speaker = resolve_speaker(owner, key[0], key[1] + written.start("owner"), discourse, people).speaker
    if speaker is None:
        return None
    return DocumentOwner(written.group("document").lower(), Mention(*key, speaker))


#: A document and whom it is from, right after it: "a September report by the Great Lakes
#: Manufacturers Council", "a statement from the union".
_DOCUMENT_BY = re.compile(
    rf"\b(?P<document>{_DOCUMENTS})\s+(?:"
    + alternation(sorted(LEXICON.document_origins, key=len, reverse=True))
    + rf")\s+(?P<owner>(?:the\s+)?{CAP_RUN.pattern})"
)


# A name (after "an angry", "the embattled": an article and a word or two describing the person),
# then a lower-case word: the verb of an inverted attribution when it is not a function word.
_NAME_THEN_WORD = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(LEXICON.determiners))})\s+(?:[a-z][\w-]*\s+){{1,2}})?(?P<name>{CAP_RUN.pattern})\s+([a-z]+)\b"
)
# A dash and a name closing the paragraph, or a comma and a description after the name.
_SIGNATURE = re.compile(rf"\s*[—–]\s*(?P<name>{CAP_RUN.pattern})\s*(?:,|\.?\s*$)")
# A lower-case word, then a name ending at punctuation: '," agrees Michelle Stevens, 30,'.
# ('"...!" beamed Donald Hartley of Madison, Alabama': where the speaker is from may follow the name.)
_WORD_THEN_NAME = re.compile(rf"\s+([a-z]+)\s+(?P<name>{CAP_RUN.pattern})(?=\s*[,.;(]|\s*$|\s+(?:of|from)\s+{UPPER})")
_NOT_A_VERB_AFTER_NAME = LEXICON.function_words | LEXICON.stop_words | LEXICON.auxiliary_verbs


def _opening_subject(
    sentence: str, key: SentenceKey, people: People, discourse: Discourse, marks: QuotationMarks
) -> Mention | None:
    """A titled or full name that opens a sentence, or ``The chief`` (with the name the article gives
    that role, else ``""``: an unnamed chief still takes "he" away from anyone named before).

    A sentence that opens inside a quotation has no subject to take: a name the speaker uses is
    never what the reporter's "he" means."""
    start = key[1]
    opening = sentence.lstrip(OPENING_MARKS)
    if marks.inside_quotation(start + len(sentence) - len(opening)):
        return None
    opening = opening.lstrip(LIST_BULLETS)  # "• Gov. Ann Lee: “...”": a list's bullet before the label
    label = _SPEAKER_LABEL.match(opening)
    labelled = _labelled_speaker(_without_topic(label.group(1)), key, people) if label is not None else None
    if labelled is not None:
        return labelled
    # "In the depths of the recession, Ryan worried ...": the subject after a phrase of circumstance
    # of any length; first when a verb opens the phrase, whatever names it holds ("Asked by host Jo
    # Roe whether he would run, Sen. Ann Lee smiled"; but "As Ann Lee puts it, Obama is ..." quotes Lee).
    subject_start = past_opening(opening)
    after_phrase = opening[subject_start:].lstrip() if subject_start else None
    first_word = opening.split(maxsplit=1)[0].lower() if opening.split() else ""
    verb_first = first_word in LEXICON.listener_verbs or first_word.endswith(("ing", "ed"))
    found = (
        _subject_at(after_phrase, key, people, discourse) or _apposed_subject(after_phrase, key, people)
        if after_phrase and verb_first
        else None
    )
    if found is None:
        found = _subject_at(opening, key, people, discourse) or _apposed_subject(opening, key, people)
    if found is None and after_phrase and not verb_first:
        found = _subject_at(after_phrase, key, people, discourse)
    elif found is None and after_phrase is None:
        # "At the time, Trump said ...": the subject after a short opening phrase.
        phrase, comma, rest = opening.partition(",")
        if (
            comma
            and len(phrase.split()) <= _MAX_OPENING_PHRASE_WORDS
            and rest.strip()
            and not JOINED_RELATIVE.search(phrase)  # "Mark Sellers and his wife, Janice, run": two subjects
            # "He noted that his predecessor, Carl Wendt, had ...": a clause with its own subject, the
            # name after the comma its object's.
            and (phrase.split() or [""])[0].lower() not in LEXICON.subject_pronouns
        ):
            rest = rest.lstrip()
            found = _subject_at(rest, key, people, discourse)
            further = past_opening(rest) if found is None else 0
            if further and not any(mark in rest[:further] for mark in OPENING_MARKS):
                # "Later, at his weekly news conference, the majority leader ...": a phrase of
                # circumstance after the short one.
                found = _subject_at(rest[further:].lstrip(), key, people, discourse)
    return found


def _unnamed_subject(sentence: str, key: SentenceKey, marks: QuotationMarks) -> Mention | None:
    """``One of the partners turned to ...``, ``As they left, a senior official said ...``: someone
    the article does not name is the sentence's subject, so a "he" next means that one, whom no name
    gives (not a person named before). Not in a sentence that opens inside a quotation."""
    opening = sentence.lstrip(OPENING_MARKS)
    if marks.inside_quotation(key[1] + len(sentence) - len(opening)):
        return None
    words = opening[past_opening(opening) :].split(maxsplit=_UNNAMED_SUBJECT_WORDS + 3)
    if not words:
        return None
    # "The victim's sister said ...": someone unnamed, known by whose relation they are.
    whose = len(words) > 2 and words[0].lower() in LEXICON.determiners and re.fullmatch(r"[a-z]+['’]s", words[1])
    if words[0].lower() not in _UNNAMED_OPENERS and not whose:
        return None
    at = 2 if whose else 1
    if len(words) > 2 and words[1] == "of" and words[2].lower() in _WHOSE_OR_THE:
        at = 3  # "One of the partners": a plural
    for position, word in enumerate(words[at : at + _UNNAMED_SUBJECT_WORDS], at):
        bare = word.rstrip(",")
        noun = bare.lower()[:-1] if at == 3 and bare.lower().endswith("s") else bare.lower()
        if noun in _PERSON_WORDS:
            # "One of the widows, Marjorie Kettle, ...": named after all.
            named_after = word.endswith(",") and sentence.split(word, 1)[1].lstrip()[:1].isupper()
            following = words[position + 1].lower() if position + 1 < len(words) else ""
            # "A nurse shortage has ...": the word for a person only describes what the subject is.
            acts = word.endswith(",") or following.endswith(("ed", "s")) or following in _VERB_WORDS
            if named_after or not acts:
                return None
            # "A woman showed him ...": she takes only "she" away from anyone named before.
            gender = _GENDERED_PERSON_WORDS.get(noun)
            return Mention(*key, "", gender if gender in GENDERED_PRONOUNS else None)
        if not bare.islower() or noun in LEXICON.function_words or not bare.replace("-", "").isalpha():
            return None  # the description ends before its head: "One of the central claims of President ..."
    return None


#: What opens a sentence about someone unnamed: "One of the ...", "Another voter", "A spokeswoman".
_UNNAMED_OPENERS = frozenset({"one", "another", *LEXICON.indefinite_articles})
#: Words for a person that such an opening may end in ("worker", "widow", "woman"), and the
#: gendered ones' pronouns.
_GENDERED_PERSON_WORDS = {**LEXICON.family_relations, **LEXICON.person_nouns}
_PERSON_WORDS = LEXICON.titles | LEXICON.relations | frozenset(_GENDERED_PERSON_WORDS)
#: "One of the ...", "One of his ...".
_WHOSE_OR_THE = LEXICON.possessive_determiners | LEXICON.determiners
#: Words that may follow the subject as its verb besides forms ending in "-ed" or "-s".
_VERB_WORDS = LEXICON.auxiliary_verbs | LEXICON.speech_verbs
#: Words such an opening may take before its noun ("One large shareholder", "A senior administration official").
_UNNAMED_SUBJECT_WORDS = 4


def _joint_subjects(sentence: str, key: SentenceKey, people: People, marks: QuotationMarks) -> list[Mention]:
    """The two people a sentence opens with as its subject: "Tom Roe and Sen. Greg Hale met ...",
    "Eric Lowell and his brother-in-law, Dean Pratt, were questioned ..."; none for anything else."""
    opening = sentence.lstrip(OPENING_MARKS)
    if marks.inside_quotation(key[1] + len(sentence) - len(opening)):
        return []
    run = _opening_name_run(opening)
    if run is None:
        return []
    run = _person_before_coordinator(run, people) or run
    joined = _COORDINATOR.match(opening, len(run))
    if joined is None:
        return []
    rest = opening[joined.end() :]
    before_name = _RELATION_THEN_NAME.match(rest) or _ROLE_IN_LOWER_CASE.match(rest)
    second = _opening_name_run(rest[before_name.end() :] if before_name is not None else rest)
    if second is None:
        return []
    names = [" ".join(strip_to_name(unglued(words.split()))) for words in (run, second)]
    if len(set(names)) < 2 or not all(name and people.is_person_name(name) for name in names):
        return []
    return [Mention(*key, people.fullest(name), joint=True) for name in names]


def _person_before_coordinator(run: str, people: People) -> str | None:
    """``Tom Osei`` of ``Tom Osei and council leader Sam Byrne`` (read as one titled name): a person's
    name before "and" ("Secretary of Health and Human Services Ann Lee" is one person's title)."""
    joined = _COORDINATOR.search(run)
    if joined is None:
        return None
    name = " ".join(strip_to_name(unglued(run[: joined.start()].split())))
    return run[: joined.start()] if name and people.is_person_name(name) else None


_COORDINATOR = re.compile(rf"\s+(?:{alternation(sorted(LEXICON.coordinators))})\s+")
#: "his brother-in-law, " before the name of the second of two subjects.
_RELATION_THEN_NAME = re.compile(rf"(?:{alternation(sorted(LEXICON.gendered_pronouns))})\s+[^,]{{1,40}},\s+")
#: "council leader " before the name of the second of two subjects.
_ROLE_IN_LOWER_CASE = re.compile(rf"(?:[a-z][\w-]*\s+){{1,3}}(?={UPPER})")


def _apposed_subject(opening: str, key: SentenceKey, people: People) -> Mention | None:
    """The name set off by commas after a description that opens the sentence ("The mayor's main
    rival, state Sen. Maria Vega of Harbor County, skipped ..."): the description is of the name,
    which is the subject."""
    parts = opening.split(",", 2)
    if len(parts) < 3 or not _DESCRIPTION_OPENING.match(parts[0]) or len(parts[0].split()) > _MAX_DESCRIPTION_WORDS:
        return None
    if _holds_a_verb_and_its_object(parts[0]):
        return None  # "The family released a statement through his label, Silver Spur Records, …": the label's name
    goes_on = parts[2].split()
    if not goes_on or not goes_on[0].islower() or goes_on[0] in LEXICON.coordinators | LEXICON.leading_conjunctions:
        return None  # "The winner, Ann Lee, and her aides": two subjects
    named = re.split(r"\s(?:of|from)\s", parts[1].strip(), maxsplit=1)[0]
    tokens = word_tokens(named)
    run = trailing_capitalised(tokens)
    role = tokens[: len(tokens) - len(run)]
    if len(run) < 2 or len(role) > _MAX_ROLE_WORDS or not all(word.islower() or is_title_word(word) for word in role):
        return None
    name = " ".join(strip_to_name(run))
    return Mention(*key, people.fullest(name)) if name and people.is_person_name(name) else None


def _holds_a_verb_and_its_object(phrase: str) -> bool:
    """Whether words before a comma are a clause ("The family released a statement through …"), not a
    description ("The mayor's main rival", "The man who heads the union"): a word in lower case that
    is no small word, right before an article or a possessive, outside a relative clause."""
    words = phrase.split()
    for word, following in itertools.pairwise(words[1:]):
        if word.lower() in LEXICON.relative_pronouns:
            return False
        if word.islower() and word not in LEXICON.stop_words and following.lower() in _OBJECT_OPENERS:
            return True
    return False


_OBJECT_OPENERS = LEXICON.determiners | LEXICON.possessive_determiners

#: A description opening a sentence: an article, a possessive pronoun, or someone's ("Lee's aide").
# After an opening phrase, "the" in lower case and a title in capitals: "Speaking on the show, the
# Transport Minister, Gregory Vane, was asked ...".
_DESCRIPTION_OPENING = re.compile(rf"(?:The|A|An|His|Her|Their|Its|{UPPER}[\w-]*['’]s)\s+[a-z]|the\s+{UPPER}")
#: Longest description opening a sentence ahead of the name it describes ("The bill's main opponent
#: in the House, Rep. Belinda Cross, ...").
_MAX_DESCRIPTION_WORDS = 10
#: Words in lower case that may stand before a name as its role ("state Sen.", "council critic").
_MAX_ROLE_WORDS = 3


# A transcript's speaker label before a quotation: 'TRUMP: "..."', 'Former secretary of state Ann Lee:"..."'.
# A title's abbreviation may open it: "REP. DUNCAN WHITFORD:", "Sen. Ann Lee:".
_SPEAKER_LABEL = re.compile(
    rf"((?:{UPPER}[{CAPITAL}a-z]{{0,4}}\.\s+)?{UPPER}[^:\"“”.!?]{{0,80}}?)\s*(?:\([^)]{{1,20}}\))?\s*:\s*[\"“]"
)


def _may_describe_a_role(word: str) -> bool:
    """A word before a title in a speaker's label: a title, a qualifier ("former"), a proper adjective
    ("State"), "of", or a noun in lower case ("bridge" engineer), but no verb or small word."""
    lower = word.lower()
    if is_title_word(word) or lower in LEXICON.role_qualifiers or word == "of" or word[:1].isupper():
        return True
    return word.isalpha() and lower not in _NOT_A_ROLE_WORD and not lower.endswith(("ed", "ing"))


_NOT_A_ROLE_WORD = LEXICON.function_words | LEXICON.stop_words | LEXICON.auxiliary_verbs | LEXICON.speech_verbs


def _without_topic(label: str) -> str:
    """``Jo Roe, on the tax plan`` -> ``Jo Roe``: what the person spoke about, after the name; and
    ``Jo Roe, Mill Lane`` (a street interview's name and where the person lives) -> ``Jo Roe``."""
    name, comma, rest = label.partition(",")
    if not comma or not rest.split():
        return label
    about = rest.split()[0] in LEXICON.opening_prepositions
    where = all(word[:1].isupper() or word.isdigit() for word in rest.split()) and len(name.split()) >= 2
    return name if about or where else label


def labelled_speaker(label: str, paragraph: int, people: People) -> str | None:
    """The person a transcript's turn label names ("ALAN PETRIE", "Former secretary of state Ann
    Lee"), as the article names them at its fullest; ``None`` for a label that names no person."""
    mention = _labelled_speaker(_without_topic(label), (paragraph, 0), people)
    return mention.person if mention is not None and mention.person else None


def _labelled_speaker(label: str, key: SentenceKey, people: People) -> Mention | None:
    """The person a transcript label names: the name that ends it, written in capitals or not."""
    tokens = word_tokens(label)
    if len(tokens) > MAX_SPEAKER_WORDS:
        return None
    if len(tokens) == 1 and tokens[0].isupper():
        tokens = people.fullest(tokens[0]).split()  # "TRUMP:" is the Trump the article names
    elif all(token.isupper() for token in tokens if token.isalpha()):
        # "REP. DUNCAN WHITFORD:", a transcript's capitals; not "EXCLUSIVE INTERVIEW:" or "HARBOR CITY:",
        # where no first name follows the titles.
        titled = [token.title() for token in tokens]
        first = next((token for token in titled if not is_title_word(token)), "")
        if first.lower() not in GIVEN_NAMES:
            # "SEN. M. ALCARAZ:", "MR. LACUESTA:": a title before it makes a surname a person's.
            return _titled_surname(titled, key, people)
        tokens = titled
    run = trailing_capitalised(tokens)
    role = tokens[: len(tokens) - len(run)]
    # Only a name and its titles ("Former secretary of state", "State bridge engineer"): "Cruz defends his
    # record on TV:" is a sentence.
    if not all(_may_describe_a_role(word) for word in role[:-1]):
        return None
    if role and not (is_title_word(role[-1]) or (len(role) > 1 and role[-2] == "of")):
        return None
    name = " ".join(strip_to_name(run))
    if not name or not people.is_person_name(name):
        return None
    return Mention(key[0], key[1], people.fullest(name))


def _titled_surname(tokens: list[str], key: SentenceKey, people: People) -> Mention | None:
    """``Sen. M. Alcaraz``, ``Mr. Lacuesta`` (a transcript's label, out of capitals): titles, then at
    most an initial and a surname, as the article names that person at its fullest."""
    titles = list(itertools.takewhile(is_title_word, tokens))
    name = tokens[len(titles) :]
    if not titles or not 1 <= len(name) <= 2 or not all(_is_initial(word) for word in name[:-1]):
        return None
    surname = name[-1]
    if not surname.isalpha() or surname.lower() in LEXICON.stop_words or surname.lower() in GIVEN_NAMES:
        return None
    return Mention(key[0], key[1], people.fullest(" ".join(name)))


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isalpha() and word[1] == "."


def _subject_at(opening: str, key: SentenceKey, people: People, discourse: Discourse) -> Mention | None:
    paragraph, start = key
    aged = _AGED_OPENING.match(opening)
    if aged is not None:
        # "The 68-year-old senator was not satisfied": the one person the article gives that age,
        # else whom the role after the age means.
        by_age = people.by_age(int(aged.group("age")))
        if by_age is not None:
            return Mention(paragraph, start, by_age)
        opening = opening[: aged.start("age")] + opening[aged.end() :].lstrip()
    role = _opening_role(opening)
    if role:
        # "The senator was being challenged ...", "The candidate also ...": whom the role means here;
        # after an opening phrase ("In an interview, the former lieutenant said"), only a holder found.
        named = person_in_role(role.split(), paragraph, start, discourse, people, reach_just_named=False)
        return Mention(paragraph, start, named or "") if named or opening.startswith("The") else None
    relative = _OPENING_RELATIVE.match(opening)
    if relative is not None:
        return _relative_subject(relative, key, people, discourse)
    owned = _OWNED_WORDS.match(opening)
    if owned is not None:
        # "Ann Lee's response was blunt: "..."": a sentence about someone's words is theirs.
        owner = " ".join(strip_to_name(unglued((owned.group("owner") or owned.group("sender")).split())))
        return Mention(paragraph, start, people.fullest(owner)) if owner and people.is_person_name(owner) else None
    run = _opening_name_run(opening)
    if run is not None and (relative := _JOINED_RELATIVE_NAMED.match(opening, len(run))) is not None:
        # "Mark Sellers and his wife, Janice, run the shop": Janice is Janice Sellers from here on, so
        # that a "she" next may mean her.
        surname = people.fullest(" ".join(strip_to_name(unglued(run.split())))).split()[-1:]
        if surname:
            people.learn_relative(relative.group("name"), f"{relative.group('name')} {surname[0]}")
    if run is None or JOINED_NAME.match(opening, len(run)) or _person_before_coordinator(run, people):
        return None  # "Trump and Ryan issued a statement": two people, neither of them alone
    if run.split()[0].lower() in LEXICON.determiners and _modifies_noun(opening, len(run)):
        return None  # "The Sanders campaign projects ...": the name says whose campaign; the campaign acts
    role_after = re.match(r"\s+([a-z][\w-]*)", opening[len(run) :])
    if role_after is not None and is_title_word(role_after.group(1)):
        return None  # "A Marlow County judge blocked ...": the capitalised words say whose judge, not who
    tokens = unglued(run.split())
    name = strip_to_name(tokens)
    titled = len(name) < len(tokens) and tokens[len(tokens) - len(name) - 1].rstrip(".").lower() in LEXICON.titles
    # "Trump shot back, "..."": a single name the article prints after a quotation it attributes.
    speaks_in_article = bool(name) and people.is_speaker_after_quotation(" ".join(name))
    # "Zorba, who won the prize, ...": a single name is a person's when a relative for people follows it.
    relative_for_people = _PERSON_RELATIVE.match(opening, len(run)) is not None
    if not name or not (
        titled
        or people.is_titled(" ".join(name))
        or len(people.fullest(" ".join(name)).split()) > 1
        or relative_for_people
        or speaks_in_article
    ):
        return None
    if not (people.is_person_name(" ".join(name)) or speaks_in_article):
        return None  # "The White House announced ...": a body, not whom "he" will mean
    title = tokens[len(tokens) - len(name) - 1].rstrip(".").lower() if titled else ""
    if len(name) == 1 and title in LEXICON.female_markers | LEXICON.male_markers:
        # "Ms. Ashby declined to comment" where the article names Gregory and Lorraine Ashby: her.
        return Mention(
            paragraph, start, people.fullest_of(name[0], title in LEXICON.female_markers, (paragraph, start))
        )
    return Mention(paragraph, start, people.fullest(" ".join(name)))


_PERSON_RELATIVE = (
    re.compile(r",\s+(?:" + "|".join(sorted(LEXICON.person_relative_pronouns)) + r")\b", re.IGNORECASE)
    if LEXICON.person_relative_pronouns
    else re.compile(r"(?!)")
)


def _opening_possessor(sentence: str, key: SentenceKey, people: People) -> Mention | None:
    """The person whose something opens the sentence ("Palin's post", "Sen. Ann Lee's plan")."""
    found = _POSSESSOR.match(sentence)
    if found is None:
        return None
    name = strip_to_name(unglued(found.group(1).split()))
    joined = " ".join(name)
    if not name or not people.is_person_name(joined):
        return None
    return Mention(key[0], key[1], people.fullest(joined))


#: "Palin's", and "Solís'" (a name ending in "s" may take the apostrophe alone).
_POSSESSOR = re.compile(rf"((?:{UPPER}[\w.-]*\s+){{0,3}}{UPPER}[\w-]+)(?:’s|'s|(?<=s)['’])\s")


def _pronoun_subject(sentence: str, key: SentenceKey, discourse: Discourse, marks: QuotationMarks) -> Mention | None:
    """``He is perhaps the only leader to have seen ...``: a sentence about the person last meant
    keeps that person in mind, whatever other names it mentions. Not a sentence inside a quotation:
    the speaker's "he" is not the reporter's."""
    if marks.inside_quotation(key[1] + len(sentence) - len(sentence.lstrip(OPENING_MARKS))):
        return None
    words = sentence.split(maxsplit=1)
    # "He’s predicting ...": the pronoun of a contraction is the sentence's subject all the same.
    pronoun = CONTRACTION_ENDING.sub("", words[0]).lower() if words else ""
    if pronoun not in GENDERED_PRONOUNS:
        # "At 29, she still lives at home": the subject after a short opening phrase, or after a
        # phrase of circumstance of any length ("Dismayed by the way it ended, he's backing Lee").
        opening, comma, rest = sentence.partition(",")
        subject_start = past_opening(sentence)
        short_opening = _SHORT_OPENING_BEFORE_PRONOUN.match(sentence)
        if subject_start:
            rest = sentence[subject_start:]
        elif short_opening is not None:
            # "On Saturday night he set it aside": no comma after a short opening.
            rest = sentence[short_opening.end() :]
        elif not comma or len(opening.split()) > _MAX_OPENING_PHRASE_WORDS:
            return None
        after = rest.split(maxsplit=1)
        pronoun = CONTRACTION_ENDING.sub("", after[0]).lower() if after else ""
        if pronoun not in GENDERED_PRONOUNS:
            return None
    paragraph, start = key
    person = discourse.pronoun_antecedent(pronoun, paragraph, start)
    return Mention(paragraph, start, person) if person else None


def _pronoun_before_colon(sentence: str, key: SentenceKey, discourse: Discourse, marks: QuotationMarks) -> str | None:
    """Whom "he" or "she" means as the subject of the clause a colon ends right before a
    quotation ("…, when she turned to the former governor: "…""): a clause opener, the pronoun,
    and a verb that names no speech (a speech verb has a site of its own)."""
    colon = _COLON_BEFORE_QUOTATION.search(sentence)
    if colon is None or marks.inside_quotation(key[1] + colon.start()):
        return None
    clause = _CLAUSE_WITH_PRONOUN.search(sentence, 0, colon.start())
    if clause is None:
        return None
    return discourse.pronoun_antecedent(clause.group("pronoun").lower(), key[0], key[1] + clause.start("pronoun"))


#: A preposition and at most three words in lower case or of the calendar before "he" or "she":
#: "On Saturday night", "In the morning".
_CALENDAR_WORDS = alternation(sorted({*LEXICON.calendar.weekdays, *LEXICON.calendar.months}))
_SHORT_OPENING_BEFORE_PRONOUN = re.compile(
    rf"(?:{alternation(sorted(LEXICON.opening_prepositions))})\s+"
    rf"(?:(?:(?-i:[a-z][\w-]*)|{_CALENDAR_WORDS})\s+){{1,3}}?"
    rf"(?=(?:{alternation(sorted(GENDERED_PRONOUNS))})\s)",
    re.IGNORECASE,
)
#: A colon closing the words before an opening quotation mark.
_COLON_BEFORE_QUOTATION = re.compile(r":\s*[" + re.escape("".join(OPENING_MARKS)) + "]")
#: The last clause opener before the colon with a gendered pronoun as its subject, and no comma after.
_CLAUSE_WITH_PRONOUN = re.compile(
    rf"\b(?:{alternation(sorted(LEXICON.clause_openers))})\s+(?P<pronoun>{alternation(sorted(GENDERED_PRONOUNS))})\s+[^,;]*$",
    re.IGNORECASE,
)


_INFINITIVE_TO = re.compile(r"(?:^|\s)to\s*$")
#: A document the clause puts out right before a participle, perhaps with whom it went to: "a
#: statement", "a text message to supporters" (then "saying"); not "the newspaper's editorial".
_DOCUMENT_BEFORE_PARTICIPLE = re.compile(
    rf"\b(?:{alternation(sorted(LEXICON.indefinite_articles))})\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{alternation(sorted(LEXICON.documents, key=len, reverse=True))})"
    rf"(?:\s+(?:{alternation(sorted(LEXICON.listener_prepositions))})\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s*$"
)
#: Most words, quotations aside, between an attribution and a participle that goes on from it
#: ("Lee wrote in a statement to the paper, explaining").
_MAX_WORDS_BETWEEN_VERBS = 6
#: Longest phrase before a comma that may open a sentence ahead of its subject ("At 29 years old,").
_MAX_OPENING_PHRASE_WORDS = 6

# A name joined to another: "Trump and Ryan issued a statement".
_OWNED_WORDS = re.compile(
    rf"(?P<owner>{UPPER}[\w.-]*(?:\s+{UPPER}[\w.-]*){{0,3}})['’]s\s+(?:[a-z][\w-]*\s+)?(?:"
    + alternation(sorted(LEXICON.utterance_nouns, key=len, reverse=True))
    + r")\b(?!['’]s)"
    # "The statement from Prime Minister Ann Lee was short: ...": the words from someone.
    + r"|(?:The|His|Her)\s+(?:[a-z][\w-]*\s+)?(?:"
    + alternation(sorted(LEXICON.utterance_nouns | LEXICON.documents, key=len, reverse=True))
    + rf")\s+(?:from|of)\s+(?P<sender>{UPPER}[\w.-]*(?:\s+{UPPER}[\w.-]*){{0,4}})(?=\s+(?:was|is|came)\b)"
)
# "is releasing a new 30-second ad", "issued a statement": a document the sentence's subject puts out.
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:"
    + alternation(sorted(LEXICON.issuing_verbs, key=len, reverse=True))
    + r")\s+(?:(?:"
    + alternation(sorted(LEXICON.determiners, key=len, reverse=True))
    + rf")\s+)?(?:[\w-]+\s+){{0,3}}?(?P<document>{_DOCUMENTS})\b",
    re.IGNORECASE,
)
#: The same pattern, case-sensitive, to screen a sentence in lower case first: read for every
#: sentence, and re's case-blind search is three times slower.
_ISSUED_DOCUMENT_IN_LOWER_CASE = re.compile(_ISSUED_DOCUMENT.pattern)


def _opening_name_run(opening: str) -> str | None:
    """The capitalised words that open a sentence, with a name that follows their titles."""
    titled = ROLE_HOLDER.match(opening)
    if titled is not None:
        return titled.group()
    run = CAP_RUN.match(opening)
    if run is not None and run.group().split()[0].lower() in _PLACE_OR_TIME_OPENERS:
        return None  # "On Capitol Hill, Rep. Ann Lee said": where, not who (but "For Jonathan Chait, …")
    if run is None:
        # "showrunner Paulette Roe thanked fans": a role in lower case, then the name (not "in
        # Paris", "the Senate": a function word before the capitals).
        role = _LOWER_CASE_ROLE.match(opening)
        if role is not None and not any(_not_a_role_word(word) for word in role.group("role").split()):
            return role.group("name")
    return run.group() if run is not None else None


#: Prepositions opening a phrase of place or time before the subject, not whose view follows.
_PLACE_OR_TIME_OPENERS = LEXICON.opening_prepositions - LEXICON.viewpoint_prepositions
_LOWER_CASE_ROLE = re.compile(rf"(?P<role>(?:[a-z][\w-]*\s+){{1,2}}?)(?P<name>{CAP_RUN.pattern})")


def _not_a_role_word(word: str) -> bool:
    """A function word or a verb's form ("critics accused Ann Lee", "residents urged Ann Lee"):
    the words before the name are then a clause, not the name's role."""
    return (
        word in LEXICON.stop_words
        or word in LEXICON.speech_verbs
        or word in LEXICON.listener_verbs
        or word.endswith(("ed", "ing"))
    )


def _named_inside(sentence: str, key: SentenceKey, marks: QuotationMarks, people: People) -> list[Mention]:
    """The people named inside a sentence (outside quotations and possessives), in order: the first
    is what a later "he" most likely means when the sentence has no named subject or speaker
    (``Workers found Ann Lee wandering. ... "Sorry," she said``)."""
    paragraph, start = key
    named: list[Mention] = []
    place_ended = -1  # where the last run read as a place or a thing ended
    for run in CAP_RUN.finditer(sentence):
        at = start + run.start()
        if marks.inside_quotation(at) or sentence[run.end() : run.end() + 2] in ("'s", "’s"):
            continue
        office = OFFICE_BEFORE.search(sentence, max(0, run.start() - LONGEST_OFFICE), run.start())
        tokens = unglued(run.group().split())
        if _word_before(sentence, run.start()).lower() in LEXICON.determiners and _modifies_noun(sentence, run.end()):
            continue  # "for the Bernie Sanders campaign": the name says whose campaign; no one is named
        if office is not None and is_title_word(office.group(1)):
            # "Secretary of State Hillary Clinton": the run after "of" names the office, then the person.
            name = name_after_office([office.group(1), "of", *tokens])
        elif (
            _word_before(sentence, run.start()).lower() in LEXICON.place_or_thing_markers
            # "At City Hall on Monday evening, …": a preposition opens the sentence, in the run's capitals.
            or (len(tokens) > 1 and tokens[0].lower() in _PLACE_PREPOSITIONS)
            or (place_ended >= 0 and _COORDINATION.fullmatch(sentence, place_ended, run.start()))
        ) and not (opens_with_given_name(strip_to_name(tokens)) or _described_as_person(sentence, run.end())):
            # "in El Paso", "the Aral Sea": a place or a thing, not whom "he" will mean; nor is
            # what it is coordinated with ("from Lancashire and North Yorkshire"). "heard from
            # Thomas Quigley" names a person.
            place_ended = run.end()
            continue
        else:
            name = strip_to_name(tokens)
        if any(token.endswith(("'", "’")) for token in name):
            continue  # "Sanders’ Medicare for all plan": an owner and what is theirs, no one named
        if name and len(people.fullest(" ".join(name)).split()) >= 2 and people.is_person_name(" ".join(name)):
            if _PRONOUN_SUBJECT.search(sentence, 0, run.start()) is not None:
                # "It isn't as if she hasn't endorsed anyone: she was a booster of Mitt Romney": the
                # sentence is about whom "she" already meant; the name after it is not "she".
                break
            named.append(Mention(paragraph, at, people.fullest(" ".join(name))))
    return named


#: The place markers that are prepositions ("at", "in"), not articles ("the" opens a body's name too).
_PLACE_PREPOSITIONS = LEXICON.place_or_thing_markers - LEXICON.determiners - LEXICON.indefinite_articles

_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s+")
# ", a delegate from Michigan", ", who ...": what only a person is, right after a name.
_PERSON_DESCRIPTION = re.compile(
    r",\s+(?:(?:"
    + "|".join(sorted(LEXICON.person_relative_pronouns))
    + r")\b|(?:"
    + "|".join(sorted(LEXICON.indefinite_articles | LEXICON.determiners))
    + r")\s+(?:[a-z][\w-]*\s+){0,3}?(?:"
    + "|".join(sorted(title for title in LEXICON.titles if title.isalpha() and title.islower()))
    + r")\b)"
)


def _described_as_person(sentence: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by what only a person is ("courtesy of Wes
    Nakagiri, a delegate from Michigan"): a person, whatever word came before the name."""
    return _PERSON_DESCRIPTION.match(sentence, end) is not None


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _modifies_noun(sentence: str, end: int) -> bool:
    """Whether the word after a name ending at ``end`` is a noun it describes ("campaign" of "the
    Bernie Sanders campaign"): a lower-case word that is no verb or small word."""
    word = _NEXT_WORD.match(sentence, end)
    return word is not None and word.group(1) not in _NOT_A_MODIFIED_NOUN


_NOT_A_MODIFIED_NOUN = LEXICON.stop_words | LEXICON.auxiliary_verbs | LEXICON.speech_verbs | LEXICON.function_words


def _owner_named_inside(sentence: str, key: SentenceKey, marks: QuotationMarks, people: People) -> Mention | None:
    """The first person a sentence names only as an owner ("One of the claims of Barack Obama's
    speech ..."): whom a later "he" may mean, unless the sentence is about a "he" or "she" of its
    own ("Dismayed by Bill Clinton's years in office, he is committed to ...")."""
    if _PRONOUN_SUBJECT.search(sentence) is not None:
        return None
    for run in CAP_RUN.finditer(sentence):
        owner = possessive_stem(run.group())
        if owner is None or marks.inside_quotation(key[1] + run.start()):
            continue
        name = " ".join(strip_to_name(unglued(owner.split())))
        if name and len(people.fullest(name).split()) >= 2 and people.is_person_name(name):
            return Mention(key[0], key[1] + run.start(), people.fullest(name))
    return None


def _person_of_run(tokens: list[str], people: People) -> str | None:
    """The fullest name of the person a run of capitalised words names, past its title; ``None``
    when the run names no person."""
    name = " ".join(strip_to_name(unglued(tokens)))
    return people.fullest(name) if name and people.is_person_name(name) else None


#: What stands between a quotation and the speech verb of a pronoun beside it (', he said', 'he said: ').
_BESIDE_A_QUOTATION = re.compile(r"[\s,:;.!?—–-]*(?:\w+\s+){0,2}?\w*[\s,:]*")

_PRONOUN_SUBJECT = re.compile(rf"\b(?:{'|'.join(sorted(GENDERED_PRONOUNS))})\b", re.IGNORECASE)


@dataclass(slots=True)
class _SentenceReading:
    """One sentence's speech verbs, read in order."""

    paragraph: Paragraph
    start: int
    end: int
    marks: QuotationMarks
    #: The person the sentence opens with, if any.
    subject: str | None = None
    #: Whether a speaker of this sentence was noted as someone "he" or "she" may mean.
    noted_a_person: bool = False

    def sites(self, people: People, discourse: Discourse) -> list[Site]:
        text = self.paragraph.text
        found: list[Site] = []
        for verb in SPEECH_VERB.finditer(text, self.start, self.end):
            if self.marks.inside_quotation(verb.start()):
                continue
            verb_word = verb.group().lower()
            listener = _listener(text, verb.end(), people) if verb_word in LEXICON.listener_verbs else None
            not_meant = (
                self._named_after(verb.end(), people)
                | self._named_in_quotation_beside(verb, people)
                | ({listener} if listener else set())
            )
            site = self._site(verb, people, discourse, found[-1] if found else None, frozenset(not_meant))
            found.append(site)
            if site.speaker:
                mention = Mention(self.paragraph.index, verb.start(), site.speaker)
                discourse.note_speaker(mention, asking=verb_word in LEXICON.question_verbs)
                # '"...!" Cruz said.': a single name beside the verb is someone "he" may mean next.
                named_person = people.is_person_name(site.speaker) or people.is_speaker_name(site.speaker)
                # "Ryan did not exude confidence when Tapper asked whether ...": the one who answers
                # next is the sentence's subject, not the asker.
                asker = verb_word in LEXICON.question_verbs and self.subject not in (None, site.speaker)
                if not discourse.is_body(site.speaker) and named_person and not asker:
                    discourse.note_person(mention)
                    self.noted_a_person = True
                elif (spokesperson := _representative_pronoun(site.speaker)) is not None and not (
                    people.people_named(text[: self.end]) - {_represented(site.speaker)}
                ):
                    # "A spokeswoman for the council said ... "...," she said": the body's voice again,
                    # unless the pronoun may mean someone the paragraph names ("... said Dana Pike's
                    # complaint was being reviewed") other than the body itself.
                    discourse.note_person(mention)
                    discourse.learn([Gender(site.speaker, spokesperson, certain=True)])
                    self.noted_a_person = True
            asked = listener if verb_word in LEXICON.question_verbs and listener != site.speaker else None
            if asked and people.is_person_name(asked):
                # "Conroy asked Sanders whether ...": the one asked answers, so "he said" next is Sanders.
                discourse.note_person(Mention(self.paragraph.index, verb.end(), asked))
        return found

    def _named_after(self, start: int, people: People) -> set[str]:
        """The people the verb's own clause names after ``start``, owners included, up to a comma, a
        quotation or another clause ("he said after Ryan Dickey read ..., to which Lazar admitted")."""
        text = self.paragraph.text
        limit = min(self.end, start + ATTRIBUTION_WINDOW)
        boundary = _CLAUSE_BOUNDARY.search(text, start, limit)
        end = boundary.start() if boundary else limit
        named = set()
        for run in CAP_RUN.finditer(text, start, end):
            person = _person_of_run(run.group().split(), people)
            if person is not None:
                named.add(person)
        return named

    def _named_in_quotation_beside(self, verb: re.Match[str], people: People) -> set[str]:
        """The people the quotation the verb's phrase stands next to names with a title ("Senator
        Sanders's message ... he proved that we could," he said): the words speak of them, so a
        pronoun speaker is someone else. A bare name does not count: speakers name themselves when
        they repeat others ("they say Bernie Sanders should drop out"), and a name that describes a
        noun ("the Clinton campaign") may be the speaker's own."""
        text = self.paragraph.text
        named: set[str] = set()
        for span in self.marks.spans:
            before = span.mark_end <= verb.start() and _BESIDE_A_QUOTATION.fullmatch(text, span.mark_end, verb.start())
            after = span.mark_start >= verb.end() and _BESIDE_A_QUOTATION.fullmatch(text, verb.end(), span.mark_start)
            if not (before or after):
                continue
            for run in CAP_RUN.finditer(text, span.start, span.end):
                tokens = run.group().split()
                if not is_title_word(tokens[0]) or len(tokens) < 2:
                    continue
                owner = possessive_stem(tokens[-1])
                if owner is None and _modifies_noun(text, run.end()):
                    continue
                person = _person_of_run([*tokens[1:-1], owner or tokens[-1]], people)
                if person is not None:
                    named.add(person)
        return named

    def _subject_of(self, clause: str, clause_start: int) -> str:
        """The phrase a clause before a verb opens with; where the clause opens the sentence, past an
        opening phrase of circumstance ("Before the vote, Lee ...")."""
        return subject_phrase(clause) if clause_start == self.start else leading_noun_phrase(clause)

    def _site(
        self,
        verb: re.Match[str],
        people: People,
        discourse: Discourse,
        earlier: Site | None,
        not_meant: frozenset[str],
    ) -> Site:
        text, index, marks = self.paragraph.text, self.paragraph.index, self.marks
        earlier_speaker = earlier.speaker if earlier else None

        def site(phrase_start: int, words: str) -> Site:
            resolution = resolve_speaker(words, index, verb.start(), discourse, people, not_meant, phrase_start)
            discourse.learn(resolution.learned)
            return Site(index, verb.start(), verb.end(), phrase_start, resolution.speaker)

        # The speaker is looked for in the sentence, but never further than ATTRIBUTION_WINDOW from the verb.
        clause_start = marks.last_end_before(verb.start(), max(self.start, verb.start() - ATTRIBUTION_WINDOW))
        clause = text[clause_start : verb.start()]
        limit = min(self.end, verb.end() + ATTRIBUTION_WINDOW, len(text))
        next_mark = marks.first_start_after(verb.end(), limit)
        if next_mark < limit:
            # 'said John "Tig" Tiegen': a nickname inside the name does not end the phrase.
            masked = without_nicknames(text[verb.end() : limit])
            while next_mark < limit and masked[next_mark - verb.end()] == " ":
                next_mark = marks.first_start_after(next_mark + 1, limit)
        after = phrase_after(text[verb.end() : next_mark])
        verb_word = verb.group().lower()
        characterised = CHARACTERISED_BY.search(text, clause_start, next_mark)
        if characterised:
            # 'what aide Jo Roe called "a new era"': the subject between "what" and the verb; in
            # 'Osei, who he called "my boy"', "he" is not Osei.
            named = trailing_capitalised(word_tokens(text[clause_start : characterised.start()]))
            person = " ".join(strip_to_name(named)) if named else ""
            if person and people.is_person_name(person):
                not_meant = not_meant | {people.fullest(person)}
            return site(characterised.start("who"), characterised.group("who"))
        # "Asked by Sen. Marcus Feeney whether ...": a participle opening the sentence is passive too.
        opening_participle = (
            not clause.strip() and clause_start == self.start and _PASSIVE_AGENT.match(text, verb.end(), next_mark)
        )
        if opening_participle or (clause.split() and f"{clause.split()[-1].lower()} {verb_word}" in _PASSIVE_LISTENERS):
            # "Rubio was asked by moderator Gerard Baker whether ...": the question is the asker's,
            # named after "by"; "Rubio was asked" alone names no asker (and Rubio only listens), nor
            # does "was told by his lawyers to stop" or "was asked by Osei to repeat" (a bidding).
            unasked = Site(index, verb.start(), verb.end(), verb.start(), None)
            if verb_word not in LEXICON.question_verbs:
                return unasked
            agent = _PASSIVE_AGENT.match(text, verb.end(), next_mark)
            if agent is None:
                # "In an interview with the Marlow Courier, Rep. Anselm Whitcombe was asked, "...?"":
                # the outlet (a body, not someone interviewed beside the subject) asks.
                interviewer = _INTERVIEW_WITH.search(text, self.start, verb.start())
                if interviewer is None:
                    return unasked
                who, at = interviewer.group("who"), interviewer.start("who")
                resolution = resolve_speaker(who, index, verb.start(), discourse, people, not_meant, at)
                if not any(isinstance(fact, Body) for fact in resolution.learned):
                    return unasked
                discourse.learn(resolution.learned)
                return Site(index, verb.start(), verb.end(), at, resolution.speaker)
            asker = text[agent.end() : next_mark]
            opens_question = _QUESTION_AFTER_ASKER.search(asker)
            asker_name = (asker[: opens_question.start()] if opens_question else asker).rstrip(" ,:")
            # "by Sen. Marcus Feeney (D-Ill.) whether": the party and state after the name are no part of it.
            asker_name = _BRACKETED_TAIL.sub("", asker_name)
            # The question right after the asker's name ("by Gerard Baker whether", "by Ann Lee: "...?""),
            # not after more words ("by Osei to repeat her claim that").
            if not asker_name.split()[-1:] or not asker_name.split()[-1][:1].isupper():
                return unasked
            if opens_question is None and not asker.rstrip().endswith((",", ":")):
                return unasked
            asked = site(agent.end(), phrase_after(asker_name))
            return replace(asked, opens_a_question=True) if opening_participle else asked
        if (
            verb_word.endswith("ing")
            and earlier is not None
            and earlier_speaker is not None
            and _goes_on_from(text, earlier.verb_end, verb.start(), marks, people, earlier_speaker)
        ):
            # "Mateen left early, Nefzi said, adding ...", 'Cruz said that "...," adding': right after an
            # attribution and what it quotes, its speaker.
            return Site(index, verb.start(), verb.end(), verb.start(), earlier_speaker)
        # The name after a verb that opens its clause speaks, except "Asked about it, Lee said", where
        # the sentence opens with a listener's verb; right after a quotation, ``"...?" asked Tom
        # Vance`` names the asker all the same.
        opens_clause = not clause.strip()
        asked_after_quotation = opens_clause and clause_start > self.start
        if (
            verb_word.endswith("ing")
            and asked_after_quotation
            and text[:clause_start].rstrip(CLOSING_MARKS).endswith(",")
            and not marks.inside_quotation(self.start + 1)
        ):
            # 'The foundation would not address "that person," telling Fox 35 ...': a participle after
            # a quoted phrase inside the sentence shares the sentence's subject.
            opening = text[self.start : marks.first_start_after(self.start, clause_start)]
            # The subject is apart from the verb: the words between are not an attribution phrase.
            return site(verb.start(), subject_phrase(opening.lstrip(OPENING_MARKS)))
        listened = verb_word in LEXICON.listener_verbs
        if verb_word in LEXICON.source_prepositions or (opens_clause and not listened) or asked_after_quotation:
            return site(verb.start(), after)
        # The sentence up to its first comma (or the verb).
        first_comma = text.find(",", self.start, self.end)
        opening_end = first_comma if 0 <= first_comma < verb.start() else verb.start()
        if COORDINATED.search(clause) and (
            opening_end == verb.start() or not ends_with(COORDINATED, text, self.start, opening_end)
        ):
            # "Ann Lee, a clerk, called it a farce and said ...": the verb shares the sentence's subject,
            # or the speaker of the verb before it ("Appearing in Ohio, Lee said ... but added").
            if marks.inside_quotation(self.start + 1):
                # '"I'm not ranting," he ranted and raved': the subject follows the quotation.
                phrase = subject_phrase(text[clause_start : verb.start()].lstrip(" ,"))
            else:
                # "In a statement, the airline apologized ... and said": past a phrase of circumstance.
                # Not past one that quotes ('Asked "Do you regret it?", Lee shrugged and said'): the
                # quotation there is put to the subject, whose verb does not attribute it.
                subject_start = self.start + past_opening(text[self.start : verb.start()])
                if marks.first_start_after(self.start, subject_start) < subject_start:
                    subject_start = self.start
                if subject_start > self.start:
                    comma = text.find(",", subject_start, verb.start())
                    opening_end = comma if comma >= 0 else verb.start()
                opening = text[subject_start : min(opening_end, subject_start + ATTRIBUTION_WINDOW)]
                phrase = leading_noun_phrase(opening.lstrip(OPENING_MARKS))
            subject = site(verb.start(), phrase)
            if subject.speaker is None and earlier_speaker is not None:
                return Site(index, verb.start(), verb.end(), verb.start(), earlier_speaker)
            return subject
        last_word = clause.split()[-1].lower() if clause.split() else ""
        after_preposition = last_word in LEXICON.participle_prepositions
        # "... issued a statement saying", "sent out a text message to supporters saying": what the
        # document says is what whoever sent it says.
        after_document = _DOCUMENT_BEFORE_PARTICIPLE.search(clause) is not None
        if verb_word.endswith("ing") and (clause.rstrip().endswith(",") or after_preposition or after_document):
            # "X left the stage, admitting that...", "he made a point of saying": the participle's
            # subject opens the sentence.
            before = self._subject_of(clause, clause_start)
            before_at = clause_start + max(clause.rfind(before), 0)
            if after_document and before and JOINED_NAME.match(text, before_at + len(before)):
                return Site(index, verb.start(), verb.end(), before_at, None)  # "Trump and Ryan issued a statement"
            participle = site(before_at, before)
            if participle.speaker is None and earlier_speaker is not None and not before:
                # '"...," Lee said, adding, "..."': the participle shares the subject of the verb before it.
                return Site(index, verb.start(), verb.end(), verb.start(), earlier_speaker)
            return participle
        elif verb_word.endswith("ing") and _after_a_thing(clause):
            # "the appendices describing the state of the hangers": a participle right after a thing
            # it describes says what the thing holds; no one speaks.
            return Site(index, verb.start(), verb.end(), verb.start(), None)
        elif _INFINITIVE_TO.search(clause):
            # "Bryne went on to say": the infinitive's subject is the sentence's.
            before = self._subject_of(clause, clause_start)
        elif clause.rstrip().endswith(",") and verb_word not in LEXICON.listener_verbs:
            # ", said Dave Solow" names the speaker after the verb; "Trump, speaking to reporters, said" before
            # it, and so does "Mike Roe, who ran a PAC, said the Trump ...", where the name after the verb
            # opens what was said.
            if self.subject and clause_start == self.start and _RELATIVE_AFTER_NAME.match(text, self.start):
                # "Lewis, who grew up with Clarke in Spanish Town, Jamaica, before moving to Canada,
                # said": however long the relative clause and whatever it names, the subject speaks.
                return Site(index, verb.start(), verb.end(), self.start, self.subject)
            before = phrase_before(clause)
            if clause.strip(" ,") and leading_noun_phrase(clause.lstrip(OPENING_MARKS + " ")):
                named_before = site(clause_start + max(clause.rfind(before), 0), before)
                if named_before.speaker:
                    return named_before
            named_after = site(verb.start(), after)
            if named_after.speaker:
                return named_after
        else:
            relative = _WHO_BEFORE_VERB.search(clause)
            # Not 'Obama, who he noted was "..."': there the relative is what someone else says of him.
            if relative and any(word in LEXICON.subject_pronouns for word in relative.group("between").split()):
                relative = None
            antecedent = _named_before_relative(clause[: relative.start()], people) if relative else None
            if antecedent is not None:
                # "Reporters spoke to Ann Lee, who said ...": the relative's antecedent speaks, wherever
                # it stands in the sentence.
                return site(clause_start + max(clause.rfind(antecedent), 0), antecedent)
            body_relative = _WHICH_BEFORE_VERB.search(clause)
            # "the Digital Commerce Council, an industry group, which said": past what it is.
            antecedent_end = body_relative.start() if body_relative else 0
            described = _DESCRIBED_AFTER.search(clause, 0, antecedent_end)
            body = (
                _BODY_BEFORE.search(clause, 0, described.start() if described else antecedent_end)
                if body_relative
                else None
            )
            if body is not None and len(body.group().split()) >= _BODY_NAME_WORDS:
                # "according to the Bureau of Labor Statistics, which said ...", "a progressive group,
                # Justice Now Action, which wrote": a name of some words before "which" is a body's.
                name = body.group().strip()
                discourse.learn([Body(name)])  # "which", not "who": a body's name, however it reads
                return Site(index, verb.start(), verb.end(), clause_start + body.start(), name)
            named_document = _NAMED_DOCUMENT_BEFORE.search(clause, 0, antecedent_end) if body_relative else None
            if named_document is not None:
                # "the White House statement, which said": the document speaks for whom it is named after.
                return site(clause_start + named_document.start("owner"), named_document.group("owner"))
            before = phrase_before(clause)
        return site(clause_start + max(clause.rfind(before), 0), before)


#: A name and a document closing the words before a relative: "the White House statement".
_NAMED_DOCUMENT_BEFORE = re.compile(rf"(?P<owner>{CAP_RUN.pattern})\s+(?:{_DOCUMENTS})\s*$")
#: A determiner, perhaps a word in lower case, and a noun in lower case closing the words before a
#: participle: "the appendices", "a long report".
_PARTICIPLE_AFTER_THING = re.compile(
    rf"\b(?:{alternation(sorted(LEXICON.determiners))})\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s*$"
)
#: Nouns that may name whoever speaks through a participle ("the spokesman saying", "the union
#: warning", "the report saying").
_SPEAKING_NOUNS = frozenset(
    {
        *LEXICON.person_nouns,
        *LEXICON.family_relations,
        *LEXICON.group_words,
        *LEXICON.generic_bodies,
        *LEXICON.documents,
        *LEXICON.organisation_kinds,
    }
)


def _after_a_thing(clause: str) -> bool:
    """Whether the words before a participle end in a noun for a thing, which cannot speak: not a
    person, a title, a body or a document, nor a small word ("quoted the mayor as saying")."""
    found = _PARTICIPLE_AFTER_THING.search(clause)
    if found is None or found.group("noun") in _NOT_A_ROLE_WORD:
        return False
    noun = found.group("noun")
    singular = noun[:-1] if noun.endswith("s") else noun
    return not any(word in _SPEAKING_NOUNS or is_title_word(word) for word in (noun, singular))


_PASSIVE_LISTENERS = frozenset(LEXICON.passive_listeners)
#: The agent of a passive verb: "asked by".
_PASSIVE_AGENT = re.compile(r"\s+by\s+")
#: Whom a sentence says its subject spoke to: the name after "interview with".
_INTERVIEW_WITH = re.compile(
    rf"\binterview with\s+(?P<who>(?:the\s+)?{UPPER}[\w.&'’-]*"
    rf"(?:\s+(?:{alternation(sorted(LEXICON.organisation_connectors))}|{UPPER}[\w.&'’-]*))*)"
)
#: A bracketed note closing a name ("Marcus Feeney (D-Ill.)").
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")
#: Where the question put by a passive verb's agent starts: "by Gerard Baker whether ...".
_QUESTION_AFTER_ASKER = re.compile(rf"\s(?:{alternation(sorted(LEXICON.complementisers))})\b")


#: ", who said", ", who later told": a relative for people right before the verb, perhaps with an
#: adverb or an auxiliary between.
_WHO_BEFORE_VERB = (
    re.compile(
        # Lower-case words only between: in 'Obama, who Trump said was "..."' another person speaks.
        r",\s+(?:" + "|".join(sorted(LEXICON.person_relative_pronouns)) + r")(?P<between>(?:\s+[a-z]+){0,2})\s*$"
    )
    if LEXICON.person_relative_pronouns
    else re.compile(r"(?!)")
)


#: A sentence opening with a name and a relative clause on it: "Lewis, who grew up ...".
_RELATIVE_AFTER_NAME = re.compile(
    rf"[{re.escape(OPENING_MARKS)}\s]*{CAP_RUN.pattern},\s+(?:{alternation(sorted(LEXICON.person_relative_pronouns))})\b"
)


#: ", which said": a relative for things right before the verb, as a body's is.
_WHICH_BEFORE_VERB = re.compile(
    r",\s+(?:"
    + "|".join(sorted(LEXICON.relative_pronouns - LEXICON.person_relative_pronouns))
    + r")(?:\s+[a-z]+){0,2}\s*$"
)
#: The capitalised name that closes the words before such a relative: "the Bureau of Labor Statistics".
_BODY_BEFORE = re.compile(
    rf"{UPPER}[\w.&'’-]*(?:\s+(?:{alternation(sorted(LEXICON.organisation_connectors))}|{UPPER}[\w.&'’-]*))*\s*$"
)
#: What a body is, set off after its name: ", an industry group".
_DESCRIBED_AFTER = re.compile(rf",\s+(?:{alternation(sorted(LEXICON.determiners))})\s+[a-z][\w\s-]{{0,40}}$")
#: Words of a body's name read before "which": one capitalised word may be anything.
_BODY_NAME_WORDS = 2


def _named_before_relative(text: str, people: People) -> str | None:
    """The person named right before a relative ("Sen. Marco Rubio of Florida", "Ann Lee, a
    resident"), past an apposition in lower case and a place after "of"; ``None`` if no person is.
    A phrase in lower case ending on a name names that person ("according to spokesman Victor
    Lewis, who said"), unless it opens as an apposition does ("Ann Lee, a friend of Tom Roe,")."""
    pieces = text.rstrip().rsplit(",", 1)
    if len(pieces) == 2 and pieces[1].strip()[:1].islower():
        ending = _name_ending(text, people) if _labels_its_last_name(pieces[1]) else None
        return ending or _name_ending(pieces[0], people)
    return _name_ending(text, people)


_APPOSITION_OPENINGS = LEXICON.determiners | LEXICON.indefinite_articles
#: Words after which a name is someone the phrase's head is tied to, not the head: "widow of
#: firefighter Tom Roe", "lawyers for owner Desmond Kaye".
_TIES = frozenset(LEXICON.object_prepositions)


def _labels_its_last_name(phrase: str) -> bool:
    """Whether a phrase in lower case is a label for the name ending it ("according to airport
    spokesman Victor Lewis"): it does not open as an apposition ("a friend of Tom Roe") and ties
    the name to no one else ("according to a neighbour of skipper Tom Roe")."""
    words = phrase.split()
    if not words or words[0] in _APPOSITION_OPENINGS:
        return False
    lowered = " ".join(words).lower()
    opening = next((p for p in LEXICON.source_prepositions if lowered.startswith(p + " ")), "")
    label = [w.lower() for w in words[len(opening.split()) :] if w[:1].islower()]
    # "according to an internal memo from officer Bram Roe, who wrote": a document is no "who".
    return not any(word in _TIES for word in label)


def _name_ending(text: str, people: People) -> str | None:
    """The person whose name ends ``text``, past a place after "of" ("Sen. Marco Rubio of Florida")."""
    # Not "heard from Ann Lee": "from" a place only after a name.
    text = re.sub(
        rf"(\b{UPPER}[\w.'’-]*)\s+(?:of|from)\s+{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*)?\s*$", r"\1", text.rstrip()
    )
    run = trailing_capitalised(word_tokens(text))
    name = " ".join(strip_to_name(run)) if run else ""
    return name if name and people.is_person_name(name) else None


_CLAUSE_BOUNDARY = re.compile(
    r"[,;:(—–“”\"«»]|\b(?:"
    + "|".join(sorted(LEXICON.clause_openers | LEXICON.relative_pronouns | LEXICON.coordinators))
    + r")\b"
)


def _goes_on_from(
    text: str, start: int, end: int, marks: QuotationMarks, people: People, speaker: str | None = None
) -> bool:
    """Whether a participle at ``end`` goes on from the attribution ending at ``start`` (whose
    speaker is ``speaker``): at most a few words between them outside quotation marks, and no
    other person named right before it ("Lee said the bill would pass, with Roe adding" gives the
    participle a subject of its own; in "said manager Jo Roe, adding" the name is the speaker's)."""
    words, at = [], start
    for span in marks.spans:
        if span.mark_end <= start or span.mark_start >= end:
            continue
        words += text[at : span.mark_start].split()
        at = span.mark_end
    after_quotation = text[at:end].split()
    words += after_quotation
    # A name right before the participle is its own subject; one before a quotation in between is
    # what the quotation is about ('Trump told Newsmax that Mitt Romney "...," adding').
    subject = after_quotation[-1].strip(",;:") if after_quotation else ""
    own_subject = subject[:1].isupper() and len(people.fullest(subject).split()) > 1
    own_subject = own_subject and people.fullest(subject) != speaker
    return len(words) <= _MAX_WORDS_BETWEEN_VERBS and not own_subject


def _listener(text: str, verb_end: int, people: People) -> str | None:
    """The person a verb like "told" or "asked" is addressed to: the name right after it."""
    run = CAP_RUN.match(text, verb_end + 1) if text[verb_end : verb_end + 1] == " " else None
    name = strip_to_name(unglued(run.group().split())) if run else []
    return people.fullest(" ".join(name)) if name else None


def _relative_subject(relative: re.Match[str], key: SentenceKey, people: People, discourse: Discourse) -> Mention:
    """``Her father, Brad, 39, worried ...``: a member of someone's family is the subject. Named in full
    (``His wife, Jane Roe,``) or by a first name after a named person's (``Lee's wife, Ann,`` is Ann
    Lee; ``His wife, Colleen,`` is Colleen and the surname of the one person "his" can mean, when
    only one can: "His daughter, Mia," after two men is only "Mia"), it is that
    person; otherwise someone unnamed, who takes only their own pronoun away from anyone named
    before ("Her father ... he said" is not her)."""
    paragraph, start = key
    named = strip_to_name(unglued((relative.group("name") or "").split()))
    full = people.fullest(" ".join(named)) if named else ""
    owner = relative.group("owner")
    if named and not owner and relative.group("possessive"):
        pronoun = LEXICON.gendered_pronouns[relative.group("possessive").lower()]
        owner = discourse.sole_fitting(pronoun, paragraph, start)
    if named and len(full.split()) == 1 and owner:
        first = full
        full = f"{first} {people.fullest(owner).split()[-1]}"
        people.learn_relative(first, full)
    if len(full.split()) > 1:
        return Mention(paragraph, start, full)
    return Mention(paragraph, start, "", LEXICON.family_relations[relative.group("relation").lower()])


# "His wife, Jane Roe,", "Clinton's husband, Bill,", "Her father": one person, known through another.
# An honorific may come before the owner's name: "Mr Rooney's widow, Siobhán,".
_HONORIFICS = "|".join(
    sorted(
        word.capitalize()
        for word in LEXICON.female_markers | LEXICON.male_markers
        if word not in LEXICON.gendered_pronouns and word not in LEXICON.subject_pronouns
    )
)
#: " and his wife, Janice,": a relative joined to the name opening a sentence, by first name.
_JOINED_RELATIVE_NAMED = re.compile(
    rf"\s+and\s+(?:his|her)\s+(?:{alternation(sorted(LEXICON.family_relations))}),\s+(?P<name>{UPPER}[\w'’-]*),"
)
_OPENING_RELATIVE = re.compile(
    rf"(?:(?:But|And|So)\s+)?(?:(?P<possessive>[Hh]is|[Hh]er)|(?:(?:{_HONORIFICS})\.?\s+)?(?P<owner>{UPPER}[\w-]*)(?:’s|'s))\s+"
    # "Owen's younger sister, Kate,": a word may say which of them.
    rf"(?:[a-z]+\s+)?(?P<relation>{alternation(sorted(LEXICON.family_relations))})\b(?!['’]s)"
    # Her name set off by commas ("His wife, Jane Roe,"), or not ("His mother Carys, 52, said").
    rf"(?:,?\s+(?P<name>{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}})(?=,|\s+[a-z]))?"
)


#: "The 68-year-old ": an age opening a description.
_AGED_OPENING = re.compile(r"[Tt]he (?P<age>\d{1,3})-year-old ")


def _opening_role(sentence: str) -> str | None:
    """``The police chief said ...`` -> ``police chief``, ``The Florida senator is ...`` -> ``Florida
    senator``: a sentence opening with a role (perhaps with a proper adjective), not a name."""
    words = re.match(rf"[Tt]he((?: [{CAPITAL}a-z][a-z]+){{1,4}})", sentence)
    if not words:
        return None
    words_after = words.group(1).split()
    if sentence[words.end() : words.end() + 2] in ("'s", "’s") and not _WORDS_OWNED.match(sentence, words.end()):
        return None  # "The mayor's main rival": someone else, described through the role (not "The mayor's statement")
    for n in range(1, min(3, len(words_after)) + 1):
        if words_after[n - 1] in LEXICON.titles and (n == len(words_after) or words_after[n] not in LEXICON.titles):
            return " ".join(words_after[:n])
    return None


#: What someone's words are called after a possessive: "'s statement", "'s angry reply".
_WORDS_OWNED = re.compile(OWNED_WORDS_AFTER)


def _last_named(sites: Sequence[Site]) -> tuple[int, ...]:
    """For each site, the index of the last site up to it that names a speaker, or -1."""
    last, result = -1, []
    for index, site in enumerate(sites):
        last = index if site.speaker else last
        result.append(last)
    return tuple(result)


def _issued(text: str, sites: Sequence[Site]) -> str | None:
    found = [site.speaker for site in sites if site.speaker and DOCUMENT_AFTER.match(text, site.verb_end)]
    return found[-1] if found else None


def _word_before(text: str, at: int) -> str:
    """The word before ``text[at]``, whitespace, quote marks and a comma aside."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return token_ending_at(text, at).strip(OPENING_MARKS + ",")
