"""Clean stage: separate an article's own text from the page furniture scraped with it.

Scraped articles arrive with navigation bars, mastheads, captions, embedded tweets,
"ALSO READ" teasers, newsletter prompts, wire-service markers and repeated blocks. The
stage works line by line (for Markdown: line by line of each block's plain text):

1. every candidate line (``lines.py``) is labelled, first by what it looks like on its own
   (``rules.py``), then by where it stands (page header, tweet, link list, subhead): the
   passes of ``passes.py``, whose order decides which label a line keeps;
2. furniture glued into a kept line (a teaser or a tweet run onto a sentence, a trim
   marker, a wire dateline) is cut out of it (``glued.py``);
3. paragraphs broken mid-sentence are rejoined (here) and repeated paragraphs are dropped
   (``repeats.py``).

The rules describe how web pages and wire copy are built, never particular articles.
They are conservative: when a line could be article text, it stays. Nothing is lost:
every removed piece is returned as ``RemovedText`` with a reason, so the kept text plus
the removed text hold every non-whitespace character of the input exactly once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import CleanedSource, CleanParagraph, RawSource, RemovedText
from ...text.language import detect_language
from ...text.lexicon import analysis_language, lexicon_for
from ...text.sentences import ends_sentence
from .. import metadata as meta
from .exports import read_export
from .glued import Outcome, cut_glued_furniture
from .lines import BROKEN_LINE_LENGTH, Line, candidate_lines
from .passes import label_lines
from .repeats import drop_repeats

# ------------------------------------------------------------------ public entry


def clean_source(raw: RawSource) -> CleanedSource:
    """Split ``raw`` into article paragraphs and removed furniture, and infer its metadata."""
    lines = candidate_lines(raw)
    export = read_export(lines)
    reasons = label_lines(lines, export)
    outcomes = cut_glued_furniture(lines, reasons)
    # The article's language, stated or read from the kept lines, says which of its words can end
    # a line that breaks off mid-sentence.
    language = raw.given.language or raw.page.language
    if language is None:
        language = detect_language(outcome.kept for outcome in outcomes if outcome.reason is None)
    function_words = lexicon_for(analysis_language(language)).function_words
    paragraphs, removed = _assemble(lines, outcomes, function_words)
    paragraphs, repeats = drop_repeats(paragraphs)
    removed = sorted([*removed, *repeats], key=lambda piece: piece.line)
    inferred = meta.infer_metadata(removed, (paragraph.text for paragraph in paragraphs))
    # A web page's chrome has no line in the extracted text: it is listed first, in page order.
    chrome = [RemovedText(text, "page chrome outside the article", 1) for text in raw.chrome]
    # What a database export's fields state beats what is inferred from the text around it.
    if export is not None:
        stated = export.metadata
        if stated.title is not None:
            title, site = meta.title_and_site(stated.title, (line.text for line in lines))
            stated = replace(stated, title=title, outlet=stated.outlet or inferred.outlet or site)
        inferred = inferred.overridden_by(stated)
    metadata = inferred.overridden_by(raw.page).overridden_by(raw.given)
    if metadata.language is None:
        metadata = replace(metadata, language=language)
    return CleanedSource(
        raw=raw,
        metadata=metadata,
        paragraphs=tuple(paragraphs),
        removed=(*chrome, *removed),
    )


# ------------------------------------------------------------------ assembling


def _assemble(
    lines: list[Line], outcomes: list[Outcome], function_words: frozenset[str]
) -> tuple[list[CleanParagraph], list[RemovedText]]:
    """Turn kept lines into paragraphs, rejoining Markdown blocks and broken paragraphs."""
    paragraphs: list[CleanParagraph] = []
    removed: list[RemovedText] = []
    previous: Line | None = None  # the last kept line, while its paragraph may go on
    for line, outcome in zip(lines, outcomes, strict=True):
        if line.markup:
            removed.append(RemovedText(line.markup, "markup", line.line))
        if outcome.reason is not None:
            removed.append(RemovedText(line.text, outcome.reason, line.line))
            previous = None  # never join across furniture
            continue
        removed.extend(RemovedText(text, reason, line.line) for text, reason in outcome.cut)
        if previous is not None and _continues(previous, paragraphs[-1].text, line, function_words):
            last = paragraphs[-1]
            paragraphs[-1] = CleanParagraph(_joined(last.text, outcome.kept, previous.block == line.block), last.line)
        else:
            paragraphs.append(CleanParagraph(outcome.kept, line.line))
        previous = None if outcome.tail_cut else line
    return paragraphs, removed


def _joined(paragraph: str, line: str, wrapped: bool) -> str:
    """A paragraph and the line that carries it on; in wrapped text a word the line break
    hyphenated ("govern-" / "ment") is one word again, its hyphen kept: whether the hyphen is the
    word's own ("north-bound") the text cannot tell, and the cleaner drops no character."""
    if wrapped and re.search(r"[^\W\d_]-$", paragraph) and line[:1].islower():
        return paragraph + line
    return f"{paragraph} {line}"


def _continues(previous: Line, paragraph: str, line: Line, function_words: frozenset[str]) -> bool:
    if previous.kind != "text" or line.kind != "text":
        return previous.block == line.block and previous.kind == line.kind
    if previous.block == line.block:
        return True
    broken = len(paragraph) >= BROKEN_LINE_LENGTH and not ends_sentence(paragraph)
    # Across a blank line, only a line that carries on in lower case, or follows a paragraph cut
    # off after a function word ("his view that"), finishes the sentence: a line opening with a
    # capital after anything else may be the next paragraph after a widget or a heading.
    last_word = paragraph.rsplit(None, 1)[-1]
    carries_on = line.text[:1].islower() or (last_word.islower() and last_word in function_words)
    return broken and carries_on and not paragraph.endswith((":", ";"))
