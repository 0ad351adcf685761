"""Direct quotations of speech in one source, each with its speaker."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from typing import Literal

from ...model import Paragraph, QuoteOccurrence, Sentence, Source
from ...text.alternation import alternation, longest_first
from ...text.lexicon import DEFAULT_LANGUAGE, analysis_language
from ...text.quotemarks import (
    CLOSING_MARKS,
    MAX_QUESTION_WORDS,
    MIN_QUOTE_WORDS,
    QUOTING_ONLY_MARKS,
    QuotationSpan,
    double_quoted_spans,
    quotation_spans,
)
from ...text.script import CAPITAL, UPPER
from ..metadata import known_outlet, site_name
from .attribution import Attribution, Site, attribute, labelled_speaker
from .cues import (
    ATTRIBUTION_WINDOW,
    CAP_RUN,
    CHARACTERISED_BY,
    CLAUSE_QUOTE_WORDS,
    FRAGMENT_CONTENT_WORDS,
    FULL_QUOTE_WORDS,
    LEXICON,
    LIST_BULLETS,
    LONGEST_NAMING_CUE,
    NAMING_CUES,
    OWNED_WORDS_AFTER,
    SENTENCE_END,
    SPEECH_VERB,
    TAIL_WINDOW_WORDS,
    WORD_TOKEN,
    interview_cue,
)
from .echoes import Quotations, echoed
from .marks import QuotationMarks, ends_on_question, ends_sentence_early, occurrence
from .names import is_title_word, strip_to_name, unglued
from .patterns import extract_by_patterns
from .pulled import pull_quotes_spoken

# ------------------------------------------------------------------------- extract


def extract_quotes(source: Source) -> tuple[QuoteOccurrence, ...]:
    """Every direct quotation of speech in ``source`` read alone, in reading order, with its speaker."""
    return echoed([find_quotations(source)])


def find_quotations(source: Source) -> Quotations:
    """The quotations of speech in ``source``, and the short fragments that are speech only if the
    story quotes them elsewhere (see ``Quotations``)."""
    language = analysis_language(source.metadata.language)
    if language != DEFAULT_LANGUAGE:
        return Quotations(extract_by_patterns(source, language), ())
    marks = [QuotationMarks(quotation_spans(p.text)) for p in source.paragraphs]
    attribution = attribute(source, marks)
    found: list[QuoteOccurrence] = []
    fragments: list[QuoteOccurrence] = []
    # Speaker of a quotation left open, and where its continuation would start.
    run_on: tuple[str | None, int, int] | None = None
    # Where in ``found`` the quotations of the run left open so far are.
    open_run: list[int] = []
    # Speaker of the last quotation in each sentence, keyed by (paragraph, sentence start), and of a
    # quotation that ends its paragraph, keyed by (paragraph, -1).
    heard: dict[tuple[int, int], str] = {}
    # Who last put a question in quotation marks, and in which paragraph.
    asker: tuple[str, int] | None = None
    for paragraph in source.paragraphs:
        layout = _Layout(paragraph)
        for span in marks[paragraph.index].spans:
            site = _attributing_site(layout, span, marks[paragraph.index], attribution)
            kind = _kind(paragraph.text, span, attributed=site is not None)
            if kind is None:
                continue
            sentence = layout.sentence_at(span.start)
            # A quotation inside the reporter's sentence that no speech verb names a speaker for
            # ("Lee sat Roe down and told him "no more nonsense"") is the words of the person the
            # sentence is about, before anyone the sentences around it name.
            subject = attribution.subjects.get((paragraph.index, sentence.start))
            before_quotation = paragraph.text[sentence.start : span.mark_start]
            if subject and (
                not _subject_may_speak(before_quotation)
                or _owned_by_another(before_quotation, subject)
                or _sourced_elsewhere(before_quotation, subject)
            ):
                subject = None
            woven_in = span.mark_start > sentence.start + 1
            continues = run_on is not None and _continues(run_on, paragraph.index, span)
            if site and site.speaker:
                speaker = site.speaker
            elif woven_in and subject:
                speaker = subject
            elif woven_in and (body := attribution.introducing_body(paragraph.index, sentence.start, span.mark_start)):
                speaker = body
            elif summer := _summed_up_by(source, layout, span, attribution):
                speaker = summer
            elif site:
                speaker = None
            elif speaker_after := attribution.subject_after(paragraph.index, span.mark_end):
                speaker = speaker_after
            elif run_on and continues:
                speaker = run_on[0]
            elif span.mark_start == 0 and (interviewee := _answering(source, attribution, paragraph.index)):
                speaker = interviewee
            elif signer := _signed_below(source, paragraph, span, attribution):
                speaker = signer
            elif _attribution_unread(layout, span):
                speaker = None
            else:
                speaker = _introduced_speaker(layout, span, attribution, heard)
                if speaker and _addresses(paragraph.text[span.start : span.end], speaker):
                    speaker = None  # '"It's your own department's numbers, Amos."': not Amos's words
                elif speaker and asker and _next_question(paragraph, span, speaker, asker):
                    speaker = asker[0]
            if speaker and ends_on_question(paragraph.text[span.start : span.end]):
                asker = (speaker, paragraph.index)
            quotation = occurrence(source.id, paragraph.index, paragraph.text, sentence.id, span, speaker)
            if kind == "fragment":
                fragments.append(quotation)
                continue
            if speaker:
                heard[(paragraph.index, sentence.start)] = speaker
                if not paragraph.text[span.mark_end :].strip(_TRAILING_PUNCTUATION):
                    heard[(paragraph.index, _ENDS_PARAGRAPH)] = speaker
            if continues and speaker:
                # '"We will rebuild. ... / "And when we do, it will be safe," Lee said.': quotations
                # left open, paragraph after paragraph, are spoken by whoever their continuation names.
                for at in open_run:
                    if found[at].speaker is None:
                        found[at] = dataclasses.replace(found[at], speaker=speaker)
            open_run = [*open_run, len(found)] if continues else [len(found)]
            found.append(quotation)
            run_on = None if span.closed else (speaker, paragraph.index, span.mark_end)
    quoted = {quotation.paragraph for quotation in found}
    answers = [answer for answer in _interview_answers(source, attribution) if answer.paragraph not in quoted]
    turns = [turn for turn in _transcript_turns(source, attribution) if turn.paragraph not in quoted]
    found = sorted([*found, *answers, *turns], key=lambda quotation: (quotation.paragraph, quotation.start))
    return Quotations(pull_quotes_spoken(found, source), tuple(fragments))


def _signed_below(source: Source, paragraph: Paragraph, span: QuotationSpan, attribution: Attribution) -> str | None:
    """Who signs a quotation that fills its paragraph on the line below it, as fact checks print
    them: '"Boeing and GE ... pay zero taxes." / - Sanders.'."""
    text = paragraph.text
    if paragraph.index + 1 >= len(source.paragraphs) or text[: span.mark_start].strip():
        return None
    if text[span.mark_end :].strip(_TRAILING_PUNCTUATION):
        return None
    signed = _SIGNATURE_LINE.match(source.paragraphs[paragraph.index + 1].text.strip())
    if signed is None:
        return None
    name = " ".join(strip_to_name(signed.group("name").rstrip(".").split()))
    people = attribution.people
    return people.fullest(name) if name and (people.is_person_name(name) or people.is_speaker_name(name)) else None


def _summed_up_by(source: Source, layout: _Layout, span: QuotationSpan, attribution: Attribution) -> str | None:
    """Who the sentence right after a quotation says spoke it: '"...," is how Ann Lee put it',
    '"..." / That was how Osei, who owns a bakery, described the closure.'."""
    paragraph = layout.paragraph
    text = paragraph.text
    same = _SUMMED_UP_IN_SENTENCE.match(text, span.mark_end)
    if same is not None:
        rest = text[same.end() :]
    else:
        # A quotation of several sentences ends its sentence at its closing mark, not at its first full stop.
        end = max(layout.sentence_bounds(span.start)[1], span.mark_end)
        if text[span.mark_end : end].strip(_TRAILING_PUNCTUATION):
            return None  # the sentence goes on after the quotation: it attributes it, if anything does
        if text[end:].strip():
            following = text[end:].lstrip()
        elif paragraph.index + 1 < len(source.paragraphs) and not text[: span.mark_start].strip():
            following = source.paragraphs[paragraph.index + 1].text
        else:
            return None
        owned = _WORDS_OF_NEXT.match(following)
        if owned is not None:
            # "That was the verdict of Ann Lee.", "Those five words, spoken by Ann Lee, ...": the
            # sentence names whose words they were.
            run = CAP_RUN.match(following, owned.end())
            if run is None or _NOUN_AFTER_NAME.match(following, run.end()):
                return None  # "That was the message from Desmond Kaye supporters": the name says whose supporters
            return _person_named(run.group(), attribution)
        opening = _SUMMED_UP_NEXT.match(following)
        if opening is None:
            return None
        rest = following[opening.end() :]
    run = CAP_RUN.match(rest)
    if run is None:
        return None
    clause = rest[run.end() : run.end() + _SUMMED_UP_REACH].split(".")[0].lower()
    if not any(phrase in clause for phrase in LEXICON.summing_up_phrases):
        return None
    return _person_named(run.group(), attribution)


def _person_named(words: str, attribution: Attribution) -> str | None:
    """The fullest form of the person a run of capitalised words names, past their titles."""
    name = " ".join(strip_to_name(unglued(words.split())))
    people = attribution.people
    return people.fullest(name) if name and people.is_person_name(name) else None


_SUMMED_UP_OPENERS = "|".join(sorted(LEXICON.summing_up_openers))
#: '," is how ...': the summing-up clause right after the quotation's closing mark.
_SUMMED_UP_IN_SENTENCE = re.compile(rf"\s*,?\s*(?:is|was)\s+(?:{_SUMMED_UP_OPENERS})\s+(?={UPPER})")
#: "That's how ...", "This was what ...": a sentence summing up the quotation before it.
_SUMMED_UP_NEXT = re.compile(rf"(?:That|This)(?:\s+(?:is|was)|['’]s)\s+(?:{_SUMMED_UP_OPENERS})\s+(?={UPPER})")
_UTTERANCES = "|".join(sorted(LEXICON.utterance_nouns))
_TIME_WORDS = "(?i:" + longest_first({*LEXICON.time_words, *LEXICON.calendar.weekdays}) + ")"
_PAST_SPEECH_VERBS = alternation(sorted(verb for verb in LEXICON.speech_verbs if verb.endswith("d")))
#: "That was the verdict of ...", "Those were the words of ...", "Those five words, spoken by ...":
#: a sentence saying whose the quotation before it was.
_WORDS_OF_NEXT = re.compile(
    # "That was the message Sunday from ...": when it was said may stand before whose it was.
    rf"(?:That|This|Those|These)\s+(?:(?:is|was|were|are)\s+(?:the\s+)?(?:\w+\s+)?(?:{_UTTERANCES})\s+"
    rf"(?:(?:{_TIME_WORDS})\s+)?(?:of|from)"
    rf"|(?:\w+\s+){{0,2}}(?:{_UTTERANCES}),?\s+(?:spoken|uttered|written|delivered|offered)\s+by)\s+(?={UPPER})"
    # "So said Dr. Ann Lee, chief of ...": the speech verb before the name, the quotation's words before both.
    rf"|(?:So|Thus)\s+(?:{_PAST_SPEECH_VERBS})\s+(?={UPPER})"
)
#: A word in lower case right after a name, no function or time word: the name modifies it.
_NOUN_AFTER_NAME = re.compile(r"\s+(?!(?:" + longest_first({*LEXICON.stop_words, *LEXICON.time_words}) + r")\b)[a-z]")
#: How far after the name the summing-up phrase may stand (past an apposition: ", who owns a bakery,").
_SUMMED_UP_REACH = 80


#: A line that is only a dash and a name: "- Hillary Clinton.", "— Sanders".
_SIGNATURE_LINE = re.compile(rf"^(?:-{{1,2}}|[—–])\s*(?P<name>{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,4}}?)\.?$")


def _subject_may_speak(before_quotation: str) -> bool:
    """Whether the subject a sentence opens with may speak a quotation woven into it, given the
    sentence up to the quotation mark. Not when the quotation is what the sentence says of the
    subject (``Biden "kind of misspoke."``, unlike the label ``Biden: "..."``), nor when the subject
    is asked or told (``Rubio was asked whether it would risk "..."``)."""
    labelled = before_quotation.rstrip().endswith(":")
    if not labelled and not any(word[:1].islower() for word in before_quotation.split()):
        return False
    return _PASSIVE_LISTENER.search(before_quotation) is None


def _sourced_elsewhere(before_quotation: str, subject: str) -> bool:
    """Whether the sentence opens by naming where its words come from, and not the subject
    ("According to his physician, the businessman had "…"": the physician's words, named or not;
    "According to Trump, he is now "…"" is the subject's)."""
    lowered = before_quotation.lstrip().lower()
    preposition = next((p for p in LEXICON.source_prepositions if lowered.startswith(f"{p} ")), None)
    if preposition is None:
        return False
    source = lowered[len(preposition) :].split(",", 1)[0]
    return subject.split()[-1].lower() not in source.split()


def _owned_by_another(before_quotation: str, subject: str) -> bool:
    """Whether what comes before a woven quotation names someone else's document or words right
    before it ("Obama visited, but only after the newspaper's editorial telling him to leave his
    "…""): the quotation is theirs, not the subject's."""
    owned = _OWNED_UTTERANCE.search(before_quotation[-_OWNED_REACH:])
    if owned is None:
        return False
    owner = owned.group("owner").casefold()
    return not any(owner == word.casefold() for word in subject.split())


#: How far before a quotation an owned document may stand and still be what it quotes.
_OWNED_REACH = 80
_OWNED_UTTERANCE = re.compile(r"\b(?P<owner>[\w-]+)" + OWNED_WORDS_AFTER)


_PASSIVE_LISTENER = re.compile(r"\b(?:" + "|".join(map(re.escape, LEXICON.passive_listeners)) + r")\b")


# An interview printed as questions and answers: "Q: How is she coping?" / "A: She isn't sleeping."
_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s+\S")
_ANSWER = re.compile(r"^(?:A|Answer)\s*[:.]\s+(?=\S)")
#: How many paragraphs may stand between a question and its answer, or between two questions.
_INTERVIEW_GAP = 3
_INTERVIEW_CUE = interview_cue(LEXICON)


def _interview_answers(source: Source, attribution: Attribution) -> list[QuoteOccurrence]:
    """The answers of an interview printed as Q&A, as quotations of the person the lines before the
    first question introduce with an interview cue ("Jo Roe spoke to the Echo about ..."). A page's
    own Q&A (an explainer answering its readers) introduces no one, and quotes no one."""
    answers: list[QuoteOccurrence] = []
    interviewee: str | None = None
    last_question: int | None = None
    for paragraph in source.paragraphs:
        text = paragraph.text
        if _QUESTION.match(text):
            if last_question is None or paragraph.index - last_question > _INTERVIEW_GAP:
                interviewee = _interviewee(source, attribution, paragraph.index)
            last_question = paragraph.index
            continue
        answer = _ANSWER.match(text)
        if answer is None or interviewee is None or last_question is None:
            continue
        if paragraph.index - last_question > _INTERVIEW_GAP:
            continue
        start, end = answer.end(), len(text.rstrip())
        if len(WORD_TOKEN.findall(text[start:end])) < MIN_QUOTE_WORDS:
            continue
        sentence = _Layout(paragraph).sentence_at(start)
        answers.append(
            QuoteOccurrence(source.id, sentence.id, text[start:end], interviewee, paragraph.index, start, end)
        )
    return answers


# A broadcast transcript's turn: "ALAN PETRIE (inquiry audio): I read the summary.", "DANA WHITCOMBE,
# PRESIDENT, CLWU LOCAL 19: We did not choose this fight." A name in capitals, perhaps what the
# person is after a comma and a note in brackets, then the words.
_TURN = re.compile(
    rf"^(?P<name>{UPPER}[{CAPITAL}.'’-]*(?:\s+{UPPER}[{CAPITAL}.'’-]*){{0,4}})"
    rf"(?P<role>,[^:()]{{1,80}}?)?\s*(?:\([^)]{{1,30}}\))?:\s+(?=\S)"
)
#: How many turns of people make a page a transcript (one labelled line may be a form's heading).
_TRANSCRIPT_TURNS = 3


def _transcript_turns(source: Source, attribution: Attribution) -> list[QuoteOccurrence]:
    """The turns of a broadcast transcript spoken by its guests, as their quotations: every turn
    but the programme's own voices' (``_programme_voices``), and but a turn that quotes in marks
    (read as narrative, its quotations by the marks)."""
    turns: list[tuple[Paragraph, str, int]] = []
    labelled: dict[str, str] = {}  # each surname a label gave in full, to its full name
    for paragraph in source.paragraphs:
        turn = _TURN.match(paragraph.text)
        if turn is None:
            continue
        if len(WORD_TOKEN.findall(paragraph.text[turn.end() :])) < MIN_QUOTE_WORDS:
            continue  # "FAIRWEATHER: Thank you.", "TRANSCRIPT TYPE: Rush Transcript": no turn to read
        label = turn.group("name")
        speaker = (
            labelled.get(label.casefold())
            or labelled_speaker(label, paragraph.index, attribution.people)
            or _name_in_capitals(label)
        )
        if speaker is not None:
            labelled.setdefault(speaker.split()[-1].casefold(), speaker)
            turns.append((paragraph, speaker, turn.end()))
    if len(turns) < _TRANSCRIPT_TURNS:
        return []
    programme = _programme_voices(turns, excerpt=_introduced_excerpt(source, turns[0][0]))
    quotations = []
    for paragraph, speaker, start in turns:
        text = paragraph.text
        end = len(text.rstrip())
        if speaker in programme or quotation_spans(text):
            continue
        sentence = _Layout(paragraph).sentence_at(start)
        said = QuoteOccurrence(source.id, sentence.id, text[start:end], speaker, paragraph.index, start, end)
        quotations.append(said)
    return quotations


def _name_in_capitals(label: str) -> str | None:
    """A label of two to four words in capitals, none a small word or a title ("ALHAJI MUMUNI
    SEIDU", "KWABENA SARFO"), as a name whatever the given name: a transcript labels people so."""
    words = [word for word in label.split() if not is_title_word(word.title())]
    plain = all(word.isupper() and word.casefold() not in LEXICON.stop_words for word in words)
    if not (2 <= len(words) <= _MAX_LABEL_WORDS and plain):
        return None
    return " ".join(word.title() for word in words)


#: The most words of a name in a transcript's label.
_MAX_LABEL_WORDS = 4


def _introduced_excerpt(source: Source, first_turn: Paragraph) -> bool:
    """Whether a transcript's turns are an excerpt the article's own narrative introduces ("The
    following is taken from the Senate transcript:"), not a programme's whole transcript."""
    before = source.paragraphs[first_turn.index - 1].text.rstrip() if first_turn.index else ""
    return before.endswith(":") and _TURN.match(before) is None and first_turn.index >= _EXCERPT_AFTER


#: How many paragraphs of the article's own stand before an excerpt of a transcript, at least.
_EXCERPT_AFTER = 3


def _programme_voices(turns: list[tuple[Paragraph, str, int]], *, excerpt: bool) -> set[str]:
    """Who speaks for the programme rather than to it: the voice that opens it (its presenter,
    unless the turns are an excerpt the article introduces, where everyone speaks), a label saying
    a newsroom job ("ANDY KERR, REPORTER:"), and anyone who tells what others said in turn after
    turn ("He said the gala crowds ...", a quotation in marks). Counsel's questions in a clip of a
    hearing are counsel's words."""
    voices = set() if excerpt else {turns[0][1]}
    reports: Counter[str] = Counter()
    for paragraph, speaker, start in turns:
        label = set(re.findall(r"[a-z]+", paragraph.text[:start].casefold()))
        words = paragraph.text[start:]
        if label & _PROGRAMME_JOBS:
            voices.add(speaker)
        reports[speaker] += bool(quotation_spans(words)) or _REPORTED_SPEECH.search(words) is not None
    # A guest may quote someone once; a reporter tells what others said turn after turn.
    voices.update(speaker for speaker, told in reports.items() if told >= _REPORTING_TURNS)
    return voices


#: How many turns telling what others said make a speaker the programme's reporter.
_REPORTING_TURNS = 2


#: Newsroom jobs, a broadcast's among them: a label saying one is the programme's voice.
_PROGRAMME_JOBS = frozenset({*LEXICON.newsroom_jobs, *LEXICON.reporter_labels})
#: A turn telling what someone else said: "He said the gala crowds …", "she told us".
_REPORTED_SPEECH = re.compile(
    rf"\b(?i:{alternation(sorted(set(LEXICON.gendered_pronouns.values())))})\s+{SPEECH_VERB.pattern}"
)


def _answering(source: Source, attribution: Attribution, index: int) -> str | None:
    """Who answers in paragraph ``index``, a quotation with no tag right under a question of the
    reporter's ("Will you appeal the result?" / "'You can't appeal a result ...'"): the person an
    interview cue introduces before the first question of the run ("The Chronicle asked Holohan
    about the final"); no one where no one was introduced."""
    first = index - 1
    if first < 0 or not _is_plain_question(source.paragraphs[first].text):
        return None
    while first >= 2 and _is_plain_question(source.paragraphs[first - 2].text):
        first -= 2  # question, answer, question, ...: back to the first question
    return _interviewee(source, attribution, first)


def _is_plain_question(text: str) -> bool:
    """A question of the reporter's on a paragraph of its own, in no quotation marks."""
    stripped = text.strip()
    return (
        stripped.endswith("?")
        and len(stripped.split()) <= MAX_QUESTION_WORDS
        and not any(mark in stripped for mark in QUOTING_ONLY_MARKS)
    )


def _interviewee(source: Source, attribution: Attribution, first_question: int) -> str | None:
    """The person introduced, with an interview cue, in the few paragraphs before ``first_question``:
    not the page's own outlet ("FinCrime Review asked Dr Ravi Menon ...") nor another one."""
    own = (source.metadata.outlet or "").casefold()
    for index in range(first_question - 1, max(first_question - 1 - _INTERVIEW_GAP, -1), -1):
        if not _INTERVIEW_CUE.search(source.paragraphs[index].text):
            continue
        for person in attribution.introduced.get(index, []):
            if person.casefold() != own and known_outlet(person) is None and site_name(person) is None:
                return person
    return None


#: The key of ``heard`` for a quotation that ends its paragraph (its sentence may be one of several in it).
_ENDS_PARAGRAPH = -1
_TRAILING_PUNCTUATION = " .,;!?\u00a0"


def _continues(run_on: tuple[str | None, int, int], paragraph: int, span: QuotationSpan) -> bool:
    """Does ``span`` carry on a quotation left open, in the next paragraph or after a lost break?"""
    _, open_paragraph, open_end = run_on
    return (paragraph == open_paragraph + 1 and span.mark_start == 0) or (
        paragraph == open_paragraph and span.mark_start == open_end
    )


_TOKEN_START = re.compile(rf"[{CAPITAL}a-z]|\d")  # where a WORD_TOKEN can start


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
        """``len(word_tokens(text[start:end])) <= limit``, reading no more tokens than the limit needs."""
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
            match = WORD_TOKEN.match(self.paragraph.text, start)
            assert match is not None
            whole = self._tokens[(start, -1)] = (match.end(), len(unglued([match.group()])))
        if whole[0] <= end:
            return whole
        if (start, end) not in self._tokens:
            self._tokens[(start, end)] = (end, len(unglued([self.paragraph.text[start:end]])))
        return self._tokens[(start, end)]


def _attributing_site(
    layout: _Layout, span: QuotationSpan, marks: QuotationMarks, attribution: Attribution
) -> Site | None:
    """The speech verb that attributes a quotation: the one right after it, else the one before it.

    A partial quotation woven into reported speech (``Cruz says he is "tied for second" with
    Rubio, a finish he said ...``) takes the verb before it when that names someone: a verb after
    such a fragment usually belongs to a clause of its own."""
    tail = _tail_site(layout, span, attribution)
    text = layout.paragraph.text
    closed_sentence = text[span.mark_start : span.mark_end].rstrip(CLOSING_MARKS + " ")[-1:] in ("?", "!", ".")
    if tail is not None and (
        marks.first_start_after(span.mark_end, tail.phrase_start) < tail.phrase_start
        or (closed_sentence and text[tail.verb_end :].lstrip().startswith(":"))
    ):
        # '"Did you read the letters?" "I was never shown them," Marr replied.' and '"...?" He
        # replied: "Not once."': the verb after the next quotation, or introducing it, is that one's.
        tail = None
    if tail is not None:
        # 'Asked by Sen. Ann Lee whether the case was "settled law," the judge said ...': the
        # question's words are the one who put it.
        asker = _head_site(layout, span, marks, attribution)
        if asker is not None and asker.opens_a_question and asker.speaker and asker.phrase_start < span.mark_start:
            return asker
    said_right_after = tail is not None and _said_right_after(layout.paragraph.text, span, tail)
    fragment = _is_fragment(layout, span) and not said_right_after
    head = _head_site(layout, span, marks, attribution) if tail is None or fragment or closed_sentence else None
    if tail is not None and closed_sentence and head is not None and head.speaker and not fragment:
        # 'When Jennings asked, "Is this a family business now?" Whelan replied that ...': a verb
        # introducing the quotation at once is its speaker's; the sentence after it is another's.
        before_verb = text[: head.verb_start].split()[-1:]
        passive = bool(before_verb) and before_verb[0].lower() in LEXICON.auxiliary_verbs  # "was asked:"
        if text[head.verb_end : span.mark_start].strip() in _INTRODUCING and not passive:
            return head
        head = None
    if tail is not None and head is not None and head.speaker:
        return head
    participle = tail is not None and text[tail.verb_start : tail.verb_end].lower().endswith("ing")
    if fragment and participle and "," not in text[span.end : span.mark_end + 1]:
        # 'She is noting the "kind of problems" Sanders had answering': a clause of its own (unlike
        # 'defended it as "a fair deal," telling reporters', which goes on from the quotation).
        return head
    return tail or head


#: What may stand between a verb and the quotation it introduces at once.
_INTRODUCING = frozenset({",", ":"})


def _is_fragment(layout: _Layout, span: QuotationSpan) -> bool:
    """A quotation that starts mid-sentence in lower case, inside the reporter's own sentence."""
    text = layout.paragraph.text
    return text[span.start : span.start + 1].islower() and span.mark_start > layout.sentence_bounds(span.start)[0]


def _said_right_after(text: str, span: QuotationSpan, tail: Site) -> bool:
    """``he "grabbed the mood of the city," said Drew Heiserman``: a quotation closed by a comma and
    followed at once by a speech verb, or by a name and the verb, is that verb's, even when it starts
    inside the reporter's sentence (unlike ``"glow in the dark," for instance, and Trump vowed``, or a
    participle or "according to" after it, which cite more than they attribute)."""
    if "," not in text[span.end : span.mark_end + 1]:
        return False
    verb = text[tail.verb_start : tail.verb_end].lower()
    if verb.endswith("ing") or " " in verb:
        return False
    between = text[span.mark_end + 1 : tail.verb_start].split()
    return len(between) <= _NAME_BEFORE_VERB_WORDS and all(word[:1].isupper() for word in between)


#: How long a name between a quotation and its verb may be ('," Drew Heiserman said').
_NAME_BEFORE_VERB_WORDS = 3


def _tail_site(layout: _Layout, span: QuotationSpan, attribution: Attribution) -> Site | None:
    """The first site after the quotation in its sentence, if it comes within a few words.

    Sites are in reading order and a site's phrase never starts before the quotation marks it
    follows, so only the first site after the quotation can qualify.
    """
    index = layout.paragraph.index
    _, sentence_end = layout.sentence_bounds(max(span.end - 1, span.start))
    if ends_sentence_early(layout.paragraph.text, span, sentence_end):
        _, sentence_end = layout.sentence_bounds(min(sentence_end + 1, len(layout.paragraph.text)))
    sites = attribution.sites[index]
    for at in range(bisect.bisect_left(attribution.verb_starts[index], span.mark_end), len(sites)):
        site = sites[at]
        if site.verb_start >= sentence_end:
            break
        if span.mark_end <= site.phrase_start:
            near = layout.at_most_words(span.mark_end, site.verb_start, TAIL_WINDOW_WORDS)
            text = layout.paragraph.text
            closes = _closes_the_sentence(text, span, site, sentence_end)
            return site if near or closes or _named_right_after(text, span, site) else None
    return None


def _named_right_after(text: str, span: QuotationSpan, site: Site) -> bool:
    """'"Very good reporter," Trump, the frontrunner nationally and polling leader in South Carolina
    by a wide margin after winning New Hampshire, said': a speaker named right after the quotation
    says it, the description set off between the name and the verb up to twice the usual reach."""
    between = text[span.mark_end : site.verb_start]
    return (
        site.speaker is not None
        and not text[span.mark_end : site.phrase_start].strip(" ,")
        and between.rstrip().endswith(",")
        and len(between.split()) <= _WORDS_BEFORE_A_CLOSING_VERB
    )


def _closes_the_sentence(text: str, span: QuotationSpan, site: Site, sentence_end: int) -> bool:
    """'"We are horrified" by the shooting at the club that drew the world's attention and more
    local scrutiny, Omar Nefzi said.': an attribution set off by a comma at the end of the sentence
    is the whole sentence's, its quotation up to twice the usual reach before it."""
    before = text[span.mark_end : site.phrase_start]
    after = text[site.verb_end : sentence_end].strip(" .,;")
    return (
        before.rstrip().endswith(",")
        and len(before.split()) <= _WORDS_BEFORE_A_CLOSING_VERB
        and len(after.split()) <= _WORDS_AFTER_A_CLOSING_VERB
        and not double_quoted_spans(text[span.mark_end : sentence_end])  # no other quotation nearer the verb
    )


#: How far a quotation may stand before the attribution closing its sentence (twice the ordinary reach).
_WORDS_BEFORE_A_CLOSING_VERB = 2 * TAIL_WINDOW_WORDS
#: What may follow the verb of an attribution closing a sentence: its speaker ("said Omar
#: Nefzi, the imam"), or when ("said on Tuesday").
_WORDS_AFTER_A_CLOSING_VERB = 6


def _head_site(layout: _Layout, span: QuotationSpan, marks: QuotationMarks, attribution: Attribution) -> Site | None:
    """The last site between the quotation and the start of its sentence, also past an earlier
    quotation (in ``Lee said Rubio was "a lightweight" and Cruz "a basket case"`` both are Lee's),
    though past one no further than ATTRIBUTION_WINDOW: a run of quotations is not all one verb's."""
    index = layout.paragraph.index
    sentence_start, _ = layout.sentence_bounds(span.start)
    earlier_quotation_end = marks.last_end_before(span.mark_start, sentence_start)
    head_start = max(sentence_start, min(earlier_quotation_end, span.mark_start - ATTRIBUTION_WINDOW))
    last = bisect.bisect_left(attribution.verb_starts[index], span.mark_start) - 1
    site = attribution.sites[index][last] if last >= 0 else None
    return site if site is not None and site.verb_start >= head_start else None


def _attribution_unread(layout: _Layout, span: QuotationSpan) -> bool:
    """'"The driver smelled of alcohol," the police report states.': a quotation broken off by a
    comma, then a few words closing its sentence, has an attribution of its own that no rule read
    (a verb not in the lists); it is not the words of whoever the sentences around it name."""
    text = layout.paragraph.text
    if not span.closed or text[span.start : span.mark_end].rstrip(CLOSING_MARKS + " ")[-1:] != ",":
        return False
    _, sentence_end = layout.sentence_bounds(span.start)
    tail = text[span.mark_end : sentence_end].strip().split()
    # Only a description as its subject: after "he mocks" the reporter's "he" still finds the
    # speaker, and "the complaint states" is the document of whoever the article was just about.
    return (
        2 <= len(tail) <= _LONGEST_UNREAD_ATTRIBUTION
        and tail[0] in LEXICON.determiners
        and tail[1].lower() not in LEXICON.documents
    )


#: Words after a quotation that may be its attribution ("the police report states").
_LONGEST_UNREAD_ATTRIBUTION = 8


def _introduced_speaker(
    layout: _Layout, span: QuotationSpan, attribution: Attribution, heard: dict[tuple[int, int], str]
) -> str | None:
    """Who speaks a quotation its own sentence does not attribute.

    * the speaker named in the sentence before (``He said he was sorry. "..."``);
    * the person the sentence before opens with (``Ann Lee was on the train. "We flew out of our seats."``);
    * the speaker of a quotation two sentences back, when the sentence between names nobody
      (``"We ran," Lee said. The gas spread fast. "We could not see."``);
    * across a paragraph break, the speaker named in a paragraph ending with a colon, the issuer
      of a statement the previous paragraph reports (``..., the ministry said in a statement.``),
      or the speaker of the previous paragraph's last sentence.
    """
    paragraph = layout.paragraph
    position = layout.sentence_index(span.start)
    sentence = paragraph.sentences[position]
    if position > 0:
        previous = paragraph.sentences[position - 1]
        key = (paragraph.index, previous.start)
        # The speaker of a quotation in the sentence before first: in '"...," Lee writes in his book,
        # according to the Times. "..."' the second quotation is Lee's, not the paper's that reports it.
        speaker = (
            heard.get(key)
            or attribution.last_speaker(paragraph.index, previous.start, sentence.start)
            or attribution.subjects.get(key)
        )
        if speaker or position < 2 or key in attribution.names_someone:
            return speaker
        earlier = paragraph.sentences[position - 2]
        return heard.get((paragraph.index, earlier.start)) or attribution.last_speaker(
            paragraph.index, earlier.start, previous.start
        )
    bullet = len(paragraph.text) - len(paragraph.text.lstrip(LIST_BULLETS))
    if paragraph.index == 0 or span.mark_start > max(sentence.start + 1, bullet):
        # Only a quotation opening its paragraph (or its list item: "• "...") carries on from the
        # paragraph before; one inside the reporter's sentence ("Clinton fired back that "...")
        # belongs to that sentence.
        return None
    previous_text = attribution.paragraph_text(paragraph.index - 1)
    if previous_text.rstrip().endswith(":"):
        # "Lee listed three reasons:" / "• "...": whoever the introducing sentence names or is about.
        last = attribution.paragraphs[paragraph.index - 1].sentences[-1]
        return (
            attribution.last_speaker(paragraph.index - 1, 0, len(previous_text))
            or attribution.introducing_body(paragraph.index - 1, last.start, len(previous_text))
            or attribution.subjects.get((paragraph.index - 1, last.start))
        )
    issued = attribution.issued(paragraph.index - 1)
    if issued or not attribution.paragraphs[paragraph.index - 1].sentences:
        return issued
    # A quotation opening a paragraph carries on from the speaker of the sentence before it
    # ("...," Lee said. / "..."), not from the person that sentence is only about (as often wrong
    # as right on the development gold).
    last = attribution.paragraphs[paragraph.index - 1].sentences[-1]
    # Or the speaker of a quotation that sentence holds ('..." Barkley said. "They have become like
    # Fox News." / "And it is sad ..."): one speaker's quotations in a row of paragraphs.
    return (
        attribution.last_speaker(paragraph.index - 1, last.start, len(previous_text))
        or heard.get((paragraph.index - 1, last.start))
        or heard.get((paragraph.index - 1, _ENDS_PARAGRAPH))
    )


def _next_question(paragraph: Paragraph, span: QuotationSpan, answerer: str, asker: tuple[str, int]) -> bool:
    """Whether a question filling its paragraph, with no one named, is the next one of an exchange:
    after '"Did you read it?" she asked. / "I read the summary," Petrie replied.', the unattributed
    '"What did that mean to you?"' is hers, not the answer's speaker's."""
    whole = not paragraph.text[: span.mark_start].strip() and not paragraph.text[span.mark_end :].strip()
    return (
        whole
        and ends_on_question(paragraph.text[span.start : span.end])
        and answerer != asker[0]
        and paragraph.index - asker[1] <= _INTERVIEW_GAP
    )


def _addresses(quoted: str, person: str) -> bool:
    """Whether ``quoted`` calls ``person`` by a word of their name, set off by a comma at its start
    or its end ("Amos, ...", "..., Amos."): someone speaking to them."""
    opening = quoted.lstrip()
    ending = " ".join(_TRAILING_PUNCTUATION_RUN.sub("", quoted).split())
    return any(
        opening.startswith(f"{name},") or ending.endswith(f", {name}") for name in person.split() if name[:1].isupper()
    )


#: What may close a quotation after a name called out at its end: "..., Amos.", "..., Amos!"
_TRAILING_PUNCTUATION_RUN = re.compile(r"\W+$")


def _kind(text: str, span: QuotationSpan, *, attributed: bool) -> Literal["speech", "fragment"] | None:
    """Whether a quotation is speech, a fragment that is speech if the story quotes it elsewhere, or neither."""
    quoted = text[span.start : span.end]
    words = quoted.split()
    if len(words) < MIN_QUOTE_WORDS or _after_naming_cue(text, span.mark_start):
        return None
    comma = "," in text[span.end : span.mark_end + 1]
    if comma and _BYLINE_AFTER.match(text, span.mark_end):
        # '"Pop-up show confronts gentrification," by Ann Lee': a headline and its byline ("terrified"
        # by Trump, with no comma, is a passive).
        return None
    if (
        _is_title_case(words)
        and not (attributed and (quoted.rstrip().endswith(("!", "?")) or (comma and _said_next(text, span))))
        and not (_is_own_sentence(text, span))
    ):
        # A title-case phrase is a title or a name ("a film called 'The Long Road Home'"), unless
        # a speech verb introduces an exclamation or a question ("She declared “What a Night!”"),
        # a comma closes it right before its attribution, opening its sentence ("“Yes, Your Honor,”
        # Lisle said"; not '... his radio show, "Generations with Ken Roe," the site reported'), or it is a
        # whole sentence of its own (“That’s Jo Roe and Sam Lee.”).
        return None
    full = (
        quoted[0].isupper()
        or bool(SENTENCE_END.search(quoted))
        or len(words) >= FULL_QUOTE_WORDS
        or (len(words) >= CLAUSE_QUOTE_WORDS and quoted.rstrip().endswith((".", "!", "?")))
    )
    if full or attributed:
        return "speech"
    # A scare quote ("the so-called reset") has one or no content word; a fragment of a remark has more.
    content = [w for w in WORD_TOKEN.findall(quoted) if w.casefold() not in LEXICON.function_words]
    return "fragment" if len(content) >= FRAGMENT_CONTENT_WORDS else None


#: A byline right after a quotation: the quotation is the title of a piece.
_BYLINE_AFTER = re.compile(rf",?\s+by\s+{UPPER}")


def _after_naming_cue(text: str, end: int) -> bool:
    """``NAMING_CUES.search(text[:end])``, reading only the few words before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    named = NAMING_CUES.search(text, max(0, end - LONGEST_NAMING_CUE), end) is not None
    return named and CHARACTERISED_BY.search(text, max(0, end - ATTRIBUTION_WINDOW), end) is None


def _is_title_case(words: list[str]) -> bool:
    """``Strong Ideas for a New Time``: every long word capitalised, without being a shout in capitals,
    and no word in lower case but the small ones titles leave so ("But Jo Roe won" is a sentence)."""
    bare = [w.strip("“”\"‘’'.,!?") for w in words]
    # "Midday with Charlie Sykes", "Orange is the New Black": small words stay in lower case.
    small = [not w[:1].islower() or w.casefold() in LEXICON.function_words or len(w) <= 2 for w in bare]
    long_words = [w for w in bare if len(w) > 3 and w.casefold() not in LEXICON.function_words]
    # "Fox & Friends", "Eat The Press": one long word, but every word of the name in capitals.
    capitalised = [w for w in bare if w[:1].isupper()]
    named = len(long_words) >= 2 or (len(long_words) == 1 and len(capitalised) >= 2)
    return (
        named
        and all(w[:1].isupper() and not w.isupper() for w in long_words)
        and all(small)
        and not re.search(r"[.!?]", " ".join(words)[:-1])
    )


def _is_own_sentence(text: str, span: QuotationSpan) -> bool:
    """A quotation standing as a sentence of its own: it opens its sentence and ends with a full stop."""
    return _opens_sentence(text, span) and text[span.start : span.end].rstrip().endswith((".", "!", "?"))


def _said_next(text: str, span: QuotationSpan) -> bool:
    """A quotation opening its sentence with its speech verb within a few words after it ('"Yes,
    Your Honor," Lisle said'; not '"The Long Road Home," which Osei wrote in 2009, was ...')."""
    after = text[span.mark_end : span.mark_end + _SAID_NEXT_CHARACTERS]
    verb = SPEECH_VERB.search(after)
    between = after[: verb.start()].split() if verb is not None else []
    return (
        _opens_sentence(text, span)
        and verb is not None
        and len(between) <= _NAME_BEFORE_VERB_WORDS
        and all(word[:1].isupper() or word.lower() in LEXICON.subject_pronouns for word in between)
    )


#: How far after a quotation its verb is looked for.
_SAID_NEXT_CHARACTERS = 60


def _opens_sentence(text: str, span: QuotationSpan) -> bool:
    before = text[: span.mark_start].rstrip()
    return not before or before.endswith((".", "!", "?", "”", '"', "’"))
