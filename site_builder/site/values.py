"""Marking, inside shown text, the values the sources give differently (issue 15).

The differences and side-by-side views show a sentence as plain text, a word diff or a
"shared words" highlight; the values a discrepancy names are marked inside whichever of
them a page shows. Marking works on the finished markup, so it needs nothing from how the
markup was made: it reads the markup's text nodes, skips what the reader does not see as
this source's words (hidden labels, words struck out from the other version), finds each
value there and wraps every piece of it in ``<mark>``, closing and reopening the mark at
tag boundaries so the markup stays well nested.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..analysis.align.words import term
from ..model import Discrepancy
from ..text.lexicon import DEFAULT_LANGUAGE, lexicon_for

#: Text inside these opening tags is not this source's visible wording.
_SKIPPED = re.compile(r'<(?:del\b|span class="vh")')
_TAG = re.compile(r"(<[^>]*>)")


@dataclass(frozen=True, slots=True)
class ValueMark:
    """A value as a sentence states it, and whether the sources' values differ only approximately."""

    text: str
    approximate: bool


#: What a quantity given in units measures ("duration", "distance": ``units.txt``).
_MEASURES = frozenset(base for _, base in lexicon_for(DEFAULT_LANGUAGE).units.values())
_MONEY_SIGNS = lexicon_for(DEFAULT_LANGUAGE).number_format.money_signs


def discrepancy_label(discrepancy: Discrepancy, sentence: str | None = None) -> str:
    """What the differing values measure, in words a reader knows; ``sentence``, the text of the
    first value's sentence, gives a count's word as written ("children" rather than "childr…")."""
    if discrepancy.kind == "time":
        return "time"
    if discrepancy.what == "weekday":
        return "day of the week"
    if discrepancy.kind == "date":
        return "date"
    if discrepancy.kind == "name":
        return f"name ({discrepancy.what})"
    if discrepancy.what == "%":
        return "share (%)"
    if discrepancy.what in _MONEY_SIGNS:
        return f"amount ({discrepancy.what})"
    if discrepancy.what.startswith("age") or discrepancy.what in _MEASURES:
        return discrepancy.what
    return f"count of \u201c{_counted_word(discrepancy, sentence)}\u201d"


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _counted_word(discrepancy: Discrepancy, sentence: str | None) -> str:
    """The word of the first value's sentence whose comparable term the count's is (the first after
    the value, else before it), else the term itself, marked as cut short."""
    if sentence:
        at = max(sentence.find(discrepancy.values[0].text), 0)
        words: list[str] = [*_WORD.findall(sentence[at:]), *_WORD.findall(sentence[:at])]
        for word in words:
            if term(word.casefold()) == discrepancy.what:  # "died" for "kill", "children" for "childr"
                return word.casefold()
    return f"{discrepancy.what}\u2026"


def _label(mark: ValueMark) -> str:
    return " (approximate: sources round it differently)" if mark.approximate else " (sources give this differently)"


def mark_values(markup: str, marks: Sequence[ValueMark]) -> Markup:
    """``markup`` (escaped text with tags) with each of ``marks`` marked where its text first
    appears in the visible words; a value not found is left unmarked."""
    if not marks:
        return Markup(markup)
    pieces = _TAG.split(markup)
    # (piece index, start offset in the visible text) of every visible text node.
    visible: list[tuple[int, int]] = []
    text_parts: list[str] = []
    skipping: list[bool] = []
    length = 0
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag
            if piece.startswith("</"):
                if skipping:
                    skipping.pop()
            elif not piece.endswith("/>"):
                # Each open element says whether its text is skipped, its own tag or an ancestor's.
                skipping.append(bool(_SKIPPED.match(piece)) or (bool(skipping) and skipping[-1]))
            continue
        if (skipping and skipping[-1]) or not piece:
            continue
        plain = html.unescape(piece)
        visible.append((index, length))
        text_parts.append(plain)
        length += len(plain)
    text = "".join(text_parts)
    spans: list[tuple[int, int, ValueMark]] = []
    for mark in marks:
        if not mark.text.strip():
            continue
        # Any run of spaces between its words: a word struck out between them leaves two.
        words = r"\s+".join(re.escape(word) for word in mark.text.split())
        for found in re.finditer(rf"(?<!\w){words}(?!\w)", text):
            if all(found.end() <= start or found.start() >= end for start, end, _ in spans):
                spans.append((found.start(), found.end(), mark))
                break
    if not spans:
        return Markup(markup)
    for (index, offset), plain in zip(visible, text_parts, strict=True):
        pieces[index] = _marked_node(plain, offset, spans)
    return Markup("".join(pieces))


def _marked_node(plain: str, offset: int, spans: Sequence[tuple[int, int, ValueMark]]) -> str:
    """One text node, escaped, with the parts of it inside ``spans`` wrapped in ``<mark>``."""
    out: list[str] = []
    position = 0
    end_of_node = offset + len(plain)
    for start, end, mark in sorted(spans, key=lambda span: span[0]):
        if end <= offset or start >= end_of_node:
            continue
        begin, finish = max(start, offset) - offset, min(end, end_of_node) - offset
        out.append(str(escape(plain[position:begin])))
        if not plain[begin:finish].strip() and end > end_of_node:
            # Only the space before a struck-out word: nothing a reader would see marked.
            out.append(str(escape(plain[begin:finish])))
            position = finish
            continue
        kind = "value-approximate" if mark.approximate else "value-differs"
        label = f'<span class="vh">{escape(_label(mark))}</span>' if end <= end_of_node else ""
        out.append(f'<mark class="{kind}">{escape(plain[begin:finish])}{label}</mark>')
        position = finish
    out.append(str(escape(plain[position:])))
    return "".join(out)
