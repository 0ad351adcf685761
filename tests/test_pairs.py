"""The side-by-side policy and the story index, tested without templates."""

from __future__ import annotations

import subprocess
import sys

from site_builder.model import (
    Metadata,
    Paragraph,
    Passage,
    Sentence,
    Source,
    StoryAnalysis,
)
from site_builder.site.index import StoryIndex
from site_builder.site.pairs import (
    CLOSEST,
    MAX_PARALLELS,
    MAX_SHADE,
    PAIR_LIMIT,
    StoryComparison,
    compare_rows,
)

from sample import BRIDGE_STORY, crowded_story


def story(sources: dict[str, list[str]], passages: dict[str, tuple[str, ...]]) -> StoryAnalysis:
    """Sources of one paragraph each; a sentence's id and text are the label given for it."""
    built = []
    for source_id, labels in sources.items():
        sentences, start = [], 0
        for label in labels:
            sentences.append(Sentence(label, source_id, 0, start, label))
            start += len(label) + 1
        paragraph = Paragraph(0, " ".join(labels), 1, tuple(sentences))
        built.append(Source(source_id, f"s/{source_id}.txt", Metadata(outlet=source_id.upper()), (paragraph,), ()))
    shared = tuple(Passage(passage_id, ids, 0.8, "close") for passage_id, ids in passages.items())
    return StoryAnalysis("s", "A story", "s", tuple(built), shared, ())


def rows_of(analysis: StoryAnalysis, *column_ids: str) -> list[tuple[str | None, tuple[tuple[str, ...], ...]]]:
    """``compare_rows`` as (passage id, sentence ids per column)."""
    index = StoryIndex.of(analysis)
    rows = compare_rows(index, [index.source(i) for i in column_ids])
    return [
        (row.passage.id if row.passage else None, tuple(tuple(s.id for s in cell) for cell in row.cells))
        for row in rows
    ]


def test_the_policy_needs_no_template_engine() -> None:
    code = "import sys, site_builder.site.pairs, site_builder.site.index; assert 'jinja2' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_left_column_order_wins_and_the_right_column_moves_up_to_meet_it() -> None:
    analysis = story(
        {"a": ["a1", "a2", "a3"], "b": ["b1", "b2", "b3"]},
        {"p": ("a1", "b3"), "q": ("a2", "b1")},
    )
    assert rows_of(analysis, "a", "b") == [
        ("p", (("a1",), ("b3",))),
        ("q", (("a2",), ("b1",))),
        (None, (("a3",), ())),
        (None, ((), ("b2",))),
    ]
    # Swapping the columns swaps whose order wins; "a3" follows "a2", as in its text.
    assert rows_of(analysis, "b", "a") == [
        ("q", (("b1",), ("a2",))),
        (None, (("b2",), ())),
        (None, ((), ("a3",))),
        ("p", (("b3",), ("a1",))),
    ]


def test_unmatched_sentences_keep_their_place_when_the_other_column_tells_it_in_another_order() -> None:
    analysis = story(
        {"a": ["a1", "a2", "a3"], "b": ["b1", "b2", "b3", "b4", "b5"]},
        {"p": ("a1", "b2"), "q": ("a2", "b4"), "r": ("a3", "b1")},
    )
    # "b3" follows "b2" (passage p) and "b5" follows "b4" (passage q) in b's text: so on the
    # page, rather than both collecting after the last row.
    assert rows_of(analysis, "a", "b") == [
        ("p", (("a1",), ("b2",))),
        (None, ((), ("b3",))),
        ("q", (("a2",), ("b4",))),
        (None, ((), ("b5",))),
        ("r", (("a3",), ("b1",))),
    ]


def test_a_columns_own_sentences_come_before_the_passage_that_follows_them() -> None:
    analysis = story({"a": ["a1", "a2"], "b": ["b1", "b2"]}, {"p": ("a2", "b1")})
    assert rows_of(analysis, "a", "b") == [(None, (("a1",), ())), ("p", (("a2",), ("b1",))), (None, ((), ("b2",)))]


def test_a_passage_only_one_column_carries_is_lone_sentences_there() -> None:
    analysis = story(
        {"a": ["a1", "a2", "a3"], "b": ["b1"], "c": ["c1", "c2"]},
        {"p": ("a1", "a2", "c1")},
    )
    assert rows_of(analysis, "a", "b") == [
        (None, (("a1",), ())),
        (None, (("a2",), ())),
        (None, (("a3",), ())),
        (None, ((), ("b1",))),
    ]
    # Next to a column that shares it, the passage's two sentences of "a" form one row.
    assert rows_of(analysis, "a", "c")[0] == ("p", (("a1", "a2"), ("c1",)))


