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


def pull_quotes_spoken(found: Sequence[QuoteOccurrence], source: Source) -> tuple[QuoteOccurrence, ...]:
    """``found`` (the quotations of ``source``), each pull quote given the speaker of the one other
    quotation holding its words, where one speaker is named for them."""
    pulled = {at for at, occurrence in enumerate(found) if _alone(occurrence, source)}
    spoken = list(found)
    for at in pulled:
        words = f" {comparable_words(found[at].text)} "
        speakers = {
            other.speaker
            for k, other in enumerate(found)
            if k not in pulled and other.speaker and words.strip() and words in f" {comparable_words(other.text)} "
        }
        if len(speakers) == 1:
            spoken[at] = dataclasses.replace(found[at], speaker=speakers.pop())
    return tuple(spoken)


def _alone(occurrence: QuoteOccurrence, source: Source) -> bool:
    """Whether the quotation fills its paragraph: nothing but its marks around it."""
    text = source.paragraphs[occurrence.paragraph].text
    before = text[: occurrence.start].strip(_SPACES + OPENING_MARKS)
    after = text[occurrence.end :].strip(_SPACES + CLOSING_MARKS + ".!?")
    return not before and not after
