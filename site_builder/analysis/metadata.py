"""Infer an article's headline, outlet, byline and date from what its page states.

Everything here is deliberately timid: a field is filled only when a line says it in
a recognisable way (a publication stamp, a masthead from the bundled outlet list, a
"By ..." line), and left ``None`` otherwise. Nothing is guessed from the article body.

The clean stage decides which lines are headline, masthead, byline or stamp (it has the
layout context); this module parses those lines and turns them into ``Metadata``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from ..model import Metadata, RemovedText
from ..text.alternation import alternation, stem_phrases
from ..text.lexicon import (
    DEFAULT_LANGUAGE,
    Lexicon,
    available_languages,
    given_names,
    lexicon_for,
    mail_domains,
    news_agencies,
    news_aggregators,
    news_outlets,
    photo_agencies,
)
from ..text.normalise import collapse_whitespace
from ..text.script import CAPITAL, UPPER
from ..text.sentences import split_sentences

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_PATTERN = _MONTH.replace("?P<month>", "?:")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
#: Every language's month names and abbreviations (``calendar.txt``), to the month's number: a
#: page's stamp is read before its article's language is known ("3. März 2021", "3 de marzo de 2021").
_MONTH_NUMBERS = {
    name: number for language in available_languages() for name, number in lexicon_for(language).calendar.months.items()
}
_ANY_MONTH = "|".join(re.escape(name) for name in sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DAY_MONTH_LINKS = "|".join(
    sorted({re.escape(link) for lang in available_languages() for link in lexicon_for(lang).calendar.day_month_links})
)
#: Every language's stamp labels and small words (``stamp_words.txt``), weekday names and clock
#: words: "Veröffentlicht am Mittwoch, 3. März 2021, 10:32 Uhr", "Publié le 3 mars 2021 à 10h32".
_STAMP_WORD_KINDS = {
    phrase: kind for language in available_languages() for phrase, kind in lexicon_for(language).stamp_words.items()
}
_STAMP_LABELS = sorted((p for p, kind in _STAMP_WORD_KINDS.items() if kind != "filler"), key=len, reverse=True)
_FOREIGN_STAMP_LABEL = re.compile(
    r"^\W*(" + ("|".join(re.escape(label) for label in _STAMP_LABELS) or "(?!)") + r")\b\s*[:\-–—|]?", re.I
)
_FOREIGN_STAMP_WORDS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(
            {
                *_STAMP_WORD_KINDS,
                *(name for lang in available_languages() for name in lexicon_for(lang).calendar.weekdays),
                *(word for lang in available_languages() for word in lexicon_for(lang).calendar.clock_words),
            },
            key=len,
            reverse=True,
        )
    )
    + r"|\d{1,2}\s?h\s?\d{2})(?!\w)",
    re.I,
)
# The end of a year: a word boundary, or a time of day a scrape ran onto it ("April 2, 20195:02 AM").
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d\d))"
_DATE_FORMS = (
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d){_YEAR_END}", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d){_YEAR_END}", re.I),
    # "2018-12-04", its machine form with a time ("2018-12-04T09:00:00Z"), and "2018/12/04".
    re.compile(r"\b(?P<year>(?:19|20)\d\d)([-/])(?P<monthnum>\d\d)\2(?P<day>\d\d)(?:\b|(?=T\d\d:\d\d))"),
    # "22/11/2011" or "11/22/2011", and with two digits of year ("3/13/14"): read only when one of
    # the two numbers cannot be a month.
    re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>(?:19|20)\d\d|\d\d)\b"),
    # The day first, in any language's month names: "3. März 2021", "1er mars 2021", "3 de marzo de 2021".
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:(?:{_DAY_MONTH_LINKS})\s+)?(?P<anymonth>{_ANY_MONTH})\.?,?"
        rf"\s+(?:(?:{_DAY_MONTH_LINKS})\s+)?(?P<year>(?:19|20)\d\d){_YEAR_END}",
        re.I,
    ),
    # "07.05.2020": written with dots, the day comes first.
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<monthnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:(?:first\s+|originally\s+)?(?:published|posted)(?:\s+on)?|created|date|dated|released)\b\s*[:\-–—|]?", re.I
)
#: A magazine's or a paper's issue: "From the April 30, 2001 issue", "In the March 2010 print edition".
_ISSUE_STAMP = re.compile(r"^\W*(?:from|in)\s+the\s+[\w ,.]{4,30}?\s+(?:print\s+)?(?:issue|edition)\W*$", re.I)
_UPDATED_LABEL = re.compile(r"^\W*(?:page\s+)?(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?\b\s*[:\-–—|]?", re.I)
_STAMP_PIECES = re.compile(r"\s+[|/–—•·-]\s+")


def stamp_pieces(line: str) -> list[str]:
    """The pieces of a stamp set apart by bars, slashes or dashes: "4 | Example Examiner | Friday,
    June 13, 2014", "JULY 9, 2018 / 11:43 AM", "Mar 4, 2020 - Politics"."""
    return [piece.strip() for piece in _STAMP_PIECES.split(line.strip()) if piece.strip()]


_STAMP_PREFIX_WORDS = 3
#: How long a label after a stamp may be ("From the print edition").
_STAMP_LABEL_WORDS = 4
# A second stamp's label after the first stamp's date.
_STAMP_LABEL = re.compile(r"\b(?:last\s+)?(?:updated|modified|published|posted)\b:?", re.I)
_LATER_DATE_LABEL = re.compile(r"\b(?:updated|modified|edited)\b", re.I)
# The time of a machine-written date: "2013-06-27T08:00:00+00:00".
_ISO_TIME = re.compile(r"(?:^|\s)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b")
#: How long ago a page says it was published, from when it was served: "3 years ago", "an hour ago".
TIME_AGO = r"(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
# Words a stamp puts around its dates: "Issued on: ... Modified: ...", "... Updated 3 years ago".
_STAMP_WORDS = re.compile(rf"\b(?:on|issued|modified|updated|edited|date|dated|last|first|{TIME_AGO})\b", re.I)
# What may surround the date on a line that is nothing but a date: weekday, "|", time, zone.
_DATE_ONLY_FILLER = re.compile(r"^[\s,|/·•\-–—:]*$")
# A time zone spelt out: "Eastern Daylight Time", "British Summer Time", "Greenwich Mean Time".
_ZONE_NAME = re.compile(rf"\b(?:{UPPER}[a-z]+\s+){{1,2}}(?:Daylight|Standard|Summer|Mean)\s+Time\b")
# The place in capitals a dateline opens with, before its date.
_DATELINE_PLACE = re.compile(rf"^\s*{UPPER}[{CAPITAL}.'’ -]{{2,40}},")

#: How much a stamp says about when the article was published; the highest wins.
RANK_PUBLISHED = 3
RANK_DATE_LINE = 2
RANK_UPDATED = 1


@dataclass(frozen=True, slots=True)
class DateStamp:
    iso: str
    rank: int


def parse_date(text: str) -> str | None:
    """The first full calendar date (with a year) written in ``text``, as ``YYYY-MM-DD``."""
    found = _first_date(text)
    return found[0] if found else None


#: Every form of ``_DATE_FORMS`` writes a year like this: a text without one holds no date.
_YEAR = re.compile(r"(?:19|20)\d\d|\d/\d\d?/\d\d\b")


def _first_date(text: str) -> tuple[str, re.Match[str]] | None:
    if not _YEAR.search(text):
        return None  # most lines: one quick scan instead of three
    best: tuple[str, re.Match[str]] | None = None
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[1].start()):
                best = (iso, match)
                break
    return best


_CENTURY = 100
_FIRST_YEAR_OF_LAST_CENTURY = 69


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    if parts.get("first"):
        first, second = int(parts["first"]), int(parts["second"])
        if (first > 12) == (second > 12):
            return None  # "3/4/2019" is March 4 in one country and 3 April in another: not guessed
        day, month = (first, second) if first > 12 else (second, first)
    else:
        day = int(parts["day"])
        if parts.get("anymonth"):
            month = _MONTH_NUMBERS[parts["anymonth"].lower()]
        else:
            month = int(parts["monthnum"]) if parts.get("monthnum") else _MONTHS[parts["month"][:3].lower()]
    year = int(parts["year"])
    if year < _CENTURY:
        # Two digits, read as POSIX strptime's %y does: 00-68 in this century, 69-99 in the last
        # ("3/13/14" is 2014, "11/20/98" 1998); never from the clock, so a build is the same any year.
        year += 2000 if year < _FIRST_YEAR_OF_LAST_CENTURY else 1900
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_stamp(line: str) -> DateStamp | None:
    """Read a line that is a publication stamp ("Published: 4 July 2025", "July 4, 2025 10:02 GMT").

    Whether an unlabelled stamp is the article's or the page's own "now" (printed in the
    navigation bar when the page was served) depends on where it stands; the clean stage
    decides that and only hands over the former.
    """
    found = _first_date(line)
    if found is None:
        return None
    pieces = stamp_pieces(line)
    prefixes = pieces[:-1]
    if prefixes and all(
        len(piece.split()) <= _STAMP_PREFIX_WORDS
        and (not is_name_list(piece) or (piece.isupper() and named_as_outlet(piece.split())) or _is_place(piece))
        and parse_date(piece) is None
        for piece in prefixes
    ):
        # "Rajnagar | Last Updated: October 13, 2019", "Source: Example Wire | Tue Jun 4, 2013 3:41pm",
        # "THE EXAMPLE TRIBUNE | MONDAY, AUGUST 15, 2005" (a print folio, in capitals): a place, a source
        # or the paper before the stamp (not "16 Aug 2017 - 22 Jan 2020", a span of dates, nor a writer's
        # name, nor "Example Sentinel | May 3, 2015" in a list of press coverage).
        stamp = date_stamp(pieces[-1])
        if stamp is not None:
            return stamp
    labels = pieces[1:]
    if labels and all(
        len(piece.split()) <= _STAMP_LABEL_WORDS and parse_date(piece) is None and not opens_with_given_name(piece)
        for piece in labels
    ):
        # "Jun 21st 2014 | From the print edition", "Mar 4, 2020 - Politics & Policy": the stamp,
        # then the page's labels.
        stamp = date_stamp(pieces[0])
        if stamp is not None:
            return stamp
    dated = [piece for piece in pieces if parse_date(piece) is not None]
    if len(pieces) > 2 and len(dated) == 1:
        # "Vol. XIV No. 213 | Tuesday, September 6, 2005 | Bhadra 22, 1412 BS": a print edition's
        # folio, the date between the issue's number and the date in another calendar.
        others = [piece for piece in pieces if piece is not dated[0]]
        if all(len(piece.split()) <= _STAMP_LABEL_WORDS and not is_name_list(piece) for piece in others):
            stamp = date_stamp(dated[0])
            if stamp is not None:
                return stamp
    iso, match = found
    if _PUBLISHED_LABEL.match(line) or _ISSUE_STAMP.match(line):
        return DateStamp(iso, RANK_PUBLISHED)
    if _UPDATED_LABEL.match(line):
        return DateStamp(iso, RANK_UPDATED)
    # "Veröffentlicht am 3. März 2021, 10:32 Uhr": a label in another language, and then nothing
    # but the date and its small words ("Erschienen 3. März 2021 im Verlag …" is a sentence).
    labelled = _FOREIGN_STAMP_LABEL.match(line)
    rank = RANK_DATE_LINE
    if labelled is not None:
        rank = RANK_PUBLISHED if _STAMP_WORD_KINDS[labelled.group(1).lower()] == "published" else RANK_UPDATED
    rest = line[: match.start()] + " " + line[match.end() :]
    # "Jul 27, 2016 Updated Jul 28, 2016": a later date after the first, with its label (not an
    # archive's "16 Aug 2017 - 22 Jan 2020", a span of dates).
    if _LATER_DATE_LABEL.search(rest):
        for form in _DATE_FORMS:
            rest = form.sub(" ", rest)
    rest = _CLOCK.sub(" ", re.sub(_WEEKDAY, "", _ISO_TIME.sub(" ", rest), flags=re.I))
    rest = _STAMP_WORDS.sub(" ", rest)  # "Issued on:", "Modified:", "Updated 3 years ago"
    rest = _FOREIGN_STAMP_WORDS.sub(" ", rest)  # "Mittwoch, 3. März 2021, 10:32 Uhr"
    rest = re.sub(rf"\b(?:{UPPER}{{2,5}}|at)\b", " ", rest)  # time zones ("IST", "GMT"), "at"
    rest = _ZONE_NAME.sub(" ", rest)  # "07:00 AM Eastern Daylight Time": a time zone spelt out
    rest = _DATELINE_PLACE.sub(" ", rest)  # "CHENNAI, March 3, 2010": a wire's dateline
    rest = _STAMP_LABEL.sub(" ", rest)  # "3 May 2019 Last updated at 17:05"
    if _DATE_ONLY_FILLER.match(rest):
        return DateStamp(iso, rank)
    return None


def has_stamp_label(line: str) -> bool:
    """Whether a stamp says what it dates: "Published", "Last updated"."""
    return _STAMP_LABEL.search(line) is not None


def is_clock_stamp(line: str) -> bool:
    """A short line giving a date and a time of day, like a page header's "now" stamp."""
    return len(line.split()) <= 14 and bool(_CLOCK.search(line)) and parse_date(line) is not None


# ------------------------------------------------------------------------- outlets


@dataclass(frozen=True, slots=True)
class _OutletIndex:
    #: Normalised full names and long aliases -> canonical name; safe on a line of their own.
    names: dict[str, str]
    #: Every alias including short abbreviations ("AP") -> canonical; safe only in a credit.
    credited: dict[str, str]
    #: The forms a long name takes in a web address ("newyorkdailynews", "nydailynews") -> canonical.
    addresses: dict[str, str]


def _normalise_name(name: str) -> str:
    name = collapse_whitespace(name.casefold()).strip(" .")
    return re.sub(r"^the ", "", name)


def _is_abbreviation(alias: str) -> bool:
    return len(alias) <= 5 and alias.upper() == alias


