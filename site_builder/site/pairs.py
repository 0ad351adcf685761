"""Which side-by-side pages a story gets, how their rows line up, and what a source page marks.

Pure policy over a ``StoryIndex``, with no templates involved, so it is tested on its
own (``tests/test_pairs.py``). Big stories stay linear in size: up to ``PAIR_LIMIT``
sources every pair of sources gets a side-by-side page and all of them share one grid
(``compare/all.html``); beyond it, each source gets pages with its ``CLOSEST`` closest
counterparts only, and no page lists more than a few links per source.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..analysis import counterparts
from ..model import Passage, Sentence, Source
from . import urls
from .index import SourceView, StoryIndex

# Up to PAIR_LIMIT sources, every pair gets a side-by-side page, and all share one grid; beyond
# it, each source is paired with its CLOSEST closest counterparts (analysis/counterparts.py).
PAIR_LIMIT = counterparts.PAIR_LIMIT
CLOSEST = counterparts.CLOSEST
#: A sentence of a source page links to at most this many counterparts (the badge leads to all).
MAX_PARALLELS = 6
#: Shading stops at this many other sources, so the scale stays readable for big stories.
MAX_SHADE = 3


@dataclass(frozen=True, slots=True)
class CompareRow:
    """A row of the side-by-side view: a shared passage, or a sentence only one column has.

    ``cells`` holds one tuple of sentences per column, empty where that source lacks the row.
    """

    passage: Passage | None
    cells: tuple[tuple[Sentence, ...], ...]


@dataclass(frozen=True, slots=True)
class PairView:
    """A pair page: two sources side by side, the one earlier in the story on the left."""

    left: SourceView
    right: SourceView
    page: str
    rows: tuple[CompareRow, ...]

    @property
    def columns(self) -> tuple[SourceView, ...]:
        return (self.left, self.right)

    @property
    def shared_count(self) -> int:
        return sum(1 for row in self.rows if row.passage is not None)


@dataclass(frozen=True, slots=True)
class GridView:
    """Every source of a story in one aligned grid (``compare/all.html``)."""

    columns: tuple[SourceView, ...]
    page: str
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True, slots=True)
class Parallel:
    """Where another source carries the same passage as a given sentence."""

    source_name: str
    target: str


# --------------------------------------------------------------------- rows


def _units(index: StoryIndex, source: Source, shared: set[str]) -> deque[Sentence | Passage]:
    """A source's reading order, with each passage shared with another column standing as one unit."""
    units: deque[Sentence | Passage] = deque()
    seen: set[str] = set()
    for sentence in source.sentences:
        passage = index.passage_of(sentence.id)
        if passage is None or passage.id not in shared:
            units.append(sentence)
        elif passage.id not in seen:
            seen.add(passage.id)
            units.append(passage)
    return units


def _passage_order(queues: Sequence[Sequence[Sentence | Passage]]) -> list[Passage]:
    """The shared passages as rows: the leftmost column's order, each other column's after it.

    A column's next passage comes only once every column to its left has placed theirs,
    so where columns disagree on the order the leftmost wins.
    """
    pending = [deque(unit for unit in queue if isinstance(unit, Passage)) for queue in queues]
    order: list[Passage] = []
    placed: set[str] = set()
    while True:
        for queue in pending:
            while queue and queue[0].id in placed:
                queue.popleft()
        passage = next((queue[0] for queue in pending if queue), None)
        if passage is None:
            return order
        placed.add(passage.id)
        order.append(passage)


def compare_rows(index: StoryIndex, columns: Sequence[SourceView]) -> tuple[CompareRow, ...]:
    """Merge the columns' reading orders, lining up shared passages.

    Shared passages come in the leftmost column's order (see ``_passage_order``); where
    a column tells them in another order, its sentences of a passage move to sit level
    with the others'. A sentence only one column has stays in that column's reading
    order: it comes right after the row of what precedes it in its own text (before the
    first row if nothing does), so a column's unmatched sentences sit between the
    passages they sit between in the article and never collect at the end. After one
    row, the leftmost column's sentences come first.
    """
    ids = [column.id for column in columns]
    carried = Counter(p.id for i in ids for p in index.passages_by_source[i])
    shared = {passage_id for passage_id, count in carried.items() if count > 1}
    queues = [_units(index, column.source, shared) for column in columns]
    # The lone sentences following each passage row (``None``: those before any passage), per column.
    following: dict[str | None, list[list[Sentence]]] = {}
    for column, queue in enumerate(queues):
        after: str | None = None
        for unit in queue:
            if isinstance(unit, Passage):
                after = unit.id
            else:
                following.setdefault(after, [[] for _ in queues])[column].append(unit)

    def lone_rows(after: str | None) -> list[CompareRow]:
        return [
            CompareRow(None, tuple((sentence,) if k == column else () for k in range(len(queues))))
            for column, sentences in enumerate(following.get(after, ()))
            for sentence in sentences
        ]

    rows = lone_rows(None)
    for passage in _passage_order(queues):
        rows.append(CompareRow(passage, tuple(index.passage_sentences(passage, i) for i in ids)))
        rows.extend(lone_rows(passage.id))
    return tuple(rows)


