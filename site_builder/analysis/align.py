"""Passages: sentences of two or more sources that report the same fact.

The pipeline, each step a small function below:

1. Prepare every sentence: a normalised word string (case, quotes, "U.S." and numbers made uniform)
   and a set of *terms*: content words lightly stemmed, cut to their first letters (so "diplomacy" and
   "diplomatic" meet) and mapped through the lexicon's general news synonyms ("halt"/"pause"),
   each weighted by its IDF over the story's sentences.
2. Collapse: sentences worded alike (same normalised words and lower-case words) are compared once,
   as one *wording*; the copies of one wording in different sources form one *node*, a ready-made
   group (a source that prints a sentence twice gives a second node). Rewrites of one wire story
   repeat most sentences word for word, so a story of hundreds of sources has far fewer nodes than
   sentences.
3. Find candidate pairs of wordings with an inverted index over each one's rarest terms (prefix
   filtering), keeping for each wording only the partners that share the most rare weight with it,
   so candidates grow with the number of wordings, not with its square.
4. Score the candidates in bulk: IDF-weighted Dice of the terms (numpy) blended with rapidfuzz's
   ``ratio`` of the whole normalised wording (``cpdist``), damped when the numbers disagree, and zero
   unless the two share words beyond names and titles.
5. Context: rewrites of one story keep much of its order, so a pair whose diagonal neighbours
   (the sentences before both, or after both) also match gets a bonus.
6. Link, strongest first, at most one partner per sentence in each other source (a greedy
   maximum-weight matching per source pair, on nodes: a node's sources are tracked as a bit mask).
7. Merge links into n-way groups, strongest first, refusing a merge that would put two sentences of
   one source together or whose members do not, on average, match each other (measured across the
   groups' most common wordings, so a merge costs a bounded number of comparisons).

Precision matters more than recall here: a wrong link tells the reader two outlets agree when they
do not, while a missed one only leaves a sentence marked as unique.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from ..config import AnalysisSettings
from ..model import MatchStrength, Passage, Sentence, Source
from ..text.lexicon import DEFAULT_LANGUAGE, lexicon_for
from ..text.normalise import fold_quote_marks

#: "one" is as often a pronoun ("one people") as a count, so it never makes two numbers disagree.
_NOT_A_COUNT = frozenset({"1"})

# Links, handles and hashtags left by embedded posts say nothing about the event.
# Matched within one whitespace-free token at a time: run over a whole text, a pattern like
# "\S+\.com" backtracks quadratically on one long token.
_WEB_TOKEN = re.compile(r"^(?:https?://|www\.)|\.(?:com|org|net|co|gov|io)(?:/|\W*$)|(?:^|\W)[@#]\w")


def _without_web_addresses(text: str) -> str:
    """Drop links, bare domains and @handles/#tags: they say nothing about the reported facts."""
    return " ".join(token for token in text.split() if not _WEB_TOKEN.search(token))


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
#: Candidate partners kept per wording, those sharing the most rare weight with it first. Real
#: rewrites of a sentence share its rare words, so they rank high; the cap keeps a fact repeated in
#: hundreds of sources from making the candidates grow with the square of the sources.
_CANDIDATES_PER_WORDING = 32
#: Neighbouring wordings per node (most frequent first) looked at for the context bonus.
_CONTEXT_NEIGHBOURS = 8
#: Wordings per group (most frequent first) compared when deciding a merge; below this it is exact.
_MERGE_REPRESENTATIVES = 16
# ---------------------------------------------------------------------------------- normalising


def normalise(text: str) -> str:
    """Lower-case words of ``text`` separated by single spaces, with spelling variants made uniform."""
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
def _term(word: str) -> str:
    """The comparable form of one normalised content word."""
    if word.isdigit():
        return word
    canonical = _SYNONYMS.get(word) or _SYNONYMS.get(_stem(word)) or _stem(word)
    return canonical[:_TERM_LENGTH]


def _content_words(normalised: str) -> tuple[str, ...]:
    """The distinct terms of a normalised text, without the stop words (which carry no fact)."""
    stop_words = lexicon_for(DEFAULT_LANGUAGE).stop_words
    terms = (_term(word) for word in normalised.split() if word not in stop_words)
    return tuple(dict.fromkeys(terms))


