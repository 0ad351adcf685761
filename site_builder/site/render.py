"""Render every page of the site, and gather the theme's assets, into memory.

The renderer gets finished analyses and turns them into ``{site path: bytes}``;
it never touches the disk except to read templates and assets. This module only
assembles pages: it hands each template the story's lookups (``StoryIndex``, from
``index.py``), its side-by-side policy (``StoryComparison``, from ``pairs.py``) and
plain values made here (paragraph pieces, word diffs), so that templates only loop
and print. Templates make every link with the one ``url()`` helper from the site
paths of ``urls.py``.

It works in two steps, so that stories can be rendered in worker processes:

* ``render_story(analysis, config, theme) -> RenderedStory``: every page of one
  story, plus what the site-level pages need from it (its home-page summary and
  its part of the search index). A pure function of picklable arguments with a
  picklable result.
* ``render_site(SiteInput(listings, config, theme)) -> {path: bytes}``: the home,
  search and 404 pages, the search index and the static assets, from each story's
  listing (``RenderedStory.listing``). ``render_all`` does both steps in this
  process and merges the stories' pages in.

Article text is untrusted: Jinja's autoescape handles it in templates, and the
only markup built here (word diffs) is assembled from escaped pieces.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
    select_autoescape,
)
from jinja2.runtime import Context
from markupsafe import Markup, escape

from ..config import SiteConfig
from ..model import Passage, QuoteOccurrence, QuoteVariation, Sentence, StoryAnalysis, StorySummary
from ..text.normalise import shown_name
from . import urls
from .diff import shared_fraction, shared_words, word_diff
from .framing import FramedRun, StoryFraming
from .index import SourceView, StoryIndex
from .pairs import CLOSEST, PAIR_LIMIT, CompareRow, StoryComparison
from .search import StorySearch, search_index, story_search
from .theme import Theme
from .values import ValueMark, mark_values

VARIATION_LABELS: dict[QuoteVariation, str] = {
    "identical": "identical",
    "punctuation": "differs only in punctuation",
    "truncated": "truncated",
    "reworded": "reworded",
}


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


# ---------------------------------------------------------------- page values


@dataclass(frozen=True, slots=True)
class TextPiece:
    """A run of paragraph text: a sentence, or the spacing between sentences."""

    text: str
    sentence: Sentence | None


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


def source_body(story: StoryIndex, compare: StoryComparison, source: SourceView) -> Markup:
    """A source page's paragraphs: each sentence shaded by how many sources carry it, with a
    badge leading to how each words it and links to where the others tell it.

    Written here, not in ``source.html``: a handful of template expressions per sentence were
    most of rendering a source page. The markup is built from escaped pieces only.
    """
    page = source.page
    paragraphs = []
    for paragraph in source.source.paragraphs:
        parts = []
        for piece in _text_pieces(paragraph.text, paragraph.sentences):
            sentence = piece.sentence
            if sentence is None:
                parts.append(_escaped(piece.text))
                continue
            passage = story.passage_of(sentence.id)
            shared = f' data-passage="{escape(passage.id)}"' if passage is not None else ""
            parts.append(
                f'<span id="{escape(sentence.id)}" class="s shade-{compare.shade(sentence)}"{shared}>'
                f"{_escaped(sentence.text)}"
            )
            parallels = compare.parallels(sentence)
            if parallels and passage is not None:
                carriers = story.carrier_count(sentence)
                badge = urls.relative_url(urls.passage_target(story.slug, passage.id), page)
                parts.append(
                    f' <span class="parallels"><a class="badge" href="{escape(badge)}">{carriers} sources'
                    '<span class="vh">: compare their wording</span></a>'
                )
                for parallel in parallels:
                    href = urls.relative_url(parallel.target, page)
                    parts.append(f' <a href="{escape(href)}">{_escaped(parallel.source_name)}</a>')
                if carriers - 1 > len(parallels):
                    parts.append(f' <span class="parallels-more">and {carriers - 1 - len(parallels)} more</span>')
                parts.append("</span>")
            parts.append("</span>")
        paragraphs.append(f"    <p>{''.join(parts)}</p>\n")
    return Markup("".join(paragraphs))


#: Below this share of common wording a version is shown beside the first one, shared words
#: highlighted, rather than as a strike-through of nearly all of it.
SIDE_BY_SIDE_BELOW = 0.6


def shared_markup(text: str, others: Sequence[str]) -> Markup:
    """``text`` with the words ``others`` also use in ``<mark>`` and its names and numbers in ``<b>``."""
    parts: list[str] = []
    marking = False
    for piece in shared_words(text, others):
        if (piece.kind == "shared") != marking:
            marking = not marking
            parts.append('<mark class="shared">' if marking else "</mark>")
        escaped = _escaped(piece.text)
        parts.append(f'<b class="key-term">{escaped}</b>' if piece.anchor else escaped)
    if marking:
        parts.append("</mark>")
    # Every piece of text went through escape(); the only tags are the ones written here.
    return Markup("".join(parts))


@dataclass(frozen=True, slots=True)
class Version:
    """One source's wording of a passage or quote, as the differences page shows it.

    After the first version, each is either ``diff`` (its changes from the first, when
    the two share most words) or ``shared`` (its text with the words it shares with the
    first highlighted, to read beside it). The first has ``shared`` when any other
    version is shown that way: its words shared with those versions highlighted.
    """

    source_name: str
    text: str
    target: str
    diff: Markup | None
    shared: Markup | None
    #: The differing values this wording states (see ``values.py``).
    marks: tuple[ValueMark, ...] = ()

    @property
    def body(self) -> Markup:
        """What the page shows of this wording, its differing values marked."""
        shown = self.shared if self.shared is not None else self.diff if self.diff is not None else escape(self.text)
        return mark_values(shown, self.marks)


def versions_compared(versions: Sequence[tuple[str, str, str, tuple[ValueMark, ...]]]) -> tuple[Version, ...]:
    """``(source name, text, target, differing values)`` as versions, each after the first compared with the first."""
    if not versions:
        return ()
    first = versions[0][1]
    # Sources often agree word for word: compare each wording once.
    shown: dict[str, tuple[Markup | None, Markup | None]] = {}
    for _, text, _, _ in versions[1:]:
        if text not in shown:
            if shared_fraction(first, text) < SIDE_BY_SIDE_BELOW:
                shown[text] = (None, shared_markup(text, [first]))
            else:
                shown[text] = (diff_markup(first, text), None)
    beside = [text for text, (_, shared) in shown.items() if shared is not None]
    name, _, target, marks = versions[0]
    result = [Version(name, first, target, None, shared_markup(first, beside) if beside else None, marks)]
    result.extend(Version(name, text, target, *shown[text], marks) for name, text, target, marks in versions[1:])
    return tuple(result)


@dataclass(frozen=True, slots=True)
class Wordings:
    """Every source's wording of each passage and quote, by id: what the differences and quotes pages show.

    Made once per story, as both pages show the shared quotes. Should two passages or
    quotes share an id, the first in story order gives the wording of both.
    """

    passages: Mapping[str, tuple[Version, ...]]
    quotes: Mapping[str, tuple[Version, ...]]

    @classmethod
    def of(cls, story: StoryIndex) -> Wordings:
        def target(sentence_id: str) -> str:
            return urls.sentence_target(story.slug, story.sentences[sentence_id].source_id, sentence_id)

        passages: dict[str, tuple[Version, ...]] = {}
        for passage in story.passages:
            if passage.id not in passages:
                members = story.members[passage.id].items()
                passages[passage.id] = versions_compared(
                    [
                        (
                            story.source(i).name,
                            " ".join(s.text for s in found),
                            target(found[0].id),
                            story.value_marks(s.id for s in found),
                        )
                        for i, found in members
                    ]
                )
        quotes: dict[str, tuple[Version, ...]] = {}
        for quote in story.quotes:
            if quote.id not in quotes:
                # A source printing the utterance in two spans ("If it rains," Lee said, "we stay
                # home.") or twice is one version under its one label, its spans joined by an ellipsis.
                spans: dict[str, list[QuoteOccurrence]] = {}
                for occurrence in quote.occurrences:
                    if occurrence.sentence_id in story.sentences:
                        spans.setdefault(occurrence.source_id, []).append(occurrence)
                quotes[quote.id] = versions_compared(
                    [
                        (
                            story.source(source_id).name,
                            " … ".join(dict.fromkeys(o.text for o in found)),
                            target(found[0].sentence_id),
                            story.value_marks(dict.fromkeys(o.sentence_id for o in found)),
                        )
                        for source_id, found in spans.items()
                    ]
                )
        return cls(passages, quotes)


def framed(runs: Sequence[FramedRun]) -> Markup:
    """A headline or lead, the words no other source's headline or lead uses marked."""
    return Markup(
        "".join(f'<mark class="only">{escape(r.text)}</mark>' if r.only_here else _escaped(r.text) for r in runs)
    )


