"""Whom the words next to a speech verb name: a table of rules, tried in order.

A rule looks at the phrase (``he``, ``the ministry``, ``Sheriff Ann Lee of Kern County``) and
the discourse so far, and either passes (``None``: not its kind of phrase) or answers with a
:class:`Resolution`: the speaker (``None`` when the phrase is its kind but names no one) and
the facts the reader learns from it, which the attribution pass applies. Rules never change
the discourse themselves.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ...text.script import UPPER
from ..metadata import is_outlet_name, known_outlet, named_as_outlet
from .cues import (
    CONTRACTION_ENDING,
    FEMALE_PRONOUN,
    GENDERED_PRONOUNS,
    GIVEN_NAMES,
    JOINED_PARTICLE,
    LEXICON,
    MALE_PRONOUN,
    MAX_SPEAKER_WORDS,
    PLACE_NAMES,
    REPRESENTATIVES,
)
from .discourse import (
    PRONOUN_REACH_PARAGRAPHS,
    Body,
    DiscourseQueries,
    DocumentOwner,
    Fact,
    Gender,
    Mention,
    SpeakingOrganisation,
)
from .names import (
    BODY_KINDS,
    People,
    ends_like_a_body,
    is_named_like_a_body,
    is_plural_of_a_noun,
    is_title_word,
    name_after_office,
    opens_with_given_name,
    possessive_stem,
    strip_to_name,
    word_tokens,
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """The words that may name a speaker, and where their speech verb is."""

    tokens: tuple[str, ...]
    lower: tuple[str, ...]
    paragraph: int
    #: Offset of the speech verb in its paragraph.
    position: int
    #: Offset of the phrase: what the sentence's own opening taught is not known before it.
    start: int
    #: Whom a pronoun speaker cannot mean: the person the verb is addressed to ("he told Rubio"), and
    #: anyone the sentence names after the verb ("he calls Christie's endorsement ...").
    not_meant: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Resolution:
    speaker: str | None
    #: What the reader learns from the phrase, for the attribution pass to apply.
    learned: tuple[Fact, ...] = ()


#: Longest definite description read as one person ("the former secretary of state").
MAX_DESCRIPTION_WORDS = 6

Rule = Callable[[Phrase, DiscourseQueries, People], "Resolution | None"]


def _pronoun(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``he said``: the last person of that gender (where known) who spoke or opened a sentence."""
    if len(phrase.tokens) != 1 or phrase.lower[0] not in GENDERED_PRONOUNS:
        return None
    resolution = _through_pronoun(phrase.lower[0], phrase, discourse, lambda person: person)
    person = resolution.speaker
    if person is not None and (is_named_like_a_body(person) or ends_like_a_body(person.split())):
        # "Sandy Hook wasn't just a national tragedy. "...," he added": a place or a body opening the
        # sentence before (the article names it "Sandy Hook Elementary School") is no "he".
        return Resolution(None)
    return resolution


