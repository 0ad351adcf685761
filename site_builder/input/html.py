"""Saved web pages as sources: the article text and the page's own metadata (issue 16).

The article is extracted by ``trafilatura`` (F1 0.958 on the ScrapingHub article-extraction
benchmark), a well-kept library that knows far more page layouts than rules of ours would; it
also reads the metadata the page states (JSON-LD, Open Graph, ``<meta>``), with ``htmldate``
for the date. It is the optional extra ``site-builder[web]``: a page without it is refused with
one line saying what to install.

Nothing is silently lost: every block of visible page text that the extraction leaves out is
returned as page chrome, which the clean stage lists as removed like a text seed's furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..model import Metadata

INSTALL_HINT = "reading .html pages needs the web extra: pip install 'site-builder[web]'"
#: Elements whose text a reader never sees.
_INVISIBLE = ("head", "script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select")
#: Elements that start a new block of text: their text is one piece of chrome or article, not glued to the next.
_BLOCKS = (
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul br"
).split()
_LANGUAGE = re.compile(r"[a-z]{2,3}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WebPage:
    """What a saved page holds for the pipeline."""

    #: The article, paragraphs separated by blank lines.
    text: str
    #: What the page itself states (title, site name, author, date, canonical URL, language).
    metadata: Metadata
    #: Visible blocks of page text outside the article, in page order.
    chrome: tuple[str, ...]


def _libraries() -> tuple[Any, Any]:
    try:
        import lxml.html
        import trafilatura
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    return trafilatura, lxml.html


def read_page(html: bytes | str, file: str) -> WebPage:
    """The article and metadata of one saved page; raises :class:`InputError` naming ``file``."""
    try:
        trafilatura, lxml_html = _libraries()
    except ImportError as exc:
        raise InputError(str(exc), file) from exc
    if not html.strip():
        return WebPage("", Metadata(), ())
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, output_format="python"
    )
    found: dict[str, Any] = document.as_dict() if document is not None else {}
    article = [" ".join(line.split()) for line in (found.get("text") or "").split("\n")]
    article = [line for line in article if line]
    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        tree = None
    metadata = Metadata(
        title=_text(found.get("title")),
        outlet=_text(found.get("sitename")),
        byline=_text(found.get("author")),
        date=_iso_date(found.get("date")),
        url=_text(found.get("url")),
        language=_page_language(tree, found.get("language")),
    )
    return WebPage("\n\n".join(article), metadata, _chrome(tree, article) if tree is not None else ())


def _text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _iso_date(value: object) -> str | None:
    return value[:10] if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value) else None


def _page_language(tree: Any, extracted: object) -> str | None:
    """The page's ``<html lang>`` (``en-GB`` -> ``en``), else what the extraction found."""
    stated = tree.get("lang") if tree is not None else None
    for value in (stated, extracted):
        if isinstance(value, str):
            code = _LANGUAGE.match(value.strip())
            if code:
                return code.group().lower()
    return None


def _chrome(tree: Any, article: list[str]) -> tuple[str, ...]:
    """Visible blocks of text that are not part of the extracted article."""
    for element in list(tree.iter(*_INVISIBLE)):
        if element.getparent() is not None:  # the root itself is never invisible
            element.drop_tree()
    for element in tree.iter(*_BLOCKS):
        # A line break around every block, so that text_content() keeps blocks apart.
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    body = " ".join(article)
    blocks = []
    for line in tree.text_content().split("\n"):
        block = " ".join(line.split())
        if block and block not in body:
            blocks.append(block)
    return tuple(dict.fromkeys(blocks))
