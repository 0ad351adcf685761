"""Quotation marks: the marks that open and close quotations, and where quotations run.

Two readers, for two needs. The sentence splitter asks only whether a full stop lies inside
double quotation marks (``double_quoted_spans``: cheap, and never misled by an apostrophe).
The quotes stage needs every outermost quotation, single quotes included, with the marks
told apart from apostrophes (``quotation_spans``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Quotation marks and brackets that may close a quotation or an aside right after a
#: sentence's final punctuation (``"We won."``, ``(see below.)``, German ``„Wir siegen.“``).
CLOSING_MARKS = "”“\"’‘'»«)]"
#: Quotation marks and brackets that may stand before a sentence's first word (and Spanish's
#: opening question and exclamation marks).
OPENING_MARKS = "“„\"‘‚'«»([`¿¡"
#: The marks that may open a quotation, in any language's use (English “…” and ‘…’, German „…“
#: and ‚…‘, French and Spanish «…», Swedish »…»).
QUOTATION_OPENERS = "“„\"‘‚'«»"
#: Marks that can only quote, never stand for an apostrophe ("Don't you miss home?" quotes no one).
QUOTING_ONLY_MARKS = QUOTATION_OPENERS.replace("'", "").replace("‚", "") + "”"
#: Most words of a reporter's question printed as a paragraph of its own in an interview.
MAX_QUESTION_WORDS = 30
#: Fewest words a quotation of speech has: one or two words in quotation marks are a word quoted
#: ("a "reckless" plan"), a title or a name, read alike by the cleaner and the quotes stage.
MIN_QUOTE_WORDS = 3

# TeX-style ``…'' pairs occur in scraped wire copy beside curly and straight marks.
_DOUBLE_QUOTE_MARK = re.compile(r"“|”|„|«|»|\"|``|''")
#: The marks that close a double quotation, by the mark that opened it. Each language pairs its
#: own: English “…”, German „…“ (or „…”) and »…«, French and Spanish «…», Swiss and Swedish «…»
#: and »…». The opening mark says which: German's closing “ is English's opening one.
DOUBLE_CLOSERS = {"“": '”"', "``": "''”", '"': '"”', "„": "“”", "«": "»", "»": "«»"}


def double_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks; one left open runs to the end (news convention)."""
    spans: list[tuple[int, int]] = []
    opened: tuple[str, int] | None = None
    for mark in _DOUBLE_QUOTE_MARK.finditer(text):
        found = mark.group()
        if opened is None:
            if found in DOUBLE_CLOSERS:
                opened = (found, mark.end())
        elif found in DOUBLE_CLOSERS[opened[0]]:
            spans.append((opened[1], mark.start()))
            opened = None
    if opened is not None:
        spans.append((opened[1], len(text)))
    return spans


# ------------------------------------------------------------------ every quotation, with its marks

# An apostrophe that elides, never opens a quotation: '90s, rock 'n' roll, 'em, 'til, 'cause.
_DECADE_OR_ELISION = re.compile(r"['‘](?:\d0s|n['’]|em\b|til\b|cause\b)")


@dataclass(frozen=True, slots=True)
class QuotationSpan:
    """Where a quotation sits in its paragraph: the marks, and the text inside them."""

    mark_start: int
    start: int
    end: int
    mark_end: int
    #: False when the quotation runs on past the end of the paragraph.
    closed: bool


