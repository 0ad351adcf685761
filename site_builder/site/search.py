"""The prebuilt search index that ``search.html`` loads, split so that it scales.

The site has no server, so the index is static JSON searched in the reader's
browser by ``static/search.js``. One file holding every sentence grows with the
whole site (about 10 MB for 500 stories), so it is split in two levels:

* ``search-index.json``, loaded by the search page: every story and source, and a
  vocabulary saying which stories use each word::

    {"version": 2,
     "stories": [{"title": "...", "page": "slug/index.html", "quotes_page": "slug/quotes.html",
                  "sources": [["name", "headline or empty", "slug/sources/id.html"], ...],
                  "shard": "slug/search.json"}, ...],
     "words": "word word ...",          # folded words, sorted, separated by one space
     "postings": ["0+3,a", ...]}        # per word: the stories (indices) that use it

* ``<slug>/search.json``, one shard per story, loaded only when a query's words all
  occur in that story::

    {"version": 2,
     "sentences": [[source index, "sentence id", "text"], ...],
     "quotes": [["quote id", "speaker or empty", "text", [source index, ...]], ...],
     "disagreements": [["what differs: value (source); value (source)", "page#anchor"], ...]}

A posting list is a comma-separated list of base-36 items ``gap`` or ``gap+run``:
the next story index is the previous one plus ``gap + 1`` (the first is ``gap``),
and ``+run`` adds that many consecutive indices after it. ``0+1cj`` is stories
0-499; ``4,0,2`` is stories 4, 5 and 8.

The words are what ``search.js`` would find in the shard's records: each record's
text is folded as the script folds it (accents, curly quotes, case), split at
whitespace and ``"`` (which never occur inside a query term), and trimmed of
punctuation at both ends. A query term, which never holds whitespace or ``"``, and
starts and ends with a word character, can only occur in a record of a story if it
occurs inside one of that story's words; so the script loads exactly the shards
that can hold a match, and searching finds what it found when the index was one
file. The text is data, never markup: the script only ever puts it into the page
as text. A sentence's page is ``sources[i][2] + "#" + id``; a quote's is
``quotes_page + "#quote-" + id``; a disagreement (values the sources give differently,
so that searching "toll" or "11" finds where the outlets disagree on it) names its page.
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Discrepancy
from . import urls
from .index import StoryIndex

INDEX_VERSION = 2

_MARKS = re.compile("[\u0300-\u036f]")
# Not text/normalise.py's folding: this one must stay what search.js's fold() does, mark for mark,
# or a query typed in the browser would miss words the index holds.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'})
# JavaScript's \s, plus the double quote that search.js also splits query terms at.
_SPLIT = re.compile('[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"]+')
# search.js trims what is not an ASCII word character or an apostrophe from the ends of a term.
_EDGE_KEPT = frozenset(string.ascii_letters + string.digits + "_'")
_KEPT = re.escape("".join(sorted(_EDGE_KEPT)))
_EDGES = re.compile(f"^[^{_KEPT}]+|[^{_KEPT}]+$")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def fold(text: str) -> str:
    """What ``fold()`` in ``search.js`` makes of ``text``."""
    return _MARKS.sub("", unicodedata.normalize("NFD", text)).translate(_QUOTES).lower()


def words(text: str) -> set[str]:
    """The folded words of ``text`` that a query term may occur in."""
    found = set()
    for chunk in set(_SPLIT.split(fold(text))):
        # Most words have nothing to trim: only those with a mark at an end go through the pattern.
        if chunk and (chunk[0] not in _EDGE_KEPT or chunk[-1] not in _EDGE_KEPT):
            chunk = _EDGES.sub("", chunk)
        found.add(chunk)
    found.discard("")
    return found


@dataclass(frozen=True, slots=True)
class StorySearch:
    """One story's part of the top-level search index: its entry and its words (the shard
    itself is one of the story's files)."""

    entry: dict[str, Any]
    #: Sorted folded words of the shard's records (sentences and quotes).
    words: tuple[str, ...]


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def quote_record_text(speaker: str | None, text: str) -> str:
    """The text ``search.js`` shows and searches for a quote."""
    return f"{speaker or 'Unattributed'}: \u201c{text}\u201d"


