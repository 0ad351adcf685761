"""Passages: sentences of two or more sources that report the same fact.

The pipeline (``words`` normalises, ``scoring`` prepares and scores, ``candidates`` finds pairs
worth scoring, ``linking`` links and merges; this module turns groups into passages):

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
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...config import AnalysisSettings
from ...model import MatchStrength, Passage, RelatedLink, Source
from .candidates import candidate_pairs, node_pairs
from .linking import link_groups, one_to_one, with_context, wording_pair
from .scoring import Rescore, Story, ordered
from .words import shared_evidence

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


def _mean_similarity(nodes: Sequence[int], story: Story) -> float:
    """Mean similarity over every pair of the group's sentences (all of different sources)."""
    total = 0.0
    for a, b in _node_pairs_within(nodes):
        size_a = story.size(a)
        pairs = size_a * (size_a - 1) // 2 if a == b else size_a * story.size(b)
        if pairs:
            total += pairs * story.node_similarity(a, b)
    sentences = sum(story.size(node) for node in nodes)
    return total / (sentences * (sentences - 1) // 2)


def _passage(nodes: Sequence[int], story: Story, settings: AnalysisSettings) -> Passage:
    similarity = round(_mean_similarity(nodes, story), 4)
    members = sorted(index for node in nodes for index in story.members[node])
    sentence_ids = tuple(story.items[member].sentence.id for member in members)
    digest = hashlib.sha1("\n".join(sorted(sentence_ids)).encode("utf-8")).hexdigest()
    return Passage(f"p-{digest[:8]}", sentence_ids, similarity, _strength(similarity, settings))


@dataclass(frozen=True, slots=True)
class Alignment:
    """What the aligner finds: passages, and the looser "possibly related" pairs shown apart."""

    passages: tuple[Passage, ...]
    related: tuple[RelatedLink, ...]


def align_story(sources: Sequence[Source], settings: AnalysisSettings, rescore: Rescore | None = None) -> Alignment:
    """Group sentences of different sources that report the same fact into passages, and find
    the pairs that only may ("possibly related").

    Sentence ids within a passage follow the order of ``sources``, then position; passages follow
    their first sentence. Sentences in no passage are unique to their source. ``rescore``, when
    given, replaces the word-overlap similarity of every pair of different wordings (an experiment
    hook; see ``Story.rescore``).
    """
    story = Story(sources, rescore)
    threshold = settings.passage_threshold
    candidates = candidate_pairs(story)
    # A wording's copies are pairs too (and the context bonus looks at identical neighbours).
    story.score([(k, k) for k in story.nodes_of] + candidates)
    ranked = with_context(story, node_pairs(story, candidates), threshold)
    groups = link_groups(story, one_to_one(story, ranked, threshold), threshold)
    groups.sort(key=lambda nodes: min(story.members[node][0] for node in nodes))
    # The mean similarity of a passage covers every pair of its members, found as candidates or not.
    story.score(wording_pair(story, a, b) for nodes in groups for a, b in _node_pairs_within(nodes))
    passages = tuple(_passage(nodes, story, settings) for nodes in groups)
    return Alignment(passages, _related(story, ranked, groups, settings.related_floor))


def _related(
    story: Story, ranked: dict[tuple[int, int], float], groups: Sequence[Sequence[int]], floor: float
) -> tuple[RelatedLink, ...]:
    """Pairs of nodes scoring at least ``floor`` that no passage joins: strongest first, each
    sentence with at most one partner per other source, passages' partners counted."""
    partner_in = [mask if mask.bit_count() > 1 else 0 for mask in story.mask]
    group_of: dict[int, int] = {}
    for number, nodes in enumerate(groups):
        joined = 0
        for node in nodes:
            joined |= story.mask[node]
        for node in nodes:
            group_of[node] = number
            partner_in[node] = joined
    links: list[RelatedLink] = []
    for score, (a, b) in sorted(((-score, pair) for pair, score in ranked.items() if score >= floor)):
        if group_of.get(a, -1 - a) == group_of.get(b, -1 - b):
            continue
        if partner_in[a] & story.mask[b] or partner_in[b] & story.mask[a]:
            continue
        partner_in[a] |= story.mask[b]
        partner_in[b] |= story.mask[a]
        links.extend(_sentence_links(story, a, b, round(-score, 4)))
    return tuple(sorted(links, key=lambda link: link.sentence_ids))


#: A "possibly related" pair of wordings is linked sentence by sentence while that makes at most
#: this many links; a wording many sources print word for word is linked from its first copy only,
#: so the links grow with the sentences, not with the square of the sources.
MAX_LINKS_PER_PAIR = 16


def _sentence_links(story: Story, a: int, b: int, similarity: float) -> list[RelatedLink]:
    """One link per pair of the two nodes' sentences (of different sources), in source order,
    with what the two wordings share (the same for every pair: each node is one wording)."""
    firsts, seconds = story.members[a], story.members[b]
    if len(firsts) * len(seconds) > MAX_LINKS_PER_PAIR:
        firsts, seconds = firsts[:1], seconds[:1]
    one, other = (story.wordings[story.node_wording[node]] for node in (a, b))
    reasons = shared_evidence(
        story.items[firsts[0]].sentence.text,
        story.items[seconds[0]].sentence.text,
        len(one.content_set & other.content_set),
        one.numbers & other.numbers,
    )
    found = []
    for first in firsts:
        for second in seconds:
            earlier, later = sorted((story.items[first], story.items[second]), key=lambda item: item.index)
            if earlier.source != later.source:
                found.append(RelatedLink((earlier.sentence.id, later.sentence.id), similarity, reasons))
    return found


def sentence_similarities(sources: Sequence[Source], pairs: Sequence[tuple[int, int]]) -> np.ndarray:
    """The similarity this aligner gives each pair of sentences, before context and matching.

    A sentence is named by its position in the story's sentences, source after source. For
    evaluation tools that compare this score with others on the same pairs.
    """
    story = Story(sources)
    wording_pairs = [ordered(story.items[a].wording, story.items[b].wording) for a, b in pairs]
    story.score(wording_pairs)
    return np.array([story.similarity(k, m) for k, m in wording_pairs])
