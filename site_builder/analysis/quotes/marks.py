"""One paragraph's quotation marks, searchable by position (the marks are found by
``text/quotemarks.py``)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ...model import QuoteOccurrence
from ...text.quotemarks import CLOSING_MARKS, QuotationSpan


def ends_on_question(quoted: str) -> bool:
    """Whether the words of a quotation end on a question mark, past closing marks and spaces."""
    return quoted.rstrip(_CLOSING_RUN).endswith("?")


#: What may follow a question mark at a quotation's end.
_CLOSING_RUN = " " + "".join(CLOSING_MARKS)


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


def occurrence(
    source_id: str, paragraph: int, text: str, sentence_id: str, span: QuotationSpan, speaker: str | None
) -> QuoteOccurrence:
    """The quotation ``span`` of paragraph number ``paragraph`` (whose text is ``text``), as exported."""
    return QuoteOccurrence(
        source_id=source_id,
        sentence_id=sentence_id,
        text=text[span.start : span.end],
        speaker=speaker,
        paragraph=paragraph,
        start=span.start,
        end=span.end,
    )


def ends_sentence_early(text: str, span: QuotationSpan, sentence_end: int) -> bool:
    """Whether the sentence splitter ended the quotation's sentence at the quotation's own closing
    "?" or "!" (``"Why now?" Lee asked.``): its attribution after it is in the next sentence."""
    # A question quoted inside the quotation ends it too: ‘What can we do?’” Lee said.
    closes = text[span.start : span.end].rstrip(" \u00a0\u202f’'\"”").endswith(("?", "!"))
    return closes and sentence_end <= span.mark_end + 1