def disagreement_record_text(story: StoryIndex, discrepancy: Discrepancy) -> str:
    """The text ``search.js`` shows and searches for values the sources give differently."""
    values = "; ".join(f"{value.text} ({story.source(value.source_id).name})" for value in discrepancy.values)
    kind = "approximate" if discrepancy.approximate else "conflict"
    return f"{story.discrepancy_label(discrepancy)}, {kind}: {values}"


def story_search(story: StoryIndex) -> tuple[StorySearch, tuple[str, bytes]]:
    """One story's entry in the top-level index with its vocabulary, and its shard ``(site
    path, bytes)``."""
    position = {view.id: index for index, view in enumerate(story.sources)}
    shard_path = urls.search_shard(story.slug)
    sentences = [
        (position[view.id], sentence.id, sentence.text) for view in story.sources for sentence in view.source.sentences
    ]
    quotes = [
        (quote.id, quote.speaker or "", quote.occurrences[0].text, [position[i] for i in story.quote_source_ids(quote)])
        for quote in story.quotes
        if quote.occurrences
    ]
    disagreements = [
        [disagreement_record_text(story, discrepancy), story.discrepancy_target(discrepancy)]
        for discrepancy in story.discrepancies
    ]
    vocabulary: set[str] = set()
    for _, text in disagreements:
        vocabulary |= words(text)
    for _, _, text in sentences:
        vocabulary |= words(text)
    for _, speaker, text, _ in quotes:
        vocabulary |= words(quote_record_text(speaker, text))
    entry = {
        "title": story.title,
        "page": urls.story_page(story.slug),
        "quotes_page": urls.quotes_page(story.slug),
        "sources": [
            [
                view.name,
                (view.source.metadata.title or "") if view.source.metadata.title != view.name else "",
                view.page,
            ]
            for view in story.sources
        ],
        "shard": shard_path,
    }
    shard = _dumps({"version": INDEX_VERSION, "sentences": sentences, "quotes": quotes, "disagreements": disagreements})
    return StorySearch(entry, tuple(sorted(vocabulary))), (shard_path, shard)


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = _DIGITS[digit] + digits
        if not number:
            return digits


def encode_postings(indices: Sequence[int]) -> str:
    """Sorted distinct story indices as gaps and runs (see the module documentation)."""
    items: list[str] = []
    previous, i = -1, 0
    while i < len(indices):
        j = i
        while j + 1 < len(indices) and indices[j + 1] == indices[j] + 1:
            j += 1
        item = _base36(indices[i] - previous - 1)
        items.append(item + "+" + _base36(j - i) if j > i else item)
        previous, i = indices[j], j + 1
    return ",".join(items)


def decode_postings(text: str) -> list[int]:
    found: list[int] = []
    previous = -1
    for item in text.split(",") if text else ():
        gap, _, run = item.partition("+")
        start = previous + 1 + int(gap, 36)
        extra = int(run, 36) if run else 0
        found.extend(range(start, start + extra + 1))
        previous = start + extra
    return found


def search_index(stories: Sequence[StorySearch]) -> dict[str, bytes]:
    """``{site path: bytes}`` of the top-level index (shards travel with their story); deterministic."""
    postings: dict[str, list[int]] = {}
    for index, story in enumerate(stories):
        for word in story.words:
            postings.setdefault(word, []).append(index)
    vocabulary = sorted(postings)
    data = {
        "version": INDEX_VERSION,
        "stories": [story.entry for story in stories],
        "words": " ".join(vocabulary),
        "postings": [encode_postings(postings[word]) for word in vocabulary],
    }
    return {urls.SEARCH_INDEX: _dumps(data)}
