"""The numpy sentence encoder's tokenizer and the probe's linking, which need no model weights."""

from __future__ import annotations

import numpy as np

from benchmarks.meaning_probe import StoryPairs, linked_scores
from benchmarks.minilm import MAX_TOKENS, WordPiece, _basic_tokens

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "run", ",", "!"]


def test_basic_tokens_lower_case_strip_accents_and_split_punctuation_and_cjk() -> None:
    assert _basic_tokens("Café naïve, U.S.-led!") == ["cafe", "naive", ",", "u", ".", "s", ".", "-", "led", "!"]
    assert _basic_tokens("日本 text\u200b") == ["日", "本", "text"]
    assert _basic_tokens("") == []


def test_wordpiece_takes_longest_pieces_and_marks_unknown_words() -> None:
    pieces = WordPiece(VOCABULARY)
    assert pieces.encode("Unaffable, run!") == [2, 4, 5, 6, 8, 7, 9, 3]
    assert pieces.encode("runx") == [2, 1, 3]  # no piece covers "x": the whole word is unknown
    assert pieces.encode("") == [2, 3]


def test_wordpiece_cuts_long_input_to_the_model_limit_and_keeps_the_end_marker() -> None:
    ids = WordPiece(VOCABULARY).encode("run " * 1000)
    assert len(ids) == MAX_TOKENS and ids[0] == 2 and ids[-1] == 3


def _pairs(gold: list[bool]) -> StoryPairs:
    # Sentences 0 and 1 are in source 0; sentence 2 in source 1: pairs (0, 2) and (1, 2).
    return StoryPairs(
        name="tiny",
        first=np.array([0, 1]),
        second=np.array([2, 2]),
        first_source=np.array([0, 0]),
        second_source=np.array([1, 1]),
        is_gold=np.array(gold),
        gold_total=sum(gold),
        one_per_source_ceiling=1,
        scores={},
    )


def test_linking_keeps_one_partner_per_source_strongest_first() -> None:
    pairs = _pairs([False, True])
    # The wrong pair scores higher and takes sentence 2's one partner in source 0.
    assert linked_scores(pairs, np.array([0.9, 0.8]), 0.5) == (0.0, 0.0, 0.0)
    assert linked_scores(pairs, np.array([0.7, 0.8]), 0.5) == (1.0, 1.0, 1.0)
    assert linked_scores(pairs, np.array([0.7, 0.8]), 0.85) == (0.0, 0.0, 0.0)
