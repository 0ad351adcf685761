"""Character-level normalisation that more than one stage applies before comparing text."""

from __future__ import annotations

# Typesetters, keyboards and scrapers write the same apostrophe or quotation mark in several
# ways; comparisons should not see a difference between them.
_STRAIGHT_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
)


def fold_quote_marks(text: str) -> str:
    """``text`` with curly, reversed and prime apostrophes and backticks as ``'``, curly double quotes as ``"``."""
    return text.translate(_STRAIGHT_QUOTES)


def collapse_whitespace(text: str) -> str:
    """The words of ``text`` separated by single spaces, without space at either end."""
    return " ".join(text.split())
