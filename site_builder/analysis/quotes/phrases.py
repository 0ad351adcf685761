"""Where the phrase naming a speaker lies around a speech verb: before it, after it, or at the
sentence's start, past asides, appositions and relative clauses."""

from __future__ import annotations

import re

from ...text.alternation import alternation
from ...text.script import CAPITAL, UPPER
from .cues import (
    ATTRIBUTION_WINDOW,
    CAP_RUN,
    END_OF_NAME_AFTER_VERB,
    JOINED_RELATIVE,
    LEXICON,
    PLACE_NAMES,
    REPRESENTATIVES,
)
from .names import is_plural_of_a_noun, is_title_word, opens_with_given_name, word_tokens
from .speakers import is_trailing_filler, opens_clause_of, trailing_capitalised

# "... called it a farce and said": a verb coordinated with an earlier one, sharing its subject.
COORDINATED = re.compile(r"(?:^|\s)(?:and|but)(?:\s+(?:then|later|also|again|now|still|even|instead|\w+ly))?\s*$")


def ends_with(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern.search(text[start:end])`` for a pattern anchored at the end, reading at most the
    last ATTRIBUTION_WINDOW characters (outside the slice, ``^`` cannot match)."""
    if end - start <= ATTRIBUTION_WINDOW:
        return pattern.search(text[start:end]) is not None
    return pattern.search(text, end - ATTRIBUTION_WINDOW, end) is not None


def phrase_before(clause: str) -> str:
    """The noun phrase right before a verb, skipping asides (``Trump, speaking to reporters,``) and,
    after a name, appositions (``Diane Brady, 56, a passenger from Simi Valley,``) and relative
    clauses (``Ann Lee, who was hurt,``)."""
    clause = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), clause)
    named = identified_name(clause.strip())
    if named:
        return named  # "Another owner, who gave her name only as Madam Lim, said": the name given
    # "ASANTE: The monitoring group Harbor Watch says": nothing before a label's colon is the
    # subject, nor a name the description after it is about.
    labelled = clause.rfind(": ")
    if labelled >= 0 and clause[labelled + 1 :].strip():
        clause = clause[labelled + 1 :]
    # "The committee, headed by Ann Lee, had observed": "had" is no chunk of its own.
    words = clause.split()
    while words and is_trailing_filler(words[-1]) and not words[-1].isdigit():
        clause = clause[: clause.rstrip().rfind(words.pop())]
    if _REPORTED_PRONOUN.search(clause):
        # "but Trump said he responded": the subject of the reported verb is the pronoun, whom
        # the reader takes it for (most often the reporting subject itself).
        return words[-1]
    # Two hyphens between spaces are a dash typed on a keyboard: "a speech -- with teleprompter -- Trump".
    chunks = [chunk.strip() for chunk in reversed(_CHUNK_BREAK.split(clause)) if chunk.strip()]
    if chunks and _is_aside(chunks[0]) and chunks[0].split()[0].endswith("ing"):
        # "Clinton lost her cool, jabbing her finger at an activist as she angrily said": a
        # participle's aside that ends in a clause of its own gives the verb that clause's pronoun.
        own = _subject_of_last_clause(chunks[0])
        if own.lower() in LEXICON.subject_pronouns:
            return own
    first = next((i for i, chunk in enumerate(chunks) if not _is_aside(chunk)), None)
    if first is None and chunks:
        subject = _past_opening_adverbial(chunks[0])  # "Later the bureau had warned": no comma after "Later"
        if subject != chunks[0]:
            return subject
    if first is not None and first + 1 < len(chunks) and _opens_relative_clause(chunks[first + 1]):
        # "Jo Roe, who lives outside the state capital, Sacramento, said": a name right after a
        # relative clause on a name goes on with the clause; the speaker is the name it is about.
        about = next((i for i in range(first + 2, len(chunks)) if not _is_aside(chunks[i])), None)
        if about is not None and _is_bare_name(chunks[first]) and _is_bare_name(chunks[about]):
            first = about
    if first is None:
        return ""
    if opens_clause_of(chunks[first].split()):
        return _subject_of_last_clause(chunks[first])  # "..., though he": the clause's own subject
    if first > 0 and chunks[first].split()[-1].lower() in LEXICON.documents and _BY_AGENT.match(chunks[first - 1]):
        # "The report, published by the Audit Office, found": the document and whom it is by, together.
        return f"{chunks[first]} {chunks[first - 1]}"
    if first + 1 < len(chunks) and _is_bare_name(chunks[first]) and _ends_with_joined_relative(chunks[first + 1]):
        return chunks[first + 1]  # "Ann Lee and her husband, Tom, said": two people, neither alone
    if chunks[first].split()[0] in LEXICON.leading_conjunctions:
        # "Anne Richards, assistant secretary for population, refugees, and migration, said": the
        # list ends an apposition; the name is before the list and the role it ends.
        name_at = next((i for i in range(first + 1, len(chunks)) if not chunks[i][:1].islower()), None)
        if name_at is not None and _is_bare_name(chunks[name_at]):
            return chunks[name_at]
    absolute = _WITH_SUBJECT.match(chunks[first])
    if absolute is not None:
        return chunks[first][absolute.end() :]  # "..., with the hospital saying": the participle's own subject
    if _is_titled_name(chunks[first]):
        return chunks[first]
    set_off = clause.rstrip().endswith(",")  # "Keith Arbuthnot, 44, had": not "Of those who backed Lee, 312 said"
    if set_off and chunks[first].isdigit() and len(chunks[first]) <= _AGE_DIGITS and first + 1 < len(chunks):
        # "The court heard that Keith Arbuthnot, 44, had told": an age set off right after the name.
        aged = trailing_capitalised(word_tokens(chunks[first + 1]))
        if len(aged) >= 2:
            return " ".join(aged)
    if _names_a_document(chunks[first]):
        # "..., Kuala Lumpur, a statement attributed to the Jurists Committee said": the document is
        # the subject, not a description of the name before it.
        return chunks[first]
    # "Mallon, of Newry, Co Down, admitted": capitals set off after a place the person is from go on
    # with the place.
    after_origin = (
        first + 1 < len(chunks)
        and _FROM_A_PLACE.match(chunks[first + 1]) is not None
        and _is_bare_name(chunks[first])
        and not opens_with_given_name(chunks[first].split())
    )
    if _is_apposition(chunks[first]) or _is_description(chunks[first]) or _is_place(chunks[first]) or after_origin:
        for anchor in chunks[first + 1 :]:
            if _is_apposition(anchor) or _is_role(anchor) or anchor.split()[0].lower() in LEXICON.aside_words:
                # "Separately, a palace spokesman told CNN": no name before the description; "Mark Holden,
                # chairman of the board of Freedom Partners, the network's funding arm, said": a second one.
                continue
            if _opens_circumstance(anchor) and len(trailing_capitalised(word_tokens(anchor))) < 2:
                # "And in a clear threat, the statement noted", "But in Anaheim, the crowd ...": an
                # opening phrase, no name before (not "During the hearing Sen. Ann Lee, a Republican,").
                break
            # "Tracy Lane from Polson, Montana, told": the place after the name is not the name.
            named = re.split(r"\s(?:of|from|in)\s", anchor, maxsplit=1)[0]
            if _is_bare_name(named):
                return named
            # "... including Ann Lee, an organiser, who said": the name that ends the earlier chunk;
            # not the agent of a participle ("published by the Prairie Dispatch, the Republican
            # nominee says"), which describes something else.
            run = trailing_capitalised(word_tokens(anchor))
            agent = _BY_AGENT_BEFORE.search(anchor[: anchor.rfind(run[0])]) if run else None
            if len(run) >= 2 and agent is None:
                return anchor[anchor.rfind(run[0]) :]
            if not _is_aside(anchor):
                break
    return _subject_of_last_clause(_past_opening_adverbial(chunks[first]))


#: A speech verb (and perhaps "that") right before a subject pronoun ending the words before a verb.
_REPORTED_PRONOUN = re.compile(
    rf"\b(?:{alternation(sorted(LEXICON.speech_verbs))})\s+(?:that\s+)?(?:{alternation(sorted(LEXICON.subject_pronouns))})\s*$",
    re.IGNORECASE,
)


#: "by" or "by the" right before a name: a passive participle's agent.
_BY_AGENT_BEFORE = re.compile(r"\bby(?:\s+the)?\s*$")


#: What ends a chunk of the words before a verb: a comma (not one inside a figure, "about 1,200
#: nurses"), a semicolon, a colon, a bracket or a dash.
_CHUNK_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:(—–]|\s--\s")


def _names_a_document(chunk: str) -> bool:
    """``a statement attributed to X``, ``the report by X``: a document and whom it is from."""
    words = chunk.lower().split()
    return (
        len(words) >= 4
        and words[0] in LEXICON.indefinite_articles | LEXICON.determiners
        and any(word in LEXICON.documents for word in words[1:3])
        and any(f" {origin} " in f" {chunk.lower()} " for origin in LEXICON.document_origins)
    )


#: Digits of an age set off after a name (", 44,").
_AGE_DIGITS = 3
#: A passive participle and its agent: "published by the Audit Office", "written by Jo Roe".
_BY_AGENT = re.compile(r"[a-z]+\s+(?:on\s+\S+\s+)?by\s+\S")


def _past_opening_adverbial(chunk: str) -> str:
    """``Later the bureau``, ``On Tuesday the company``, ``Earlier in the afternoon the bureau``: the
    subject after an adverb or a phrase of time or place that opens the sentence with no comma after
    it, the phrase running to the next article; ``chunk`` as it is otherwise ("In Ohio Lee" says
    nothing of where the phrase ends)."""
    words = chunk.split()
    at = 1 if len(words) > 1 and words[0].lower() in LEXICON.aside_words else 0
    if at < len(words) and words[at].lower() in LEXICON.opening_prepositions:
        if len(words) > at + 2 and words[-1].lower() in LEXICON.subject_pronouns:
            return words[-1]  # "At the town hall this week she"
        article = next((k for k in range(at + 2, len(words)) if words[k].lower() in LEXICON.determiners), None)
        if article is None:
            # "After the debate on Tuesday night Lee": a name after the phrase's last word in lower case.
            run = trailing_capitalised(words)
            lower_before = len(run) < len(words) and words[-len(run) - 1][:1].islower() if run else False
            return " ".join(run) if run and lower_before and len(words) - len(run) > at + 1 else chunk
        at = article
    return " ".join(words[at:]) if at else chunk


def _ends_with_joined_relative(chunk: str) -> bool:
    """``Ann Lee and her husband``: a second person, named by whom they are to the first."""
    return JOINED_RELATIVE.search(chunk) is not None


def _subject_of_last_clause(chunk: str) -> str:
    """``the crowd booed when he``, ``Although Lee``: a pronoun or a name after the last clause
    opener is the verb's subject, not the words before it (``after the meeting`` is no clause)."""
    words = chunk.split()
    opener = max((at for at in range(len(words)) if opens_clause_of(words[at:])), default=None)
    if opener is None:
        return chunk
    after = words[opener + 1 :]
    if len(after) == 1 or all(word[:1].isupper() for word in after):
        return " ".join(after)
    return chunk


_MAX_ROLE_WORDS = 3
_WITH_SUBJECT = re.compile(r"with\s+(?=\S)")


def _is_titled_name(chunk: str) -> bool:
    """``digital consultant Phil Musser``: a name after a role in lower case is the speaker itself,
    not a description of a name before it (unlike ``legal director for the ACLU of Oregon``)."""
    tokens = word_tokens(chunk)
    run = trailing_capitalised(tokens)
    before = tokens[: len(tokens) - len(run)]
    if len(before) > 1 and before[0].lower() in LEXICON.possessive_determiners:
        before = before[1:]  # "his sister Bridie Walsh": whose she is says who she is
    # "managing director and chief executive Arvind Kulkarni": two roles joined, each a role alone.
    roles = " ".join(before).split(" and ", 1) if before[:1] != ["and"] else []
    return (
        len(run) >= 2
        and bool(before)
        and all(0 < len(role.split()) <= _MAX_ROLE_WORDS for role in roles)
        and all(token.islower() and token not in LEXICON.stop_words for role in roles for token in role.split())
        and not before[-1].endswith("ed")  # "a firm called Gavekal Dragonomics"
        and not any(token in LEXICON.name_connectors for token in run)
    )


#: A chunk naming where someone is from: "of Newry", "from Polson".
_FROM_A_PLACE = re.compile(rf"(?:of|from)\s+{UPPER}")


def _is_place(chunk: str) -> bool:
    """``Montana`` in ``from Polson, Montana, told``: a place a comma set off, not a speaker."""
    return chunk.casefold() in PLACE_NAMES


def _is_aside(chunk: str) -> bool:
    if _is_titled_name(chunk):
        return False  # "housing consultant Rita Vance" is no aside for opening with "-ing"
    words = chunk.split()
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        return False  # "Weekly Gazette Editor Bill Kerr": a capitalised run is a name, not "Meanwhile"
    if opens_clause_of(words):
        return False  # '..., though he said': "though" opens a clause with its own subject, not an aside
    lower = [word.lower() for word in words]
    # "speaking to reporters", "Speaking in Salem": a participle or adverb goes on; "Ebeling" or
    # "Kelly" alone is a name.
    participle = bool(lower) and lower[0].endswith(("ing", "ly")) and (words[0].islower() or len(words) > 1)
    # "The committee, headed by Judge Ann Lee, said": a passive participle's agent is not the subject;
    # nor is what a participle says of it ("An email from the firm, dated June 2021, warned").
    passive = len(words) > 2 and words[0].islower() and lower[1] == "by"
    reduced = len(words) > 1 and words[0].islower() and lower[0].endswith("ed")
    passive = passive or (reduced and (lower[1] in LEXICON.opening_prepositions or lower[1] in LEXICON.calendar.months))
    # "The bureau, in a memo last week, warned": a phrase of time or place set off between commas,
    # naming no one ("in the mouth of Donald Trump, who proclaimed" names the speaker) and opening no
    # clause ("in which he boasted": its subject is the speaker).
    # A weekday or a month is no one's name ("on Thursday evening").
    calendar = {*LEXICON.calendar.weekdays, *LEXICON.calendar.months}
    placed = (
        bool(words)
        and lower[0] in LEXICON.opening_prepositions
        and all(word.islower() or word.lower().rstrip(".,") in calendar for word in words)
        and not any(word in LEXICON.relative_pronouns or word in LEXICON.subject_pronouns for word in lower)
    )
    return bool(lower) and (
        lower[0] in LEXICON.aside_words or lower[0] in LEXICON.relative_pronouns or participle or passive or placed
    )


def _opens_relative_clause(chunk: str) -> bool:
    return chunk.split()[0].lower() in LEXICON.relative_pronouns


def _is_apposition(chunk: str) -> bool:
    """``a clerk``, ``56``, ``of Northridge``, ``Sanders' campaign manager``: what follows a name to
    describe it (a role in lower case, owned by someone, is a description, not a name)."""
    words = chunk.split()
    first = words[0].lower()
    if _is_name_with_article(chunk):
        return False
    if first in LEXICON.apposition_openers or first.isdigit():
        return True
    if _PARTY_AND_STATE.fullmatch(chunk):
        return True  # "R-Utah", "D-N.Y."
    if all(word.rstrip(".").lower() in LEXICON.name_suffixes for word in words):
        return True  # "Priya Natarajan, PhD, a researcher": letters after the name
    if len(words) > 2 and is_title_word(words[0]) and words[1] in LEXICON.opening_prepositions:
        return True  # "Richard Cole, MP for Brackenford and the Dales": an office and where it is held
    if len(words) > 2 and words[0].isupper() and first in LEXICON.titles and words[1] in _ROLE_PREPOSITIONS:
        return True  # "Rhys Holleran, CEO of Example Radio": an office in capitals and where it is held
    # "Jo Roe, South Carolina director for Sanders": a role after the capitalised words that qualify it.
    role_at = next((at for at, word in enumerate(words) if word[:1].islower()), 0)
    following = words[role_at + 1 : role_at + 2]
    if role_at and words[role_at] in LEXICON.titles and (not following or following[0] in _ROLE_PREPOSITIONS):
        return True
    # "Sanders' campaign manager", "Twitter's director of political advertising"
    return words[0].endswith(("'s", "’s", "s'", "s’")) and any(
        word.islower() and word in LEXICON.titles for word in words[1:]
    )


#: What may follow a role: where or for whom it is held ("director for Sanders", "head of the union").
_ROLE_PREPOSITIONS = LEXICON.opening_prepositions | {"of"}


def _is_role(chunk: str) -> bool:
    """``chairman of the board of Freedom Partners``: a role in lower case, whatever names follow it."""
    first = chunk.split()[0]
    return first.islower() and first in LEXICON.titles


def _is_description(chunk: str) -> bool:
    """Right before the verb, a chunk opening in lower case describes the name before it
    (``Matdos Santos, legal director for the ACLU of Oregon, said``); a pronoun does not."""
    first = chunk.split()[0]
    return first.islower() and first not in LEXICON.subject_pronouns and not _is_name_with_article(chunk)


def _is_name_with_article(chunk: str) -> bool:
    """``the Smithsonian Institution``: a name with its article, neither a description nor an apposition."""
    words = chunk.split()
    definite = words[0] in LEXICON.determiners and words[0] not in LEXICON.indefinite_articles  # not "a Republican"
    return definite and len(words) > 1 and all(word[:1].isupper() for word in words[1:])


# A politician's party and state after the name, as US papers print it.
_PARTY_AND_STATE = re.compile(rf"{UPPER}-{UPPER}[{CAPITAL}a-z.]*(?: {UPPER}[{CAPITAL}a-z.]*)?")


def _is_bare_name(chunk: str) -> bool:
    tokens = word_tokens(chunk)
    return bool(tokens) and all(token[0].isupper() or token in LEXICON.name_connectors for token in tokens)


#: "the base chief known as Bob", "a woman who identified herself only as Maria": a description
#: and the name it is given (a title may come with it: "identified only as Mr Patel").
_IDENTIFIED = (
    re.compile(
        r"^[^,;:.!?]{0,60}?,?\s(?:who\s+)?(?:"
        + "|".join(
            re.escape(phrase).replace(r"\ ", r"\s+")
            for phrase in sorted(LEXICON.identifying_phrases, key=len, reverse=True)
        )
        + rf")\s+(?P<name>(?-i:{UPPER})[\w.'’-]*(?:\s+(?-i:{UPPER})[\w.'’-]*){{0,3}})",
        re.I,
    )
    if LEXICON.identifying_phrases
    else re.compile(r"(?!)")
)


def identified_name(phrase: str) -> str:
    """The name a description is given after it ("the base chief known as Bob" -> "Bob"), else ""."""
    found = _IDENTIFIED.match(phrase)
    if found is None or any(word[:1].isupper() for word in phrase[: found.start("name")].split()[1:]):
        return ""  # "Ann Lee, known as Annie": a named person keeps the name given first
    name = found.group("name")
    # "... as Maria.": the full stop ends the sentence, not an initial ("as Jo R.").
    return name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name


def phrase_after(rest: str) -> str:
    """The noun phrase right after a verb: ``said Karen Ruiz, a clerk`` -> ``Karen Ruiz``;
    ``said Sen. Tom Carper of Delaware`` -> ``Sen. Tom Carper``; ``said the campaign would`` and
    ``concluded that Castell`` -> nothing (the words open the reported clause: its subject is not
    the speaker)."""
    named = identified_name(rest.lstrip())
    if named:
        return named  # "said the base chief known as Bob": the name the description is given
    phrase = _phrase_after(rest)
    words = phrase.split()
    if any(word.lower() in LEXICON.auxiliary_verbs for word in words[1:]):
        return ""
    if words and words[0].lower() in LEXICON.complementisers:
        return ""  # "concluded that Castell "...": what is reported of Castell, not his words
    return phrase


def _phrase_after(rest: str) -> str:
    in_body_name = False
    for end in END_OF_NAME_AFTER_VERB.finditer(rest):
        if end.group() == "." and _abbreviates(rest[: end.start()]):
            continue  # the stop of an initial or a title, inside the name
        phrase = rest[: end.start()].strip()
        words = phrase.split()
        if end.group().strip() in ("of", "from") and words and (phrase.islower() or all(map(is_title_word, words))):
            continue  # "said former secretary of state Jo Roe", "said Inspector-General of Police Jo Roe"
        if end.group().strip() == "for" and words and words[-1].lower() in REPRESENTATIVES:
            in_body_name = True
            continue  # "said a spokeswoman for Coastline Insurance": whose voice it is goes on
        if end.group().strip() == "of" and len(words) >= 2 and _names_a_body(words, rest[end.end() :]):
            in_body_name = True
            continue  # "according to the Office of Management and Budget": the body's name goes on
        if in_body_name and end.group().strip() in ("and", "of") and rest[end.end() :][:1].isupper():
            continue  # "the Office of Management and Budget", "a spokesperson for the National Institutes of Health"
        joined = f"{end.group().strip()} {rest[end.end() :].split(',')[0]}".strip(" .;:!?")
        if JOINED_RELATIVE.match(joined):
            return ""  # "said Ann Lee and her husband": two people, neither alone
        if end.group().strip() == "and" and words and is_title_word(words[-1]):
            # "said former Gov. and party Chairman Ed Rendell": two titles of one person, named after the second.
            return _phrase_after(rest[end.end() - 1 :])
        role = words[-1].lower() if words else ""
        named_next = rest[end.end() :].lstrip()[:1].isupper()
        if end.group() == "," and (role in LEXICON.titles or role in LEXICON.relations) and named_next:
            # "said Rubio's deputy campaign manager, Rich Beeson, who ...": the name follows the role.
            return _phrase_after(rest[end.end() :])
        return phrase
    return rest.strip()


def _names_a_body(words: list[str], after: str) -> bool:
    """``the Office`` + ``of Management``: a body's capitalised head noun, after its article, whose
    name goes on in capitals after "of", or after "of the" (``the Office of the Mayor``), unlike
    ``Sen. Tom Carper`` + ``of Delaware``."""
    head = words[-1]
    after = after.lstrip()
    if after.startswith("the "):
        after = after[4:]
    return (
        words[-2].lower() in LEXICON.determiners
        and head[:1].isupper()
        and head.lower() in LEXICON.organisation_heads
        and after[:1].isupper()
    )


# Short titles and name suffixes, which end in a full stop that does not end the sentence.
_ABBREVIABLE = LEXICON.titles | LEXICON.name_suffixes


def _abbreviates(before: str) -> bool:
    """Whether the word that ends ``before`` is an initial (``E``, ``J.J``) or a short title (``Sen``, ``Dr``)."""
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    initials = re.fullmatch(rf"(?:{UPPER}\.)+{UPPER}", word) is not None  # "J.J" of "J.J. MacNab"
    return word[:1].isupper() and (len(word) == 1 or initials or (len(word) <= 4 and word.lower() in _ABBREVIABLE))


def subject_phrase(clause: str) -> str:
    """The noun phrase a clause opens with, past an opening phrase of circumstance and a place after it:
    ``Before the vote, Ann Lee left`` and ``Speaking in Salem, New Hampshire, Lee spoke`` -> ``Ann Lee``, ``Lee``."""
    chunks = clause[past_opening(clause) :].split(",")
    words = chunks[0].split()
    while len(words) > 1 and words[0].lower() in LEXICON.leading_conjunctions:
        words = words[1:]  # "And then Trump went on the attack": the subject after the conjunctions
    chunks[0] = " ".join(words)
    role = words
    if role and role[0].lower() in LEXICON.subject_pronouns:
        return role[0]  # "Thanking his backers, he sounded a rare note, saying": the pronoun is the subject
    if len(role) > 1 and role[0].lower() in LEXICON.gendered_pronouns:
        return " ".join(role[:2])  # "his campaign sent out a text message saying": whose it is, and what
    if len(chunks) > 2 and role and role[-1] in LEXICON.titles and _is_bare_name(chunks[1]):
        return chunks[1].strip()  # "Trump's state director, Mike Rubino, wrote": the name after the role
    return leading_noun_phrase(",".join(chunks).lstrip())


def past_opening(sentence: str) -> int:
    """Where a sentence's subject may start: past an opening phrase of circumstance (``In the
    depths of the recession,``, ``Speaking in Salem,``) and the places and asides after it
    (``New Hampshire,``, ``which hosts the primary,``); 0 when the sentence opens otherwise."""
    chunks = sentence.split(",")
    if len(chunks) < 2 or not _opens_circumstance(chunks[0]):
        return 0
    at = len(chunks[0]) + 1
    for index, chunk in enumerate(chunks[1:-1], 1):
        # "Preceded at the lectern by Joe Arpaio, the Arizona sheriff, Trump launched ...": a
        # description of the name that closed the opening phrase, with the subject's name after it.
        described = (
            bool(chunk.split())
            and _is_apposition(chunk.strip())
            and chunks[index - 1].rstrip()[-1:].isalpha()
            and chunks[index - 1].split()[-1][:1].isupper()
            and chunks[index + 1].lstrip()[:1].isupper()
        )
        if not (_is_place(chunk.strip()) or _is_aside(chunk.strip()) or described):
            break
        at += len(chunk) + 1
    return at


def _opens_circumstance(chunk: str) -> bool:
    """``During the debate``, ``When it ended``, ``Speaking in Salem``: a phrase before the subject."""
    words = chunk.split()
    if words and words[0].lower() in LEXICON.leading_conjunctions:
        words = words[1:]  # "And after the court ruled, ..."
    first = words[0].lower() if words else ""
    # "Speaking at ..." but not "King" or "Manning": a participle goes on in lower case; "Dismayed
    # by ...", "Preceded at the lectern by ...": a past participle, with a preposition after it.
    participle = len(words) > 1 and (
        (first.endswith("ing") and words[1][:1].islower()) or (first.endswith("ed") and words[1] in LEXICON.stop_words)
    )
    # "Asked whether he was worried, Ban demurred": a listener's verb opens a phrase of circumstance.
    asked = first in LEXICON.listener_verbs and len(words) > 1
    # "One month after announcing his support, Rubio ...", "Hours before the vote, ...": a span of time, then when.
    timed = any(word.lower() in _TIME_RELATIONS for word in words[1:3])
    return first in LEXICON.opening_prepositions or first in LEXICON.clause_openers or participle or asked or timed


#: Words that place a span of time before or after an event ("two days after").
_TIME_RELATIONS = LEXICON.clause_openers & LEXICON.opening_prepositions


def leading_noun_phrase(sentence: str) -> str:
    """``Ann Lee was ...`` -> ``Ann Lee``; ``The Mexican government said`` -> ``The Mexican government``;
    ``GMB regional organiser Wes Tidball hit back`` -> ``GMB regional organiser Wes Tidball`` (a
    body, its role in lower case, then the name of the one who holds it)."""
    words: list[str] = []
    split = sentence.split()
    role_holder = ROLE_HOLDER.match(sentence)
    if role_holder is not None and role_holder.group().split()[-2][:1].isupper():
        return role_holder.group()  # the holder's name in two words at least: "GMB regional organiser Wes Tidball"
    if split and _AGE.fullmatch(split[0]):
        split = split[1:]  # "76-year-old Morton Blackwell": an age before the name
    for at, word in enumerate(split):
        bare = word.strip(",;:").lower()
        following = split[at + 1] if at + 1 < len(split) else ""
        if words and bare in LEXICON.organisation_heads and word[0].islower():
            if _people_of(split, at):
                break  # "The city council member who ...": people, not the body
            words.append(word)
            if following.lower() in LEXICON.titles:
                words.append(following)  # "A police spokeswoman", "The fire chief": a person, not the body
            break
        if words and all(w.lower() in LEXICON.determiners for w in words) and word[0].islower():
            # "The port authority released ...", "the sheriff's office said": a body of a kind, described
            # (not "The two police officers who ...", "the local school board member": people).
            head_at = next(
                (
                    j
                    for j in range(at + 1, min(at + _DESCRIBED_BODY_WORDS, len(split)))
                    if split[j].strip(",;:").lower() in LEXICON.organisation_heads and split[j][0].islower()
                ),
                None,
            )
            counted = head_at is not None and any(w.lower() in LEXICON.number_words for w in split[at:head_at])
            if (
                head_at is not None
                and all(w[0].islower() and w[-1].isalpha() for w in split[at:head_at])
                and not _people_of(split, head_at)
                and not counted
            ):
                words.extend(split[at : _last_of_heads(split, head_at) + 1])  # "the local school board"
                break
        # "Secretary of State Jo Roe": a connector between capitalised words is part of the phrase.
        between_capitals = bool(words) and bare in _CONNECTORS_IN_TITLES and following[:1].isupper()
        if not (word[0].isupper() or bare in LEXICON.determiners or bare in LEXICON.titles or between_capitals):
            break
        words.append(word)
        if word.endswith((",", ";", ":")):
            break  # "Dora Mbeki, head of the union": what follows the comma describes the name
    return " ".join(words)


def _last_of_heads(split: list[str], head_at: int) -> int:
    """The last of the bodies' heads standing together from ``head_at`` ("city council", "school board")."""
    while head_at + 1 < len(split) and split[head_at + 1].strip(",;:").lower() in LEXICON.organisation_heads:
        head_at += 1
    return head_at


def _people_of(split: list[str], head_at: int) -> bool:
    """Whether the body's head at ``head_at`` (with any heads right after it: "city council") is
    followed by a word for people ("member", "officers"): people described by the body's word."""
    head_at = _last_of_heads(split, head_at)
    after = split[head_at + 1].strip(",;:").lower() if head_at + 1 < len(split) else ""
    return after in LEXICON.titles or after in LEXICON.person_nouns or is_plural_of_a_noun(after)


#: How many words a description of a body may hold before its head ("the state health department").
_DESCRIBED_BODY_WORDS = 3
_LOWER_CASE_TITLES = "|".join(sorted(re.escape(title) for title in LEXICON.titles if title.isalpha()))
#: Capitalised words (a body's name, a place), then a role in lower case, up to two words qualifying
#: its title, then the name of the one who holds it: "Kremlin aide Yuri Ushakov", "GMB regional
#: organiser Wes Tidball".
ROLE_HOLDER = re.compile(
    rf"(?:{CAP_RUN.pattern})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_LOWER_CASE_TITLES})(?:\s+(?:{_LOWER_CASE_TITLES}))*"
    rf"\s+(?:{CAP_RUN.pattern})"
)


#: Words that join capitalised words of one title or name ("Secretary of State", "de la Fuente"); "of"
#: as the office rules read it (``names.name_after_office``).
_CONNECTORS_IN_TITLES = LEXICON.name_connectors | {"of"}
_AGE = re.compile(r"\d+-years?-old,?")
