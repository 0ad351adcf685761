"""How each source frames the story: its headline and lead, the words in them no other source's
headline or lead uses, and which shared passage it tells first against the order most sources use.

Pure policy over a ``StoryIndex`` (no templates), like ``pairs.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import mean

from ..analysis.align.words import content_words, normalise
from ..model import Passage
from .index import SourceView, StoryIndex

_TOKEN = re.compile(r"\S+|\s+")


@dataclass(frozen=True, slots=True)
class FramedRun:
    """A run of a headline or lead: words no other source's headline or lead uses (``only_here``,
    with the spaces between them, so that a phrase reads as one mark), or the text between them."""

    text: str
    only_here: bool


@dataclass(frozen=True, slots=True)
class Framing:
    source: SourceView
    headline: tuple[FramedRun, ...]
    lead: tuple[FramedRun, ...]
    #: The first shared passage the source tells, and its place (from 1) in the usual order.
    first_passage: Passage | None
    first_rank: int | None


@dataclass(frozen=True, slots=True)
class StoryFraming:
    sources: tuple[Framing, ...]
    #: The shared passages in the order most sources tell them.
    usual_order: tuple[Passage, ...]

    @classmethod
    def of(cls, story: StoryIndex) -> StoryFraming:
        told = {view.id: _passages_in_order(story, view) for view in story.sources}
        usual = _usual_order(story, told)
        rank = {passage.id: index for index, passage in enumerate(usual, 1)}
        texts = {view.id: (view.source.metadata.title or "", _lead(view)) for view in story.sources}
        terms = {source_id: _terms(" ".join(parts)) for source_id, parts in texts.items()}
        framings = []
        for view in story.sources:
            others = set().union(*(found for source_id, found in terms.items() if source_id != view.id))
            headline, lead = texts[view.id]
            first = told[view.id][0] if told[view.id] else None
            framings.append(
                Framing(
                    view,
                    _marked(headline, others),
                    _marked(lead, others),
                    first,
                    rank.get(first.id) if first is not None else None,
                )
            )
        return cls(tuple(framings), usual)


def _lead(view: SourceView) -> str:
    paragraphs = view.source.paragraphs
    return paragraphs[0].text if paragraphs else ""


def _terms(text: str) -> set[str]:
    return set(content_words(normalise(text)))


@lru_cache(maxsize=65536)
def _token_terms(token: str) -> frozenset[str]:
    """The terms a token may share with other sources; none for a token without a letter ("2024",
    "–"), which is never marked as one source's own.

    Leads run to hundreds of words, and the same words recur across a story's sources and
    across stories: each distinct one is normalised once."""
    return frozenset(_terms(token)) if any(c.isalpha() for c in token) else frozenset()


def _marked(text: str, others: set[str]) -> tuple[FramedRun, ...]:
    tokens = _TOKEN.findall(text)
    only_here = [bool(own) and own.isdisjoint(others) for own in map(_token_terms, tokens)]
    for index in range(1, len(tokens) - 1):
        # The space between two of the source's own words belongs to the phrase they make.
        if tokens[index].isspace() and only_here[index - 1] and only_here[index + 1]:
            only_here[index] = True
    runs: list[FramedRun] = []
    start = 0
    for index in range(1, len(tokens) + 1):
        if index == len(tokens) or only_here[index] != only_here[start]:
            runs.append(FramedRun("".join(tokens[start:index]), only_here[start]))
            start = index
    return tuple(runs)


def _passages_in_order(story: StoryIndex, view: SourceView) -> tuple[Passage, ...]:
    """The shared passages a source tells, in its reading order."""
    seen: dict[str, Passage] = {}
    for sentence in view.source.sentences:
        passage = story.passage_of(sentence.id)
        if passage is not None and passage.id not in seen:
            seen[passage.id] = passage
    return tuple(seen.values())


def _usual_order(story: StoryIndex, told: dict[str, tuple[Passage, ...]]) -> tuple[Passage, ...]:
    """Passages by their mean relative place in the sources that tell them (0 first, 1 last)."""
    places: dict[str, list[float]] = {}
    for passages in told.values():
        for index, passage in enumerate(passages):
            places.setdefault(passage.id, []).append(index / max(len(passages) - 1, 1))
    order = {passage.id: number for number, passage in enumerate(story.passages)}
    ranked = sorted(places, key=lambda passage_id: (mean(places[passage_id]), order[passage_id]))
    by_id = {passage.id: passage for passage in story.passages}
    return tuple(by_id[passage_id] for passage_id in ranked)
