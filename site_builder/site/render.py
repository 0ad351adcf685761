"""Render every page of the site, and copy the theme's assets, into memory.

The renderer gets finished analyses and turns them into ``{site path: bytes}``;
it never touches the disk except to read templates and assets. Templates get
small view objects (``StoryView``, ``SourceView``, ``CompareRow``) so that they
only loop and print; every decision about the data is made here, in Python.

It works in two steps, so that stories can be rendered in worker processes:

* ``render_story(analysis, config, theme_dir) -> RenderedStory``: every page of one
  story, plus what the site-level pages need from it (its home-page summary and
  its part of the search index). A pure function of picklable arguments with a
  picklable result.
* ``render_site(stories, config, theme_dir, static_dir) -> {path: bytes}``: the
  home, search and 404 pages, the search index and the static assets, merged with
  the stories' pages. Given ``StoryAnalysis`` objects instead of ``RenderedStory``
  ones it renders them first (``render_all`` does the same under a clearer name).

Big stories stay linear in size: up to ``PAIR_LIMIT`` sources every pair of sources
gets a side-by-side page and all of them share one grid (``compare/all.html``);
beyond it, each source gets pages with its ``CLOSEST`` closest counterparts only,
and no page lists more than a few links per source.

Article text is untrusted: Jinja's autoescape handles it in templates, and the
only markup built here (word diffs) is assembled from escaped pieces.
"""

from __future__ import annotations

import functools
import posixpath
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup, escape

from . import urls
from ..config import SiteConfig
from .diff import word_diff
from ..model import Passage, Quote, QuoteVariation, Sentence, Source, StoryAnalysis, StorySummary
from .search import StorySearch, search_index, story_search

VARIATION_LABELS: dict[QuoteVariation, str] = {
    "identical": "identical",
    "punctuation": "differs only in punctuation",
    "truncated": "truncated",
    "reworded": "reworded",
}

# Shading stops at this many other sources, so the scale stays readable for big stories.
MAX_SHADE = 3
#: Up to this many sources, every pair gets a side-by-side page, and all share one grid.
PAIR_LIMIT = 12
#: Beyond ``PAIR_LIMIT``, each source is paired with this many closest counterparts.
CLOSEST = 3
#: A sentence of a source page links to at most this many counterparts (the badge leads to all).
MAX_PARALLELS = 6


# ----------------------------------------------------------------------- markup


def _escaped(text: str) -> str:
    return str(escape(text))


def _marked(tag: str, label: str, text: str) -> str:
    # Keep surrounding spaces outside the tag, so underlines and strike-throughs start and end at the words.
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    tail = text[len(lead) + len(core) :]
    return f'{_escaped(lead)}<{tag}><span class="vh">{label} </span>{_escaped(core)}</{tag}>{_escaped(tail)}'


def diff_markup(old: str, new: str) -> Markup:
    """``new`` with the words it drops from ``old`` in ``<del>`` and the ones it adds in ``<ins>``."""
    parts: list[str] = []
    for op in word_diff(old, new):
        if op.kind == "equal":
            parts.append(_escaped(op.text))
        elif op.kind == "insert":
            parts.append(_marked("ins", "added:", op.text))
        else:
            parts.append(_marked("del", "removed:", op.text))
    # Every piece of text went through escape(); the only tags are the ones written here.
    return Markup("".join(parts))


def percent(fraction: float) -> str:
    return f"{round(fraction * 100)}%"


def excerpt(text: str, limit: int = 90) -> str:
    """The start of ``text``, cut at a word boundary, for labels in tables."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


# ------------------------------------------------------------------------ views


@dataclass(frozen=True, slots=True)
class TextPiece:
    """A run of paragraph text: a sentence, or the spacing between sentences."""

    text: str
    sentence: Sentence | None


@dataclass(frozen=True, slots=True)
class Parallel:
    """Where another source carries the same passage as a given sentence."""

    source_name: str
    target: str
    short: str


@dataclass(frozen=True, slots=True)
class Version:
    """One source's wording of a passage or quote, with its diff against the first version."""

    source_name: str
    text: str
    target: str
    diff: Markup | None


