"""Words and terms: sentences normalised, content words stemmed and cut, synonyms folded."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...text.lexicon import DEFAULT_LANGUAGE, lexicon_for
from ...text.normalise import fold_quote_marks
from ...text.script import CAPITAL, UPPER

#: "one" is as often a pronoun ("one people") as a count, so it never makes two numbers disagree.
NOT_A_COUNT = frozenset({"1"})

# Links, handles and hashtags left by embedded posts say nothing about the event.
# Matched within one whitespace-free token at a time: run over a whole text, a pattern like
# "\S+\.com" backtracks quadratically on one long token.
_WEB_TOKEN = re.compile(r"^(?:https?://|www\.)|\.(?:com|org|net|co|gov|io)(?:/|\W*$)|(?:^|\W)[@#]\w")


#: A text without any of these holds no token ``_WEB_TOKEN`` matches (most sentences).
_WEB_HINTS = ("http", "www.", ".co", ".org", ".net", ".gov", ".io", "@", "#")


def _without_web_addresses(text: str) -> str:
    """Drop links, bare domains and @handles/#tags: they say nothing about the reported facts."""
    if not any(hint in text for hint in _WEB_HINTS):
        return " ".join(text.split())
    return " ".join(token for token in text.split() if not _WEB_TOKEN.search(token))


# Dotted abbreviations ("U.S.", "U.N.") lose their dots so they read like their undotted spelling.
_DOTTED_ABBREVIATION = re.compile(rf"\b(?:[{CAPITAL}a-z]\.){{2,}}")
# Checked case-sensitively, before lower-casing, so the pronoun "us" is not taken for the country.
_UNITED_STATES = re.compile(r"\b(?:USA|US|United States(?: of America)?)\b")
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}\b)")
_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[^\W_]+")
_PER_CENT = re.compile(r"\bper cent\b|%")
# Undoubled after a suffix ("stopped" -> "stop"), except l, s and z ("killed" -> "kill", "passed" -> "pass").
_DOUBLED_FINAL_CONSONANT = re.compile(r"([b-df-hj-kmnp-rtv-y])\1$")

#: Terms are cut to this many letters: a cheap stand-in for stemming derivations ("diplomacy",
#: "diplomatic"; "shipments", "shipping").
_TERM_LENGTH = 6
#: Share of a sentence's content weight that a real match must have in common with it. Sentences are
#: indexed only by their rarest terms covering the rest of their weight (prefix filtering).
MIN_SHARED_WEIGHT = 0.2
#: A sentence needs this many distinct content terms before it can be linked at all: shorter ones
#: ("Video", "Trump said.") match each other by accident.
MIN_CONTENT_WORDS = 3
#: How much the term overlap counts against the word-order-aware rapidfuzz ratio.
OVERLAP_WEIGHT = 0.6
#: Multiplier when each sentence states a number the other lacks ("killed five" vs "killed seven").
NUMBER_CONFLICT_FACTOR = 0.5
#: Sentences must share this many content terms written in lower case (or rare names, see below):
#: frequent names and titles alone ("Russian President Vladimir Putin and US President Donald
#: Trump") do not make a fact.
MIN_SHARED_PLAIN_WORDS = 2
#: ...unless their wording is this alike (0..1), as when a headline in capitals is copied whole.
SAME_WORDING = 0.95
#: Share of the highest possible IDF from which a shared name counts toward that gate...
RARE_IDF_SHARE = 0.75
#: ...and what it counts for there, against 1 for a plain word.
RARE_NAME_SHARE = 1.0
#: Bonus, times the stronger diagonal neighbour's similarity, for a pair whose neighbours also match.
CONTEXT_BONUS = 0.1
#: A neighbour pair gives that bonus only when its own similarity reaches this share of the threshold.
CONTEXT_MIN = 1.0
#: Two groups merge when the mean similarity across them reaches this share of the passage threshold.
MERGE_SHARE = 1.0
#: Candidate partners kept per wording, those sharing the most rare weight with it first. Real
#: rewrites of a sentence share its rare words, so they rank high; the cap keeps a fact repeated in
#: hundreds of sources from making the candidates grow with the square of the sources.
CANDIDATES_PER_WORDING = 32
#: Neighbouring wordings per node (most frequent first) looked at for the context bonus.
CONTEXT_NEIGHBOURS = 8
#: Wordings per group (most frequent first) compared when deciding a merge; below this it is exact.
MERGE_REPRESENTATIVES = 16
# ---------------------------------------------------------------------------------- normalising


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower-case words of ``text`` separated by single spaces, with spelling variants made uniform.

    Cached: the stages of a story normalise each sentence several times over."""
    text = fold_quote_marks(unicodedata.normalize("NFKC", text))
    text = _without_web_addresses(text)
    text = _DOTTED_ABBREVIATION.sub(lambda match: match.group(0).replace(".", ""), text)
    text = _UNITED_STATES.sub("usa", text).lower()
    text = _PER_CENT.sub(" percent", _THOUSANDS_SEPARATOR.sub("", text))
    text = _POSSESSIVE.sub("", text).replace("'", "")
    number_words = lexicon_for(DEFAULT_LANGUAGE).number_words
    return " ".join(number_words.get(word, word) for word in _WORD.findall(text))


def _stem(word: str) -> str:
    """A light suffix stripper: enough that "shipments"/"shipment" and "paused"/"pause" meet."""
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = _DOUBLED_FINAL_CONSONANT.sub(r"\1", word[: -len(suffix)])
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _build_synonyms(groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Each word of a group, as written and stemmed, mapped to the group's first word."""
    table: dict[str, str] = {}
    for words in groups:
        for word in words:
            # Either spelling may arrive: the word as written ("arms") or its stem ("arm").
            table.setdefault(word, words[0])
            table.setdefault(_stem(word), words[0])
    return table


