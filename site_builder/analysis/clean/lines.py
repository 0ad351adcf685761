"""Candidate lines: a text file's lines, or the plain-text lines of a Markdown file's blocks."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ...model import RawSource
from ...text.lexicon import DEFAULT_LANGUAGE, lexicon_for
from ...text.quotemarks import CLOSING_MARKS
from ...text.sentences import ends_sentence
from .. import metadata as meta

if TYPE_CHECKING:
    from markdown_it.token import Token

LineKind = Literal["text", "heading", "item", "image", "link"]

# A subheading is this many words at most; a longer line without a full stop is a broken paragraph.
SUBHEAD_MAX_WORDS = 10
# A line at least this long that stops mid-sentence is a paragraph broken in two.
BROKEN_LINE_LENGTH = 60


@dataclass(frozen=True, slots=True)
class Line:
    """A candidate line: a text-file line, or one line of a Markdown block's plain text."""

    text: str
    #: 1-based line in the source file.
    line: int
    #: Lines sharing a block number come from one Markdown block and form one paragraph.
    block: int
    kind: LineKind
    #: What was cut from the line before it was read: a text browser's link numbers ("[12]").
    markup: str = ""


# ------------------------------------------------------------ candidate lines


def candidate_lines(raw: RawSource) -> list[Line]:
    if raw.format == "md":
        return list(_markdown_lines(raw.text, raw.first_line))
    return list(_text_lines(raw.text, raw.first_line))


def _text_lines(text: str, first_line: int) -> Iterator[Line]:
    """Non-blank lines; a run of lines that reads as wrapped prose forms one block."""
    rows = text.split("\n")
    # Only a text browser's dump, above its list of the page's links, has link numbers and pictures.
    references = _browser_references(rows)
    run: list[tuple[int, str, str, LineKind]] = []
    block = 0
    for index, row in enumerate([*rows, ""]):
        if row.strip():
            numbers = "".join(LINK_NUMBER.findall(row)) if index < references else ""
            kind: LineKind = "link" if numbers and _LISTED_LINK.match(row) else "text"
            run.append((first_line + index, (LINK_NUMBER.sub("", row) if numbers else row).strip(), numbers, kind))
            continue
        separate = _one_paragraph_per_line([piece for _, piece, _, _ in run])
        # A text browser shows a picture as its name in brackets ("[IMG]", "[fire-scene.jpg]"), its
        # caption and credit in the lines under it.
        picture = index < references and bool(run) and bool(_PICTURE.match(run[0][1]))
        captioned = picture and len(run) <= _CAPTION_LINES
        for position, (line, piece, numbers, kind) in enumerate(run):
            block += 1 if separate or position == 0 else 0
            head, *stamp = _split_off_stamp(piece)
            shows_picture = picture and (position == 0 or captioned)
            yield Line(head, line, block, "image" if shows_picture else kind, numbers)
            for part in stamp:
                block += 1
                yield Line(part, line, block, "text")
        run = []


# A text browser's dump of a page (lynx -dump, w3m): each link numbered where it stands
# ("[12]Sport"), the numbers' addresses listed under "References" at the end, and each picture
# shown by its name in brackets ("[IMG]", "[fire-scene.jpg]"). The numbers are no text of the
# page: they are cut before a line is read (and listed as removed, as markup).
_REFERENCES_HEADING = re.compile(r"^\s*references:?\s*$", re.IGNORECASE)
_REFERENCE_ENTRY = re.compile(r"^\s*(?:\[\d+\]|\d+\.)\s+\S+://")
#: Entries of the list under the heading that make it a text browser's: a "References" heading
#: over a few web addresses in an article's own notes is rarer than a dump's dozens.
_REFERENCE_ENTRIES = 3
LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
# A list entry that opens with a link ("* [17]Flood defences to get £2m"): a menu's or a list of
# other stories', as a Markdown line that is one link is.
_LISTED_LINK = re.compile(r"^\s*[*+•o-]\s+\[\d{1,4}\]")
_PICTURE = re.compile(r"^\[[^\[\]]{1,80}\]")
#: Most lines of a picture's block: the picture's name, its caption and its credit.
_CAPTION_LINES = 3


def _browser_references(rows: list[str]) -> int:
    """Where a text browser's list of the page's links starts; 0 when the text is no such dump."""
    for index, row in enumerate(rows):
        if _REFERENCES_HEADING.match(row):
            following = [r for r in rows[index + 1 : index + 2 + _REFERENCE_ENTRIES] if r.strip()]
            if sum(bool(_REFERENCE_ENTRY.match(r)) for r in following) >= _REFERENCE_ENTRIES:
                return index
    return 0


# "Headline here Posted: Monday, June 23, 2014 11:03 PM EDT Updated: ...": a scrape that ran the
# headline and its publication stamp into one line. The stamp is split off so each is seen alone.
_STAMP_LABEL = re.compile(r"(?<!First)(?<!Last)\s(?=(?:Posted|Published|Updated|Last updated)\s*:\s*\S)")


def _split_off_stamp(piece: str) -> list[str]:
    found = _STAMP_LABEL.search(piece)
    if found is None or found.start() == 0:
        return [piece]
    head, stamp = piece[: found.start()].strip(), piece[found.end() :].strip()
    if not head or meta.date_stamp(stamp) is None:
        return [piece]
    return [head, stamp]


