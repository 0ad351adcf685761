"""Which pairs of sources a story compares: every pair up to PAIR_LIMIT, then closest counterparts."""

from __future__ import annotations

from site_builder.analysis.counterparts import CLOSEST, PAIR_LIMIT, closest_counterparts, compared_pairs
from site_builder.analysis.segment import segment_source
from site_builder.model import CleanedSource, CleanParagraph, Metadata, Passage, RawSource, Source


def _source(number: int) -> Source:
    paragraphs = [f"Sentence {k} of source {number} stands alone." for k in range(8)]
    raw = RawSource(f"s{number:02d}", f"story/s{number:02d}.txt", "\n".join(paragraphs), 1, Metadata(), "txt")
    cleaned = CleanedSource(raw, Metadata(), tuple(CleanParagraph(t, i + 1) for i, t in enumerate(paragraphs)), ())
    return segment_source(cleaned)


def _passage(number: int, *members: Source) -> Passage:
    return Passage(f"p{number}", tuple(source.sentences[number].id for source in members), 0.9, "close")


def test_up_to_the_limit_every_pair_is_compared() -> None:
    sources = [_source(k) for k in range(PAIR_LIMIT)]
    assert compared_pairs(sources, []) is None


def test_beyond_the_limit_each_source_is_compared_with_those_it_shares_most_passages_with() -> None:
    sources = [_source(k) for k in range(PAIR_LIMIT + 2)]
    first, second, third, fourth = sources[:4]
    # s00 shares three passages with s03, two with s02, one with s01; ties after that in story order.
    passages = [
        _passage(0, first, fourth),
        _passage(1, first, fourth),
        _passage(2, first, third, fourth),
        _passage(3, first, third),
        _passage(4, first, second),
    ]
    closest = closest_counterparts(sources, passages)
    assert closest["s00"] == ("s03", "s02", "s01")
    assert all(len(others) == CLOSEST for others in closest.values())
    pairs = compared_pairs(sources, passages)
    assert pairs is not None
    assert ("s00", "s03") in pairs and ("s05", "s13") not in pairs
    # Each pair in story order, and no more than CLOSEST for each source.
    assert all(int(a[1:]) < int(b[1:]) for a, b in pairs)
    assert len(pairs) <= CLOSEST * len(sources)
