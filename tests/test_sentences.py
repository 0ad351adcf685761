"""The sentence splitter (text/sentences.py): fixture cases, the clean stage's coarse rules, and
properties of the splitter."""

from __future__ import annotations

from pathlib import Path

import pytest
from casefiles import named_blocks
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.text.sentences import (
    coarse_sentence_starts,
    ends_sentence,
    split_sentences,
)

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def _load_cases(path: Path) -> list[tuple[str, str, list[str]]]:
    """Read ``name, paragraph, expected sentences`` blocks separated by ``---`` lines."""
    return [(name, body[0], body[1:]) for name, body in named_blocks(path)]


CASES = _load_cases(FIXTURES / "sentences.txt")


@pytest.mark.parametrize(("paragraph", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_split_sentences_fixture(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[start:end] for start, end in split_sentences(paragraph)] == expected


@pytest.mark.parametrize(
    ("line", "later_sentences"),
    [
        # Its own abbreviation list: "Jr." and "Inc." never end a sentence, "Rev." may.
        ("John Smith Jr. Went home. Acme Inc. Said no.", ["Acme Inc. Said no."]),
        ("Talks ended. Rev. Green spoke.", ["Rev. Green spoke.", "Green spoke."]),
        # Short initialisms never end one; a glued stop ("ended.Putin") is no boundary.
        ("Mr. Smith met U.S. officials. They left.", ["They left."]),
        ("Talks ended.Putin left.", []),
        # Every stop before a capital counts, inside a quotation or after an ellipsis too.
        (
            'He left... Then "she came." (See below.) Done.',
            ['Then "she came." (See below.) Done.', "(See below.) Done.", "Done."],
        ),
    ],
)
def test_coarse_sentence_starts(line: str, later_sentences: list[str]) -> None:
    assert [line[start:] for start in coarse_sentence_starts(line)] == later_sentences


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("It ended.", True),
        ('It ended."', True),
        ("It ended?”", True),
        ("(see below.)", True),
        ("Wait...", True),
        ("the future of", False),
        ("It ended", False),
        ("It ended.--", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


# Pieces that exercise every rule of the splitter when strung together at random.
_PROSE = st.lists(
    st.sampled_from(
        [*"abcAB C.!?…,;:'\"“”‘’`()[]0123456789\n\t-/@", "Mr.", "U.S.", "...", "''", "``", " said", " The "]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_split_sentences_spans_are_ordered_trimmed_and_cover_the_text(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        # Nothing but whitespace is left between sentences.
        assert not text[position:start].strip()
        position = end
    assert not text[position:].strip()


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=5000))
def test_split_sentences_is_fast_on_long_arbitrary_text(text: str) -> None:
    split_sentences(text)