@cache
def _outlets() -> _OutletIndex:
    names: dict[str, str] = {}
    credited: dict[str, str] = {}
    claimed: dict[str, set[str]] = {}
    for aliases in news_outlets():
        canonical = aliases[0]
        for alias in aliases:
            key = _normalise_name(alias)
            credited.setdefault(key, canonical)
            if not _is_abbreviation(alias):
                names.setdefault(key, canonical)
                for form in _address_forms(key):
                    claimed.setdefault(form, set()).add(canonical)
    # A form two outlets share ("knagency") names neither.
    addresses = {form: next(iter(owners)) for form, owners in claimed.items() if len(owners) == 1}
    return _OutletIndex(names, credited, addresses)


def _address_forms(name: str) -> set[str]:
    """How a web address may spell an outlet's name: run together without accents ("elpais"), and
    with its first two words shortened to initials ("New York Daily News" -> "nydailynews")."""
    plain = unicodedata.normalize("NFKD", name)
    words = re.findall(r"[^\W_]+", "".join(c for c in plain if not unicodedata.combining(c)))
    forms = {"".join(words)} if len(words) > 1 else set()
    if len(words) > 2:
        forms.add(words[0][0] + words[1][0] + "".join(words[2:]))
    return forms


def outlet_of_address(line: str) -> str | None:
    """The known outlet whose site a reporter's e-mail address is at ("jroe@nydailynews.com",
    "jroe@bbc.co.uk"): any part of the domain but its last."""
    for label in _domain_labels(line, _EMAIL_DOMAIN):
        found = _outlets().addresses.get(label)
        if found is not None:
            return found
    return None


def _domain_labels(text: str, address: re.Pattern[str]) -> list[str]:
    """The parts of the domains of the addresses ``address`` finds in ``text``, lower case, but the
    last ("jroe@nydailynews.com" -> "nydailynews")."""
    return [label for domain in address.findall(text.casefold()) for label in domain.split(".")[:-1]]


_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def known_outlet(line: str) -> str | None:
    """The canonical outlet name when the whole line is a known outlet's name (a masthead)."""
    return _outlets().names.get(_normalise_name(line))


def named_as_outlet(words: Sequence[str]) -> bool:
    """``Calder Point Herald``, ``Sunday Courant`` (written after "the"): a capitalised name of two
    words or more ending in a word hardly any name but a newspaper's ends in, listed or not (not
    "Dominican Republic", "Medical Examiner")."""
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words)
        and words[-1].casefold() in _lexicon().newspaper_name_words
    )


def outlet_from_credit(credit: str) -> str | None:
    """The outlet named by a dateline credit such as ``(Reuters)`` or ``(AP)``."""
    return _outlets().credited.get(_normalise_name(credit.strip("()[] ")))


# What a dateline credits when the outlet is not in our list: "BOSTON (KTLA) —" names KTLA.
# A station's call letters or a capitalised name of a few words ("Harrow & Finch Media"), never a
# date or a place note.
_CREDIT_NAME = re.compile(rf"{UPPER}[{CAPITAL}a-z0-9&.'’-]*(?: (?:&|{UPPER}[{CAPITAL}a-z0-9&.'’-]*)){{0,3}}")


def _credited_name(credit: str) -> str | None:
    credit = credit.strip()
    if not _CREDIT_NAME.fullmatch(credit) or date_stamp(credit) is not None:
        return None
    return credit


# "A version of this article appeared November 16, 2012, on page A1 in the U.S. edition of The
# Wall Street Journal": the day it was printed, and where.
_PRINT_NOTICE = re.compile(
    r"^a version of this (?:article|story|report) appeared (?:in print )?(?:on )?(?P<when>[^,]+,\s*\d{4})"
    rf".*?\b(?:edition|pages?|section) of\s+(?P<outlet>(?:the )?{UPPER}[\w&'’ -]{{1,50}}?)\s*(?:,|\.|\bwith\b|$)",
    re.I,
)


# "Copyright © 2012 AFP.", "© 2017 Example News Inc. All rights reserved.", "© Copyright 2017 The Ledger, 4 Main St."
_COPYRIGHT_HOLDER = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?:by\s+)?"
    # "TheExamplePost.com, Inc.": a web address's dot is part of the holder's name.
    r"((?:[^.,;()©]|\.(?=com\b|co\.uk\b|org\b|net\b)|(?<=\.co)\.(?=uk\b)){2,60})",
    re.I,
)


#: What a firm's name ends with, after which a copyright line's holder is a company.
_COMPANY_SUFFIX = r"(?i:inc|ltd|limited|llc|corp|corporation|plc)\b"


def outlet_in_copyright(notice: str) -> str | None:
    """The known outlet a copyright notice names as the holder."""
    holder = _COPYRIGHT_HOLDER.search(notice)
    if holder is None:
        return None
    before = notice[: holder.start()].strip(" |-–—")
    if re.match(r"all rights reserved\b", holder.group(1).strip(), re.I) and before:
        # "The Example Tribune © All Rights Reserved": the holder named before the sign.
        return known_outlet(before) or (before if named_as_outlet(before.split()) else None)
    name = re.sub(
        r"\s+(?:inc|ltd|limited|llc|corp|plc|all rights reserved)\b.*$", "", holder.group(1).strip(), flags=re.I
    )
    whole = known_outlet(name)
    if whole is not None:
        return whole  # "Guardian News and Media Limited": a publisher known by its whole name
    name = re.split(r"\s+and\s+", name)[0]  # "Example-TV and Example Broadcasting Inc.": the first holder
    # "WXYZ & Example Broadcasting Inc.": a station and its firm, where "Harrow & Finch Media" is one firm.
    first, ampersand, _ = name.partition(" & ")
    name = first if ampersand and (known_outlet(first) or _CALL_SIGN.fullmatch(first)) else name
    name = re.sub(r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$", "", name)  # "© The Example Ledger 2022": the year after the name
    return known_outlet(name) or outlet_from_credit(name) or _credited_name(name)


#: A blog feed's footer naming its site last: "The post Council approves ... appeared first on
#: Lakeport Ledger." (not "The post office that appeared first on the closure list will stay open").
FEED_FOOTER = re.compile(
    rf"^(?:the|this) (?:post|article)\s+(?-i:[{CAPITAL}0-9‘'\"“]).{{0,200}}?\bappeared first on\s+"
    rf"(?P<fed>(?-i:{UPPER})[\w.&'’ -]{{1,40}}?)(?:\s+[|–—-]\s+[^|]{{1,80}})?\.?$",
    re.I,
)
# The page naming its own outlet: "More from MarketWatch", "(Also on POLITICO: ...)", "Related
# stories on Example News:", "NBC News' Jo Roe contributed to this report.", "Example Wire writer
# Jo Roe contributed." (A bare "The Example Wire contributed to this report" credits another
# outlet's copy: it names none.)
_OWN_OUTLET = re.compile(
    r"^\(?(?:more from|also on|(?:related|more|other|latest|top) (?:stories|news|articles|videos|coverage|links)"
    r" (?:on|from))\s+(?P<listed>[^:()]{2,40}?)\s*(?::|\)|$)"
    rf"|^(?P<credited>{UPPER}[\w.&' -]{{1,40}}?)(?:'s|’s|'|’)\s+{UPPER}[\w.'’-]+(?:\s+{UPPER}[\w.'’-]+){{0,3}}"
    rf"(?:,?\s+(?:and|&)\s+{UPPER}[\w.'’-]+(?:\s+{UPPER}[\w.'’-]+){{0,3}})*\s+(?:contributed\b|reported from\s)"
    # "The Example Courier and our partners use cookies ...": the site asking the reader's consent.
    rf"|^(?P<consenting>(?:the )?{UPPER}[\w.&' -]{{1,40}}?)\s+and\s+(?:our|its)\s+(?:\w+\s+)?partners\s+use\s+cookies\b"
    # "Follow Example News on Twitter": the page's own outlet asking to be followed.
    rf"|^follow\s+(?P<followed>{UPPER}[\w.&' -]{{1,40}}?)\s+on\s+(?:twitter|facebook|instagram|x)\b"
    # "Sign up for The Example Sentinel's Farm newsletter": the page offering its own newsletter.
    rf"|^(?:sign up|subscribe|register)\s+(?:for|to)\s+(?P<offering>(?:the\s+)?{UPPER}[\w.&' -]{{1,40}}?)(?:'s|’s)\s+"
    # "Example Wire writers Jo Roe and Sam Lee in Boston contributed to this report."
    rf"|^(?P<staffed>{UPPER}[\w.&' -]{{1,40}}?)\s+(?:staff\s+)?"
    rf"(?:writers?|reporters?|correspondents?)\s+{UPPER}[^.]{{2,120}}?"
    r"\s+contributed\b"
    rf"|{FEED_FOOTER.pattern}",
    re.I,
)


def _outlet_promoting_itself(line: str) -> str | None:
    """A known outlet the page names as its own in a link list or a credit line; any outlet name
    where the page says it in so many words ("Stay with KTVB for updates", "The author is a
    Reuters Breakingviews columnist")."""
    found = _OWN_OUTLET.match(line.strip())
    if found is not None:
        groups = ("listed", "credited", "staffed", "followed", "consenting", "offering", "fed")
        name = next(found.group(group) for group in groups if found.group(group))
        name = name.strip()
        listed = known_outlet(name) or outlet_from_credit(name)
        named_as_one = ("staffed", "followed", "consenting", "offering", "fed")
        if listed is None and any(found.group(group) for group in named_as_one):
            # "Example Herald staff writer Jo Roe contributed": an outlet we do not list, named as one.
            listed = _outlet_named(re.sub(r"^the\s+", "", name, flags=re.I))
        if listed is not None:
            return listed
    for offer in _OWN_PRODUCTS.finditer(line):
        owner = known_outlet(offer.group("owner"))
        if owner is not None:
            return owner
    # "Contact Jo Roe at ... Jo Roe is a reporter for The Example Herald.": any sentence of the line.
    sentences = (line[start:end] for start, end in split_sentences(line))
    return next((name for name in map(_outlet_stated, sentences) if name is not None), None)


def _outlet_stated(sentence: str) -> str | None:
    """The outlet a sentence says the page is, or its reporter works for."""
    stated = _OUTLET_STATED.match(sentence.strip())
    if stated is not None:
        name = next(stated.group(group) for group in _STATED_GROUPS if stated.group(group)).strip().rstrip(".")
    else:
        biography = REPORTER_BIOGRAPHY.match(sentence.strip())
        if biography is None:
            return None
        named = biography.group("outlet") or biography.group("owner") or biography.group("employer")
        name = re.sub(r"^the\s+", "", named.strip())  # "a reporter at the Example Post"
    return known_outlet(name) or outlet_from_credit(name) or (name if _STATED_NAME.fullmatch(name) else None)


#: What a site offers under its own name: "Newsweek subscription offers", "Example Post app".
_OWN_OFFER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:subscriptions?|newsletters?|apps?|podcasts?|e-?editions?|offers?)\b", re.I
)
#: Most words of a listed outlet's name read at the start of a line.
_LONGEST_LISTED_NAME = 6


def _outlet_called_for(line: str) -> str | None:
    """A listed outlet opening the page's call to act on it or its offer: "Support The Guardian",
    "Sign up for POLITICO Playbook", "Newsweek subscription offers >". Weak: a local paper's
    "Subscribe to the Independent" calls itself by a listed outlet's name."""
    for start, end in split_sentences(line):
        sentence = line[start:end].strip()
        called = _page_action_opening().match(sentence)
        rest = sentence[called.end() :] if called else sentence
        listed = _listed_outlet_opening(rest)
        if listed is not None and (called or _OWN_OFFER.match(rest[len(listed[1]) :])):
            return listed[0]
    return None


def _listed_outlet_opening(text: str) -> tuple[str, str] | None:
    """The listed outlet the text opens with, by its longest name there, and those words ("POLITICO
    Playbook" -> Politico, "POLITICO"); an abbreviation only in capitals."""
    words = re.sub(r"^the\s+", "", text, flags=re.I).split()
    for size in range(min(len(words), _LONGEST_LISTED_NAME), 0, -1):
        name = re.sub(r"['’]s$", "", " ".join(words[:size]).rstrip(".,:;!?>"))  # "POLITICO's Playbook"
        found = known_outlet(name) or (outlet_from_credit(name) if name.isupper() and len(name) > 2 else None)
        if found is not None:
            return found, text[: text.index(words[size - 1]) + len(words[size - 1])]
    return None


# A sign-up prompt offering the page's own products: "You agree to receive updates and special
# offers for The Example Times's products and services".
_OWN_PRODUCTS = re.compile(
    r"\b(?:updates|offers|news|emails|newsletters?)\s+(?:[a-z]+\s+){0,3}?(?:from|for|by)\s+"
    rf"(?P<owner>{UPPER}[\w&.'’ -]{{1,40}}?)(?:'s|’s|'|’)\s+(?:products|services|newsletters?|journalism)\b"
)


