"""Names of people: word tokens, titles stripped, short mentions mapped to the fullest name."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ...model import Paragraph
from ...text.alternation import alternation, longest_first
from ...text.quotemarks import CLOSING_MARKS, OPENING_MARKS
from ...text.script import CAPITAL, UPPER
from ..metadata import known_outlet, named_as_outlet
from .cues import CAP_RUN, GIVEN_NAMES, GLUED, LEXICON, MAX_NAME_TOKENS, PLACE_NAMES, WORD_TOKEN

# ------------------------------------------------------------------------- speakers


def word_tokens(phrase: str) -> list[str]:
    return unglued(WORD_TOKEN.findall(without_nicknames(phrase)))


#: A nickname quoted inside a name, after a capitalised word and before one: John "Tig" Tiegen,
#: Héctor “Cacho” Maldonado, Juan Carlos “el Turco” Fernández (an article may open it).
NICKNAME = re.compile(
    rf"(?<=[{CAPITAL}a-z.] )[\"“‘'](?:[^\W\d_]{{1,3}} )?{UPPER}[\w.’'-]*(?: {UPPER}[\w.’'-]*)?[\"”’'](?= {UPPER})"
)


# Called for every phrase beside a speech verb and every stretch of narrative the other
# languages read, often on the same paragraph: each text is masked once.
@functools.lru_cache(maxsize=4096)
def without_nicknames(text: str) -> str:
    """``text`` with each nickname quoted inside a name blanked out, offsets kept."""

    def blank(found: re.Match[str]) -> str:
        before = text[: found.start() - 1].rsplit(None, 1)[-1] if found.start() > 1 else ""
        return " " * len(found.group()) if before[:1].isupper() else found.group()

    return NICKNAME.sub(blank, text)


def unglued(tokens: list[str]) -> list[str]:
    """``SecretaryJaneDoe`` -> ``Secretary Jane Doe``; ``McDonald`` and ``DeSantis`` stay whole."""
    # A glued word is three letters and a capital followed by two: shorter tokens, and tokens in
    # lower case from the fourth letter on, are whole.
    return [piece for token in tokens for piece in (GLUED.split(token) if _may_be_glued(token) else (token,))]


def _may_be_glued(token: str) -> bool:
    # A full stop inside ("HarborTickets.com", "U.S.A."): a web address or initials, never two glued words.
    return len(token) >= 6 and not token[3:].islower() and "." not in token[:-1]


# "a young child", "an elderly woman": someone brought in without a name.
_UNNAMED_PERSON = re.compile(
    r"\b(?:"
    + alternation(sorted(LEXICON.indefinite_articles))
    + r")\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + alternation(sorted({*LEXICON.person_nouns, *LEXICON.family_relations}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def strip_to_name(tokens: list[str]) -> list[str]:
    """``US President Donald Trump`` -> ``Donald Trump``; ``Russia's Vladimir Putin`` -> ``Vladimir Putin``;
    ``Secretary of State John F. Kerry`` -> ``John F. Kerry``; ``Ann Lee of Kern County`` -> ``Ann Lee``."""
    return list(_stripped_to_name(tuple(tokens)))


# Every capitalised run of every article goes through here, and the same runs ("President Donald
# Trump") recur across a story's sources and across stories.
@functools.lru_cache(maxsize=65536)
def _stripped_to_name(run: tuple[str, ...]) -> tuple[str, ...]:
    tokens = list(run)
    while len(tokens) > 1 and tokens[-1].rstrip(".").lower() in LEXICON.name_suffixes:
        tokens = tokens[:-1]  # "Brent Bozell III", "Martin Luther King Jr.": the name without its suffix
    while len(tokens) > 1 and tokens[-1].lower() in LEXICON.calendar.weekdays:
        tokens = tokens[:-1]  # "said Sen. Jo Roe Thursday": the day after the name
    office = name_after_office(tokens)
    if office:
        return tuple(office)
    if "of" in tokens[2:] and tokens[tokens.index("of", 2) - 1].lower() not in LEXICON.organisation_heads:
        # "Tracy Lane of Northridge", "Sheriff Ann Lee of Kern County": where the person is from (but
        # "Westmarch Division of Wildlife" is a body's whole name).
        tokens = tokens[: tokens.index("of", 2)]
    cut = 0
    # "Massachusetts General Hospital": a word for a body ends the run, and a place or a title inside
    # it is part of the body's name.
    body = len(tokens) > 1 and tokens[-1].lower() in LEXICON.organisation_heads
    for i, token in enumerate(tokens):
        bare = token.rstrip(".").lower()
        # "Evelyn Washington", "Tom Jordan": a place's name last, right after a given name, is a surname.
        surname_like_a_place = i == len(tokens) - 1 and i > cut and tokens[i - 1].lower() in GIVEN_NAMES
        place = _place_at(tokens, i) if i >= cut and not body and not surname_like_a_place else 0
        if place:
            # "Ohio Sen. Jo Roe", "New Hampshire Republican": a place opening the run describes the name.
            cut = i + place
            continue
        # Initialisms and words in capitals (U.S., CEO, a wire marker) are never part of a person's name.
        shouted = len(bare) > 1 and token.rstrip(".").isupper()
        # "Mum-of-six Angelina", "father-of-two", "Eight-year-old Ella": a description written as one
        # hyphenated word.
        described = "-of-" in bare or _AGED.search(bare) is not None
        # "Co-founder Ann Lee", "Vice-chair Jo Roe", "Corner-forward Darragh Ó Murchú": a role
        # hyphenated to another word (not a given name: "Ji-hoon Park", "Mei-ling Wu").
        described = described or (i < len(tokens) - 1 and "-" in bare and is_title_word(bare.rsplit("-", 1)[1]))
        possessive = possessive_stem(token) is not None
        # "U.S." before a name is a place, but "O.J." right before the surname is the first name.
        initials = "." in token.rstrip(".") and i == len(tokens) - 2
        dotted = "." in token.rstrip(".") and not initials
        # "Billie Jean King", "Theresa May": a title or a common word after a first name is a surname.
        surname = i == len(tokens) - 1 and i > 0 and tokens[i - 1].lower() in GIVEN_NAMES
        # "Jill A. Martin": a letter and a full stop after a first name is a middle initial, not "a".
        middle_initial = 0 < i < len(tokens) - 1 and len(token) == 2 and token[0].isupper() and token[1] == "."
        if (
            (is_title_word(bare) and not surname and not body)
            or (bare in LEXICON.not_names and not surname and not middle_initial)
            # "… Justice,' Judge Says": a headline's capitalised verb of speech, not a surname
            # ("Edward Said", after a given name, is one).
            or (bare in LEXICON.speech_verbs and not surname)
            or possessive
            or dotted
            or (shouted and not initials)
            or described
            or bare in LEXICON.group_words
            or (bare in LEXICON.family_relations and i < len(tokens) - 1)  # "Daughter Aoife, 19, said"
            or (bare in LEXICON.kin_groups and i < len(tokens) - 1)  # "Sisters Carmen and Inés Roe"
        ):
            cut = i + 1
    return tuple(_last_name_words(tokens[cut:]))


def _last_name_words(tokens: list[str]) -> list[str]:
    """The last MAX_NAME_TOKENS words of a name, not counting its particles ("Hamdan bin Saeed Al
    Quraishi", "Maria de la Cruz"), from its given name where one stands before its first particle
    ("Sous Chef Marta de la Vega" is Marta de la Vega)."""
    words = 0
    start = 0
    for at in range(len(tokens) - 1, -1, -1):
        if tokens[at] not in LEXICON.name_connectors:
            words += 1
            if words > MAX_NAME_TOKENS:
                start = at + 1
                break
    kept = tokens[start:]
    first_particle = next((at for at, token in enumerate(kept) if token in LEXICON.name_connectors), len(kept))
    if 0 < first_particle < len(kept) and kept[0].lower() not in GIVEN_NAMES:
        given = next((at for at in range(1, first_particle) if kept[at].lower() in GIVEN_NAMES), None)
        if given is not None:
            return kept[given:]
    return kept


#: "eight-year-old", "17-month-old": an age written as one word before a name.
_AGED = re.compile(r"-(?:year|month|week|day)s?-old$")


def is_title_word(token: str) -> bool:
    """``Sen.``, ``chief``, ``Inspector-General``: a title, or titles joined by hyphens."""
    bare = token.rstrip(".").lower()
    return bare in LEXICON.titles or all(part in LEXICON.titles for part in bare.split("-"))


def name_after_office(tokens: list[str]) -> list[str]:
    """The name after an office named with "of" (``Chief of Staff Denis McDonough``): from a known
    given name on, else the last two words, or three with an initial between (``John F. Kerry``);
    empty when the run is no such office."""
    if "of" not in tokens[1:]:
        return []
    at = tokens.index("of", 1)
    office = at
    while office > 0 and (is_title_word(tokens[office - 1]) or tokens[office - 1].lower() in LEXICON.role_qualifiers):
        office -= 1
    # The office may follow the body that holds it, in a few words ("RNC Chief of Staff Jo Roe").
    if office == at or office > _MAX_BODY_WORDS:
        return []
    rest = tokens[at + 1 :]
    given = next((i for i, token in enumerate(rest) if i and token.lower() in GIVEN_NAMES), None)
    if given is not None:
        return rest[given:]  # "Director of National Intelligence James R. Clapper"
    size = 3 if len(rest) >= 4 and re.fullmatch(rf"{UPPER}\.", rest[-2]) else 2
    return rest[-size:] if len(rest) > size else []


#: How many words may name the body before an office named with "of" ("White House Chief of Staff").
_MAX_BODY_WORDS = 3


def _place_at(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` on name a place ("Ohio", "New Hampshire"), when they open the
    run or follow a description; 0 if none. A given name that is also a place ("Virginia Foxx")
    is left to the name."""
    for length in (2, 1):
        place = " ".join(tokens[i : i + length]).casefold()
        if len(tokens[i : i + length]) == length and place in PLACE_NAMES and place not in GIVEN_NAMES:
            return length
    return 0


_ROLE_LINKS = longest_first(LEXICON.role_links) or "(?!)"


def opens_with_given_name(name: Sequence[str]) -> bool:
    """``Thomas Quigley``: a given name and more, a person wherever it stands ("heard from Thomas Quigley")."""
    return len(name) >= 2 and name[0].lower() in GIVEN_NAMES


_DETERMINER_BEFORE = re.compile(rf"\b(?i:{'|'.join(sorted(LEXICON.determiners))})\s+$")


def _is_demonym_plural(name: str) -> bool:
    """``New Yorkers``, ``South Carolinians``, ``Iowans``: the people of a place, never one person."""
    return name.casefold().endswith("s") and _is_demonym(name, _DEMONYM_ENDINGS)


def _is_demonym(name: str, endings: tuple[str, ...]) -> bool:
    """Whether ``name`` is a place's name with one of ``endings`` ("Iowa-ns", "Australia-n")."""
    folded = name.casefold()
    if folded.split()[0] in GIVEN_NAMES:
        return False
    # Only what a demonym ends in is cut off ("Riggins" is no "Riga" + "-ins").
    stems = (
        folded[: -len(suffix)] + ending
        for suffix in endings
        if folded.endswith(suffix)
        for ending in ("", "a", "o", "s")
    )
    return any(stem in PLACE_NAMES for stem in stems)


#: How plural demonyms end after their place's name: Iowa-ns, Ohio-ans, Boston-ians, London-ers,
#: Brooklyn-ites, Pakistan-is.
_DEMONYM_ENDINGS = ("ns", "ans", "ians", "ers", "ites", "is")
#: And singular ones: Australia-n, Ohio-an, Ghana-ian, London-er, Brooklyn-ite, Pakistan-i.
_SINGULAR_DEMONYM_ENDINGS = ("n", "an", "ian", "er", "ite", "i")


@functools.cache
def _title_forms(title: str) -> str:
    """``senator`` -> ``senator`` or ``sen.``: the title, and each shorter title of the lists that
    begins it, written with its full stop (never "rep" for "Republican")."""
    shorter = sorted(t for t in LEXICON.titles if len(t) >= 3 and t != title and title.startswith(t))
    return "|".join([re.escape(title), *(re.escape(t) + r"\." for t in shorter)])


#: How many words before a name may still describe it ("former Crown prosecutor Jo Roe").
_MAX_TITLE_WORDS_BEFORE = 3
#: First words of an apposition that says what the person before it is (", a nurse,", ", chief of ...,").
_APPOSITION_OPENERS = LEXICON.determiners | LEXICON.titles
#: Words after which an apposition says what the person is of, for or about, not what they are.
_DESCRIPTION_ENDS = (
    LEXICON.opening_prepositions | LEXICON.relative_pronouns | (LEXICON.organisation_connectors - LEXICON.determiners)
)


def _spelt_out(words: Sequence[str]) -> list[str]:
    """``Supt.``, ``CEO`` -> ``superintendent``, ``chief executive``: lower-case words, titles
    written short spelt out, punctuation and possessive endings dropped."""
    spelt = []
    for word in words:
        bare = word.lower().strip(".,;:()")
        if re.search(r"['’]s$", bare):
            continue  # "Paul Eze, the driver's brother": whose, not what he is
        # "Ex-Tanfield CEO": a past holder, as "former" says.
        prefix, hyphen, rest = bare.partition("-")
        if hyphen and prefix in LEXICON.past_role_qualifiers:
            spelt.append(prefix)
            bare = rest
        spelt += LEXICON.title_abbreviations.get(bare, bare).split()
    return spelt


# Roles recur from article to article ("the mayor", "the chief executive"): each pattern is
# compiled once per process, not once per article.
@functools.lru_cache(maxsize=4096)
def _role_before_name(role: str) -> re.Pattern[str]:
    """``Police Chief`` (any case) right before a capital: where a name follows the role, names of
    places standing between its words too ("former Pennsylvania governor Tom Brannigan")."""
    words = rf"\s+(?-i:{UPPER}[\w&’'-]*\s+){{0,2}}".join(map(re.escape, role.split()))
    return re.compile(r"(?i:" + words + rf"),?\s+(?={UPPER})")


@functools.lru_cache(maxsize=4096)
def _role_apposed_to_name(role: str) -> re.Pattern[str]:
    """``Pieter van Wyk, the Mine Rescue Services team leader``: a full name, then the role in
    apposition, names standing between its words too ("a former Navy officer")."""
    return re.compile(rf"(?P<name>{CAP_RUN.pattern}){_role_in_apposition(role).pattern}")


@functools.lru_cache(maxsize=4096)
def _role_in_apposition(role: str) -> re.Pattern[str]:
    """The part of ``_role_apposed_to_name`` after the name: ", the Mine Rescue Services team leader"."""
    spread = rf"\s+(?-i:{UPPER}[\w&’'-]*\s+){{0,3}}".join(map(re.escape, role.split()))
    return re.compile(rf",\s+(?:the|an?)\s+(?:{UPPER}[\w.&’'-]*\s+){{0,4}}(?i:{spread})\b(?!['’])")


def _spaced(words: str) -> str:
    """``chief executive`` as a pattern, any spaces between its words."""
    return r"\s+".join(map(re.escape, words.split()))


def _opens_with_pronoun(word: str) -> bool:
    """``I've``, ``We``: a subject pronoun, perhaps with a verb run onto it."""
    return re.split(r"['’]", word.lower())[0] in LEXICON.subject_pronouns


def possessive_stem(word: str) -> str | None:
    """``Trump’s`` -> ``Trump``, ``Solis'`` -> ``Solis`` (a word ending in "s" may take the
    apostrophe alone): the owner a possessive names; ``None`` for any other word."""
    if len(word) > 2 and word.endswith(("'s", "’s")):
        return word[:-2]
    if len(word) > 2 and word.endswith(("'", "’")) and word[-2] in "sS":
        return word[:-1]
    return None


def _without_possessive(tokens: list[str]) -> list[str]:
    """``Donald Trump’s`` -> ``Donald Trump``: a name read from "Donald Trump’s stance" is still his name."""
    stem = possessive_stem(tokens[-1]) if tokens else None
    return [*tokens[:-1], stem] if stem else tokens


def _outlet_named(text: str, run: re.Match[str]) -> str | None:
    """The news outlet a run of capitalised words names: a listed one, or an outlet's name after "the"."""
    words = _without_possessive(run.group().rstrip(".,;:").split())
    listed = known_outlet(" ".join(words))
    if listed is not None:
        return listed
    if words and words[0] == "The":
        words = words[1:]  # "The Calder Point Herald reported" opening a sentence
    elif text[max(0, run.start() - len(_THE)) : run.start()] != _THE:
        return None
    if not named_as_outlet(words):
        return None
    # "the International Journal of Tropical Vaccinology", "the Journal of Commerce": what it is of.
    of = _OF_NAME.match(text, run.end())
    if of is None or run.group().endswith(("'s", "’s", ",", ";", ":", ".")):
        return " ".join(words)
    return " ".join([*words, *of.group().split()])


_THE = "the "
_OF_NAME = re.compile(rf"\s+of(?:\s+{UPPER}[\w&’'-]*)+(?<![’']s)")


OFFICE_BEFORE = re.compile(rf"\b({UPPER}[a-z]+) of $")
LONGEST_OFFICE = 30

_LOWER_CASE_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")

_SENTENCE_OPENING_MARKS = frozenset(".!?:" + OPENING_MARKS + CLOSING_MARKS)


def _follows_sentence_opening(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends, whitespace aside, with a sentence end, a colon, a quote mark or a bracket."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in _SENTENCE_OPENING_MARKS


def is_plural_of_a_noun(word: str) -> bool:
    """``organisers``, ``witnesses``, ``authorities``: the plural of a word the lexicon has for people or bodies."""
    # Only the endings a plural has: "briggs" is no plural of "brig" ("-gs" is not "-es").
    singulars = {
        word[:-1] if word.endswith("s") else "",
        word[:-2] if word.endswith("es") else "",
        word[:-3] + "y" if word.endswith("ies") else "",
    }
    return any(singular in _NOUNS_FOR_PEOPLE_AND_BODIES for singular in singulars - {""})


def ends_like_a_body(name: Sequence[str]) -> bool:
    """``Harwood Stores``, ``Kestrel Bay Port Authority``, ``Lowry Baxter & Co.``: a name whose last word
    is a company's ending or a body's head (not a municipality's: "New York City" is a place)."""
    last = name[-1].lower().rstrip(".")
    endings = LEXICON.company_suffixes | LEXICON.trade_words | LEXICON.business_words
    heads = LEXICON.organisation_heads - LEXICON.municipalities
    return (last in endings or last in heads) and possessive_stem(name[-1]) is None


def headed_like_a_body(name: Sequence[str]) -> bool:
    """``Ministry of Health``, ``NSW Office of Fair Trading``: a body's head, then what it is of or for
    (not "City of London", a place, nor "Secretary of State", a title)."""
    connector = next((at for at, word in enumerate(name) if word in ("of", "for")), None)
    if not connector or connector + 1 == len(name):
        return False
    head = name[connector - 1].lower()
    return head in LEXICON.organisation_heads - LEXICON.municipalities


def is_named_like_a_body(name: str) -> bool:
    """``Fellside Coaches``, ``Example Foods Workers``: a name of several words ending in the plural
    of a word for people or bodies is a firm's or a group's, never one person's ("Tom Moss" is no
    plural; "Ann Jones" ends in no word for people)."""
    words = name.split()
    last = words[-1].lower()
    return len(words) > 1 and last.endswith("s") and not last.endswith("ss") and is_plural_of_a_noun(last)


_NOUNS_FOR_PEOPLE_AND_BODIES = (
    LEXICON.titles
    | LEXICON.relations
    | LEXICON.group_words
    | LEXICON.organisation_heads
    | LEXICON.generic_bodies
    | LEXICON.newsroom_jobs
)


def _goes_on_after_quotation(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends with a quotation closed after a comma ('"...," Bill Frelick said'):
    the sentence goes on."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 1 and text[at - 1] in CLOSING_MARKS and text[at - 2] == ","


#: Mentions that make someone the article's main person (with more than anyone else).
_MAIN_PERSON_MENTIONS = 2
# A quotation, closed or running to the end of the text: a name inside is the speaker's, not the reporter's.
_QUOTED = re.compile(r"[“\"][^“”\"]*(?:[”\"]|$)")


_ARTICLES = "|".join(sorted(LEXICON.indefinite_articles | LEXICON.determiners))
#: The words that head a body's name, capitalised as inside a name ("City", "University").
_HEAD_WORDS = longest_first(head.capitalize() for head in LEXICON.organisation_heads)
_CALENDAR_WORDS = longest_first({*LEXICON.calendar.weekdays, *LEXICON.calendar.months})
_TITLE_WORDS = longest_first({title.capitalize() for title in LEXICON.titles})
#: A name inside a sentence: capitalised words, "of" or "for" between them ("Office for Students").
_LATER_NAME = re.compile(rf"(?<=[\s(]){UPPER}[\w.'’-]*(?:\s+(?:(?:of|for|the)\s+)*{UPPER}[\w.'’-]*)*")


def _may_speak_instead(sentence: str, name: re.Match[str]) -> bool:
    """Whether a name later in a sentence that opens with a body may be the one an "it said" after it
    means: a body's name ("Justice Department", "Court of Appeal") or the agent of a passive ("by Ofsted")."""
    words = [word.rstrip(".").lower() for word in name.group().split()]
    bodily = any(word in LEXICON.organisation_heads for word in words) or ends_like_a_body(name.group().split())
    return bodily or sentence[: name.start()].rstrip().lower().endswith(("by", "by the"))


#: An agent named in any case: "fined £2 million by the food safety watchdog", "an audit by the
#: city's inspector general" (not a time: "by the end of the year", "by 2025", "by Friday").
_AGENT = re.compile(rf"\bby\s+(?!the end\b|then\b|now\b|\d|(?:early|mid|late)\b|(?i:{_CALENDAR_WORDS})\b)")


#: Words for a kind of business or body that may stand right before its name ("Retailer Mervin &
#: Lyle", "coffee chain Bean Street", "the UN refugee agency UNHCR").
BODY_KINDS = (LEXICON.business_words | LEXICON.generic_bodies | LEXICON.organisation_heads) - LEXICON.titles
#: A sentence opening with a name (after up to three words for its kind, "Accounting firm"), then a
#: verb or an auxiliary in lower case.
_BODY_OPENING = re.compile(
    rf"(?:(?P<kind>{UPPER}[\w-]*(?:\s+[a-z][\w-]*){{0,2}})\s+)??"
    rf"(?P<name>{UPPER}[\w.'’-]*(?:\s+(?:&|and|of|for|{UPPER}[\w.'’-]*))*?(?:\s+{UPPER}[\w.'’-]*))"
    # "The Ministry of Health (MOH) said": the initials it goes by, in brackets.
    rf"(?:\s+\({UPPER}[\w&-]*\))?"
    r"\s+(?=[a-z]+\b)(?!(?:of|and|for|in|at|on)\b)"
)


def _without_article(name: str) -> str:
    """``The Illinois State Board`` -> ``Illinois State Board``; ``Northgate Logistics.`` (a name
    ending its sentence) -> ``Northgate Logistics``, but ``Lowry Baxter & Co.`` keeps its full stop."""
    first, _, rest = name.partition(" ")
    name = rest if first.lower() in LEXICON.determiners and rest else name
    last = name.split()[-1]
    if last.endswith(".") and "." not in last[:-1] and last[:-1].lower() not in _ABBREVIATED_ENDINGS:
        return name[:-1]
    return name


#: Words a body's name may end in with their full stop ("Co.", "Inc.", "Bros.").
_ABBREVIATED_ENDINGS = LEXICON.company_suffixes | LEXICON.abbreviations


#: "Save Our Bridge, a residents' group,": a name, then an apposition ending in a word for a body
#: (not "Ann Lee, a member of the board": what someone belongs to).
_DESCRIBED_AS_BODY = re.compile(
    rf"({UPPER}[\w.&’'-]*(?:\s+{UPPER}[\w.&’'-]*)*),\s+(?:{_ARTICLES})\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{alternation(sorted(LEXICON.generic_bodies))})\b(?!\s+of\b)"
)


#: Where it is, a word for a kind of body in lower case, then a name of several words: "Accra club
#: Osu Harbour Stars", "Lagos firm Tunde Holdings" (not "the kind of campaign Ayotte hoped for").
_KIND_BEFORE_NAME = re.compile(
    rf"\b{UPPER}[\w.’'-]*\s+(?:{alternation(sorted(LEXICON.generic_bodies | LEXICON.organisation_heads))})\s+"
    rf"(?P<name>{UPPER}[\w.&’'-]*(?:\s+{UPPER}[\w.&’'-]*)+)"
)


#: "Okonkwo Adeyemi, the founder,", "Jo Roe, a retired teacher,": a name, then an apposition ending
#: in a title or a word for a person.
_DESCRIBED_AS_PERSON = re.compile(
    rf"({UPPER}[\w.&’'-]*(?:\s+{UPPER}[\w.&’'-]*)*),\s+(?:{_ARTICLES})\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{alternation(sorted(LEXICON.titles | set(LEXICON.person_nouns)))})\b"
)


#: "Ana and Tomas Whitcroft": two first names, then the surname they share.
# Nothing capitalised after the surname: "Ana and María José Ruiz" has a given name where the surname would be.
_COUPLE = re.compile(rf"\b({UPPER}[^\W\d_]+) (?:and|&) ({UPPER}[^\W\d_]+) ({UPPER}[\w'’-]+)\b(?! +{UPPER})")


class _BodyNamePatterns(NamedTuple):
    """How an article names a body that ``the <head>`` may mean (see ``People.body_named_before``)."""

    #: Capitalised words ending in the head itself ("Environmental Protection Agency").
    exact: re.Pattern[str]
    #: A name its apposition calls one ("CorrectaHealth Services, a private company").
    described: re.Pattern[str]
    #: The name right after the word in lower case ("accounting firm Lowry Baxter & Co.").
    introduced: re.Pattern[str]
    #: A municipality's government by its formal name ("The City of Laredo").
    formal: re.Pattern[str]
    #: Capitalised words ending in a kind of the head ("St. Agnes Regional Medical Center").
    of_kind: re.Pattern[str]


_CAPITALISED = rf"{UPPER}[\w.&’'-]*"
# After the head, a name goes on with "of ...", "for ...", "on ...", never "and ..." ("the
# University and College Staff Union" is no university).
_AFTER_HEAD = "|".join(sorted(LEXICON.organisation_connectors - {"and", "&"}))
# Inside a name, but not an article ("Earlier the Bureau of Meteorology").
_JOINING = "|".join(sorted(LEXICON.organisation_connectors - LEXICON.determiners))
_NEVER = re.compile("(?!)")


def _ending_in(heads: list[str]) -> re.Pattern[str]:
    """Capitalised words ending in one of ``heads`` (escaped patterns), the whole name."""
    if not heads:
        return _NEVER
    # Longest first: "Police Service" whole, not its "Police".
    alternatives = "|".join(sorted(heads, key=len, reverse=True))
    return re.compile(
        # "Food and Drug Administration", "Pellbury and Wexdale Police": small words inside the name.
        # "of" only after a body's own head ("City of London Police", "University of Harlow
        # Medical Center"): the "Fraternal Order of Police" is an order, not a police force.
        rf"(?:(?:{_HEAD_WORDS})\s+of\s+(?={UPPER})|{_CAPITALISED}\s+(?:(?:and|&)\s+(?={UPPER}))?)*"
        rf"(?:{alternatives})(?![\w])"
        rf"(?:\s+(?:{_AFTER_HEAD})(?:\s+the)?\s+{_CAPITALISED}(?:\s+{_CAPITALISED})*)?"
        # The whole name: not "University and College" of the "University and College Staff
        # Union" (a title or a day after it is no part of it: "Metropolitan Police Commissioner").
        rf"(?!\s+(?!(?i:{_TITLE_WORDS}|{_CALENDAR_WORDS})\b)(?:{UPPER}|&\s))"
    )


# Read for every "the ministry said" of every article: built once per word.
@functools.cache
def _body_name_patterns(head: str) -> _BodyNamePatterns:
    # "the city said": the City of Laredo or a city council, not "Mexico City", a place.
    municipal = head in LEXICON.municipalities
    # "the hospital" after "St. Agnes Regional Medical Center": other words that end such a name.
    kind_endings = [re.escape(other) for other in LEXICON.organisation_kinds.get(head, ())]
    if head == "company":
        # "Example Appliance Co said ... the company said": a company named by its legal form.
        endings = LEXICON.company_suffixes | LEXICON.trade_words
        forms = {form for suffix in endings for form in (suffix.capitalize(), suffix.upper())}
        kind_endings += [re.escape(form) + r"\.?" for form in sorted(forms)]
    capitalised = _CAPITALISED
    return _BodyNamePatterns(
        exact=_ending_in([] if municipal else [re.escape(head.capitalize())]),
        # "Brackenridge, the retailer," is "the company" too: any word for a business describes one.
        described=re.compile(
            rf"({capitalised}(?:\s+{capitalised})*),\s+(?:{_ARTICLES})\s+(?:[a-z][\w-]*\s+){{0,3}}?"
            rf"(?:{longest_first(LEXICON.business_words if head in LEXICON.business_words else [head])})"
            # Not "in San Francisco, a group of protesters" (a new clause, not what the place is), nor
            # "Jo Roe, the company's founder", "Jo Roe, the company founder" (a person).
            rf"\b(?!\s+of\b|['’]|\s+(?i:{_TITLE_WORDS})\b)"
        ),
        # Not "company CEO Jim Ross", "prison Warden Tom Burke": a title, a person.
        introduced=re.compile(
            rf"(?<![\w’'-]){re.escape(head)}\s+(?!(?i:{_TITLE_WORDS})\b)"
            rf"({capitalised}(?:\s+(?:&|{_JOINING})\s+{capitalised}|\s+{capitalised})*)"
        ),
        formal=re.compile(
            rf"{re.escape(head.capitalize())}\s+of\s+(?:the\s+)?{capitalised}(?:\s+{capitalised})*(?!\s+{UPPER})"
        )
        if municipal
        else _NEVER,
        of_kind=_ending_in(kind_endings),
    )


def _ends_sentence(word: str) -> bool:
    """``May.`` closes a sentence; ``Co.``, ``St.``, ``J.`` do not."""
    bare = word[:-1]
    return word.endswith(".") and len(bare) > 1 and "." not in bare and bare.lower() not in _ABBREVIATED_ENDINGS


def _set_off(text: str, apposition: re.Match[str]) -> bool:
    """Whether a name and the words after it are an apposition closed by a comma ("Shares in
    Brackenridge, the housebuilder, rose"), not a phrase opening the sentence and its subject ("In
    its notice on Thursday, the company said")."""
    return text[apposition.end() :].startswith(",")


#: What may open an apposition that gives the title first: "The university's vice-chancellor, ...".
_TITLE_FIRST = r"\b(?i:the|an?|[\w’'-]+['’]s)\s+(?:[\w.&’'-]+\s+){0,3}?"


@functools.cache
def _titled_pattern(title: str) -> re.Pattern[str]:
    """Where an article gives someone ``title``, with the words that qualify it (see
    ``People.holder_of``): "Fire Chief Dan Rees", "Governor of the Bank of Canada Tessa McLeod", "The
    university's vice-chancellor, Professor Anita Rao,", "Dr Priya Nair, the chief medical officer,",
    "Tessa McLeod, governor of the Bank of Canada,"."""

    # "vice-chancellor": a word hyphenated before the title qualifies it as the words before it do.
    def title_pattern(form: int) -> str:
        return rf"(?:(?P<hyphened{form}>[^\W\d_]+)-)?(?i:{re.escape(title)})\b"

    # What the title is of ("Governor of the Bank of Canada"): its words qualify it too.
    of_what = rf"(?P<of1>\s+of\s+(?:the\s+)?(?:{UPPER}[\w&’'.-]*\s+(?:of\s+(?:the\s+)?)?){{1,4}}?)?"
    return re.compile(
        rf"(?P<before>(?:{UPPER}[\w'’-]*\s+){{0,3}}){title_pattern(1)}{of_what}\s*(?P<name>{CAP_RUN.pattern})"
        rf"|(?P<apposed>{_TITLE_FIRST}){title_pattern(2)},\s+(?P<after>{CAP_RUN.pattern}),"
        rf"|(?P<first>{CAP_RUN.pattern}),\s+(?P<described>(?:(?:the|an?)\s+)?(?:[\w.&’'-]+\s+){{0,3}}?)"
        rf"{title_pattern(3)}(?P<of3>\s+of\s+(?:the\s+)?[^,.;]{{1,60}})?(?=[,.;])"
    )


_QUALIFYING_GROUPS = ("before", "apposed", "described", "hyphened1", "hyphened2", "hyphened3")
_OWNING_GROUPS = ("of1", "of3")


class People:
    """Who an article names, so that short and descriptive mentions map to one full name."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self._texts = [p.text for p in paragraphs]
        # Where each paragraph's sentences start, as the segment stage split them.
        self._sentence_starts = [sorted({0, *(sentence.start for sentence in p.sentences)}) for p in paragraphs]
        self._names: dict[str, tuple[str, ...]] = {}
        # Capitalised words seen inside a sentence are names; "Officials" or "Police" opening one are not.
        self._inside_sentence: set[str] = set()
        # Single names the article gives a title ("Pope Francis", "Mayor Ruiz").
        self._titled: set[str] = set()
        # Single capitalised words right after a quotation closed on a comma ('"...," Jones said'),
        # where news style writes a plural noun in lower case ('"...," officials said').
        self._after_quotation: set[str] = set()
        runs = []
        things: set[tuple[str, ...]] = set()
        for text in map(without_nicknames, self._texts):
            for run in CAP_RUN.finditer(text):
                tokens = _without_possessive(unglued(run.group().split()))
                office = OFFICE_BEFORE.search(text, max(0, run.start() - LONGEST_OFFICE), run.start())
                # "Secretary of State John Kerry": the run after "of" names the office before the person.
                name = tuple(name_after_office([office.group(1), "of", *tokens]) if office else strip_to_name(tokens))
                runs.append(name)
                if _DETERMINER_BEFORE.search(text, max(0, run.start() - 5), run.start()):
                    things.add(name)  # "on the Trump Train": a thing, whatever its words
                # A full name after '," ' is inside its sentence ("Bill" of "Bill Frelick" though the
                # article writes "the bill"); a lone word there may be a mis-capitalised noun.
                after_quotation = len(name) > 1 and _goes_on_after_quotation(text, run.start())
                if run.start() > 0 and (not _follows_sentence_opening(text, run.start()) or after_quotation):
                    self._inside_sentence.update(name)
                if len(tokens) == 1 and _goes_on_after_quotation(text, run.start()):
                    self._after_quotation.add(tokens[0])
                if len(name) == 1 and len(tokens) > 1 and is_title_word(tokens[-2]):
                    self._titled.add(name[0])  # "Pope Francis": one name, and a person's
        self._lower_case_words = frozenset(_LOWER_CASE_WORD.findall("\n".join(self._texts)))
        # A surname stands for the first full name the article gives with it: the Simpson of a story
        # about O.J. Simpson is not Nicole Brown Simpson, named later, however often she is named (a
        # story's subject is introduced first; counting mentions let a victim named twice take the
        # surname of the senator the story is about). A lone surname names no one else.
        names = [self._without_sentence_opener(found) for found in runs]
        # The given names the article writes before each surname ("Walt" and "Earl" Grissom).
        self._given_names_of: dict[str, set[str]] = {}
        for name in names:
            if len(name) > 1:
                self._given_names_of.setdefault(name[-1], set()).add(name[0])
        for name in names:
            known = self._names.get(name[-1], ()) if name else ()
            if name and (not known or (len(known) == 1 and len(name) > 1)):
                self._names[name[-1]] = name
        # "Elena Carvajal Ruiz", later "Carvajal": the first of two surnames, as Spanish and
        # Portuguese names are shortened, when no one else bears it and the article never calls
        # her by the last ("Hillary Rodham Clinton" is "Clinton", never "Rodham").
        self._first_surnames: dict[str, set[tuple[str, ...]]] = {}
        for name in names:
            if len(name) != 3 or name[0].lower() not in GIVEN_NAMES or name[1].lower() in GIVEN_NAMES:
                continue
            # Only a word the article writes alone as a name ("Carvajal said"), of a person's name
            # (not "Roman Catholic Church", "Jason Van Dyke", "Carlos A. Gimenez", "Donald Trump Jr.").
            alone_as_a_name = self._names.get(name[1]) == name[1:2] and "." not in name[1]
            of_a_person = (
                name[2].lower() not in LEXICON.organisation_heads
                and name[1].lower() not in LEXICON.name_connectors
                and name[2].rstrip(".").lower() not in LEXICON.name_suffixes
            )
            if alone_as_a_name and of_a_person:
                alone = re.compile(rf"(?<!{re.escape(name[1])} )\b{re.escape(name[2])}\b")
                # Nor "Rachel Maddow Show": a word the article also writes in lower case is no surname.
                common = re.compile(rf"\b{re.escape(name[2].lower())}\b")
                if not any(alone.search(text) or common.search(text) for text in self._texts):
                    self._first_surnames.setdefault(name[1], set()).add(name)
        # "Ana and Tomas Whitcroft": two people of one surname, the first named by her first name only
        # (not "Clinton and Bernie Sanders", where the first is a surname the article gives).
        for text in self._texts:
            for couple in _COUPLE.finditer(text):
                first, second, surname = couple.group(1, 2, 3)
                before = text[: couple.start()].split()[-1:]
                # "Hillary Clinton and Bernie Sanders": the first is a full name's end (but "When Ana and
                # Tomas Whitcroft": a word opening the sentence).
                # "Sisters Carmen and Inés Roe": a word for kin before them ends no name.
                opener = before[0].lower() if before else ""
                ends_a_name = (
                    bool(before)
                    and before[0][:1].isupper()
                    and opener not in LEXICON.stop_words
                    and opener not in LEXICON.kin_groups
                )
                if ends_a_name and not before[0].endswith((".", "!", "?", ":")):
                    continue
                surname_elsewhere = len(self._names.get(first, ())) > 1
                given = first.lower() in GIVEN_NAMES and second.lower() in GIVEN_NAMES
                if given and surname.lower() not in GIVEN_NAMES and not surname_elsewhere:
                    names.append((first, surname))
        #: Every full name each surname ends, in the order the article gives them (see ``fullest_of``).
        self._with_surname: dict[str, list[tuple[str, ...]]] = {}
        #: Where each of those full names is first written (see ``_first_mention``), read once.
        self._first_mentions: dict[tuple[str, ...], tuple[int, int]] = {}
        for name in names:
            if len(name) > 1 and name not in self._with_surname.setdefault(name[-1], []):
                self._with_surname[name[-1]].append(name)
        # The full names each first word starts, for a person called by the first name: every full
        # name, not only the one a surname stands for ("Fergal" is Fergal Rooney, though "Rooney"
        # alone is Declan Rooney, named first).
        self._by_first_word: dict[str, set[tuple[str, ...]]] = {}
        for full in {*names, *self._names.values()}:
            # "Farmers" is never short for the "Farmers National Convention": a body, not a first name.
            if len(full) > 1 and full[-1].lower() not in LEXICON.organisation_heads and full not in things:
                self._by_first_word.setdefault(full[0], set()).add(full)
        # The longer names each run of two or more first words starts, for a body called by the start
        # of its name ("Harvest Basket" for Harvest Basket Markets).
        self._by_first_words: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for full in names:
            for cut in range(2, len(full)):
                self._by_first_words.setdefault(full[:cut], set()).add(full)
        self._roles: dict[str, str | None] = {}
        #: Per title: who the article gives it in apposition, and where (see ``apposed_before``).
        self._appositions: dict[str, list[tuple[int, int, str]]] = {}
        #: (paragraph, offset, person) of each name a role stands before, per role, found when first asked for.
        self._role_holders: dict[str, list[tuple[int, int, str]]] = {}
        #: (paragraph, end, outlet) of each news outlet named, found when first asked for.
        self._outlets: list[tuple[int, int, str]] | None = None
        #: The names an apposition calls a body (see ``is_described_as_body``), found when first asked for.
        self._described_bodies: frozenset[str] | None = None
        #: The names an apposition calls a person (see ``is_described_as_person``), found when first asked for.
        self._described_people: frozenset[str] | None = None
        self._joined = "\0".join(self._texts)
        #: Where each paragraph starts in ``_joined`` (a NUL stands between two).
        self._paragraph_starts = list(itertools.accumulate((len(text) + 1 for text in self._texts[:-1]), initial=0))
        # The person the article is about: named more often than anyone else, and at least a few times.
        surnames = Counter(name[-1] for name in names if name and len(self._names.get(name[-1], ())) > 1)
        ranked = [*surnames.most_common(2), ("", 0), ("", 0)]
        leading = ranked[0][0] if ranked[0][1] >= _MAIN_PERSON_MENTIONS and ranked[0][1] > ranked[1][1] else None
        self.main_person = " ".join(self._names[leading]) if leading else None

    def _without_sentence_opener(self, tokens: Sequence[str]) -> tuple[str, ...]:
        """``Did Donald Trump``, ``Oldest Ani Vrabel`` -> the name: a leading word the article writes
        in lower case, and capitalised only where it opens a sentence, is not part of it ("Bill"
        in "said Bill Clinton" is)."""
        start = 0
        while start < len(tokens) and self._is_sentence_opener(tokens[start]):
            start += 1
        return tuple(tokens[start:])

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the article also writes ``word`` in lower case ("CLAIM" of a fact check's "the claim")."""
        return word.lower() in self._lower_case_words

    def _is_sentence_opener(self, token: str) -> bool:
        return token not in self._inside_sentence and token.lower() in self._lower_case_words

    def fullest(self, name: str) -> str:
        """The full name in the article that ``name`` stands for: the one its surname stands for
        (see ``__init__``) when it contains ``name``, else ``name`` as it is."""
        tokens = self._without_sentence_opener(name.split()) or tuple(name.split())
        if len(tokens) == 1 and tokens[0].isupper() and tokens[0].capitalize() in self._names:
            tokens = (tokens[0].capitalize(),)  # "TRUMP:" of a transcript is the Trump the article names
        if len(tokens) == 1 and len(self._names.get(tokens[0], ())) <= 1:
            # "Khalid" for Khalid Abu Bakar, "Jane" for Jane Sanders: a person the article calls by
            # the first name, when only one full name starts with it.
            starting = self._by_first_word.get(tokens[0], set())
            if len(starting) == 1:
                return " ".join(next(iter(starting)))
        if len(tokens) > 1 and tokens[0].lower() not in GIVEN_NAMES:
            # "Harvest Basket" for Harvest Basket Markets, when only one longer name starts so (a
            # person's name, "George Washington", is never the start of another's, a university's).
            longer = self._by_first_words.get(tokens, set())
            if len(longer) == 1:
                return " ".join(next(iter(longer)))
        if len(tokens) == 1 and len(self._first_surnames.get(tokens[0], ())) == 1:
            return " ".join(next(iter(self._first_surnames[tokens[0]])))
        known = self._names.get(tokens[-1], tokens)
        ending = known[-len(tokens) :]
        # "De la Cruz said", opening a sentence, is the Maria de la Cruz named before.
        same = ending == tokens or [word.casefold() for word in ending] == [word.casefold() for word in tokens]
        return " ".join(known if same else tokens)

    def fullest_of(self, surname: str, female: bool, before: tuple[int, int] | None = None) -> str:
        """``Ms. Whitcroft`` where the article names Tomas and Ana Whitcroft: the one full name of that
        surname whose first name is a woman's (``female``) or a man's, else ``fullest(surname)``.
        With ``before`` (a paragraph and an offset), only the names the article gave before it: a
        "Ms. Hallett" early on is not the mother named at the end."""
        given = LEXICON.given_names_female if female else LEXICON.given_names_male
        named = self._with_surname.get(surname, [])
        if before is not None:
            named = [name for name in named if self._first_mention(name) <= before] or named
        fitting = [name for name in named if name[0].lower() in given]
        return " ".join(fitting[0]) if len(fitting) == 1 else self.fullest(surname)

    def _first_mention(self, name: tuple[str, ...]) -> tuple[int, int]:
        """Where the article first writes ``name``'s first word ("Ana" of "Ana and Tomas Whitcroft",
        a name never written whole); after the end when it never does."""
        if name not in self._first_mentions:
            first = re.compile(rf"(?<!\w){re.escape(name[0])}(?!\w)")
            found = ((index, match.start()) for index, text in enumerate(self._texts) if (match := first.search(text)))
            self._first_mentions[name] = next(found, (len(self._texts), 0))
        return self._first_mentions[name]

    def learn_relative(self, first: str, full: str) -> None:
        """``Mr Rooney's widow, Siobhán,``: the article's "Siobhán" is Siobhán Rooney from here on,
        unless a full name starting with it is written out."""
        if first not in self._by_first_word:
            self._by_first_word[first] = {tuple(full.split())}

    def body_opening_with(self, word: str, paragraph: int, position: int) -> str | None:
        """The one body named before ``position`` whose longer name opens with ``word`` and ends in a
        word for a business or an outlet ("Castellan Property Group" for "Castellan said"); ``None``
        when there are none or several, or when the article named ``word`` alone before the longer
        name ("Amazon will open a hub … Amazon Web Services announced … Amazon said": a body of its
        own, not its unit)."""
        # A business's or an outlet's ending: "Harvard Medical School", "the Walmart Foundation" are
        # units of what the word alone names.
        ends = LEXICON.company_suffixes | LEXICON.trade_words | LEXICON.business_words | LEXICON.outlet_name_words
        capitalised = rf"{UPPER}[\w&’'-]*"
        pattern = re.compile(rf"\b{re.escape(word)}((?:\s+{capitalised})+)(\s+of(?:\s+the)?(?:\s+{capitalised})+)?")
        texts = [*self._texts[:paragraph], self._texts[paragraph][:position]]
        found: dict[str, tuple[int, int]] = {}  # each longer name, and where it is first named
        for index, text in enumerate(texts):
            for match in pattern.finditer(text):
                if match.group(1).split()[-1].casefold().rstrip(".") in ends:
                    found.setdefault(match.group().rstrip("."), (index, match.start()))  # "… Group of America"
        if len(found) != 1:
            return None
        ((name, first),) = found.items()
        alone = re.compile(rf"\b{re.escape(word)}\b(?!\s+{capitalised}|['’]s\s+{capitalised})")
        # "Amazon will open a hub … Amazon Web Services said": the word alone named a body first.
        before = [*texts[: first[0]], texts[first[0]][: first[1]]]
        return None if any(alone.search(text) for text in before) else name

    def body_spelt_out(self, initials: str, paragraph: int, position: int) -> str | None:
        """The body whose initials ``initials`` are, named in full before ``position`` ("the Insurance
        Council of Australia" for "ICA"): capitalised words, small connectors between them."""
        connectors = "|".join(sorted(LEXICON.organisation_connectors))
        pattern = re.compile(rf"{UPPER}[\w&’'-]*(?:\s+(?:(?:{connectors})\s+)?{UPPER}[\w&’'-]*){{{len(initials) - 1}}}")
        texts = [*self._texts[:paragraph], self._texts[paragraph][:position]]
        for text in reversed(texts):
            for start in range(len(text)):
                if not text[start].isupper() or (start and text[start - 1].isalnum()):
                    continue
                found = pattern.match(text, start)
                if found is None:
                    continue
                words = [word for word in found.group().split() if word[0].isupper()]
                if "".join(word[0] for word in words) == initials:
                    return found.group()
        return None

    def apposed_before(self, title: str, paragraph: int, position: int) -> str | None:
        """The person last given ``title`` in apposition before ``position``, in this paragraph or
        the one before: "Ann Lee, the city's mayor," / "Ann Lee, the director of the shelter," /
        "Ann Lee, the shelter director," / "The city's mayor, Ann Lee," for "the mayor" or "the
        director" said next."""
        found = self._appositions_of(title)
        at = bisect.bisect_left(found, (paragraph, position, "")) - 1
        return found[at][2] if at >= 0 and found[at][0] >= paragraph - 1 else None

    def sole_apposed_before(self, title: str, paragraph: int, position: int) -> str | None:
        """The one person the article has given ``title`` in apposition anywhere before ``position``
        ("Dennis Yerkes, the chairman of the Republican Party of Iowa," for "the chairman" paragraphs
        later); ``None`` when no one or several."""
        holders = {
            name for at_paragraph, at, name in self._appositions_of(title) if (at_paragraph, at) < (paragraph, position)
        }
        return holders.pop() if len(holders) == 1 else None

    def _appositions_of(self, title: str) -> list[tuple[int, int, str]]:
        """``_find_appositions``, read once per title over the whole article."""
        if title not in self._appositions:
            self._appositions[title] = self._find_appositions(title)
        return self._appositions[title]

    def _find_appositions(self, title: str) -> list[tuple[int, int, str]]:
        """(paragraph, offset, person) of every apposition giving someone ``title``, in reading order;
        read once per title over the whole article, outside quotations."""
        # Not "Earl Grissom, the senator's younger brother": whose brother, not a senator.
        title_pattern = rf"(?i:{re.escape(title)})\b(?!['’]s\b)"
        apposed = re.compile(
            rf"(?P<name>{CAP_RUN.pattern}),\s+(?:the|an?)\s+(?:[\w.&’'-]+\s+){{0,3}}?{title_pattern}"
            # The title first: "The university's vice-chancellor, Professor Anita Rao,".
            rf"|{_TITLE_FIRST}(?:(?i:vice|deputy)-)?{title_pattern},\s+(?P<after>{CAP_RUN.pattern}),"
        )
        found = []
        for index, outside in enumerate(self._outside_quotations):
            for match in apposed.finditer(outside):
                between = (
                    [word.lower() for word in match.group().split(",")[1].split()[1:-1]] if match.group("name") else []
                )
                if any(word in _DESCRIPTION_ENDS or word in LEXICON.past_role_qualifiers for word in between):
                    continue  # "Mark Dale, a spokesman for the mayor,", "Tom Reyes, a former police chief,"
                if match.group("after") and self._object_of_a_role(match, outside):
                    continue  # "a former clerk for the judge, Rebecca Lindau,": the clerk is named
                name = " ".join(strip_to_name((match.group("name") or match.group("after")).split()))
                if len(name.split()) > 1 and self.is_person_name(name):
                    found.append((index, match.start(), self.fullest(name)))
        return found

    def body_named_before(self, head: str, paragraph: int, position: int, *, kinds: bool = True) -> str | None:
        """The last organisation named before ``position`` whose name ``head`` heads ("Illinois State
        Board of Elections" for "board"): capitalised words ending in the head, or the head and
        "of ..." ("Board of Elections"); with ``kinds``, else one whose name ends in a kind of it
        ("Medical Center" for "hospital")."""
        exact, described, introduced, formal, of_kind = _body_name_patterns(head)
        texts = [*self._texts[:paragraph], self._texts[paragraph][:position]]
        # The latest paragraph first; within it, the body the article names with the very word ("the
        # agency": "the Environmental Protection Agency", "talent agency Creative Partners") before
        # one whose name only ends in a word for such a body ("the Harlow Fire Department").
        for text in reversed(texts):
            for patterns in ((exact, described, introduced, formal), (of_kind,) if kinds else ()):
                found = []
                named_after_kind: set[tuple[int, str]] = set()
                for kind_pattern in patterns:
                    for match in kind_pattern.finditer(text):
                        name = _without_article(match.group(1) if kind_pattern.groups else match.group())
                        if name.casefold() in PLACE_NAMES:
                            continue
                        words = name.split()
                        if kind_pattern is described:
                            # "in May. Ann Lee, a grocer,": the name starts after a sentence's end.
                            ended = [at for at, word in enumerate(words[:-1]) if _ends_sentence(word)]
                            words = words[ended[-1] + 1 :] if ended else words
                            name = " ".join(words)
                        if kind_pattern in (introduced, described) and (
                            opens_with_given_name(words) or opens_with_given_name(words[1:])
                        ):
                            # "company Jim Ross", "prison Warden Tom Burke", "Ann Lee, a local grocer,": a person.
                            continue
                        found.append((match.start(), name))
                        if (kind_pattern is introduced and name.isupper()) or (
                            kind_pattern is described and _set_off(text, match)
                        ):
                            named_after_kind.add((match.start(), name))
                # Two words at least, or an initialism named after its kind ("the UN refugee agency UNHCR"),
                # or one word an apposition calls a body ("Brackenridge, the housebuilder,").
                named = [
                    name
                    for at, name in sorted(found)
                    if len(name.split()) > 1 or (len(name) > 1 and (at, name) in named_after_kind)
                ]
                if named:
                    return named[-1]
        return None

    def body_extending(self, name: str, paragraph: int, position: int) -> str | None:
        """The body named before ``position`` whose name is ``name`` and one or two capitalised words
        more, the last a word that heads a body's name ("Bayview General Hospital" for "Bayview General")."""
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(name)}((?:\s+{UPPER}[\w’'-]*){{1,2}})(?![\w’'-])")
        texts = [*self._texts[:paragraph], self._texts[paragraph][:position]]
        for text in reversed(texts):
            for match in reversed(list(pattern.finditer(text))):
                if match.group(1).split()[-1].lower() in LEXICON.organisation_heads:
                    return match.group()
        return None

    def body_opening(self, paragraph: int, position: int, *, sentence_only: bool = False) -> str | None:
        """The body the sentence holding ``position`` opens with, else (unless ``sentence_only``) the
        one the sentence before opens with: "Retailer Mervin & Lyle will close 45 stores, it said",
        "Harwood Stores cut 200 jobs. It said ...". A name of two words or more after a word for its
        kind, or with no first name the languages list; not a person ("Ann Lee will close ...")."""
        text = self._texts[paragraph]
        starts = [start for start in self._sentence_starts[paragraph] if start < position] or [0]
        openings = [text[starts[-1] : position]]
        if not sentence_only and len(starts) > 1:
            openings.append(text[starts[-2] : starts[-1]])
        elif not sentence_only and paragraph > 0:
            openings.append(self._texts[paragraph - 1][self._sentence_starts[paragraph - 1][-1] :])
        for opening in openings:
            found = _BODY_OPENING.match(opening)
            if found is None:
                continue
            if _AGENT.search(opening, found.end()) or any(
                _may_speak_instead(opening, run) for run in _LATER_NAME.finditer(opening, found.end())
            ):
                # "Acme Corp. was sued by the Justice Department", "was rated inadequate by Ofsted":
                # another body in the sentence may be the one that speaks (not "at its Leeds warehouse").
                return None
            kind = (found.group("kind") or "").split()
            # "The Example Workers Union said ...": the body's name without its article.
            name = _without_article(found.group("name")).split() if not kind else found.group("name").split()
            if not kind and len(name) >= 3 and name[0].lower() in BODY_KINDS and name[1] not in ("of", "for"):
                # "Retailer Mervin & Lyle": the kind, then the name (not "Ministry of Health", one name).
                kind, name = name[:1], name[1:]
            described = bool(kind) and kind[-1].lower() in BODY_KINDS
            if kind and not described:
                continue
            # Not "Two Americans were killed", "Many Democrats agree": a count of people, no body.
            counted = name[0].lower() in LEXICON.number_words or name[0].lower() in LEXICON.stop_words
            # With no word for its kind before it, a name says it is a body by how it ends ("Harwood
            # Stores"), not "Storm Darragh", "Wall Street", "Xavi Moreno", "New York City".
            if len(name) >= 2 and not counted and (described or ends_like_a_body(name) or headed_like_a_body(name)):
                return " ".join(name)
        return None

    def is_called(self, name: str, head: str, paragraph: int, position: int) -> bool:
        """Whether an apposition before ``position`` calls the body ``name`` by the word ``head`` in lower
        case, after the name ("Harbor Watch, a residents' group,") or before it ("A tenants' group,
        the Greater Hallam Renters Union,"); not a part of another ("a unit of the group")."""
        # Up to three words before the noun, none of them "of" ("a subsidiary of the group").
        kind = rf"(?i:{_ARTICLES})\s+(?:(?!of\b)[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b(?!\s+of\b)"
        named = re.escape(name)
        pattern = re.compile(rf"\b{named},\s+{kind}|(?<![\w’'-]){kind},\s+(?:the\s+)?{named}\b")
        texts = [*self._texts[:paragraph], self._texts[paragraph][:position]]
        return any(pattern.search(text) for text in texts)

    def is_described_as_body(self, name: str) -> bool:
        """Whether the article calls ``name`` a body in an apposition ("Save Our Bridge, a residents'
        group,", "Priorities USA, a super PAC backing Clinton, ..."): a name with no word for a body
        in it, which is no person's."""
        if self._described_bodies is None:
            self._described_bodies = frozenset(
                _without_article(match.group(1))
                for text in self._texts
                for match in _DESCRIBED_AS_BODY.finditer(text)
                if match.group(1).casefold() not in PLACE_NAMES
            )
        return name in self._described_bodies

    def text_between(self, start: tuple[int, int], end: tuple[int, int]) -> str:
        """The article's text from ``start`` to ``end``, each (paragraph, offset), paragraphs joined by newlines."""
        if start[0] == end[0]:
            return self._texts[start[0]][start[1] : end[1]]
        middle = self._texts[start[0] + 1 : end[0]]
        return "\n".join([self._texts[start[0]][start[1] :], *middle, self._texts[end[0]][: end[1]]])

    def mentions_before(self, name: str, paragraph: int, position: int) -> int:
        """How often the article names ``name`` before ``position`` of ``paragraph``, as a whole word."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        texts = [*self._texts[:paragraph], self._texts[paragraph][:position]]
        return sum(len(pattern.findall(text)) for text in texts)

    def is_described_as_person(self, name: str) -> bool:
        """Whether the article calls ``name`` a person in an apposition ("Okonkwo Adeyemi, the founder,")."""
        if self._described_people is None:
            self._described_people = frozenset(
                self.fullest(_without_article(match.group(1)))
                for text in self._texts
                for match in _DESCRIBED_AS_PERSON.finditer(text)
            )
        return self.fullest(name) in self._described_people

    def outlet_named_before(self, paragraph: int, position: int) -> str | None:
        """The last news outlet the article named before ``position``: one in the bundled list, or
        a name after "the" that is an outlet's ("first reported by the Corran Valley Dispatch")."""
        if self._outlets is None:
            self._outlets = [
                (index, run.end(), outlet)
                for index, text in enumerate(self._texts)
                for run in CAP_RUN.finditer(text)
                if (outlet := _outlet_named(text, run)) is not None
            ]
        at = bisect.bisect_right(self._outlets, (paragraph, position), key=lambda found: found[:2])
        return self._outlets[at - 1][2] if at else None

    def introduces_someone_unnamed(self, paragraph: int, position: int) -> bool:
        """Whether this paragraph before ``position``, or the one before it, brings in a person
        with no name ("a young child", "a woman"), whom "the boy" or "the woman" may mean."""
        texts = [*self._texts[max(0, paragraph - 1) : paragraph], self._texts[paragraph][:position]]
        return any(_UNNAMED_PERSON.search(_QUOTED.sub(" ", text)) for text in texts)

    def names_another_person(self, person: str, paragraph: int, position: int) -> bool:
        """Whether the paragraph names anyone but ``person`` outside quotation marks before ``position``."""
        text = _QUOTED.sub(" ", self._texts[paragraph][:position])
        return any(name != person for name in self._persons_in(text, possessive=False))

    @functools.cached_property
    def _kind_named(self) -> frozenset[str]:
        """The names the article writes right after a word for a kind of body in lower case ("Accra
        club Osu Harbour Stars", "the union Unite"): a body's, never a person's."""
        return frozenset(
            self.fullest(" ".join(found.group("name").split()))
            for text in self._texts
            for found in _KIND_BEFORE_NAME.finditer(text)
            # "the campaign Hillary Clinton ran": a name with a given name in it is a person's.
            if not is_title_word(found.group("name").split()[0])
            and not any(word.lower() in GIVEN_NAMES for word in found.group("name").split())
        )

    def is_titled(self, name: str) -> bool:
        """A single name the article puts a title before somewhere ("Francis" of "Pope Francis")."""
        return name in self._titled

    def is_person_name(self, name: str) -> bool:
        """A full name, or a single name the article uses mid-sentence; never one headed like an
        organisation ("White House", "Human Rights Watch"), nor words the article writes in lower
        case ("Awkward Way")."""
        last = name.split()[-1].lower()
        if _opens_with_pronoun(name.split()[0]):
            return False  # "Senator, I've got one more race": "I've" after a title is no one's name
        fullest = self.fullest(name)
        # "Washington" is a place, unless the article names someone so ("Evelyn Washington").
        place = name.casefold() in PLACE_NAMES and len(fullest.split()) <= len(name.split())
        if last in LEXICON.organisation_heads or last in LEXICON.trade_words or place:
            return False  # "Brightline Foods" is a firm's name
        if _is_demonym_plural(name) or is_named_like_a_body(name) or fullest in self._kind_named:
            return False
        if len(fullest.split()) == 1 and _is_demonym(name, _SINGULAR_DEMONYM_ENDINGS):
            return False  # "the 44-year-old Australian": where the person is from, not who
        if not self._without_sentence_opener(name.split()):
            return False
        return len(fullest.split()) > 1 or name in self._inside_sentence or name in self._titled

    def is_speaker_after_quotation(self, name: str) -> bool:
        """A single name the article prints right after a quotation it attributes ('"...," Trump
        said'): someone who speaks in the article, wherever else it opens a sentence."""
        return name in self._after_quotation and not is_plural_of_a_noun(name.lower())

    def is_speaker_name(self, name: str) -> bool:
        """A single capitalised word right beside a speech verb ("Tiegen said") that the article
        never writes in lower case is someone's name, though the article only opens sentences
        with it; a plural ("Officials said") is not."""
        lower = name.lower()
        # "Moss", and "Jones" where the article prints it after a quotation, are surnames, not plurals
        # ("Organisers" there is a plural all the same: its singular is a word for people).
        plural = (
            lower.endswith("s")
            and not lower.endswith("ss")
            and (name not in self._after_quotation or is_plural_of_a_noun(lower))
        )
        return (
            " " not in name
            and not plural
            and not lower.endswith(("ed", "ing"))  # "Reached by phone", "Appearing"
            and lower not in LEXICON.stop_words
            and lower not in LEXICON.not_names
            and lower not in LEXICON.number_words
            # "Al" of "Al From": a first name alone is no one yet, unless the article prints it right
            # after a quotation and never gives it a surname ('"That never happened," Bob said').
            and (lower not in GIVEN_NAMES or (name in self._after_quotation and name not in self._by_first_word))
            and name.casefold() not in PLACE_NAMES
            and name.lower() not in LEXICON.organisation_heads
            and name.lower() not in LEXICON.group_words
            and not self._is_sentence_opener(name)
        )

    def has_title(self, name: str, title: str, role: str | None = None) -> bool:
        """Whether the article puts ``title`` or its abbreviation ("Sen." for senator: a title in
        the lists that begins it) right before ``name``, with at most a capitalised word between
        (``Florida Sen. Marco Rubio``), or gives the person it opens a sentence with that ``role``
        (the whole title, "chief executive") right after a link ("took over as chief executive")."""
        surname = re.escape(name.split()[-1])
        given = [re.escape(word) + r"\s+" for word in name.split()[:-1]]
        first = given[0] if given else ""
        # Of two people with one surname ("Sen. Walt Grissom", his brother Earl), the given name says which.
        shared = len(self._given_names_of.get(name.split()[-1], ())) > 1
        given_name = rf"(?:{first}(?:{UPPER}[\w.]*\s+)*)" + ("" if shared and first else "?")
        pattern = re.compile(
            rf"\b(?i:{_title_forms(title)})(?:\s+{UPPER}[\w.]*)?\s+{given_name}{surname}\b"
            # "Ann Lee took over as chief executive", "Ann Lee became the county's sheriff": the role
            # the sentence gives the person it opens with, before any full stop or quotation.
            # Only articles, possessives and names between the link and the role, and no possessive
            # after it ("is suing the mayor", "is the mayor's chief of staff" give no one the role).
            rf"|(?:^|(?<=[.!?]\s))(?:{first}(?:{UPPER}[\w.]*\s+)*)?{surname}\b[^.!?\"“”]{{0,60}}?\b(?:{_ROLE_LINKS})\s+"
            rf"(?:(?:{_ARTICLES})\s+|[\w-]+['’]s\s+|{UPPER}[\w’'-]*\s+){{0,3}}(?i:{_spaced(role or title)})\b(?!['’])"
        )
        return any(pattern.search(text) for text in self._texts)

    @functools.cached_property
    def _outside_quotations(self) -> list[str]:
        """Each paragraph with its quotations blanked out (offsets kept): who the reporter names, not a speaker."""
        return [_QUOTED.sub(lambda quoted: " " * len(quoted.group()), text) for text in self._texts]

    def holder_of(self, title: str, words: frozenset[str]) -> str | None:
        """The one person the article gives ``title`` with no qualifying words but ``words`` (lower
        case): "Governor Claire Dubois", "Police Chief Marcus Bell", "The Speaker, Sir Graham Pell,"
        for the words of "the Bank of Canada Governor", "the chief of police", "the House of Commons
        Speaker"; not "Fire Chief Dan Rees" nor "the city's deputy mayor, Tom Alvarez"."""

        holders = set()
        for outside in self._outside_quotations:
            for match in _titled_pattern(title).finditer(outside):
                written = [match.group(group) or "" for group in _QUALIFYING_GROUPS]
                # "chief of the Millbrook Police Department" may be "the chief of police"; "chief of the
                # fire service" may not: what the title is of must hold a word of what the phrase says.
                owning = set(" ".join(match.group(group) or "" for group in _OWNING_GROUPS).lower().split())
                # "the union's president" and "Hartwell's president" are the union's and Hartwell's, as
                # "president of the union" is; a place's ("the city's police chief") fits any phrase, and
                # so does a name's before a title of its own ("Georgia's secretary of state").
                owners = [stem for word in " ".join(written).split() if (stem := possessive_stem(word))]
                owning |= {
                    owner.lower()
                    for owner in owners
                    if (owner.islower() and owner not in LEXICON.municipalities) or (owner[:1].isupper() and not owning)
                }
                if owning and not owning & words - {"of", title}:
                    continue
                qualifiers = [
                    word
                    for word in " ".join(written).lower().split()
                    if word not in LEXICON.determiners and possessive_stem(word) is None
                ]
                name = strip_to_name((match.group("name") or match.group("after") or match.group("first")).split())
                if len(name) > 1 and set(qualifiers) <= words and self.is_person_name(" ".join(name)):
                    holders.add(self.fullest(" ".join(name)))
        return holders.pop() if len(holders) == 1 else None

    def named_relation(self, owner: str, relation: str) -> str | None:
        """``Kincaid's wife`` -> Anouk Reyes, where the article names her in apposition to the
        relation: "Kincaid ... with his wife, actress Anouk Reyes," or "Kincaid's wife, Anouk
        Reyes,"; the one person so named (``None`` for none or several). "his" and "her" count when
        ``owner``'s surname comes before them in the paragraph."""
        surname = owner.split()[-1]
        pattern = re.compile(
            rf"(?:\b(?P<owner>{UPPER}[\w’'-]+)['’]s|\b(?i:his|her|their))\s+{re.escape(relation)},\s+"
            rf"(?:[a-z][\w-]*\s+){{0,3}}(?P<name>(?:{UPPER}[\w’'.-]*\s+){{1,3}}{UPPER}[\w’'-]+)"
        )
        named = set()
        for text in self._texts:
            for found in pattern.finditer(text):
                whose = found.group("owner")
                before = text[: found.start()]
                if whose != surname and (whose is not None or not re.search(rf"\b{re.escape(surname)}\b", before)):
                    continue
                name = " ".join(strip_to_name(found.group("name").split()))
                if len(name.split()) > 1 and self.is_person_name(name):
                    named.add(self.fullest(name))
        return named.pop() if len(named) == 1 else None

    def described_just_before(self, role: Sequence[str], paragraph: int, position: int) -> str | None:
        """Whom ``the mother of three`` or ``the union leader`` (``role``: the words after "the")
        means in a paragraph that names no one before ``position``: the one person the paragraph
        before names, if it describes them with a word of the role, before the name or in an
        apposition after it ("Supt. Ann Lee" for "the superintendent", "Kerry-Ann Dillane, a mother
        of three, said"); never someone described otherwise ("Ivan Dobre, a farmer," is no
        sheriff, nor is "Owen Pryce, a retired accountant, is suing the mayor" the mayor)."""
        if paragraph == 0 or self.people_named(self._outside_quotations[paragraph][:position]):
            return None
        previous = self._outside_quotations[paragraph - 1]
        named = self.people_named(previous)
        if len(named) != 1:
            return None
        person = named.pop()
        words = [word.lower().removesuffix("'s").removesuffix("’s") for word in role]
        # What the role is: its last word, or the one before "of" ("the mother of three").
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        for description in self._descriptions(person, previous):
            if any(word in LEXICON.past_role_qualifiers and word not in words for word in description):
                continue  # "Tom Reyes, a former police chief," is not "the police chief"
            for at, word in enumerate(description):
                # "Asst. Supt. Tom Reyes" is no superintendent: another title qualifies the word.
                before = description[at - 1] if at > 0 else ""
                # ("Det. Sgt." is the detective sergeant: a title written short by its beginning.)
                qualified = before in LEXICON.titles and not any(word.startswith(before) for word in words)
                if word == head and not qualified:
                    return person
        return None

    def sole_person_placed(self, place: Sequence[str], description: str) -> str | None:
        """The one person the article places at ``place`` (lower-case words) in a sentence naming no
        one else: "Sen. Claire Ashworth (R-Maine)" for ``description`` "Maine Republican"; not in a
        sentence that uses the description ("the Montana Democrat told Carla Jennings" does not place
        Jennings); ``None`` when none or several."""
        placed = set()
        for sentence, words in self._sentences_outside_quotations():
            if description.lower() in sentence.lower():
                continue
            # "(R-Maine)": a party's letter and the state, joined by a hyphen.
            words = words | {part for word in words if "-" in word for part in word.split("-")}
            named = self.people_named(sentence)
            if len(named) == 1 and words.issuperset(place):
                placed |= named
        return placed.pop() if len(placed) == 1 else None

    def placed(self, person: str, place: Sequence[str]) -> bool:
        """Whether a sentence of the article names ``person``, no one else, and ``place`` (lower-case
        words): "Sen. Tom Roe of Iowa" for "the senator from Iowa"."""
        return any(
            words.issuperset(place) and self.people_named(sentence) == {person}
            for sentence, words in self._sentences_outside_quotations()
        )

    def _sentences_outside_quotations(self) -> Iterator[tuple[str, frozenset[str]]]:
        """Every sentence of the article outside quotations, with its words in lower case."""
        for index, text in enumerate(self._outside_quotations):
            starts = self._sentence_starts[index]
            for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
                sentence = text[start:end]
                yield sentence, frozenset(re.findall(r"[\w'’-]+", sentence.lower()))

    def _descriptions(self, person: str, text: str) -> list[list[str]]:
        """The descriptions ``text`` gives ``person``, as lower-case words, titles written short spelt
        out: the words before the name ("Brightwater Foods CEO Jo Roe", "Crown prosecutor Delphine
        Arbour") and a noun apposition after it (", a mother of three from Ballymorran,"), not a
        relative clause (", who called police,": what they did, not what they are)."""
        descriptions = []
        for run in CAP_RUN.finditer(text):
            name = strip_to_name(unglued(run.group().split()))
            if not name or self.fullest(" ".join(name)) != person:
                continue
            before: list[str] = []
            for word in reversed(text[: run.start()].split()[-_MAX_TITLE_WORDS_BEFORE:]):
                bare = word.lower().rstrip(".")
                # "Asst. Supt. Tom Reyes": a title written short keeps its full stop.
                shortened = word.endswith(".") and (bare in LEXICON.titles or bare in LEXICON.title_abbreviations)
                if (word[-1:] in ",.;:!?" and not shortened) or not (bare in LEXICON.titles or word[:1].isupper()):
                    break
                before.insert(0, word)
            descriptions.append(_spelt_out([*before, *run.group().split()[: -len(name)]]))
            apposition = re.match(r",\s+([^,.;]+),", text[run.end() :])
            if apposition and apposition.group(1).split()[0].lower() in _APPOSITION_OPENERS:
                words = apposition.group(1).split()
                # "a spokesman for the mayor", "a teacher whose principal ...": what they are ends
                # where what it is of, for or about begins.
                ends = [at for at, word in enumerate(words) if at and word.lower() in _DESCRIPTION_ENDS]
                descriptions.append(_spelt_out(words[: ends[0]] if ends else words))
        return descriptions

    def people_named(self, text: str) -> set[str]:
        """The people a text names, by the full names the article gives them (a single capitalised
        word it never gives in full, "Loomwell", may be a firm's or a place's)."""
        return {name for name in self._persons_in(text, possessive=True) if len(name.split()) > 1}

    def _persons_in(self, text: str, *, possessive: bool) -> Iterator[str]:
        """The fullest form of each person's name a text gives, in order; with ``possessive``, names
        written as owners ("Dana Pike's complaint") too."""
        for run in CAP_RUN.finditer(text):
            words = unglued(run.group().split())
            name = " ".join(strip_to_name(_without_possessive(words) if possessive else words))
            if name and self.is_person_name(name):
                yield self.fullest(name)

    def by_age(self, age: int) -> str | None:
        """``the 46-year-old`` -> the one person the article gives that age ("Ann Lee, 46," or
        "46-year-old Ann Lee"); ``None`` when it gives it to nobody or to several."""
        pattern = re.compile(
            rf"\b(?P<before>{UPPER}[\w’'-]+(?:\s+{UPPER}[\w’'-]+)*),\s*{age},"
            rf"|\b{age}-year-old\s+(?P<after>{UPPER}[\w’'-]+(?:\s+{UPPER}[\w’'-]+)*)"
        )
        # "58-year-old North Providence Democrat" is no name: the words are stripped to the name
        # in them, perhaps none.
        stripped = (
            " ".join(strip_to_name(found.group("before" if found.group("before") else "after").split()))
            for text in self._texts
            for found in pattern.finditer(text)
        )
        named = {self.fullest(name) for name in stripped if name and self.is_person_name(name)}
        return named.pop() if len(named) == 1 else None

    def _qualified_otherwise(self, role: str, at: int) -> bool:
        """Whether a word saying the role is no longer held ("former") that the role lacks stands in the
        few words before ``at``."""
        before = []
        # Paragraphs are joined by a NUL: where one ends, so do the words before the role.
        for word in reversed(self._joined[:at].split("\0")[-1].split()[-_MAX_TITLE_WORDS_BEFORE:]):
            if word[-1:] in ",.;:!?":
                break
            # "Ex-Tanfield CEO": a past holder, as "former" says.
            before.append(word.lower().partition("-")[0])
        return any(word in LEXICON.past_role_qualifiers and word not in role.split() for word in before)

    def _object_of_a_role(self, found: re.Match[str], text: str | None = None) -> bool:
        """Whether the role, set off by a comma before a name, is what another role before it is of
        ("a former clerk for the judge, Rebecca Lindau,": the name is the clerk's, not the judge's).
        ``found`` matched ``text`` (the article's paragraphs joined, by default), from the role or
        from the determiner before it."""
        text = self._joined if text is None else text
        if "," not in found.group():
            return False
        words = text[: found.start()].split("\0")[-1].split()[-_MAX_TITLE_WORDS_BEFORE:]
        if words and words[-1].lower() in LEXICON.determiners:
            words = words[:-1]
        elif found.group().split()[0].lower() not in LEXICON.determiners:
            return False
        return len(words) >= 2 and words[-1].lower() in _DESCRIPTION_ENDS and is_title_word(words[-2])

    def by_role(self, role: str) -> str | None:
        """``the police chief`` -> the name that follows ``Police Chief`` somewhere in the article."""
        if role not in self._roles:
            # "the CEO" is "chief executive Arvind Kulkarni", "the chief executive" is "CEO Jo Roe".
            written = [role, *(short for short, full in LEXICON.title_abbreviations.items() if full == role)]
            spelt = " ".join(_spelt_out(role.split()))
            forms = [*written, spelt] if spelt != role else written
            self._roles[role] = next((found for form in forms if (found := self._find_role(form))), None)
        return self._roles[role]

    def sole_holder_written_short(self, title: str, paragraph: int, position: int) -> str | None:
        """``the governor`` -> ``Gov. Elaine Marchetti``: the one person the article has given, before
        ``position``, a shorter title of the lists that begins ``title``; ``None`` when no one or several."""
        beginnings = [f"{t}." for t in LEXICON.titles if len(t) >= 3 and t != title and title.startswith(t)]
        holders = {
            name
            for form in beginnings
            for at_paragraph, at, name in self._holders(form)
            if (at_paragraph, at) < (paragraph, position)
        }
        return holders.pop() if len(holders) == 1 else None

    def role_holder_before(self, role: str, paragraph: int, position: int) -> str | None:
        """Of several people the article gives ``role`` before their name ("Rovers coach Hennie
        Visagie", "Harbour Stars coach Jacob Nii Armah"), the one named so last before ``position``
        in this paragraph or the one before; ``None`` when fewer than two hold the role."""
        holders = self._holders(role)
        if len({name for _, _, name in holders}) < 2:
            return None
        at = bisect.bisect_left(holders, (paragraph, position, "")) - 1
        return holders[at][2] if at >= 0 and holders[at][0] >= paragraph - 1 else None

    def _holders(self, role: str) -> list[tuple[int, int, str]]:
        """``_find_role_holders``, read once per role over the whole article."""
        if role not in self._role_holders:
            self._role_holders[role] = self._find_role_holders(role)
        return self._role_holders[role]

    def _find_role_holders(self, role: str) -> list[tuple[int, int, str]]:
        """(paragraph, offset, person) of each place a name follows ``role``, in reading order."""
        starts = self._paragraph_starts
        holders = []
        for found in _role_before_name(role).finditer(self._joined):
            run = CAP_RUN.match(self._joined, found.end())
            words = _without_possessive(run.group().split()) if run else []
            name = strip_to_name(words)
            # "after the mayor, Councilwoman Rita Osei": a title of another role opens the name.
            titled_otherwise = bool(words) and is_title_word(words[0]) and words[0].lower() not in role.split()
            if not name or titled_otherwise or self._qualified_otherwise(role, found.start()):
                continue
            paragraph = bisect.bisect_right(starts, found.start()) - 1
            holders.append((paragraph, found.start() - starts[paragraph], self.fullest(" ".join(name))))
        return holders

    def _first_apposed(self, role: str) -> re.Match[str] | None:
        """The first ``_role_apposed_to_name`` in the article, sought only in the paragraphs where
        the role stands in apposition after a comma: the whole pattern, tried at every capital of
        a long article, would cost a scan of it per role. No match takes in the NUL between two
        paragraphs, so the first paragraph with a match holds the first match."""
        joined = self._joined
        at = 0
        while (apposition := _role_in_apposition(role).search(joined, at)) is not None:
            start = joined.rfind("\0", 0, apposition.start()) + 1
            end = joined.find("\0", apposition.end())
            end = len(joined) if end < 0 else end
            found = _role_apposed_to_name(role).search(joined, start, end)
            if found is not None:
                return found
            at = end
        return None

    def _find_role(self, role: str) -> str | None:
        # The first place in the article where a name (a CAP_RUN, which starts wherever a capital
        # does) follows the role. All paragraphs are searched at once: no match takes in the NUL
        # between two of them.
        pattern = _role_before_name(role)
        # "the minister" is not "Former health minister Rajiv Subramanyam": a qualifier before the
        # role that the phrase does not have gives another role.
        found = next(
            (
                found
                for found in pattern.finditer(self._joined)
                if not self._qualified_otherwise(role, found.start()) and not self._object_of_a_role(found)
            ),
            None,
        )
        run = CAP_RUN.match(self._joined, found.end()) if found else None
        if run is None and not all(is_title_word(word) for word in role.split()):
            # A role the lists do not hold, in apposition after a person's full name: "Pieter van
            # Wyk, the Mine Rescue Services team leader" (a title, "Ted Cruz, the Texas senator",
            # may mean another senator later).
            # Names may stand between the role's words too: "a former Navy officer" is "the former officer".
            apposed = self._first_apposed(role)
            name = strip_to_name(apposed.group("name").split()) if apposed else []
            full = self.fullest(" ".join(name)) if name else ""
            return full if full and opens_with_given_name(full.split()) else None
        if run is None:
            return None
        # "Mayor Gloria Pettaway's office": the role is hers all the same.
        name = strip_to_name(_without_possessive(run.group().split()))
        # "Senator, I've got one more race", "the senator Montanans know": a pronoun or a people's
        # plural after the role is no one's name.
        if not name or _opens_with_pronoun(name[0]) or _is_demonym_plural(" ".join(name)):
            return None
        return self.fullest(" ".join(name))