@dataclass(frozen=True, slots=True)
class CompareRow:
    """A row of the side-by-side view: a shared passage, or a sentence only one column has.

    ``cells`` holds one tuple of sentences per column, empty where that source lacks the row.
    """

    passage: Passage | None
    cells: tuple[tuple[Sentence, ...], ...]

    @property
    def left(self) -> tuple[Sentence, ...]:
        return self.cells[0]

    @property
    def right(self) -> tuple[Sentence, ...]:
        return self.cells[-1]


@dataclass(frozen=True, slots=True)
class SourceView:
    source: Source
    #: Outlet, else headline, else "Source N (file name)"; unique within the story.
    name: str
    #: A few words for column headers: the outlet, else "Source N"; unique within the story.
    short: str
    #: 1-based position of the source in the story.
    number: int
    page: str
    word_count: int
    #: Share of this source's sentences that another source carries too (0..1).
    shared_share: float

    @property
    def id(self) -> str:
        return self.source.id


@dataclass(frozen=True, slots=True)
class PairView:
    left: SourceView
    right: SourceView
    page: str
    rows: tuple[CompareRow, ...]

    @property
    def columns(self) -> tuple[SourceView, ...]:
        return (self.left, self.right)

    @property
    def shared_count(self) -> int:
        return sum(1 for row in self.rows if row.passage is not None)


@dataclass(frozen=True, slots=True)
class GridView:
    """Every source of a story in one aligned grid (``compare/all.html``)."""

    columns: tuple[SourceView, ...]
    page: str
    rows: tuple[CompareRow, ...]


def _names(sources: Sequence[Source]) -> dict[str, tuple[str, str]]:
    """``{source id: (name, short label)}``, both unique within the story."""
    found: dict[str, tuple[str, str]] = {}
    for number, source in enumerate(sources, 1):
        meta, file = source.metadata, posixpath.basename(source.file)
        if meta.outlet:
            found[source.id] = (meta.outlet, meta.outlet)
        elif meta.title:
            found[source.id] = (meta.title, f"Source {number}")
        else:
            found[source.id] = (f"Source {number} ({file})", f"Source {number}")
    names = [name for name, _ in found.values()]
    shorts = [short for _, short in found.values()]
    # Two articles from one outlet would otherwise be indistinguishable in every table.
    result: dict[str, tuple[str, str]] = {}
    seen: dict[str, int] = {}
    for source in sources:
        name, short = found[source.id]
        if names.count(name) > 1:
            name = f"{name} ({posixpath.basename(source.file)})"
        if shorts.count(short) > 1:
            seen[short] = seen.get(short, 0) + 1
            short = f"{short} {seen[short]}"
        result[source.id] = (name, short)
    return result


def _word_count(source: Source) -> int:
    return sum(len(p.text.split()) for p in source.paragraphs)


def _text_pieces(text: str, sentences: Sequence[Sentence]) -> tuple[TextPiece, ...]:
    """Split a paragraph into its sentences and whatever text lies between them."""
    pieces: list[TextPiece] = []
    position = 0
    for sentence in sorted(sentences, key=lambda s: s.start):
        if sentence.start > position:
            pieces.append(TextPiece(text[position : sentence.start], None))
        pieces.append(TextPiece(sentence.text, sentence))
        position = max(position, sentence.start + len(sentence.text))
    if position < len(text):
        pieces.append(TextPiece(text[position:], None))
    return tuple(pieces)


