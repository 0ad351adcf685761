"""Word-level diff."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from site_builder.site.diff import DiffOp, SharedPiece, shared_fraction, shared_words, word_diff, word_key


def test_insertions_and_deletions_are_whole_words() -> None:
    ops = word_diff("it is awkward to make Trump wait", "it is so awkward to make him wait")
    assert ops == (
        DiffOp("equal", "it is "),
        DiffOp("insert", "so "),
        DiffOp("equal", "awkward to make "),
        DiffOp("delete", "Trump "),
        DiffOp("insert", "him "),
        DiffOp("equal", "wait"),
    )


def test_identical_texts_are_one_equal_run() -> None:
    assert word_diff("Same words here.", "Same words here.") == (DiffOp("equal", "Same words here."),)


def test_empty_sides() -> None:
    assert word_diff("", "new text") == (DiffOp("insert", "new text"),)
    assert word_diff("old text", "") == (DiffOp("delete", "old text"),)


def test_a_change_of_punctuation_or_capitals_alone_is_no_change() -> None:
    assert word_diff("it was at – all", "It was at all.") == (DiffOp("equal", "It was at all."),)
    assert word_diff("make Trump wait", "make (Trump) wait") == (DiffOp("equal", "make (Trump) wait"),)


def test_a_word_dropped_at_the_end_keeps_a_space_before_it() -> None:
    assert word_diff("he left early", "he left") == (DiffOp("equal", "he left"), DiffOp("delete", " early"))


words = st.lists(
    st.sampled_from(["a", "b", "c", "Trump", "trump", "said", "(him)", "...", "–", "him,"]), max_size=12
).map(" ".join)


def _keys(text: str) -> list[str]:
    return [key for key in map(word_key, text.split()) if key]


@given(words, words)
def test_new_text_is_rebuilt_from_equal_and_insert_runs(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.kind != "delete") == new
    # The old version's words come back too, up to punctuation and case, which are not compared.
    assert _keys("".join(op.text for op in ops if op.kind != "insert")) == _keys(old)
    assert all(op.text for op in ops)
    assert all(a.kind != b.kind for a, b in pairwise(ops))


def test_stray_small_matches_inside_a_rewording_fold_into_one_change() -> None:
    ops = word_diff("In a quiet moment he said it was awkward to wait", "But it was so awkward to wait")
    assert ops == (
        DiffOp("delete", "In a quiet moment he said it was "),
        DiffOp("insert", "But it was so "),
        DiffOp("equal", "awkward to wait"),
    )


def test_shared_fraction_counts_words_not_punctuation() -> None:
    assert shared_fraction("at – all", "At all.") == 1.0
    assert shared_fraction("one two three four", "one two five six") == 0.5
    assert shared_fraction("", "") == 1.0


def _shared_text(pieces: tuple[SharedPiece, ...]) -> list[str]:
    return [piece.text for piece in pieces if piece.kind == "shared"]


def test_shared_words_are_runs_a_stop_word_joins_only_between_shared_words() -> None:
    text = "The talks made no progress on efforts to end the war"
    pieces = shared_words(text, ["No progress came of efforts to end the war."])
    assert "".join(piece.text for piece in pieces) == text
    # "The" and "on" are stop words not between shared words the others also use: not highlighted
    # ("no" is no stop word: negations carry facts).
    assert _shared_text(pieces) == ["no progress", "efforts to end the war"]


def test_names_and_numbers_are_anchors_shared_or_not() -> None:
    pieces = shared_words("Officials said Putin spoke for 90 minutes, not five.", ["Putin spoke at length."])
    anchors = {piece.text: piece.kind for piece in pieces if piece.anchor}
    assert anchors == {"Putin": "shared", "90": "plain", "five.": "plain"}
    # A capital that only opens the sentence is no name.
    assert not any(piece.anchor and piece.text.startswith("Officials") for piece in pieces)


def test_a_compound_shares_its_parts() -> None:
    pieces = shared_words("the Trump-Putin call", ["Trump called"])
    assert [piece.text for piece in pieces if piece.kind == "shared"] == ["Trump-Putin"]