# A page saying which outlet it is: a station's sign-off and a columnist's note. The name may
# carry a frequency or channel number ("WBAL NewsRadio 1090 AM").
_NAME_WORDS = rf"{UPPER}[\w&.'’-]*(?: (?:{UPPER}[\w&.'’-]*|&|\d+)){{0,5}}"
_STATED_NAME = re.compile(_NAME_WORDS)
#: A site's name where the page promotes itself: the same capitalised words, read case-sensitively
#: inside the case-blind patterns, never "This Website" or "Our Team".
_SELF_NAME = rf"(?!(?i:this|our|your)\b)(?-i:{_NAME_WORDS})"
_OUTLET_STATED = re.compile(
    rf"^(?:stay (?:with|tuned to) (?P<outlet>{UPPER}[\w&.'’ -]{{1,40}}?) for"
    r" (?:continuing coverage|coverage|developments|updates|the latest|more)\b"
    rf"|the (?:author|writer) is an? (?P<outlet2>{UPPER}[\w&.'’ -]{{1,40}}?) (?:columnist|contributor|correspondent)\b"
    # "Follow the Example Clarion on Facebook", "Subscribe now to The Example Leader for $1 a week",
    # and a reporter's biography: "Jo Roe is regional affairs reporter at The Example Standard."
    rf"|follow the (?P<outlet3>{UPPER}[\w&.'’ -]{{1,40}}?) on (?:facebook|twitter|instagram|x)\b"
    rf"|subscribe (?:now |today )?to (?P<outlet4>{UPPER}[\w&.'’ -]{{1,40}}?) for\b"
    # The site selling itself: "Subscribe to the Example Bulletin from $1 a week", "Click here to
    # subscribe to the Example Courier's e-paper edition", "Enjoy unlimited access to The Example
    # Clarion for just £1", "You are receiving this e-mail because you subscribed to The Example
    # Herald's Morning Edition".
    # (The name in these is capitalised whatever the case of the words around it, and is no
    # "This Website" or "Our Team".)
    rf"|(?:click here to )?subscribe (?:now |today )?to (?:the )?(?P<outlet5>{_SELF_NAME}) from\b"
    rf"|(?:click here to )?(?:subscribe|sign up|register) (?:to|for) (?:the )?(?P<outlet12>{_SELF_NAME})(?:'s|’s)"
    r" (?:e-?paper|digital|print|daily|weekly)\b"
    rf"|(?:enjoy|get) (?:unlimited |full |digital )*access to (?:the )?(?P<outlet6>{_SELF_NAME}) (?:for\b|from\b|[—–-])"
    rf"|you are receiving this e-?mail because you subscribed to (?:the )?(?P<outlet7>{_SELF_NAME})(?:'s|’s) "
    # "Share this Example Mirror story", "The Example Champion uses cookies to ...", "Got a story
    # for the Example Gazette? Email ...": the site asking, by its name.
    rf"|share this (?P<outlet8>{_SELF_NAME}) (?:story|article)\b"
    rf"|(?:the )?(?P<outlet9>{_SELF_NAME}) uses cookies\b"
    rf"|(?:got|have) a (?:news )?story for (?:the )?(?P<outlet10>{_SELF_NAME})\?"
    # "This article originally appeared in the Sunday print edition of The Example Advertiser."
    r"|this (?:article|story) (?:originally |first )?appeared in (?:the )?(?:[\w-]+ ){0,3}?edition of (?:the )?"
    rf"(?P<outlet11>{_SELF_NAME})\.?$"
    # An e-edition's share banner: "Shared from the 06/12/2023 Example Bay Times eEdition".
    rf"|shared from (?:the )?\d{{1,2}}/\d{{1,2}}/\d{{2,4}} (?P<outlet14>{_SELF_NAME}) e-?edition\b"
    # "The Example Sentinel is a Harrow Media publication.", "Example Mail is part of Example Media."
    rf"|(?-i:(?P<outlet13>{_SELF_NAME})) is (?:(?:a|an) (?-i:{UPPER})[\w&.'’ -]{{1,50}}? publication"
    rf"|part of (?:the )?(?-i:{UPPER})[\w&.'’ -]{{1,50}}?)\.?(?:\s+©.*)?$)",
    re.I,
)
_STATED_GROUPS = tuple(name for name in _OUTLET_STATED.groupindex if name.startswith("outlet"))
_NEWSROOM_JOBS = "|".join(sorted(lexicon_for(DEFAULT_LANGUAGE).newsroom_jobs))
#: A reporter's biography closing the page, and the outlet it names: "Jo Roe is a national health
#: correspondent for Example News.", "Roe is regional affairs reporter at The Example Standard.",
#: "Jo Roe writes for the Example Herald."
REPORTER_BIOGRAPHY = re.compile(
    rf"^(?-i:(?:{UPPER}[\w'’-]+ )?{UPPER}[\w'’-]+) (?:(?:is|has been|was) (?:a |an |the )?(?:[\w-]+ ){{0,4}}"
    # "Jo Roe writes about transport for the Example Herald."
    # "Jo Roe is a senior reporter covering health for the Example Post."
    rf"(?:{_NEWSROOM_JOBS})s? (?:covering [\w ,'’-]{{1,60}}? )?(?:at|for|with|of)"
    rf"|(?:writes|reports)(?: (?:about|on) [\w ,'’-]{{1,40}}?)? for"
    # "Jo Roe covers transport for the Example Herald", "has covered City Hall for ... since 2021".
    r"|(?:covers|has covered|covered) [\w ,'’-]{1,40}? for)"
    rf" (?P<outlet>(?:the )?(?-i:{UPPER}[\w&'’-]*(?: (?:&|{UPPER}[\w&'’-]*)){{0,4}}))"
    # "Jo Roe is a Harbor Gazette staff writer."
    rf"|^(?-i:(?:{UPPER}[\w'’-]+ )?{UPPER}[\w'’-]+) (?:is|has been|was) (?:a |an )"
    rf"(?P<employer>(?-i:{UPPER}[\w&'’-]*(?: (?:&|{UPPER}[\w&'’-]*)){{0,4}})) "
    rf"(?:[\w-]+ ){{0,2}}(?:{_NEWSROOM_JOBS})s?\b"
    # "Jo Roe is the Example Post's transport correspondent."
    rf"|^(?-i:(?:{UPPER}[\w'’-]+ )?{UPPER}[\w'’-]+) (?:is|has been|was) (?:the )?"
    rf"(?P<owner>(?-i:{UPPER}[\w&'’-]*(?: (?:&|{UPPER}[\w&'’-]*)){{0,4}}))(?:'s|’s) "
    rf"(?:[\w-]+ ){{0,3}}(?:{_NEWSROOM_JOBS})s?\b",
    re.I,
)


# The outlet's own reporting named in passing, in captions or in the text: a newscast credit
# ("Kim Roe reports for the KXYZ News at 5", "Watch the report on Action News at 4 p.m."), a
# scoop ("KXYZ News has learned"), a staff photographer's credit ("(Jo Roe/Example Gazette)", a
# caption's "... Credit: Jo Roe / Example Gazette").
# Weakest evidence: used only where nothing above names the outlet.
_NEWSCAST_NAME = rf"{UPPER}[\w&.'’-]*(?: [{CAPITAL}0-9][\w&.'’-]*){{0,3}}"
_NEWSCAST = re.compile(
    rf"\breports?\b[^.!?]{{0,80}}?\b(?:on|for|during) (?:the )?(?P<show>{_NEWSCAST_NAME})"
    r" at \d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|[ap]m\b|\b)"
)
_SCOOP = re.compile(
    rf"(?:^|[.!?]\s+)(?:the )?(?P<scoop>{_NEWSCAST_NAME})"
    r" (?:is learning|has learned|has confirmed|has obtained|(?:has|had) reached out to)\b"
)
# The newsroom asking for comment: "did not respond to a request for comment from the Example
# Gazette", "did not respond to The Example Post's request for comment".
_ASKING_FOR_COMMENT = re.compile(
    rf"\brequests? for comment (?:from|by) (?:the )?(?P<asker>{_NEWSCAST_NAME})"
    rf"|\b(?:the )?(?P<owner>{_NEWSCAST_NAME})(?:'s|’s) (?:requests?|inquir(?:y|ies)|calls?|e-?mails?|messages?)"
    r" (?:for|seeking) comment\b"
)
_NEWSROOM = re.compile(r".* News$")
_CALL_SIGN = re.compile(rf"[KW]{UPPER}{{2,3}}(?:-?(?:TV|FM|AM))?(?: ?\d{{1,2}})?")
_STAFF_PHOTO = re.compile(
    rf"(?:\((?i:photo:\s*)?|(?:^|(?<=[.!?] ))(?i:photo|image"
    rf"|credit):\s*)(?P<who>{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{1,3}})"
    r"\s*/\s*(?P<paper>[^()/]{2,50}?)\s*(?:\)|$)",
    re.M,
)
# A photograph's credit on a line of its own, under the picture: "Jo Roe / The Example Times",
# "Jo Roe/AP", "Jo Roe / Staff Photographer".
_CREDIT_LINE = re.compile(
    rf"(?P<who>{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{1,3}})\s*/\s*"
    rf"(?P<paper>{UPPER}[\w&.'’-]*(?: (?:{UPPER}[\w&.'’-]*|&|of|the))*)"
)


def photo_credit_line(text: str) -> tuple[str, str] | None:
    """``(photographer, employer)`` when ``text`` is a bare photo credit: a person's name, a slash,
    and an agency, an outlet or a staff credit (not "Jo Roe / Harbor Road", nor a byline's "By")."""
    found = _CREDIT_LINE.fullmatch(text.strip())
    if found is None or not opens_with_given_name(found.group("who")):
        return None
    paper = found.group("paper")
    credited = (
        _is_agency(paper)
        or paper.casefold() in _lexicon().staff_credits
        or known_outlet(paper)
        or is_outlet_name(paper)
    )
    return (found.group("who"), paper) if credited else None


# A call sign (letters, maybe a channel number) before "News" names the station: "KXYZ News" is KXYZ.
_CALL_SIGN_NEWS = re.compile(rf"^(?P<station>{UPPER}{{2,}}\d*(?: \d+)?) News$")


def _station(name: str) -> str:
    found = _CALL_SIGN_NEWS.match(name)
    return found.group("station") if found else name


def _outlet_reporting(text: str) -> str | None:
    """The outlet a newscast credit, a scoop or a staff photo credit in ``text`` names."""
    # (A substring test first: the name pattern is slow to try at every word of every line.)
    asking = _ASKING_FOR_COMMENT.search(text) if "comment" in text else None
    for found in (_NEWSCAST.search(text), _SCOOP.search(text), asking):
        if found is not None:
            name = found.group(found.lastgroup or 0).strip().rstrip(".")
            # Places and companies appear in the same phrases: only a newsroom ("... News", "The
            # Example Gazette"), a station's call sign or a known outlet is taken.
            known = known_outlet(name)
            if known or _NEWSROOM.fullmatch(name) or _CALL_SIGN.fullmatch(name) or is_outlet_name(name):
                return known or _station(name)
    photo = _STAFF_PHOTO.search(text)
    reversed_credit = _OUTLET_FIRST_PHOTO_CREDIT.search(text)
    if photo is not None:
        who, paper = photo.group("who"), photo.group("paper").strip()
    elif reversed_credit is not None:
        who, paper = reversed_credit.group("who"), reversed_credit.group("paper").strip()
        if not (known_outlet(paper) or is_outlet_name(paper)):
            return None
    else:
        credit = photo_credit_line(text)
        if credit is None or not (known_outlet(credit[1]) or is_outlet_name(credit[1])):
            return None  # a bare credit names an outlet only by an outlet's word ("/ The Example Times")
        who, paper = credit
    # An agency's picture may run in any outlet's article ("AP Photo/Jo Roe", "Jo Roe/Getty Images",
    # "Jo Roe/The Gazette via AP"): only a paper's own photographer says whose article it is.
    agency_credit = _is_agency(who) or re.search(r"\bphoto\b", who, re.I) or re.search(r"\bvia\b", paper, re.I)
    given = paper.split()[0].casefold()
    person = given in _lexicon().given_names_female or given in _lexicon().given_names_male
    staff = paper.casefold() in _lexicon().staff_credits  # "(Jo Roe / Staff Photographer)" names no outlet
    if agency_credit or person or staff or _is_agency(paper) or not _STATED_NAME.fullmatch(paper):
        return None
    return known_outlet(paper) or paper


#: A picture credited to the outlet first and its photographer after: "(ABC News: Declan Hurst)".
_OUTLET_FIRST_PHOTO_CREDIT = re.compile(
    rf"\((?P<paper>{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,3}}):"
    rf"\s*(?P<who>{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{1,3}})\)"
)


def _lexicon() -> Lexicon:
    return lexicon_for(DEFAULT_LANGUAGE)


@cache
def _agency_names() -> frozenset[str]:
    """Picture agencies and wire services, whose photographs run in any outlet's pages."""
    wires = (name for names in news_agencies() for name in names)
    return frozenset(_normalise_name(name) for name in (*photo_agencies(), *wires))


def _is_agency(name: str) -> bool:
    # "AP Photo", "Jo Roe, Getty Images": any part naming an agency makes it the agency's picture.
    parts = re.split(r"\s*[/,]\s*|\s+photo\b", _normalise_name(name))
    return any(part.strip() in _agency_names() for part in parts)


# ------------------------------------------------------------------------ mastheads

# What separates a site's name from its tagline on a page's top line: "Example News | Serving the
# valley since 1901", "Example Review — for hospital leaders", "Example Report: Budgets · Pensions".
_TAGLINE_SEPARATOR = re.compile(r"\s+[|—–·•-]\s+")
_WEB_ADDRESS = re.compile(rf"^(?:www\.)?(?P<name>[{CAPITAL}a-z][{CAPITAL}a-z0-9-]+)(?:\.[a-z]{{2,6}}){{1,2}}$")
_LONGEST_SITE_NAME = 5


# What separates links, or a masthead's name from the links after it: "The Example | Subscribe".
_LINK_SEPARATOR = re.compile(r"\s+[|•·]\s+")


def leading_segment(line: str) -> str:
    """What a row of links or credits opens with: "Example Wire" in "Example Wire · 3 min read"."""
    return _LINK_SEPARATOR.split(line.strip(), maxsplit=1)[0]


