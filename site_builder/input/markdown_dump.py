"""Text files that are Markdown: what page-to-Markdown scrapers and reader services write.

Scrapers that turn a page into Markdown (reader services, html2text and its kind) save it as
``.txt`` as often as ``.md``. Read as plain text, every link is a line of ``[words](address)``,
every picture a ``![caption](address)`` and the site's menus are lists of links, none of which
the cleaner can tell apart from article text; read as Markdown they are links, images, lists and
headings, which it can. (A reader service's header above the page, "Title: ... URL Source: ...
Markdown Content:", is a set of labelled fields the clean stage reads like a database export's.)
"""

from __future__ import annotations

import re

# "[words](https://...)", "![caption](/img/a.jpg)": an inline link or image with an address.
_INLINE_LINK = re.compile(r"\[[^\]\n]*\]\((?:https?://|/)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
#: A text file with this many lines holding a link or image in Markdown syntax is Markdown: plain
#: text copied from a page never has one, a Markdown dump of a page has one in every menu entry.
MARKDOWN_LINK_LINES = 3
# The line a reader service puts between its header and the page it turned into Markdown.
_MARKDOWN_FOLLOWS = re.compile(r"^markdown content:\s*$", re.IGNORECASE | re.MULTILINE)
#: The header is the file's first lines: the marker further down is the article's text.
_HEADER_MAX_CHARACTERS = 2000


def reads_as_markdown(text: str) -> bool:
    """Whether a text file is a page saved as Markdown (see the module's docstring)."""
    if _MARKDOWN_FOLLOWS.search(text, 0, _HEADER_MAX_CHARACTERS):
        return True
    lines_with_links = 0
    for line in text.split("\n"):
        if _INLINE_LINK.search(line):
            lines_with_links += 1
            if lines_with_links >= MARKDOWN_LINK_LINES:
                return True
    return False
