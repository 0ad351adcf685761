"""Passages: sentences of two or more sources that report the same fact.

The pipeline, each step a small function below:

1. Prepare every sentence: a normalised word string (case, quotes, "U.S." and numbers made uniform)
   and a set of *terms*: content words lightly stemmed, cut to their first letters (so "diplomacy" and
   "diplomatic" meet) and mapped through a small lexicon of general news synonyms ("halt"/"pause"),
   each weighted by its IDF over the story's sentences.
2. Find candidate pairs across sources with an inverted index over each sentence's rarest terms
   (prefix filtering), so a story of hundreds of sources is not compared all against all.
3. Score the candidates: IDF-weighted Dice of the terms blended with rapidfuzz's ``ratio`` of the
   whole normalised wording (vectorised with ``cpdist``), damped when the numbers disagree, and zero
   unless the two share words beyond names and titles.
4. Context: rewrites of one story keep much of its order, so a pair whose diagonal neighbours
   (the sentences before both, or after both) also match gets a bonus.
5. Link, strongest first, at most one partner per sentence in each other source (a greedy
   maximum-weight matching per source pair).
6. Merge links into n-way groups, strongest first, refusing a merge that would put two sentences of
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
from collections.abc import Sequence
from dataclasses import dataclass

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

#: A small lexicon of general news-English near-synonyms: each line is one meaning, its words
#: (after stemming) all become the first. Only everyday words whose senses overlap in reporting
#: of events belong here; nothing specific to one story.
_SYNONYM_GROUPS = """
    halt pause stop suspend freeze
    attack strike raid assault
    weapon arms munition
    shipment delivery supply
    kill die dead death
    injure hurt wound
    conversation talk discussion discuss
    meeting meet summit
    arrest detain
    car vehicle automobile
    aid assistance support
    leave depart
    begin start launch
    rise increase
    fall drop decline decrease
    official authority
    reporter journalist
    large big major huge
    fire blaze
    ban prohibit
