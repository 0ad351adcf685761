"""Passages: sentences of two or more sources that report the same fact.

The pipeline, each step a small function below:

1. Prepare every sentence: a normalised word string (case, quotes, "U.S." and numbers made uniform)
   and a set of stemmed content words weighted by IDF over the story's sentences.
2. Find candidate pairs across sources with an inverted index over each sentence's rarest words
   (prefix filtering), so a story of hundreds of sources is not compared all against all.
3. Score the candidates: IDF-weighted Dice of content words blended with rapidfuzz's ``ratio`` of
   the whole normalised wording (vectorised with ``cpdist``), damped when the numbers disagree, and
   zero unless the two share words beyond names and titles.
4. Link greedily, strongest first, at most one partner per sentence in each other source.
5. Merge links into n-way groups, strongest first, refusing a merge that would put two sentences of
   one source together or whose members do not, on average, match each other.

Precision matters more than recall here: a wrong link tells the reader two outlets agree when they
do not, while a missed one only leaves a sentence marked as unique.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from .config import AnalysisSettings
from .model import MatchStrength, Passage, Sentence, Source

#: Words that carry no fact of their own. Negations are deliberately absent: "did not discuss" and
#: "discussed" report opposite facts. Reporting verbs are present because attribution ("said",
#: "told reporters") varies between outlets without changing the fact.
_STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself of off on once only or other our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why
    with would you your yours yourself will shall may might must also however meanwhile
    said says say saying told tells according added reported reportedly
    """.split()
)

_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
#: "one" is as often a pronoun ("one people") as a count, so it never makes two numbers disagree.
_NOT_A_COUNT = frozenset({"1"})

# Links, handles and hashtags left by embedded posts say nothing about the event.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|co|gov|io)(?:/\S*)?\b|[@#]\w+")
_PUNCTUATION_VARIANTS = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
)
# Dotted abbreviations ("U.S.", "U.N.") lose their dots so they read like their undotted spelling.
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Checked case-sensitively, before lower-casing, so the pronoun "us" is not taken for the country.
_UNITED_STATES = re.compile(r"\b(?:USA|US|United States(?: of America)?)\b")
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}\b)")
_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[^\W_]+")
_PER_CENT = re.compile(r"\bper cent\b|%")
_DOUBLED_FINAL_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1$")

#: Share of a sentence's content weight that a real match must have in common with it. Sentences are
#: indexed only by their rarest words covering the rest of their weight (prefix filtering).
_MIN_SHARED_WEIGHT = 0.3
#: A sentence needs this many distinct content words before it can be linked at all: shorter ones
#: ("Video", "Trump said.") match each other by accident.
_MIN_CONTENT_WORDS = 3
#: How much the content-word overlap counts against the word-order-aware rapidfuzz ratio.
_OVERLAP_WEIGHT = 0.6
#: Multiplier when each sentence states a number the other lacks ("killed five" vs "killed seven").
_NUMBER_CONFLICT_FACTOR = 0.5
#: Sentences must share this many content words written in lower case: names and titles alone
#: ("Russian President Vladimir Putin and US President Donald Trump") do not make a fact.
_MIN_SHARED_PLAIN_WORDS = 3
#: ...unless their wording is this alike (0..1), as when a headline in capitals is copied whole.
_SAME_WORDING = 0.95


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A sentence in the form the comparison works on."""

    #: Position in the flat list of all the story's sentences.
    index: int
    #: Index of its source in the story.
    source: int
    sentence: Sentence
    #: The normalised sentence, for the rapidfuzz comparison of wording and word order.
    words: str
    #: Distinct stemmed content words, in order of first appearance.
    content: tuple[str, ...]
    content_set: frozenset[str]
    #: The content words the source writes in lower case: what happened rather than who or where.
    plain: frozenset[str]
    numbers: frozenset[str]
    #: Total IDF weight of the content words, once the story's IDF is known.
    weight: float = 0.0


# ---------------------------------------------------------------------------------- normalising


def normalise(text: str) -> str:
    """Lower-case words of ``text`` separated by single spaces, with spelling variants made uniform."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION_VARIANTS)
    text = _WEB_ADDRESS.sub(" ", text)
    text = _DOTTED_ABBREVIATION.sub(lambda match: match.group(0).replace(".", ""), text)
    text = _UNITED_STATES.sub("usa", text).lower()
    text = _PER_CENT.sub(" percent", _THOUSANDS_SEPARATOR.sub("", text))
    text = _POSSESSIVE.sub("", text).replace("'", "")
    return " ".join(_NUMBER_WORDS.get(word, word) for word in _WORD.findall(text))


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