def site_name(line: str, *, placed: bool = False) -> str | None:
    """The name a page's top line gives its site, when it reads as one: a web address
    ("ExampleBeacon.co.uk" -> "Example Beacon"), or a short capitalised name that is in capitals
    ("EXAMPLE ROCKET"), has a word for a news outlet ("The Example Sentinel") or comes before a
    tagline ("Example | Serving the valley since 1901"). ``placed``: the line stands where only the
    site's name does (the top line, right above the site's row of sections), and any short
    capitalised name there is it ("Ward Six Watch")."""
    text = line.strip()
    # "Newsfeed.ie - Top stories from across Ireland": an address before a tagline is the name too.
    address = _WEB_ADDRESS.match(_TAGLINE_SEPARATOR.split(text, maxsplit=1)[0])
    if address is not None:
        name = address.group("name")
        if not name[:1].isupper():
            # "pinelandsnow.ca": a name in lower case run together is known by its address as written.
            return re.sub(r"^www\.", "", address.group())
        return " ".join(re.findall(rf"{UPPER}[a-z0-9]+|[{CAPITAL}0-9]+(?![a-z])|[a-z0-9]+", name))  # "NorthValleyPost"
    pieces = _TAGLINE_SEPARATOR.split(text, maxsplit=1)
    has_tagline = len(pieces) == 2
    if has_tagline and parse_date(pieces[1]) is not None and _ADDRESS_DOMAIN.search(pieces[1].casefold()):
        return None  # "ARCHIVED PAGE — captured 17 Mar 2001 from http://...": an archive's banner
    name = pieces[0].split(": ", 1)[0] if has_tagline else text
    # "Harbour FM 97.2": a station's frequency is no part of its name.
    name = re.sub(r"(?:\s+\d+(?:\.\d+)?)+$", "", name) if has_tagline else name
    words = name.split()
    connectors = _lexicon().organisation_connectors
    if (
        not 1 <= len(words) <= _LONGEST_SITE_NAME
        or re.search(r"[!?\"“”]|[.:;,]$", name)
        or only_menu_words(name)
        or mostly_menu_words(name)
    ):
        return None
    if not all(word[:1].isupper() or word[:1].isdigit() or word in connectors for word in words):
        return None
    if parse_date(pieces[0]) is not None or all(re.fullmatch(rf"(?i:{MONTH_PATTERN})\.?|\d+", w) for w in words):
        return None  # "12 Jun 2014 - 04 Feb 2019", "MAY JUN JUL": a calendar, no site
    if words[-1].casefold() in _lexicon().function_words:
        return None  # "COLLECTED BY" over an archive's copy: a label, cut off before what it names
    if len(words) == 1 and words[0].casefold() in _lexicon().outlet_name_words:
        return None  # "NEWS" above a print page's headline: its section; a site's name says more
    if len(words) > 2 and words[0] == "".join(word[0] for word in words[1:] if word not in connectors):
        return " ".join(words[1:])  # "TNA  Transatlantic News Agency": the initials, then the name they stand for
    in_capitals = sum(c.isalpha() for c in name) >= 2 and name.isupper()
    # "Herald-Dispatch", "NewsHub": a word for an outlet inside a joined name.
    parts = (part.casefold() for word in words for part in re.findall(rf"{UPPER}?[a-z]+|{UPPER}+(?![a-z])", word))
    outlet_word = any(part in _lexicon().outlet_name_words for part in parts)
    return name if has_tagline or in_capitals or outlet_word or (placed and _may_be_placed_name(name)) else None


def _may_be_placed_name(name: str) -> bool:
    """A name that where it stands may be a site's though no word says so ("Ward Six Watch"): not
    a greeting or a label ("Hello, Jo Roe", "Breaking: Storm Warning"), no number or weather ("Dunmore
    12C"), no day ("Tuesday Edition"), not a person's two names ("Sam Lee")."""
    words = name.split()
    calendar = _lexicon().calendar
    return (
        not re.search(r"[,:;\d]", name)
        and not any(word.casefold() in calendar.weekdays or word.casefold() in calendar.months for word in words)
        and not (len(words) == _PERSON_NAME_WORDS and opens_with_given_name(name))
    )


#: A given name and a surname: a person's name, above a menu the writer's.
_PERSON_NAME_WORDS = 2


def only_menu_words(text: str) -> bool:
    """A menu's label, not a site's name: "Print", "National" (a paper may be called "The
    National", but a lone "National" among the links is the section)."""
    lexicon = _lexicon()
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.casefold())
    menu = lexicon.section_names | lexicon.navigation_words | lexicon.navigation_filler_words
    # "E-paper" is a menu's word whole, "Sign-in" in its parts.
    return bool(words) and all(word in menu or all(part in menu for part in word.split("-")) for word in words)


#: Fewest words of a run of links read by its share of menu words, and that share.
_MENU_RUN_WORDS = 4
_MENU_RUN_SHARE = 0.75


def mostly_menu_words(text: str) -> bool:
    """A row of section links with a section the lists do not hold: "News Indigenous Environment
    Opinion Podcasts" (four words or more, each a capitalised link, three in four of them known)."""
    words = text.split()
    if len(words) < _MENU_RUN_WORDS or not all(re.fullmatch(rf"{UPPER}[a-z]+", word) for word in words):
        return False
    lexicon = _lexicon()
    if words[0].casefold() in lexicon.determiners or words[-1].casefold() in lexicon.outlet_name_words:
        return False  # "The Local Health Times", "Metro Business News Daily": an outlet's name
    menu = lexicon.section_names | lexicon.navigation_words | lexicon.navigation_filler_words
    return sum(word.casefold() in menu for word in words) >= _MENU_RUN_SHARE * len(words)


@cache
def _page_action_opening() -> re.Pattern[str]:
    """A call to act on the site that opens a masthead line before the site's name: "Support The
    Example Post", "Subscribe to the Example Herald"."""
    actions = stem_phrases(_lexicon().page_actions)
    return re.compile(rf"^(?:{actions})\b(?:\s+(?:here|now|today))?(?:\s+(?:to|for|with))?\s+(?=\S)", re.I)


@cache
def _by_prefix() -> re.Pattern[str]:
    """What opens a byline: "By", "Posted by" (see ``byline_openers``)."""
    openers = sorted(_lexicon().byline_openers, key=len, reverse=True)
    # "By: Jo Roe", "Author: Jo Roe", and "ByJo Roe" run together by a scrape.
    return re.compile(
        r"^\W*(?:(?:"
        + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers)
        + rf")\s*:?\s+|(?-i:By)(?={UPPER}[a-z]))",
        re.I,
    )


def opens_as_byline(line: str) -> bool:
    """Whether a line opens with a byline's opener ("By", "written by", "Posted by")."""
    return _by_prefix().match(line) is not None


def _without_by(line: str) -> str:
    return _by_prefix().sub("", line.strip().lstrip("-–— ").strip())


_OTHER_CREDIT = re.compile(r"^(?:[\w-]+ ){0,2}[\w-]+ by\s", re.I)
# What may separate a byline's name from its credits and stamp: "Jo Roe | Reporter • May 3, 2019".
#: What sets a byline's credits apart: "Jo Roe | Example Wire", "Jo Roe - Example Wire", and the
#: parenthesis closing "Jo Roe (Example Wire)" (a line wholly in parentheses is no byline's).
_BYLINE_PIECES = re.compile(r"\s*[|,•·]\s*|\s+[-–—]\s+|(?<=\w)\s*\((?=[^()]+\)\s*$)|\)\s*$")
_CAPITALISED_NAME_WORD = re.compile(rf"^(?:{UPPER}[\w'’\-]*\.?|{UPPER}\.)$")
_CONNECTOR = re.compile(r"^(?:and|&)$", re.I)
_BYLINE_TAIL = re.compile(r"\s+(?:at|in|from|for)\s+\S.*$")
_HANDLE = re.compile(r"(?<!\S)@\w+")
_EMAIL_ADDRESS = re.compile(r"(?<!\S)[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?!\S)")
# Where a correspondent filed from, as a byline's last credit: "in Luxembourg", "at the United Nations".
_WHERE_FILED = re.compile(rf"^(?:in|at|from)\s+(?:the\s+)?{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}}$")


@cache
def _places() -> tuple[str, ...]:
    # Longest first, so "New Delhi" is split off whole rather than as "Delhi".
    return tuple(sorted(lexicon_for(DEFAULT_LANGUAGE).dateline_places, key=len, reverse=True))


def _is_place(text: str) -> bool:
    """Whether ``text`` is a city a dateline names ("New Delhi")."""
    return text.strip() in _places()


def split_place(text: str) -> tuple[str, str | None]:
    """Split a known city off the end of a byline line: "Jane Doe London" -> ("Jane Doe", "London")."""
    for place in _places():
        if text.endswith(" " + place) and len(text) > len(place) + 1:
            return text[: -len(place)].rstrip(" ,|-–—"), place
    return text, None


def is_name_list(text: str) -> bool:
    """Capitalised words that could be people's names, possibly joined by "and" or commas."""
    words = [w for w in re.split(r"[\s,]+", text.strip()) if w]
    if not 2 <= len(words) <= 12:
        return False
    particles = lexicon_for(DEFAULT_LANGUAGE).name_connectors  # "von", "de": lower case inside a name
    return all(_CAPITALISED_NAME_WORD.match(w) or w in particles or _CONNECTOR.match(w) for w in words) and not (
        _CONNECTOR.match(words[0])
    )


def byline_name(line: str) -> str | None:
    """The reporter name(s) a byline line gives, without "By", outlet credit, place or stamp."""
    before = _OUTLET_BEFORE_BYLINE.match(line.strip())
    credit = line[before.end(1) :].lstrip(" |") if before else line
    credit = _BACK_FROM.sub("", _REPORTS.sub("", credit.strip()))  # "Jo Roe reports"
    return _credited_names(_without_by(credit), cut_tail=True, after_by=_by_prefix().match(credit.strip()) is not None)


#: A time of day closing what comes before a date: "5:02 p.m. EST", "17:05 GMT".
_CLOCK_BEFORE_DATE = re.compile(rf"[\s|,•·]*(?:{_CLOCK.pattern})(?:\s+{UPPER}{{2,4}})?[\s|,•·]*$", re.I)


def _before_date(text: str, date_at: int) -> str:
    """A credit line up to the date at ``date_at``, without the "on", separators or time of day
    before it ("Jo Roe, Example Today 5:02 p.m. EST January 5, 2016" -> "Jo Roe, Example Today")."""
    return _CLOCK_BEFORE_DATE.sub("", re.sub(r"(?:\s+on)?[\s|,•·–—-]*$", "", text[:date_at]))


def _credited_names(text: str, *, cut_tail: bool, after_by: bool = False) -> str | None:
    """The names a credit gives before its stamp, place, job or outlet; with ``cut_tail``, the names
    before "at"/"in"/"from"/"for" too ("Jo Roe in London"), which only a "By" line makes safe; with
    ``after_by`` (the credit opened with "By"), the pieces naming people up to the first that does not."""
    stamp = _first_date(text)
    if stamp is not None:  # "Jo Roe on May 3, 2019 at 8:05 am", "Jo Roe | 3 May 2019": the stamp ends the names
        text = _before_date(text, stamp[1].start())
        # "Jo Roe PUBLISHED: 12:01 EST, 3 March 2013": the stamp's label and time too.
        label = _STAMP_LABEL.search(text)
        text = text[: label.start()].rstrip(" |,•·") if label else text
    else:
        # "Jo Roe | Example Gazette | Updated 5:02 PM": a stamp of the time alone ends them too.
        label = _STAMP_LABEL.search(text)
        text = text[: label.start()].rstrip(" |,•·") if label and label.start() > 0 else text
    text = _HANDLE.sub("", text)  # "Jo Roe @joroe": the reporter's social-media handle
    text = _EMAIL_ADDRESS.sub("", text).strip()  # "Jo Roe jo.roe@example.com": the reporter's address
    text = text.split("/", 1)[0]  # "Jane Doe/Example Wire": the credit after the slash
    if cut_tail:
        text = _BYLINE_TAIL.sub("", text)
    # "Jane Doe, Reuters" / "Jane Doe | Senior Editor": an outlet or a job after the name.
    pieces = [_without_trailing_outlet(p.strip()) for p in _BYLINE_PIECES.split(text) if p.strip()]
    pieces = [_name_before_job(p, after_by=cut_tail) or p for p in pieces]
    # "Jo Roe | Edited by Ann Lee": the other credits of the page are not its reporters.
    pieces = [p for p in pieces if not is_job_title(p) and _credited_outlet(p) is None and not _OTHER_CREDIT.match(p)]
    pieces = [p for p in pieces if not _WHERE_FILED.match(p)]  # "Jo Roe, Agriculture Correspondent, in Brussels"
    if after_by:
        # "By Jo Roe, associate professor of hydrology, Example University", "By Jo Roe - 03/22/12
        # 06:00 AM": after "By", the names come first; what follows the first piece that names no
        # one (a description, a stamp) is credits.
        named = list(itertools.takewhile(is_name_list, pieces))
        pieces = named or pieces
    text, _place = split_place(", ".join(pieces))
    return text if is_name_list(text) else None


def _name_before_job(piece: str, *, after_by: bool) -> str | None:
    """ "Jo Roe Environment correspondent", "Jo RoeStaff Reporter" -> "Jo Roe": a job set after the
    name with no separator (or run onto it by the scrape). Without a "By" before it, only a name
    opening with a given name ("Senior Political Correspondent" is a job alone)."""
    words = _GLUED_WORDS.sub(" ", piece).split()
    if not words or words[0].casefold().rstrip(".") in _lexicon().titles:
        return None  # "Chief Football Writer": a job alone
    if not (after_by or words[0].casefold() in given_names(DEFAULT_LANGUAGE)):
        return None
    for cut in range(min(_LONGEST_JOB_WORDS, len(words) - 2), 0, -1):
        if is_job_title(" ".join(words[-cut:])) and is_name_list(" ".join(words[:-cut])):
            return " ".join(words[:-cut])
    return None


def opens_with_given_name(text: str) -> bool:
    """ "Ashleigh Grant, ...": a person's name first, not a section's label ("AFRICA, CULTURE")."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].casefold() in given_names(DEFAULT_LANGUAGE)


#: Two words a scrape ran together: "RoeStaff".
_GLUED_WORDS = re.compile(rf"(?<=[a-z]{{3}})(?={UPPER}[a-z]{{2}})")
_LONGEST_JOB_WORDS = 3


def is_icon(character: str) -> bool:
    """A symbol drawn as a button (≡, ☰, 🔍, ▾), not a letter, a digit, punctuation, a currency or a
    mark such as ©, ® or °."""
    return unicodedata.category(character) in ("So", "Sm") and character not in "+<=>|~°©®™"


def _without_icons(text: str) -> str:
    """``The Example Courier`` of "☰  The Example Courier  🔍": the buttons either side left out."""
    return text.strip().strip("".join({c for c in text if is_icon(c)})).strip()


def is_job_title(piece: str) -> bool:
    """A byline's credit that names a job, not an outlet: "Staff Writer", "Senior Editor", "Chief
    Football Writer", "Register staff" (but "The Hollywood Reporter" is a paper)."""
    words = piece.split()
    if piece.casefold() in _lexicon().staff_credits:
        return True
    return (
        1 <= len(words) <= 4
        and words[0].casefold() not in _lexicon().determiners
        and words[-1].casefold() in _lexicon().newsroom_jobs
    )


def _without_trailing_outlet(piece: str) -> str:
    """A name run into the agency it writes for, with no comma: "JO ROE Associated Press" -> "JO ROE"."""
    words = piece.split()
    if not words or words[0].casefold() in _lexicon().determiners:
        return piece  # "The Portville Herald": an outlet's own name
    for cut in range(2, len(words)):
        tail = " ".join(words[cut:])
        if known_outlet(tail) is not None or outlet_from_credit(tail) is not None:
            return " ".join(words[:cut])
    return piece


