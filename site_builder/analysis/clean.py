"""Clean stage: separate an article's own text from the page furniture scraped with it.

Scraped articles arrive with navigation bars, mastheads, captions, embedded tweets,
"ALSO READ" teasers, newsletter prompts, wire-service markers and repeated blocks. The
stage works line by line (for Markdown: line by line of each block's plain text):

1. every line is labelled, first by what it looks like on its own (``_line_reason``),
   then by where it stands (page header, tweet, link list, subhead): the passes of
   ``_LABELLING_PASSES``, whose order decides which label a line keeps;
2. furniture glued into a kept line (a teaser or a tweet run onto a sentence, a trim
   marker, a wire dateline) is cut out of it;
3. repeated paragraphs are dropped and paragraphs broken mid-sentence are rejoined.

The rules describe how web pages and wire copy are built, never particular articles.
They are conservative: when a line could be article text, it stays. Nothing is lost:
every removed piece is returned as ``RemovedText`` with a reason, so the kept text plus
the removed text hold every non-whitespace character of the input exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from markdown_it import MarkdownIt
from markdown_it.token import Token
from rapidfuzz import fuzz

from ..model import CleanedSource, CleanParagraph, RawSource, RemovalReason, RemovedText
from ..text.lexicon import DEFAULT_LANGUAGE, lexicon_for
from ..text.normalise import collapse_whitespace
from ..text.quotemarks import CLOSING_MARKS
from ..text.sentences import coarse_sentence_starts, ends_sentence
from . import metadata as meta

LineKind = Literal["text", "heading", "item", "image"]

# Longest tweet text; bounds how far above a tweet's signature line its text can reach.
_TWEET_LENGTH = 280
# A line at least this long that stops mid-sentence is a paragraph broken in two.
_BROKEN_LINE_LENGTH = 60
_SUBHEAD_MAX_WORDS = 10
_HEADLINE_MAX_WORDS = 25
# A headline written as a sentence ("Trump says ... Putin.") is short and terse.
_SENTENCE_HEADLINE_MAX_WORDS = 18
_NEAR_REPEAT_SCORE = 95
_NEAR_REPEAT_MIN_LENGTH = 60


@dataclass(frozen=True, slots=True)
class _Line:
    """A candidate line: a text-file line, or one line of a Markdown block's plain text."""

    text: str
    #: 1-based line in the source file.
    line: int
    #: Lines sharing a block number come from one Markdown block and form one paragraph.
    block: int
    kind: LineKind


@dataclass(slots=True)
class _Outcome:
    """What became of one candidate line."""

    reason: RemovalReason | None = None
    kept: str = ""
    cut: list[tuple[str, RemovalReason]] = field(default_factory=list)
    #: Furniture was cut off the end, so the paragraph ends with this line.
    tail_cut: bool = False


# ------------------------------------------------------------------ public entry


def clean_source(raw: RawSource) -> CleanedSource:
    """Split ``raw`` into article paragraphs and removed furniture, and infer its metadata."""
    lines = _candidate_lines(raw)
    reasons = _label_lines(lines)
    outcomes = _cut_glued_furniture(lines, reasons)
    paragraphs, removed = _assemble(lines, outcomes)
    paragraphs, repeats = _drop_repeats(paragraphs)
    removed = sorted([*removed, *repeats], key=lambda piece: piece.line)
    inferred = meta.infer_metadata(removed)
    return CleanedSource(
        raw=raw,
        metadata=inferred.overridden_by(raw.given),
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
    )


# ------------------------------------------------------------ candidate lines


def _candidate_lines(raw: RawSource) -> list[_Line]:
    if raw.format == "md":
        return list(_markdown_lines(raw.text, raw.first_line))
    return list(_text_lines(raw.text, raw.first_line))


def _text_lines(text: str, first_line: int) -> Iterator[_Line]:
    """Non-blank lines; a run of lines that reads as wrapped prose forms one block."""
    run: list[tuple[int, str]] = []
    block = 0
    for index, row in enumerate([*text.split("\n"), ""]):
        if row.strip():
            run.append((first_line + index, row.strip()))
            continue
        separate = _one_paragraph_per_line([piece for _, piece in run])
        for position, (line, piece) in enumerate(run):
            block += 1 if separate or position == 0 else 0
            yield _Line(piece, line, block, "text")
        run = []


