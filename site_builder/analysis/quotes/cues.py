"""The words and patterns that mark speech and speakers in English news copy."""

from __future__ import annotations

import re
from pathlib import Path

from ..segment import SPEECH_VERBS

_PARTICIPLES = frozenset(
    "adding admitting noting telling insisting warning explaining stressing declaring arguing "
    "recalling acknowledging conceding calling describing writing asking complaining".split()
)
SPEECH_VERB = re.compile(
    r"\b(?:according to|" + "|".join(sorted(SPEECH_VERBS | _PARTICIPLES | {"described"})) + r")\b",
    re.IGNORECASE,
)
# Longer than any cue NAMING_CUES matches ("the hashtag"), so a window this long before a
# quotation finds any cue the whole text before it would.
LONGEST_NAMING_CUE = 24
NAMING_CUES = re.compile(
    r"\b(?:called|dubbed|titled|entitled|named|nicknamed|branded|labell?ed|termed|so-called|known as|"
    r"headlined|the (?:phrase|slogan|term|word|words|motto|theme|book|film|song|show|forum|hashtag))\s*$",
    re.IGNORECASE,
)
# Words that give a person's role rather than their name; a speaker name starts after the last one.
TITLES = frozenset(
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
NOT_NAMES = frozenset(
    """
    a an the he she it they we i you this that these those there here his her its their our my your
    but and or so yet still now then however meanwhile also instead although though while when after
    before since because if as in on at by for from with without during under over some many most
    several few no none one what why how who where earlier later speaking according asked apologising
    apologizing commenting reiterating monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)
NAME_CONNECTORS = frozenset("de da di del der van von bin al la le du".split())
# Abbreviations that end a name without ending it: "Martin Luther King Jr. said".
NAME_SUFFIXES = frozenset("jr sr".split())
FEMALE = frozenset("she her mrs ms".split())
MALE = frozenset("he him mr".split())
# Lower-case words that may trail a speaker before the verb: "Putin had said", "Baca angrily told".
TRAILING_AUXILIARIES = frozenset("had has have also later then earlier again once would will previously".split())
# An aside between a speaker and the verb: "Zelenskiy, meanwhile, told", "Trump, speaking to reporters, said".
ASIDE_WORDS = frozenset("meanwhile however though too also earlier later then separately".split())
DETERMINERS = frozenset("the a an".split())
# Verbs whose object is the listener ("told the Associated Press"), never the speaker.
LISTENER_VERBS = frozenset("told tell tells telling asked asks".split())

# Words that head the name of an organisation speaking as one ("the Interior Ministry said",
# "Customs and Border Protection said", "the Mexican government said").
ORG_HEADS = frozenset(
    """
    government ministry department office agency command police patrol service services commission
    committee council court army military navy embassy consulate administration authority bureau board
    institute university company corporation corp inc party union association organisation organization
    federation foundation coalition campaign network hospital cabinet parliament senate congress
    secretariat force forces guard protection security defense defence enforcement affairs justice safety
    prosecutor's prosecutors group center centre
    """.split()
)
ORG_CONNECTORS = frozenset("and of for the on &".split())
# What an organisation or person issues, standing in for them: "the statement said".
DOCUMENTS = frozenset("statement release report letter post tweet message communique communiqué filing notice announcement".split())
# "his family said": people or bodies named only through the person they belong to.
RELATIONS = frozenset(
    """
    family wife husband widow widower mother father son daughter brother sister parents children lawyer
    lawyers attorney attorneys spokesman spokeswoman spokesperson office campaign aide aides
    """.split()
)
LEADING_CONJUNCTIONS = frozenset("and but so yet then still".split())
LY_NOUNS = frozenset("family assembly ally rally supply monopoly anomaly".split())
RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
# Run-together words from scraping: "SecretaryJaneDoe" (three lower-case letters, then a capitalised word).
GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")

FULL_QUOTE_WORDS = 8
MIN_QUOTE_WORDS = 3
# A verb after the quotation attributes it only if it comes this soon ("," Ushakov said).
TAIL_WINDOW_WORDS = 10
MAX_SPEAKER_WORDS = 8
# How far from a speech verb, in characters, its speaker is looked for (news sentences are shorter).
ATTRIBUTION_WINDOW = 600
MAX_NAME_TOKENS = 4

WORD_TOKEN = re.compile(r"[A-Za-z][\w’'.-]*|\d+")
# A name token: initials and initialisms (``E.``, ``U.S.``), abbreviated titles (``Gov.``), words.
_ABBREVIATED_TITLES = "|".join(sorted(t.capitalize() for t in TITLES if len(t) <= 4))
_NAME_TOKEN = rf"(?:(?:[A-Z]\.)+(?=\s)|(?:{_ABBREVIATED_TITLES})\.(?=\s+[A-Z])|[A-Z][\w’'-]*)"
CAP_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(NAME_CONNECTORS))})\s+)?{_NAME_TOKEN})*")
DECADE_OR_ELISION = re.compile(r"'(?:\d0s|n'|em\b|til\b|cause\b)")
SENTENCE_END = re.compile(r"[.!?…]\s+\S")
END_OF_NAME_AFTER_VERB = re.compile(r"[,;:.!?(—–]|\s(?:and|or|as|in|at|on|to|of|from|for|with|who|after|before)\s")

# "said in a statement", "wrote in a letter posted ...": the quotation that follows is from that document.
DOCUMENT_AFTER = re.compile(r"\s+(?:on \w+ )?in an? (?:\w+ )?(?:" + "|".join(sorted(DOCUMENTS)) + r")\b", re.IGNORECASE)
# Words before a capitalised name that make it a place or a thing ("in El Paso", "the Aral Sea"),
# never the person a later "he" or "she" means.
PLACE_OR_THING_MARKERS = frozenset(
    "in at from to into near across throughout outside inside the a an this that of on".split()
)
# Pronouns that can be the subject of a speech verb ("he said"), never a description of someone.
SUBJECT_PRONOUNS = frozenset("he she it they we i you who".split())


def _word_list(name: str) -> frozenset[str]:
    path = Path(__file__).resolve().parents[2] / "text" / "data" / "en" / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Given names that tell whether "he" or "she" can mean a person the article has not gendered.
FEMALE_GIVEN_NAMES = _word_list("given_names_female")
MALE_GIVEN_NAMES = _word_list("given_names_male")