class CompareCells:
    """The rows of the side-by-side views, their filled cells each made once per story and reused.

    Every sentence is printed in each pair page of its source (four of them in a five-source
    story) and in the grid; through the template, these cells were the largest part of rendering.
    A cell is the same wherever it is shown in the same column, with the same copied
    sentences, from the same folder (its link leads to a source page, never to the page
    showing it, so the folder is all the link depends on); a sentence's markup within a cell
    depends only on its row's passage and whether it is copied. ``compare_grid`` in
    ``_macros.html`` calls ``rows``; the markup is the one that macro printed, built from escaped
    pieces.
    """

    def __init__(self, story: StoryIndex) -> None:
        self._story = story
        self._made: dict[tuple[object, ...], str] = {}

    def rows(
        self, rows: Sequence[CompareRow], columns: Sequence[SourceView], copied: frozenset[str] | None, page: str
    ) -> Markup:
        """Every row of a grid, a line each: the passage's label, then a cell or a gap per column."""
        folder = page.rpartition("/")[0]
        gaps = [
            f'    <div class="cmp-cell cmp-gap" data-column="{column}"><span class="vh">not in '
            f"{escape(side.name)}</span></div>"
            for column, side in enumerate(columns)
        ]
        lines = []
        for row in rows:
            passage = row.passage
            if passage is None:
                lines.append('  <div class="cmp-row">')
            else:
                lines.append(f'  <div class="cmp-row cmp-shared" data-row="{escape(passage.id)}">')
                lines.append(f"    {self._label(passage, page, folder)}")
            for column, (side, sentences) in enumerate(zip(columns, row.cells, strict=True)):
                if sentences:
                    cell = self._filled(column, side, sentences, passage, copied, page, folder)
                    lines.append(f"    {cell}")
                else:
                    lines.append(gaps[column])
            lines.append("  </div>")
        return Markup("".join(f"{line}\n" for line in lines))

    def _filled(
        self,
        column: int,
        side: SourceView,
        sentences: Sequence[Sentence],
        passage: Passage | None,
        copied: frozenset[str] | None,
        page: str,
        folder: str,
    ) -> str:
        copied_here = frozenset(s.id for s in sentences if s.id in copied) if copied else frozenset()
        # Sentence ids are unique in the story and carry their source, so they name the side too.
        key = (column, tuple([s.id for s in sentences]), passage and passage.id, copied_here, folder)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self._cell(column, side, sentences, passage, copied_here, page)
        return found

    def _label(self, passage: Passage, page: str, folder: str) -> str:
        """The label of a shared passage's row: how alike, values that differ, a link to its wording."""
        key = ("label", passage.id, folder)
        found = self._made.get(key)
        if found is None:
            strength = escape(passage.strength)
            parts = [
                f'<p class="cmp-label"><span class="tag tag-{strength}">{strength}</span> '
                f'<span class="similarity">{escape(percent(passage.similarity))} similar</span>'
            ]
            differing = self._story.discrepancies_in(passage.id)
            if differing:
                values = "; ".join(
                    ", ".join(f"{escape(v.text)} ({escape(self._story.source(v.source_id).name)})" for v in d.values)
                    for d in differing
                )
                parts.append(f' <span class="tag tag-conflict">values differ<span class="vh">: {values}</span></span>')
            href = urls.relative_url(urls.passage_target(self._story.slug, passage.id), page)
            parts.append(
                f' <a class="cmp-diff" href="{escape(href)}">wording<span class="vh"> of this passage in every'
                " source</span></a></p>"
            )
            found = self._made[key] = "".join(parts)
        return found

    def _sentence(self, sentence: Sentence, passage: Passage | None, is_copied: bool) -> str:
        key = ("sentence", sentence.id, passage and passage.id, is_copied)
        found = self._made.get(key)
        if found is None:
            classes = "s shade-1" if passage is not None else "s"
            classes += " s-copied" if is_copied else ""
            shared = (
                f' data-passage="{escape(passage.id)}" tabindex="0" role="button" aria-pressed="false"'
                if passage is not None
                else ""
            )
            text = mark_values(escape(sentence.text), self._story.value_marks([sentence.id]))
            alike = '<span class="vh"> (printed alike by both)</span>' if is_copied else ""
            found = f'      <span id="{escape(sentence.id)}" class="{classes}"{shared}>{text}{alike}</span>'
            self._made[key] = found
        return found

    def _cell(
        self,
        column: int,
        side: SourceView,
        sentences: Sequence[Sentence],
        passage: Passage | None,
        copied: frozenset[str],
        page: str,
    ) -> str:
        lines = [
            f'<div class="cmp-cell" data-column="{column}">',
            f'      <span class="cmp-side">{escape(side.name)}</span>',
        ]
        lines.extend(self._sentence(sentence, passage, sentence.id in copied) for sentence in sentences)
        first = sentences[0]
        href = urls.relative_url(urls.sentence_target(self._story.slug, first.source_id, first.id), page)
        lines.append(
            f'      <a class="in-context" href="{escape(href)}"><span class="vh">in context, paragraph </span>'
            f'<span aria-hidden="true">¶</span>{first.paragraph + 1}</a>'
        )
        lines.append("    </div>")
        return "\n".join(lines)