"""

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

#: Terms are cut to this many letters: a cheap stand-in for stemming derivations ("diplomacy",
#: "diplomatic"; "shipments", "shipping").
_TERM_LENGTH = 6
#: Share of a sentence's content weight that a real match must have in common with it. Sentences are
#: indexed only by their rarest terms covering the rest of their weight (prefix filtering).
_MIN_SHARED_WEIGHT = 0.2
#: A sentence needs this many distinct content terms before it can be linked at all: shorter ones
#: ("Video", "Trump said.") match each other by accident.
_MIN_CONTENT_WORDS = 3
#: How much the term overlap counts against the word-order-aware rapidfuzz ratio.
_OVERLAP_WEIGHT = 0.6
#: Multiplier when each sentence states a number the other lacks ("killed five" vs "killed seven").
_NUMBER_CONFLICT_FACTOR = 0.5
#: Sentences must share this many content terms written in lower case (or rare names, see below):
#: frequent names and titles alone ("Russian President Vladimir Putin and US President Donald
#: Trump") do not make a fact.
_MIN_SHARED_PLAIN_WORDS = 2
#: ...unless their wording is this alike (0..1), as when a headline in capitals is copied whole.
_SAME_WORDING = 0.95
#: Share of the highest possible IDF from which a shared name counts toward that gate...
_RARE_IDF_SHARE = 0.75
#: ...and what it counts for there, against 1 for a plain word.
_RARE_NAME_SHARE = 1.0
#: Bonus, times the stronger diagonal neighbour's similarity, for a pair whose neighbours also match.
_CONTEXT_BONUS = 0.1
#: A neighbour pair gives that bonus only when its own similarity reaches this share of the threshold.
_CONTEXT_MIN = 1.0
#: Two groups merge when the mean similarity across them reaches this share of the passage threshold.
_MERGE_SHARE = 1.0


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
    #: Distinct content terms, in order of first appearance.
    content: tuple[str, ...]
    content_set: frozenset[str]
    #: The terms the source writes in lower case: what happened rather than who or where.
    plain: frozenset[str]
    numbers: frozenset[str]


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


def _build_synonyms(groups: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in groups.strip().splitlines():
        words = line.split()
        for word in words:
            # Either spelling may arrive: the word as written ("arms") or its stem ("arm").
            table.setdefault(word, words[0])
            table.setdefault(_stem(word), words[0])
    return table


_SYNONYMS = _build_synonyms(_SYNONYM_GROUPS)


def _term(word: str) -> str:
    """The comparable form of one normalised content word."""
    if word.isdigit():
        return word
    canonical = _SYNONYMS.get(word) or _SYNONYMS.get(_stem(word)) or _stem(word)
    return canonical[:_TERM_LENGTH]


def _content_words(normalised: str) -> tuple[str, ...]:
    terms = (_term(word) for word in normalised.split() if word not in _STOPWORDS)
    return tuple(dict.fromkeys(terms))


def _plain_words(text: str) -> frozenset[str]:
    """Content terms written in lower case, i.e. neither names nor titles nor headline capitals."""
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


def _idf(prepared: Sequence[_Prepared]) -> dict[str, float]:
    """Smoothed inverse sentence frequency: a term every sentence uses tells sentences apart least."""
    frequency: dict[str, int] = defaultdict(int)
    for item in prepared:
        for word in item.content:
            frequency[word] += 1
    total = len(prepared)
    return {word: math.log((total + 1) / (count + 1)) + 1.0 for word, count in frequency.items()}


class _Story:
    """The prepared sentences of one story, their IDF and every similarity computed so far."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.items = _prepare(sources)
        self.idf = _idf(self.items)
        self.weight = [sum(self.idf[word] for word in item.content) for item in self.items]
        #: A name at least this rare (IDF) helps two sentences past the gate of shared plain words.
        self.rare_idf = _RARE_IDF_SHARE * (math.log(len(self.items) + 1) + 1.0)
        #: Similarity of pairs ``(i, j)``, ``i < j``.
        self.scores: dict[tuple[int, int], float] = {}

    def same_source(self, i: int, j: int) -> bool:
        return self.items[i].source == self.items[j].source

    def score(self, pairs: Sequence[tuple[int, int]]) -> None:
        """Score ``pairs`` (``i < j``) not scored yet; rapidfuzz compares the wordings in one call."""
        todo = [pair for pair in dict.fromkeys(pairs) if pair not in self.scores]
        if not todo:
            return
        wording = process.cpdist(
            [self.items[i].words for i, _ in todo],
            [self.items[j].words for _, j in todo],
            scorer=fuzz.ratio,
            workers=-1,
        )
        for (i, j), ratio in zip(todo, wording.tolist(), strict=True):
            self.scores[(i, j)] = self._blend(i, j, ratio / 100)

    def similarity(self, i: int, j: int) -> float:
        """Similarity of two sentences already scored; 0 for pairs the candidates left out."""
        return self.scores.get((i, j) if i < j else (j, i), 0.0)

    def _specific(self, common: frozenset[str], plain: frozenset[str]) -> float:
        """How many shared terms say what happened: plain words count 1, rare names a share."""
        rare = sum(1 for word in common - plain if self.idf[word] >= self.rare_idf)
        return len(plain) + _RARE_NAME_SHARE * rare

    def _blend(self, i: int, j: int, wording: float) -> float:
        """One similarity from the term overlap and the likeness of the whole wording."""
        a, b = self.items[i], self.items[j]
        common = a.content_set & b.content_set
        if wording < _SAME_WORDING:
            plain = a.plain & b.plain
            if len(plain) < _MIN_SHARED_PLAIN_WORDS and self._specific(common, plain) < _MIN_SHARED_PLAIN_WORDS:
                return 0.0
        shared = sum(self.idf[word] for word in common)
        total = self.weight[i] + self.weight[j]
        overlap = 2 * shared / total if total else 0.0
        similarity = _OVERLAP_WEIGHT * overlap + (1 - _OVERLAP_WEIGHT) * wording
        if a.numbers - b.numbers and b.numbers - a.numbers:
            similarity *= _NUMBER_CONFLICT_FACTOR
        return min(1.0, max(0.0, similarity))


# ---------------------------------------------------------------------------------- candidates


def _index_prefix(item: _Prepared, idf: dict[str, float]) -> list[str]:
    """The rarest terms of ``item`` whose weight leaves less than the shared minimum outside them.

    Two sentences sharing at least that share of each one's weight must share a term of both prefixes.
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


def _candidate_pairs(story: _Story) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of linkable sentences of different sources sharing a rare term."""
    postings: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for item in story.items:
        if len(item.content) < _MIN_CONTENT_WORDS:
            continue
        for word in _index_prefix(item, story.idf):
            for other in postings[word]:
                if story.items[other].source != item.source:
                    pairs.add((other, item.index))
            postings[word].append(item.index)
    return sorted(pairs)