def _markdown_lines(text: str, first_line: int) -> Iterator[_Line]:
    """Plain-text lines of the Markdown blocks; raw HTML is off, so tags stay as text."""
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
            yield _Line(piece, first_line + token.map[0] + offset, block, kind)


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """Whether a Markdown block's lines are separate paragraphs rather than wrapped prose.

    Scraped pages saved as Markdown put one paragraph (or subhead) per line with no blank
    line between them; wrapped prose breaks most of its lines mid-sentence.
    """
    broken = [line for line in lines[:-1] if _stops_mid_sentence(line)]
    return len(broken) * 2 <= len(lines) - 1


def _stops_mid_sentence(line: str) -> bool:
    """A line that breaks off mid-sentence: long without a full stop, or ending on "of", "the"..."""
    words = _words(line)
    function_words = lexicon_for(DEFAULT_LANGUAGE).function_words
    return not ends_sentence(line) and (len(words) > _SUBHEAD_MAX_WORDS or words[-1] in function_words)


def _markdown_kind(token: Token, opener: str, in_item: bool) -> LineKind:
    if opener == "heading_open":
        return "heading"
    children = [c for c in token.children or [] if c.type != "softbreak" and (c.type != "text" or c.content.strip())]
    if children and all(c.type == "image" for c in children):
        return "image"
    return "item" if in_item else "text"


def _inline_plain_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type in {"text", "code_inline", "html_inline"}:
            parts.append(child.content)
    return "".join(parts)


# ------------------------------------------------------------ shared predicates

# Closing quote marks and brackets, escaped for use inside a regex character class.
_CLOSERS = re.escape(CLOSING_MARKS)


def _words(text: str) -> list[str]:
    return text.split()


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(ord(c) < 0x250 for c in letters) * 2 >= len(letters)


# ------------------------------------------------------------- line-level rules