# ------------------------------------------------------------------- rendering


@dataclass(frozen=True, slots=True)
class StoryListing:
    """What the site-wide pages need from one story: its home-page summary and its part of the
    search index. Small: the build keeps one per story while the pages go straight to disk."""

    summary: StorySummary
    search: StorySearch


@dataclass(frozen=True, slots=True)
class RenderedStory:
    """Every page of one story, and its listing for the site-wide pages (its slug is
    ``summary.slug``). Picklable."""

    #: ``{site path: bytes}`` of the story's pages (and its search shard).
    pages: dict[str, bytes]
    summary: StorySummary
    search: StorySearch

    @property
    def listing(self) -> StoryListing:
        return StoryListing(self.summary, self.search)


@pass_context
def _url(context: Context, target: str) -> str:
    """The one link helper of every template: ``{{ url("story/index.html") }}``."""
    rooted_base: str | None = context["rooted_base"]
    if rooted_base is not None:
        return urls.rooted_url(target, rooted_base)
    return urls.relative_url(target, context["page"])


@functools.lru_cache(maxsize=16)
def _environment(theme: Theme, config: SiteConfig) -> Environment:
    """One Jinja environment per process and (theme, configuration), so templates compile once.

    The loader searches the theme's template folders in order, so a project's own
    template hides the default one of the same name. It still checks each template's
    modification time, so ``serve`` sees edits.
    """
    env = Environment(
        loader=FileSystemLoader(theme.templates),
        # Compiled templates kept between builds (Jinja's per-user folder in the temporary
        # directory, keyed by each template's source): compiling them took a third of a rebuild.
        bytecode_cache=FileSystemBytecodeCache(),
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
        mark_values=mark_values,
        is_web_url=urls.is_web_url,
        PAIR_LIMIT=PAIR_LIMIT,
        framed=framed,
        CLOSEST=CLOSEST,
    )
    env.filters.update(percent=percent, excerpt=excerpt, plural=plural, shown_name=shown_name)
    return env