def _plain_words(text: str) -> frozenset[str]:
    """Content terms written in lower case, i.e. neither names nor titles nor headline capitals."""
    # Split at white space, not at apostrophes: "didn't" must give the "didnt" that ``normalise``
    # gives, not "didn" and "t".
    tokens = fold_quote_marks(unicodedata.normalize("NFKC", _without_web_addresses(text))).split()
    lower_case = (token for token in tokens if token.islower())
    return frozenset(_content_words(normalise(" ".join(lower_case))))


# ---------------------------------------------------------------------------------- preparing


@dataclass(frozen=True, slots=True)
class _Wording:
    """One distinct wording, in the form the comparison works on; sentences worded alike share it."""

    #: The normalised sentence, for the rapidfuzz comparison of wording and word order.
    words: str
    #: Distinct content terms, in order of first appearance.
    content: tuple[str, ...]
    content_set: frozenset[str]
    #: The terms the source writes in lower case: what happened rather than who or where.
    plain: frozenset[str]
    numbers: frozenset[str]

    @property
    def linkable(self) -> bool:
        return len(self.content) >= _MIN_CONTENT_WORDS


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A sentence of the story and its wording."""

    #: Position in the flat list of all the story's sentences.
    index: int
    #: Index of its source in the story.
    source: int
    sentence: Sentence
    #: Index of its wording in ``_Story.wordings``.
    wording: int


def _word_form(text: str) -> tuple[str, frozenset[str]]:
    return normalise(text), _plain_words(text)


def _prepare(sources: Sequence[Source]) -> tuple[list[_Prepared], list[_Wording]]:
    prepared: list[_Prepared] = []
    wordings: list[_Wording] = []
    wording_of: dict[tuple[str, frozenset[str]], int] = {}
    form_of: dict[str, tuple[str, frozenset[str]]] = {}  # sentence text -> its form (repeats are common)
    for source_index, source in enumerate(sources):
        for sentence in source.sentences:
            form = form_of.get(sentence.text)
            if form is None:
                form = form_of[sentence.text] = _word_form(sentence.text)
            kind = wording_of.get(form)
            if kind is None:
                words, plain = form
                content = _content_words(words)
                numbers = frozenset(word for word in content if word.isdigit()) - _NOT_A_COUNT
                kind = wording_of[form] = len(wordings)
                wordings.append(_Wording(words, content, frozenset(content), plain, numbers))
            prepared.append(_Prepared(len(prepared), source_index, sentence, kind))
    return prepared, wordings


def _idf(wordings: Sequence[_Wording], sentences: Sequence[int]) -> dict[str, float]:
    """Smoothed inverse sentence frequency: a term every sentence uses tells sentences apart least.

    ``sentences[k]`` is how many sentences have wording ``k``.
    """
    frequency: dict[str, int] = defaultdict(int)
    for wording, count in zip(wordings, sentences, strict=True):
        for word in wording.content:
            frequency[word] += count
    total = sum(sentences)
    return {word: math.log((total + 1) / (count + 1)) + 1.0 for word, count in frequency.items()}


class _Terms:
    """The wordings' term sets as flat integer arrays, for scoring many pairs at once with numpy."""

    def __init__(self, wordings: Sequence[_Wording], idf: dict[str, float], rare_idf: float) -> None:
        vocabulary: dict[str, int] = {}
        for wording in wordings:
            for word in (*wording.content, *sorted(wording.plain)):
                vocabulary.setdefault(word, len(vocabulary))
        self.size = max(1, len(vocabulary))
        self.idf = np.zeros(self.size)
        self.number = np.zeros(self.size, dtype=bool)
        for word, n in vocabulary.items():
            self.idf[n] = idf.get(word, 0.0)
            self.number[n] = word.isdigit() and word not in _NOT_A_COUNT
        self.rare = self.idf >= rare_idf
        self.content = _Flat([[vocabulary[w] for w in wording.content] for wording in wordings])
        self.plain = _Flat([sorted(vocabulary[w] for w in wording.plain) for wording in wordings])
        self.weight = np.bincount(self.content.owner, weights=self.idf[self.content.ids], minlength=len(wordings))
        self.numbers = np.bincount(self.content.owner, weights=self.number[self.content.ids], minlength=len(wordings))