class StoryView:
    """One analysed story with the lookups its pages need.

    Everything a template asks for in a loop is looked up in a dictionary built once
    here, so that a page costs time in proportion to what it shows.
    """

    def __init__(self, analysis: StoryAnalysis) -> None:
        self.analysis = analysis
        self.slug = analysis.slug
        self.title = analysis.title
        self.passages = analysis.passages
        self.quotes = analysis.quotes
        self.sentences: dict[str, Sentence] = {s.id: s for src in analysis.sources for s in src.sentences}
        self._passage_of: dict[str, Passage] = {}
        for passage in analysis.passages:
            for sentence_id in passage.sentence_ids:
                # A sentence should sit in one passage; if not, the first one wins everywhere.
                self._passage_of.setdefault(sentence_id, passage)
        order = {src.id: number for number, src in enumerate(analysis.sources)}
        # Per passage: its sentences by source, and the sources that carry it, in story order.
        self._members: dict[str, dict[str, tuple[Sentence, ...]]] = {}
        self._carriers: dict[str, tuple[str, ...]] = {}
        self._passages_of_source: dict[str, list[Passage]] = {src.id: [] for src in analysis.sources}
        for passage in analysis.passages:
            members: dict[str, list[Sentence]] = {}
            for sentence_id in passage.sentence_ids:
                sentence = self.sentences.get(sentence_id)
                if sentence is not None:
                    members.setdefault(sentence.source_id, []).append(sentence)
            carriers = tuple(sorted((i for i in members if i in order), key=order.__getitem__))
            self._members[passage.id] = {i: tuple(members[i]) for i in carriers}
            self._carriers[passage.id] = carriers
            for source_id in carriers:
                self._passages_of_source[source_id].append(passage)
        names = _names(analysis.sources)
        self.sources: tuple[SourceView, ...] = tuple(
            SourceView(
                source=src,
                name=names[src.id][0],
                short=names[src.id][1],
                number=number,
                page=urls.source_page(self.slug, src.id),
                word_count=_word_count(src),
                shared_share=self._shared_share(src),
            )
            for number, src in enumerate(analysis.sources, 1)
        )
        self._source_by_id = {view.id: view for view in self.sources}
        self._versions: dict[str, tuple[Version, ...]] = {}

    # ---- pages of this story

    @property
    def page(self) -> str:
        return urls.story_page(self.slug)

    @property
    def compare_page(self) -> str:
        return urls.compare_index_page(self.slug)

    @property
    def compare_all_page(self) -> str:
        return urls.compare_all_page(self.slug)

    @property
    def differences_page(self) -> str:
        return urls.differences_page(self.slug)

    @property
    def quotes_page(self) -> str:
        return urls.quotes_page(self.slug)

    @property
    def data_page(self) -> str:
        return urls.data_export(self.slug)

    def sentence_target(self, sentence_id: str) -> str:
        sentence = self.sentences[sentence_id]
        return urls.sentence_target(self.slug, sentence.source_id, sentence_id)

    def passage_target(self, passage: Passage) -> str:
        return urls.passage_target(self.slug, passage.id)

    def quote_target(self, quote: Quote) -> str:
        return urls.quote_target(self.slug, quote.id)

    # ---- facts for tables

    @property
    def many(self) -> bool:
        """Too many sources for a page per pair, or for one grid of all of them."""
        return len(self.sources) > PAIR_LIMIT

    @property
    def has_grid(self) -> bool:
        """Whether ``compare/all.html`` exists: more than two sources, and not too many."""
        return 2 < len(self.sources) <= PAIR_LIMIT

    def source(self, source_id: str) -> SourceView:
        return self._source_by_id[source_id]

    def passage_of(self, sentence_id: str) -> Passage | None:
        return self._passage_of.get(sentence_id)

    def _shared_share(self, source: Source) -> float:
        sentences = source.sentences
        if not sentences:
            return 0.0
        return sum(1 for s in sentences if s.id in self._passage_of) / len(sentences)

    def passage_sentences(self, passage: Passage, source_id: str) -> tuple[Sentence, ...]:
        return self._members[passage.id].get(source_id, ())

    def passage_source_ids(self, passage: Passage) -> tuple[str, ...]:
        return self._carriers[passage.id]

    def quote_source_ids(self, quote: Quote) -> tuple[str, ...]:
        carried = {o.source_id for o in quote.occurrences}
        return tuple(view.id for view in self.sources if view.id in carried)

    @cached_property
    def shared_quotes(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if len(self.quote_source_ids(q)) > 1)

    @cached_property
    def variant_quotes(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.shared_quotes if q.variant)

    @cached_property
    def date_range(self) -> tuple[str, ...]:
        """Earliest and latest publication date; one date if they agree; empty if none is known."""
        dates = sorted({view.source.metadata.date for view in self.sources if view.source.metadata.date})
        return tuple(dict.fromkeys((dates[0], dates[-1]))) if dates else ()

    def unique_sentences(self, source_id: str) -> tuple[Sentence, ...]:
        return tuple(s for s in self.source(source_id).source.sentences if s.id not in self._passage_of)

    def pieces(self, paragraph_index: int, source_id: str) -> tuple[TextPiece, ...]:
        paragraph = self.source(source_id).source.paragraphs[paragraph_index]
        return _text_pieces(paragraph.text, paragraph.sentences)

    def carrier_count(self, sentence: Sentence) -> int:
        """How many sources carry this sentence's passage (1 when it is in none)."""
        passage = self.passage_of(sentence.id)
        return len(self._carriers[passage.id]) if passage is not None else 1

    def parallels(self, sentence: Sentence) -> tuple[Parallel, ...]:
        """The first sentence of other sources that carry this sentence's passage, at most ``MAX_PARALLELS``."""
        passage = self.passage_of(sentence.id)
        if passage is None:
            return ()
        found: list[Parallel] = []
        members = self._members[passage.id]
        for source_id in self._carriers[passage.id]:
            if source_id == sentence.source_id:
                continue
            if len(found) == MAX_PARALLELS:
                break
            view = self._source_by_id[source_id]
            first = members[source_id][0]
            found.append(Parallel(view.name, urls.sentence_target(self.slug, source_id, first.id), view.short))
        return tuple(found)

    def shade(self, sentence: Sentence) -> int:
        """How many other sources carry this sentence, capped for the colour scale."""
        return min(self.carrier_count(sentence) - 1, MAX_SHADE)

    def passage_versions(self, passage: Passage) -> tuple[Version, ...]:
        key = "p:" + passage.id
        if key not in self._versions:
            versions: list[tuple[str, str, str]] = []
            for source_id, members in self._members[passage.id].items():
                text = " ".join(s.text for s in members)
                versions.append((self.source(source_id).name, text, self.sentence_target(members[0].id)))
            self._versions[key] = _with_diffs(versions)
        return self._versions[key]

    def quote_versions(self, quote: Quote) -> tuple[Version, ...]:
        key = "q:" + quote.id
        if key not in self._versions:
            versions = [
                (self.source(o.source_id).name, o.text, self.sentence_target(o.sentence_id))
                for o in quote.occurrences
                if o.sentence_id in self.sentences
            ]
            self._versions[key] = _with_diffs(versions)
        return self._versions[key]

    # ---- side by side

    @cached_property
    def _shared_matrix(self) -> np.ndarray:
        """``[i, j]``: how many passages sources ``i`` and ``j`` (story order) both carry."""
        index = {view.id: k for k, view in enumerate(self.sources)}
        carries = np.zeros((len(self.sources), len(self.passages)), dtype=np.int32)
        for column, passage in enumerate(self.passages):
            for source_id in self._carriers[passage.id]:
                carries[index[source_id], column] = 1
        return carries @ carries.T

    def shared_count(self, one: str, other: str) -> int:
        """How many passages two sources both carry."""
        return int(self._shared_matrix[self.source(one).number - 1, self.source(other).number - 1])

    @cached_property
    def closest(self) -> dict[str, tuple[SourceView, ...]]:
        """Each source's ``CLOSEST`` counterparts: most shared passages first, ties in story order."""
        found: dict[str, tuple[SourceView, ...]] = {}
        for k, view in enumerate(self.sources):
            row = self._shared_matrix[k].tolist()
            others = sorted((j for j in range(len(self.sources)) if j != k), key=lambda j: (-row[j], j))
            found[view.id] = tuple(self.sources[j] for j in others[:CLOSEST])
        return found

    def _pair_view(self, one: SourceView, other: SourceView) -> PairView:
        left, right = (one, other) if one.number < other.number else (other, one)
        return PairView(left, right, urls.compare_pair_page(self.slug, left.id, right.id), self._compare_rows((left, right)))

    @cached_property
    def _pair_index(self) -> dict[frozenset[str], PairView]:
        if not self.many:
            chosen = [(left, right) for index, left in enumerate(self.sources) for right in self.sources[index + 1 :]]
        else:
            found = {
                frozenset((view.id, other.id)): (view, other) for view in self.sources for other in self.closest[view.id]
            }
            chosen = sorted(
                (tuple(sorted(pair, key=lambda v: v.number)) for pair in found.values()),
                key=lambda pair: (pair[0].number, pair[1].number),
            )
        return {frozenset((left.id, right.id)): self._pair_view(left, right) for left, right in chosen}

    @property
    def pairs(self) -> tuple[PairView, ...]:
        """Every pair that has a side-by-side page, in story order."""
        return tuple(self._pair_index.values())

    def pair(self, one: str, other: str) -> PairView | None:
        """The pair page of two sources, whichever order they are named in; ``None`` if it was not made."""
        return self._pair_index.get(frozenset((one, other)))

    def closest_pairs(self, source_id: str) -> tuple[PairView, ...]:
        """The pages that put this source next to its closest counterparts."""
        pairs = (self.pair(source_id, other.id) for other in self.closest[source_id])
        return tuple(pair for pair in pairs if pair is not None)

    def other_pairs(self, pair: PairView) -> tuple[PairView, ...]:
        """The pairs a pair page offers next: all of them in a small story, else those of its two sources."""
        if not self.many:
            return self.pairs
        found = dict.fromkeys(self.closest_pairs(pair.left.id) + self.closest_pairs(pair.right.id))
        return tuple(found)

    @cached_property
    def grid(self) -> GridView:
        return GridView(self.sources, self.compare_all_page, self._compare_rows(self.sources))

    def passage_count(self, source_id: str) -> int:
        """How many shared passages this source carries."""
        return len(self._passages_of_source[source_id])

    def _units(self, source: Source, shared: set[str]) -> list[Sentence | Passage]:
        """A source's reading order, with each passage shared with another column standing as one unit."""
        units: list[Sentence | Passage] = []
        seen: set[str] = set()
        for sentence in source.sentences:
            passage = self.passage_of(sentence.id)
            if passage is None or passage.id not in shared:
                units.append(sentence)
            elif passage.id not in seen:
                seen.add(passage.id)
                units.append(passage)
        return units

    def _compare_rows(self, columns: Sequence[SourceView]) -> tuple[CompareRow, ...]:
        """Merge the columns' reading orders, lining up shared passages.

        Each column's own sentences come in its order, the leftmost column's first.
        Where columns tell shared passages in a different order, the leftmost
        column's order wins and the others' sentences of that passage move up to
        sit level with it.
        """
        ids = [column.id for column in columns]
        carried = Counter(p.id for i in ids for p in self._passages_of_source[i])
        shared = {passage_id for passage_id, count in carried.items() if count > 1}
        units = [self._units(column.source, shared) for column in columns]
        position = [0] * len(columns)
        rows: list[CompareRow] = []
        placed: set[str] = set()

        def skip_placed(k: int) -> None:
            while position[k] < len(units[k]) and isinstance(units[k][position[k]], Passage) and units[k][position[k]].id in placed:  # type: ignore[union-attr]
                position[k] += 1

        while True:
            for k in range(len(columns)):
                skip_placed(k)
            lone = next((k for k in range(len(columns)) if position[k] < len(units[k]) and isinstance(units[k][position[k]], Sentence)), None)
            if lone is not None:
                sentence = units[lone][position[lone]]
                rows.append(CompareRow(None, tuple((sentence,) if k == lone else () for k in range(len(columns)))))  # type: ignore[misc]
                position[lone] += 1
                continue
            first = next((k for k in range(len(columns)) if position[k] < len(units[k])), None)
            if first is None:
                return tuple(rows)
            passage = units[first][position[first]]
            assert isinstance(passage, Passage)
            placed.add(passage.id)
            rows.append(CompareRow(passage, tuple(self.passage_sentences(passage, i) for i in ids)))


