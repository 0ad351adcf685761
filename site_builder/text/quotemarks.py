"""Quotation marks: the marks that open and close quotations, and where double quotations run.

The quotes stage (``analysis/quotes.py``) still pairs quotation marks itself
(``quotation_spans``, with its own rules for single quotes and apostrophes).
"""

from __future__ import annotations

import re

#: Quotation marks and brackets that may close a quotation or an aside right after a
#: sentence's final punctuation (``"We won."``, ``(see below.)``).
CLOSING_MARKS = "”\"’'»)]"
#: Quotation marks and brackets that may stand before a sentence's first word.
OPENING_MARKS = "“\"‘'«([`"

# TeX-style ``…'' pairs occur in scraped wire copy beside curly and straight marks.
_DOUBLE_QUOTE_MARK = re.compile(r"“|”|\"|``|''")


def double_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks; one left open runs to the end (news convention)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _DOUBLE_QUOTE_MARK.finditer(text):
        is_opening = mark.group() in ("“", "``") or (mark.group() == '"' and opened is None)
        if is_opening and opened is None:
            opened = mark.end()
        elif not is_opening and opened is not None:
            spans.append((opened, mark.start()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans
