"""Labelling passes: what a line is by where it stands (page header, tweet, link list, subhead)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ...model import RemovalReason
from ...text.lexicon import DEFAULT_LANGUAGE, available_languages, lexicon_for
from ...text.quotemarks import CLOSING_MARKS, MIN_QUOTE_WORDS, QUOTATION_OPENERS
from ...text.script import CAPITAL, UPPER
from ...text.sentences import coarse_sentence_starts, ends_sentence
from .. import metadata as meta
from .exports import Export
from .lines import (
    CLOSERS,
    SUBHEAD_MAX_WORDS,
    Line,
    LineKind,
    ends_on_function_word,
    is_latin,
    list_entry,
    stops_mid_sentence,
    words_of,
)
from .rules import (
    DATELINE_OPENING,
    HOLDER_OF_ROLE,
    RELEASE_TRAILER,
    RELEASE_WIRE,
    TWEET_LINK,
    TWEET_SIGNATURE,
    TWEET_SIGNATURE_END,
    WRITER_NOTE,
    WRITER_NOTE_WORDS,
    is_scene_without_stop,
    line_reason,
)

# --------------------------------------------------------------- labelling passes

# Longest tweet text; bounds how far above a tweet's signature line its text can reach.
TWEET_LENGTH = 280
HEADLINE_MAX_WORDS = 25
# A headline written as a sentence ("Trump says ... Putin.") is short and terse.
SENTENCE_HEADLINE_MAX_WORDS = 18


@dataclass(slots=True)
class _Page:
    """The candidate lines of one article and the labels the passes have given them so far."""

    lines: list[Line]
    #: One per line: why it is furniture, or ``None`` while it may be article text.
    reasons: list[RemovalReason | None]
    #: Index of the first line of the article body, found by the header pass.
    body_start: int = 0
    #: The headline a database export's or a feed's field states: a line of the text is the
    #: headline only if it prints it again.
    stated_title: str | None = None


def label_lines(lines: list[Line], export: Export | None = None) -> list[RemovalReason | None]:
    """Why each line is furniture, or ``None``; ``export``: the database fields among the lines."""
    page = _Page(lines, [None] * len(lines), stated_title=export.metadata.title if export is not None else None)
    for label in _LABELLING_PASSES:
        label(page)
        if label is _label_by_line_alone and export is not None:
            _label_export_fields(page, export)
    return page.reasons


def _label_export_fields(page: _Page, export: Export) -> None:
    """A database export's fields, their values and its heading, whatever a line alone looked like."""
    for i in export.lines:
        page.reasons[i] = "database export field"


def _label_by_line_alone(page: _Page) -> None:
    """What a line is on its own: an image is a photo caption, a line that is wholly a link is a
    link list's entry, other lines go through ``LINE_RULES``."""
    latin = is_latin(" ".join(line.text for line in page.lines))
    by_kind: dict[LineKind, RemovalReason] = {"image": "photo caption", "link": "link list"}
    for i, line in enumerate(page.lines):
        # The site's name linking to its home page is its masthead, which the header pass finds.
        site_link = line.kind == "link" and meta.site_name(line.text, placed=True) is not None
        by_its_kind = None if site_link else by_kind.get(line.kind)
        page.reasons[i] = by_its_kind or line_reason(line.text, latin)


def _label_caption_titles(page: _Page) -> None:
    """A short title line right above a photo caption is the image's label ("Smith, Jones")."""
    lines, reasons = page.lines, page.reasons
    for i in range(len(lines) - 1):
        text = lines[i].text
        is_short_title = len(words_of(text)) <= 6 and not ends_sentence(text)
        if reasons[i] is None and reasons[i + 1] == "photo caption" and is_short_title:
            reasons[i] = "photo caption"


def tweet_cut(text: str) -> int | None:
    """Where an embedded tweet starts in a line holding a tweet link or ending with a tweet's
    signature; ``None`` without either.

    The tweet is often glued onto the sentence before it with no space ("...deal.Putin
    says ... pic.twitter.com/x"); then the article part ends at that glued full stop. (A
    straight quotation mark after a full stop opens the next sentence only before a capital:
    in 'said "today." pic.twitter.com/x' it closes a quotation.)
    """
    link = TWEET_LINK.search(text) or TWEET_SIGNATURE_END.search(text)
    if link is None:
        return None
    glued = [
        m.end() for m in re.finditer(rf"[a-z0-9][.!?][{CLOSERS}]?(?=[{CAPITAL}“‘]|\"{UPPER})", text[: link.start()])
    ]
    if glued:
        return glued[-1]
    if len(TWEET_LINK.sub("", text)) <= TWEET_LENGTH:
        return 0
    fitting = [s for s in coarse_sentence_starts(text) if len(TWEET_LINK.sub("", text[s:])) <= TWEET_LENGTH]
    return fitting[0] if fitting else 0


def _label_tweets(page: _Page) -> None:
    """An embedded tweet: its signature line ("— Name (@handle) July 3, 2025") and its text above."""
    lines, reasons = page.lines, page.reasons
    speech_verbs = lexicon_for(DEFAULT_LANGUAGE).speech_verbs
    for i, line in enumerate(lines):
        if not TWEET_SIGNATURE.match(line.text):
            continue
        author = _signature_names(line.text)
        budget = TWEET_LENGTH
        for j in range(i - 1, -1, -1):
            text = lines[j].text
            cut = tweet_cut(text)
            if reasons[j] is not None or cut:
                break  # a glued tweet is cut out of its line later
            size = len(TWEET_LINK.sub("", text))
            # A line that reports speech ("Lomax added that ...") is the article's, above the tweet;
            # a tweet may paraphrase someone too, with a participle ("..., saying he ...").
            words = re.findall(r"\w+", text.lower())
            reports_speech = any(word in speech_verbs and not word.endswith("ing") for word in words)
            ends_lead_in = text.endswith(":") or reports_speech
            # "Tory MP Jo Roe ... branded the fine 'a slap on the wrist'." above her tweet: a post
            # does not name its own author; the article does, to introduce it.
            names_author = any(re.sub(r"['’]s$", "", word) in author for word in re.findall(r"[^\W\d_][\w’'-]*", text))
            if j < i - 1 and (size > budget or ends_lead_in or names_author):
                break
            reasons[j] = "social-media embed"
            budget -= size


def _signature_names(signature: str) -> frozenset[str]:
    """The words of the name a tweet's signature gives ("— Dame Jo Roe MP (@JoRoeMP) ..." -> Dame, Jo,
    Roe): capitalised, more than two letters, not in capitals."""
    name = signature.lstrip("—–- ").split("(@", 1)[0]
    words = re.findall(r"[^\W\d_][\w’'-]*", name)
    return frozenset(word for word in words if word[:1].isupper() and len(word) > 2 and not word.isupper())