def _with_diffs(versions: Sequence[tuple[str, str, str]]) -> tuple[Version, ...]:
    if not versions:
        return ()
    first = versions[0][1]
    diffs: dict[str, Markup] = {}  # sources often agree word for word: diff each wording once
    result = []
    for index, (name, text, target) in enumerate(versions):
        if index and text not in diffs:
            diffs[text] = diff_markup(first, text)
        result.append(Version(name, text, target, diffs[text] if index else None))
    return tuple(result)


# ------------------------------------------------------------------- rendering


@dataclass(frozen=True, slots=True)
class RenderedStory:
    """Every page of one story, and what the site-level pages need from it. Picklable."""

    slug: str
    #: ``{site path: bytes}`` of the story's pages (and its search shard).
    pages: dict[str, bytes]
    summary: StorySummary
    search: StorySearch


@pass_context
def _url(context: Context, target: str) -> str:
    """The one link helper of every template: ``{{ url("story/index.html") }}``."""
    rooted_base: str | None = context["rooted_base"]
    if rooted_base is not None:
        return urls.rooted_url(target, rooted_base)
    return urls.relative_url(target, context["page"])


@functools.lru_cache(maxsize=16)
def _environment(theme_dir: Path, config: SiteConfig) -> Environment:
    """One Jinja environment per process and (theme, configuration), so templates compile once.

    The loader still checks each template's modification time, so ``serve`` sees edits.
    """
    env = Environment(
        loader=FileSystemLoader(theme_dir),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        url=_url,
        urls=urls,
        site=config,
        variation_label=VARIATION_LABELS.__getitem__,
        is_web_url=urls.is_web_url,
        PAIR_LIMIT=PAIR_LIMIT,
        CLOSEST=CLOSEST,
    )
    env.filters.update(percent=percent, excerpt=excerpt, plural=plural)
    return env