class _PageWriter:
    """Renders templates into the output mapping, each with the site path it will live at."""

    def __init__(self, env: Environment, config: SiteConfig) -> None:
        self._env = env
        self._config = config
        # The 404 page is shown at any depth, so its links start from the site's root: the base
        # URL's path, else "/" (site-builder serve, a user or organisation site on GitHub Pages).
        self._rooted_base = urls.base_path(config.base_url) if config.base_url else "/"
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


def _render_story(writer: _PageWriter, story: StoryIndex) -> None:
    """Every page of one story. Each template gets the story's index and side-by-side policy,
    plus the plain values of its own page."""
    compare = StoryComparison.of(story)
    common: dict[str, Any] = {"story": story, "compare": compare, "compare_cell": CompareCells(story)}
    writer.page(urls.story_page(story.slug), "story.html", **common)
    for source in story.sources:
        writer.page(source.page, "source.html", **common, source=source, body=source_body(story, compare, source))
    writer.page(urls.compare_index_page(story.slug), "compare_index.html", **common)
    if compare.grid is not None:
        writer.page(compare.grid.page, "compare_all.html", **common, grid=compare.grid)
    for pair in compare.pairs:
        writer.page(pair.page, "compare_pair.html", **common, pair=pair)
    wordings = Wordings.of(story)
    writer.page(urls.differences_page(story.slug), "differences.html", **common, wordings=wordings)
    writer.page(urls.quotes_page(story.slug), "quotes.html", **common, wordings=wordings)
    writer.page(urls.framing_page(story.slug), "headlines.html", **common, framing=StoryFraming.of(story))