class _Flat:
    """Integer lists, one per wording, stored end to end (``ids[start[k]:start[k + 1]]``)."""

    def __init__(self, lists: Sequence[Sequence[int]]) -> None:
        lengths = np.array([len(values) for values in lists], dtype=np.int64)
        self.start = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
        self.ids = np.fromiter((v for values in lists for v in values), dtype=np.int64, count=int(lengths.sum()))
        self.owner = np.repeat(np.arange(len(lists), dtype=np.int64), lengths)

    def keys(self, rows: np.ndarray, size: int) -> np.ndarray:
        """``pair * size + id`` for every id of every row: row ``n`` of ``rows`` is pair ``n``."""
        lengths = self.start[rows + 1] - self.start[rows]
        ends = np.cumsum(lengths)
        positions = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64)
        positions += np.repeat(self.start[rows] - (ends - lengths), lengths)
        return np.repeat(np.arange(len(rows), dtype=np.int64), lengths) * size + self.ids[positions]


def _ordered(k: int, m: int) -> tuple[int, int]:
    """A wording pair as scores are keyed: smaller index first."""
    return (k, m) if k <= m else (m, k)


class _Story:
    """The prepared sentences of one story, their wordings and nodes, and the similarities so far."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.items, self.wordings = _prepare(sources)
        sentences = [0] * len(self.wordings)
        for item in self.items:
            sentences[item.wording] += 1
        self.idf = _idf(self.wordings, sentences)
        #: A name at least this rare (IDF) helps two sentences past the gate of shared plain words.
        self.rare_idf = _RARE_IDF_SHARE * (math.log(len(self.items) + 1) + 1.0)
        self.terms = _Terms(self.wordings, self.idf, self.rare_idf)
        #: Similarity of wordings ``(k, m)``, ``k <= m``.
        self.scores: dict[tuple[int, int], float] = {}
        self._nodes()

    def _nodes(self) -> None:
        """Nodes: the linkable sentences of one wording, at most one per source."""
        #: Sentence indices of each node, ascending; its wording; its sources as a bit mask.
        self.members: list[list[int]] = []
        self.node_wording: list[int] = []
        self.mask: list[int] = []
        self.node_of: list[int] = [-1] * len(self.items)
        self.nodes_of: dict[int, list[int]] = defaultdict(list)  # wording -> its nodes
        node_at: dict[tuple[int, int], int] = {}
        copies: Counter[tuple[int, int]] = Counter()
        for item in self.items:
            if not self.wordings[item.wording].linkable:
                continue
            copy = copies[(item.source, item.wording)]
            copies[(item.source, item.wording)] += 1
            node = node_at.get((item.wording, copy))
            if node is None:
                node = node_at[(item.wording, copy)] = len(self.members)
                self.members.append([])
                self.node_wording.append(item.wording)
                self.mask.append(0)
                self.nodes_of[item.wording].append(node)
            self.members[node].append(item.index)
            self.mask[node] |= 1 << item.source
            self.node_of[item.index] = node

    def size(self, node: int) -> int:
        return len(self.members[node])

    def score(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Score wording pairs ``(k, m)``, ``k <= m``, not scored yet, all in one go."""
        todo = [pair for pair in dict.fromkeys(pairs) if pair not in self.scores]
        if not todo:
            return
        first = np.array([k for k, _ in todo], dtype=np.int64)
        second = np.array([m for _, m in todo], dtype=np.int64)
        wording = process.cpdist(
            [self.wordings[k].words for k, _ in todo],
            [self.wordings[m].words for _, m in todo],
            scorer=fuzz.ratio,
            workers=-1,
        ).astype(np.float64) / 100
        similarity = _blend(self.terms, first, second, wording)
        self.scores.update(zip(todo, similarity.tolist(), strict=True))

    def similarity(self, k: int, m: int) -> float:
        """Similarity of two wordings already scored; 0 for pairs the candidates left out."""
        return self.scores.get(_ordered(k, m), 0.0)

    def node_similarity(self, a: int, b: int) -> float:
        return self.similarity(self.node_wording[a], self.node_wording[b])


