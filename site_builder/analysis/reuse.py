"""Text reuse: the runs of words two sources print alike, as churnalism detectors find them.

Agencies' copy runs in many outlets, and outlets copy each other. For every pair of sources
this finds the runs of at least ``MIN_RUN_WORDS`` words the two share word for word after
case and quotation marks are folded, each word of either side in at most one run (greedy
string tiling: the longest run at each place first), and how much of each source they cover.
Only pairs sharing an opening run of words are compared, found through one index of all the
story's runs, so a story of many unrelated sources stays cheap.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import CopiedRun, Overlap, Source
from ..text.normalise import fold_quote_marks

#: Fewer words in a row than this two articles share by chance ("the president said on Monday that").
MIN_RUN_WORDS = 8

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Words:
    """A source's article text as normalised words, each with the sentence it is in.

    Words and runs are numbered story-wide, so that comparing two sources compares integers:
    a story of 400 sources compares some 40,000 pairs.
    """

    #: The number of each word.
    words: tuple[int, ...]
    sentences: tuple[str, ...]
    #: The number of the run of ``MIN_RUN_WORDS`` words that starts at each position.
    grams: tuple[int, ...]

    @classmethod
    def of(cls, source: Source, word_numbers: dict[str, int], gram_numbers: dict[tuple[int, ...], int]) -> _Words:
        words: list[int] = []
        sentences: list[str] = []
        for sentence in source.sentences:
            found = _WORD.findall(fold_quote_marks(sentence.text).casefold())
            words.extend(word_numbers.setdefault(word, len(word_numbers)) for word in found)
            sentences.extend([sentence.id] * len(found))
        grams = [
            gram_numbers.setdefault(tuple(words[at : at + MIN_RUN_WORDS]), len(gram_numbers))
            for at in range(len(words) - MIN_RUN_WORDS + 1)
        ]
        return cls(tuple(words), tuple(sentences), tuple(grams))

    def starts(self) -> dict[int, list[int]]:
        """Where each run of ``MIN_RUN_WORDS`` words starts, by its number."""
        found: dict[int, list[int]] = defaultdict(list)
        for at, gram in enumerate(self.grams):
            found[gram].append(at)
        return found


def find_overlaps(sources: Sequence[Source], compared: frozenset[tuple[str, str]] | None = None) -> tuple[Overlap, ...]:
    """Every pair of sources that shares a run, in story order of the pair; only the pairs of
    source ids in ``compared`` when given (a big story's closest counterparts, see
    ``counterparts.py``)."""
    word_numbers: dict[str, int] = {}
    gram_numbers: dict[tuple[int, ...], int] = {}
    texts = [_Words.of(source, word_numbers, gram_numbers) for source in sources]
    starts = [text.starts() for text in texts]
    held = [frozenset(found) for found in starts]
    if compared is not None:
        order = {source.id: index for index, source in enumerate(sources)}
        pairs = sorted((order[a], order[b]) for a, b in compared if not held[order[a]].isdisjoint(held[order[b]]))
    else:
        holders: dict[int, set[int]] = defaultdict(set)
        for index, grams in enumerate(held):
            for gram in grams:
                holders[gram].add(index)
        # Agency copy gives thousands of runs the same few hundred holders: each set of holders once.
        owner_sets = {frozenset(owners) for owners in holders.values() if len(owners) > 1}
        pairs = sorted({(a, b) for owners in owner_sets for a in owners for b in owners if a < b})
    overlaps = []
    for a, b in pairs:
        # Only places where a run the two share opens can start a copied run.
        a_starts = starts[a]
        places = sorted([at for gram in held[a] & held[b] for at in a_starts[gram]])
        overlap = _overlap(sources[a].id, texts[a], places, sources[b].id, texts[b], starts[b])
        if overlap is not None:
            overlaps.append(overlap)
    return tuple(overlaps)


def _overlap(
    a_id: str, a: _Words, places: list[int], b_id: str, b: _Words, b_starts: dict[int, list[int]]
) -> Overlap | None:
    """Greedy string tiling of ``a`` against ``b``: at each of ``places`` of ``a`` in order, the
    longest run ``b`` has there (the earliest of equals) that takes no word of ``b`` already
    taken; a run of at least ``MIN_RUN_WORDS`` words is kept and the search goes on after it."""
    a_words, b_words = a.words, b.words
    taken = bytearray(len(b_words))  # 1 where a word of ``b`` is in a kept run
    runs: list[CopiedRun] = []
    shared = 0
    resume = 0  # the first place of ``a`` not inside a kept run
    for at in places:
        if at < resume:
            continue
        best_start, best_length = -1, 0
        for start in b_starts[a.grams[at]]:
            length = _same_words(a_words, at, b_words, start)
            blocked = taken.find(1, start, start + length)
            if blocked != -1:
                length = blocked - start
            if length > best_length:
                best_start, best_length = start, length
        if best_length < MIN_RUN_WORDS:
            continue
        taken[best_start : best_start + best_length] = b"\x01" * best_length
        runs.append(
            CopiedRun(
                tuple(dict.fromkeys(a.sentences[at : at + best_length])),
                tuple(dict.fromkeys(b.sentences[best_start : best_start + best_length])),
                best_length,
            )
        )
        shared += best_length
        resume = at + best_length
    if not runs:
        return None
    return Overlap((a_id, b_id), shared, (shared / len(a_words), shared / len(b_words)), tuple(runs))


#: Words compared at once while a run is extended: copied runs are often whole paragraphs.
_STRIDE = 32


def _same_words(a: tuple[int, ...], at: int, b: tuple[int, ...], start: int) -> int:
    """How many words in a row ``a`` from ``at`` and ``b`` from ``start`` have alike."""
    limit = min(len(a) - at, len(b) - start)
    length = 0
    while (
        length + _STRIDE <= limit
        and a[at + length : at + length + _STRIDE] == b[start + length : start + length + _STRIDE]
    ):
        length += _STRIDE
    while length < limit and a[at + length] == b[start + length]:
        length += 1
    return length