def _credited_outlet(piece: str) -> str | None:
    """The known outlet a byline's credit names, maybe followed by a staff credit or a job
    ("Example Wire", "Example Wire Staff Writer", "Sky News correspondent")."""
    words = piece.split()
    staff = lexicon_for(DEFAULT_LANGUAGE).staff_credits
    names = [
        " ".join(words[:cut])
        for cut in range(len(words), 0, -1)
        if cut == len(words) or " ".join(words[cut:]).casefold() in staff or is_job_title(" ".join(words[cut:]))
    ]
    known = (known_outlet(name) or outlet_from_credit(name) for name in names)
    return next((found for found in known if found is not None), None) or next(
        (name for name in names if is_outlet_name(name) and not is_job_title(name)), None
    )


def _outlet_named(name: str) -> str | None:
    """The outlet ``name`` is: a listed one by any of its names, else ``name`` itself when it is
    named as outlets are; ``None`` when it names none."""
    name = name.strip()
    return known_outlet(name) or outlet_from_credit(name) or (name if is_outlet_name(name) else None)


def is_outlet_name(name: str) -> bool:
    """An outlet we do not list, named as outlets are: a few capitalised words, one of them (or of
    its hyphened parts: "Beacon-Ledger") a word for a newspaper or broadcaster ("The Springfield
    Herald", "Channel 4 News")."""
    words = name.split()
    if _CALL_SIGN.fullmatch(name):
        return True  # a broadcaster's call sign: "KXYZ", "WXYZ-TV"
    return (
        1 <= len(words) <= 5
        and not any(mark in name for mark in ",|;/")
        and all(word[:1].isupper() or word[:1].isdigit() for word in words)
        and any(part.casefold() in _lexicon().outlet_name_words for word in words for part in word.split("-"))
    )


def names_a_firm(name: str) -> bool:
    """ "Calder Ridge Media Group", "Pwani Media Group Ltd": a name ending in a word for a firm."""
    last = name.split()[-1].casefold().rstrip(".")
    return last in _lexicon().company_suffixes or last in _lexicon().trade_words


#: A name a self-naming phrase gives: capitalised words, with "of", "and", "&" between them.
#: A full stop ends the name, but one inside a word ("okaneestar.com") is part of it.
_SELF_NAME_WORD = rf"{UPPER}[\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*"
_SELF_NAME = rf"(?:[Tt]he\s+)?{_SELF_NAME_WORD}(?:\s+(?:(?:of|and|&)\s+)?{_SELF_NAME_WORD}){{0,5}}"


