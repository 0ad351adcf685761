"""Short quotations no verb attributes, kept as speech when the story quotes their words elsewhere.

``made a messy case that he "inherited a mess"`` may be a scare quote or a remark; when the same
story also prints ``"To be honest, I inherited a mess," Trump said``, it is the remark, cut short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import QuoteOccurrence
from .grouping import comparable_words


@dataclass(frozen=True, slots=True)
class Quotations:
    """What one source quotes."""

    #: Quotations of speech, in reading order.
    speech: tuple[QuoteOccurrence, ...]
    #: Short partial quotations woven into the reporter's sentences that no speech verb attributes:
    #: speech only when another quotation of the story holds the same words (see ``echoed``).
    fragments: tuple[QuoteOccurrence, ...]


def echoed(quotations: Sequence[Quotations]) -> tuple[QuoteOccurrence, ...]:
    """Every quotation of speech, source by source in reading order, with the fragments whose
    words, as a run, are part of a quotation of speech in any of these sources."""
    # One text to search holds every quotation: a fragment's words are looked up once, not once
    # per quotation (a wire remark may be printed by hundreds of sources).
    spoken = "\n".join(f" {comparable_words(o.text)} " for found in quotations for o in found.speech)
    found_all: list[QuoteOccurrence] = []
    for found in quotations:
        confirmed = [o for o in found.fragments if f" {comparable_words(o.text)} " in spoken]
        found_all.extend(sorted((*found.speech, *confirmed), key=lambda o: (o.paragraph, o.start)))
    return tuple(found_all)
