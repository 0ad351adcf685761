"""Lookups over one analysed story, built once so that a page costs time in proportion to what it shows.

A ``StoryIndex`` answers what the pages, the pair policy (``pairs.py``) and the search
index ask of a ``StoryAnalysis`` in a loop: a sentence by id, a source by id, the
passage of a sentence, the sentences and sources of a passage, the sources of a
quote. It is frozen and knows nothing of templates; every dictionary in it is
built by ``StoryIndex.of``.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..model import Discrepancy, Overlap, Passage, Quote, RelatedLink, Sentence, Source, StoryAnalysis
from ..text.lexicon import DEFAULT_LANGUAGE, lexicon_for
from . import urls
from .values import ValueMark, discrepancy_label


@dataclass(frozen=True, slots=True)
class SourceView:
    """A source with the names and figures every page shows of it."""

    source: Source
    #: Its one label on every page: the outlet, else the start of the headline, else "Source N";
    #: unique within the story.
    name: str
    #: 1-based position of the source in the story.
    number: int
    page: str
    word_count: int
    #: Share of this source's sentences that another source carries too (0..1).
    shared_share: float

    @property
    def id(self) -> str:
        return self.source.id


#: A headline standing in for an outlet is cut to about this many characters, at a word.
LABEL_LENGTH = 32


def source_names(sources: Sequence[Source]) -> dict[str, str]:
    """``{source id: label}``: one short label per source, used on every page, in search and in
    the export: the outlet, else the start of the headline, else "Source N"; two sources that
    would share one are numbered ("Reuters (1)", "Reuters (2)")."""
    found = {
        source.id: source.metadata.outlet or short_headline(source.metadata.title or "") or f"Source {number}"
        for number, source in enumerate(sources, 1)
    }
    labels = list(found.values())
    seen: dict[str, int] = {}
    result: dict[str, str] = {}
    for source in sources:
        label = found[source.id]
        if labels.count(label) > 1:
            seen[label] = seen.get(label, 0) + 1
            label = f"{label} ({seen[label]})"
        result[source.id] = label
    return result


def short_headline(headline: str) -> str:
    """``Trump, Putin hold tense call as Ukraine pause deepens`` -> ``Trump, Putin hold tense call…``."""
    headline = " ".join(headline.split())
    if len(headline) <= LABEL_LENGTH:
        return headline
    words = headline[: LABEL_LENGTH + 1].rsplit(" ", 1)[0].split()
    # "…Tense Call as…" says less than "…Tense Call…": a cut does not end on a small word.
    while len(words) > 1 and words[-1].lower() in _STOP_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;:–—-") + "…"


_STOP_WORDS = lexicon_for(DEFAULT_LANGUAGE).stop_words
#: From this share of its words found in another source, a source is "largely the same text" as it.
LARGELY_COPIED = 0.5


def _source_views(analysis: StoryAnalysis, passage_by_sentence: Mapping[str, Passage]) -> tuple[SourceView, ...]:
    names = source_names(analysis.sources)
    return tuple(
        SourceView(
            source=source,
            name=names[source.id],
            number=number,
            page=urls.source_page(analysis.slug, source.id),
            word_count=sum(len(paragraph.text.split()) for paragraph in source.paragraphs),
            shared_share=_shared_share(source, passage_by_sentence),
        )
        for number, source in enumerate(analysis.sources, 1)
    )


def _shared_share(source: Source, passage_by_sentence: Mapping[str, Passage]) -> float:
    sentences = source.sentences
    if not sentences:
        return 0.0
    return sum(1 for s in sentences if s.id in passage_by_sentence) / len(sentences)


def _passage_members(
    analysis: StoryAnalysis, sentences: Mapping[str, Sentence]
) -> dict[str, dict[str, tuple[Sentence, ...]]]:
    """Per passage: its sentences by source, keyed in story order of the sources.

    Sentence ids the story does not hold, and sources it does not list, are left out.
    """
    order = {source.id: number for number, source in enumerate(analysis.sources)}
    found: dict[str, dict[str, tuple[Sentence, ...]]] = {}
    for passage in analysis.passages:
        members: dict[str, list[Sentence]] = {}
        for sentence_id in passage.sentence_ids:
            sentence = sentences.get(sentence_id)
            if sentence is not None:
                members.setdefault(sentence.source_id, []).append(sentence)
        carriers = sorted((i for i in members if i in order), key=order.__getitem__)
        found[passage.id] = {i: tuple(members[i]) for i in carriers}
    return found


@dataclass(frozen=True, slots=True)
class StoryIndex:
    """One analysed story with the lookups its pages need. Build it with ``StoryIndex.of``."""

    analysis: StoryAnalysis
    #: The story's sources, in story order.
    sources: tuple[SourceView, ...]
    sentences: Mapping[str, Sentence]
    source_by_id: Mapping[str, SourceView]
    #: A sentence should sit in one passage; if not, the first one wins everywhere.
    passage_by_sentence: Mapping[str, Passage]
    #: ``{passage id: {source id: its sentences of the passage}}``, sources in story order.
    members: Mapping[str, Mapping[str, tuple[Sentence, ...]]]
    #: ``{passage id: ids of the sources that carry it}``, in story order.
    carriers: Mapping[str, tuple[str, ...]]
    passages_by_source: Mapping[str, tuple[Passage, ...]]
    #: ``{quote id: ids of the sources that carry it}``, in story order.
    quote_carriers: Mapping[str, tuple[str, ...]]
    #: Quotes that more than one source carries, and those of them worded differently.
    shared_quotes: tuple[Quote, ...]
    variant_quotes: tuple[Quote, ...]
    #: Earliest and latest publication date; one date if they agree; empty if none is known.
    date_range: tuple[str, ...]
    #: ``{source id: the "possibly related" links one of whose sentences it holds}``.
    related_by_source: Mapping[str, tuple[RelatedLink, ...]]
    #: ``{sentence id: id of its source}``.
    source_of_sentence: Mapping[str, str]
    #: ``{(source id, other source id): the share of the first's words the second prints alike}``,
    #: both orders, for the pairs sharing a copied run.
    copied_share: Mapping[tuple[str, str], float]
    #: ``{(source id, other source id): their copied runs}``, the pair in story order as the
    #: analysis gives it. The sentences in them are gathered when a page asks
    #: (``copied_between``): a story of 400 sources has some 40,000 such pairs, and pages for
    #: a thousand of them.
    overlap_by_pair: Mapping[tuple[str, str], Overlap]
    #: ``{source id: (the other source printing most of its words alike, that share)}``, the
    #: earlier source in story order among equals; only sources with a copied run.
    most_copied_by: Mapping[str, tuple[str, float]]
    #: ``{passage id: the values the sources give differently in it}``.
    discrepancies_by_passage: Mapping[str, tuple[Discrepancy, ...]]
    #: ``{sentence id: the differing values it states}``, for marking them where the sentence is shown.
    value_marks_by_sentence: Mapping[str, tuple[ValueMark, ...]]

    @classmethod
    def of(cls, analysis: StoryAnalysis) -> StoryIndex:
        sentences = {s.id: s for source in analysis.sources for s in source.sentences}
        passage_by_sentence: dict[str, Passage] = {}
        for passage in analysis.passages:
            for sentence_id in passage.sentence_ids:
                passage_by_sentence.setdefault(sentence_id, passage)
        members = _passage_members(analysis, sentences)
        carriers = {passage_id: tuple(by_source) for passage_id, by_source in members.items()}
        views = _source_views(analysis, passage_by_sentence)
        passages_by_source: dict[str, list[Passage]] = {view.id: [] for view in views}
        for passage in analysis.passages:
            for source_id in carriers[passage.id]:
                passages_by_source[source_id].append(passage)
        quote_carriers: dict[str, tuple[str, ...]] = {}
        for quote in analysis.quotes:
            carried = {o.source_id for o in quote.occurrences}
            quote_carriers[quote.id] = tuple(view.id for view in views if view.id in carried)
        shared_quotes = tuple(q for q in analysis.quotes if len(quote_carriers[q.id]) > 1)
        dates = sorted({view.source.metadata.date for view in views if view.source.metadata.date})
        source_of_sentence = {s.id: source.id for source in analysis.sources for s in source.sentences}
        related_by_source: dict[str, list[RelatedLink]] = {view.id: [] for view in views}
        for link in analysis.related:
            for sentence_id in link.sentence_ids:
                related_by_source[source_of_sentence[sentence_id]].append(link)
        copied_share: dict[tuple[str, str], float] = {}
        for overlap in analysis.overlaps:
            a, b = overlap.sources
            copied_share[(a, b)], copied_share[(b, a)] = overlap.share
        number = {view.id: view.number for view in views}
        most_copied_by: dict[str, tuple[str, float]] = {}
        for (source_id, other_id), share in copied_share.items():
            best = most_copied_by.get(source_id)
            if best is None or (share, -number[other_id]) > (best[1], -number[best[0]]):
                most_copied_by[source_id] = (other_id, share)
        by_passage: dict[str, list[Discrepancy]] = {}
        marks: dict[str, list[ValueMark]] = {}
        for discrepancy in analysis.discrepancies:
            if discrepancy.passage_id is not None:
                by_passage.setdefault(discrepancy.passage_id, []).append(discrepancy)
            for value in discrepancy.values:
                marks.setdefault(value.sentence_id, []).append(ValueMark(value.text, discrepancy.approximate))
        return cls(
            analysis=analysis,
            sources=views,
            sentences=sentences,
            source_by_id={view.id: view for view in views},
            passage_by_sentence=passage_by_sentence,
            members=members,
            carriers=carriers,
            passages_by_source={source_id: tuple(found) for source_id, found in passages_by_source.items()},
            quote_carriers=quote_carriers,
            shared_quotes=shared_quotes,
            variant_quotes=tuple(q for q in shared_quotes if q.variant),
            date_range=tuple(dict.fromkeys((dates[0], dates[-1]))) if dates else (),
            related_by_source={source_id: tuple(links) for source_id, links in related_by_source.items()},
            source_of_sentence=source_of_sentence,
            copied_share=copied_share,
            overlap_by_pair={overlap.sources: overlap for overlap in analysis.overlaps},
            most_copied_by=most_copied_by,
            discrepancies_by_passage={passage_id: tuple(found) for passage_id, found in by_passage.items()},
            value_marks_by_sentence={sentence_id: tuple(found) for sentence_id, found in marks.items()},
        )

    @property
    def slug(self) -> str:
        return self.analysis.slug

    @property
    def overlaps(self) -> tuple[Overlap, ...]:
        return self.analysis.overlaps

    @property
    def discrepancies(self) -> tuple[Discrepancy, ...]:
        return self.analysis.discrepancies

    def discrepancies_in(self, passage_id: str) -> tuple[Discrepancy, ...]:
        """The values the sources give differently in one passage."""
        return self.discrepancies_by_passage.get(passage_id, ())

    def value_marks(self, sentence_ids: Iterable[str]) -> tuple[ValueMark, ...]:
        """The differing values these sentences state, to mark where they are shown."""
        return tuple(mark for sentence_id in sentence_ids for mark in self.value_marks_by_sentence.get(sentence_id, ()))

    def discrepancy_label(self, discrepancy: Discrepancy) -> str:
        """What the differing values measure, a count in the word its first source writes."""
        sentence = self.sentences.get(discrepancy.values[0].sentence_id)
        return discrepancy_label(discrepancy, sentence.text if sentence is not None else None)

    def discrepancy_target(self, discrepancy: Discrepancy) -> str:
        """Where a reader sees the values side by side: the passage's or quote's wordings, else the first sentence."""
        if discrepancy.passage_id is not None:
            return urls.passage_target(self.slug, discrepancy.passage_id)
        if discrepancy.quote_id is not None:
            return urls.quote_target(self.slug, discrepancy.quote_id)
        first = discrepancy.values[0]
        return urls.sentence_target(self.slug, first.source_id, first.sentence_id)

    def share_copied(self, source_id: str, other_id: str) -> float:
        """The share of ``source_id``'s words that ``other_id`` prints alike (0 when none)."""
        return self.copied_share.get((source_id, other_id), 0.0)

    def copied_between(self, one: str, other: str) -> frozenset[str]:
        """Ids of both sources' sentences in the runs the two print alike."""
        overlap = self.overlap_by_pair.get((one, other)) or self.overlap_by_pair.get((other, one))
        if overlap is None:
            return frozenset()
        return frozenset(s for run in overlap.runs for s in (*run.a_sentences, *run.b_sentences))

    def largely_copied(self, source_id: str) -> tuple[SourceView, float] | None:
        """The source printing the most of this one's words alike, when that is at least half of them."""
        found = self.most_copied_by.get(source_id)
        if found is None or found[1] < LARGELY_COPIED:
            return None
        return self.source_by_id[found[0]], found[1]

    def most_copied(self, limit: int) -> tuple[tuple[SourceView, SourceView, float], ...]:
        """The ``limit`` largest shares, as (source, the other source printing it, share)."""
        views = self.source_by_id
        # A story of hundreds of sources has tens of thousands of shares: keep the few shown
        # rather than sort them all.
        largest = heapq.nsmallest(
            limit,
            self.copied_share.items(),
            key=lambda item: (-item[1], views[item[0][0]].number, views[item[0][1]].number),
        )
        return tuple((self.source_by_id[a], self.source_by_id[b], share) for (a, b), share in largest)

    @property
    def title(self) -> str:
        return self.analysis.title

    @property
    def passages(self) -> tuple[Passage, ...]:
        return self.analysis.passages

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.analysis.quotes

    def source(self, source_id: str) -> SourceView:
        return self.source_by_id[source_id]

    def related_between(self, one: str, other: str) -> tuple[RelatedLink, ...]:
        """The "possibly related" links between sources ``one`` and ``other``, in ``one``'s order."""
        return tuple(
            link
            for link in self.related_by_source[one]
            if {self.source_of_sentence[sentence_id] for sentence_id in link.sentence_ids} == {one, other}
        )

    def counterpart(self, link: RelatedLink, source_id: str) -> Sentence:
        """The sentence of ``link`` that is not ``source_id``'s."""
        first, second = link.sentence_ids
        return self.sentences[second if self.source_of_sentence[first] == source_id else first]

    def own_sentence(self, link: RelatedLink, source_id: str) -> Sentence:
        """The sentence of ``link`` that is ``source_id``'s."""
        first, second = link.sentence_ids
        return self.sentences[first if self.source_of_sentence[first] == source_id else second]

    def passage_of(self, sentence_id: str) -> Passage | None:
        return self.passage_by_sentence.get(sentence_id)

    def passage_sentences(self, passage: Passage, source_id: str) -> tuple[Sentence, ...]:
        return self.members[passage.id].get(source_id, ())

    def passage_source_ids(self, passage: Passage) -> tuple[str, ...]:
        return self.carriers[passage.id]

    def quote_source_ids(self, quote: Quote) -> tuple[str, ...]:
        return self.quote_carriers[quote.id]

    def passage_count(self, source_id: str) -> int:
        """How many shared passages this source carries."""
        return len(self.passages_by_source[source_id])

    def unique_sentences(self, source_id: str) -> tuple[Sentence, ...]:
        """The source's sentences that no passage holds, in reading order."""
        return tuple(s for s in self.source(source_id).source.sentences if s.id not in self.passage_by_sentence)

    def carrier_count(self, sentence: Sentence) -> int:
        """How many sources carry this sentence's passage (1 when it is in none)."""
        passage = self.passage_of(sentence.id)
        return len(self.carriers[passage.id]) if passage is not None else 1
