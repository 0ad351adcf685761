"""Database exports: an article downloaded from a news database (Nexis, ProQuest, Factiva) comes
with the database's fields around its text: "HEADLINE: ...", "LOAD-DATE: ...", "SN Reuters News".
The fields are furniture, and what they state (headline, byline, date, publication) is the
article's metadata, stated rather than guessed. Which labels exist is data
(``text/data/export_fields.txt``); a text is read as an export only when it carries several of
one family's labels at the start of its lines, so a lone "Source:" in an article stays text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ...model import Metadata
from ...text.alternation import alternation
from ...text.lexicon import export_fields
from ...text.script import CAPITAL, UPPER
from .. import metadata as meta
from .lines import Line

#: Distinct labels of one family a text must carry to be read as that database's export: more
#: for the two-letter codes, which an ordinary line could open with by chance.
_LABELS_TO_BE_AN_EXPORT = {"labelled": 3, "coded": 4, "tagged": 4}
#: How many lines may stand above an export's first field as the export's own heading ("3 of 18
#: DOCUMENTS", the copyright, the publication, the date, the edition).
_HEADING_LINES = 8
#: A field of a label the list does not know, written in capitals: "HOST: ANN LEE".
_CAPITALISED_LABEL = re.compile(rf"{UPPER}[{CAPITAL} #'-]{{1,30}}:\s+\S")
#: Most lines a headline field may run over (the headline and its decks).
_HEADLINE_LINES = 3


@dataclass(frozen=True, slots=True)
class Export:
    """The lines of a text that are a database export's own, and what its fields state."""

    #: Indices of the field lines, the lines a headline field runs on to, and the export's
    #: heading above its first field.
    lines: frozenset[int]
    metadata: Metadata


