"""Quotation marks: where each quotation in a paragraph opens and closes, whether speech or not."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import DECADE_OR_ELISION


@dataclass(frozen=True, slots=True)
class QuotationSpan:
    """Where a quotation sits in its paragraph: the marks, and the text inside them."""

    mark_start: int
    start: int
    end: int
    mark_end: int
    #: False when the quotation runs on past the end of the paragraph.
    closed: bool


_OPENING_MARK = re.compile(r"“|``|\"|«|‘|'")
_CLOSING_FOR = {"“": "”", "``": "''", '"': '"', "«": "»"}


def quotation_spans(text: str) -> list[QuotationSpan]:
    """Every outermost quotation in a paragraph, by its marks alone (speech or not)."""
    spans: list[QuotationSpan] = []
    position = 0
    closers: dict[str, list[int]] = {}  # where each single mark may close a quotation, found once per text
    while (opening := _OPENING_MARK.search(text, position)) is not None:
        span = _span_from(text, opening, closers)
        if span is None:
            position = opening.end()
            continue
        spans.append(span)
        position = span.mark_end
    return spans


def _span_from(text: str, opening: re.Match[str], closers: dict[str, list[int]]) -> QuotationSpan | None:
    mark = opening.group()
    if mark in _CLOSING_FOR:
        return _double_span(text, opening)
    if not _opens_single_quote(text, opening.start()):
        return None
    close_at = _single_closing(text, opening.end(), "’" if mark == "‘" else "'", closers)
    if close_at is None:
        return None
    return _trimmed(text, opening.start(), opening.end(), close_at, close_at + 1, closed=True)


def _double_span(text: str, opening: re.Match[str]) -> QuotationSpan:
    mark, closing = opening.group(), _CLOSING_FOR[opening.group()]
    marks = re.compile(re.escape(mark) if mark == closing else f"{re.escape(mark)}|{re.escape(closing)}")
    for found in marks.finditer(text, opening.end()):
        if _is_closing(text, found, closing):
            return _trimmed(text, opening.start(), opening.end(), found.start(), found.end(), closed=True)
        # A new quotation opens before this one closed: it ran on into a paragraph whose break was lost.
        return _trimmed(text, opening.start(), opening.end(), found.start(), found.start(), closed=False)
    return _trimmed(text, opening.start(), opening.end(), len(text), len(text), closed=False)


def _is_closing(text: str, found: re.Match[str], closing: str) -> bool:
    if found.group() != closing:
        return False
    if closing != '"':
        return True
    # A straight mark with a space before and a word after opens; any other closes ('out,' " said).
    before = text[found.start() - 1]
    after = text[found.end()] if found.end() < len(text) else " "
    return not (before.isspace() and (after.isalnum() or after in "‘'`(["))


def _opens_single_quote(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if not (before.isspace() or before in "([{—–-“\"") or not (after.isalnum() or after in "[(."):
        return False
    return DECADE_OR_ELISION.match(text, at) is None


def _single_closing(text: str, start: int, mark: str, closers: dict[str, list[int]]) -> int | None:
    """The first ``mark`` that ends a word and is not followed by a letter: not an apostrophe."""
    if mark not in closers:
        closers[mark] = [at for at in _find_all(text, mark) if _closes_single_quote(text, at)]
    positions = closers[mark]
    index = bisect.bisect_left(positions, start)
    return positions[index] if index < len(positions) else None


def _find_all(text: str, mark: str) -> list[int]:
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _closes_single_quote(text: str, at: int) -> bool:
    follows = text[at + 1] if at + 1 < len(text) else " "
    return not text[at - 1].isspace() and not follows.isalnum() and text[at : at + 2] != "''"


def _trimmed(text: str, mark_start: int, start: int, end: int, mark_end: int, *, closed: bool) -> QuotationSpan:
    # The comma before a closing mark is the reporter's, standing in for the speaker's full stop.
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuotationSpan(mark_start, start, end, mark_end, closed)


class QuotationMarks:
    """One paragraph's quotations, searchable by position (they never overlap, so every
    coordinate rises from one quotation to the next)."""

    def __init__(self, spans: Sequence[QuotationSpan]) -> None:
        self.spans = spans
        self._starts = [span.start for span in spans]
        self._mark_starts = [span.mark_start for span in spans]
        self._mark_ends = [span.mark_end for span in spans]

    def inside_quotation(self, position: int) -> bool:
        """``any(span.start <= position < span.end for span in spans)``."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self.spans[index].end

    def last_end_before(self, position: int, floor: int) -> int:
        """``max([floor, *(span.mark_end for span in spans if span.mark_end <= position)])``."""
        index = bisect.bisect_right(self._mark_ends, position)
        return max(floor, self._mark_ends[index - 1]) if index else floor

    def first_start_after(self, position: int, ceiling: int) -> int:
        """``min([ceiling, *(span.mark_start for span in spans if span.mark_start >= position)])``."""
        index = bisect.bisect_left(self._mark_starts, position)
        return min(ceiling, self._mark_starts[index]) if index < len(self._mark_starts) else ceiling
