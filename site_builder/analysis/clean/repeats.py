"""Repeated paragraphs: the first is kept, exact and near repeats after it are removed."""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz

from ...model import CleanParagraph, RemovedText
from ...text.normalise import collapse_whitespace

# Paragraphs this alike (rapidfuzz ratio), both at least this long, are one paragraph printed twice.
NEAR_REPEAT_SCORE = 95
NEAR_REPEAT_MIN_LENGTH = 60


def _normalised(text: str) -> str:
    return collapse_whitespace(re.sub(r"\W+", " ", text.casefold()))


def drop_repeats(paragraphs: list[CleanParagraph]) -> tuple[list[CleanParagraph], list[RemovedText]]:
    """Keep the first of paragraphs repeated exactly or nearly (pages often render a block twice)."""
    kept: list[CleanParagraph] = []
    seen = _SeenParagraphs()
    repeats: list[RemovedText] = []
    for paragraph in paragraphs:
        key = _normalised(paragraph.text)
        if key and seen.has_same(key):
            repeats.append(RemovedText(paragraph.text, "repeated paragraph", paragraph.line))
            continue
        kept.append(paragraph)
        seen.add(key)
    return kept, repeats


# Character classes counted for the near-repeat prefilter: a-z, 0-9, space, the rest folded together.
_HISTOGRAM_BINS = 48


def _character_bin(code: int) -> int:
    char = chr(code)
    if "a" <= char <= "z":
        return code - ord("a")
    if "0" <= char <= "9":
        return 26 + code - ord("0")
    return 36 if char == " " else 37 + code % 11


_ASCII_BIN = np.array([_character_bin(code) for code in range(128)], dtype=np.intp)


def _histogram(key: str) -> np.ndarray:
    codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32)
    bins = np.where(codes < 128, _ASCII_BIN[codes & 127], 37 + codes % 11)
    return np.bincount(bins, minlength=_HISTOGRAM_BINS).astype(np.int32)


class _SeenParagraphs:
    """The normalised paragraphs kept so far, and whether a new one repeats one of them: the same
    text, or both at least 60 characters long and ``fuzz.ratio`` >= 95 (a near repeat).

    Exact repeats are a set lookup. A near repeat has an indel distance of at
    most 5% of the two lengths together, and that distance is at least the difference of their
    lengths and of their character counts; only paragraphs within both bounds are compared in full.
    """

    def __init__(self) -> None:
        self._exact: set[str] = set()
        self._long: list[str] = []
        self._lengths = np.zeros(64, dtype=np.int64)
        self._histograms = np.zeros((64, _HISTOGRAM_BINS), dtype=np.int32)
        #: The histogram of the key last asked about, usually the next one added.
        self._last_key, self._last = "", np.zeros(_HISTOGRAM_BINS, dtype=np.int32)

    def add(self, key: str) -> None:
        self._exact.add(key)
        if len(key) < NEAR_REPEAT_MIN_LENGTH:
            return
        size = len(self._long)
        if size == len(self._lengths):
            self._lengths = np.resize(self._lengths, 2 * size)
            self._histograms = np.resize(self._histograms, (2 * size, _HISTOGRAM_BINS))
        self._lengths[size] = len(key)
        self._histograms[size] = self._last if self._last_key == key else _histogram(key)
        self._long.append(key)

    def has_same(self, key: str) -> bool:
        if key in self._exact:
            return True
        if len(key) < NEAR_REPEAT_MIN_LENGTH or not self._long:
            return False
        self._last_key, self._last = key, _histogram(key)
        lengths = self._lengths[: len(self._long)]
        # The bound is loosened by one so rounding never drops a pair fuzz.ratio would accept.
        allowed = (100 - NEAR_REPEAT_SCORE) / 100 * (lengths + len(key)) + 1
        (close,) = np.nonzero(np.abs(lengths - len(key)) <= allowed)
        if close.size:
            counts = np.abs(self._histograms[close] - self._last).sum(axis=1)
            close = close[counts <= allowed[close]]
        return any(fuzz.ratio(key, self._long[i]) >= NEAR_REPEAT_SCORE for i in close.tolist())
