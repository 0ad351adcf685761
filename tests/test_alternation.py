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
    escaped = [re.escape(word) for word in words]
    plain = re.compile(r"\b(?:" + "|".join(escaped) + r")\b", flags)
    grouped = re.compile(r"\b(?:" + alternation(escaped) + r")\b", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_only_neighbours_with_a_literal_opening_are_grouped() -> None:
    assert alternation(["said", "says", "told", "saw"]) == "s(?:aid|ays)|told|saw"
    assert alternation([r"\bx", r"\by"]) == r"\bx|\by"