@cache
def _self_naming() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The language's self-naming phrases as two patterns: the phrase before the name, and the name
    opening a sentence before the phrase."""
    cues = _lexicon().self_naming_cues
    before = [phrase for phrase, where in cues.items() if where == "before"]
    after = [phrase for phrase, where in cues.items() if where == "after"]
    if not before or not after:
        return None
    return (
        re.compile(rf"(?:^|(?<=[\s(]))(?i:{alternation(before)})\s+(?P<name>{_SELF_NAME})"),
        re.compile(rf"(?:^|(?<=[.!?:]\s))(?P<name>{_SELF_NAME})\s+(?i:{alternation(after)})\b"),
    )


def _outlet_naming_itself(furniture: list[str], article: list[str]) -> str | None:
    """The outlet a page names as its own with a phrase of ``self_naming_cues`` ("More from The
    Example Post" in its furniture, "The Example Post welcomes letters" there or in its article's
    lines): a listed outlet, a name made like an outlet's, or (in the furniture) one the page prints
    twice."""
    patterns = _self_naming()
    if patterns is None:
        return None
    page = "\n".join((*furniture, *article))
    before, after = patterns
    # An article's own lines name other outlets in passing ("Jo Roe, publisher of The Example Review"):
    # only a sentence the name opens ("The Example Post welcomes letters") names the page's there.
    for texts, in_furniture in ((furniture, True), (article, False)):
        for text in texts:
            for pattern in (before, after) if in_furniture else (after,):
                for found in pattern.finditer(text):
                    # "part of The Example Gazette's series": the name without its possessive.
                    name = re.sub(r"^the\s+|['’]s$", "", found.group("name"), flags=re.I).rstrip(".")
                    named = known_outlet(name) or (name if is_outlet_name(name) else None)
                    if named is None and in_furniture and len(name.split()) >= 2 and page.count(name) >= 2:
                        named = name  # "Cedar and Slate" on its top line and in "Welcome to Cedar and Slate"
                    if named is None or only_menu_words(named) or _is_agency(named) or opens_with_given_name(named):
                        continue  # "More from Jo Roe": the writer's other articles
                    return named
    return None


def _outlet_in_byline(line: str) -> str | None:
    """The outlet a byline credits: "By The Example Wire", "Jo Roe, Example Wire Staff Writer",
    "Jo Roe | Example Wire"; after a slash any credited name ("Jo Roe/KXYZ")."""
    before = _OUTLET_BEFORE_BYLINE.match(line.strip())
    if before is not None:
        return before.group(1)  # "Example Live | By Jo Roe": the site's name before its reporter's
    text = _without_by(line)
    if "/" in text:
        return _credited_name(text.split("/", 1)[1])
    label = _STAMP_LABEL.search(text)  # "Jo Roe, Example Today Published 9:01 a.m. ET March 4, 2013"
    text = text[: label.start()].rstrip(" |,•·") if label else text
    stamp = _first_date(text)  # "Jo Roe Example News January 5, 2016": the date after the credits
    if stamp is not None and stamp[1].start() > 0:
        text = _before_date(text, stamp[1].start())
    words = text.split()
    if not _BYLINE_PIECES.search(text):
        # "Jo Roe Example News": a listed outlet run onto the name with nothing between.
        run_on = (known_outlet(" ".join(words[cut:])) for cut in range(2, len(words) - 1))
        listed = next((found for found in run_on if found is not None), None)
        if listed is not None:
            return listed
    # "Jo Roe for Example Online": the outlet the reporter writes for.
    # "Jo Roe - Example Gazette", "Jo Roe (Example Gazette)": the outlet set off after the name.
    pieces = (text, *re.split(rf"{_BYLINE_PIECES.pattern}|\s+for\s+(?:the\s+(?={UPPER}))?", text, flags=re.I)[1:])
    # "JANE ROE Example Gazette Staff Writer": a name in capitals, then the outlet in its own case.
    capitals = re.match(rf"(?:{UPPER}[{CAPITAL}.'’-]+\s+){{1,3}}(?={UPPER}[a-z])", text)
    if capitals is not None:
        pieces = (text[capitals.end() :], *pieces)
    # "Jo Roe  Local Democracy Reporter": the writer's name run onto a job that ends as an outlet's
    # name may ("The Example Reporter") is no outlet.
    writer = byline_name(line)
    credited = (found for found in map(_credited_outlet, pieces) if found is not None)
    return next((found for found in credited if not (writer and found.startswith(writer))), None)


_OUTLET_BEFORE_BYLINE = re.compile(rf"^({UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,3}})\s+\|\s+by\s+{UPPER}", re.I)


#: A byline is a few words ("By Jo Roe and Sam Lee, Example Wire"), before any stamp after it.
_LONGEST_BYLINE_WORDS = 14


def _words_before_stamp(text: str) -> int:
    """How many words come before a stamp's label ("By Jo Roe PUBLISHED: 12:01 EST ..."), or in
    the whole line when it has none; the label is looked for among the first words only."""
    words = text.split(maxsplit=_LONGEST_BYLINE_WORDS + 1)
    if len(words) <= _LONGEST_BYLINE_WORDS:
        return len(words)
    head = " ".join(words[: _LONGEST_BYLINE_WORDS + 1])
    label = _STAMP_LABEL.search(head)
    return len(head[: label.start()].split()) if label else len(words)


def is_byline(line: str, *, in_header: bool) -> bool:
    """ "By Jane Doe" anywhere; a bare "Jane Doe [City]" line only in the page header."""
    text = line.strip()
    if text.endswith((".", "!", "?")) or _words_before_stamp(text) > _LONGEST_BYLINE_WORDS:
        return False
    if _by_prefix().match(text) or _OUTLET_BEFORE_BYLINE.match(text):
        # "By Jo Roe", or an agency's story with no reporter named: "By The Example Wire".
        return byline_name(text) is not None or _credited_outlet(_without_by(text)) is not None
    if in_header:
        if only_menu_words(text):
            return False  # "Front Page", "Local News": the section's label, capitalised like a name
        # "Jo Roe London", "Jo Roe | Senior Editor", "Jo Roe | 3 May 2019": a name and its credits;
        # "Jo Roe reports": a broadcast's credit.
        text = _BACK_FROM.sub("", _REPORTS.sub("", text))
        filed_from = _FILED_FROM.sub("", text)
        if filed_from.isupper():
            # "JO ROE AND AL POE in Harlow": where they filed from (a name in capitals, not a photo
            # caption's "Ann Vold in Delhi").
            text = filed_from
        name = _credited_names(text, cut_tail=False)
        return name is not None and 2 <= len(name.split()) <= 6
    return False


_FILED_FROM = re.compile(rf"\s+in\s+{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}}$")
# "Jo Roe, back from Kalirchar": where the reporter went to file the story.
_BACK_FROM = re.compile(rf",\s+back\s+from\s+{UPPER}[\w.'’-]*(?:\s+{UPPER}[\w.'’-]*){{0,3}}$")
_REPORTS = re.compile(r"\s+reports:?$", re.I)


# "Contact Jo Roe at ...", "To reach Jo Roe, call ...", "Write to Jo Roe at jo.roe@example.com",
# "Follow [Paper columnist] Jo Roe on Twitter":
# the reporter a contact line names, when it is the article's own.
_CONTACT_NAME = re.compile(
    rf"^(?:contact|to reach|reach|write to|e-?mail)\s+(?P<contact>{UPPER}"
    rf"[\w.'’ -]{{1,60}}?)\s*(?:,|\bat\b|\bby\b|\bvia\b)"
    rf"|^follow\s+(?P<follow>{UPPER}[\w.'’ -]{{1,80}}?)\s+on\s+(?:twitter|x|facebook|instagram)\b",
    re.I,
)


# A credit's writer, or its reporter when it names no writer: "(Reporting by Ann Lee; Writing by Jo
# Roe; Editing by ...)", "Story by Jo Roe; photographs by Al Poe", "Written by Jo Roe | Harlow".
_WRITER = re.compile(
    rf"\b(?P<role>writing|written|reporting|story|text|words) by\s+"
    rf"([^;()|]+?)(?:\s+in\s+{UPPER}[^;()|]*)?\s*(?:[;)|]|$)",
    re.I,
)


def _writer_in_credit(line: str) -> str | None:
    credited = {found.group("role").casefold(): found.group(2).strip().rstrip(".") for found in _WRITER.finditer(line)}
    roles = ("writing", "written", "story", "text", "words", "reporting")
    name = next((credited[role] for role in roles if role in credited), None)
    return name if name is not None and is_name_list(name) else None


# Whose staff a credit names: "Follow Example Times columnist Jo Roe on Twitter", "Analysis: Jo Roe,
# Example News business editor".
_STAFF_CREDIT = re.compile(
    rf"^(?:{UPPER}[a-z]+:\s*)?{UPPER}[\w.'’-]+(?: {UPPER}[\w.'’-]+){{1,3}},\s+"
    rf"(?P<outlet>{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,3}})(?P<desk>(?: [a-z]+){{0,3}})$"
)


_BYLINE_AFTER_STAMP = re.compile(rf"(?<=\s)By\s+(?={UPPER})")
#: A story credited to the newsroom as a whole: "From staff reports", "Example Gazette staff
#: report", "— Example Gazette staff", "From staff and wire reports, Example Gazette".
STAFF_REPORT = re.compile(
    rf"^(?:[-–—]+\s*)?(?:(?:from|by)\s+)?(?:the\s+)?(?P<outlet>"
    rf"(?-i:{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,4}})\s+)?"
    r"staff(?:\s+and\s+wire)?(?:\s+(?:reports?|writers?))?"
    rf"(?:\s*[,|—–-]\s*(?:the\s+)?(?P<after>(?-i:{UPPER}[\w&.'’-]*(?: {UPPER}[\w&.'’-]*){{0,4}})))?\.?$",
    re.I,
)


def _outlet_of_staff(line: str) -> str | None:
    """The known outlet a staff credit names as the employer of a columnist, reporter or editor,
    or the outlet a story credited to its staff names (any outlet named as one)."""
    text = line.strip().rstrip(".")
    report = STAFF_REPORT.match(text)
    if report is not None:
        return _outlet_named(report.group("outlet") or report.group("after") or "")
    credit = _STAFF_CREDIT.match(text)
    if credit is not None:
        desk = credit.group("desk").split()
        return _staff_outlet(credit.group("outlet")) if desk and desk[-1] in _lexicon().newsroom_jobs else None
    contact = _CONTACT_NAME.match(text)
    if contact is None:
        return None
    # "Follow Example Post columnist Jo Roe on X", "Email Example Post reporter Jo Roe at ...".
    words = (contact.group("follow") or contact.group("contact")).split()
    jobs = [i for i, word in enumerate(words) if word in _lexicon().newsroom_jobs]
    if not jobs or jobs[0] == 0:
        return None
    employer = " ".join(words[: jobs[0]])
    return _staff_outlet(employer) or (employer if is_outlet_name(employer) else None)


def _staff_outlet(name: str) -> str | None:
    """``name`` when it is, or begins with, a known outlet ("Example Today Sports": a desk of
    Example Today, named as the credit gives it)."""
    words = name.split()
    for cut in range(len(words), 0, -1):
        found = known_outlet(" ".join(words[:cut])) or outlet_from_credit(" ".join(words[:cut]))
        if found is not None:
            return found if cut == len(words) else name
    return None


def _reporter_in_contact(line: str) -> str | None:
    found = _CONTACT_NAME.match(line)
    if found is None:
        return None
    words = (found.group("contact") or found.group("follow")).split()
    # "USA TODAY Sports columnist Nancy Armour": the name follows the last word in lower case.
    lower = [i for i, word in enumerate(words) if word[:1].islower()]
    name = " ".join(words[lower[-1] + 1 :] if lower else words)
    return name if is_name_list(name) and len(name.split()) >= 2 else None


# ----------------------------------------------------------------------- inference


_DATELINE_CREDIT = re.compile(rf"^{UPPER}[{CAPITAL} .,'’-]*\(([^()]{{1,40}})\)\s*(?:--|—|–|-)\s")


def infer_metadata(removed: Iterable[RemovedText], article: Iterable[str] = ()) -> Metadata:
    """Metadata stated by the furniture the clean stage took off the article, and the outlet
    the article's own text names as its reporter (``article``: its paragraphs) when nothing else does."""
    removed, article = list(removed), list(article)
    title = outlet = byline = None
    byline_after_by = False
    owner: str | None = None  # a firm a copyright line names, which may own the outlet rather than be it
    # The outlet a page names as its own in passing ("More from X", "Stay with X for updates"):
    # used only where no masthead, dateline, byline or copyright says whose article it is.
    promoted: str | None = None
    titled: str | None = None  # the site named after the headline, as a page's title tag gives it
    # The outlet came from a masthead that is only the site's address ("tampabay.com"): a masthead
    # line naming it in words ("Tampa Bay Times") says it better.
    from_address = False
    headline_line: int | None = None
    # A bare name set as a heading right under the headline ("The quiet collapse of the town library"
    # / "Maxine Albright"): the writer's, when no byline names one.
    named_under_headline: str | None = None
    best_date: DateStamp | None = None
    # An e-mailed newsletter's sender: "From: The Example Post <news@examplepost.com>".
    mailed_by = _mail_sender(removed)
    # A name the page's header gives without saying it is the outlet's (a logo's text): the
    # outlet when nothing else names one.
    logo_named: str | None = None
    # Whose article an aggregator's page shows: a "Source:" credit, a byline's credit, the outlet's
    # name set over the headline. Over the aggregator's own name, which heads the page.
    shown_for: str | None = None
    byline_credit: str | None = None
    named_over_headline: str | None = None
    # The paper an archive's record names: "Title: The Example Banner | Date: May 16, 1996".
    catalogued: str | None = None
    # A writer's or a job's credit naming the outlet ("Jo Roe · CBC News", "Reporter, HuffPost",
    # "Mumbai | NDTV Correspondent") that the cleaner labelled otherwise.
    credit_line: str | None = None
    archived = any(_names_an_archive(piece.text) for piece in removed)
    for piece in removed:
        text = piece.text.strip()
        catalogued = catalogued or _paper_catalogued(text, in_archive=archived)
        credited_here = _outlet_of_credit_line(text) if piece.reason in _CREDIT_LINE_MISREAD_AS else None
        credit_line = credit_line or credited_here
        if headline_line is None and piece.reason in ("category label", "navigation"):
            named_over_headline = named_over_headline or _outlet_name_alone(text)
        # In the page's header only: "Source: The Example Post" under an article credits its figures.
        in_header = headline_line is None or piece.line - headline_line <= _NAME_UNDER_HEADLINE_LINES
        if piece.reason == "agency credit" and in_header:
            shown_for = shown_for or _source_credited(text)
        if piece.reason == "headline" and title is None and _credit_or_stamp_not_headline(text):
            # "Kelly Branson, USA TODAY Published 5:02 p.m. ET Jan. 8, 2018", "06/05/2018 05:31 pm ET"
            # on a page whose headline the extractor dropped: the credits, no headline.
            writer = byline_name(text) if is_byline(text, in_header=True) else None
            byline = byline or writer
            outlet = outlet or (_outlet_in_byline(text) if writer else None)
            stamped = parse_date(text)
            if stamped is not None and best_date is None:
                best_date = DateStamp(stamped, RANK_DATE_LINE)
        elif piece.reason == "headline" and title is None:
            title, titled = _without_site_name(text)
            headline_line = piece.line
        elif (
            piece.reason == "section heading"
            and named_under_headline is None
            and headline_line is not None
            and piece.line - headline_line <= _NAME_UNDER_HEADLINE_LINES
            and opens_with_given_name(text)
            and is_name_list(text)
            and len(text.split()) <= _LONGEST_BARE_NAME
        ):
            named_under_headline = text
        elif piece.reason == "photo caption" and piece is removed[0] and headline_line is None:
            # "Image: The Example Mercury" atop the page: the text of the site's logo, when nothing
            # else names the outlet (a first picture may be the story's: "Image: Royal Mail").
            pictured = _PICTURE_LABEL.match(text)
            name = pictured.group("name") if pictured else ""
            logo = name and not _is_agency(name) and (known_outlet(name) or is_outlet_name(name))
            logo_named = _outlet_named(name) if logo else None
        elif piece.reason == "masthead" and (outlet is None or from_address) and credited_here:
            # "Jenna Roe · CBC News ·": a writer's credit on the top line (its outlet is read below).
            byline = byline or byline_name(text)
        elif piece.reason == "masthead" and (outlet is None or from_address):
            text = text.lstrip("—–- ")  # "— The Example Post" signing the page off
            text = _page_action_opening().sub("", _without_icons(text))  # "Support The Example Post"
            # A title bar on the top line: "Flood: Residents relocate as river overflows - DCTV" (not a
            # row of links: "Example Clarion | Home | News | Sport").
            title_bar = _TITLE_SITE.match(text)
            headline_first = title_bar is not None and not _LINK_SEPARATOR.search(title_bar.group("title"))
            if title_bar and headline_first and len(title_bar.group("title").split()) > _LONGEST_SITE_NAME:
                text = title_bar.group("site").strip()
            logo = LOGO_LINE.fullmatch(text)
            if logo and logo.group("labelled") and headline_line is not None and piece.line > headline_line:
                continue  # "[logo: Harbor Bank]" under the article: a sponsor's, a partner's
            text = (logo.group("name") or logo.group("labelled")) if logo else text  # "The Example Times logo"
            first = leading_segment(text)  # "Example Wire · 3 min read", "The Example | Subscribe"
            named = known_outlet(text) or known_outlet(first) or site_name(text) or site_name(first)
            # Where the cleaner found the site's name by where it stands, its words need not say so.
            named = named or site_name(first, placed=True)
            bare = _BARE_ADDRESS.fullmatch(text) is not None
            if named is not None and (outlet is None or not bare):
                outlet, from_address = named, bare and outlet is None
        elif piece.reason == "dateline" and outlet is None:
            credit = re.search(r"\(([^)]+)\)", text)
            # "BOSTON (CBS/AP) —": the station's own copy with the agency's; the first named is the page's.
            first = credit.group(1).split("/")[0].strip() if credit else ""
            outlet = (outlet_from_credit(first) or _credited_name(first)) if first else None
        elif piece.reason == "standfirst" and outlet is None:
            # A live blog's standfirst opens with the wire's dateline: "NEW ORLEANS (AP) — The Latest on ...".
            credit = _DATELINE_CREDIT.match(text)
            outlet = outlet_from_credit(credit.group(1)) if credit else None
            # A newsletter's note above its stories: "You are receiving this e-mail because you subscribed to ...".
            promoted = promoted or _outlet_promoting_itself(text)
        elif piece.reason == "copyright notice":
            holder = None if outlet else outlet_in_copyright(text)
            # "© 2016 Calder Ridge Media Group": the firm that owns the paper, which the page may name too.
            # "Copyright 2022 Cascadia Broadcasting Inc.": a firm's name by its suffix, even where its
            # words could name an outlet; the station the page names is the outlet.
            incorporated = holder is not None and re.search(rf"{re.escape(holder)},?\s+{_COMPANY_SUFFIX}", text)
            owner = owner or (holder if holder and (names_a_firm(holder) or incorporated) else None)
            # A firm's name is the outlet only when nothing else on the page names one (see below).
            outlet = outlet or (holder if holder != owner else None)
            # "This article is republished from The Example Review under a Creative Commons
            # license": the outlet whose article it is, when the page names no other.
            reprinted = _REPUBLISHED_FROM.match(text)
            if reprinted:
                source = reprinted.group("source")
                promoted = promoted or known_outlet(source) or re.sub(r"^the\s+", "", source, flags=re.I)
            # "This article originally appeared in the Sunday edition of The Example Advertiser."
            promoted = promoted or _outlet_promoting_itself(text)
            printed = _PRINT_NOTICE.match(text)
            if printed:
                outlet = outlet or known_outlet(printed.group("outlet").strip())
                printed_on = parse_date(printed.group("when"))
                if best_date is None and printed_on is not None:
                    best_date = DateStamp(printed_on, RANK_DATE_LINE)
        elif piece.reason in (
            "link list",
            "related-link teaser",
            "newsletter prompt",
            "advertisement",
            "page notice",
            "tip line",
            "navigation",
        ):
            promoted = promoted or _outlet_promoting_itself(text)
        elif piece.reason == "agency credit" and byline is None:
            byline = _writer_in_credit(text)
            if _by_prefix().match(text):
                outlet = outlet or _outlet_in_byline(text)  # "Written by Jo Roe for the Example Gazette"
        elif piece.reason == "contributor credit":
            byline = byline or _reporter_in_contact(text) or _writer_in_credit(text)
            promoted = promoted or _outlet_promoting_itself(text) or _outlet_of_staff(text) or outlet_of_address(text)
        elif piece.reason == "section heading":
            promoted = promoted or _outlet_of_staff(text)
        elif piece.reason == "byline" and mailed_by and _squashed(text) == _squashed(mailed_by):
            continue  # the newsletter's name over its writer's ("The Example Brief" / "Jo Roe")
        elif piece.reason == "byline" and (
            byline is None
            or (not byline_after_by and _by_prefix().match(text) and _header_between(removed, byline, piece.line))
        ):
            # A "By" line over a bare name under the headline or a credit ("Written by ..." in a
            # review's box of credits, "Ann Vold in Delhi" above "By Jo Roe").
            byline = byline_name(text) or byline
            byline_after_by = _by_prefix().match(text) is not None
            byline_outlet = _outlet_in_byline(text)
            outlet = outlet or byline_outlet
            if byline_outlet is not None and not _is_agency(byline_outlet):
                byline_credit = byline_credit or byline_outlet
            stamped = parse_date(text)  # "Posted by Jo Roe on May 3, 2019"
            if stamped is not None and (best_date is None or best_date.rank < RANK_DATE_LINE):
                best_date = DateStamp(stamped, RANK_DATE_LINE)
        elif piece.reason == "dateline/publication stamp":
            if byline is None and _by_prefix().match(text):
                byline = byline_name(text)  # "Posted by Jo Roe on May 3, 2019": a stamp and a byline
            credited = _BYLINE_AFTER_STAMP.search(text)
            if credited is not None:
                # "Updated: Jan 5, 2016 6:15 PM EST By Jo Roe, WXYZ": the byline run onto the stamp.
                byline = byline or byline_name(text[credited.start() :])
                outlet = outlet or _outlet_in_byline(text[credited.start() :])
            # A print page's folio or date line ("4 | Example Examiner | Friday, June 13, 2014"): the
            # date is one of its pieces, and a piece that names a site names the paper.
            parts = stamp_pieces(text)
            stamp = date_stamp(text) or next((found for part in parts if (found := date_stamp(part))), None)
            if stamp and (best_date is None or stamp.rank > best_date.rank):
                best_date = stamp
            folio = [
                site_name(part)
                for part in parts
                if len(parts) > 1
                and parse_date(part) is None
                and not _CLOCK.search(part)  # "7:18 AM" names no site
                and not _PAGE_NUMBER.match(part)  # "PAGE A3"
            ]
            # "THE EXAMPLE ENTERPRISE, FRIDAY, JUNE 14, 1996 — PAGE A3": the paper before the date.
            folio += [site_name(paper) for part in parts if len(parts) > 1 and (paper := _paper_before_date(part))]
            outlet = outlet or next((name for name in folio if name), None)
    if best_date is None and headline_line is None:
        best_date = _clock_over_headless_article(removed)
    if title is not None:
        title = _headline_of_mail(removed, title, headline_line)
        title, named_before = _without_site_name_before(removed, title)
        titled = titled or named_before
    titled = titled or (_site_after_repeated_headline(removed, title) if title else None)
    if outlet is not None and from_address:
        # "chemplantinsider.com" as the masthead, "... for ChemPlant Insider" in the writer's note:
        # the name the address spells, as the page writes it.
        texts = [*(piece.text for piece in removed), *article]
        outlet = _name_spelling({_squashed(outlet.split(".")[0])}, texts) or outlet
    promoted = promoted or _outlet_naming_itself([piece.text for piece in removed], article)
    if outlet is None and titled is None:
        promoted = _outlet_at_its_own_address([piece.text for piece in removed]) or promoted
    if outlet is None and promoted is None:
        promoted = _name_repeated_in_furniture(removed, article)
    if outlet is None and promoted is None:
        reporting = (_outlet_reporting(text) for text in (*(piece.text for piece in removed), *article))
        promoted = next((name for name in reporting if name is not None), None)
    if headline_line is None:
        named_over_headline = None  # a name alone on a page with no headline is no evidence
    if (outlet is not None and _is_aggregator(outlet)) or shown_for is not None:
        outlet = shown_for or byline_credit or named_over_headline or outlet
    if title is not None and (_names_an_archive(titled or "") or _paper_catalogued(title, in_archive=archived)):
        title = None  # "Osterly Public Library — Digital Newspaper Archive", "Title: The Example Banner"
    if outlet is not None and _is_agency(outlet) and promoted is not None and not _is_agency(promoted):
        outlet = promoted  # a wire's copy on a site that names itself ("Subscribe now to The Example Leader")
    # An archive's or a library's name heads the page that keeps the article; never its outlet.
    candidates = (outlet, catalogued, mailed_by, titled, named_over_headline, credit_line, promoted, logo_named, owner)
    outlet = next((name for name in candidates if name and not _names_an_archive(name)), None)
    outlet = outlet or _domain_of_staff_mail(removed, article)
    # Weakest of all: the page's own social account ("For the latest news, follow @wsjpolitics"),
    # and its calls to act on a listed outlet.
    outlet = outlet or next(filter(None, (_outlet_of_account(piece.text) for piece in removed)), None)
    calls = (_outlet_called_for(piece.text) for piece in removed if piece.reason in _CALLS_TO_ACT)
    outlet = outlet or next(filter(None, calls), None)
    given_by = _giving(removed, byline)
    given_by_text = given_by.text if given_by else ""
    if _WRITTEN_BY.search(given_by_text) and any(_WORK_CREDITS.match(piece.text) for piece in removed):
        byline = None  # "Written by" among a film's or a play's credits ("Directed by ...", "Starring ...")
    if outlet and byline and _reporter_in_contact(given_by_text) == byline:
        # "Follow Example News on X" on the page of "Example News 24x7": the outlet's own account.
        byline = None if _squashed(byline) in _squashed(outlet) != _squashed(byline) else byline
    byline = byline or named_under_headline or _transcript_reporter(article)
    if outlet and byline and _squashed(outlet) == _squashed(byline):
        # One name read as both: an outlet's ("Capitol Ledger" as a byline), else the writer's ("Jo
        # Roe" above the menu of a page "By Jo Roe").
        if known_outlet(outlet) or is_outlet_name(outlet):
            byline = None
        else:
            outlet = None
    if title is not None and outlet is not None:
        title = _without_own_name(title, outlet)
    return Metadata(title=title, outlet=outlet, byline=byline, date=best_date.iso if best_date else None)


