"""The prebuilt search index that ``search.html`` loads: every story, source, quote and sentence.

The site has no server, so the index is one compact JSON file written beside the
pages (``search-index.json``) and searched in the reader's browser by
``static/search.js``. It stores each text once, and paths relative to the site
root, from which the search page (also at the root) links straight to results::

    {"version": 1,
     "stories": [{
        "title": "...", "page": "slug/index.html", "quotes_page": "slug/quotes.html",
        "sources": [["name", "headline or empty", "slug/sources/id.html"], ...],
        "sentences": [[source index, "sentence id", "text"], ...],
        "quotes": [["quote id", "speaker or empty", "text", [source index, ...]], ...]
     }, ...]}

A sentence's page is ``sources[i][2] + "#" + id``; a quote's is
``quotes_page + "#quote-" + id``. The text is data, never markup: the script only
ever puts it into the page as text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import urls

if TYPE_CHECKING:
    from .render import StoryView

INDEX_VERSION = 1


def _story_entry(story: StoryView) -> dict[str, Any]:
    position = {view.id: index for index, view in enumerate(story.sources)}
    return {
        "title": story.title,
        "page": story.page,
        "quotes_page": story.quotes_page,
        "sources": [
            [view.name, (view.source.metadata.title or "") if view.source.metadata.title != view.name else "", view.page]
            for view in story.sources
        ],
        "sentences": [
            [position[view.id], sentence.id, sentence.text] for view in story.sources for sentence in view.source.sentences
        ],
        "quotes": [
            [quote.id, quote.speaker or "", quote.occurrences[0].text, [position[i] for i in story.quote_source_ids(quote)]]
            for quote in story.quotes
            if quote.occurrences
        ],
    }


def search_index(stories: Sequence[StoryView]) -> dict[str, bytes]:
    """``{site path: bytes}`` of the index; deterministic for the same stories."""
    data = {"version": INDEX_VERSION, "stories": [_story_entry(story) for story in stories]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return {urls.SEARCH_INDEX: (text + "\n").encode("utf-8")}