def _label_header(page: _Page) -> None:
    """Label the page header above the article: masthead, labels, headline, standfirst, byline.

    Sets ``page.body_start`` to the first line of the article body.
    """
    lines, reasons = page.lines, page.reasons
    _label_dated_credits(lines, reasons)
    credits_line = _credits_line(lines, reasons)
    _label_masthead(lines, reasons, credits_line)
    if page.stated_title is None:
        headline_at = _headline_by_its_words(lines, reasons, credits_line)
    else:
        headline_at = _printed_title(lines, reasons, page.stated_title)
    # A short line between the site's menu and the headline is the section's label ("COUNTY").
    labels_from = _last_site_menu(lines, reasons, headline_at) + 1 if headline_at >= 0 else 0
    headline_seen = page.stated_title is not None
    top = next((i for i in range(max(headline_at, 0)) if reasons[i] is None), None)
    for i, line in enumerate(lines):
        if i < headline_at and reasons[i] is None:
            label = 0 < labels_from <= i and not _may_head(line)
            # The site's name on the top line above its menu ("The Example Falls Record"); else a
            # site's tagline or menu above the headline the article bears out.
            # (The article may well name the site's town: "The Pembrook Valley Sun" over a flood there.)
            masthead = i == top and i < labels_from - 1 and meta.site_name(line.text, placed=True) is not None
            reasons[i] = "category label" if label else "masthead" if masthead else "navigation"
            continue
        if i == headline_at:
            reasons[i] = "headline"
            headline_seen = True
            continue
        after_byline = i > 0 and reasons[i - 1] == "byline"  # "By Jo Roe" / "Tuesday, May 3, 2019 | 7:48 p.m."
        clock = reasons[i] == "dateline/publication stamp" and _is_unlabelled_clock_stamp(line.text)
        if clock and not headline_seen and not after_byline:
            reasons[i] = "navigation"  # a bare date and time above the headline is the page's own clock
        if reasons[i] is not None:
            continue
        reason = _header_reason(lines, reasons, i, headline_seen, credits_line)
        if reason is None:
            page.body_start = i
            _headline_the_article_bears_out(page)
            return
        reasons[i] = reason
        headline_seen = headline_seen or reason == "headline"
    page.body_start = len(lines)


def _printed_title(lines: list[Line], reasons: list[RemovalReason | None], title: str) -> int:
    """The line above the article that prints the title a field states, or -1. (Below the first
    paragraph of the article, the title is a teaser's link to the page, not its headline.)"""
    for i, line in enumerate(lines):
        if meta.prints_title(line.text, title):
            return i
        if reasons[i] is None and len(words_of(line.text)) > SUBHEAD_MAX_WORDS:
            return -1
    return -1


def _headline_the_article_bears_out(page: _Page) -> None:
    """A headline the article shares no words with, above a deck it shares several with, is the
    site's slogan over a page that prints its date before its headline ("Germany's news in
    English" / date / "Deutsche Bahn raises ticket prices"): the deck is the headline."""
    lines, reasons = page.lines, page.reasons
    header = range(page.body_start)
    headline = next((i for i in header if reasons[i] == "headline"), None)
    if headline is None:
        return
    article = _ArticleWords.of(line.text for line in lines[page.body_start :])
    if article.shared(lines[headline].text):
        return
    deck = next(
        (
            i
            for i in header
            if i > headline
            and reasons[i] == "standfirst"
            and _may_head(lines[i])
            and not lines[i].text.rstrip(CLOSERS).endswith(".")
            and article.bears_out(lines[i].text)
        ),
        None,
    )
    if deck is not None:
        reasons[headline], reasons[deck] = "navigation", "headline"


def _headline_by_its_words(lines: list[Line], reasons: list[RemovalReason | None], credits_line: int) -> int:
    """Which of several lines above a page's byline and date is its headline, when the first of
    them is not: the first that shares words with the article below ("Skip to more sites", "Your
    town. Your news." or a site's motto above "Dog walker finds Roman coins in field" share none of
    the words of a story about the coins). -1 when the first line may be the headline."""
    if credits_line < 0:
        return _headline_under_site_menu(lines, reasons)
    above = [i for i in range(credits_line) if reasons[i] is None and lines[i].kind == "text" and _may_head(lines[i])]
    # The site's own header ends with its row of sections: what stands above it is its name and its
    # motto ("Local news for Halvard Bay and the North Shore"), whatever words they share with the
    # article, and the headline is under it.
    menu = _last_site_menu(lines, reasons, above[-1] if above else -1)
    under_menu = [i for i in above if i > menu]
    if menu >= 0 and under_menu:
        above = under_menu
    # The first line may be the headline (-1); under the site's menu, it is.
    first_line = above[0] if menu >= 0 and above else -1
    if len(above) < 2:
        return first_line
    article = _ArticleWords.of(lines[j].text for j in range(credits_line + 1, len(lines)) if reasons[j] is None)
    for i in above:
        if article.bears_out(lines[i].text):
            # A sentence with its full stop further down is the deck, not the headline.
            first = i == above[0] or lines[i].text.rstrip(CLOSERS).endswith(".")
            return first_line if first else i
    return first_line


def _headline_under_site_menu(lines: list[Line], reasons: list[RemovalReason | None]) -> int:
    """On a page with no byline or date under its headline, the line right under the site's row of
    sections near the top, when it reads as a headline (no full stop ending it): the site's name
    and motto stand above the menu. -1 when there is no such menu or line."""
    menu = next((i for i in range(min(len(lines), _TOP_MENU_LINES)) if _is_site_menu(lines[i], reasons[i])), -1)
    if menu < 0:
        return -1
    under = next((i for i in range(menu + 1, len(lines)) if reasons[i] is None), None)
    if under is None or lines[under].kind != "text" or not _may_head(lines[under]):
        return -1
    words = words_of(lines[under].text)
    return under if len(words) <= HEADLINE_MAX_WORDS and not ends_sentence(lines[under].text) else -1


#: How far from the top of a page its row of sections may stand.
_TOP_MENU_LINES = 6


def _last_site_menu(lines: list[Line], reasons: list[RemovalReason | None], before: int) -> int:
    """The last row of the site's links above line ``before`` ("Home | News | Sports | Opinion",
    "Sections | Subscribe | Log in"), -1 when none: three links or more, none of them a button
    that shares the article ("Share | Tweet | Email" may stand between a headline and its deck)."""
    return next((i for i in range(before - 1, -1, -1) if _is_site_menu(lines[i], reasons[i])), -1)


