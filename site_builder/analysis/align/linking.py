"""Links, strongest first and one partner per source, merged into groups that never hold two sentences of a source."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .scoring import Story, ordered
from .words import CONTEXT_BONUS, CONTEXT_MIN, CONTEXT_NEIGHBOURS, MERGE_REPRESENTATIVES, MERGE_SHARE

# ------------------------------------------------------------------------------------- linking


def _neighbours(story: Story, step: int) -> list[tuple[int, ...]]:
    """For each node, the wordings of its sentences' neighbours ``step`` away in the same source.

    At most ``CONTEXT_NEIGHBOURS`` of them, the most frequent first.
    """
    items, node_of = story.items, story.node_of
    found: list[tuple[int, ...]] = []
    for members in story.members:
        counts: Counter[int] = Counter()
        for index in members:
            other = index + step
            if 0 <= other < len(items) and items[other].source == items[index].source and node_of[other] >= 0:
                counts[items[other].wording] += 1
        ranked = sorted(counts.items(), key=lambda entry: (-entry[1], entry[0]))[:CONTEXT_NEIGHBOURS]
        found.append(tuple(wording for wording, _ in ranked))
    return found


def with_context(story: Story, pairs: Sequence[tuple[int, int]], threshold: float) -> dict[tuple[int, int], float]:
    """Each node pair's similarity plus a bonus when a diagonal neighbour pair also matches."""
    ranked: dict[tuple[int, int], float] = {}
    scores = story.scores
    sides = (_neighbours(story, -1), _neighbours(story, 1))
    for a, b in pairs:
        support = 0.0
        for neighbours in sides:
            for k in neighbours[a]:
                for m in neighbours[b]:
                    # ordered inlined: this innermost loop runs for every neighbour pair.
                    support = max(support, scores.get((k, m) if k <= m else (m, k), 0.0))
        bonus = CONTEXT_BONUS * support if support >= CONTEXT_MIN * threshold else 0.0
        ranked[(a, b)] = story.node_similarity(a, b) + bonus
    return ranked


def one_to_one(story: Story, ranked: dict[tuple[int, int], float], threshold: float) -> list[tuple[int, int]]:
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

    def __init__(self, node: int, story: Story) -> None:
        self.nodes = [node]
        self.mask = story.mask[node]
        self.size = story.size(node)
        self.representatives = [node]


def _across(story: Story, first: _Group, second: _Group) -> float:
    """Mean similarity of sentences across two groups, over each group's most common wordings."""
    story.score(wording_pair(story, a, b) for a in first.representatives for b in second.representatives)
    total = weight = 0.0
    for a in first.representatives:
        for b in second.representatives:
            share = story.size(a) * story.size(b)
            total += share * story.node_similarity(a, b)
            weight += share
    return total / weight


def wording_pair(story: Story, a: int, b: int) -> tuple[int, int]:
    return ordered(story.node_wording[a], story.node_wording[b])


def link_groups(story: Story, links: Sequence[tuple[int, int]], threshold: float) -> list[list[int]]:
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
        if first.size + second.size > 2 and _across(story, first, second) < MERGE_SHARE * threshold:
            continue  # a lone link stands on its own (context-aided) score
        first.nodes.extend(second.nodes)
        first.mask |= second.mask
        first.size += second.size
        first.representatives = sorted(first.representatives + second.representatives, key=by_frequency)
        del first.representatives[MERGE_REPRESENTATIVES:]
        for node in second.nodes:
            group_of[node] = first
    unique = {id(group): group for group in group_of.values()}
    # A link whose merge was refused leaves its sentences alone, and a lone sentence is no passage.
    return [group.nodes for group in unique.values() if group.size > 1]
