"""A grouped alternation matches exactly where and what the plain one does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_builder.text.alternation import StartOrAnywhere, alternation

WORDS = st.lists(st.text(alphabet="abcAB ſK", min_size=1, max_size=4), min_size=1, max_size=12)
TEXTS = st.text(alphabet="abcAB ſKk.\n", max_size=60)


@given(WORDS, TEXTS, st.booleans())
def test_grouped_alternation_finds_the_same_matches(words: list[str], text: str, ignore_case: bool) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b", flags)
    grouped = re.compile(r"\b(?:" + alternation(words) + r")\b", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_only_neighbours_are_grouped_and_every_word_is_escaped() -> None:
    assert alternation(["said", "says", "told", "saw"]) == "s(?:aid|ays)|told|saw"
    assert alternation(["s?aid", "sx", "a.b"]) == r"s(?:\?aid|x)|a\.b"


# Alternatives built from small pieces: anchored or not, with groups, sets holding "|" and escapes.
PIECES = st.sampled_from(
    ["a", "b", "ab", r"\b", r"\w", "[|a]", "[]b]", r"\|", "(?:a|b)", "(a|)", "a*", " ", r"\s+", "$"]
)
ALTERNATIVES = st.lists(
    st.tuples(st.booleans(), st.lists(PIECES, min_size=1, max_size=4)), min_size=1, max_size=6
).map(lambda alternatives: "|".join(("^" if anchored else "") + "".join(parts) for anchored, parts in alternatives))


@given(ALTERNATIVES, st.text(alphabet="abAB |", max_size=30), st.booleans())
def test_anchored_alternatives_apart_match_the_same_texts_from_the_same_place(
    pattern: str, text: str, ignore_case: bool
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain, apart = re.compile(pattern, flags).search(text), StartOrAnywhere(pattern, flags).search(text)
    assert (plain is None) == (apart is None)
    assert plain is None or apart is None or plain.start() == apart.start()


def test_alternatives_are_split_only_outside_groups_and_sets() -> None:
    apart = StartOrAnywhere(r"^a[|]b|(c|^d)|[]|x]|\|e|^f")
    assert apart.at_start is not None and apart.at_start.pattern == "a[|]b|f"
    assert apart.anywhere is not None and apart.anywhere.pattern == r"(c|^d)|[]|x]|\|e"
    with pytest.raises(ValueError):
        StartOrAnywhere("^a|b", re.MULTILINE)