class _PageWriter:
    """Renders templates into the output mapping, each with the site path it will live at."""

    def __init__(self, env: Environment, config: SiteConfig) -> None:
        self._env = env
        self._config = config
        self._rooted_base = urls.base_path(config.base_url) if config.base_url else None
        self.files: dict[str, bytes] = {}

    def page(self, path: str, template: str, *, rooted: bool = False, kind: str = "article", **values: Any) -> None:
        """``kind`` is the page's Open Graph type: ``article`` or ``website``."""
        if path in self.files:
            raise ValueError(f"two pages would be written to {path}")
        canonical = urls.page_url(self._config.base_url, path) if self._config.base_url else None
        html = self._env.get_template(template).render(
            page=path,
            rooted_base=self._rooted_base if rooted else None,
            canonical=canonical,
            og_type=kind,
            **values,
        )
        self.files[path] = html.encode("utf-8")


def _render_story(writer: _PageWriter, story: StoryView) -> None:
    writer.page(story.page, "story.html", story=story)
    for source in story.sources:
        writer.page(source.page, "source.html", story=story, source=source)
    writer.page(story.compare_page, "compare_index.html", story=story)
    if story.has_grid:
        writer.page(story.compare_all_page, "compare_all.html", story=story, grid=story.grid)
    for pair in story.pairs:
        writer.page(pair.page, "compare_pair.html", story=story, pair=pair)
    writer.page(story.differences_page, "differences.html", story=story)
    writer.page(story.quotes_page, "quotes.html", story=story)