_MONTH = meta.MONTH_PATTERN
_TWEET_LINK = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+|https?://(?:www\.)?(?:twitter|x)\.com/\S+")
_TWEET_SIGNATURE = re.compile(rf"^[—–\-]{{1,2}}\s*.{{1,80}}\(@\w{{1,30}}\)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}$")
_AGENCY_TWEET = re.compile(r"^#[A-Z][A-Za-z]+\s*\|")
_SOCIAL_FURNITURE = re.compile(
    r"^(?:view this post on instagram|a post shared by .*|view (?:on|this post on) (?:twitter|x|facebook|tiktok)"
    r"|.{0,40}\(@\w+\) on (?:twitter|x|instagram|tiktok).*)$",
    re.I,
)
# Wire-copy editing marks; the short ones count only in capitals, "(more)" may be prose.
_WIRE_MARKER = re.compile(
    r"\((?i:(?:begin|end) optional trim|optional (?:trim|add)[^()]*|story can end here[^()]*)\)"
    r"|\((?:MORE|ENDS?|EDS?:[^()]*|EDITORS?:? NOTE[^()]*|ADVANCE FOR[^()]*|EMBARGOED[^()]*)\)"
)
_AUDIO = re.compile(
    r"^(?:listen to (?:this|the) (?:article|story|report)|listen(?: now)?\s*[:|]|audio(?: version| article)?"
    r"|\d+\s*min(?:ute)?s? listen|listen\s*\(\s*\d+.*)\W*$",
    re.I,
)
_VIDEO = re.compile(
    r"^(?:videos?|watch(?: the)? video|play video|watch now|watch|click to play|video player)\W*$"
    r"|^(?:VIDEO|WATCH)\s*[:|]",
    re.I,
)
_SLIDESHOW = re.compile(r"^(?:(?:photo|image|slide|picture)\s+)?\d+\s+(?:of|/)\s+\d+\b\W", re.I)
_CAPTION_START = re.compile(r"^(?:photo|photograph|image|picture|pictured|caption|file photo|photo credit)\s*:", re.I)
_CAPTION_INSIDE = re.compile(
    r"\((?:AP |Reuters |AFP )?Photo\s*[:/]|\bCredit:\s|\bPhoto credit\b|/\s*Getty Images\b", re.I
)
_CAPTION_CREDIT_END = re.compile(
    r"\([^()]*(?:\bphoto|photographer\b|\bpicture\b|\bimage\b|\bgetty\b|\bshutterstock\b|\bfile\b|\s/\s)[^()]*\)$",
    re.I,
)
_LINK_LIST_HEADER = re.compile(
    r"^(?:you (?:may|might) also like|more from .{1,40}|more (?:stories|news|on this(?: story)?)"
    r"|related(?: stories| articles| news| coverage| links| content| posts)?|recommended(?: for you| stories)?"
    r"|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|top stories|read next"
    r"|what to read next|latest (?:news|stories)|editor'?s picks|also on .{1,30}|in case you missed it)\W*$",
    re.I,
)
_TEASER_LABEL = (
    r"(?:ALSO READ|Also Read|Also read|READ ALSO|Read also|READ MORE|Read More|Read more|MUST READ|Must Read"
    r"|SEE ALSO|See also|RELATED|Related|PHOTOS|VIDEOS|GALLERY|PODCAST|FULL COVERAGE|LIVE UPDATES|MORE)"
)
_TEASER_START = re.compile(rf"^{_TEASER_LABEL}\s*[:|\-–—]\s*\S")
_TEASER_TAIL = re.compile(rf"(?<=[.!?{_CLOSERS}])\s*{_TEASER_LABEL}\s*[:|\-–—]\s*\S.*$")
_PROMO = re.compile(
    r"\b(?:sign up (?:for|to|now)|subscribe (?:to|for|now|today)|our (?:\w+ ){0,2}(?:channel|app|newsletter|podcast)s?"
    r"|(?:daily|weekly|free|our) newsletters?|follow us\b|in your inbox|download (?:the|our) app|click here)",
    re.I,
)
_AGENCY_CREDIT = re.compile(
    r"^[\[(]?\s*(?:with (?:inputs?|input|agency inputs?|wire inputs?)(?: from [^\])]*)?|inputs? from [^\])]*"
    r"|(?:additional )?(?:reporting|writing|editing|compiled|edited|written) by [^\])]*"
    r"|(?:source|sources|courtesy)\s*:\s*[^\])]{1,60})\s*[\])]?\.?$",
    re.I,
)
_CATEGORY = re.compile(
    r"^(?:[—–\-•|]\s*)?(?:categor(?:y|ies)|tags?|topics?|filed under|sections?|keywords)\s*:", re.I
)
_ADVERTISEMENT = re.compile(
    r"^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?"
    r"|continue reading(?: below)?|scroll to continue(?: with content)?)\W*$",
    re.I,
)


def _line_reason(text: str, latin_document: bool) -> RemovalReason | None:
    """Why ``text`` is furniture judging by the line alone, or ``None`` if it may be article text."""
    for reason, test in _LINE_RULES:
        if test(text):
            return reason
    if latin_document and len(_words(text)) <= 6 and not _is_latin(text):
        return "navigation"  # a language-switch link ("read in Hindi") on an English page
    return None


def _is_social_embed(text: str) -> bool:
    return bool(_TWEET_SIGNATURE.match(text) or _AGENCY_TWEET.match(text) or _SOCIAL_FURNITURE.match(text))


def _is_wire_marker_line(text: str) -> bool:
    return not _WIRE_MARKER.sub("", text).strip()


def _is_stamp(text: str) -> bool:
    return meta.date_stamp(text) is not None


