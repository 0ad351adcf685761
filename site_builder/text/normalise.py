"""Character-level normalisation that more than one stage applies before comparing text."""

from __future__ import annotations

import unicodedata

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


def shown_name(name: str) -> str:
    """A file or folder name as messages and pages show it: invisible format and control
    characters (right-to-left override, zero-width space, byte-order mark...) written out as
    ``\\u202e``, so that a name cannot reorder or hide what is shown around it."""
    return "".join(f"\\u{ord(char):04x}" if unicodedata.category(char) in ("Cf", "Cc") else char for char in name)


def without_invisible(text: str) -> str:
    """``text`` without format and control characters: a title made from a folder name reads as words."""
    return "".join(char for char in text if unicodedata.category(char) not in ("Cf", "Cc"))