def _content_words(normalised: str) -> tuple[str, ...]:
    stems = (_stem(word) for word in normalised.split() if word not in _STOPWORDS)
    return tuple(dict.fromkeys(stems))


def _plain_words(text: str) -> frozenset[str]:
    """Content words written in lower case, i.e. neither names nor titles nor headline capitals."""
    lower_case = (word for word in _WORD.findall(_WEB_ADDRESS.sub(" ", text)) if word.islower())
    return frozenset(_content_words(normalise(" ".join(lower_case))))


def _prepare(sources: Sequence[Source]) -> list[_Prepared]:
    prepared: list[_Prepared] = []
    for source_index, source in enumerate(sources):
        for sentence in source.sentences:
            words = normalise(sentence.text)
            content = _content_words(words)
            numbers = frozenset(word for word in content if word.isdigit()) - _NOT_A_COUNT
            plain = _plain_words(sentence.text)
            prepared.append(
                _Prepared(len(prepared), source_index, sentence, words, content, frozenset(content), plain, numbers)
            )
    return prepared


def _weighed(prepared: Sequence[_Prepared], idf: dict[str, float]) -> list[_Prepared]:
    return [replace(item, weight=sum(idf[word] for word in item.content)) for item in prepared]


def _idf(prepared: Sequence[_Prepared]) -> dict[str, float]:
    """Smoothed inverse sentence frequency: a word every sentence uses tells sentences apart least."""
    frequency: dict[str, int] = defaultdict(int)
    for item in prepared:
        for word in item.content:
            frequency[word] += 1
    total = len(prepared)
    return {word: math.log((total + 1) / (count + 1)) + 1.0 for word, count in frequency.items()}


# ---------------------------------------------------------------------------------- candidates


def _index_prefix(item: _Prepared, idf: dict[str, float]) -> list[str]:
    """The rarest words of ``item`` whose weight leaves less than the shared minimum outside them.

    Two sentences sharing at least that share of each one's weight must share a word of both prefixes.
    """
    rarest_first = sorted(item.content, key=lambda word: (-idf[word], word))
    allowed_outside = _MIN_SHARED_WEIGHT * sum(idf[word] for word in rarest_first)
    prefix: list[str] = []
    outside = sum(idf[word] for word in rarest_first)
    for word in rarest_first:
        if outside < allowed_outside:
            break
        prefix.append(word)
        outside -= idf[word]
    return prefix