_SYNONYMS = _build_synonyms(lexicon_for(DEFAULT_LANGUAGE).synonym_groups)


@lru_cache(maxsize=1 << 16)
def term(word: str) -> str:
    """The comparable form of one normalised content word."""
    if word.isdigit():
        return word
    canonical = _SYNONYMS.get(word) or _SYNONYMS.get(_stem(word)) or _stem(word)
    return canonical[:_TERM_LENGTH]


def content_words(normalised: str) -> tuple[str, ...]:
    """The distinct terms of a normalised text, without the stop words (which carry no fact)."""
    stop_words = lexicon_for(DEFAULT_LANGUAGE).stop_words
    terms = (term(word) for word in normalised.split() if word not in stop_words)
    return tuple(dict.fromkeys(terms))


def plain_words(text: str) -> frozenset[str]:
    """Content terms written in lower case, i.e. neither names nor titles nor headline capitals."""
    # Split at white space, not at apostrophes: "didn't" must give the "didnt" that ``normalise``
    # gives, not "didn" and "t".
    tokens = fold_quote_marks(unicodedata.normalize("NFKC", _without_web_addresses(text))).split()
    lower_case = (token for token in tokens if token.islower())
    return frozenset(content_words(normalise(" ".join(lower_case))))


# ---------------------------------------------------------------------------------- evidence

_NAME = re.compile(rf"(?<![.!?]\s)(?<!^)\b{UPPER}[\w’'-]*[a-z][\w’'-]*")
_CAPITALISED = re.compile(rf"\b{UPPER}[\w’'-]*[a-z][\w’'-]*")
#: Shared names and numbers named in a reason, at most.
_EVIDENCE_ITEMS = 4


def shared_evidence(first: str, second: str, terms: int, numbers: frozenset[str]) -> tuple[str, ...]:
    """What two sentences visibly share, for a reader judging whether they report one thing:
    names (capitalised words inside a sentence), then the ``numbers`` and the count of content
    ``terms`` the aligner found in both."""
    reasons = []
    # A name opening one sentence counts when the other names it inside a sentence.
    capitalised = [set(_CAPITALISED.findall(text)) for text in (first, second)]
    names = sorted((set(_names(first)) & capitalised[1]) | (set(_names(second)) & capitalised[0]))
    if names:
        reasons.append("names: " + ", ".join(names[:_EVIDENCE_ITEMS]))
    if numbers:
        reasons.append("numbers: " + ", ".join(sorted(numbers, key=lambda n: (len(n), n))[:_EVIDENCE_ITEMS]))
    reasons.append(f"{terms} shared content words")
    return tuple(reasons)


def _names(text: str) -> list[str]:
    return [name for name in _NAME.findall(text) if name.lower() not in _STOP_WORDS]


_STOP_WORDS = lexicon_for(DEFAULT_LANGUAGE).stop_words