def render_story(analysis: StoryAnalysis, config: SiteConfig, theme: Theme) -> RenderedStory:
    """Every page of one story, with its home-page summary and its part of the search index.

    Pure and picklable both ways, so the build may run it in worker processes.
    """
    writer = _PageWriter(_environment(theme, config), config)
    story = StoryIndex.of(analysis)
    _render_story(writer, story)
    search, (shard_path, shard) = story_search(story)
    _merge(writer.files, {shard_path: shard}, "search shard")
    summary = StorySummary(
        slug=story.slug,
        title=story.title,
        date_range=story.date_range,
        source_count=len(story.sources),
        passage_count=len(story.passages),
        quote_count=len(story.quotes),
        title_note=title_note(story),
    )
    return RenderedStory(writer.files, summary, search)


def title_note(story: StoryIndex) -> str:
    """Where a story's title comes from, said to readers when the story did not choose it."""
    analysis = story.analysis
    source = story.source_by_id.get(analysis.title_source or "")
    if analysis.title_origin == "headline" and source is not None:
        return f"the headline of {source.name}"
    if analysis.title_origin == "folder name":
        return "made from the folder name (no source gives a headline)"
    return ""


def _merge(files: dict[str, bytes], more: dict[str, bytes], what: str) -> None:
    for path, content in more.items():
        if path in files:
            raise ValueError(f"{what} {path} clashes with another page")
        files[path] = content


@dataclass(frozen=True, slots=True)
class SiteInput:
    """Everything ``render_site`` makes the site-wide pages of: the stories' listings, and the
    configuration and theme the stories were rendered with.

    One value rather than loose arguments, so that the site-wide pages are rendered with
    the very configuration and theme of the stories' own pages. Stories come rendered
    (``render_story``, perhaps in worker processes, perhaps from the cache), in any order.
    """

    stories: tuple[StoryListing, ...]
    config: SiteConfig
    theme: Theme

    def __post_init__(self) -> None:
        # Untyped callers (a notebook) may hand over analyses: say what to do, rather than fail deep inside.
        if not all(isinstance(story, StoryListing) for story in self.stories):
            raise TypeError(
                "SiteInput takes the listings of rendered stories (render_story(...).listing), or use render_all"
            )


def render_site(site: SiteInput) -> dict[str, bytes]:
    """The pages and files around the stories' own, as ``{posix site path: bytes}``, sorted by
    path: the home, search and 404 pages, the top-level search index and the static assets.

    The JSON export (``data/``) is not included: ``export.py`` writes it, and the pages
    only link to it.
    """
    listed = sorted(site.stories, key=lambda story: story.summary.slug)
    writer = _PageWriter(_environment(site.theme, site.config), site.config)
    summaries = tuple(story.summary for story in listed)
    writer.page(urls.HOME, "index.html", kind="website", stories=summaries)
    writer.page(urls.NOT_FOUND, "404.html", kind="website", rooted=True)
    writer.page(urls.SEARCH, "search.html", kind="website", stories=summaries)
    files = dict(writer.files)
    _merge(files, search_index([story.search for story in listed]), "search index")
    _merge(files, {urls.asset(name): content for name, content in site.theme.static_files().items()}, "static file")
    return dict(sorted(files.items()))


def render_all(analyses: Iterable[StoryAnalysis], config: SiteConfig, theme: Theme) -> dict[str, bytes]:
    """``render_story`` for each analysis, then ``render_site``: the whole site in this process,
    sorted by path."""
    rendered = [render_story(a, config, theme) for a in analyses]
    files = render_site(SiteInput(tuple(story.listing for story in rendered), config, theme))
    for story in rendered:
        _merge(files, story.pages, "page")
    return dict(sorted(files.items()))
