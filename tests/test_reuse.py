"""Copied runs between sources (issue 15): shares known by construction."""

from __future__ import annotations

import random

import pytest

from site_builder.analysis.reuse import MIN_RUN_WORDS, find_overlaps
from site_builder.analysis.segment import segment_source
from site_builder.model import CleanedSource, CleanParagraph, Metadata, RawSource, Source

# Made-up words, so that no two sources share a run by chance.
VOCABULARY = [f"w{number}x" for number in range(5000)]


def _words(count: int, rng: random.Random) -> list[str]:
    return rng.sample(VOCABULARY, count)


def _text(words: list[str], per_sentence: int = 10) -> list[str]:
    """Words as paragraphs of capitalised sentences of ``per_sentence`` words."""
    sentences = [" ".join(words[at : at + per_sentence]) for at in range(0, len(words), per_sentence)]
    return [sentence[0].upper() + sentence[1:] + "." for sentence in sentences]


def _source(source_id: str, paragraphs: list[str]) -> Source:
    raw = RawSource(source_id, f"story/{source_id}.txt", "\n".join(paragraphs), 1, Metadata(), "txt")
    cleaned = CleanedSource(raw, Metadata(), tuple(CleanParagraph(t, i + 1) for i, t in enumerate(paragraphs)), ())
    return segment_source(cleaned)


def test_a_copied_stretch_gives_each_source_its_share() -> None:
    rng = random.Random(1)
    original = _words(100, rng)
    # b: 30 words of its own, words 20..59 of a (40 words, in sentences cut differently), 30 more.
    copy = _words(30, rng) + original[20:60] + _words(30, rng)
    a, b = _source("a", _text(original)), _source("b", _text(copy, per_sentence=7))
    (overlap,) = find_overlaps([a, b])
    assert overlap.sources == ("a", "b")
    assert overlap.shared_words == 40
    assert overlap.share == pytest.approx((0.40, 0.40), abs=0.02)
    (run,) = overlap.runs
    assert run.words == 40
    # Words 20..59 of a are its sentences 3 to 6; in b they start in its 5th sentence (words 28..34).
    assert run.a_sentences == tuple(s.id for s in a.sentences[2:6])
    assert run.b_sentences[0] == b.sentences[4].id


def test_case_and_quotation_marks_do_not_break_a_run() -> None:
    rng = random.Random(2)
    words = _words(20, rng)
    a = _source("a", [f"“{' '.join(words)}.”"])
    b = _source("b", [f'"{" ".join(word.upper() for word in words)},"'])
    (overlap,) = find_overlaps([a, b])
    assert overlap.shared_words == 20 and overlap.share == (1.0, 1.0)


def test_runs_shorter_than_the_minimum_and_unrelated_sources_give_nothing() -> None:
    rng = random.Random(3)
    shared = _words(MIN_RUN_WORDS - 1, rng)
    a = _source("a", _text(_words(30, rng) + shared + _words(30, rng)))
    b = _source("b", _text(_words(25, rng) + shared + _words(25, rng)))
    c = _source("c", _text(_words(60, rng)))
    assert find_overlaps([a, b, c]) == ()


def test_several_runs_each_word_counted_once() -> None:
    rng = random.Random(4)
    a_words = _words(200, rng)
    # b copies two stretches of a (30 and 50 words) and repeats the first: counted once.
    b_words = a_words[0:30] + _words(20, rng) + a_words[100:150] + a_words[0:30] + _words(20, rng)
    (overlap,) = find_overlaps([_source("a", _text(a_words)), _source("b", _text(b_words))])
    assert sorted(run.words for run in overlap.runs) == [30, 50]
    assert overlap.shared_words == 80
    assert overlap.share == pytest.approx((80 / 200, 80 / 150), abs=0.02)


def test_a_wire_story_reprinted_by_three_outlets_pairs_every_two() -> None:
    rng = random.Random(5)
    wire = _words(120, rng)
    outlets = [_source(name, _text(_words(40, rng) + wire)) for name in ("a", "b", "c")]
    overlaps = find_overlaps(outlets)
    assert [o.sources for o in overlaps] == [("a", "b"), ("a", "c"), ("b", "c")]
    for overlap in overlaps:
        assert overlap.share == pytest.approx((120 / 160, 120 / 160), abs=0.02)


def test_a_big_story_compares_only_the_pairs_it_is_given_with_the_same_figures() -> None:
    rng = random.Random(7)
    wire = _words(120, rng)
    # Every source prints a different stretch of one wire story: every pair shares a run.
    sources = [_source(f"s{k}", _text(_words(20, rng) + wire[k * 5 : k * 5 + 60])) for k in range(6)]
    every_pair = {overlap.sources: overlap for overlap in find_overlaps(sources)}
    assert len(every_pair) == 15
    compared = frozenset({("s0", "s1"), ("s2", "s5")})
    chosen = find_overlaps(sources, compared)
    assert [overlap.sources for overlap in chosen] == [("s0", "s1"), ("s2", "s5")]
    assert all(overlap == every_pair[overlap.sources] for overlap in chosen)