#: What labels a picture's text in a scrape: "Image: The Example Mercury".
#: ("Logo: ..." is the cleaner's masthead already: ``LOGO_LINE``.)
_PICTURE_LABEL = re.compile(r"^image\s*:\s*(?P<name>.+?)\.?$", re.I)
#: An e-mail's sender: "From: The Example Post <news@examplepost.com>", "From: Jo Roe from The
#: Example Brief <brief@example.com>" (the writer, then the newsletter).
_MAIL_FROM = re.compile(r"^from:\s*(?:(?P<writer>[^<>]+?)\s+from\s+)?(?P<sender>[^<>]+?)\s*<[^<>@\s]+@[^<>\s]+>$", re.I)
#: An e-mail's subject line, as a newsletter's scrape prints it over the message (not "Re: the
#: closure of Fenwick Road", a letter's headline).
_MAIL_SUBJECT = re.compile(r"^subject\s*:\s*", re.I)
#: The label a newsletter sets before its lead story in a subject line ("Morning Edition: ...").
_LONGEST_SUBJECT_LABEL = 4


#: A field of an archive's record naming the paper: "Title: The Example Banner", "Collection: The
#: Example Clarion (1896-2009)", among others after bars.
_CATALOGUE_FIELD = re.compile(
    r"(?:^|\|\s*)(?P<label>title|collection|publication|newspaper|paper)\s*:\s*(?P<name>[^|()]+?)\s*(?:\(\d{4}[^)]*\)\s*)?(?=\||$)",
    re.I,
)


def _paper_catalogued(line: str, *, in_archive: bool) -> str | None:
    """The outlet a record line names in a field ("Publication: The Example Banner"); a "Title:"
    field names the paper only on an archive's page (a database's export titles the article so)."""
    for field in _CATALOGUE_FIELD.finditer(line):
        if field.group("label").casefold() == "title" and not in_archive:
            continue
        named = _outlet_named(field.group("name"))
        if named is not None and not _is_agency(named):
            return named
    return None


def _names_an_archive(name: str) -> bool:
    """An archive's name ("Digital Newspaper Archive", "Osterly Public Library"), not an outlet's
    that ends as outlets' do ("Library Journal")."""
    words = [word.casefold() for word in re.findall(r"[^\W\d_]+", name)]
    outlet_like = bool(words) and words[-1] in _lexicon().outlet_name_words
    return not outlet_like and any(word in _lexicon().archive_words for word in words)


#: The page asking to be followed on a social network: "follow @wsjpolitics", "Follow us @ExampleNews".
_FOLLOW_ACCOUNT = re.compile(r"\bfollow (?:us (?:on (?:twitter|x) )?)?(?:at )?@(?P<account>\w{3,30})\b", re.I)
#: Fewest letters of an outlet's name or abbreviation an account may open with ("WSJ", "BBC").
_SHORTEST_ACCOUNT_PREFIX = 3


@cache
def _account_prefixes() -> dict[str, str]:
    """Every known outlet's names and abbreviations run together, lower case ("wsj", "wallstreetjournal")
    -> canonical name; a form two outlets share names neither."""
    owners: dict[str, set[str]] = {}
    for key, canonical in _outlets().credited.items():
        form = re.sub(r"[^0-9a-z]", "", key)
        if len(form) >= _SHORTEST_ACCOUNT_PREFIX:
            owners.setdefault(form, set()).add(canonical)
    return {form: next(iter(names)) for form, names in owners.items() if len(names) == 1}


def _outlet_of_account(line: str) -> str | None:
    """The outlet whose social account a page asks to be followed: a listed one by the name or
    abbreviation the account opens with ("@wsjpolitics" -> The Wall Street Journal), the longest
    that fits; another by its name's words run together ("@CedarBluffNews")."""
    found = _FOLLOW_ACCOUNT.search(line)
    if found is None:
        return None
    account = found.group("account").casefold()
    prefixes = _account_prefixes()
    for end in range(len(account), _SHORTEST_ACCOUNT_PREFIX - 1, -1):
        if account[:end] in prefixes:
            return prefixes[account[:end]]
    # "@CedarBluffNews": an outlet we do not list, its name's words run together, one a word for an outlet.
    words = re.findall(rf"{UPPER}[a-z]+", found.group("account"))
    joined = "".join(words) == found.group("account")
    return " ".join(words) if joined and len(words) > 1 and is_outlet_name(" ".join(words)) else None


#: Where the cleaner puts a page's calls to act on it.
_CALLS_TO_ACT = frozenset({"navigation", "newsletter prompt", "page notice", "advertisement", "link list"})
#: What the cleaner may call a credit line above or under an article that names no headline.
_CREDIT_LINE_MISREAD_AS = frozenset(
    {"masthead", "headline", "category label", "navigation", "contributor credit", "standfirst"}
)


def _outlet_of_credit_line(line: str) -> str | None:
    """The outlet a line crediting a writer or a job names ("Jo Roe · CBC News", "Colin MacRae, The
    Canadian Press", "Reporter, HuffPost", "Mumbai | NDTV Correspondent")."""
    pieces = [piece.strip(" ,") for piece in re.split(r"[|·•,]", line) if piece.strip(" ,")]
    writer = byline_name(line)
    names_someone = writer is not None and opens_with_given_name(writer) and is_byline(line, in_header=True)
    # "Reporter", "NDTV Correspondent": a job, alone or after the outlet's name.
    names_a_job = any(
        is_job_title(piece) or (len(piece.split()) > 1 and is_job_title(piece.split()[-1]) and _credited_outlet(piece))
        for piece in pieces
    )
    return _outlet_in_byline(line) if names_someone or names_a_job else None


#: How many of a page's first removed pieces may hold the date of an article printed with no headline.
_HEADLESS_STAMP_PIECES = 3


def _clock_over_headless_article(removed: Sequence[RemovedText]) -> DateStamp | None:
    """The date and time over an article an extractor kept without its headline ("Sept. 19, 2019,
    6:02 AM EDT" / "By Jo Roe, NBC News" / the lede): the cleaner reads a clock over a headline as
    the page's own, but with no headline it is the article's."""
    for piece in removed[:_HEADLESS_STAMP_PIECES]:
        if piece.reason == "navigation" and (stamp := date_stamp(piece.text)) is not None:
            return stamp
    return None


#: What a line of numbers may hold besides them and still be a stamp: "06/05/2018 05:31 pm ET".
_STAMP_ONLY = re.compile(r"[\d/.:,-]+|(?i:[ap]\.?m\.?)|[A-Z]{1,3}T|UTC|GMT|IST")


def _credit_or_stamp_not_headline(line: str) -> bool:
    """A line read as a headline that is a writer's credit with its stamp, or a stamp alone."""
    if all(_STAMP_ONLY.fullmatch(word) for word in line.split()) and re.search(r"\d", line):
        return True
    writer = byline_name(line) if is_byline(line, in_header=True) else None
    return writer is not None and opens_with_given_name(writer) and parse_date(line) is not None


def _is_aggregator(name: str) -> bool:
    return name.casefold() in news_aggregators()


#: A credit naming whose article a page shows: "Source: The Example Standard · 12 Aug 2016".
_SOURCE_CREDIT = re.compile(r"^(?:source|courtesy(?: of)?)\s*:?\s+(?P<name>.+)$", re.I)


def _source_credited(credit: str) -> str | None:
    """The outlet (not a wire: the site that runs a wire's copy is the outlet) a "Source:" credit
    names."""
    found = _SOURCE_CREDIT.match(credit)
    if found is None:
        return None
    # "Source: Al Jazeera and news agencies": the outlet first, the wires that fed it after.
    credited = leading_segment(found.group("name")).rstrip(". ")
    for name in (credited, *re.split(r",\s*|\s+and\s+", credited)):
        named = _outlet_named(name)
        if named is not None and not _is_agency(named) and not _is_aggregator(named):
            return named
    return None


#: "Millbrook's", "Farmers'" (not "O'Brien").
_POSSESSIVE = re.compile(r"\w['’]s\b|\ws['’](?!\w)")


def _outlet_name_alone(line: str) -> str | None:
    """An outlet's name on a line of its own above the headline, as an aggregator or a reader app
    shows whose article it is ("The Example Clarion" under the app's menu); no section's name
    ("Local News"), no wire's, no aggregator's."""
    name = site_name(line)
    # "Millbrook's Hometown Weekly": the site's motto under its name, saying whose paper it is.
    if name is None or name != line.strip() or _POSSESSIVE.search(name) or _is_agency(name) or _is_aggregator(name):
        return None
    return known_outlet(name) or (name if is_outlet_name(name) else None)


def _mail_sender(removed: Sequence[RemovedText]) -> str | None:
    """The outlet an e-mailed page's "From:" line names: the newsletter a writer sends "from", or a
    sender named as outlets are ("From: Morning Edition <...>" names a newsletter, no outlet). Only
    in the message's header over the headline, beside its "Subject:" line: an e-mail quoted in an
    article (a press office's, a scam's) names no outlet of the page."""
    headline = next((piece.line for piece in removed if piece.reason == "headline"), None)
    header = [piece for piece in removed if headline is None or piece.line <= headline]
    if not any(_MAIL_SUBJECT.match(piece.text.strip()) for piece in header):
        return None
    for piece in header:
        found = _MAIL_FROM.match(piece.text.strip())
        if found is not None:
            sender = found.group("sender").strip().strip('"')
            return sender if found.group("writer") else _outlet_named(sender)
    return None


def _headline_of_mail(removed: Sequence[RemovedText], title: str, headline_line: int | None) -> str:
    """The headline under an e-mail's subject line read as the headline: the subject without its
    "Subject:", or the line below that the subject gives (whole or after its newsletter's label:
    "Subject: Morning Edition: Bridge to close" over "Bridge to close for the summer")."""
    if not _MAIL_SUBJECT.match(title):
        return title
    subject = _MAIL_SUBJECT.sub("", title)
    label, colon, tail = subject.partition(": ")
    labelled = bool(colon) and len(label.split()) <= _LONGEST_SUBJECT_LABEL
    wanted = _squashed(tail if labelled else subject)
    for piece in removed:
        below = headline_line is not None and piece.line > headline_line
        text = piece.text.strip()
        header = below and piece.reason in _HEADER_REASONS and len(text.split()) > _LONGEST_SUBJECT_LABEL
        if header and wanted and (wanted in _squashed(text) or _squashed(text) in _squashed(subject)):
            return text
    return subject


def _without_site_name_before(removed: Sequence[RemovedText], title: str) -> tuple[str, str | None]:
    """A blog's title line names the site before the post ("Example Dispatch: Tax deal: who
    wins?"): when another line of the header prints that name, the headline is what follows."""
    site, colon, rest = title.partition(": ")
    words = site.split()
    # A kicker ("Analysis:", "Budget 2019:"), a section or a writer's name ("Jo Roe:") is no site.
    if not colon or not rest or not 2 <= len(words) <= _LONGEST_SITE_NAME:
        return title, None
    if only_menu_words(site) or opens_with_given_name(site):
        return title, None
    named = _squashed(site)
    if any(piece.reason in _SITE_NAME_REASONS and _squashed(piece.text) == named for piece in removed):
        return rest.strip(), site.strip()
    return title, None


#: What the line that prints a blog's name over its post is labelled: its name or its motto.
_SITE_NAME_REASONS = frozenset({"masthead", "standfirst"})


def _domain_of_staff_mail(removed: Sequence[RemovedText], article: Sequence[str]) -> str | None:
    """The domain the page's own people have their e-mail at ("jroe@examplestar.com" in a contact
    line, "news@examplestar.co.uk" in a tip line): the outlet's, when nothing else names it, by the
    name the page or its article spells it with ("The Example Star"), else as the domain; not a
    mail service anyone may use."""
    for piece in removed:
        if piece.reason not in _STAFF_MAIL_REASONS:
            continue
        for domain in _EMAIL_DOMAIN.findall(piece.text.casefold()):
            labels = domain.rstrip(".").split(".")
            # "example.co.uk": a country's second level ("co", "com") is no part of the name.
            shared = len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVELS
            own = labels[-3:] if shared else labels[-2:]
            personal = any(name in own[0] for name in _local_names(piece.text, domain))
            institution = any(label in _INSTITUTION_LABELS for label in labels)
            # A paper's domain spells a word for one ("okaneestar", "eastrandbulletin"); a
            # freelancer's, a charity's or a press agency's ("reillywords", "dunnepr") does not.
            words = (word for word in _lexicon().outlet_name_words if len(word) >= _OUTLET_WORD_LETTERS)
            newsroom = any(word in own[0] for word in words)
            if len(own) < 2 or own[0] in mail_domains() or personal or institution:
                continue
            listed = _outlet_at_domain(own[0])
            if listed is not None or newsroom:
                texts = [*(piece.text for piece in removed), *article]
                return listed or _name_spelling({own[0]}, texts) or ".".join(own)
    return None