def _is_navigation(text: str) -> bool:
    if meta.is_clock_stamp(text):
        return True  # the page's "now" with time zone, often glued to other header links
    segments = [s.strip() for s in re.split(r"\s+[|•·]\s+", text) if s.strip()]
    if len(segments) >= 3 and all(len(s.split()) <= 3 and not ends_sentence(s) for s in segments):
        return True  # "Home | World | Business"
    tokens = [t.casefold() for t in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text)]
    lexicon = lexicon_for(DEFAULT_LANGUAGE)
    return (
        0 < len(tokens) <= 8
        and all(t in lexicon.navigation_words or t in lexicon.navigation_filler_words for t in tokens)
        and any(t in lexicon.navigation_words for t in tokens)
        and not ends_sentence(text)
    )


def _is_photo_caption(text: str) -> bool:
    if len(_words(text)) > 80:
        return False
    return bool(_CAPTION_START.match(text) or _CAPTION_INSIDE.search(text) or _CAPTION_CREDIT_END.search(text))


def _is_newsletter_prompt(text: str) -> bool:
    return len(_words(text)) <= 40 and bool(_PROMO.search(text))


def _is_dash_credit(text: str) -> bool:
    """A reporter credit set off by a dash: "-- Jane Doe and John Roe in Paris"."""
    return bool(re.match(r"^(?:--|—|–)\s*[A-Z]", text)) and meta.byline_name(text) is not None


# The first rule that matches a line gives its reason.
_LINE_RULES: tuple[tuple[RemovalReason, Callable[[str], bool]], ...] = (
    ("social-media embed", _is_social_embed),
    ("wire-service marker", _is_wire_marker_line),
    ("dateline/publication stamp", _is_stamp),
    ("navigation", _is_navigation),
    ("advertisement", lambda t: bool(_ADVERTISEMENT.match(t))),
    ("audio player prompt", lambda t: len(_words(t)) <= 10 and bool(_AUDIO.match(t))),
    ("video placeholder", lambda t: bool(_VIDEO.match(t))),
    ("slideshow caption", lambda t: bool(_SLIDESHOW.match(t))),
    ("photo caption", _is_photo_caption),
    ("link list", lambda t: bool(_LINK_LIST_HEADER.match(t))),
    ("related-link teaser", lambda t: bool(_TEASER_START.match(t))),
    ("newsletter prompt", _is_newsletter_prompt),
    ("agency credit", lambda t: bool(_AGENCY_CREDIT.match(t))),
    ("category label", lambda t: bool(_CATEGORY.match(t))),
    ("masthead", lambda t: meta.known_outlet(t) is not None),
    ("byline", lambda t: meta.is_byline(t, in_header=False) or _is_dash_credit(t)),
)


# --------------------------------------------------------------- labelling passes


@dataclass(slots=True)
class _Page:
    """The candidate lines of one article and the labels the passes have given them so far."""

    lines: list[_Line]
    #: One per line: why it is furniture, or ``None`` while it may be article text.
    reasons: list[RemovalReason | None]
    #: Index of the first line of the article body, found by the header pass.
    body_start: int = 0


def _label_lines(lines: list[_Line]) -> list[RemovalReason | None]:
    page = _Page(lines, [None] * len(lines))
    for label in _LABELLING_PASSES:
        label(page)
    return page.reasons


def _label_by_line_alone(page: _Page) -> None:
    """What a line is on its own: an image is a photo caption, other lines go through ``_LINE_RULES``."""
    latin = _is_latin(" ".join(line.text for line in page.lines))
    for i, line in enumerate(page.lines):
        page.reasons[i] = "photo caption" if line.kind == "image" else _line_reason(line.text, latin)


def _label_caption_titles(page: _Page) -> None:
    """A short title line right above a photo caption is the image's label ("Smith, Jones")."""
    lines, reasons = page.lines, page.reasons
    for i in range(len(lines) - 1):
        text = lines[i].text
        is_short_title = len(_words(text)) <= 6 and not ends_sentence(text)
        if reasons[i] is None and reasons[i + 1] == "photo caption" and is_short_title:
            reasons[i] = "photo caption"