def render_story(analysis: StoryAnalysis, config: SiteConfig, theme_dir: Path) -> RenderedStory:
    """Every page of one story, with its home-page summary and its part of the search index.

    Pure and picklable both ways, so the build may run it in worker processes.
    """
    writer = _PageWriter(_environment(theme_dir, config), config)
    story = StoryView(analysis)
    _render_story(writer, story)
    search = story_search(story)
    if search.shard_path in writer.files:
        raise ValueError(f"two pages would be written to {search.shard_path}")
    writer.files[search.shard_path] = search.shard
    summary = StorySummary(
        slug=story.slug,
        title=story.title,
        date_range=story.date_range,
        source_count=len(story.sources),
        passage_count=len(story.passages),
        quote_count=len(story.quotes),
    )
    return RenderedStory(story.slug, writer.files, summary, search)


def _static_files(static_dir: Path) -> dict[str, bytes]:
    return {
        urls.asset(path.relative_to(static_dir).as_posix()): path.read_bytes()
        for path in sorted(static_dir.rglob("*"))
        if path.is_file()
    }


def _merge(files: dict[str, bytes], more: dict[str, bytes], what: str) -> None:
    for path, content in more.items():
        if path in files:
            raise ValueError(f"{what} {path} clashes with another page")
        files[path] = content


