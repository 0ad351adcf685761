"""The typed data model that the build stages exchange.

Data flows one way: ``load -> clean -> segment -> align/quotes -> render -> write``.
Every stage takes frozen dataclasses from the one before and returns new ones; no
stage mutates what it was given, and none of them touches the output directory
except the writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from .text.normalise import shown_name

Level = Literal["warning", "error"]
SourceFormat = Literal["txt", "md", "html"]
MatchStrength = Literal["verbatim", "close", "reworded"]
TitleOrigin = Literal["story.toml", "headline", "folder name"]
QuoteVariation = Literal["identical", "punctuation", "reworded", "truncated"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found in the input, reported to the user with its location."""

    level: Level
    message: str
    #: Path of the offending file, relative to the seeds directory (posix form).
    file: str | None = None
    #: 1-based line number in that file, where one applies.
    line: int | None = None
    #: More than the one line a user needs, e.g. the traceback of an unexpected failure;
    #: shown only when asked for (``--verbose``).
    detail: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        where = shown_name(self.file) if self.file else ""
        if self.file and self.line:
            where += f":{self.line}"
        return f"{where}: {self.level}: {self.message}" if where else f"{self.level}: {self.message}"


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a reader can know about an article besides its text. ``None`` means unknown."""

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    #: ISO date ``YYYY-MM-DD``.
    date: str | None = None
    url: str | None = None
    language: str | None = None

    def overridden_by(self, other: Metadata) -> Metadata:
        """Return a copy where every field that ``other`` sets wins over ours."""
        changes = {name: getattr(other, name) for name in self.__dataclass_fields__ if getattr(other, name) is not None}
        return replace(self, **changes)


# --------------------------------------------------------------------------- load


@dataclass(frozen=True, slots=True)
class RawSource:
    """One article file as read from the seeds directory, before any cleaning."""

    #: Stable id, unique within the story: a slug of the file name.
    id: str
    #: Path relative to the seeds directory, posix form (e.g. ``story/001.txt``).
    file: str
    #: Article body: front matter stripped, newlines normalised to ``\n``.
    text: str
    #: 1-based line in the file where ``text`` starts (after any front matter).
    first_line: int
    #: Metadata the user stated (front matter, ``story.toml``); it always wins over inference.
    given: Metadata
    format: SourceFormat
    #: Metadata a web page states about itself (JSON-LD, Open Graph): wins over inference, not over ``given``.
    page: Metadata = Metadata()
    #: A web page's visible text outside the article, listed as removed by the clean stage.
    chrome: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawStory:
    """A folder of articles about one event."""

    slug: str
    #: Title from ``story.toml``; ``None`` lets later stages derive one.
    title: str | None
    #: Folder relative to the seeds directory (``""`` for loose files in the seeds root).
    directory: str
    sources: tuple[RawSource, ...]


# -------------------------------------------------------------------------- clean

#: Why the clean stage removed a piece of text. Readers see these strings on a source's page
#: and the JSON export carries them, so they are part of the output; ``metadata.py`` reads
#: the headline, masthead, byline, stamp and dateline pieces.
RemovalReason = Literal[
    # Page furniture, recognised by what a line looks like or where it stands.
    "navigation",
    "advertisement",
    "audio player prompt",
    "video placeholder",
    "slideshow caption",
    "photo caption",
    "social-media embed",
    "link list",
    "related-link teaser",
    "newsletter prompt",
    "category label",
    "section heading",
    "separator",
    "stock ticker",
    # HTML tags a scrape left in the text ('<tweet author="@x" datetime="2016-03-07">'): their
    # attribute values are not quotations; the text between them stays.
    "markup",
    # The page header and the credits around the article.
    "headline",
    "standfirst",
    "masthead",
    "byline",
    "dateline/publication stamp",
    "agency credit",
    "contributor credit",
    "copyright notice",
    "correction notice",
    "tip line",
    # Where a story came from, printed under it: a press release's credit ("Story Source: Materials
    # provided by ..."), a study's reference ("Journal Reference: ...", "Roe A, Lee B. ... 2015; 12: 211-9").
    "source note",
    # A quotation from the article set off again as a display quote, with its speaker after a dash.
    "pull quote",
    # What the page says of itself ("This is a developing story", "The views expressed are the
    # author's own", "Your browser does not support ...").
    "page notice",
    # Wire copy.
    "dateline",
    "wire-service marker",
    # A block the page printed twice.
    "repeated paragraph",
    # A saved web page's text outside the article (menus, teasers, footers), as its extraction found it.
    "page chrome outside the article",
    # A news database's fields around an exported article ("LOAD-DATE: ...", "SN Reuters News").
    "database export field",
]


@dataclass(frozen=True, slots=True)
class RemovedText:
    """A piece of the input that is not article text, kept so nothing is silently lost."""

    text: str
    reason: RemovalReason
    #: 1-based line in the source file.
    line: int


@dataclass(frozen=True, slots=True)
class CleanParagraph:
    """A paragraph of article text as it stands after cleaning."""

    text: str
    #: 1-based line in the source file where the paragraph starts.
    line: int


@dataclass(frozen=True, slots=True)
class CleanedSource:
    raw: RawSource
    #: The headline/outlet/byline/date: inferred from the text, then overridden by ``raw.given``.
    metadata: Metadata
    paragraphs: tuple[CleanParagraph, ...]
    removed: tuple[RemovedText, ...]


# ------------------------------------------------------------------------ segment


@dataclass(frozen=True, slots=True)
class Sentence:
    #: Unique within the story; stable across rebuilds while the text is unchanged.
    id: str
    source_id: str
    #: 0-based index of the paragraph in the source.
    paragraph: int
    #: Character offset of the sentence within its paragraph's text.
    start: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str
    #: 1-based line in the source file.
    line: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """A cleaned, segmented article: what every later stage works on."""

    id: str
    file: str
    metadata: Metadata
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[RemovedText, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


# -------------------------------------------------------------------------- align


@dataclass(frozen=True, slots=True)
class Passage:
    """Sentences from two or more sources that report the same thing."""

    id: str
    #: Sentence ids, ordered by source order in the story, then by position.
    sentence_ids: tuple[str, ...]
    #: 0..1, mean pairwise similarity of the member sentences.
    similarity: float
    strength: MatchStrength


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """Two sentences of different sources that may report the same thing, less surely than a
    passage: shown apart from passages, for a reader to judge, with what the two share."""

    #: The two sentence ids, in source order.
    sentence_ids: tuple[str, str]
    #: The aligner's similarity (its bonus for matching neighbours included), at least ``related_floor``.
    similarity: float
    #: What the two share, for the reader: "names: Putin, Trump", "numbers: 6", "5 shared content words".
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CopiedRun:
    """A run of words two sources print alike (at least ``reuse.MIN_RUN_WORDS`` after case and
    quotation marks are folded), and the sentences it spans in each."""

    a_sentences: tuple[str, ...]
    b_sentences: tuple[str, ...]
    words: int


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much of two sources' text is the same word for word: who copied whom, or both one wire."""

    #: The two source ids, in story order.
    sources: tuple[str, str]
    #: Words in the copied runs (each counted once).
    shared_words: int
    #: The share of each source's own words found in the other, in the order of ``sources``.
    share: tuple[float, float]
    runs: tuple[CopiedRun, ...]