def _tweet_cut(text: str) -> int | None:
    """Where an embedded tweet starts in a line holding a tweet link; ``None`` without a link.

    The tweet is often glued onto the sentence before it with no space ("...deal.Putin
    says ... pic.twitter.com/x"); then the article part ends at that glued full stop.
    """
    link = _TWEET_LINK.search(text)
    if link is None:
        return None
    glued = [m.end() for m in re.finditer(rf"[a-z0-9][.!?][{_CLOSERS}]?(?=[A-Z“\"‘])", text[: link.start()])]
    if glued:
        return glued[-1]
    if len(_TWEET_LINK.sub("", text)) <= _TWEET_LENGTH:
        return 0
    fitting = [s for s in coarse_sentence_starts(text) if len(_TWEET_LINK.sub("", text[s:])) <= _TWEET_LENGTH]
    return fitting[0] if fitting else 0


def _label_tweets(page: _Page) -> None:
    """An embedded tweet: its signature line ("— Name (@handle) July 3, 2025") and its text above."""
    lines, reasons = page.lines, page.reasons
    for i, line in enumerate(lines):
        if not _TWEET_SIGNATURE.match(line.text):
            continue
        budget = _TWEET_LENGTH
        for j in range(i - 1, -1, -1):
            text = lines[j].text
            cut = _tweet_cut(text)
            if reasons[j] is not None or cut:
                break  # a glued tweet is cut out of its line later
            size = len(_TWEET_LINK.sub("", text))
            ends_lead_in = text.endswith(":") or re.search(r"\b(?:said|says|wrote|posted|tweeted|told)\b", text)
            if j < i - 1 and (size > budget or ends_lead_in):
                break
            reasons[j] = "social-media embed"
            budget -= size


def _label_header(page: _Page) -> None:
    """Label the page header above the article: masthead, labels, headline, standfirst, byline.

    Sets ``page.body_start`` to the first line of the article body.
    """
    lines, reasons = page.lines, page.reasons
    headline_seen = False
    for i, line in enumerate(lines):
        if reasons[i] == "dateline/publication stamp" and not headline_seen and _is_unlabelled_clock_stamp(line.text):
            reasons[i] = "navigation"  # a bare date and time above the headline is the page's own clock
        if reasons[i] is not None:
            continue
        reason = _header_reason(lines, reasons, i, headline_seen)
        if reason is None:
            page.body_start = i
            return
        reasons[i] = reason
        headline_seen = headline_seen or reason == "headline"
    page.body_start = len(lines)


def _is_unlabelled_clock_stamp(text: str) -> bool:
    stamp = meta.date_stamp(text)
    return stamp is not None and stamp.rank == meta.RANK_DATE_LINE and meta.is_clock_stamp(text)


def _header_reason(
    lines: list[_Line], reasons: list[RemovalReason | None], i: int, headline_seen: bool
) -> RemovalReason | None:
    line = lines[i]
    words = _words(line.text)
    if _inside_block(lines, i):
        return None  # part of a multi-line Markdown paragraph: article text
    if not headline_seen:
        if len(words) <= 3 and not ends_sentence(line.text) and line.kind == "text":
            return "category label"  # "World", "Politics" above the headline
        following = next((lines[j] for j in range(i + 1, len(lines)) if reasons[j] is None), None)
        return "headline" if following is not None and _is_headline(line, following) else None
    if meta.is_byline(line.text, in_header=True):
        return "byline"
    if line.kind == "text" and not ends_sentence(line.text) and len(words) >= 6:
        return "standfirst"  # the summary under a headline; article sentences end in punctuation
    return None


def _inside_block(lines: list[_Line], i: int) -> bool:
    """Whether line ``i`` shares its Markdown block with a neighbour."""
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return lines[i].kind != "heading" and any(n.block == lines[i].block for n in neighbours)