_OPENING_MARK = re.compile(r"“|„|``|\"|«|»|‘|‚|'")
_CLOSING_FOR = {"“": "”", "``": "''", '"': '"', "«": "»", "„": "“", "»": "«"}
# Per opening mark: the marks that may end its quotation (or open another inside it). Scraped
# text mixes straight and curly marks ("Like, how?” says Lee): a curly closing mark, which can
# never open, also ends a quotation a straight mark opened, and a curly opening mark starts a new one.
_NEXT_MARK = {
    mark: re.compile(re.escape(mark) if mark == closing else f"{re.escape(mark)}|{re.escape(closing)}")
    for mark, closing in _CLOSING_FOR.items()
}
_NEXT_MARK['"'] = re.compile(r"\"|”|“")
# German „…“ is also printed „…”; a German quotation inside one is ‚…‘, which never ends it.
_NEXT_MARK["„"] = re.compile(r"„|“|”")
# Guillemets point either way: German »…«, Swiss and Swedish «…» and »…».
_NEXT_MARK["»"] = re.compile(r"»|«")
# ... and a straight mark in closing position ("disagree," said) ends a quotation a curly mark
# opened (“I fundamentally disagree," said Lee); one in opening position starts a quotation
# nested inside it, whose own straight closing mark is passed over.
_NEXT_MARK["“"] = re.compile(r"“|”|\"")


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
    if mark in ("„", "»") and (opening.end() >= len(text) or text[opening.end()].isspace()):
        return None  # German marks sit on the word they open; "Home » News" is a separator
    if mark in _CLOSING_FOR:
        return _double_span(text, opening)
    if not _opens_single_quote(text, opening.start()):
        return None
    close_at = _single_closing(text, opening.end(), {"‘": "’", "‚": "‘"}.get(mark, "'"), closers)
    if close_at is None and mark == "‘" and text[: opening.start()].rstrip()[-1:] in ("", ".", "!", "?", ":"):
        # British copy's long quotation, left open at the paragraph's end and carried on by the next
        # one ("‘I called the bank ... could do." / "‘I’d worked nights ...’"), as with double marks;
        # only a curly mark opening a sentence, which an apostrophe never is.
        return _trimmed(text, opening.start(), opening.end(), len(text), len(text), closed=False)
    if close_at is None:
        return None
    return _trimmed(text, opening.start(), opening.end(), close_at, close_at + 1, closed=True)


def _double_span(text: str, opening: re.Match[str]) -> QuotationSpan | None:
    mark = opening.group()
    closing = _CLOSING_FOR[mark]
    nested_straight = False
    for found in _NEXT_MARK[mark].finditer(text, opening.end()):
        if mark == "“" and found.group() == '"':
            opens = _straight_opens(text, found)
            if nested_straight or opens:
                nested_straight = opens  # a nested straight quotation opens, or closes
                continue
            return _trimmed(text, opening.start(), opening.end(), found.start(), found.end(), closed=True)
        if _is_closing(text, found, closing) or (found.group() == mark == "“" and _in_closing_position(text, found)):
            # ('here,“ said Jim Clyburn': an opening mark typed where the closing one belongs closes.)
            return _trimmed(text, opening.start(), opening.end(), found.start(), found.end(), closed=True)
        if not text[opening.end() : found.start()].strip():
            return None  # a stray mark right before another opening one ("“...): the other opens
        # A new quotation opens before this one closed: it ran on into a paragraph whose break was lost.
        return _trimmed(text, opening.start(), opening.end(), found.start(), found.start(), closed=False)
    return _trimmed(text, opening.start(), opening.end(), len(text), len(text), closed=False)


def _is_closing(text: str, found: re.Match[str], closing: str) -> bool:
    if closing == '"' and found.group() == "”":
        return True
    if closing == "“" and found.group() == "”":
        return True  # „…”
    if closing == "«" and found.group() == "»":
        return _closes_single_quote(text, found.start())  # »…»: a mark after a word, not before one
    if found.group() != closing:
        return False
    if closing != '"':
        return True
    return not _straight_opens(text, found)


def _in_closing_position(text: str, found: re.Match[str]) -> bool:
    """A mark right after a word or punctuation, with a space or the paragraph's end after it."""
    before = text[found.start() - 1]
    after = text[found.end()] if found.end() < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _straight_opens(text: str, found: re.Match[str]) -> bool:
    """A straight mark with a space before and a word after opens; any other closes ('out,' " said)."""
    before = text[found.start() - 1]
    after = text[found.end()] if found.end() < len(text) else " "
    return before.isspace() and (after.isalnum() or after in "‘'`([")


def _opens_single_quote(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if not (before.isspace() or before in '([{—–-“"') or not (after.isalnum() or after in "[(."):
        return False
    return _DECADE_OR_ELISION.match(text, at) is None


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