def test_every_sentence_of_every_column_is_in_exactly_one_row() -> None:
    index = StoryIndex.of(BRIDGE_STORY)
    rows = compare_rows(index, index.sources)
    placed = [s.id for row in rows for cell in row.cells for s in cell]
    assert sorted(placed) == sorted(s.id for source in BRIDGE_STORY.sources for s in source.sentences)
    assert all(len(row.cells) == len(index.sources) for row in rows)


def test_a_small_story_pairs_every_source_and_has_one_grid() -> None:
    compare = StoryComparison.of(StoryIndex.of(BRIDGE_STORY))
    assert not compare.many and compare.has_grid and compare.grid is not None
    assert [(pair.left.id, pair.right.id) for pair in compare.pairs] == [
        ("harbour-herald", "city-wire"),
        ("harbour-herald", "northern-notes"),
        ("city-wire", "northern-notes"),
    ]
    assert compare.pair("northern-notes", "city-wire") is compare.pairs[2]
    assert compare.pairs[0].page == "bridge-vote/compare/harbour-herald--city-wire.html"
    assert compare.other_pairs(compare.pairs[0]) == compare.pairs
    assert compare.grid.page == "bridge-vote/compare/all.html" and len(compare.grid.columns) == 3


def test_two_sources_have_their_pair_page_but_no_grid() -> None:
    compare = StoryComparison.of(StoryIndex.of(story({"a": ["a1"], "b": ["b1"]}, {"p": ("a1", "b1")})))
    assert [pair.shared_count for pair in compare.pairs] == [1] and not compare.has_grid


def test_up_to_the_limit_every_pair_has_a_page() -> None:
    compare = StoryComparison.of(StoryIndex.of(crowded_story(PAIR_LIMIT)))
    assert len(compare.pairs) == PAIR_LIMIT * (PAIR_LIMIT - 1) // 2 and compare.has_grid and not compare.many


def test_a_big_story_pairs_each_source_with_its_closest_only() -> None:
    compare = StoryComparison.of(StoryIndex.of(crowded_story(15)))
    assert compare.many and not compare.has_grid
    # Neighbours share two passages; the rest one, so ties go to the earliest sources.
    assert [view.id for view in compare.closest["src-05"]] == ["src-04", "src-06", "src-01"]
    assert len(compare.closest["src-05"]) == CLOSEST
    made = {(pair.left.id, pair.right.id) for pair in compare.pairs}
    wanted = {
        tuple(sorted((view.id, other.id))) for view in compare.index.sources for other in compare.closest[view.id]
    }
    assert made == wanted
    numbers = [(pair.left.number, pair.right.number) for pair in compare.pairs]
    assert numbers == sorted(numbers) and all(left < right for left, right in numbers)
    assert compare.pair("src-09", "src-13") is None
    pair = compare.pair("src-05", "src-06")
    assert pair is not None
    offered = compare.other_pairs(pair)
    assert len(offered) == len(set(offered)) <= 2 * CLOSEST
    assert set(offered) == set(compare.closest_pairs("src-05")) | set(compare.closest_pairs("src-06"))


def test_shading_and_parallels_are_capped() -> None:
    index = StoryIndex.of(crowded_story(15))
    compare = StoryComparison.of(index)
    everywhere = index.sentences["src-05-s1"]
    assert index.carrier_count(everywhere) == 15 and compare.shade(everywhere) == MAX_SHADE
    parallels = compare.parallels(everywhere)
    assert len(parallels) == MAX_PARALLELS
    expected = [f"Outlet {k:02d}" for k in (1, 2, 3, 4, 6, 7)]
    assert [p.source_name for p in parallels] == expected, "in story order, not itself"
    assert parallels[0].target == "crowded/sources/src-01.html#src-01-s1"
    alone = index.sentences["src-05-s4"]
    assert (compare.shade(alone), compare.parallels(alone), index.carrier_count(alone)) == (0, (), 1)


def test_the_index_keeps_the_first_passage_of_a_sentence_and_skips_unknown_ids() -> None:
    analysis = story({"a": ["a1", "a2"], "b": ["b1", "b2"]}, {"p": ("a1", "b1", "ghost"), "q": ("a1", "a2")})
    index = StoryIndex.of(analysis)
    p, q = analysis.passages
    assert index.passage_of("a1") is p and index.passage_of("a2") is q and index.passage_of("b1") is p
    assert index.passage_source_ids(p) == ("a", "b") and [s.id for s in index.passage_sentences(p, "a")] == ["a1"]
    assert index.passage_count("a") == 2 and index.passage_count("b") == 1
    assert index.unique_sentences("a") == () and [s.id for s in index.unique_sentences("b")] == ["b2"]
    assert index.source("b").shared_share == 0.5 and index.source("a").name == "A"
