"""Which sources a big story compares in pairs: each source with its closest counterparts.

Up to ``PAIR_LIMIT`` sources, every pair is compared (copied runs in the analysis, side-by-side
pages in the site). Beyond it, every pair would make the work and the output grow with the
square of the sources (400 sources: 79,800 pairs), so each source is compared with its
``CLOSEST`` counterparts only: the sources it shares the most passages with, ties in story order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import Passage, Source

#: Up to this many sources, every pair is compared and gets a side-by-side page.
PAIR_LIMIT = 12
#: Beyond ``PAIR_LIMIT``, each source is paired with this many closest counterparts.
CLOSEST = 3


def closest_counterparts(sources: Sequence[Source], passages: Sequence[Passage]) -> dict[str, tuple[str, ...]]:
    """Each source's ``CLOSEST`` counterparts (their ids): most shared passages first, ties in story order."""
    row_of = {sentence.id: k for k, source in enumerate(sources) for sentence in source.sentences}
    carries = np.zeros((len(sources), len(passages)), dtype=np.int32)
    for column, passage in enumerate(passages):
        for sentence_id in passage.sentence_ids:
            if sentence_id in row_of:
                carries[row_of[sentence_id], column] = 1
    # [i, j]: how many passages sources i and j (story order) both carry.
    shared = carries @ carries.T
    found: dict[str, tuple[str, ...]] = {}
    for k, source in enumerate(sources):
        counts = shared[k].tolist()
        others = sorted((j for j in range(len(sources)) if j != k), key=lambda j: (-counts[j], j))
        found[source.id] = tuple(sources[j].id for j in others[:CLOSEST])
    return found


def compared_pairs(sources: Sequence[Source], passages: Sequence[Passage]) -> frozenset[tuple[str, str]] | None:
    """The pairs of source ids (in story order) a story compares: ``None`` for every pair, up to
    ``PAIR_LIMIT`` sources; else each source with its closest counterparts."""
    if len(sources) <= PAIR_LIMIT:
        return None
    order = {source.id: k for k, source in enumerate(sources)}
    closest = closest_counterparts(sources, passages)
    return frozenset((a, b) if order[a] < order[b] else (b, a) for a, others in closest.items() for b in others)
