"""Candidate pairs from an inverted index of each wording's rarest terms, so work grows with matches."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence

from .scoring import Story, Wording
from .words import CANDIDATES_PER_WORDING, MIN_SHARED_WEIGHT

# ---------------------------------------------------------------------------------- candidates


def _index_prefix(wording: Wording, idf: dict[str, float]) -> list[str]:
    """The rarest terms of ``wording`` whose weight leaves less than the shared minimum outside them.

    Two sentences sharing at least that share of each one's weight must share a term of both prefixes.
    """
    rarest_first = sorted(wording.content, key=lambda word: (-idf[word], word))
    allowed_outside = MIN_SHARED_WEIGHT * sum(idf[word] for word in rarest_first)
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


def candidate_pairs(story: Story, cap: int = CANDIDATES_PER_WORDING) -> list[tuple[int, int]]:
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


def _sources(story: Story, wording: int) -> int:
    mask = 0
    for node in story.nodes_of[wording]:
        mask |= story.mask[node]
    return mask


def node_pairs(story: Story, wording_pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The node pairs ``(a, b)``, ``a < b``, of the wording pairs that have sentences in two sources."""
    pairs = []
    for k, m in wording_pairs:
        for a in story.nodes_of[k]:
            for b in story.nodes_of[m]:
                if (story.mask[a] | story.mask[b]).bit_count() > 1:
                    pairs.append((min(a, b), max(a, b)))
    return pairs