def _name_spelling(labels: set[str], texts: Iterable[str]) -> str | None:
    """The first capitalised name in ``texts`` that one of the domain names ``labels`` spells run
    together ("The Carrick Standard" for "carrickstandard", and for "thecarrickstandard")."""
    labels = labels | {label.removeprefix("the") for label in labels if len(label) > len("the")}
    for text in texts:
        for run in _NAME_RUN.finditer(text):
            if _address_forms(_normalise_name(run.group())) & labels:
                return run.group()
    return None


def _outlet_at_domain(label: str) -> str | None:
    """The listed outlet a domain's name spells: its name ("politico"), or its name without the
    word for an outlet it ends in ("breitbart" for Breitbart News)."""
    found = known_outlet(label) or _outlets().addresses.get(label)
    if found is not None:
        return found
    words = _lexicon().outlet_name_words
    spelt = {
        outlet
        for form, outlet in _outlets().addresses.items()
        if form.startswith(label) and form[len(label) :] in words
    }
    return next(iter(spelt)) if len(spelt) == 1 else None


def _local_names(text: str, domain: str) -> list[str]:
    """The words of the local parts of the addresses at ``domain`` in ``text`` ("rhian" and "castell"
    in "rhian.castell@..."), of three letters or more: a domain holding one is a person's own."""
    local = re.findall(rf"([\w.+-]+)@{re.escape(domain)}", text.casefold())
    return [word for part in local for word in re.split(r"[._+-]", part) if len(word) >= 3]


#: Words for an outlet shorter than this ("tv", "fm") are found inside any domain's name.
_OUTLET_WORD_LETTERS = 4
#: A domain's part that names a government, a university, a school or a hospital, never an outlet.
_INSTITUTION_LABELS = frozenset({"gov", "govt", "ac", "edu", "mil", "sch", "nhs", "police", "parliament"})
#: Lines of a page that give its own people's addresses.
_STAFF_MAIL_REASONS = frozenset({"contributor credit", "tip line", "byline", "navigation", "page notice"})
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ac", "gov", "or", "ne", "gen"})


#: A print page's number in its folio: "PAGE A3", "Page 12", "p. 4", "B2".
_PAGE_NUMBER = re.compile(r"^(?:(?:page|p\.?|pg\.?)\s*)?[A-Z]?\d{1,3}[A-Z]?$", re.I)


def _paper_before_date(part: str) -> str | None:
    """The words before the date of a folio's piece, when the date closes it ("THE EXAMPLE
    ENTERPRISE, FRIDAY, JUNE 14, 1996"), without the weekday."""
    found = _first_date(part)
    if found is None or part[found[1].end() :].strip(" ,."):
        return None
    before = re.sub(rf"{_WEEKDAY}$", "", part[: found[1].start()].rstrip(" ,") + " ", flags=re.I).rstrip(" ,")
    # Not a stamp's label and time ("PUBLISHED: 08:41, 3 March 2013").
    return before if before and not has_stamp_label(before) and not _CLOCK.search(before) else None


#: A review's box of a work's credits: "Directed by Jo Roe", "Starring Al Poe", "Running time: 1 hr 52 min".
_WORK_CREDITS = re.compile(r"^(?:directed by|starring|running time|cast:|adapted by)\b", re.I)
_WRITTEN_BY = re.compile(r"\bwritten by\b", re.I)


def _giving(removed: Sequence[RemovedText], byline: str | None) -> RemovedText | None:
    """The furniture line a byline was read from: the first credit that holds it (not "Example News
    24x7" atop the page for the "Example News" of "Follow Example News on X")."""
    return next(
        (piece for piece in removed if byline and piece.reason in _BYLINE_SOURCES and byline in piece.text), None
    )


_BYLINE_SOURCES = frozenset(
    {"byline", "agency credit", "contributor credit", "section heading", "dateline/publication stamp"}
)


def _header_between(removed: Sequence[RemovedText], byline: str | None, line: int) -> bool:
    """Whether only the page's header stands between the line the byline was read from and a "By"
    line at ``line``: not a box of other stories further down ("More from ...", "By Al Poe")."""
    first = _giving(removed, byline)
    return first is not None and all(
        piece.reason in _HEADER_REASONS for piece in removed if first.line < piece.line < line
    )


_HEADER_REASONS = frozenset(
    {
        "headline",
        "standfirst",
        "category label",
        "section heading",
        "byline",
        "contributor credit",
        "dateline/publication stamp",
    }
)


def _transcript_reporter(article: Sequence[str]) -> str | None:
    """The reporter a broadcast transcript labels so: "MARA LIASSON, BYLINE: Hi there."."""
    for paragraph in article:
        found = _REPORTER_LABEL.match(paragraph)
        if found is not None:
            return found.group("name")
    return None


#: "MARA LIASSON, BYLINE:": a name in capitals, then every language's label for a reporter.
_REPORTER_LABEL = re.compile(
    rf"(?P<name>{UPPER}[{CAPITAL}.'’-]+(?: {UPPER}[{CAPITAL}.'’-]+){{1,3}}),\s+(?:"
    + alternation(
        sorted({label.upper() for lang in available_languages() for label in lexicon_for(lang).reporter_labels})
    )
    + r"):"
)


def _without_own_name(headline: str, outlet: str) -> str:
    """The headline without the site's name set after it where the page names the site elsewhere
    ("What Happens to Your Brain | TIME" on a page whose copyright is Time Inc.'s)."""
    found = _TITLE_SITE.match(headline)
    if found is None:
        return headline
    site, own = _squashed(found.group("site")), _squashed(outlet)
    return found.group("title").strip() if site and (site == own or own.startswith(site)) else headline


def _squashed(name: str) -> str:
    """A name's letters and digits, lower case, without a leading "the": "The Example-Post" -> "examplepost"."""
    return re.sub(r"[^0-9a-z]", "", _normalise_name(name))


#: The text a page's logo image leaves in a scrape: "The Example Times logo".
#: A word of its name may be a number ("CHNV Channel 6 News").
_LOGO_NAME = rf"{UPPER}[\w&.'’-]*(?: (?:of |& )?(?:{UPPER}|\d)[\w&.'’-]*){{0,4}}"
LOGO_LINE = re.compile(
    rf"(?P<name>{_LOGO_NAME}) (?i:logo)"
    # "[logo: The Example Gazette]", "Logo: The Example Gazette", "[logo] The Example Gazette": an
    # image's text, labelled.
    rf"|\[?(?i:logo)(?::\s*|\]\s*)(?P<labelled>{_LOGO_NAME})\]?"
)
#: How far below the headline (in lines of the file, blank ones counted) a bare name is its byline,
#: and how many words such a name has at most.
_NAME_UNDER_HEADLINE_LINES = 8
_LONGEST_BARE_NAME = 4
#: A line that is a site's address and nothing else: "tampabay.com", "www.example.co.uk".
_BARE_ADDRESS = re.compile(rf"(?:https?://)?(?:www\.)?[{CAPITAL}a-z0-9-]+(?:\.[{CAPITAL}a-z0-9-]+)*\.[a-z]{{2,6}}/?")
#: Furniture where a site prints its own name: its masthead, labels, menus and footer, notices and
#: offers (not the article's own text taken off as embeds or repeats, nor other pages' headlines).
_SITE_FURNITURE = frozenset(
    {
        "masthead",
        "category label",
        "navigation",
        "copyright notice",
        "newsletter prompt",
        "page notice",
        "contributor credit",
        "advertisement",
        "section heading",
    }
)
#: A top line left as the article's first paragraph is the site's name only when this short.
_LONGEST_NAME_LINE = 5


def _name_repeated_in_furniture(removed: list[RemovedText], article: list[str]) -> str | None:
    """A name the page's furniture prints on two lines or more (the masthead or a label at the top,
    then the footer, an address, a subscription offer), and that is no person's, no agency's and no
    menu's: the site's own. Where a page's top line is also the article's first, that line counts
    ("GULF DAILY OBSERVER" over the story, "Gulf Daily Observer | About | Advertise" below it)."""
    lines: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    texts = [piece.text for piece in removed if piece.reason in _SITE_FURNITURE]
    texts += [text for text in article[:1] if len(text.split()) <= _LONGEST_NAME_LINE]
    titles = _lexicon().titles
    for number, text in enumerate(texts):
        for run in _NAME_RUN.finditer(text):
            name = run.group()
            words = re.sub(r"^the\s+", "", name, flags=re.I).split()
            if len(words) < 2 or only_menu_words(name) or opens_with_given_name(name) or _is_agency(name):
                continue
            if any(len(_GLUED_WORDS.findall(word)) >= _GLUED_LABELS for word in words):
                continue  # "FlagShareLikeReplyJo Roe": a widget's labels run together, no site's name
            if any(word.casefold().rstrip(".") in titles for word in words):
                continue  # "Russian President Vladimir Putin": a person, by a title
            key = " ".join(words).casefold()
            lines.setdefault(key, set()).add(number)
            # A name in capitals is shown as the page writes it elsewhere, in mixed case.
            if key not in shown or (shown[key].isupper() and not name.isupper()):
                shown[key] = name
    repeated = [key for key, found in lines.items() if len(found) >= _SITE_NAME_LINES]
    if not repeated:
        return None
    best = max(repeated, key=lambda key: (len(lines[key]), -min(lines[key])))
    return shown[best]


#: How many joins of run-together words make a word a widget's labels ("HuffPost" has one).
_GLUED_LABELS = 2
#: On how many lines of its furniture a page prints its own name, at least.
_SITE_NAME_LINES = 2


def _outlet_at_its_own_address(furniture: list[str]) -> str | None:
    """A name the page's furniture prints whose run-together form is the domain of an address the
    furniture gives too: "Marlowe Daily Record" beside "www.marlowedailyrecord.com/news/..." or
    "jroe@marlowedailyrecord.com" is the page's own outlet, listed by us or not."""
    labels = {
        label
        for text in furniture
        for label in _domain_labels(text, _ADDRESS_DOMAIN)
        if len(label) > _SHORTEST_OWN_DOMAIN
    }
    return _name_spelling(labels, furniture) if labels else None


# The domain of a web or e-mail address ("www.example-news.com/...", "jroe@example.co.uk").
_ADDRESS_DOMAIN = re.compile(r"(?:https?://|www\.|@)(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,6})\b")
# A run of capitalised words that may be an outlet's name ("The Example Daily Record", "MetroPulse Daily").
_NAME_RUN = re.compile(rf"(?:The )?{UPPER}[\w&'’-]*(?: (?:of |and |& )?{UPPER}[\w&'’-]*){{1,4}}")
#: Shorter domain labels ("co", "news") are a country's or a generic part, never a run-together name.
_SHORTEST_OWN_DOMAIN = 5


_REPUBLISHED_FROM = re.compile(
    r"^this (?:article|story|piece) (?:is|was) (?:republished|reprinted|reproduced) from\s+"
    rf"(?P<source>(?:the\s+)?(?-i:{UPPER}[\w&'’-]*(?:\s+{UPPER}[\w&'’-]*){{0,4}}))",
    re.I,
)
#: Where a trail of the site's sections breaks: "Home / Cities / ...", "News › Local › ...".
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[/›»>]\s+")
_BREADCRUMB_PIECES = 3
_LONGEST_BREADCRUMB_WORDS = 3
#: A headline with the site's name after it, as a page's title tag prints it: "... - The Example Post".
_TITLE_SITE = re.compile(r"^(?P<title>.{12,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")


def _site_after_repeated_headline(removed: list[RemovedText], headline: str) -> str | None:
    """The site a page's title line names after the headline it repeats ("Bin collections delayed
    - Hallowby Evening Mail" above the headline "Bin collections delayed"): any short name there,
    since the words before it are the article's own headline."""
    wanted = _squashed(headline)
    for piece in removed:
        found = _TITLE_SITE.match(piece.text.strip())
        if piece.reason != "headline" and found and _squashed(found.group("title")) == wanted:
            site = found.group("site").strip()
            return _outlet_named(site) or (site if _may_name_a_site(site) else None)
    return None


def prints_title(line: str, title: str) -> bool:
    """Whether a page's line is the title a field states, with or without the site's name after it."""
    found = _TITLE_SITE.match(title.strip())
    return _squashed(line) in {_squashed(title), _squashed(found.group("title")) if found else None}


def title_and_site(title: str, page_lines: Iterable[str]) -> tuple[str, str | None]:
    """A page's title as a field states it (a feed's or a reader service's "Title:"), without the
    site's name after it, and that name: split off when the page prints the words before it as a
    line of its own (its headline), or when they name a known outlet or a web address."""
    found = _TITLE_SITE.match(title.strip())
    if found is not None:
        wanted = _squashed(found.group("title"))
        site = found.group("site").strip()
        if any(_squashed(line) == wanted for line in page_lines) and (_outlet_named(site) or _may_name_a_site(site)):
            return found.group("title").strip(), _outlet_named(site) or site
    return _without_site_name(title)


def _may_name_a_site(name: str) -> bool:
    """A name after a repeated headline that may be the site's: two capitalised words or more, that
    may be a name where it stands (no number: "Page 2"), and no word of a stamp ("Updated", "Live
    Updates" label the page)."""
    return (
        len(name.split()) >= _SHORTEST_PLACED_NAME
        and site_name(name, placed=True) is not None
        and not _STAMP_WORDS.search(name)
    )


#: Words a name after a repeated headline has at least ("Updated" alone is a stamp's label).
_SHORTEST_PLACED_NAME = 2


def _without_site_name(headline: str) -> tuple[str, str | None]:
    """The headline without a site's name set after it, and that name ("Bridge closes - The
    Example Post"); the headline as it is when what follows names no outlet. A trail of sections
    before it ("Home / Cities / Bridge closes") is left out too."""
    crumbs = _BREADCRUMB_SEPARATOR.split(headline)
    if len(crumbs) >= _BREADCRUMB_PIECES and all(
        0 < len(crumb.split()) <= _LONGEST_BREADCRUMB_WORDS for crumb in crumbs[:-1]
    ):
        headline = crumbs[-1].strip()
    found = _TITLE_SITE.match(headline)
    if found is None:
        return headline, None
    site = found.group("site").strip()
    # "... - CNNPolitics.com": a web address names a site, whatever its words.
    outlet = _outlet_named(site) or (site_name(site) if _WEB_ADDRESS.match(site) else None)
    return (found.group("title").strip(), outlet) if outlet else (headline, None)
