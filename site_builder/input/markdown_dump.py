"""Text files that are Markdown: what page-to-Markdown scrapers and reader services write.

Scrapers that turn a page into Markdown (reader services, html2text and its kind) save it as
``.txt`` as often as ``.md``. Read as plain text, every link is a line of ``[words](address)``,
every picture a ``![caption](address)`` and the site's menus are lists of links, none of which
the cleaner can tell apart from article text; read as Markdown they are links, images, lists and
headings, which it can. Reader services also open the file with a header of ``Key: value``
lines that states the page's title, address and publication time, ending in a line
``Markdown Content:`` before the page itself.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from ..model import Metadata

# "[words](https://...)", "![caption](/img/a.jpg)": an inline link or image with an address.
_INLINE_LINK = re.compile(r"\[[^\]\n]*\]\((?:https?://|/)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
#: A text file with this many lines holding a link or image in Markdown syntax is Markdown: plain
#: text copied from a page never has one, a Markdown dump of a page has one in every menu entry.
MARKDOWN_LINK_LINES = 3

# The reader-service header: "Title: ...", "URL Source: ...", "Published Time: ...", blank lines
# between them, closed by "Markdown Content:" alone on its line.
_HEADER_LINE = re.compile(r"^(?P<key>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}):[ \t]*(?P<value>.*?)\s*$")
_HEADER_END = "markdown content"
#: Header keys and the metadata field each states.
_HEADER_FIELDS = {"title": "title", "url source": "url", "url": "url", "published time": "date"}
#: The header is the file's first lines; one longer than this is not a header.
_HEADER_MAX_LINES = 24


def reads_as_markdown(text: str) -> bool:
    """Whether a text file is a page saved as Markdown (see the module's docstring)."""
    lines_with_links = 0
    for line in text.split("\n"):
        if _INLINE_LINK.search(line):
            lines_with_links += 1
            if lines_with_links >= MARKDOWN_LINK_LINES:
                return True
    return split_reader_header(text)[2] > 1


def split_reader_header(text: str) -> tuple[Metadata, str, int]:
    """Split a reader service's header off a Markdown dump.

    Returns the metadata it states, the page's Markdown and the 1-based line where that starts;
    the text unchanged (line 1) when it opens with no such header.
    """
    lines = text.split("\n")
    stated: dict[str, str] = {}
    for number, line in enumerate(lines[:_HEADER_MAX_LINES], start=1):
        if not line.strip():
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        key = match["key"].lower()
        if key == _HEADER_END and not match["value"]:
            return _metadata(stated), "\n".join(lines[number:]), number + 1
        field = _HEADER_FIELDS.get(key)
        if field and match["value"]:
            stated.setdefault(field, match["value"])
    return Metadata(), text, 1


def _metadata(stated: dict[str, str]) -> Metadata:
    date = stated.pop("date", None)
    return Metadata(**stated, date=_iso_day(date) if date else None)


def _iso_day(stamp: str) -> str | None:
    """The day of an ISO 8601 stamp ("2019-05-14T21:03:00+01:00") or an e-mail-style one ("Tue, 14
    May 2019 21:03:00 GMT"), as services write it; None for another form."""
    try:
        return dt.date.fromisoformat(stamp[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(stamp).date().isoformat()
    except (TypeError, ValueError):
        return None