DiscrepancyKind = Literal["number", "date", "time", "name"]


@dataclass(frozen=True, slots=True)
class StatedValue:
    """A value as one source states it: the sentence, and the words giving the value."""

    source_id: str
    sentence_id: str
    text: str


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Sources giving different values for the same thing in a passage or quote they share."""

    id: str
    kind: DiscrepancyKind
    #: What the values measure, as the text says it ("dead", "age", "date").
    what: str
    #: The passage or quote the values are in (one of the two is set).
    passage_id: str | None
    quote_id: str | None
    #: One value per source, in story order.
    values: tuple[StatedValue, ...]
    #: True when the values differ only as far as an approximate one allows ("nearly 80" and 79).
    approximate: bool


# ------------------------------------------------------------------------- quotes


@dataclass(frozen=True, slots=True)
class QuoteOccurrence:
    source_id: str
    #: The sentence where the quotation starts.
    sentence_id: str
    #: The quoted words as this source prints them, without the enclosing quote marks.
    text: str
    #: Speaker as this source attributes it, ``None`` when the text names nobody.
    speaker: str | None
    #: Character offsets of ``text`` within the paragraph (``Paragraph.text``) that holds it.
    paragraph: int
    start: int
    end: int
    #: Where this source names nobody, the speaker every other source that carries the quote and
    #: names one agrees on (see ``grouping``); else ``None``.
    speaker_elsewhere: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One utterance, as carried by one or more sources."""

    id: str
    speaker: str | None
    occurrences: tuple[QuoteOccurrence, ...]
    #: How the versions differ; ``"identical"`` when there is only one or all agree.
    variation: QuoteVariation

    @property
    def variant(self) -> bool:
        return self.variation != "identical"


# ------------------------------------------------------------------------- result


@dataclass(frozen=True, slots=True)
class StoryAnalysis:
    """Everything the renderer needs about one story. A pure function of its inputs."""

    slug: str
    title: str
    directory: str
    sources: tuple[Source, ...]
    passages: tuple[Passage, ...]
    quotes: tuple[Quote, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    #: Sentence pairs scoring at least ``related_floor`` that no passage joins: "possibly related".
    related: tuple[RelatedLink, ...] = field(default=())
    #: Where ``title`` comes from: ``story.toml``, a source's ``headline`` (``title_source``), or
    #: the ``folder name`` when no source has a headline.
    title_origin: TitleOrigin = "story.toml"
    title_source: str | None = None
    #: Every pair of sources sharing at least one copied run, in story order of the pair.
    overlaps: tuple[Overlap, ...] = ()
    #: Values the sources state differently in a shared passage or quote.
    discrepancies: tuple[Discrepancy, ...] = ()


# ------------------------------------------------------------------------- render


@dataclass(frozen=True, slots=True)
class StorySummary:
    """What the site-wide pages and the JSON index show of a story, kept when its pages are rendered."""

    slug: str
    title: str
    #: Earliest and latest publication date; one date if they agree; empty if none is known.
    date_range: tuple[str, ...]
    source_count: int
    passage_count: int
    quote_count: int
    #: Where the title comes from, for readers, unless the story's own ``story.toml`` gives it
    #: ("the headline of Example Gazette"); empty then.
    title_note: str = ""