def _is_site_menu(line: Line, reason: RemovalReason | None) -> bool:
    if reason != "navigation":
        return False
    links = [link.strip().casefold() for link in _MENU_SEPARATOR.split(line.text) if link.strip()]
    return len(links) >= _MENU_LINKS and not any(set(link.split()) & _SHARE_WORDS for link in links)


_MENU_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s{2,}")
_MENU_LINKS = 3
_SHARE_WORDS = frozenset().union(*(lexicon_for(code).share_words for code in available_languages()))


@dataclass(frozen=True, slots=True)
class _ArticleWords:
    """The words of an article's first lines that a headline is checked against."""

    #: Its content words, lower case.
    content: set[str]
    #: The words it writes in lower case somewhere: what it is about, not whom or where.
    common: set[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> _ArticleWords:
        read = " ".join(" ".join(texts).split()[:_BODY_WORDS_READ])
        content = _content_words(read, _HEADLINE_STOP_WORDS, _HEADLINE_WORD_LETTERS)
        return cls(content, {word for word in re.findall(r"[^\W\d_]+", read) if word.islower()})

    def shared(self, line: str) -> set[str]:
        return _content_words(line, _HEADLINE_STOP_WORDS, _HEADLINE_WORD_LETTERS) & self.content

    def bears_out(self, line: str) -> bool:
        """Two of the line's words in the article, one of them a word it writes in lower case: a
        tagline shares only names with it ("Serving Harlow County since 1887" above a story about
        a Harlow County landfill)."""
        shared = self.shared(line)
        return len(shared) >= _HEADLINE_SHARED_WORDS and bool(shared & self.common)


#: Words of the article a headline is checked against, and how many it must share with them.
_BODY_WORDS_READ = 250
_HEADLINE_SHARED_WORDS = 2
#: Shorter words ("US", "to") say too little of a story to tell its headline.
_HEADLINE_WORD_LETTERS = 3


def _content_words(text: str, ignored: frozenset[str], shortest: int = 1) -> set[str]:
    """The words of ``text`` that say what it is about, lower case: of ``shortest`` letters or more,
    none of the ``ignored`` ones."""
    return {word for word in re.findall(r"[^\W\d_]+", text.casefold()) if len(word) >= shortest and word not in ignored}


def _is_unlabelled_clock_stamp(text: str) -> bool:
    stamp = meta.date_stamp(text)
    return (
        stamp is not None
        and stamp.rank == meta.RANK_DATE_LINE
        and meta.is_clock_stamp(text)
        and not meta.has_stamp_label(text)  # "3 May 2019 Last updated at 17:05": the article's own
    )


def _header_reason(
    lines: list[Line], reasons: list[RemovalReason | None], i: int, headline_seen: bool, credits_line: int
) -> RemovalReason | None:
    line = lines[i]
    words = words_of(line.text)
    if i < credits_line and _highlights_block(lines, reasons, i):
        return "standfirst"  # the story's points listed above its byline, a line each
    if _inside_block(lines, i) and not (i < credits_line and _short_block(lines, i)):
        return None  # part of a multi-line paragraph: article text (a deck wrapped above the byline is not)
    if (
        not headline_seen
        and i <= credits_line
        and _is_credited_name(line.text)
        and meta.opens_with_given_name(line.text)
    ):
        return "byline"  # "Jo Roe, The Example Examiner" over the stamp on a page whose headline was lost
    if i > 0 and reasons[i - 1] == "byline" and meta.is_job_title(line.text):
        return "contributor credit"  # "By Ron Roe" / "Tribune-Star Sports Editor": the byline's job
    if not headline_seen and _framed_by_icons(line.text):
        return "masthead"  # "≡  The Corrington Daily Press  🔍": the site's bar, its buttons either side
    if not headline_seen and _row_of_labels(line.text):
        return "category label"  # "Sport | Ashworth Town" above the headline
    if not headline_seen:
        person = meta.opens_with_given_name(line.text) and meta.is_name_list(line.text)
        if len(words) <= 3 and person and not any(word.casefold() in _SECTION_WORDS for word in words):
            # "Ruth Okafor" over the lede of a page that prints no headline (not "Asia Pacific", a section).
            return "byline"
        if len(words) <= 3 and line.kind == "text" and (not ends_sentence(line.text) or _names_a_section(words)):
            # "World", "Politics" above the headline; but a short line of its own words right above
            # the lede is the headline ("The Brooklyn debate" / "Sanders and Clinton sparred ... .").
            following = next((lines[j] for j in range(i + 1, len(lines)) if reasons[j] is None), None)
            return "headline" if _heads_the_lede(words, following) else "category label"
        if i < credits_line:
            # The first line of some length above the byline and date, whatever it ends with when a
            # deck follows it; a lone sentence there may be the lede ("Jo Roe had lived in her home
            # for 41 years before Tuesday night."), and is the headline only if it reads as one.
            deck = any(_may_head(lines[j]) and reasons[j] is None for j in range(i + 1, credits_line))
            if deck or not line.text.rstrip(CLOSERS).endswith(".") or _in_title_case(words):
                return "headline"
        below = [lines[j] for j in range(i + 1, len(lines)) if reasons[j] is None][:_LINES_UNDER_A_HEADLINE]
        return "headline" if below and _is_headline(line, below) else None
    if meta.is_byline(line.text, in_header=True):
        return "byline"
    if i < credits_line:
        return "standfirst"  # between the headline and the byline: a deck, however it ends
    if line.kind == "text" and not ends_sentence(line.text) and len(words) >= 6:
        return "standfirst"  # the summary under a headline; article sentences end in punctuation
    return None


def _heads_the_lede(words: list[str], following: Line | None) -> bool:
    """Whether a short first line is the headline of the lede below it: two or three words, not all
    of them words of a site's sections ("U.S. News"), above a sentence long enough to be a lede."""
    return (
        len(words) >= 2
        and not _names_a_section(words)
        and following is not None
        and following.kind == "text"
        and following.text.rstrip(CLOSERS).endswith(".")
        and len(words_of(following.text)) >= _LEDE_WORDS
    )


_LEDE_WORDS = 12


def _names_a_section(words: list[str]) -> bool:
    """A label made of a site's section names and navigation words: "World", "U.S. News"."""
    return all({word.casefold().rstrip(",:"), word.casefold().strip(".,:")} & _SECTION_WORDS for word in words)


#: The words a section label is made of (read once: every page's first lines are checked).
_SECTION_WORDS = (
    lexicon_for(DEFAULT_LANGUAGE).section_names
    | lexicon_for(DEFAULT_LANGUAGE).navigation_words
    | lexicon_for(DEFAULT_LANGUAGE).navigation_filler_words
)
# A site's section and menu words ("News", "Local") say nothing of what an article is about.
_HEADLINE_STOP_WORDS = (
    lexicon_for(DEFAULT_LANGUAGE).stop_words | lexicon_for(DEFAULT_LANGUAGE).function_words | _SECTION_WORDS
)


# How far down a page its byline or date stamp may stand, counted in lines the other passes left
# unlabelled above it (a masthead, a section label, the headline, one or two lines of deck).
_HEADER_TEXT_LINES = 5
# Longer lines above a byline are article text: a headline and a deck are shorter.
_HEADER_LINE_MAX_WORDS = 60
# Article lines a page must have below its byline for the byline to close a header: a credit
# after a short article is no header.
_BODY_LINES_BELOW_CREDITS = 2


def _may_head(line: Line) -> bool:
    """Long enough to be a headline or a deck rather than a label, and not a site's bar."""
    return len(words_of(line.text)) > 3 and not _framed_by_icons(line.text) and not list_entry(line.text)


def _row_of_labels(text: str) -> bool:
    """Short labels set apart by bars: a section's trail ("Sport | Ashworth Town"), not a headline."""
    pieces = text.split(" | ")
    return len(pieces) > 1 and all(0 < len(piece.split()) <= _LABEL_WORDS for piece in pieces)


#: Most words of one label in a row of them.
_LABEL_WORDS = 3


def _framed_by_icons(text: str) -> bool:
    """A line opening or ending with a button's icon ("≡  The Corrington Daily Press  🔍": a menu
    button, the masthead, a search button): the site's bar, not a headline."""
    text = text.strip()
    return bool(text) and (meta.is_icon(text[0]) or meta.is_icon(text[-1]))


def _credits_line(lines: list[Line], reasons: list[RemovalReason | None]) -> int:
    """The last line of the byline and date stamp under a page's headline, or -1 when the page
    has none: everything unlabelled above it is the page's header (masthead, headline, deck)."""
    found, above = -1, 0
    above_found = 0  # header lines counted when the last credit was found
    for i, line in enumerate(lines):
        # A live blog's clock time ("9:15 a.m.") is a stamp too, but heads an entry, not the page.
        is_date_stamp = reasons[i] == "dateline/publication stamp" and meta.parse_date(line.text) is not None
        if is_date_stamp or reasons[i] == "byline" or (reasons[i] is None and above and _is_credited_name(line.text)):
            found, above_found = i, above
        elif (
            found >= 0
            and above == above_found
            and _is_site_menu(line, reasons[i])
            and _site_name_first_above(lines, reasons, found)
        ):
            # A date right above the site's row of sections, under the site's name, is the page's own
            # ("The Example Record" / "Sunday, January 22, 2012" / "Home | News"): the article's
            # header starts under the menu (not under a headline: "Food Bank Sets New Record" / date).
            found, above = -1, 0
        elif reasons[i] is None:
            too_long = len(words_of(line.text)) > _HEADER_LINE_MAX_WORDS
            paragraph = _inside_block(lines, i) and not _short_block(lines, i)
            if above == _HEADER_TEXT_LINES or too_long or (paragraph and not _highlights_block(lines, reasons, i)):
                break
            if found >= 0 and _opens_prose(lines, reasons, i):
                break  # the article has begun under its byline: a credit further down is a photo's
            # Labels ("POLITICS", a name, a place) do not count, nor the second line of a wrapped deck.
            above += _may_head(line) and not (i and lines[i - 1].block == line.block)
    below = sum(reason is None for reason in reasons[found + 1 :])
    return found if found >= 0 and below >= _BODY_LINES_BELOW_CREDITS else -1


def _opens_prose(lines: list[Line], reasons: list[RemovalReason | None], i: int) -> bool:
    """Line ``i`` and the line right after it, unlabelled, both end a sentence and are longer
    together than a deck: two paragraphs of prose in a row, the start of an article ("Vehicles
    line up ..." under "Jo Roe / The Example Times" further down is a photo's caption and credit,
    not a second byline closing the header; an editor's note set above a byline is one line)."""
    following = i + 1
    return (
        ends_sentence(lines[i].text)
        and following < len(lines)
        and reasons[following] is None
        and lines[following].kind == "text"
        and ends_sentence(lines[following].text)
        # Longer than a deck of two short sentences ("Demand has soared ..." / "The charity is ...").
        and len(words_of(lines[i].text)) + len(words_of(lines[following].text)) > _DECK_WORDS
    )


def _short_block(lines: list[Line], i: int) -> bool:
    """A deck wrapped over two lines of a print page, not an article paragraph of many."""
    block = [line for line in lines if line.block == lines[i].block]
    return len(block) <= _DECK_LINES and sum(len(words_of(line.text)) for line in block) <= _DECK_WORDS


_DECK_LINES = 2
_DECK_WORDS = 30


def _highlights_block(lines: list[Line], reasons: list[RemovalReason | None], i: int) -> bool:
    """The story's points listed a line each ("Nearly 500 passengers struck down by bug" / "Cruise
    line offers half refund"): the unlabelled lines of line ``i``'s block, up to the first labelled
    one (a byline), three or more, each headline-like, none ending a sentence."""

    if list_entry(lines[i].text):
        # Points set out as a list ("• Workers learned of closure from letter"), each its own line.
        start, end = i, i
        while start and list_entry(lines[start - 1].text) and reasons[start - 1] in (None, "standfirst"):
            start -= 1
        while end + 1 < len(lines) and list_entry(lines[end + 1].text) and reasons[end + 1] in (None, "standfirst"):
            end += 1
        return end > start

    def listed(j: int) -> bool:  # unlabelled, or already read as one of the points
        return lines[j].block == lines[i].block and reasons[j] in (None, "standfirst")

    start = i
    while start and listed(start - 1):
        start -= 1
    end = i
    while end + 1 < len(lines) and listed(end + 1):
        end += 1
    block = lines[start : end + 1]
    return len(block) >= _HIGHLIGHT_LINES and all(
        line.kind == "text"
        and line.text[:1].isupper()
        and len(words_of(line.text)) <= HEADLINE_MAX_WORDS
        and not ends_sentence(line.text)
        for line in block
    )


_HIGHLIGHT_LINES = 3


def _label_dated_credits(lines: list[Line], reasons: list[RemovalReason | None]) -> None:
    """A byline with a job and a date, "Jo Roe | Senior Editor | May 3, 2019", reads like a row of
    links by the line alone; near the top of the page it is the byline."""
    for i in range(min(len(lines), _HEADER_SCAN_LINES)):
        text = lines[i].text
        if reasons[i] == "navigation" and meta.parse_date(text) is not None and _is_credited_name(text):
            reasons[i] = "byline"


# How many lines from the top of the page a row of credits may be read as its byline.
_HEADER_SCAN_LINES = 15


def _names_the_site_first(text: str) -> bool:
    """A row of links led by the site's own name: with its article ("The Example Chronicle | Subscribe")
    or of two words or more ("Daily Clarion | Home | News"; a lone "News" may be the first link)."""
    name = meta.site_name(meta.leading_segment(text))
    return name is not None and (
        name.split()[0].casefold() in lexicon_for(DEFAULT_LANGUAGE).determiners or len(name.split()) > 1
    )


def _is_credited_name(text: str) -> bool:
    """A byline with more than a name on its line ("Jo Roe | Reporter", "Jo Roe, Register staff"):
    a bare capitalised name ("Story Continued Below") is too weak a sign to end a header at."""
    return meta.is_byline(text, in_header=True) and meta.byline_name(text) != text.strip()


def _label_masthead(lines: list[Line], reasons: list[RemovalReason | None], credits_line: int) -> None:
    """The page's first line is its masthead when it names a site (see ``metadata.site_name``) and
    the headline is still to come above the byline."""
    top = next((i for i in range(max(credits_line, 0)) if reasons[i] in (None, "navigation")), None)
    if top is not None and reasons[top] == "navigation" and _names_the_site_first(lines[top].text):
        reasons[top] = "masthead"  # "The Example Chronicle | Today's Paper | Subscribe": the name, then links
        return
    unlabelled = [i for i in range(max(credits_line, 0)) if reasons[i] is None]
    if len(unlabelled) == 1 and _names_the_page_over_its_date(lines, reasons, unlabelled[0]):
        reasons[unlabelled[0]] = "masthead"  # "The Example Tribune" / "Sunday, October 29, 2006"
        return
    if not unlabelled:
        return
    first, rest = unlabelled[0], unlabelled[1:]
    headline_to_come = any(_may_head(lines[i]) for i in rest)
    name = meta.site_name(lines[first].text) if lines[first].kind == "text" else None
    # A name with a tagline on its line is the masthead even on a page whose headline was lost,
    # unless it is the only line there and the article bears it out: a headline after its label
    # ("Y2K: County says 911 system is ready").
    tagged = name is not None and name != lines[first].text.strip()
    if tagged and not rest and _article_below(lines, reasons, first).bears_out(lines[first].text):
        return
    if name is not None and (headline_to_come or tagged):
        reasons[first] = "masthead"
        _label_tagline(lines, reasons, [i for i in rest if _may_head(lines[i])], credits_line)


def _names_the_page_over_its_date(lines: list[Line], reasons: list[RemovalReason | None], at: int) -> bool:
    """The page's top line names a site (see ``metadata.site_name``) right above a date stamp, with
    the headline still to come: not a headline above its date ("Royal Mail Strike Called Off")."""
    on_top = all(reasons[i] == "navigation" for i in range(at))
    dated = at + 1 < len(lines) and reasons[at + 1] == "dateline/publication stamp"
    if not (on_top and dated and lines[at].kind == "text" and meta.site_name(lines[at].text) is not None):
        return False
    to_come = range(at + 2, min(len(lines), at + 2 + _HEADER_TEXT_LINES))
    headline_to_come = any(
        reasons[j] is None and _may_head(lines[j]) and not ends_sentence(lines[j].text) for j in to_come
    )
    return headline_to_come and not _article_below(lines, reasons, at).bears_out(lines[at].text)


def _site_name_first_above(lines: list[Line], reasons: list[RemovalReason | None], at: int) -> bool:
    """The first unlabelled line above line ``at`` may be the site's name (its motto may follow):
    short, capitalised, and not borne out by the article below, as a headline is."""
    first = next((j for j in range(at) if reasons[j] is None), None)
    if first is None:
        return False
    text = lines[first].text
    return meta.site_name(text, placed=True) is not None and not _article_below(lines, reasons, first).bears_out(text)


def _article_below(lines: list[Line], reasons: list[RemovalReason | None], at: int) -> _ArticleWords:
    return _ArticleWords.of(lines[j].text for j in range(at + 1, len(lines)) if reasons[j] is None)


# A headline shares most of its words with the article under it; a site's slogan ("Serving the
# valley since 1901") at most this share.
_SLOGAN_WORDS_IN_BODY = 0.5
_LONGEST_SLOGAN = 8


def _label_tagline(
    lines: list[Line], reasons: list[RemovalReason | None], candidates: list[int], credits_line: int
) -> None:
    """The site's slogan on a line of its own under the masthead: the first line of some length
    when a headline follows it and it shares almost no word with the article."""
    if len(candidates) < 2:
        return
    first, headline = (lines[i].text for i in candidates[:2])
    if len(words_of(first)) > _LONGEST_SLOGAN or ends_sentence(first):
        return
    # A slogan is made of generic words ("News and views from the Bay"): only the smallest are left out.
    lexicon = lexicon_for(DEFAULT_LANGUAGE)
    small = lexicon.stop_words | lexicon.function_words
    body = _content_words(" ".join(line.text for line in lines[credits_line + 1 :]), small)

    def share_in_body(text: str) -> float:
        words = _content_words(text, small)
        return len(words & body) / len(words) if words else 1.0

    slogan_share = share_in_body(first)
    if slogan_share <= _SLOGAN_WORDS_IN_BODY and slogan_share < share_in_body(headline):
        reasons[candidates[0]] = "masthead"


def _inside_block(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` shares its Markdown block with a neighbour."""
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return lines[i].kind != "heading" and any(n.block == lines[i].block for n in neighbours)


def _in_title_case(words: list[str], share: float = 0.8) -> bool:
    """Most of the longer words capitalised ("Rural Hospitals Are Closing Their Maternity Wards."):
    a headline's style, never a lede's, whatever its full stops. With ``share`` 1, every one, verbs
    too ("Watch The Best Moments From The Debate."): a lede full of names still has a lower-case
    verb or noun ("... Hillary Clinton said Tuesday")."""
    # "‘Bloodline’ Star ... Is Ready To Go ‘Girl’ Crazy.": a word in quotation marks is read without them.
    bare = (word.strip(_QUOTATION_MARKS) for word in words)
    longer = [word for word in bare if len(word) >= _TITLE_CASE_WORD_LETTERS]
    capitalised = sum(word[:1].isupper() for word in longer)
    return len(longer) >= _TITLE_CASE_WORDS and capitalised >= share * len(longer)


_QUOTATION_MARKS = "\"'“”‘’«»„"


#: How many lines under a first line ending in a full stop are read for the lede it would head.
_LINES_UNDER_A_HEADLINE = 3
#: A first line this short may be shorter than the lede under a deck; a longer one must be shorter
#: than the very next line.
_SHORT_HEADLINE_WORDS = 12


#: Title case is told from the words of this many letters or more, at least this many of them.
_TITLE_CASE_WORD_LETTERS = 4
_TITLE_CASE_WORDS = 4


def _is_headline(line: Line, below: list[Line]) -> bool:
    """Whether the first text line of a page is its headline rather than the opening sentence;
    ``below``: the next few lines not yet labelled."""
    words = words_of(line.text)
    if line.kind == "heading":
        return len(words) <= 2 * HEADLINE_MAX_WORDS
    if line.kind != "text" or not 2 <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    following = below[0]
    broken_off = not ends_sentence(line.text) and following.text[:1].islower()
    if words[-1] in lexicon_for(DEFAULT_LANGUAGE).function_words or broken_off:
        return False  # a sentence broken off mid-way, continued on the next line
    if not ends_sentence(line.text):
        return True
    if _in_title_case(words, share=1.0) and not _is_attributed_quotation(line.text):
        return True  # "The Democratic Primary Is A Fight Over Wall Street.": a headline's style, never a lede's
    dateline = DATELINE_OPENING.match(following.text)
    # The article's sentence goes on after the dateline with a capital ("NATO - the alliance ..." is a
    # sentence that opens with a name set off by a dash).
    if (
        dateline is not None
        and following.text[dateline.end() : dateline.end() + 1].isupper()
        and len(words) <= SENTENCE_HEADLINE_MAX_WORDS
        and not _is_attributed_quotation(line.text)
    ):
        # "The revolutionary's next tactic: Sanders offers a preview." / "SYRACUSE, N.Y. - The last
        # time ...": an article starts at its dateline, so a short line above it heads it.
        return True
    # A lede sentence also stands alone at the top; headlines are shorter than what follows
    # them, drop articles ("a", "the") and are a single sentence. A short one may stand over a
    # deck shorter still ("Push inside party to upend front-runner." / "ad blitz planned." / the
    # lede): it is shorter than the lede under the deck.
    articles = sum(w.casefold() in lexicon_for(DEFAULT_LANGUAGE).determiners for w in words)
    # A deck is in lower case or capitals ("ad blitz planned."); a sentence there is the lede's next.
    deck = following.text[:1].islower() or following.text.isupper()
    lede = below if len(words) <= _SHORT_HEADLINE_WORDS and deck else below[:1]
    return (
        len(words) <= SENTENCE_HEADLINE_MAX_WORDS
        and len(words) < max(len(words_of(other.text)) for other in lede)
        and articles <= 1
        and not coarse_sentence_starts(line.text)
        and not line.text.startswith(('"', "“", "'", "‘"))
        and not _is_attributed_quotation(line.text)  # 'Lee said "we will rebuild".': a lede, whatever its length
        and not _dates_its_event(line.text)
    )


def _dates_its_event(text: str) -> bool:
    """A sentence that says on which day it happened ("... sparred on Thursday night in Brooklyn."):
    a lede's way of writing; a headline ending in a full stop leaves the day to the lede."""
    calendar = lexicon_for(DEFAULT_LANGUAGE).calendar
    words = [word.casefold().strip(".,;:") for word in text.split()]
    return any(
        word in calendar.weekdays and at and words[at - 1] in calendar.day_words for at, word in enumerate(words)
    )


def _label_link_lists(page: _Page) -> None:
    """Headlines listed under "You may also like"/"RELATED:", up to the next article paragraph."""
    lines, reasons = page.lines, page.reasons
    # A paragraph hard-wrapped over several lines is judged whole, not by its first line.
    blocks: dict[tuple[int, LineKind], list[str]] = {}
    for line in lines:
        blocks.setdefault((line.block, line.kind), []).append(line.text)
    in_list = False
    for i, line in enumerate(lines):
        if reasons[i] == "link list":
            in_list = True
        elif reasons[i] is None and in_list:
            if _looks_like_article_paragraph(" ".join(blocks[line.block, line.kind])):
                in_list = False
            else:
                reasons[i] = "link list"


def _looks_like_article_paragraph(text: str) -> bool:
    """A long sentence, or a shorter one ending in a full stop, which listed headlines leave off
    ("The cause of the fire is under investigation.")."""
    words = len(words_of(text))
    return ends_sentence(text) and (words >= 12 or (words >= 6 and text.rstrip(CLOSING_MARKS).endswith(".")))


def _label_subheads(page: _Page) -> None:
    """Short title-like lines between paragraphs are subheads; after the article, page links.

    An explainer's questions ("Who was behind the attack?") are subheads too, when the page
    has several of them standing alone: one short question may be the article's own."""
    lines, reasons = page.lines, page.reasons
    candidates = [
        i
        for i in range(page.body_start, len(lines))
        if reasons[i] is None and lines[i].kind != "item" and not _inside_block(lines, i)
    ]
    # An interviewer's questions are answered in quotation marks on the next line ("Will you appeal?"
    # / "'You can't appeal a result in football,' ..."): they are the article's, not its headings.
    questions = {
        i for i in candidates if _is_question_heading(lines[i].text) and not _answered_in_quotes(lines, reasons, i)
    }
    if len(questions) < _MIN_QUESTION_HEADINGS:
        questions = set()
    labels = [found.group().rstrip(":") for line in lines if (found := _TRANSCRIPT_LABEL_OPENING.match(line.text))]
    if len(labels) < _MIN_TRANSCRIPT_LABELS:
        labels = []  # not a transcript
    headings = [
        i for i in candidates if (lines[i].kind == "heading" or _is_subhead(lines[i].text, labels)) or i in questions
    ]
    # Judged on every heading at once: a run of page links after the article is all navigation,
    # though each link is followed by another still unlabelled line.
    heading_set = set(headings)
    last_article = max((j for j, reason in enumerate(reasons) if reason is None and j not in heading_set), default=-1)
    for i in headings:
        reasons[i] = "section heading" if i < last_article else "navigation"
    # After the article's last sentence, a longer line with no full stop is a picture's caption:
    # "Firefighters battle the blaze at a timber yard on Tuesday night".
    last_sentence = max(
        (j for j, reason in enumerate(reasons) if reason is None and ends_sentence(lines[j].text)), default=len(lines)
    )
    for i in candidates:
        text = lines[i].text
        after_article = i > last_sentence and reasons[i] is None and lines[i].kind == "text"
        words = words_of(text)
        short = text[:1].isupper() and 0 < len(words) <= _LONGEST_TRAILING_CAPTION_WORDS
        # (Long without a full stop is what a caption is here; a line broken off ends on "of", "the".)
        open_ended = ends_sentence(text) or ends_on_function_word(text) or text.endswith((":", ",", ";"))
        # One sentence only: a sentence of the article with a teaser run onto it ("... after 6pm.
        # RELATED: ...") is cut apart later, not dropped whole.
        one_sentence = _SENTENCE_INSIDE.search(text) is None
        # Nor a line with a label, a handle, a link or an aside in brackets: a credit, a post, or the
        # article's own last words ("... repaired in 1998 (updated in 2004)"), which other rules read.
        plain = _NOT_A_PLAIN_CAPTION.search(text) is None
        if after_article and short and not open_ended and one_sentence and plain:
            reasons[i] = "photo caption"
        elif after_article and len(words) <= _LONGEST_TRAILING_CAPTION_WORDS and _TRAILING_HEADLINE.match(text):
            # Below the article, another story's headline: its quotation first ("'I thought I was
            # going to die': Survivor recounts ..."; the page's own headline is read above it), or
            # stamped with how long ago it went up ("Woman stole $40K from church fund 2 hours ago";
            # in the article, a live blog's "... arrived 10 minutes ago" is kept).
            reasons[i] = "related-link teaser"


_SENTENCE_INSIDE = re.compile(rf"[.!?][”\"’']?\s+[{CAPITAL}“\"‘]")
#: A headline opening with a quotation and a colon, or stamped with its age, no full stop: "'We will
#: rebuild': Mayor vows ...", "Ferry fares to rise 35 minutes ago".
_TRAILING_HEADLINE = re.compile(
    rf"^['‘\"“][^'’\"”]{{3,120}}['’\"”]:\s+[{CAPITAL}0-9][^.!?]*[^.!?:\s'’\"”)]$"
    rf"|^[{CAPITAL}0-9‘'\"“][^.!?]{{10,160}}[^\W_]\s+{meta.TIME_AGO}$"
)
_NOT_A_PLAIN_CAPTION = re.compile(r"[:@#()]|https?://|\bpic\.twitter\.com/")
#: Words of a caption left below the article with no full stop.
_LONGEST_TRAILING_CAPTION_WORDS = 40


# How many standalone short questions make a page an explainer whose questions head its sections.
_MIN_QUESTION_HEADINGS = 3


def _answered_in_quotes(lines: list[Line], reasons: list[RemovalReason | None], i: int) -> bool:
    """Whether the next line still read as article text opens with a quotation mark."""
    following = next((line.text for j, line in enumerate(lines[i + 1 :], i + 1) if reasons[j] is None), "")
    return bool(following) and following[0] in QUOTATION_OPENERS


def _is_question_heading(text: str) -> bool:
    """A short question on a line of its own, not quoted: "What is the VX nerve agent?"."""
    return (
        text.endswith("?")
        and len(words_of(text)) <= SUBHEAD_MAX_WORDS
        and text[:1].isupper()
        and text.count("?") == 1
        and not any(mark in text for mark in '“”"')
        and not _INTERVIEW_QUESTION.match(text)  # "Q: Why did the bank struggle?": an interviewer's turn
    )


_INTERVIEW_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]\s")


def _is_subhead(text: str, labels: Sequence[str] = ()) -> bool:
    """Whether a short line is a heading over what follows; in a transcript (``labels``: the
    speaker labels its lines open with), a line that only labels its next speaker is not."""
    words = words_of(text)
    if len(words) > SUBHEAD_MAX_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    if labels and _labels_a_speaker(text, labels):
        return False
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True  # "'OUR STREET!'" style all-capital subheads may end in punctuation
    starts_like_title = text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘"
    ends_open = ends_sentence(text) or stops_mid_sentence(text) or text.endswith((":", ",", ";"))
    return starts_like_title and not ends_open and not _is_attributed_quotation(text)


#: A broadcast transcript's label naming who speaks next, opening a line or alone on it
#: ("UNIDENTIFIED MAN:", "ROBIN ASHE: The port ..."). Alone, it is the transcript's text, not a
#: heading, when the page holds other such labels and it names a person ("SHORT READS:", "LIVE
#: UPDATES, DAY TWO:" are headings). Its stage cues, "(COMMERCIAL BREAK)", "(SOUNDBITE OF ...)",
#: are the broadcast's furniture and go.
_TRANSCRIPT_LABEL_OPENING = re.compile(
    rf"{UPPER}[{CAPITAL}.'’-]+(?: {UPPER}[{CAPITAL}.'’-]+){{0,3}}(?:, {UPPER}[{CAPITAL}.'’ -]{{1,40}})?:(?=\s|$)"
)
_MIN_TRANSCRIPT_LABELS = 2


def _labels_a_speaker(line: str, labels: Sequence[str]) -> bool:
    """Whether a label alone on its line names a speaker of the transcript: a role after the name
    that is a person's ("ROBIN ASHE, HOST:", "UNIDENTIFIED MAN:"), or a name the transcript labels
    another line with ("ROBIN ASHE:" over "ROBIN ASHE: The port ..."). Not "GRACE PERIOD:", "PART
    TWO, THE AFTERMATH:": headings."""
    if not _TRANSCRIPT_LABEL_OPENING.fullmatch(line):
        return False
    label = line.rstrip(":")
    english = lexicon_for(DEFAULT_LANGUAGE)
    last = label.split(",")[-1].split()[-1].casefold()
    if last in english.person_nouns or last in english.titles:
        return True
    return labels.count(label) >= 2


def _is_attributed_quotation(text: str) -> bool:
    """'"We will rebuild," Lee said': a quotation with its speaker is article text, however short
    (not a live blog's heading quoting a word: 'Mayor calls for talks "today"')."""
    speech_verbs = lexicon_for(DEFAULT_LANGUAGE).speech_verbs
    quoted = _QUOTED_WORDS.findall(text)
    return any(len(words.split()) >= MIN_QUOTE_WORDS for words in quoted) and any(
        word.lower() in speech_verbs for word in words_of(text)
    )


#: A quotation's words between marks (or from an opening mark to the line's end).
_QUOTED_WORDS = re.compile(r"[“\"]([^“”\"]*)(?:[”\"]|$)")


# A display quotation: the quoted words, a dash, and who said them ('"It was neglect." — Jo Roe, lawyer').
_PULL_QUOTE = re.compile(rf"^[“\"‘'](?P<words>[^“”\"]{{10,300}})[”\"’']\s*[—–-]{{1,2}}\s*{UPPER}")


def _label_pull_quotes(page: _Page) -> None:
    """A quotation set off again as a display quote: its words are also in the article's own lines."""
    lines, reasons = page.lines, page.reasons
    for i, line in enumerate(lines):
        found = _PULL_QUOTE.match(line.text) if reasons[i] is None else None
        if found is None:
            continue
        words = " ".join(re.findall(r"\w+", found.group("words").lower()))
        elsewhere = (" ".join(re.findall(r"\w+", lines[j].text.lower())) for j in range(len(lines)) if j != i)
        if any(words in other for other in elsewhere):
            reasons[i] = "pull quote"


def _label_writer_notes(page: _Page) -> None:
    """Notes on who wrote the piece, closing the page under any furniture already found there
    ("Jo Roe is a senior fellow at ...", ``rules.WRITER_NOTE``)."""
    lines, reasons = page.lines, page.reasons
    for i in range(len(lines) - 1, 0, -1):
        if reasons[i] is not None:
            continue
        text = lines[i].text
        if len(words_of(text)) > WRITER_NOTE_WORDS:
            return
        holder = HOLDER_OF_ROLE.match(text)
        surname = re.compile(rf"\b{re.escape(holder.group('name').split()[-1])}\b") if holder else None
        # Named nowhere in the article above (a byline naming the writer is furniture, not the article).
        unnamed_before = surname is not None and not any(
            surname.search(line.text) for line, reason in zip(lines[:i], reasons, strict=False) if reason is None
        )
        if not (WRITER_NOTE.match(text) or unnamed_before):
            return
        reasons[i] = "contributor credit"


def _label_release_trailer(page: _Page) -> None:
    """A press release's closing boilerplate: from its first heading ("About Example Haulage",
    "Forward-Looking Statements", "Media contact:", ``rules.RELEASE_TRAILER``) to the end, what
    the company says of itself and whom to call, not the news. Only on a page a release wire sent
    (``rules.RELEASE_WIRE`` in its dateline): elsewhere "About the author" may open a paragraph."""
    lines, reasons = page.lines, page.reasons
    if not any(RELEASE_WIRE.search(line.text) for line in lines):
        return
    opening = next(
        (i for i in range(page.body_start, len(lines)) if RELEASE_TRAILER.match(lines[i].text.strip())), None
    )
    if opening is None:
        return
    for i in range(opening, len(lines)):
        reasons[i] = reasons[i] or "page notice"


def _label_archive_toolbar(page: _Page) -> None:
    """A web archive's capture of the page: its toolbar ("The Wayback Machine - https://web.archive.org/...",
    "17 captures", the calendar's months and years, "Close") stands above the page, in short lines."""
    lines, reasons = page.lines, page.reasons
    for i, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        if not _ARCHIVE_TOOLBAR.match(line.text):
            continue
        reasons[i] = reasons[i] or "page notice"
        for j in range(i + 1, min(i + 1 + _ARCHIVE_TOOLBAR_LINES, len(lines))):
            text = lines[j].text.strip()
            # The page's own name ends the toolbar; a lone word in capitals is one of its labels ("TIMESTAMPS").
            if len(words_of(text)) > _ARCHIVE_TOOLBAR_WORDS or (
                meta.site_name(text) and not _one_word_in_capitals(text)
            ):
                break
            reasons[j] = reasons[j] or "page notice"
        return


def _label_cache_banner(page: _Page) -> None:
    """A search engine's cached copy of the page: its banner ("This is G o o g l e's cache of
    http://... as retrieved on 8 Sep 2005", "The page may have changed since that time ...") stands
    above the page, down to the first blank line."""
    lines, reasons = page.lines, page.reasons
    for i, line in enumerate(lines[:_HEADER_SCAN_LINES]):
        if not _CACHE_BANNER.match(line.text):
            continue
        reasons[i] = "page notice"
        for j in range(i + 1, len(lines)):
            if lines[j].line != lines[j - 1].line + 1:
                break
            reasons[j] = "page notice"  # whatever its line alone looked like ("Click here for ...")
        return


# The engine's name may be spelt out letter by letter, as old caches printed it ("G o o g l e").
_CACHE_BANNER = re.compile(r"^this is (?:\w ?){2,20}'s cache of \S+", re.IGNORECASE)


def _one_word_in_capitals(text: str) -> bool:
    return len(text.split()) == 1 and text.isupper()


_ARCHIVE_TOOLBAR = re.compile(r"^(?:the )?wayback machine\b|^\S*web\.archive\.org/web/\d", re.I)
# The toolbar's lines: a count of captures, a date range, three months, three years, buttons.
_ARCHIVE_TOOLBAR_LINES = 10
_ARCHIVE_TOOLBAR_WORDS = 8


# The labelling passes, in the order they run. A pass labels only lines that are still
# unlabelled, so the first pass to recognise a line decides its reason: what a line is on
# its own comes first, then where it stands. Later passes build on earlier labels: a web
# archive's toolbar runs down from its header line to the page's own name, a caption
# title sits above a "photo caption" line, a tweet's text stops at a labelled line, the
# header pass skips labelled lines and ends at the first article line, a link list grows
# from its "link list" header line, a pull quote is a quotation the unlabelled lines print
# again, and subheads are looked for only below the header.
#
# Three labels are overwritten, all by the header pass, which alone knows where a line stands:
# a "dateline/publication stamp" that is a bare date and time above the headline becomes
# "navigation" (the page's own clock, which metadata.py must not read as the article's date);
# a "navigation" row near the top with a name, a job and a date becomes "byline"; and a
# "navigation" row led by the site's name becomes "masthead". After labelling, cutting glued
# furniture and dropping repeats change only lines and paragraphs that no pass labelled.
def _label_scene_captions(page: _Page) -> None:
    """Below the header, a short line describing a scene with no full stop is a photo caption, and
    so is a photo's credit on a line of its own ("Jo Roe / The Example Times": under the headline,
    the same line is a byline)."""
    for i in range(page.body_start, len(page.lines)):
        line = page.lines[i]
        unlabelled = page.reasons[i] is None and line.kind == "text" and not _inside_block(page.lines, i)
        if unlabelled and (is_scene_without_stop(line.text) or meta.photo_credit_line(line.text)):
            page.reasons[i] = "photo caption"


_LABELLING_PASSES: tuple[Callable[[_Page], None], ...] = (
    _label_by_line_alone,
    _label_archive_toolbar,
    _label_cache_banner,
    _label_caption_titles,
    _label_tweets,
    _label_header,
    _label_scene_captions,
    _label_link_lists,
    _label_pull_quotes,
    _label_subheads,
    _label_writer_notes,
    _label_release_trailer,
)
