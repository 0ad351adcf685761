"""Furniture glued into a line of article text (a teaser, a tweet, a dateline), cut out of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import RemovalReason
from ...text.script import UPPER
from ...text.sentences import coarse_sentence_starts
from .. import metadata as meta
from .lines import Line, words_of
from .passes import tweet_cut
from .rules import (
    DATELINE_OPENING,
    GALLERY_COUNTER,
    MARKUP_TAG,
    REPORTED_FROM,
    STOCK_TICKER_INSIDE,
    TEASER_TAIL,
    WIDGET_LABEL,
    WIRE_MARKER,
)


@dataclass(slots=True)
class Outcome:
    """What became of one candidate line."""

    reason: RemovalReason | None = None
    kept: str = ""
    cut: list[tuple[str, RemovalReason]] = field(default_factory=list)
    #: Furniture was cut off the end, so the paragraph ends with this line.
    tail_cut: bool = False


# ------------------------------------------------------------- glued furniture

_CONTRIBUTOR_SENTENCE = re.compile(
    r"^(?:[^.!?]*\bcontributed(?: reporting(?: to this (?:report|story|article))?| to this (?:report|story|article))"
    # ... and where from: "Jo Roe contributed to this report from Columbus."
    rf"(?:\s+(?:from|in)\s+{UPPER}[^.!?]*)?"
    r"|(?:additional )?reporting by [^.!?]*"
    # The label form: "Contributing: Jo Roe, Ann Lee" (names only, no sentence).
    rf"|contributing(?: reporting)?\s*:\s*{UPPER}[^.!?:]*)"
    r"\.?$",
    re.I,
)


def cut_glued_furniture(lines: list[Line], reasons: list[RemovalReason | None]) -> list[Outcome]:
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    first, last = (kept[0], kept[-1]) if kept else (-1, -1)
    outcomes: list[Outcome] = []
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            outcomes.append(Outcome(reason=reasons[i]))
            continue
        outcome = Outcome(kept=line.text)
        for cutter, applies in (
            (_cut_markup, True),
            (_cut_gallery_opening, True),
            (_cut_dateline, i == first),
            (_cut_separator_tail, True),
            (_cut_wire_markers, True),
            (_cut_stock_tickers, True),
            (_cut_teaser_tail, True),
            (_cut_tweet_tail, True),
            (_cut_contributor_credit, True),
            (_cut_reported_from, i == last),
        ):
            if applies and outcome.kept:
                cutter(outcome)
        if not outcome.kept and outcome.cut:
            # Nothing of the line was article text: report it whole under its first reason.
            outcome = Outcome(reason=outcome.cut[0][1])
        outcomes.append(outcome)
    return outcomes


#: How many words of a gallery's own text (a slide's title) may stand between two of its control labels.
_WORDS_BETWEEN_LABELS = 12


def _cut_gallery_opening(outcome: Outcome) -> None:
    """A gallery or player scraped onto the start of a line of article text: "7 PHOTOS Title See
    Gallery ... BACK TO SLIDE A Florida officer went ...". The widget runs from its counter through
    its last control label, each label within a few words of the one before."""
    counter = GALLERY_COUNTER.match(outcome.kept)
    if counter is None:
        return
    end = counter.end()
    for label in WIDGET_LABEL.finditer(outcome.kept, end):
        if len(words_of(outcome.kept[end : label.start()])) > _WORDS_BETWEEN_LABELS:
            break
        end = label.end()
    rest = outcome.kept[end:].lstrip(" ×xX|:-–—")
    if end > counter.end() and len(words_of(rest)) >= 5:
        outcome.cut.append((outcome.kept[:end].strip(), "slideshow caption"))
        outcome.kept = rest


# A rule of dashes or stars glued to the end of a paragraph ("... in Phoenix.------").
_SEPARATOR_TAIL = re.compile(r"(?<=[.!?\"”’)])\s*([-–—_=*~•]{3,})\s*$")


def _cut_separator_tail(outcome: Outcome) -> None:
    match = _SEPARATOR_TAIL.search(outcome.kept)
    if match:
        outcome.cut.append((match.group(1), "separator"))
        outcome.kept = outcome.kept[: match.start()].rstrip()
        outcome.tail_cut = True


def _cut_wire_markers(outcome: Outcome) -> None:
    for piece in [m.group(0) for m in WIRE_MARKER.finditer(outcome.kept)]:
        before, _, after = outcome.kept.partition(piece)
        outcome.kept = f"{before.rstrip()} {after.lstrip()}".strip()
        outcome.cut.append((piece, "wire-service marker"))


def _cut_markup(outcome: Outcome) -> None:
    """HTML tags left in a line by the scrape: cut, each listed, and the text between them kept.
    A full stop right after a closing tag ('…notice.</tweet>.') ends what the element's own text
    already ended, so it goes with the tag."""
    pieces: list[str] = []
    kept: list[str] = []
    at = 0
    text = outcome.kept
    for tag in MARKUP_TAG.finditer(text):
        if tag.start() < at:
            continue  # taken with the stop after the tag before
        kept.append(text[at : tag.start()])
        end = tag.end()
        stop = re.match(r"\s*\.", text[end:])
        if stop and "".join(kept).rstrip().endswith((".", "!", "?")):
            end += stop.end()
        pieces.append(text[tag.start() : end])
        at = end
    if not pieces:
        return
    kept.append(text[at:])
    outcome.kept = "".join(kept).strip()
    outcome.cut.extend((piece, "markup") for piece in pieces)


def _cut_stock_tickers(outcome: Outcome) -> None:
    for piece in [m.group(0).strip() for m in STOCK_TICKER_INSIDE.finditer(outcome.kept)]:
        before, _, after = outcome.kept.partition(piece)
        outcome.kept = f"{before.rstrip()} {after.lstrip()}".strip()
        outcome.cut.append((piece, "stock ticker"))


def _cut_teaser_tail(outcome: Outcome) -> None:
    match = TEASER_TAIL.search(outcome.kept)
    if match:
        outcome.cut.append((match.group(0).strip(), "related-link teaser"))
        outcome.kept = outcome.kept[: match.start()].rstrip()
        outcome.tail_cut = True


def _cut_tweet_tail(outcome: Outcome) -> None:
    cut = tweet_cut(outcome.kept)
    if cut is not None:
        outcome.cut.append((outcome.kept[cut:].strip(), "social-media embed"))
        outcome.kept = outcome.kept[:cut].rstrip()
        outcome.tail_cut = True


# "(CNN) A woman ...": a known outlet's credit opening the article, with no dash after it.
_CREDIT_OPENING = re.compile(rf"^\(([^()]{{1,40}})\)\s+(?={UPPER})")


def _cut_dateline(outcome: Outcome) -> None:
    """ "WASHINGTON (AP) — " opening the first paragraph: wire furniture, not a sentence."""
    match = DATELINE_OPENING.match(outcome.kept)
    if match is None:
        credit = _CREDIT_OPENING.match(outcome.kept)
        match = credit if credit and meta.outlet_from_credit(credit.group(1)) else None
    if match and len(words_of(outcome.kept[match.end() :])) >= 5:
        outcome.cut.append((match.group(0).strip(), "dateline"))
        outcome.kept = outcome.kept[match.end() :]


def _cut_contributor_credit(outcome: Outcome) -> None:
    _cut_last_sentence(outcome, _CONTRIBUTOR_SENTENCE, "contributor credit")


def _cut_reported_from(outcome: Outcome) -> None:
    _cut_last_sentence(outcome, REPORTED_FROM, "contributor credit")


def _cut_last_sentence(outcome: Outcome, pattern: re.Pattern[str], reason: RemovalReason) -> None:
    starts = [0, *coarse_sentence_starts(outcome.kept)]
    last = outcome.kept[starts[-1] :].strip()
    if pattern.match(last):
        outcome.cut.append((last, reason))
        outcome.kept = outcome.kept[: starts[-1]].rstrip()
        outcome.tail_cut = True
