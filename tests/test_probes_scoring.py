"""How the probe batteries score attribution (``benchmarks/probes.py``), on invented passages."""

from __future__ import annotations

from benchmarks.probes import _listed_long_enough, _same_speakers


def test_listed_speakers_of_short_quotations_are_dropped_when_the_spans_pair_up() -> None:
    text = 'Lee called it "flatly false" and said: "We will appeal this ruling next week." || Osei said "no."'
    assert _listed_long_enough(text, ["Ann Lee", "Ann Lee", "Tom Osei"]) == ["Ann Lee"]


def test_all_listed_speakers_are_kept_when_the_spans_do_not_pair_with_the_list() -> None:
    text = 'Lee said "we will appeal this ruling next week."'
    assert _listed_long_enough(text, ["Ann Lee", "Tom Osei"]) == ["Ann Lee", "Tom Osei"]


def test_a_quotation_no_one_speaks_may_be_missing_but_a_spoken_one_may_not() -> None:
    assert _same_speakers(["Ann Lee"], [None, "Ann Lee"])
    assert not _same_speakers([], ["Ann Lee"])
    assert _same_speakers(["Ann Lee", "Ann Lee"], ["Ann Lee"])  # one quotation printed over two paragraphs