def _markdown_lines(text: str, first_line: int) -> Iterator[Line]:
    """Plain-text lines of the Markdown blocks; raw HTML is off, so tags stay as text."""
    # Imported here: a build of plain-text seeds (most rebuilds) never pays for loading it.
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("js-default").parse(text)
    in_item = 0
    block = 0
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            in_item += 1
        elif token.type == "list_item_close":
            in_item -= 1
        if token.map is None or token.type not in {"inline", "fence", "code_block"}:
            continue
        opener = tokens[index - 1].type if index else ""
        kind = _markdown_kind(token, opener, in_item > 0)
        plain = _inline_plain_text(token) if token.type == "inline" else token.content
        pieces = [(offset, piece.strip()) for offset, piece in enumerate(plain.split("\n")) if piece.strip()]
        separate = _one_paragraph_per_line([piece for _, piece in pieces])
        for position, (offset, piece) in enumerate(pieces):
            block += 1 if separate or position == 0 else 0
            yield Line(piece, first_line + token.map[0] + offset, block, kind)


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """Whether a Markdown block's lines are separate paragraphs rather than wrapped prose.

    Scraped pages saved as Markdown put one paragraph (or subhead) per line with no blank
    line between them; wrapped prose breaks most of its lines mid-sentence.
    """
    pairs = list(itertools.pairwise(lines))
    runs_on = [_runs_on_to(line, after) for line, after in pairs]
    carried = any(runs_on)
    # Where lines plainly carry on (a hyphen, a comma, a lower-case start), the block is a narrow
    # column and any line not ending a sentence is broken too ("... of Moorfield Road, whose son").
    # A line under which a list's entry opens ("• Workers told by letter") is not broken off, nor
    # is a row of pieces set apart by bars (a menu, a stamp: "Vol. XIV No. 213 | Tuesday, ...").
    broken = [
        line
        for (line, after), runs in zip(pairs, runs_on, strict=True)
        if not list_entry(after)
        and line.count(" | ") < _BAR_PIECES
        and (stops_mid_sentence(line) or runs or (carried and not ends_sentence(line)))
    ]
    return len(broken) * 2 <= len(lines) - 1


#: Bars on a line that make it a row of pieces rather than prose.
_BAR_PIECES = 2
# A bullet opening a list's entry: "• ", "▪ ", "* ", "- " (not a hyphenated word's rest).
_LIST_MARK = re.compile(r"^[•▪◦‣●■*-]\s")


def list_entry(line: str) -> bool:
    """Whether a line opens with a bullet: an entry of a list, never a wrapped line's rest."""
    return bool(_LIST_MARK.match(line))


def _runs_on_to(line: str, after: str) -> bool:
    """A narrow column's line (a print page's text, eight words or so) that the next one carries on:
    it ends in a hyphen or a comma, or the next line opens in lower case."""
    # A lower-case word, not an address ("lucy.roe@example.co.uk" under a byline) nor a byline
    # ("by Jo Roe" under a headline).
    if re.search(r"[^\W\d_]-$|,$", line):
        return True
    # Every line of hard-wrapped text may open in lower case: the byline's full reading is asked
    # only of a line that opens as one does ("by", "written by").
    lower_case = re.match(r"[a-z]+[\s,;:]", after) is not None
    return lower_case and not (meta.opens_as_byline(after) and meta.is_byline(after, in_header=True))


def stops_mid_sentence(line: str) -> bool:
    """A line that breaks off mid-sentence: long without a full stop, or ending on "of", "the"..."""
    return not ends_sentence(line) and (len(words_of(line)) > SUBHEAD_MAX_WORDS or ends_on_function_word(line))


def ends_on_function_word(line: str) -> bool:
    """Whether the line's last word is a function word ("of", "the"): a sentence broken off."""
    words = words_of(line)
    return bool(words) and words[-1] in lexicon_for(DEFAULT_LANGUAGE).function_words


def _markdown_kind(token: Token, opener: str, in_item: bool) -> LineKind:
    if opener == "heading_open":
        return "heading"
    children = [c for c in token.children or [] if c.type != "softbreak" and (c.type != "text" or c.content.strip())]
    if children and all(c.type == "image" for c in children):
        return "image"
    if _wholly_a_link(children):
        return "link"
    return "item" if in_item else "text"


# Emphasis around a link ("**[Read more](...)**") leaves it a link alone.
_EMPHASIS = {"strong_open", "strong_close", "em_open", "em_close"}


def _wholly_a_link(children: list[Token]) -> bool:
    """A Markdown line that is one link and nothing else: a menu entry or a teaser's headline,
    never a paragraph of the article, whose links sit inside its sentences."""
    kept = [c for c in children if c.type not in _EMPHASIS]
    return (
        len(kept) >= 3
        and kept[0].type == "link_open"
        and kept[-1].type == "link_close"
        and not any(c.type == "link_open" for c in kept[1:])
    )


# "![Image 2: Burnt cars on the bridge](...)": a reader service numbers the images it describes.
IMAGE_NUMBER = re.compile(r"^(?:image|picture|photo)\s+\d+\s*:\s*", re.IGNORECASE)


def _inline_plain_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif child.type == "image":
            parts.append(IMAGE_NUMBER.sub("", child.content))
        elif child.type in {"text", "code_inline", "html_inline"}:
            parts.append(child.content)
    return "".join(parts)


# ------------------------------------------------------------ shared predicates

# Closing quote marks and brackets, escaped for use inside a regex character class.
CLOSERS = re.escape(CLOSING_MARKS)


def words_of(text: str) -> list[str]:
    return text.split()


# A word character beyond Latin Extended-B that is no digit: every letter there is one.
_BEYOND_LATIN = re.compile(r"[^\W\d_\x00-\u024f]")


def is_latin(text: str) -> bool:
    # Most texts have no letter beyond Latin Extended-B at all: that needs no count.
    if not _BEYOND_LATIN.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    return sum(ord(c) < 0x250 for c in letters) * 2 >= len(letters)
