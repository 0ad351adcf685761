"""The words and patterns that mark speech and speakers in English news copy."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...text.alternation import alternation
from ...text.lexicon import DEFAULT_LANGUAGE, Lexicon, given_names, lexicon_for
from ...text.script import CAPITAL, UPPER

# The quotes stage reads English for now; the lists themselves are data (text/data/<language>/).
LEXICON = lexicon_for(DEFAULT_LANGUAGE)
#: Given names, female and male, with or without accents ("Inés" is "Ines").
GIVEN_NAMES = given_names(DEFAULT_LANGUAGE)


def interview_cue(lexicon: Lexicon) -> re.Pattern[str]:
    """Any of a language's interview cues as whole words ("spoke to", "entretien")."""
    return any_phrase(lexicon.interview_cues)


def any_phrase(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words in any case, the longest first, so that where one ends is
    where what follows it starts."""
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return re.compile(r"(?<!\w)(?:" + alternation(ordered) + r")(?!\w)", re.IGNORECASE)


SPEECH_VERB = re.compile(
    r"\b(?:"
    + alternation(sorted({*LEXICON.source_prepositions, *LEXICON.speech_verbs, *LEXICON.speech_participles}))
    + r")\b",
    re.IGNORECASE,
)
# Longer than any cue NAMING_CUES matches ("the hashtag"), so a window this long before a
# quotation finds any cue the whole text before it would.
LONGEST_NAMING_CUE = max(len(cue) for cue in LEXICON.naming_cues) + 1
NAMING_CUES = re.compile(
    r"\b(?:" + "|".join(re.escape(cue).replace(r"\ ", " ") for cue in LEXICON.naming_cues) + r")\s*$", re.IGNORECASE
)
# 'what aide Jo Roe called "a new era"', up to the quotation mark: the quotation is Jo Roe's words,
# not a name (naming_cues), though "called" right before it otherwise makes it one.
_FREE_RELATIVE = alternation(sorted(LEXICON.free_relatives, key=len, reverse=True))
# The subject between the relative and the verb holds no relative of its own: in "noting that the
# firm made what it described as", "it" described, not "the firm made what it".
_SUBJECT_WORD = rf"(?!(?:{_FREE_RELATIVE})\b)[^\s,;:!?\"“”]+"
CHARACTERISED_BY = re.compile(
    rf"\b(?:{_FREE_RELATIVE})\s+(?P<who>{_SUBJECT_WORD}(?:\s+{_SUBJECT_WORD}){{0,5}}?)\s+(?:"
    + alternation(sorted(LEXICON.characterising_verbs, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
# "and", and "her husband" after it: what joins a second person to a speaker phrase.
_COORDINATOR = "(?:" + "|".join(map(re.escape, sorted(LEXICON.coordinators))) + ")"
_RELATIVE_BY_PRONOUN = (
    "(?:"
    + "|".join(map(re.escape, sorted(LEXICON.gendered_pronouns)))
    + r")\s+(?:"
    + "|".join(map(re.escape, sorted(LEXICON.relations)))
    + ")"
)
#: "Ann Lee and her husband" (to its end): a second speaker, named by whom they are to the first.
JOINED_RELATIVE = re.compile(rf"\b{_COORDINATOR}\s+{_RELATIVE_BY_PRONOUN}$", re.IGNORECASE)
#: " and Ryan", " and her husband" after a name opening a sentence: two people as its subject.
JOINED_NAME = re.compile(rf"\s+{_COORDINATOR}\s+(?:{UPPER}|{_RELATIVE_BY_PRONOUN}\b)")
#: "he", "she": they double as the gender a person is known to have.
GENDERED_PRONOUNS = frozenset(LEXICON.gendered_pronouns.values())
FEMALE_PRONOUN = min(GENDERED_PRONOUNS & LEXICON.female_markers)
MALE_PRONOUN = min(GENDERED_PRONOUNS & LEXICON.male_markers)
# Run-together words from scraping: "SecretaryJaneDoe" (three lower-case letters, then a capitalised word).
GLUED = re.compile(rf"(?<=[a-z]{{3}})(?={UPPER}[a-z]{{2}})")

#: Who speaks for a body without being named: the singular relations ("spokesman", "lawyer").
REPRESENTATIVES = frozenset(
    word for word in LEXICON.relations if not word.endswith("s") and word not in LEXICON.family_relations
)

#: The ending a contraction puts on a pronoun ("he's", "she'd", "they're"): what is left is the pronoun.
CONTRACTION_ENDING = re.compile(r"[’'][a-z]{1,2}$")

#: What opens a list item before its text ("• Gov. Ann Lee: "..."", "- "We will rebuild."").
LIST_BULLETS = "•▪‣·*-–— \u00a0"
FULL_QUOTE_WORDS = 8
# A quoted clause this long that ends its sentence inside the marks is speech with or without a
# verb ('convince the nation that "the press is out of control."'); shorter ones may be names.
CLAUSE_QUOTE_WORDS = 5
# A short unattributed quotation with this many content words may be a cut of a remark (see quotes/echoes.py).
FRAGMENT_CONTENT_WORDS = 2
# A verb after the quotation attributes it only if it comes this soon ("," Ushakov said), room
# enough for a name and its description ("," Eric Roe, an Iowa strategist and former adviser to
# Jo Lee, said).
TAIL_WINDOW_WORDS = 16
MAX_SPEAKER_WORDS = 8
# How far from a speech verb, in characters, its speaker is looked for (news sentences are shorter).
ATTRIBUTION_WINDOW = 600
MAX_NAME_TOKENS = 4

# "&" between words is a word of a company's name ("Procter & Gamble").
WORD_TOKEN = re.compile(rf"[{CAPITAL}a-z][\w’'.-]*|\d+|(?<= )&(?= {UPPER})")
# A name token: initials and initialisms (``E.``, ``U.S.``), abbreviated titles (``Gov.``), words,
# and a surname written with its particle joined by a hyphen ("al-Rashidi").
_ABBREVIATED_TITLES = "|".join(sorted(t.capitalize() for t in LEXICON.titles if len(t) <= 4))
_NAME_TOKEN = (
    rf"(?:(?:{UPPER}\.)+(?=\s)|(?:{_ABBREVIATED_TITLES})\.(?=\s+{UPPER})|{UPPER}[\w’'-]*"
    rf"|(?:{'|'.join(sorted(LEXICON.name_connectors))})-{UPPER}[\w’'-]*)"
)
# Up to two particles between a name's capitalised words: "Maria de la Cruz", "Pieter van der Berg".
_PARTICLES = "|".join(sorted(LEXICON.name_connectors))
#: "al-Rashidi": a surname with its particle joined by a hyphen, a name in lower case.
JOINED_PARTICLE = re.compile(rf"(?:{_PARTICLES})-{UPPER}")
CAP_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:{_PARTICLES})\s+){{0,2}}{_NAME_TOKEN})*")
SENTENCE_END = re.compile(r"[.!?…]\s+\S")
END_OF_NAME_AFTER_VERB = re.compile(
    r"[,;:.!?(—–]|\s(?:and|or|as|in|at|on|to|of|from|for|with|who|after|before|during|when|while|because|about|last|this)\s"
)

#: "'s statement", "'s angry reply": someone's words or document, named after the possessive.
OWNED_WORDS_AFTER = (
    r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:"
    + alternation(sorted(LEXICON.utterance_nouns | LEXICON.documents, key=len, reverse=True))
    + r")\b"
)

# "said in a statement", "wrote in a letter posted ...": the quotation that follows is from that document.
DOCUMENT_AFTER = re.compile(
    r"\s+(?:on \w+ )?in an? (?:\w+ )?(?:" + "|".join(sorted(LEXICON.documents)) + r")\b", re.IGNORECASE
)
# Places, case-folded, with the dateline cities: never a person's name.
PLACE_NAMES = frozenset(name.casefold() for name in LEXICON.place_names | set(LEXICON.dateline_places))