def _is_headline(line: _Line, following: _Line) -> bool:
    """Whether the first text line of a page is its headline rather than the opening sentence."""
    words = _words(line.text)
    if line.kind == "heading":
        return len(words) <= 2 * _HEADLINE_MAX_WORDS
    if line.kind != "text" or not 2 <= len(words) <= _HEADLINE_MAX_WORDS:
        return False
    if words[-1] in lexicon_for(DEFAULT_LANGUAGE).function_words or following.text[:1].islower():
        return False  # a sentence broken off mid-way, continued on the next line
    if not ends_sentence(line.text):
        return True
    # A lede sentence also stands alone at the top; headlines are shorter than what
    # follows them, drop articles ("a", "the") and are a single sentence.
    articles = sum(w.casefold() in {"a", "an", "the"} for w in words)
    return (
        len(words) <= _SENTENCE_HEADLINE_MAX_WORDS
        and len(words) < len(_words(following.text))
        and articles <= 1
        and not coarse_sentence_starts(line.text)
        and not line.text.startswith(("\"", "“", "'", "‘"))
    )


def _label_link_lists(page: _Page) -> None:
    """Headlines listed under "You may also like"/"RELATED:", up to the next article paragraph."""
    lines, reasons = page.lines, page.reasons
    in_list = False
    for i, line in enumerate(lines):
        if reasons[i] == "link list":
            in_list = True
        elif reasons[i] is None and in_list:
            if _looks_like_article_paragraph(line.text):
                in_list = False
            else:
                reasons[i] = "link list"


def _looks_like_article_paragraph(text: str) -> bool:
    return ends_sentence(text) and len(_words(text)) >= 12


def _label_subheads(page: _Page) -> None:
    """Short title-like lines between paragraphs are subheads; after the article, page links."""
    lines, reasons = page.lines, page.reasons
    for i in range(page.body_start, len(lines)):
        line = lines[i]
        if reasons[i] is not None or line.kind == "item" or _inside_block(lines, i):
            continue
        if line.kind == "heading" or _is_subhead(line.text):
            article_follows = any(r is None for r in reasons[i + 1 :])
            reasons[i] = "section heading" if article_follows else "navigation"


def _is_subhead(text: str) -> bool:
    words = _words(text)
    if len(words) > _SUBHEAD_MAX_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True  # "'OUR STREET!'" style all-capital subheads may end in punctuation
    starts_like_title = text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘"
    ends_open = ends_sentence(text) or _stops_mid_sentence(text) or text.endswith((":", ",", ";"))
    return starts_like_title and not ends_open


# The labelling passes, in the order they run. A pass labels only lines that are still
# unlabelled, so the first pass to recognise a line decides its reason: what a line is on
# its own comes first, then where it stands. Later passes build on earlier labels: a caption
# title sits above a "photo caption" line, a tweet's text stops at a labelled line, the
# header pass skips labelled lines and ends at the first article line, a link list grows
# from its "link list" header line, and subheads are looked for only below the header.
#
# One label is overwritten, by the header pass: a "dateline/publication stamp" that is a
# bare date and time above the headline becomes "navigation". Only the header pass knows
# where a line stands, and there such a stamp is the page's own clock, which metadata.py
# must not read as the article's date. After labelling, cutting glued furniture and
# dropping repeats change only lines and paragraphs that no pass labelled.
_LABELLING_PASSES: tuple[Callable[[_Page], None], ...] = (
    _label_by_line_alone,
    _label_caption_titles,
    _label_tweets,
    _label_header,
    _label_link_lists,
    _label_subheads,
)


# ------------------------------------------------------------- glued furniture

_DATELINE = re.compile(
    r"^(?:[A-Z]{2}[A-Z.'’\-]*(?:\s+[A-Z]{2}[A-Z.'’\-]*)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*"
    r"(?:\([^()]{1,40}\))?|\([^()]{1,40}\))\s*(?:--|—|–|-)\s+(?=\S)"
)
_CONTRIBUTOR_SENTENCE = re.compile(
    r"^(?:[^.!?]*\bcontributed(?: reporting)? to this (?:report|story|article)|(?:additional )?reporting by [^.!?]*)"
    r"\.?$",
    re.I,
)
_REPORTED_FROM = re.compile(r"^[A-Z][\w'’\-]+(?: and [A-Z][\w'’\-]+)? reported from [A-Z][\w .,'’\-]*\.$")