def _blend(terms: _Terms, first: np.ndarray, second: np.ndarray, wording: np.ndarray) -> np.ndarray:
    """One similarity per pair from the term overlap and the likeness of the whole wording."""
    pairs, size = len(first), terms.size
    common = np.intersect1d(terms.content.keys(first, size), terms.content.keys(second, size), assume_unique=True)
    pair, word = common // size, common % size
    shared = np.bincount(pair, weights=terms.idf[word], minlength=pairs)
    common_plain = np.intersect1d(terms.plain.keys(first, size), terms.plain.keys(second, size), assume_unique=True)
    plain = np.bincount(common_plain // size, minlength=pairs)
    # How many shared terms say what happened: plain words count 1, rare names (not plain) a share.
    rare_names = terms.rare[word] & ~np.isin(common, common_plain, assume_unique=True)
    specific = plain + _RARE_NAME_SHARE * np.bincount(pair[rare_names], minlength=pairs)
    gated = (wording < _SAME_WORDING) & (plain < _MIN_SHARED_PLAIN_WORDS) & (specific < _MIN_SHARED_PLAIN_WORDS)
    total = terms.weight[first] + terms.weight[second]
    overlap = np.divide(2 * shared, total, out=np.zeros(pairs), where=total > 0)
    similarity = _OVERLAP_WEIGHT * overlap + (1 - _OVERLAP_WEIGHT) * wording
    same_numbers = np.bincount(pair[terms.number[word]], minlength=pairs)
    conflict = (terms.numbers[first] > same_numbers) & (terms.numbers[second] > same_numbers)
    similarity = np.where(conflict, similarity * _NUMBER_CONFLICT_FACTOR, similarity)
    return np.where(gated, 0.0, np.clip(similarity, 0.0, 1.0))


# ---------------------------------------------------------------------------------- candidates


def _index_prefix(wording: _Wording, idf: dict[str, float]) -> list[str]:
    """The rarest terms of ``wording`` whose weight leaves less than the shared minimum outside them.

    Two sentences sharing at least that share of each one's weight must share a term of both prefixes.
    """
    rarest_first = sorted(wording.content, key=lambda word: (-idf[word], word))
    allowed_outside = _MIN_SHARED_WEIGHT * sum(idf[word] for word in rarest_first)
    prefix: list[str] = []
    outside = sum(idf[word] for word in rarest_first)
    for word in rarest_first:
        if outside < allowed_outside:
            break
        prefix.append(word)
        outside -= idf[word]
    return prefix


#: A term carried by more distinct wordings than this names no particular fact (a story made
#: of thousands of near-identical lines, say); walking its postings for every wording would
#: make candidate generation quadratic, so it does not propose candidates.
_MAX_POSTING = 1000


def _candidate_pairs(story: _Story, cap: int = _CANDIDATES_PER_WORDING) -> list[tuple[int, int]]:
    """Pairs ``(k, m)``, ``k < m``, of linkable wordings in different sources sharing a rare term.

    Each wording keeps the ``cap`` partners sharing the most prefix weight with it (ties: first
    wording first), and a pair is kept when either side keeps it: at most ``cap`` pairs per wording.
    """
    linkable = list(story.nodes_of)
    prefixes = {k: _index_prefix(story.wordings[k], story.idf) for k in linkable}
    postings: dict[str, list[int]] = defaultdict(list)
    for k in linkable:
        for word in prefixes[k]:
            postings[word].append(k)
    sources = {k: _sources(story, k) for k in linkable}
    pairs: set[tuple[int, int]] = set()
    for k in linkable:
        shared: dict[int, float] = defaultdict(float)
        for word in prefixes[k]:
            weight = story.idf[word]
            if len(postings[word]) > _MAX_POSTING:
                continue
            for other in postings[word]:
                shared[other] += weight
        shared.pop(k, None)  # absent when all its terms were too common to index
        lone = sources[k]
        # A wording of one source never pairs with another of only it.
        partners = [other for other in shared if sources[other] != lone] if lone.bit_count() == 1 else list(shared)
        if len(partners) > cap:
            partners = [other for _, other in heapq.nsmallest(cap, ((-shared[other], other) for other in partners))]
        pairs.update((min(k, other), max(k, other)) for other in partners)
    return sorted(pairs)


def _sources(story: _Story, wording: int) -> int:
    mask = 0
    for node in story.nodes_of[wording]:
        mask |= story.mask[node]
    return mask


def _node_pairs(story: _Story, wording_pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The node pairs ``(a, b)``, ``a < b``, of the wording pairs that have sentences in two sources."""
    pairs = []
    for k, m in wording_pairs:
        for a in story.nodes_of[k]:
            for b in story.nodes_of[m]:
                if (story.mask[a] | story.mask[b]).bit_count() > 1:
                    pairs.append((min(a, b), max(a, b)))
    return pairs


# ------------------------------------------------------------------------------------- linking


def _neighbours(story: _Story, step: int) -> list[tuple[int, ...]]:
    """For each node, the wordings of its sentences' neighbours ``step`` away in the same source.

    At most ``_CONTEXT_NEIGHBOURS`` of them, the most frequent first.
    """
    items, node_of = story.items, story.node_of
    found: list[tuple[int, ...]] = []
    for members in story.members:
        counts: Counter[int] = Counter()
        for index in members:
            other = index + step
            if 0 <= other < len(items) and items[other].source == items[index].source and node_of[other] >= 0:
                counts[items[other].wording] += 1
        ranked = sorted(counts.items(), key=lambda entry: (-entry[1], entry[0]))[:_CONTEXT_NEIGHBOURS]
        found.append(tuple(wording for wording, _ in ranked))
    return found


def _with_context(story: _Story, pairs: Sequence[tuple[int, int]], threshold: float) -> dict[tuple[int, int], float]:
    """Each node pair's similarity plus a bonus when a diagonal neighbour pair also matches."""
    ranked: dict[tuple[int, int], float] = {}
    scores = story.scores
    sides = (_neighbours(story, -1), _neighbours(story, 1))
    for a, b in pairs:
        support = 0.0
        for neighbours in sides:
            for k in neighbours[a]:
                for m in neighbours[b]:
                    # _ordered inlined: this innermost loop runs for every neighbour pair.
                    support = max(support, scores.get((k, m) if k <= m else (m, k), 0.0))
        bonus = _CONTEXT_BONUS * support if support >= _CONTEXT_MIN * threshold else 0.0
        ranked[(a, b)] = story.node_similarity(a, b) + bonus
    return ranked


def _one_to_one(story: _Story, ranked: dict[tuple[int, int], float], threshold: float) -> list[tuple[int, int]]:
    """Greedy matching, strongest first: each sentence keeps its best partner in each other source.

    Without this one sentence would be glued to every loosely similar sentence of another source.
    The sentences of one node count as partners of each other already.
    """
    kept = sorted((-score, pair) for pair, score in ranked.items() if score >= threshold)
    mask = story.mask
    partner_in = [m if m.bit_count() > 1 else 0 for m in mask]  # sources where a node has a partner
    links: list[tuple[int, int]] = []
    for _, (a, b) in kept:
        if partner_in[a] & mask[b] or partner_in[b] & mask[a]:
            continue
        partner_in[a] |= mask[b]
        partner_in[b] |= mask[a]
        links.append((a, b))
    return links


class _Group:
    """Nodes merged so far: their sources, sentence count and most common nodes."""

    __slots__ = ("mask", "nodes", "representatives", "size")

    def __init__(self, node: int, story: _Story) -> None:
        self.nodes = [node]
        self.mask = story.mask[node]
        self.size = story.size(node)
        self.representatives = [node]


def _across(story: _Story, first: _Group, second: _Group) -> float:
    """Mean similarity of sentences across two groups, over each group's most common wordings."""
    story.score(_wording_pair(story, a, b) for a in first.representatives for b in second.representatives)
    total = weight = 0.0
    for a in first.representatives:
        for b in second.representatives:
            share = story.size(a) * story.size(b)
            total += share * story.node_similarity(a, b)
            weight += share
    return total / weight


def _wording_pair(story: _Story, a: int, b: int) -> tuple[int, int]:
    return _ordered(story.node_wording[a], story.node_wording[b])


def _group(story: _Story, links: Sequence[tuple[int, int]], threshold: float) -> list[list[int]]:
    """Merge links, strongest first, into groups of at most one sentence per source.

    A merge must also keep the two groups' members similar on average across the join, so a chain
    A~B~C of loose rewordings does not end up claiming that A and C say the same thing.
    """
    group_of = {node: _Group(node, story) for node, members in enumerate(story.members) if len(members) > 1}
    for pair in links:
        for node in pair:
            group_of.setdefault(node, _Group(node, story))
    by_frequency = lambda node: (-story.size(node), node)  # noqa: E731
    for a, b in links:
        first, second = group_of[a], group_of[b]
        if first is second or first.mask & second.mask:
            continue
        if first.size + second.size > 2 and _across(story, first, second) < _MERGE_SHARE * threshold:
            continue  # a lone link stands on its own (context-aided) score
        first.nodes.extend(second.nodes)
        first.mask |= second.mask
        first.size += second.size
        first.representatives = sorted(first.representatives + second.representatives, key=by_frequency)
        del first.representatives[_MERGE_REPRESENTATIVES:]
        for node in second.nodes:
            group_of[node] = first
    unique = {id(group): group for group in group_of.values()}
    # A link whose merge was refused leaves its sentences alone, and a lone sentence is no passage.
    return [group.nodes for group in unique.values() if group.size > 1]


# ------------------------------------------------------------------------------------ passages


def _strength(similarity: float, settings: AnalysisSettings) -> MatchStrength:
    if similarity >= settings.verbatim_threshold:
        return "verbatim"
    if similarity >= settings.close_threshold:
        return "close"
    return "reworded"


def _node_pairs_within(nodes: Sequence[int]) -> list[tuple[int, int]]:
    """Every pair of a group's nodes, and each node with itself (its sentences are pairs too)."""
    return [(a, b) for n, a in enumerate(nodes) for b in nodes[n:]]


def _mean_similarity(nodes: Sequence[int], story: _Story) -> float:
    """Mean similarity over every pair of the group's sentences (all of different sources)."""
    total = 0.0
    for a, b in _node_pairs_within(nodes):
        size_a = story.size(a)
        pairs = size_a * (size_a - 1) // 2 if a == b else size_a * story.size(b)
        if pairs:
            total += pairs * story.node_similarity(a, b)
    sentences = sum(story.size(node) for node in nodes)
    return total / (sentences * (sentences - 1) // 2)


def _passage(nodes: Sequence[int], story: _Story, settings: AnalysisSettings) -> Passage:
    similarity = round(_mean_similarity(nodes, story), 4)
    members = sorted(index for node in nodes for index in story.members[node])
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
    candidates = _candidate_pairs(story)
    # A wording's copies are pairs too (and the context bonus looks at identical neighbours).
    story.score([(k, k) for k in story.nodes_of] + candidates)
    ranked = _with_context(story, _node_pairs(story, candidates), threshold)
    groups = _group(story, _one_to_one(story, ranked, threshold), threshold)
    groups.sort(key=lambda nodes: min(story.members[node][0] for node in nodes))
    # The mean similarity of a passage covers every pair of its members, found as candidates or not.
    story.score(_wording_pair(story, a, b) for nodes in groups for a, b in _node_pairs_within(nodes))
    return tuple(_passage(nodes, story, settings) for nodes in groups)


def sentence_similarities(sources: Sequence[Source], pairs: Sequence[tuple[int, int]]) -> np.ndarray:
    """The similarity this aligner gives each pair of sentences, before context and matching.

    A sentence is named by its position in the story's sentences, source after source. For
    evaluation tools that compare this score with others on the same pairs.
    """
    story = _Story(sources)
    wording_pairs = [_ordered(story.items[a].wording, story.items[b].wording) for a, b in pairs]
    story.score(wording_pairs)
    return np.array([story.similarity(k, m) for k, m in wording_pairs])
