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
    """A source's article text as normalised words, each with the sentence it is in."""

    words: tuple[str, ...]
    sentences: tuple[str, ...]

    @classmethod
    def of(cls, source: Source) -> _Words:
        words: list[str] = []
        sentences: list[str] = []
        for sentence in source.sentences:
            found = _WORD.findall(fold_quote_marks(sentence.text).casefold())
            words.extend(found)
            sentences.extend([sentence.id] * len(found))
        return cls(tuple(words), tuple(sentences))

    def grams(self) -> dict[tuple[str, ...], list[int]]:
        starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for at in range(len(self.words) - MIN_RUN_WORDS + 1):
            starts[self.words[at : at + MIN_RUN_WORDS]].append(at)
        return starts


def find_overlaps(sources: Sequence[Source]) -> tuple[Overlap, ...]:
    """Every pair of sources that shares a run, in story order of the pair."""
    texts = [_Words.of(source) for source in sources]
    grams = [text.grams() for text in texts]
    holders: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index, starts in enumerate(grams):
        for gram in starts:
            holders[gram].add(index)
    pairs = sorted({(a, b) for owners in holders.values() for a in owners for b in owners if a < b})
    found = []
    for a, b in pairs:
        overlap = _overlap(sources[a].id, texts[a], sources[b].id, texts[b], grams[b])
        if overlap is not None:
            found.append(overlap)
    return tuple(found)


def _overlap(
    a_id: str, a: _Words, b_id: str, b: _Words, b_starts: dict[tuple[str, ...], list[int]]
) -> Overlap | None:
    taken = [False] * len(b.words)
    runs: list[CopiedRun] = []
    shared = 0
    at = 0
    while at <= len(a.words) - MIN_RUN_WORDS:
        best_start, best_length = -1, 0
        for start in b_starts.get(a.words[at : at + MIN_RUN_WORDS], ()):
            length = 0
            while (
                at + length < len(a.words)
                and start + length < len(b.words)
                and not taken[start + length]
                and a.words[at + length] == b.words[start + length]
            ):
                length += 1
            if length > best_length:
                best_start, best_length = start, length
        if best_length < MIN_RUN_WORDS:
            at += 1
            continue
        for position in range(best_start, best_start + best_length):
            taken[position] = True
        runs.append(
            CopiedRun(
                tuple(dict.fromkeys(a.sentences[at : at + best_length])),
                tuple(dict.fromkeys(b.sentences[best_start : best_start + best_length])),
                best_length,
            )
        )
        shared += best_length
        at += best_length
    if not runs:
        return None
    return Overlap((a_id, b_id), shared, (shared / len(a.words), shared / len(b.words)), tuple(runs))