def _cut_glued_furniture(lines: list[_Line], reasons: list[RemovalReason | None]) -> list[_Outcome]:
    kept = [i for i, reason in enumerate(reasons) if reason is None]
    first, last = (kept[0], kept[-1]) if kept else (-1, -1)
    outcomes: list[_Outcome] = []
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            outcomes.append(_Outcome(reason=reasons[i]))
            continue
        outcome = _Outcome(kept=line.text)
        for cutter, applies in (
            (_cut_dateline, i == first),
            (_cut_wire_markers, True),
            (_cut_teaser_tail, True),
            (_cut_tweet_tail, True),
            (_cut_contributor_credit, True),
            (_cut_reported_from, i == last),
        ):
            if applies and outcome.kept:
                cutter(outcome)
        if not outcome.kept and outcome.cut:
            # Nothing of the line was article text: report it whole under its first reason.
            outcome = _Outcome(reason=outcome.cut[0][1])
        outcomes.append(outcome)
    return outcomes


def _cut_wire_markers(outcome: _Outcome) -> None:
    for piece in [m.group(0) for m in _WIRE_MARKER.finditer(outcome.kept)]:
        before, _, after = outcome.kept.partition(piece)
        outcome.kept = f"{before.rstrip()} {after.lstrip()}".strip()
        outcome.cut.append((piece, "wire-service marker"))


def _cut_teaser_tail(outcome: _Outcome) -> None:
    match = _TEASER_TAIL.search(outcome.kept)
    if match:
        outcome.cut.append((match.group(0).strip(), "related-link teaser"))
        outcome.kept = outcome.kept[: match.start()].rstrip()
        outcome.tail_cut = True


def _cut_tweet_tail(outcome: _Outcome) -> None:
    cut = _tweet_cut(outcome.kept)
    if cut is not None:
        outcome.cut.append((outcome.kept[cut:].strip(), "social-media embed"))
        outcome.kept = outcome.kept[:cut].rstrip()
        outcome.tail_cut = True


def _cut_dateline(outcome: _Outcome) -> None:
    """"WASHINGTON (AP) — " opening the first paragraph: wire furniture, not a sentence."""
    match = _DATELINE.match(outcome.kept)
    if match and len(_words(outcome.kept[match.end() :])) >= 5:
        outcome.cut.append((match.group(0).strip(), "dateline"))
        outcome.kept = outcome.kept[match.end() :]


def _cut_contributor_credit(outcome: _Outcome) -> None:
    _cut_last_sentence(outcome, _CONTRIBUTOR_SENTENCE, "contributor credit")


def _cut_reported_from(outcome: _Outcome) -> None:
    _cut_last_sentence(outcome, _REPORTED_FROM, "contributor credit")


def _cut_last_sentence(outcome: _Outcome, pattern: re.Pattern[str], reason: RemovalReason) -> None:
    starts = [0, *coarse_sentence_starts(outcome.kept)]
    last = outcome.kept[starts[-1] :].strip()
    if pattern.match(last):
        outcome.cut.append((last, reason))
        outcome.kept = outcome.kept[: starts[-1]].rstrip()
        outcome.tail_cut = True


# ------------------------------------------------------------------ assembling


def _assemble(lines: list[_Line], outcomes: list[_Outcome]) -> tuple[list[CleanParagraph], list[RemovedText]]:
    """Turn kept lines into paragraphs, rejoining Markdown blocks and broken paragraphs."""
    paragraphs: list[CleanParagraph] = []
    removed: list[RemovedText] = []
    previous: _Line | None = None  # the last kept line, while its paragraph may go on
    for line, outcome in zip(lines, outcomes, strict=True):
        if outcome.reason is not None:
            removed.append(RemovedText(line.text, outcome.reason, line.line))
            previous = None  # never join across furniture
            continue
        removed.extend(RemovedText(text, reason, line.line) for text, reason in outcome.cut)
        if previous is not None and _continues(previous, paragraphs[-1].text, line):
            last = paragraphs[-1]
            paragraphs[-1] = CleanParagraph(f"{last.text} {outcome.kept}", last.line)
        else:
            paragraphs.append(CleanParagraph(outcome.kept, line.line))
        previous = None if outcome.tail_cut else line
    return paragraphs, removed