@cache
def _patterns() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per family: a pattern for a field line (its label and value), and what each label holds."""
    families: dict[str, dict[str, str]] = {}
    for family, label, holds in export_fields():
        families.setdefault(family, {})[label.upper()] = holds
    patterns = {}
    for family, labels in families.items():
        if family == "labelled":
            # "Body" alone on its line marks the text's start; "Body of a man was found" is text.
            valued = alternation(sorted((label for label in labels if label.endswith(":")), key=len, reverse=True))
            alone = alternation(sorted((label for label in labels if not label.endswith(":")), key=len, reverse=True))
            pattern = re.compile(rf"(?:(?P<label>{valued})(?:\s+(?P<value>\S.*))?|(?P<alone>{alone}))$", re.IGNORECASE)
        elif family == "tagged":
            # "<title>Text</title>", "<category term="x"/>", "</item>", and the end of a CDATA
            # section before its closing tag ("]]></content:encoded>").
            names = alternation(sorted(labels, key=len, reverse=True))
            pattern = re.compile(rf"(?:\]\]>)?</?(?P<label>{names})(?=[\s/>])[^>]*>(?P<value>.*)$", re.IGNORECASE)
        else:
            codes = alternation(sorted(labels, key=len, reverse=True))
            pattern = re.compile(rf"(?P<label>{codes})(?:\s+(?P<value>\S.*))?$")
        patterns[family] = (pattern, labels)
    return patterns


def _label(match: re.Match[str]) -> str:
    return (match.group("label") or match.group("alone")).upper()


# A feed element's text inside a CDATA section ("<![CDATA[Jo Roe]]>"), and the tags around it.
_CDATA_OR_TAG = re.compile(r"<!\[CDATA\[|\]\]>|<[^>]*>")


def _value(match: re.Match[str], family: str) -> str:
    value = (match.group("value") or "").strip()
    if family == "tagged":
        value = html.unescape(_CDATA_OR_TAG.sub("", value)).strip()
    return value


def read_export(lines: list[Line]) -> Export | None:
    """The database export ``lines`` are, or ``None`` when they are not one."""
    for family, (pattern, labels) in _patterns().items():
        found = {i: match for i, line in enumerate(lines) if (match := pattern.match(line.text.strip()))}
        if len({_label(match) for match in found.values()}) < _LABELS_TO_BE_AN_EXPORT[family]:
            continue
        own: set[int] = set()
        values: dict[str, list[str]] = {}
        headline_lines = 0  # lines of a headline field so far, while it may go on
        for i, line in enumerate(lines):
            match = found.get(i)
            if match is not None:
                kind = labels[_label(match)]
                own.add(i)
                if value := _value(match, family):
                    values.setdefault(kind, []).append(value)
                headline_lines = 1 if family == "labelled" and kind == "headline" else 0
            elif 0 < headline_lines < _HEADLINE_LINES and line.line == lines[i - 1].line + 1:
                # "HEADLINE: Dockworkers walk out;" / "Picket lines go up ...": the headline's second
                # deck, on the next line of the field (not after a blank line, where the text starts).
                own.add(i)
                headline_lines += 1
            else:
                headline_lines = 0
        # 'HOST: ANN LEE' between two fields of a transcript's heading is one of them.
        for i in range(1, len(lines) - 1):
            if i - 1 in found and i + 1 in found and _CAPITALISED_LABEL.match(lines[i].text.strip()):
                own.add(i)
        first = min(found)
        if first <= _HEADING_LINES:
            own.update(range(first))
        return Export(frozenset(own), _stated(values, [lines[i].text.strip() for i in range(first)], family))
    return None


def _stated(values: Mapping[str, list[str]], heading: list[str], family: str) -> Metadata:
    """The metadata an export's fields (and the lines above them) state."""
    titles = values.get("headline", [])
    title = titles[0].rstrip(" ;") if titles else None
    # A feed names itself before its item: "<title>The Example Times</title>" ... "<item><title>...".
    feed_name = titles[0] if family == "tagged" and len(titles) > 1 else None
    if feed_name is not None:
        title = titles[-1]
    # "BYLINE: Jo Roe; Herald Staff Writer": the name before what the writer is.
    byline = meta.byline_name(values["byline"][0].split(";")[0]) if "byline" in values else None
    if byline is None and family == "tagged" and "byline" in values:
        byline = values["byline"][0]  # a feed's author element holds a name alone, a person's or an agency's
    dates = [parsed for value in values.get("date", ()) if (parsed := meta.parse_date(value))]
    outlet = _publication(values["outlet"][0]) if "outlet" in values else None
    if outlet is None and "copyright" in values:
        outlet = meta.outlet_in_copyright(values["copyright"][0])
    outlet = outlet or feed_name
    # Above the fields, the publication's name stands on the line before the date line ("The
    # Carrick Bay Herald (Washington)" / "September 16, 2025 Tuesday"), and the headline may stand
    # above the publication.
    named = [line for line in heading if not _COPYRIGHT.match(line) and not _DOCUMENT_COUNT.match(line)]
    for at, line in enumerate(named[1:], 1):
        printed = meta.parse_date(line)
        if printed is None:
            continue
        dates.append(printed)
        if outlet is None and meta.parse_date(named[at - 1]) is None:
            outlet = _publication(named[at - 1])
        if title is None and at >= 2:
            title = named[at - 2]
        break
    else:
        # A transcript's heading names the channel alone above its fields: "HEARTLAND PUBLIC RADIO".
        if outlet is None and len(named) == 1 and len(named[0].split()) <= _CHANNEL_WORDS:
            outlet = _publication(named[0])
    return Metadata(title=title, outlet=outlet, byline=byline, date=dates[0] if dates else None)


#: Most words of a channel's name heading a transcript.
_CHANNEL_WORDS = 5
_COPYRIGHT = re.compile(r"(?:copyright|©|\(c\)|all rights reserved)", re.IGNORECASE)
#: A search result's place in the list it was exported from: "3 of 18 DOCUMENTS".
_DOCUMENT_COUNT = re.compile(r"\d+\s+of\s+\d+\s+documents?$", re.IGNORECASE)
#: Where a publication's name says where it is or which edition: "(Washington)", "(London)".
_PLACE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def _publication(value: str) -> str:
    """A publication as an export names it, without the place after it: its known name when it is
    a known outlet ("Reuters News" is Reuters)."""
    name = _PLACE_AFTER.sub("", value).strip()
    return meta.known_outlet(name) or name
