"""Pull quotes: a quotation set alone as its own paragraph, its words quoted again in the article.

A feature prints « On a joué ensemble en 2e ligne » as an intertitle and, further on, « …, on a
joué ensemble en 2e ligne, … », a-t-il confié. The lines around the pull quote name whoever spoke
last, not its speaker: the article says who spoke its words where it quotes them again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ...model import QuoteOccurrence, Source
from ...text.quotemarks import CLOSING_MARKS, OPENING_MARKS
from .grouping import comparable_words

#: Spaces around a quotation: French sets narrow no-break ones inside its marks.
_SPACES = " \u00a0\u202f"

#: Fewest words of a pull quote: a short line alone ("Enough is enough.", a chant) is as often a
#: speaker's own remark, or the continuation of one, as a line pulled from further on.
MIN_PULL_QUOTE_WORDS = 6


def pull_quotes_spoken(found: Sequence[QuoteOccurrence], source: Source) -> tuple[QuoteOccurrence, ...]:
    """``found`` (the quotations of ``source``), each pull quote given the speaker of the one later
    quotation holding its words, where one speaker is named for them."""
    pulled = {
        at
        for at, occurrence in enumerate(found)
        if (_alone(occurrence, source) or _under_a_label(occurrence, source))
        and len(_words(occurrence.text).split()) >= MIN_PULL_QUOTE_WORDS
    }
    spoken = list(found)
    for at in pulled:
        words = f" {_words(found[at].text)} "
        # Printed further on: a pull quote is set above the passage it is pulled from.
        speakers = {
            other.speaker
            for other in found[at + 1 :]
            if other.speaker and not _alone(other, source) and words in f" {_words(other.text)} "
        }
        if len(speakers) == 1:
            spoken[at] = dataclasses.replace(found[at], speaker=speakers.pop())
    return tuple(spoken)


def _words(text: str) -> str:
    """The words to compare, without the single quote marks nested inside ("the 'ghost' accounts")."""
    return " ".join(word.strip("'") for word in comparable_words(text).split() if word.strip("'"))


def _around(occurrence: QuoteOccurrence, source: Source) -> tuple[str, str]:
    """What stands before and after the quotation in its paragraph, past its marks and spaces (and
    the full stop closing it)."""
    text = source.paragraphs[occurrence.paragraph].text
    before = text[: occurrence.start].strip(_SPACES + OPENING_MARKS)
    after = text[occurrence.end :].strip(_SPACES + CLOSING_MARKS + ".!?")
    return before, after


def _alone(occurrence: QuoteOccurrence, source: Source) -> bool:
    """Whether the quotation fills its paragraph: nothing but its marks around it."""
    return _around(occurrence, source) == ("", "")


#: Most words of a label a quotation may follow on its line ("9:15 p. m. | Víctimas:").
_LABEL_WORDS = 8


def _under_a_label(occurrence: QuoteOccurrence, source: Source) -> bool:
    """Whether the quotation closes a line that opens with a short label ending in a capitalised
    word and a colon: a live blog's entry heading ("8:40 p. m. | Víctimas: « … »") pulls its
    quotation from the entry below it. A sentence introducing a quotation ends on its verb
    ("Le ministre a déclaré : « … »")."""
    before, after = _around(occurrence, source)
    if after or not before.endswith(":"):
        return False
    words = before[:-1].split()
    return 0 < len(words) <= _LABEL_WORDS and words[-1][:1].isupper()
