"""Word-level diff."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from site_builder.site.diff import DiffOp, word_diff


def test_insertions_and_deletions_are_whole_words() -> None:
    ops = word_diff("it is awkward to make Trump wait", "it is so awkward to make him wait")
    assert ops == (
        DiffOp("equal", "it is "),
        DiffOp("insert", "so "),
        DiffOp("equal", "awkward to make "),
        DiffOp("delete", "Trump"),
        DiffOp("insert", "him"),
        DiffOp("equal", " wait"),
    )


def test_identical_texts_are_one_equal_run() -> None:
    assert word_diff("Same words here.", "Same words here.") == (DiffOp("equal", "Same words here."),)


def test_empty_sides() -> None:
    assert word_diff("", "new text") == (DiffOp("insert", "new text"),)
    assert word_diff("old text", "") == (DiffOp("delete", "old text"),)


words = st.lists(st.sampled_from(["a", "b", "c", "Trump", "said", "(him)", "..."]), max_size=12).map(" ".join)


@given(words, words)
def test_new_text_is_rebuilt_from_equal_and_insert_runs(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.kind != "delete") == new
    rebuilt_old = "".join(op.text for op in ops if op.kind != "insert")
    assert rebuilt_old.split() == old.split()
    assert all(op.text for op in ops)
    assert all(a.kind != b.kind for a, b in pairwise(ops))


def test_stray_small_matches_inside_a_rewording_fold_into_one_change() -> None:
    ops = word_diff("In a quiet moment he said it was awkward to wait", "But it was so awkward to wait")
    assert ops == (
        DiffOp("delete", "In a quiet moment he said it was"),
        DiffOp("insert", "But it was so"),
        DiffOp("equal", " awkward to wait"),
    )
