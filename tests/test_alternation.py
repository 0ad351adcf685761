"""A grouped alternation matches exactly where and what the plain one does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from site_builder.text.alternation import alternation

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