def _it(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``it said``: the last organisation that spoke."""
    if phrase.lower != ("it",):
        return None
    # "The union said it would fight a plan which it called "...": the body its own sentence opens
    # with, before any that spoke earlier.
    subject = people.body_opening(phrase.paragraph, phrase.position, sentence_only=True)
    if subject is not None:
        return _speaking_body(subject, phrase)
    spoke = discourse.latest_organisation(phrase.paragraph, phrase.position)
    if spoke is not None:
        return Resolution(spoke)
    # "Retailer Mervin & Lyle will close 45 stores, it said": no body spoke yet, so the one the
    # sentence (or the one before) opens with.
    opening = people.body_opening(phrase.paragraph, phrase.position)
    return _speaking_body(opening, phrase) if opening else Resolution(None)


def _title_of_a_body(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the chief of police``, ``the Secretary of State``, ``the attorney general of Texas``, ``the
    Bank of Canada Governor``: a title of what it heads is a person, never the body ("the president
    of the union" is not the union; "the Office of the Governor" is an office). Whom the article
    gives that title with no other words than the phrase's ("Secretary of State Ann Vold", "Police
    Chief Marcus Bell", "Governor Claire Dubois", "The Speaker, Sir Graham Pell,", but not "Fire
    Chief Dan Rees" nor "Deputy Police Chief Tom Ashe" for "the chief of police"); else no one."""
    lower = phrase.lower
    if lower[0] != "the" or "of" not in lower[2:] or any(_is_possessive(word) for word in lower):
        return None
    of = lower.index("of", 2)
    owner = [word for word in lower[of + 1 :] if word not in LEXICON.determiners]
    if not owner or owner[0] in LEXICON.number_words or owner[0].isdigit():
        return None  # "the mother of three": a count, not what a title heads
    if lower[of - 1] in LEXICON.titles and lower[of - 1] not in LEXICON.relations:
        head = lower[of - 1]
    else:
        # "the Department of Justice Inspector General": a body's name, then the title of its head (of
        # two words at most: "justice" is a title too); not "the Office of the State Attorney", the
        # office of whoever holds that title.
        titles_at_end = next((at for at, word in enumerate(reversed(owner[-2:])) if word not in LEXICON.titles), 2)
        if not (0 < titles_at_end < len(owner)) or lower[of + 1] in LEXICON.determiners:
            return None
        if not phrase.tokens[-titles_at_end - 1][:1].isupper():
            return None
        head = lower[-1]
    named = strip_to_name(trailing_capitalised(list(phrase.tokens)))
    if len(named) > 1 and opens_with_given_name(named) and people.is_person_name(" ".join(named)):
        return None  # "the head coach of the team, Marcus Flynn": the name given with the title
    holder = people.by_role(" ".join(lower[1:])) or people.holder_of(head, frozenset(lower) - LEXICON.determiners)
    if holder is None and lower[of - 1] == head and phrase.tokens[-1][:1].isupper():
        return None  # "the head of the IMF": a capitalised description, read as one (see _person)
    return Resolution(holder)


def _body_by_its_last_words(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the port authority``, ``the sheriff's office``: the body named before whose name ends in
    these words, capitalised ("Kestrel Bay Port Authority")."""
    lower = phrase.lower
    if len(lower) < 3 or lower[0] != "the" or lower[-1] not in LEXICON.organisation_heads:
        return None
    if any(not token[:1].islower() for token in phrase.tokens[1:]):
        return None
    named = people.body_named_before(lower[-1], phrase.paragraph, phrase.position)
    if named is None or tuple(named.casefold().split()[1 - len(lower) :]) != lower[1:]:
        return None
    return _speaking_body(named, phrase)


def _shortened_body(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``Bayview General said`` after "Bayview General Hospital": a body named in full before, its
    name cut short (not a person: "Ann Lee" never shortens "Ann Lee Foundation")."""
    tokens = list(phrase.tokens)
    if len(tokens) < 2 or not all(token[:1].isupper() for token in tokens) or opens_with_given_name(tokens):
        return None
    # A name that already ends like a body's ("Northgate Airways", "Westshire Police", "Harwood
    # Stores") or is a place ("New Zealand") is whole, though a union or a foundation bears it too.
    if ends_like_a_body(tokens) or " ".join(phrase.lower) in PLACE_NAMES:
        return None
    whole = people.body_extending(" ".join(tokens), phrase.paragraph, phrase.position)
    return _speaking_body(whole, phrase) if whole else None


def _relation(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``his family said``, ``Tom Osei's lawyer said``: named through the person the pronoun or the
    possessive means; never a "he" later."""
    if len(phrase.tokens) >= 2 and phrase.lower[-1] in LEXICON.relations and _is_possessive(phrase.tokens[-2]):
        owner = [*phrase.tokens[:-2], phrase.tokens[-2][:-2]]
        name = " ".join(strip_to_name(owner))
        if name and len(name.split()) == len(owner) and people.is_person_name(name):
            named = people.named_relation(people.fullest(name), phrase.lower[-1])  # "his wife, Anouk Reyes"
            if named is not None:
                return Resolution(named)
            speaker = f"{people.fullest(name)}'s {phrase.lower[-1]}"
            return Resolution(speaker, (Body(speaker),))  # a body for pronouns: "he" is not the lawyer's client
    lower = phrase.lower
    kin = len(lower) > 1 and (lower[1] in LEXICON.family_relations or lower[1] in LEXICON.kin_groups)
    if len(lower) >= 4 and lower[0] == "the" and kin and lower[2] == "of":
        # "the family of 17-year-old Callum said": named through whose they are, as "Callum's family"
        # (not "the Office of Finance", a body's name).
        name = " ".join(strip_to_name(trailing_capitalised(list(phrase.tokens[3:]))))
        if name and people.is_person_name(name):
            speaker = f"{people.fullest(name)}'s {phrase.lower[1]}"
            return Resolution(speaker, (Body(speaker),))
    if (
        len(phrase.tokens) != 2
        or phrase.lower[0] not in LEXICON.gendered_pronouns
        or phrase.lower[1] not in LEXICON.relations
    ):
        return None
    pronoun = LEXICON.gendered_pronouns[phrase.lower[0]]
    relation = phrase.lower[1]
    whose = discourse.pronoun_antecedent(pronoun, phrase.paragraph, phrase.position, phrase.not_meant)
    named = people.named_relation(whose, relation) if whose is not None else None
    if whose is not None and named is not None:
        return Resolution(named, (Gender(whose, pronoun, certain=False),))
    return _through_pronoun(pronoun, phrase, discourse, lambda owner: f"{owner}'s {relation}", body=True)


def _person_noun(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the woman said``, ``the father of two said``: the person "she" or "he" would mean there."""
    lower = phrase.lower
    if len(lower) == 3 and phrase.tokens[1].isalpha() and phrase.tokens[1].islower() and lower[2] in _PERSON_NOUNS:
        if is_title_word(lower[1]) or lower[1] in LEXICON.number_words or lower[1] in LEXICON.stop_words:
            return None
        lower = (lower[0], lower[2])  # "the old man said", "the young woman said": the noun decides
    if lower[0] != "the" or not (len(lower) == 2 or (len(lower) == 4 and lower[2] == "of")):
        return None
    pronoun = _PERSON_NOUNS.get(lower[1])
    if pronoun is None:
        return None
    # "Kerry-Ann Dillane, a mother of three, said ... || "...," the mother of three said": the one
    # person named just before, described so (not someone unnamed, whatever the lists know of her name).
    latest = discourse.described_person(phrase.paragraph, phrase.position)
    if latest is not None and people.described_just_before(lower[1:], phrase.paragraph, phrase.position) == latest:
        return Resolution(latest)
    if pronoun not in GENDERED_PRONOUNS or people.introduces_someone_unnamed(phrase.paragraph, phrase.start):
        return Resolution(None)  # "a young child ... asked the boy": maybe no one the article names
    return _through_pronoun(pronoun, phrase, discourse, lambda person: person)


_PERSON_NOUNS = {**LEXICON.family_relations, **LEXICON.person_nouns}


def _aged(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the 34-year-old mother of three said``, ``says the 40-year-old``, ``the 31-year-old Swede``:
    a person described by age is the person "she" or "he" (by the noun, where it says) would mean."""
    lower = phrase.lower
    if len(lower) < 3 or lower[0] != "the" or not lower[1].isdigit() or not _AGE_UNIT.fullmatch(lower[2]):
        return None
    described = lower[3:]
    if len(described) > MAX_DESCRIPTION_WORDS:
        return None
    aged = people.by_age(int(lower[1]))
    if aged is not None and aged.lower() not in described:
        return Resolution(aged)  # the one person the article gives that age (not "31-year-old Swede" itself)
    head = described[described.index("of") - 1] if "of" in described[1:] else (described[-1] if described else "")
    pronoun = _PERSON_NOUNS.get(head)
    if pronoun in GENDERED_PRONOUNS:
        return _through_pronoun(pronoun, phrase, discourse, lambda person: person)
    if is_title_word(head):
        return None  # "the 54-year-old mayor": the person in that role (a later rule)
    # No gender to go by: the person this paragraph or the one before is about, as for a description
    # ("the former governor"); the article gives no one else that age.
    return Resolution(discourse.described_person(phrase.paragraph, phrase.position))


#: What follows the number of an age written with hyphens, as the tokens read it ("31", "year-old").
_AGE_UNIT = re.compile(r"(?:year|month|week|day)s?-old")


def _is_possessive(word: str) -> bool:
    return _is_possessive_word(word) and word[:1].isupper()


def _is_possessive_word(word: str) -> bool:
    return possessive_stem(word) is not None


def _press(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the newspaper wrote``, ``the paper's editorial board said``, ``the editors wrote``: the news
    outlet the article last named (``a newspaper`` is none the article named)."""
    lower = [word.removesuffix("'s").removesuffix("’s") for word in phrase.lower]
    if lower[0] != "the" or len(lower) > MAX_DESCRIPTION_WORDS or any(t[0].isupper() for t in phrase.tokens[1:]):
        return None
    if not any(" ".join(lower[-size:]) in _PRESS_WORDS for size in (1, 2) if len(lower) > size):
        return None
    outlet = people.outlet_named_before(phrase.paragraph, phrase.start)
    return None if outlet is None else _speaking_body(outlet, phrase)


_PRESS_WORDS = frozenset(LEXICON.press_words)


def _owned_document(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``Lee's fundraising email to supporters notes``, ``his letter says``: a document its owner
    wrote speaks for its owner (not ``Lee's indictment``, which is about Lee)."""
    at = next((i for i, word in enumerate(phrase.lower) if word in LEXICON.authored_documents), None)
    after = phrase.lower[at + 1 :] if at is not None else ()
    if not at or (after and after[0] not in _ADDRESSED | _WHEN):
        return None  # nothing after the document but whom it went to or when: "... email to supporters"
    owner_end = next(
        (i for i in range(at) if _POSSESSIVE.search(phrase.tokens[i]) or phrase.lower[i] in _PRONOUN_OWNERS), None
    )
    if owner_end is None or not all(word.islower() for word in phrase.tokens[owner_end + 1 : at]):
        return None
    if phrase.lower[owner_end] in _PRONOUN_OWNERS:
        if owner_end != 0:
            return None
        return _through_pronoun(LEXICON.gendered_pronouns[phrase.lower[0]], phrase, discourse, lambda owner: owner)
    owner = [*phrase.tokens[:owner_end], _POSSESSIVE.sub("", phrase.tokens[owner_end])]
    inner = owner[1:-1]  # "Minnesota Management and Budget's": a body's name holds small words
    if not (
        owner[0][:1].isupper()
        and owner[-1][:1].isupper()
        and all(token[:1].isupper() or token in LEXICON.organisation_connectors for token in inner)
    ):
        return None  # "the city's statement": a body written in lower case, read by the later rules
    if any(token in LEXICON.organisation_connectors for token in inner):
        name = " ".join(owner[1:] if owner[0].lower() in LEXICON.determiners else owner)
        return _speaking_body(name, phrase)
    name = " ".join(strip_to_name(owner))
    if not name:
        return None
    if people.is_person_name(name):
        return Resolution(people.fullest(name))
    return _speaking_body(name, phrase)


_POSSESSIVE = re.compile(r"(?<=s)['’]$|['’]s$")
_PRONOUN_OWNERS = frozenset(LEXICON.gendered_pronouns)
_ADDRESSED = LEXICON.listener_prepositions | {"from"}
#: What may say when a document was written, after it ("'s report at the time cautioned").
_WHEN = LEXICON.time_words | {"at"}


def _document(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the statement said``: whoever last spoke, of any kind; ``the iSight report said``,
    ``according to a Pentagon readout``: the body or person the document is named after."""
    indefinite = phrase.lower[0] in LEXICON.indefinite_articles
    if phrase.lower[0] == "the" or indefinite:
        issued = _issued_by(phrase, people)
        if issued is not None:
            return issued
    if (phrase.lower[0] != "the" and not indefinite) or phrase.lower[-1] not in LEXICON.documents:
        return None
    owner = phrase.tokens[1:-1]
    document = phrase.lower[-1]
    if owner and not any(token.islower() for token in owner):  # "iSight", "White House": names
        name = " ".join(owner)
        mention = Mention(phrase.paragraph, phrase.position, name)
        return Resolution(name, (Body(name), DocumentOwner(document, mention)))
    if indefinite:  # "a statement said": nobody the article has named
        return None
    role = _POSSESSIVE.sub("", phrase.lower[1])
    if owner and _is_possessive_word(phrase.tokens[1]) and phrase.tokens[1].islower() and is_title_word(role):
        # "the referee's match report": the report of whoever holds that role ("Referee Themba
        # Ngcobo"), not whoever issued something last; no one when the article gives the role to no one.
        return Resolution(person_in_role([role], phrase.paragraph, phrase.position, discourse, people))
    return Resolution(
        discourse.document_owner(document, phrase.paragraph, phrase.position)
        or discourse.latest_issuer(phrase.paragraph, phrase.position)
    )


def _issued_by(phrase: Phrase, people: People) -> Resolution | None:
    """``a statement from Fox News``, ``the report by Sen. Ann Lee``, ``a court document filed by state
    attorney Dave Aronberg``: whom the document is from."""
    lower = phrase.lower
    document = next((at for at in range(1, min(len(lower), 5)) if lower[at] in LEXICON.documents), None)
    # "a court document", "a Feb. 1 letter": what kind of document, or when it was written.
    if document is None or any(word[:1].isupper() and not _is_date_word(word) for word in phrase.tokens[1:document]):
        return None
    after = document + 1
    if after < len(lower) and not _origin_words(lower, after) and lower[after].endswith(_PARTICIPLE_ENDINGS):
        after += 1  # "filed by", "issued by", "written by"
        while after < len(lower) - 1 and (_is_date_word(phrase.tokens[after]) or lower[after] == "on"):
            after += 1  # "released Tuesday by", "published on March 9 by"
    origin = _origin_words(lower, after)
    if not origin or after + origin >= len(lower):
        return None
    owner = list(phrase.tokens[after + origin :])
    if owner and owner[0].lower() in LEXICON.indefinite_articles and owner[-1][:1].islower():
        return Resolution(None)  # "a memo attributed to a senior Treasury official": someone unnamed
    if owner and owner[0].lower() == "the":
        owner = owner[1:]
    if owner and owner[0].islower():
        # "state attorney Dave Aronberg": the name after the role; "the state Office of Prison
        # Oversight", "staff of the Alliance for Harbor Trade": the body's whole name, its
        # connectors within it.
        first = next((at for at, token in enumerate(owner) if token[0].isupper()), len(owner))
        # "deputy director Kayla Roe in April": the first name after the role (past capitals that
        # describe a role, "former Harlow councillor Ann Lee"), not the phrase's last capitals.
        owner = owner[_past_described_roles(owner, first) :]
    # "from the American Legion obtained by The Associated Press": the name ends at a lower-case word.
    owner = list(itertools.takewhile(lambda t: t[0].isupper() or t in LEXICON.organisation_connectors, owner))
    while owner and owner[-1] in LEXICON.organisation_connectors:
        owner.pop()
    if not owner or not all(token[0].isupper() or token in LEXICON.organisation_connectors for token in owner):
        return None
    if _is_possessive(owner[-1]):
        owner[-1] = owner[-1][:-2]  # "a statement from Gov. Sam Moss's office": the office speaks for him
    name = " ".join(strip_to_name(owner))
    # A later "the report said" is this document again, whoever spoke in between.
    kind = lower[document]
    if name and people.is_person_name(name) and not _is_body_name(owner):
        person = people.fullest(name)
        return Resolution(person, (DocumentOwner(kind, Mention(phrase.paragraph, phrase.position, person)),))
    body = known_outlet(" ".join(owner)) or " ".join(owner)
    return Resolution(body, (Body(body), DocumentOwner(kind, Mention(phrase.paragraph, phrase.position, body))))


def _origin_words(lower: Sequence[str], at: int) -> int:
    """How many words at ``at`` link a document to whom it is from ("from", "attributed to"); 0 if none."""
    for origin in _DOCUMENT_ORIGINS:
        if tuple(lower[at : at + len(origin)]) == origin:
            return len(origin)
    return 0


_DOCUMENT_ORIGINS = tuple(tuple(origin.split()) for origin in LEXICON.document_origins)


def _past_described_roles(tokens: list[str], start: int) -> int:
    """Where the name starts at or after ``start``, past capitalised words followed by a role in
    lower case ("Harlow councillor", "Treasury official")."""
    at = start
    while at < len(tokens):
        end = at
        while end < len(tokens) and tokens[end][:1].isupper():
            end += 1
        if end < len(tokens) and is_title_word(tokens[end]):
            following = next((i for i in range(end, len(tokens)) if tokens[i][:1].isupper()), None)
            if following is None:
                return at
            at = following
            continue
        return at
    return start


def _is_date_word(word: str) -> bool:
    bare = word.rstrip(".").lower()
    return bare in LEXICON.calendar.months or bare in LEXICON.calendar.weekdays or word[:1].isdigit()


#: Longest phrase naming a document and whom it is from.
_MAX_DOCUMENT_PHRASE_WORDS = 2 * MAX_SPEAKER_WORDS

#: How a past participle between a document and "by" ends ("filed", "written", "drawn").
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")


#: Words after the word that heads a body's name: "Bank of England", "Centers for Disease Control"
#: (the connectors of a body's name that join no two names: not "and", nor an article).
_HEAD_BEFORE = LEXICON.organisation_connectors - LEXICON.coordinators - LEXICON.determiners


def _name_head(lower: Sequence[str]) -> str:
    """The word that heads a name, lower case: its last when that is a body's head in lower case
    ("Rourke for Mayor campaign"), else the one before its first "of", "for" or "on" ("Centers for
    Disease Control", "Bank of England"), else its last."""
    if lower[-1] in LEXICON.organisation_heads:
        return lower[-1]  # "the Rourke for Mayor campaign": a head in lower case ends the name
    joined_at = _first_connector(lower)
    return lower[joined_at - 1] if joined_at is not None else lower[-1]


def _first_connector(words: Sequence[str]) -> int | None:
    """Where the first word joining a body's head to the rest of its name is ("Bank *of* England")."""
    return next((at for at, word in enumerate(words) if at and word.lower() in _HEAD_BEFORE), None)


def _person_of_a_body(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``Dev Mahal of the New Democratic Party``, ``Ann Lee from Human Rights Watch``: a person's
    name and the body the person is of: the person speaks, not the body."""
    of = next((at for at in range(2, 4) if at < len(phrase.lower) and phrase.lower[at] in ("of", "from")), None)
    if of is None or not all(t[:1].isupper() for t in phrase.tokens[:of]):
        return None
    if _named_organisation(replace(phrase, tokens=phrase.tokens[:of], lower=phrase.lower[:of]), discourse, people):
        return None  # "Mary Kay Foundation of ...": a body's own name
    person = " ".join(phrase.tokens[:of])
    # Not "Former Secretary of State Nora Lindqvist": an office, what it is of, then the name.
    if list(strip_to_name(list(phrase.tokens[:of]))) != list(phrase.tokens[:of]) or not people.is_person_name(person):
        return None
    return resolve_speaker(person, phrase.paragraph, phrase.position, discourse, people, phrase.not_meant, phrase.start)


def _named_organisation(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the Mexican government``, ``Mexico's Interior Ministry``, ``Customs and Border Protection``,
    ``the Department of Defense``: a named body (some word capitalised) headed by an organisation word
    (not "A Carrow Falls newspaper", some paper of a place the article does not name)."""
    if phrase.lower[0] in LEXICON.indefinite_articles:
        return None
    words = phrase.tokens[1:] if phrase.lower[0] == "the" else phrase.tokens
    if len(words) > 1 and words[0][:1].islower() and _is_possessive_word(words[0]):
        words = words[1:]  # "the university's Research Integrity Committee": the body, whose it is aside
    if not words or not any(w[0].isupper() for w in words):
        return None
    lower = [w.lower() for w in words]
    head = _name_head(lower)
    # "Meridian Crossing Pipeline LLC": a firm named with its legal form, as with a trade word.
    legal_form = head.rstrip(".") in LEXICON.company_suffixes
    body_head = head in LEXICON.organisation_heads or ((head in LEXICON.trade_words or legal_form) and len(words) > 1)
    # "President Trump's administration" opens with a person's title and "Supreme Court justice" ends
    # with one; inside a body's name a title word is the name's ("Hollybrook General Hospital"), and
    # so is one after what the body's head is of ("the Office of the Governor").
    ends_with_title = lower[-1].rstrip(".") in LEXICON.titles and not _office_of_a_title(words)
    if not body_head or lower[0].rstrip(".") in LEXICON.titles or ends_with_title:
        return None
    if len(words) == 1 and is_plural_of_a_noun(lower[0]):
        return None  # "Prosecutors said": a group of people opening the sentence, not a body's name
    if not all(
        word[0].isupper() or w in LEXICON.organisation_connectors or w in LEXICON.organisation_heads
        for word, w in zip(words, lower, strict=True)
    ):
        return None
    return _speaking_body(" ".join(words), phrase)


def _office_of_a_title(words: Sequence[str]) -> bool:
    """``Office of the Attorney General``, ``Department of Justice``: a body named after whoever holds
    a title, the title's words capitalised after the connector (not "Bank of England Governor")."""
    joined_at = _first_connector(words)
    if joined_at is None:
        return False
    title = list(words[joined_at + 1 :])
    if title[:1] == ["the"]:
        title = title[1:]
    return bool(title) and all(word[:1].isupper() and word.lower().rstrip(".") in LEXICON.titles for word in title)


def _body_named_after_its_kind(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the rights group Harbor Watch said``, ``said the engineering firm Ortiz and Daughters``: a
    body's name right after a word for its kind in lower case (not "the campaign manager Jo Roe",
    whose name follows a role)."""
    tokens = phrase.tokens
    at = next((i for i, token in enumerate(tokens) if token in BODY_KINDS), None)
    if at is None or at + 1 >= len(tokens) or not tokens[at + 1][:1].isupper():
        return None
    described = list(phrase.lower[:at])
    if described and described[0] in LEXICON.determiners:
        described = described[1:]
    # Words describing the kind ("rights", "residents'"), not a representative's ("a spokesman for").
    if any(word in LEXICON.stop_words or word in LEXICON.relations for word in described):
        return None
    # "the UN refugee agency UNHCR": an initialism may describe the kind too.
    if not all(token.islower() or token.isupper() for token in tokens[1:at]):
        return None
    name = tokens[at + 1 :]
    if not all(token[:1].isupper() or token in LEXICON.organisation_connectors for token in name) or name[-1].islower():
        return None
    if any(is_title_word(token) for token in name) or opens_with_given_name(name[1:]):
        return None  # "the party Chairman Jo Roe", "prison Warden Tom Burke": a person (not "group Ted Baker")
    if all(_is_date_word(token) for token in name):
        return None  # "The company Monday announced": when, not which company
    return _speaking_body(" ".join(name), phrase)


def _kind_representative(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``a university spokeswoman said``, ``an agency spokesman said``: the voice of the body of that
    kind the article named before ("Eastmoor University said ..."); no one when it named none."""
    opens_with_article = phrase.lower[0] in LEXICON.indefinite_articles | LEXICON.determiners
    lower = list(phrase.lower[1:] if opens_with_article else phrase.lower)
    if len(lower) != 2 or lower[0] not in LEXICON.organisation_heads or lower[1] not in REPRESENTATIVES:
        return None
    if not phrase.tokens[-2].islower():
        return None  # "a BP spokesman": the body by its name (a later rule)
    head = lower[0]
    body = discourse.latest_organisation(phrase.paragraph, phrase.position, head=head) or people.body_named_before(
        head, phrase.paragraph, phrase.start
    )
    return _voice(body, lower[1]) if body is not None else Resolution(None)


def _the_representative(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the spokesman said`` after "A spokesman for Harlow Energy said ...": the body's voice who just
    spoke (as far back as a pronoun reaches), when the article names no one with that role and no
    other spokesman came up in between."""
    if len(phrase.lower) != 2 or phrase.lower[0] not in LEXICON.determiners or phrase.lower[1] not in REPRESENTATIVES:
        return None
    if people.by_role(phrase.lower[1]) is not None:
        return None  # "spokesman Jo Roe" somewhere: the person in that role (a later rule)
    # As far back as a pronoun reaches: the body's voice may speak on through a quotation of its own.
    issuer = discourse.latest_issuer_mention(phrase.paragraph, phrase.position, reach=PRONOUN_REACH_PARAGRAPHS)
    if issuer is None or issuer.person.lower().split()[-1] != phrase.lower[1]:
        return None
    since = people.text_between((issuer.paragraph, issuer.position), (phrase.paragraph, phrase.start))
    if re.search(rf"\b{re.escape(phrase.lower[1])}\b", since, re.I):
        return Resolution(None)  # "The union's spokesman disagreed": another body's came between
    return Resolution(issuer.person)


def _a_representative(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``a spokeswoman said`` right after "Lakeshore Hospital has suspended visiting": the voice of
    the body the sentence, or the one before, opens with (as "it said" would mean it); no one when
    no body opens them."""
    if len(phrase.lower) != 2 or phrase.lower[0] not in LEXICON.indefinite_articles:
        return None
    if phrase.lower[1] not in REPRESENTATIVES:
        return None
    opening = people.body_opening(phrase.paragraph, phrase.position)
    return _voice(opening, phrase.lower[1]) if opening is not None else Resolution(None)


def _representative_of_a_kind(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``a spokeswoman for the supplier said`` after "Meridale Energy said ...": the voice of the body
    "the supplier" would mean there (see ``_organisation_by_kind``); no one when it means none."""
    words = _without_determiner(list(phrase.lower))
    if not _speaks_for(words) or words[2:3] != ["the"] or len(words) != 4 or words[3] not in _KIND_WORDS:
        return None
    kind = replace(phrase, tokens=("the", words[3]), lower=("the", words[3]))
    body = _organisation_by_kind(kind, discourse, people)
    return _voice(body.speaker, words[0]) if body is not None and body.speaker else Resolution(None)


def _voice(body: str, role: str) -> Resolution:
    """``Harlow Council`` + ``spokeswoman``: a body's unnamed voice, itself no person "he" or "she" means."""
    speaker = f"{body} {role}"
    return Resolution(speaker, (Body(speaker),))


def _described_body(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``Save Our Bridge said``, after "Save Our Bridge, a residents' group,": a name the article
    calls a body in an apposition, with no word for one in it."""
    words = phrase.tokens[1:] if phrase.lower[0] == "the" else phrase.tokens
    name = " ".join(words)
    if not words or not all(word[:1].isupper() for word in words) or not people.is_described_as_body(name):
        return None
    return _speaking_body(name, phrase)


def _speaking_body(name: str, phrase: Phrase) -> Resolution:
    """A named body spoke here: never what "he" or "she" means, and what "it said" may mean later."""
    return Resolution(name, (Body(name), SpeakingOrganisation(Mention(phrase.paragraph, phrase.position, name))))


def _news_outlet(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``The Washington Post reported``: a news outlet, in the bundled list or named as one, speaks as a body."""
    classified = _outlet_by_press_word(phrase)
    if classified is not None:
        return _speaking_body(classified, phrase)
    # As a name is written: "the diplomat said" is no word for The Diplomat, "the hill" for The Hill.
    if not all(
        token[:1].isupper() or token.lower() in LEXICON.determiners or token in LEXICON.organisation_connectors
        for token in phrase.tokens
    ):
        return None
    name = known_outlet(" ".join(phrase.tokens))
    if name is None and phrase.lower[0] == "the" and named_as_outlet(phrase.tokens[1:]):
        name = " ".join(phrase.tokens[1:])  # "the Sunday Courant": a person's name never takes "the"
    return None if name is None else _speaking_body(name, phrase)


def _outlet_by_press_word(phrase: Phrase) -> str | None:
    """``the Harbor Times newspaper``, ``the nationalist Global Times tabloid``: a capitalised name
    that a word for the press after it, in lower case, says is an outlet (lower-case words describing
    it before; not "a Baton Rouge newspaper", a paper of a place, nor "The New York Times Magazine")."""
    definite = phrase.lower[0] in LEXICON.determiners and phrase.lower[0] not in LEXICON.indefinite_articles
    if not definite or len(phrase.tokens) < 3:
        return None
    words = list(phrase.tokens[1:])
    if not words[-1].islower() or words[-1] not in _PRESS_WORDS:
        return None
    name = list(itertools.dropwhile(lambda word: word.islower(), words[:-1]))
    if not name or not all(word[:1].isupper() or word in LEXICON.organisation_connectors for word in name):
        return None
    joined = " ".join(name)
    if joined.casefold() in PLACE_NAMES:
        return None
    # "the Spanish newspaper", "the Murdoch tabloid": no paper's name.
    return known_outlet(joined) or (joined if is_outlet_name(joined) else None)


def _initialism(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``NATO said``, ``the FBI said``: a body known by its initials (not a title such as ``CEO``)."""
    words = phrase.tokens[1:] if phrase.lower[0] == "the" else phrase.tokens
    if len(words) != 1 or not _INITIALISM.fullmatch(words[0]) or words[0].lower() in LEXICON.titles:
        return None
    if people.writes_in_lower_case(words[0]) and words[0].lower() not in LEXICON.stop_words:
        # "THE CLAIM:" over a fact check: a word in capitals, not a body's initials (but "the WHO
        # said" where the article writes "who" too).
        return None
    return _speaking_body(words[0], phrase)


_INITIALISM = re.compile(rf"{UPPER}{{2,6}}")


#: The kinds of a body named in one word ("the agency": authority, commission, ...), lower case.
_ONE_WORD_KINDS = {
    head: frozenset(kind.lower() for kind in kinds if " " not in kind)
    for head, kinds in LEXICON.organisation_kinds.items()
    if any(" " not in kind for kind in kinds)
}


def _organisation_by_kind(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``the ministry said``: the last organisation of that kind the article named as speaking, else
    the last it named at all."""
    bare = len(phrase.lower) == 1 and phrase.lower[0] in LEXICON.bodies_without_article
    if (phrase.lower[0] != "the" and not bare) or _role_from_a_place(phrase.lower) is not None:
        return None
    head = phrase.lower[-1]
    # "the Coldbrook Valley School District said ... "...," the district said": the one who just spoke,
    # named with the very word the description uses (not "Councillor Tom Judge", a person).
    issuer = discourse.latest_issuer(phrase.paragraph, phrase.position)
    named_so = issuer if issuer and issuer.lower().split()[-1] == head and _unlike_a_person(issuer, people) else None
    if head not in LEXICON.organisation_heads:
        return _speaking_body(named_so, phrase) if named_so and len(phrase.lower) == 2 else None
    if any(_is_possessive_word(word) for word in phrase.lower[1:-1]):
        return Resolution(None)  # "the governor's office said": whose office it is, not the last office named
    spoke = discourse.latest_organisation(phrase.paragraph, phrase.position, head=head)
    if spoke is None:
        # "A tenants' group, the Greater Hallam Renters Union, said … "…," the group said": the body
        # that spoke last, if the article called it by that word (not a "Castellan Property Group"
        # named after it).
        latest = discourse.latest_organisation(phrase.paragraph, phrase.position)
        called = latest is not None and people.is_called(latest, head, phrase.paragraph, phrase.position)
        spoke = latest if called else None
    if spoke is not None:
        return Resolution(spoke)
    # "The Illinois State Board of Elections ruled ... "...," the board said": the body the article
    # last named with that word, speaking or not; else the last of that kind that spoke, its name
    # ending in a one-word kind of it ("the agency": the "Kestrel Bay Transit Authority" spoke, a
    # fire department was only named since); else the last of that kind named.
    named = people.body_named_before(head, phrase.paragraph, phrase.position, kinds=False)
    if named is None and head in _ONE_WORD_KINDS:
        named = discourse.latest_organisation(phrase.paragraph, phrase.position, head=_ONE_WORD_KINDS[head])
    named = named or people.body_named_before(head, phrase.paragraph, phrase.position)
    if named is None and head in LEXICON.generic_bodies:
        # "United Gun Group said ... "...," the organization wrote": a word for any body means the body
        # that last spoke.
        latest = discourse.latest_organisation(phrase.paragraph, phrase.position)
        # A paper reports, it is no "group" (listed or named as an outlet: "the Corran Valley Dispatch").
        not_outlet = latest and known_outlet(latest) is None and not named_as_outlet(latest.split())
        named = latest if not_outlet and latest and _may_be_called(latest, head, phrase, people) else None
    named = named or named_so  # "the Harbor Trust said ... "...," the trust said"
    if named is None and head in LEXICON.generic_bodies and issuer and _no_person(issuer, people):
        # "Harwell Appliances said ... The company said": the one who just spoke, if no person nor
        # paper, and named more than once (what the story is about: a union named once to answer
        # the firm, '"...," Unite said', is not "the company").
        named_again = people.mentions_before(issuer, phrase.paragraph, phrase.position) >= _TOPIC_MENTIONS
        outlet = known_outlet(issuer) or named_as_outlet(issuer.split())
        named = issuer if named_again and not outlet and _may_be_called(issuer, head, phrase, people) else None
    return _speaking_body(named, phrase) if named else Resolution(None)


def _may_be_called(name: str, head: str, phrase: Phrase, people: People) -> bool:
    """Whether a word for any body (``head``: "the company") may mean ``name``: a word for a business
    not when the name says the body is another kind ("the Coastal Fisheries Board": a board, not
    "the company"), unless it is a company's ending ("Trevane Pharmaceuticals") or the article called
    it so in an apposition."""
    kind = name.split()[-1].casefold().rstrip(".")
    if head not in LEXICON.business_words or kind == head or kind not in LEXICON.organisation_heads:
        return True
    return kind in LEXICON.company_suffixes | LEXICON.trade_words | LEXICON.business_words or people.is_called(
        name, head, phrase.paragraph, phrase.position
    )


def _unlike_a_person(name: str, people: People) -> bool:
    """A name of two words or more with no first name a language lists and no title the article gives it."""
    words = name.split()
    return len(words) >= 2 and not opens_with_given_name(words) and not people.is_titled(name)


#: How often an article names a body before "the company" may mean it by having just spoken.
_TOPIC_MENTIONS = 2


def _no_person(name: str, people: People) -> bool:
    """Unlike a person (see ``_unlike_a_person``), or a single name the article never gives in full,
    titles, or lists as a first name ("Netflix said", not "Trump said" after "Donald Trump")."""
    if people.is_described_as_person(name):
        return False  # "Okonkwo Adeyemi, the founder,"
    if _unlike_a_person(name, people):
        return True
    return (
        len(name.split()) == 1
        and people.fullest(name) == name
        and not people.is_titled(name)
        and name.lower() not in GIVEN_NAMES
    )


def _role_from_a_place(lower: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """``the senator from Kessler County`` -> ``(["senator"], ["kessler", "county"])``: a title and
    where its holder is from (the county is no speaker); None for any other phrase."""
    if lower[0] != "the" or "from" not in lower[2:]:
        return None
    at = lower.index("from", 2)
    role, place = list(lower[1:at]), [word for word in lower[at + 1 :] if word not in LEXICON.determiners]
    return (role, place) if role[-1] in LEXICON.titles and place else None


def _person(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """A name (titles dropped, the fullest form the article gives) or a role the article attaches to one."""
    tokens = list(phrase.tokens)
    from_a_place = _role_from_a_place(phrase.lower)
    if from_a_place is not None:
        # "Sen. Tom Roe of Iowa ... the senator from Iowa": the holder the article places there.
        role, place = from_a_place
        holder = person_in_role(role, phrase.paragraph, phrase.start, discourse, people)
        return Resolution(holder if holder and people.placed(holder, place) else None)
    office = name_after_office(tokens)
    representative = _representative(tokens, people)
    if representative is not None:
        return representative
    # Lower case: "Al From" is a name; "in" only before a lower-case word ("in downtown Sedgewick", not
    # "Mothers in Arms", "Editor in Chief").
    places = [
        at
        for at, word in enumerate(tokens)
        if word in ("of", "from") or (word == "in" and at + 1 < len(tokens) and tokens[at + 1][:1].islower())
    ]
    if tokens[0][0].isupper() and places and not office:
        # "Tracy Lane of Northridge", "Sheriff Ann Lee of Kern County", "The Rolling Pin Bakery in
        # downtown Sedgewick": the place is not the name.
        tokens = tokens[: places[0]]
        if not tokens:
            # "Of the people surveyed, most said": a phrase that opens with the preposition names no one.
            return Resolution(None)
    if tokens[0].lower() == "the" and len(tokens) > 1 and tokens[-1].isupper() and tokens[-1].lower() in LEXICON.titles:
        # "the GP said", "the MP said": a role written in capitals, not a capitalised description.
        lower = [token.lower() for token in tokens[1:]]
        return Resolution(person_in_role(lower, phrase.paragraph, phrase.start, discourse, people))
    if not (tokens[-1][0].isupper() or JOINED_PARTICLE.match(tokens[-1])):
        if "and" in tokens[1:]:
            # "the Vermont senator and presidential candidate": two roles of one person; the first decides.
            tokens = tokens[: tokens.index("and", 1)]
        # "the police chief" names a role the article may have attached to a name; "a Kremlin aide" does not.
        if tokens[0].lower() != "the" or len(tokens) < 2:
            return Resolution(None)
        aged = next((at for at in range(2, len(tokens)) if tokens[at].lower() == "year-old"), None)
        if aged is not None and tokens[aged - 1].isdigit():
            # "the 46-year-old said", "the 41-year-old baker said": whom the article gives that age,
            # else the role after it ("the 54-year-old mayor").
            by_age = people.by_age(int(tokens[aged - 1]))
            if by_age is not None or aged + 1 == len(tokens):
                return Resolution(by_age)
            tokens = [tokens[0], *tokens[aged + 1 :]]
        return Resolution(person_in_role(tokens[1:], phrase.paragraph, phrase.start, discourse, people))
    run = tokens if office else trailing_capitalised(tokens)
    if len(run) < len(tokens) and _names_someone_else(tokens, len(tokens) - len(run)):
        return Resolution(None)
    name = strip_to_name(run)
    if (
        not name
        and len(tokens) == 1
        and run[0].lower() not in LEXICON.determiners
        and len(people.fullest(run[0]).split()) > 1
    ):
        name = run  # "King says": the surname of Billie Jean King, though "king" is also a title
    if not name:
        # "the Police Chief said" (a role attached to a name), "the Wisconsin Republican said" (a
        # description of someone just named).
        if tokens[0].lower() != "the":
            return Resolution(None)
        # "the former Republican" must find a person after "Republican", not "Republican National Convention".
        by_role = people.by_role(" ".join(run))
        if by_role and not people.is_person_name(by_role):
            by_role = None
        if by_role is None and len(run) >= 2 and run[-1].lower() in _SIDES:
            # "the Maine Republican": the one person the article places in Maine, before whoever
            # was last spoken of.
            by_role = people.sole_person_placed([word.lower() for word in run[:-1]], " ".join(run))
        return Resolution(by_role or _described(phrase, discourse))
    if len(name) == 1 and len(name[0].rstrip(".")) == 1:
        return Resolution(None)  # "Q:" and "A:" of a transcript label a question and its answer, no one
    if is_named_like_a_body(" ".join(name)):
        return _speaking_body(people.fullest(" ".join(name)), phrase)  # "Fellside Coaches said"
    if not (people.is_person_name(" ".join(name)) or people.is_speaker_name(" ".join(name))):
        return Resolution(None)
    person = people.fullest(" ".join(name))
    honorifics = {token.rstrip(".").lower() for token in run}
    female, male = bool(honorifics & LEXICON.female_markers), bool(honorifics & LEXICON.male_markers)
    if len(name) == 1 and female != male:
        # "Ms. Whitcroft" of Ana and Tomas Whitcroft: Ana.
        person = people.fullest_of(name[0], female, (phrase.paragraph, phrase.start))
    if female:
        return Resolution(person, (Gender(person, FEMALE_PRONOUN, certain=True),))
    if male:
        return Resolution(person, (Gender(person, MALE_PRONOUN, certain=True),))
    return Resolution(person)


def _names_someone_else(tokens: list[str], name_at: int) -> bool:
    """Whether the name ending a speaker phrase at ``name_at`` is not the speaker: whom an unnamed
    speaker works for or knows (``one of the prosecutors for David Petraeus``, ``a friend of Ann
    Lee``; a spokesperson's body is found before), a second speaker (``Jeb Bush and Chris Christie``,
    two people, neither of them alone), or a participle's object (``White America embracing Obama``)."""
    before = tokens[name_at - 1]
    lower = before.lower()
    if lower in LEXICON.object_prepositions:
        return tokens[0].lower() not in LEXICON.opening_prepositions  # "in the mouth of Ann Lee, who said"
    if lower in LEXICON.coordinators:
        return name_at >= 2 and tokens[name_at - 2][:1].isupper()
    counted = tokens[0].lower() in LEXICON.determiners or tokens[0].lower() in LEXICON.number_words
    if lower in LEXICON.opening_prepositions and len(tokens) > 2 and counted:
        # "The billboard on Route 9 outside Carrow Falls reads", "one teacher at a school in Kilmaine
        # said": where a thing or someone unnamed is, not who speaks.
        return tokens[1].islower()
    return before.islower() and lower.endswith("ing") and name_at >= 2


def person_in_role(
    role: list[str],
    paragraph: int,
    position: int,
    discourse: DiscourseQueries,
    people: People,
    *,
    reach_just_named: bool = True,
) -> str | None:
    """Whom ``the police chief`` (``role``: the lower-case words after "the") means at a point of the
    article: the name the article attaches to that role; else, for a title ("the minority leader"),
    the person last spoken of if the article gives them that title, else the person this paragraph
    has just spoken of (not for a sentence that only opens with the role: "Ivan Dobre, a farmer,
    lost his barn. The sheriff arrived" is someone else); else the article's main person, when
    just spoken of and no one else was named before in the paragraph. Read as "the last person
    named", a lower-case description was wrong 20 times in 71 on PolNeAR's development part."""
    # "Rovers coach Hennie Visagie … Harbour Stars coach Jacob Nii Armah … the coach said": of two
    # holders of the role, the one just named.
    found = people.role_holder_before(" ".join(role), paragraph, position) or people.by_role(" ".join(role))
    if found is not None or len(role) >= MAX_DESCRIPTION_WORDS:
        return found
    head = role[-1].lower()
    latest = discourse.described_person(paragraph, position)
    if head in LEXICON.titles:
        if latest and people.has_title(latest, head, " ".join(role).lower()):
            return latest
        # "Ann Lee, the city's mayor, spoke. … the mayor said": the nearest apposition before.
        apposed = people.apposed_before(head, paragraph, position)
        if apposed is not None:
            return apposed
        # "Harry Reid blasted Rubio. "...," the Senate minority leader said": no one else named since.
        just_named = discourse.person_just_named(paragraph, position) if reach_just_named else None
        if just_named is not None:
            return just_named
        # "Gov. Elaine Marchetti ... "...," the governor said": the one person the article titles so.
        written_short = people.sole_holder_written_short(head, paragraph, position) if len(role) == 1 else None
        if written_short is not None:
            return written_short
        # "Dennis Yerkes, the chairman of the state party, …" paragraphs before: the one so apposed.
        sole_apposed = people.sole_apposed_before(head, paragraph, position) if len(role) == 1 else None
        if sole_apposed is not None:
            return sole_apposed
    if _names_a_body(head):
        return None
    if latest is None:
        return None
    if latest == discourse.just_asked(paragraph, position):
        # ""You signed them unread?" Arbour asked. || "That is correct," the witness answered.": whom
        # the asker questioned, if the article has had them speak.
        return discourse.questioned(latest, paragraph, position)
    # "Kerry-Ann Dillane, a mother of three, said ... || "...," the mother of three said."
    if people.described_just_before(role, paragraph, position) == latest:
        return latest
    # "the presumptive Republican nominee said": the article's main person; "The Democratic
    # frontrunner wrote": a role with a proper adjective is someone the article has named, so
    # whoever it has just spoken of.
    if latest != people.main_person and not any(word[:1].isupper() for word in role):
        return None
    return None if people.names_another_person(latest, paragraph, position) else latest


def _names_a_body(head: str) -> bool:
    """A description headed by an organisation ("the newspaper"), a document, a group or someone's
    relation ("the spokesman") names no person of the article's own."""
    return (
        head in LEXICON.organisation_heads
        or head in LEXICON.documents
        or head in LEXICON.group_words
        or head in LEXICON.relations
    )


def _representative(tokens: list[str], people: People) -> Resolution | None:
    """Someone unnamed who speaks for another: for a body named, that body's voice; for anyone else
    ("a lawyer for the family of Ann Lee": not Ann Lee), no one named. None when no representative."""
    body = _body_of_representative(tokens, people)
    if body is not None:
        return Resolution(body, (Body(body),))
    return Resolution(None) if _speaks_for(_without_determiner(tokens)) else None


def _without_determiner(tokens: list[str]) -> list[str]:
    return tokens[1:] if tokens[0].lower() in LEXICON.determiners else tokens


def _speaks_for(words: list[str]) -> bool:
    """``spokeswoman for ...``, ``lawyer for ...``: someone unnamed speaking for whoever follows."""
    return len(words) > 2 and words[0].lower() in REPRESENTATIVES and words[1].lower() == "for"


def _body_of_representative(tokens: list[str], people: People) -> str | None:
    """``a BP spokesman``, ``a spokeswoman for New South Wales Police in Australia``: no one named,
    but whose voice it is (``Grayson's spokeswoman`` speaks for a person, not a body)."""
    words = _without_determiner(tokens)
    lower = [word.lower() for word in words]
    if not words:
        return None
    if _speaks_for(words):
        # "for the Department of Health and Social Care": the body's name, its small words included.
        named = words[3:] if lower[2] in LEXICON.determiners else words[2:]
        # ("for the union at supermarket chain Fresway" speaks for the union: no preposition in a kind.)
        kind = list(itertools.takewhile(lambda word: word.islower() and word not in _NOT_IN_A_KIND, named))
        # "for supermarket chain Fresco Value": the body after its kind (not "for council Democrats").
        # Nor "for state Sen. Jo Roe": a person after the word, by a title.
        after_kind = named[len(kind) :]
        if (
            0 < len(kind) < len(named)
            and kind[-1] in _KIND_WORDS
            and not is_plural_of_a_noun(named[-1].lower())
            and after_kind[0].lower().rstrip(".") not in LEXICON.titles
        ):
            named = after_kind
        body = list(
            itertools.takewhile(lambda word: word[0].isupper() or word in LEXICON.organisation_connectors, named)
        )
        rest = named[len(body) :]
        where = len(rest) >= 2 and rest[0] in ("in", "at") and all(word[0].isupper() for word in rest[1:])
        if rest and not where:
            # "a lawyer for the Harlow family": a family or a person, not a body by its name ("… Police
            # in Australia": where the body is, after its name).
            return None
        role = words[0]
    else:
        body, role = words[:-1], words[-1]
    if not body or role.lower() not in REPRESENTATIVES:
        return None
    if not all(word[0].isupper() or word in LEXICON.organisation_connectors for word in body):
        return None
    if _is_possessive_word(body[-1]):
        return None
    if len(body) == 1 and body[0].lower() in LEXICON.stop_words | LEXICON.function_words:
        return None  # "Its spokesman" opening a sentence: whose, not a body's name
    # "a Coastline spokeswoman" after "Coastline Insurance" was named: the body's full name.
    return f"{people.fullest(' '.join(body))} {role}"


#: Words for a kind of body written before its name ("supermarket chain Fresco Value").
_KIND_WORDS = LEXICON.organisation_heads | LEXICON.business_words | LEXICON.trade_words
_NOT_IN_A_KIND = LEXICON.opening_prepositions | LEXICON.organisation_connectors


#: Singular words for a side someone is on ("Republican", "Democrat"): a description with a place before it.
_SIDES = frozenset(word for word in LEXICON.group_words if not word.endswith("s"))


def _described(phrase: Phrase, discourse: DiscourseQueries) -> str | None:
    """The person a capitalised description (``the Wisconsin Republican``) means, if it describes
    one person: not a group (``the Republicans``), an organisation or a document."""
    lower = phrase.lower
    head = _name_head(lower)
    if (
        len(lower) > MAX_DESCRIPTION_WORDS
        or head in LEXICON.organisation_heads
        or head in LEXICON.documents
        or (head.endswith("s") and not head.endswith("ss"))
    ):
        return None
    return discourse.described_person(phrase.paragraph, phrase.position)


def _web_address(phrase: Phrase, discourse: DiscourseQueries, people: People) -> Resolution | None:
    """``GunBroker.com said``: a firm known by its web address, as a body."""
    if len(phrase.tokens) == 1 and _WEB_ADDRESS.fullmatch(phrase.tokens[0]):
        return _speaking_body(phrase.tokens[0], phrase)
    return None


#: A site's address as a name: "GunBroker.com", "Change.org", "Example.co.uk".
_WEB_ADDRESS = re.compile(rf"{UPPER}[\w-]*(?:\.[a-z]{{2,4}}){{1,2}}")


#: Tried in order; the first rule that does not pass answers. The last one always answers.
SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    ("he or she", _pronoun),
    ("it", _it),
    ("the chief of police", _title_of_a_body),
    ("the port authority", _body_by_its_last_words),
    ("Bayview General, of Bayview General Hospital", _shortened_body),
    ("his family, her lawyer", _relation),
    ("the spokesman, just quoted for a body", _the_representative),
    ("a spokeswoman, after a body's sentence", _a_representative),
    ("a spokeswoman for the supplier", _representative_of_a_kind),
    ("the woman", _person_noun),
    ("the 34-year-old", _aged),
    ("a news outlet", _news_outlet),
    ("the newspaper", _press),
    ("Lee's letter, his email", _owned_document),
    ("the statement", _document),
    ("the rights group Harbor Watch", _body_named_after_its_kind),
    ("Dev Mahal of the New Democratic Party", _person_of_a_body),
    ("a named organisation", _named_organisation),
    ("initials", _initialism),
    ("a name an apposition calls a body", _described_body),
    ("a university spokeswoman", _kind_representative),
    ("the ministry", _organisation_by_kind),
    ("a web address", _web_address),
    ("a person's name or role", _person),
)


def resolve_speaker(
    words: str,
    paragraph: int,
    position: int,
    discourse: DiscourseQueries,
    people: People,
    not_meant: frozenset[str] = frozenset(),
    phrase_start: int | None = None,
) -> Resolution:
    """Whom ``words`` (the phrase at ``phrase_start`` next to the speech verb at ``position``)
    names; ``not_meant``: whom a pronoun there cannot mean (see ``Phrase``)."""
    tokens = word_tokens(words)
    while tokens and is_trailing_filler(tokens[-1]):
        tokens.pop()
    # "As the Global Times noted, ...", "But as the Example Post reported": a clause opening the
    # sentence, its subject a name after an article (not ", as the Treasury warned that ...", a
    # clause of its own after a quotation, nor "after a long pause").
    opens_sentence = bool(tokens) and tokens[0][:1].isupper()
    while tokens and (
        tokens[0].lower() in LEXICON.leading_conjunctions
        or opens_clause_of(tokens)
        or (opens_sentence and _opens_clause_before_named(tokens))
    ):
        tokens.pop(0)
    tokens = _the_one_quoted(tokens)
    if len(tokens) > 1 and tokens[-1].lower() in _PERSONAL_SUBJECTS and tokens[0].lower() in _PHRASE_OPENERS:
        tokens = tokens[-1:]  # "To OSPR he added", "In Salem she said": the pronoun past a phrase opening the clause
    if len(tokens) == 1:
        tokens = [_without_auxiliary_clitic(tokens[0])]
    embedded = _embedded_subject(tokens) if len(tokens) > MAX_SPEAKER_WORDS else None
    if embedded is not None:
        # "The debate grew so heated that New Jersey Gov. Chris Christie said": the verb's subject
        # opens the clause it ends, whatever the sentence began with.
        return resolve_speaker(embedded, paragraph, position, discourse, people, not_meant, phrase_start)
    tokens = _without_second_participle(tokens)
    if not tokens or len(tokens) > _MAX_DOCUMENT_PHRASE_WORDS or tokens[0].lower() in LEXICON.indefinite_pronouns:
        return Resolution(None)  # too long to name anyone, or "Nobody on the committee answered"
    start = position if phrase_start is None else min(phrase_start, position)
    phrase = Phrase(tuple(tokens), tuple(token.lower() for token in tokens), paragraph, position, start, not_meant)
    if len(tokens) > MAX_SPEAKER_WORDS:
        # Too long to name a speaker, unless a document and whom it is from ("a court document filed
        # by state attorney Dave Aronberg"), or a name and where it is from ("Archbishop Aris
        # Shirvanian of the Armenian Patriarchate of Jerusalem"): the name and the start of the place.
        of_a_kind = _representative_of_a_kind(phrase, discourse, people)  # "a spokeswoman for the supplier"
        if of_a_kind is not None:
            return of_a_kind
        representative = _representative(tokens, people)  # "a spokeswoman for the Department of Health and ..."
        if representative is not None:
            return representative
        named = trailing_capitalised(tokens)
        role = tokens[-len(named) - 1].lower() if len(named) < len(tokens) else ""
        if 2 <= len(named) <= MAX_SPEAKER_WORDS and (role in REPRESENTATIVES or role in LEXICON.titles):
            # "LA County Sheriff's Homicide Department spokesman Lt. John Corina": however long what
            # the role is of, the name after the role is the speaker's.
            return resolve_speaker(" ".join(named), paragraph, position, discourse, people, not_meant, phrase_start)
        issued = _issued_by(phrase, people)
        places = [at for at in range(1, MAX_SPEAKER_WORDS + 1) if tokens[at] in ("of", "from")]
        if issued is None and places and tokens[0][0].isupper() and phrase.lower[0] not in LEXICON.determiners:
            return resolve_speaker(
                " ".join(tokens[: places[-1]]), paragraph, position, discourse, people, not_meant, phrase_start
            )
        return issued or Resolution(None)
    for _, rule in SPEAKER_RULES:
        resolution = rule(phrase, discourse, people)
        if resolution is not None:
            return _spelt_out(resolution, phrase, people)
    raise AssertionError("the last speaker rule always answers")


def _without_second_participle(tokens: list[str]) -> list[str]:
    """A described thing up to a second participle joined to its first: "The memo written by Kayla
    Roe in April and obtained by the Observer" is the memo written by Kayla Roe (not "Lee and Roe",
    nor "The mayor and invited guests": no agent before the second participle)."""
    if not tokens or tokens[0].lower() not in LEXICON.determiners or "by" not in tokens:
        return tokens
    agent = tokens.index("by") + 1
    for at in range(agent + 1, len(tokens) - 1):
        following = tokens[at + 1]
        joins = tokens[at] in LEXICON.coordinators and following.islower() and following.endswith(_PARTICIPLE_ENDINGS)
        # Only after a named agent: "forwarded by a colleague and written by Dana Reyes" goes on.
        if joins and any(token[:1].isupper() for token in tokens[agent:at]):
            return tokens[:at]
    return tokens


def _without_auxiliary_clitic(token: str) -> str:
    """``he's`` of "And he's predicting that ...", ``she'd`` of "she'd told friends": after "he" or
    "she" a contraction's ending is an auxiliary (never a possessive), so the word is the pronoun."""
    pronoun = CONTRACTION_ENDING.sub("", token)
    return pronoun if pronoun != token and pronoun.lower() in GENDERED_PRONOUNS else token


def _spelt_out(resolution: Resolution, phrase: Phrase, people: People) -> Resolution:
    """A body known by its initials or its first word as the article named it in full before ("the
    Insurance Council of Australia ... the ICA said", "Castellan Property Group ... Castellan said"):
    one speaker under one name."""
    speaker = resolution.speaker
    if speaker is None:
        return resolution
    if _INITIALISM.fullmatch(speaker):
        full = people.body_spelt_out(speaker, phrase.paragraph, phrase.position)
    elif (
        " " not in speaker
        and speaker[:1].isupper()
        and speaker.casefold() not in LEXICON.organisation_heads  # "The Army", not "Army Recruiting Command"
        and people.fullest(speaker) == speaker
    ):
        full = people.body_opening_with(speaker, phrase.paragraph, phrase.position)
    else:
        full = None
    return resolution if full is None else replace(resolution, speaker=full)


def opens_clause_of(tokens: list[str]) -> bool:
    """``as Archbishop Aris Shirvanian ... told``, ``when he told``, ``in which she promised``: a
    clause opener, or a relative that is not itself a subject, before the clause's subject."""
    return (
        len(tokens) > 1
        and tokens[0].lower() in _CLAUSE_OPENERS
        and (tokens[1][:1].isupper() or tokens[1].lower() in LEXICON.subject_pronouns)
    )


_CLAUSE_OPENERS = LEXICON.clause_openers | (LEXICON.relative_pronouns - LEXICON.subject_pronouns)


def _opens_clause_before_named(tokens: list[str]) -> bool:
    """``as the Global Times``, ``as the nationalist Global Times tabloid``: a clause opener, an
    article, and a capitalised name ending the phrase, or a word for the press after it (not "As
    the Guardian first", nor "as the Chief Constable", a title: read as before)."""
    return (
        len(tokens) > 2
        and tokens[0].lower() in _CLAUSE_OPENERS
        and tokens[1].lower() in LEXICON.determiners
        and any(token[:1].isupper() and not is_title_word(token) for token in tokens[2:])
        and (tokens[-1][:1].isupper() or tokens[-1] in _PRESS_WORDS)
    )


def _embedded_subject(tokens: list[str]) -> str | None:
    """``New Jersey Gov. Chris Christie`` of ``The debate grew so heated that New Jersey Gov. Chris
    Christie``: the words after the last word that opens a clause ("that", "when", "as" ...), when
    they are few and begin with a name or a subject pronoun; else ``None``. In a clause someone is
    reported to have said ("The Police Department said in a statement that officers found the
    driver "unresponsive"", "He said that ... and noted that Sanders"), the reporter attributes
    what is quoted there to the first speaker: the words before that speaker's verb."""
    for at in range(len(tokens) - 2, 0, -1):
        if tokens[at].lower() not in _EMBEDDING_WORDS:
            continue
        reporting = next((k for k in range(at) if tokens[k].lower() in LEXICON.speech_verbs), None)
        subject = tokens[at + 1 :] if reporting is None else tokens[:reporting]
        opens_with_subject = bool(subject) and (
            subject[0][:1].isupper() or subject[0].lower() in LEXICON.subject_pronouns
        )
        if len(subject) <= MAX_SPEAKER_WORDS and opens_with_subject:
            return " ".join(subject)
        return None
    return None


_EMBEDDING_WORDS = LEXICON.complementisers | LEXICON.clause_openers


def _the_one_quoted(tokens: list[str]) -> list[str]:
    """``a tweet quoted the president as`` -> ``the president``; ``Lee is quoted as`` and ``Lee was
    quoted by the Gazette as`` -> ``Lee``: whom another reports as saying it."""
    lower = [token.lower() for token in tokens]
    if len(tokens) < 3 or lower[-1] != _QUOTED_AS:
        return tokens
    verb = next((at for at in range(len(lower) - 1) if lower[at] in _QUOTING_VERBS), None)
    if verb is None:
        return tokens
    if verb < len(tokens) - 2 and lower[verb + 1] != "by":  # "was quoted by the Gazette as": passive
        quoted = tokens[verb + 1 : -1]  # the one quoted is the verb's object
        # "quoted her as": a pronoun after the verb is read as the phrase was before.
        return tokens if len(quoted) == 1 and quoted[0].islower() else quoted
    before = tokens[:verb]
    while before and before[-1].lower() in LEXICON.auxiliary_verbs:
        before.pop()  # "is quoted as": the subject is the one quoted
    return before


#: Prepositions that open a phrase before a clause's subject ("To OSPR he added").
_PHRASE_OPENERS = LEXICON.opening_prepositions | LEXICON.listener_prepositions
#: Subject pronouns that stand for a person ("he", "she").
_PERSONAL_SUBJECTS = frozenset(LEXICON.gendered_pronouns.values())

*_QUOTING_VERB_LIST, _QUOTED_AS = LEXICON.quoting_verbs
_QUOTING_VERBS = frozenset(_QUOTING_VERB_LIST)


def _through_pronoun(
    pronoun: str, phrase: Phrase, discourse: DiscourseQueries, naming: Callable[[str], str], *, body: bool = False
) -> Resolution:
    person = discourse.pronoun_antecedent(pronoun, phrase.paragraph, phrase.position, phrase.not_meant)
    if person is None:
        return Resolution(None)
    speaker = naming(person)
    # The pronoun fitted, so the person goes by it, unless something surer was learned already.
    learned: tuple[Fact, ...] = (Gender(person, pronoun, certain=False),)
    return Resolution(speaker, learned + ((Body(speaker),) if body else ()))


def is_trailing_filler(token: str) -> bool:
    """``had``, ``angrily``, an age: words between a speaker's name and the verb (never a
    capitalised word: "Kelly", "Skelly" are names)."""
    lower = token.lower()
    return (
        (lower in LEXICON.trailing_auxiliaries and token[:1].islower())
        or token.isdigit()
        or (lower.endswith("ly") and token[:1].islower() and lower not in LEXICON.ly_nouns)
    )


def _is_body_name(tokens: list[str]) -> bool:
    """A capitalised name headed by an organisation word ("Office of Prison Oversight", "Alliance for
    Harbor Trade"): the word before its first connector, or its last."""
    lower = [token.lower() for token in itertools.takewhile(lambda t: t[0].isupper() or t in _HEAD_BEFORE, tokens)]
    return bool(lower) and _name_head(lower) in LEXICON.organisation_heads


def trailing_capitalised(tokens: list[str]) -> list[str]:
    run: list[str] = []
    for token in reversed(tokens):
        # "&" joins a company's name ("Procter & Gamble", "Lowry Baxter & Co.") or a couple's ("Dave & Lisa Marsh").
        joins = token in LEXICON.name_connectors or token == "&"
        if not (token[0].isupper() or (run and joins) or JOINED_PARTICLE.match(token)):
            break
        run.insert(0, token)
    return run