def render_site(
    stories: Iterable[RenderedStory] | Iterable[StoryAnalysis],
    config: SiteConfig,
    theme_dir: Path,
    static_dir: Path,
) -> dict[str, bytes]:
    """Every page and asset of the site as ``{posix site path: bytes}``, sorted by path.

    ``stories`` are the results of ``render_story`` (in any order), or analyses, which
    are then rendered here first (as ``render_all`` does). The JSON export (``data/``)
    is not included: ``export.py`` writes it, and the pages only link to it. The search
    index (``search-index.json`` and each story's shard) is.
    """
    items = tuple(stories)
    if any(isinstance(item, StoryAnalysis) for item in items):
        if not all(isinstance(item, StoryAnalysis) for item in items):
            raise TypeError("render_site takes either rendered stories or analyses, not both")
        items = tuple(render_story(item, config, theme_dir) for item in items)  # type: ignore[arg-type]
    rendered: tuple[RenderedStory, ...] = tuple(sorted(items, key=lambda story: story.slug))  # type: ignore[arg-type, union-attr]
    writer = _PageWriter(_environment(theme_dir, config), config)
    summaries = tuple(story.summary for story in rendered)
    writer.page(urls.HOME, "index.html", kind="website", stories=summaries)
    writer.page(urls.NOT_FOUND, "404.html", kind="website", rooted=True)
    writer.page(urls.SEARCH, "search.html", kind="website", stories=summaries)
    files = dict(writer.files)
    for story in rendered:
        _merge(files, story.pages, "page")
    _merge(files, search_index([story.search for story in rendered]), "search index")
    _merge(files, _static_files(static_dir), "static file")
    return dict(sorted(files.items()))


def render_all(
    analyses: Iterable[StoryAnalysis],
    config: SiteConfig,
    theme_dir: Path,
    static_dir: Path,
) -> dict[str, bytes]:
    """``render_story`` for each analysis, then ``render_site``: the whole site in this process."""
    return render_site([render_story(a, config, theme_dir) for a in analyses], config, theme_dir, static_dir)
