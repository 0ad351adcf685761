"""Sentences prepared once per story (wordings, nodes, term weights) and pairs scored in bulk."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from ...model import Sentence, Source
from .words import (
    MIN_CONTENT_WORDS,
    MIN_SHARED_PLAIN_WORDS,
    NOT_A_COUNT,
    NUMBER_CONFLICT_FACTOR,
    OVERLAP_WEIGHT,
    RARE_IDF_SHARE,
    RARE_NAME_SHARE,
    SAME_WORDING,
    content_words,
    normalise,
    plain_words,
)

# ---------------------------------------------------------------------------------- preparing


@dataclass(frozen=True, slots=True)
class Wording:
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
        return len(self.content) >= MIN_CONTENT_WORDS


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A sentence of the story and its wording."""

    #: Position in the flat list of all the story's sentences.
    index: int
    #: Index of its source in the story.
    source: int
    sentence: Sentence
    #: Index of its wording in ``Story.wordings``.
    wording: int


def _word_form(text: str) -> tuple[str, frozenset[str]]:
    return normalise(text), plain_words(text)


def _prepare(sources: Sequence[Source]) -> tuple[list[_Prepared], list[Wording]]:
    prepared: list[_Prepared] = []
    wordings: list[Wording] = []
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
                content = content_words(words)
                numbers = frozenset(word for word in content if word.isdigit()) - NOT_A_COUNT
                kind = wording_of[form] = len(wordings)
                wordings.append(Wording(words, content, frozenset(content), plain, numbers))
            prepared.append(_Prepared(len(prepared), source_index, sentence, kind))
    return prepared, wordings


def _idf(wordings: Sequence[Wording], sentences: Sequence[int]) -> dict[str, float]:
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

    def __init__(self, wordings: Sequence[Wording], idf: dict[str, float], rare_idf: float) -> None:
        vocabulary: dict[str, int] = {}
        for wording in wordings:
            for word in (*wording.content, *sorted(wording.plain)):
                vocabulary.setdefault(word, len(vocabulary))
        self.size = max(1, len(vocabulary))
        self.idf = np.zeros(self.size)
        self.number = np.zeros(self.size, dtype=bool)
        for word, n in vocabulary.items():
            self.idf[n] = idf.get(word, 0.0)
            self.number[n] = word.isdigit() and word not in NOT_A_COUNT
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


def ordered(k: int, m: int) -> tuple[int, int]:
    """A wording pair as scores are keyed: smaller index first."""
    return (k, m) if k <= m else (m, k)


#: Replaces the similarities of wording pairs ``(k, m)``, ``k < m``, given the word-overlap ones.
Rescore = Callable[["Story", Sequence[tuple[int, int]], np.ndarray], np.ndarray]


class Story:
    """The prepared sentences of one story, their wordings and nodes, and the similarities so far."""

    def __init__(self, sources: Sequence[Source], rescore: Rescore | None = None) -> None:
        #: When set, every pair of two different wordings is scored by it instead (see ``score``).
        self.rescore = rescore
        self.items, self.wordings = _prepare(sources)
        sentences = [0] * len(self.wordings)
        for item in self.items:
            sentences[item.wording] += 1
        self.idf = _idf(self.wordings, sentences)
        #: A name at least this rare (IDF) helps two sentences past the gate of shared plain words.
        self.rare_idf = RARE_IDF_SHARE * (math.log(len(self.items) + 1) + 1.0)
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
        wording = (
            process.cpdist(
                [self.wordings[k].words for k, _ in todo],
                [self.wordings[m].words for _, m in todo],
                scorer=fuzz.ratio,
                workers=-1,
            ).astype(np.float64)
            / 100
        )
        similarity = _blend(self.terms, first, second, wording)
        if self.rescore is not None:
            # A wording paired with itself keeps its word-overlap score (1): only real pairs are rescored.
            different = np.flatnonzero(first != second)
            if len(different):
                chosen = [todo[n] for n in different.tolist()]
                similarity[different] = self.rescore(self, chosen, similarity[different])
        self.scores.update(zip(todo, similarity.tolist(), strict=True))

    def similarity(self, k: int, m: int) -> float:
        """Similarity of two wordings already scored; 0 for pairs the candidates left out."""
        return self.scores.get(ordered(k, m), 0.0)

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
    specific = plain + RARE_NAME_SHARE * np.bincount(pair[rare_names], minlength=pairs)
    gated = (wording < SAME_WORDING) & (plain < MIN_SHARED_PLAIN_WORDS) & (specific < MIN_SHARED_PLAIN_WORDS)
    total = terms.weight[first] + terms.weight[second]
    overlap = np.divide(2 * shared, total, out=np.zeros(pairs), where=total > 0)
    similarity = OVERLAP_WEIGHT * overlap + (1 - OVERLAP_WEIGHT) * wording
    same_numbers = np.bincount(pair[terms.number[word]], minlength=pairs)
    conflict = (terms.numbers[first] > same_numbers) & (terms.numbers[second] > same_numbers)
    similarity = np.where(conflict, similarity * NUMBER_CONFLICT_FACTOR, similarity)
    return np.where(gated, 0.0, np.clip(similarity, 0.0, 1.0))