# ------------------------------------------------------------------------------------- linking


def _with_context(story: _Story, threshold: float) -> dict[tuple[int, int], float]:
    """Each scored pair's similarity plus a bonus when a diagonal neighbour pair also matches."""
    ranked: dict[tuple[int, int], float] = {}
    last = len(story.items) - 1
    for (i, j), score in story.scores.items():
        support = 0.0
        for step in (-1, 1):
            ni, nj = i + step, j + step
            if 0 <= ni <= last and 0 <= nj <= last and story.same_source(i, ni) and story.same_source(j, nj):
                support = max(support, story.scores.get((ni, nj), 0.0))
        bonus = _CONTEXT_BONUS * support if support >= _CONTEXT_MIN * threshold else 0.0
        ranked[(i, j)] = score + bonus
    return ranked


def _one_to_one(story: _Story, ranked: dict[tuple[int, int], float], threshold: float) -> list[tuple[int, int]]:
    """Greedy matching, strongest first: each sentence keeps its best partner in each other source.

    Without this one sentence would be glued to every loosely similar sentence of another source.
    """
    kept = sorted(((-score, pair) for pair, score in ranked.items() if score >= threshold))
    partner_in: set[tuple[int, int]] = set()  # (sentence, other source) already matched
    links: list[tuple[int, int]] = []
    items = story.items
    for _, (i, j) in kept:
        if (i, items[j].source) in partner_in or (j, items[i].source) in partner_in:
            continue
        partner_in.update({(i, items[j].source), (j, items[i].source)})
        links.append((i, j))
    return links


def _group(story: _Story, links: Sequence[tuple[int, int]], threshold: float) -> list[list[int]]:
    """Merge links, strongest first, into groups of at most one sentence per source.

    A merge must also keep the two groups' members similar on average across the join, so a chain
    A~B~C of loose rewordings does not end up claiming that A and C say the same thing.
    """
    items = story.items
    group_of = {index: [index] for pair in links for index in pair}
    for i, j in links:
        first, second = group_of[i], group_of[j]
        if first is second:
            continue
        if {items[k].source for k in first} & {items[k].source for k in second}:
            continue
        if len(first) + len(second) > 2:  # a lone link stands on its own (context-aided) score
            story.score([(min(a, b), max(a, b)) for a in first for b in second])
            across = sum(story.similarity(a, b) for a in first for b in second) / (len(first) * len(second))
            if across < _MERGE_SHARE * threshold:
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


def _member_pairs(members: Sequence[int], story: _Story) -> list[tuple[int, int]]:
    return [(a, b) for n, a in enumerate(members) for b in members[n + 1 :] if not story.same_source(a, b)]


def _passage(members: Sequence[int], story: _Story, settings: AnalysisSettings) -> Passage:
    pair_scores = [story.similarity(a, b) for a, b in _member_pairs(members, story)]
    similarity = round(sum(pair_scores) / len(pair_scores), 4)
    sentence_ids = tuple(story.items[member].sentence.id for member in members)
    digest = hashlib.sha1("\n".join(sorted(sentence_ids)).encode("utf-8")).hexdigest()
    return Passage(f"p-{digest[:8]}", sentence_ids, similarity, _strength(similarity, settings))


def align_story(sources: Sequence[Source], settings: AnalysisSettings) -> tuple[Passage, ...]:
    """Group sentences of different sources that report the same fact into passages.

    Sentence ids within a passage follow the order of ``sources``, then position; passages follow
    their first sentence. Sentences in no passage are unique to their source.
    """
    story = _Story(sources)
    threshold = settings.passage_threshold
    story.score(_candidate_pairs(story))
    links = _one_to_one(story, _with_context(story, threshold), threshold)
    groups = _group(story, links, threshold)
    groups.sort(key=lambda members: members[0])
    # The mean similarity of a passage covers every pair of its members, found as candidates or not.
    story.score([pair for members in groups for pair in _member_pairs(members, story)])
    return tuple(_passage(members, story, settings) for members in groups)