def _continues(previous: _Line, paragraph: str, line: _Line) -> bool:
    if previous.kind != "text" or line.kind != "text":
        return previous.block == line.block and previous.kind == line.kind
    if previous.block == line.block:
        return True
    broken = len(paragraph) >= _BROKEN_LINE_LENGTH and not ends_sentence(paragraph)
    return broken and not paragraph.endswith((":", ";"))


def _normalised(text: str) -> str:
    return collapse_whitespace(re.sub(r"\W+", " ", text.casefold()))


def _drop_repeats(paragraphs: list[CleanParagraph]) -> tuple[list[CleanParagraph], list[RemovedText]]:
    """Keep the first of paragraphs repeated exactly or nearly (pages often render a block twice)."""
    kept: list[CleanParagraph] = []
    seen = _SeenParagraphs()
    repeats: list[RemovedText] = []
    for paragraph in paragraphs:
        key = _normalised(paragraph.text)
        if key and seen.has_same(key):
            repeats.append(RemovedText(paragraph.text, "repeated paragraph", paragraph.line))
            continue
        kept.append(paragraph)
        seen.add(key)
    return kept, repeats


# Character classes counted for the near-repeat prefilter: a-z, 0-9, space, the rest folded together.
_HISTOGRAM_BINS = 48


def _character_bin(code: int) -> int:
    char = chr(code)
    if "a" <= char <= "z":
        return code - ord("a")
    if "0" <= char <= "9":
        return 26 + code - ord("0")
    return 36 if char == " " else 37 + code % 11


_ASCII_BIN = np.array([_character_bin(code) for code in range(128)], dtype=np.intp)


def _histogram(key: str) -> np.ndarray:
    codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32)
    bins = np.where(codes < 128, _ASCII_BIN[codes & 127], 37 + codes % 11)
    return np.bincount(bins, minlength=_HISTOGRAM_BINS).astype(np.int32)


class _SeenParagraphs:
    """The normalised paragraphs kept so far, and whether a new one repeats one of them: the same
    text, or both at least 60 characters long and ``fuzz.ratio`` >= 95 (a near repeat).

    Exact repeats are a set lookup. A near repeat has an indel distance of at
    most 5% of the two lengths together, and that distance is at least the difference of their
    lengths and of their character counts; only paragraphs within both bounds are compared in full.
    """

    def __init__(self) -> None:
        self._exact: set[str] = set()
        self._long: list[str] = []
        self._lengths = np.zeros(64, dtype=np.int64)
        self._histograms = np.zeros((64, _HISTOGRAM_BINS), dtype=np.int32)
        #: The histogram of the key last asked about, usually the next one added.
        self._last_key, self._last = "", np.zeros(_HISTOGRAM_BINS, dtype=np.int32)

    def add(self, key: str) -> None:
        self._exact.add(key)
        if len(key) < _NEAR_REPEAT_MIN_LENGTH:
            return
        size = len(self._long)
        if size == len(self._lengths):
            self._lengths = np.resize(self._lengths, 2 * size)
            self._histograms = np.resize(self._histograms, (2 * size, _HISTOGRAM_BINS))
        self._lengths[size] = len(key)
        self._histograms[size] = self._last if self._last_key == key else _histogram(key)
        self._long.append(key)

    def has_same(self, key: str) -> bool:
        if key in self._exact:
            return True
        if len(key) < _NEAR_REPEAT_MIN_LENGTH or not self._long:
            return False
        self._last_key, self._last = key, _histogram(key)
        lengths = self._lengths[: len(self._long)]
        # The bound is loosened by one so rounding never drops a pair fuzz.ratio would accept.
        allowed = (100 - _NEAR_REPEAT_SCORE) / 100 * (lengths + len(key)) + 1
        (close,) = np.nonzero(np.abs(lengths - len(key)) <= allowed)
        if close.size:
            counts = np.abs(self._histograms[close] - self._last).sum(axis=1)
            close = close[counts <= allowed[close]]
        return any(fuzz.ratio(key, self._long[i]) >= _NEAR_REPEAT_SCORE for i in close.tolist())