# -------------------------------------------------------------------- pairs


def closest_counterparts(index: StoryIndex) -> dict[str, tuple[SourceView, ...]]:
    """Each source's ``CLOSEST`` counterparts, as the analysis chose them: most shared passages
    first, ties in story order."""
    views = {view.id: view for view in index.sources}
    closest = counterparts.closest_counterparts([view.source for view in index.sources], index.passages)
    return {source_id: tuple(views[other] for other in others) for source_id, others in closest.items()}


def _paired_sources(
    index: StoryIndex, closest: Mapping[str, tuple[SourceView, ...]]
) -> list[tuple[SourceView, SourceView]]:
    """The pairs that get a page, each in story order, sorted by their left and then right source."""
    sources = index.sources
    if len(sources) <= PAIR_LIMIT:
        return [(left, right) for k, left in enumerate(sources) for right in sources[k + 1 :]]
    found = {frozenset((view.id, other.id)): (view, other) for view in sources for other in closest[view.id]}
    ordered = [(one, other) if one.number < other.number else (other, one) for one, other in found.values()]
    return sorted(ordered, key=lambda pair: (pair[0].number, pair[1].number))


@dataclass(frozen=True, slots=True)
class StoryComparison:
    """The side-by-side pages of one story and the cross-source facts its pages mark.

    Build it with ``StoryComparison.of``; every pair's rows are merged there, once.
    """

    index: StoryIndex
    #: Every pair that has a side-by-side page, in story order.
    pairs: tuple[PairView, ...]
    pair_by_sources: Mapping[frozenset[str], PairView]
    #: Each source's ``CLOSEST`` counterparts, most shared passages first.
    closest: Mapping[str, tuple[SourceView, ...]]
    #: The grid of every source, when the story has one (see ``has_grid``).
    grid: GridView | None

    @classmethod
    def of(cls, index: StoryIndex) -> StoryComparison:
        closest = closest_counterparts(index)
        pairs = tuple(
            PairView(
                left, right, urls.compare_pair_page(index.slug, left.id, right.id), compare_rows(index, (left, right))
            )
            for left, right in _paired_sources(index, closest)
        )
        grid = None
        # Two sources have their pair page already; too many make a grid no one can read.
        if 2 < len(index.sources) <= PAIR_LIMIT:
            grid = GridView(index.sources, urls.compare_all_page(index.slug), compare_rows(index, index.sources))
        return cls(
            index=index,
            pairs=pairs,
            pair_by_sources={frozenset((pair.left.id, pair.right.id)): pair for pair in pairs},
            closest=closest,
            grid=grid,
        )

    @property
    def many(self) -> bool:
        """Too many sources for a page per pair, or for one grid of all of them."""
        return len(self.index.sources) > PAIR_LIMIT

    @property
    def has_grid(self) -> bool:
        """Whether ``compare/all.html`` exists: more than two sources, and not too many."""
        return self.grid is not None

    def pair(self, one: str, other: str) -> PairView | None:
        """The pair page of two sources, whichever order they are named in; ``None`` if it was not made."""
        return self.pair_by_sources.get(frozenset((one, other)))

    def closest_pairs(self, source_id: str) -> tuple[PairView, ...]:
        """The pages that put this source next to its closest counterparts."""
        pairs = (self.pair(source_id, other.id) for other in self.closest[source_id])
        return tuple(pair for pair in pairs if pair is not None)

    def other_pairs(self, pair: PairView) -> tuple[PairView, ...]:
        """The pairs a pair page offers next: all of them in a small story, else those of its two sources."""
        if not self.many:
            return self.pairs
        # A pair among the closest of both sources is listed once, where it first comes.
        found: dict[str, PairView] = {}
        for other in self.closest_pairs(pair.left.id) + self.closest_pairs(pair.right.id):
            found.setdefault(other.page, other)
        return tuple(found.values())

    def shade(self, sentence: Sentence) -> int:
        """How many other sources carry this sentence, capped for the colour scale."""
        return min(self.index.carrier_count(sentence) - 1, MAX_SHADE)

    def parallels(self, sentence: Sentence) -> tuple[Parallel, ...]:
        """The first sentence of other sources that carry this sentence's passage, at most ``MAX_PARALLELS``."""
        passage = self.index.passage_of(sentence.id)
        if passage is None:
            return ()
        members = self.index.members[passage.id]
        others = [i for i in self.index.carriers[passage.id] if i != sentence.source_id][:MAX_PARALLELS]
        return tuple(
            Parallel(
                self.index.source(i).name,
                urls.sentence_target(self.index.slug, i, members[i][0].id),
            )
            for i in others
        )