def _candidate_pairs(prepared: Sequence[_Prepared], idf: dict[str, float]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of linkable sentences of different sources sharing a rare word."""
    postings: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for item in prepared:
        if len(item.content) < _MIN_CONTENT_WORDS:
            continue
        for word in _index_prefix(item, idf):
            for other in postings[word]:
                if prepared[other].source != item.source:
                    pairs.add((other, item.index))
            postings[word].append(item.index)
    return sorted(pairs)


# ------------------------------------------------------------------------------------- scoring


def _weighted_dice(a: _Prepared, b: _Prepared, idf: dict[str, float]) -> float:
    shared = sum(idf[word] for word in a.content_set & b.content_set)
    total = a.weight + b.weight
    return 2 * shared / total if total else 0.0


def _numbers_conflict(a: _Prepared, b: _Prepared) -> bool:
    return bool(a.numbers - b.numbers and b.numbers - a.numbers)


def _score_pairs(
    prepared: Sequence[_Prepared], pairs: Sequence[tuple[int, int]], idf: dict[str, float]
) -> dict[tuple[int, int], float]:
    """Similarity 0..1 of every pair; rapidfuzz compares all the wordings in one vectorised call."""
    if not pairs:
        return {}
    wording = process.cpdist(
        [prepared[i].words for i, _ in pairs],
        [prepared[j].words for _, j in pairs],
        scorer=fuzz.ratio,
        workers=-1,
    )
    return {
        (i, j): _blend(prepared[i], prepared[j], idf, ratio / 100)
        for (i, j), ratio in zip(pairs, wording.tolist(), strict=True)
    }


def _blend(a: _Prepared, b: _Prepared, idf: dict[str, float], wording: float) -> float:
    """One similarity from the content-word overlap and the likeness of the whole wording."""
    if wording < _SAME_WORDING and len(a.plain & b.plain) < _MIN_SHARED_PLAIN_WORDS:
        return 0.0
    similarity = _OVERLAP_WEIGHT * _weighted_dice(a, b, idf) + (1 - _OVERLAP_WEIGHT) * wording
    if _numbers_conflict(a, b):
        similarity *= _NUMBER_CONFLICT_FACTOR
    return min(1.0, max(0.0, similarity))


def _similarity(
    i: int, j: int, prepared: Sequence[_Prepared], idf: dict[str, float], scores: dict[tuple[int, int], float]
) -> float:
    """Similarity of any two sentences, scoring (and remembering) pairs the candidates left out."""
    key = (min(i, j), max(i, j))
    if key not in scores:
        a, b = prepared[key[0]], prepared[key[1]]
        scores[key] = _blend(a, b, idf, fuzz.ratio(a.words, b.words) / 100)
    return scores[key]


# ------------------------------------------------------------------------------------- linking


def _strongest_first(scores: dict[tuple[int, int], float], threshold: float) -> list[tuple[int, int]]:
    """Pairs at or above ``threshold``, strongest first; ties go to the earlier sentences."""
    kept = [(pair, score) for pair, score in scores.items() if score >= threshold]
    kept.sort(key=lambda entry: (-entry[1], entry[0]))
    return [pair for pair, _ in kept]


def _one_to_one(prepared: Sequence[_Prepared], ranked: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy matching: each sentence keeps its strongest partner in each other source.

    Without this one sentence would be glued to every loosely similar sentence of another source.
    """
    partner_in: set[tuple[int, int]] = set()  # (sentence, other source) already matched
    links: list[tuple[int, int]] = []
    for i, j in ranked:
        if (i, prepared[j].source) in partner_in or (j, prepared[i].source) in partner_in:
            continue
        partner_in.update({(i, prepared[j].source), (j, prepared[i].source)})
        links.append((i, j))
    return links


def _group(
    prepared: Sequence[_Prepared],
    links: Sequence[tuple[int, int]],
    idf: dict[str, float],
    scores: dict[tuple[int, int], float],
    threshold: float,
) -> list[list[int]]:
    """Merge links, strongest first, into groups of at most one sentence per source.

    A merge must also keep the two groups' members similar on average across the join, so a chain
    A~B~C of loose rewordings does not end up claiming that A and C say the same thing.
    """
    group_of = {index: [index] for pair in links for index in pair}
    for i, j in links:
        first, second = group_of[i], group_of[j]
        if first is second:
            continue
        if {prepared[k].source for k in first} & {prepared[k].source for k in second}:
            continue
        across = [_similarity(a, b, prepared, idf, scores) for a in first for b in second]
        if sum(across) / len(across) < threshold:
            continue
        first.extend(second)
        for member in second:
            group_of[member] = first
    unique = {id(group): group for group in group_of.values()}
    # A link whose merge was refused leaves its sentences alone, and a lone sentence is no passage.
    return [sorted(group) for group in unique.values() if len(group) > 1]


# ------------------------------------------------------------------------------------ passages


def _strength(similarity: float, settings: AnalysisSettings) -> MatchStrength:
    if similarity >= settings.verbatim_threshold:
        return "verbatim"
    if similarity >= settings.close_threshold:
        return "close"
    return "reworded"


def _passage(
    members: Sequence[int],
    prepared: Sequence[_Prepared],
    idf: dict[str, float],
    scores: dict[tuple[int, int], float],
    settings: AnalysisSettings,
) -> Passage:
    pair_scores = [
        _similarity(a, b, prepared, idf, scores) for n, a in enumerate(members) for b in members[n + 1 :]
    ]
    similarity = round(sum(pair_scores) / len(pair_scores), 4)
    sentence_ids = tuple(prepared[member].sentence.id for member in members)
    digest = hashlib.sha1("\n".join(sorted(sentence_ids)).encode("utf-8")).hexdigest()
    return Passage(f"p-{digest[:8]}", sentence_ids, similarity, _strength(similarity, settings))


def align_story(sources: Sequence[Source], settings: AnalysisSettings) -> tuple[Passage, ...]:
    """Group sentences of different sources that report the same fact into passages.

    Sentence ids within a passage follow the order of ``sources``, then position; passages follow
    their first sentence. Sentences in no passage are unique to their source.
    """
    unweighed = _prepare(sources)
    idf = _idf(unweighed)
    prepared = _weighed(unweighed, idf)
    scores = _score_pairs(prepared, _candidate_pairs(prepared, idf), idf)
    links = _one_to_one(prepared, _strongest_first(scores, settings.passage_threshold))
    groups = _group(prepared, links, idf, scores, settings.passage_threshold)
    groups.sort(key=lambda members: members[0])
    return tuple(_passage(members, prepared, idf, scores, settings) for members in groups)
