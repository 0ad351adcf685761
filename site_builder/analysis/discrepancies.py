"""Where the outlets disagree: the numbers, dates, times and names two sources give differently
for the same thing, within a passage they share or the versions of one quote, and counts, times
and ages in alike sentences no passage links (names: ``name_variants.py``).

A value is read with what it counts: the word after a number ("76 dead", "77 people"), "age"
for an age set off after a name ("Ann Lee, 56,") or after "aged", "%" for shares and the
currency's sign for money ("$5"; "5 euros" is "€"; "£14m" is fourteen million pounds), and the
kind itself for dates, weekdays and clock times. Values are compared once normalised (five = 5,
1,500 = 1500, "July 3" = "3 July", a dozen = 12, "85 months" = "7 years, 1 month": a quantity in
units is a duration or a distance in one base unit); a number naming
something ("priority one", "Train 100") is not a count. Two sources disagree on a thing when each
gives exactly one value for it there and the values differ ("about 500" and "500" do not, nor
"about 6:20" and "6:20": a figure is as rounded as it is written); when one of them is
plainly approximate and all the values can be true at once ("nearly 80" and 79, "more than 100"
and "about 130", "nearly 500" and 500), the difference is reported as approximate, not as a
conflict. A range ("200 to 250", "between 230 and 300", "a three-to-10-year sentence") is one
value, and two ranges that overlap are approximate.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from ..model import Discrepancy, DiscrepancyKind, Passage, Quote, Sentence, Source, StatedValue
from ..text.alternation import longest_first
from ..text.lexicon import DEFAULT_LANGUAGE, Lexicon, analysis_language, given_names, lexicon_for
from ..text.script import CAPITAL, UPPER
from .align.words import content_words, normalise, plain_words, term
from .name_variants import differing_names

#: An approximate value and an exact one this close (as a share of the larger) are not a conflict.
_APPROXIMATE_REACH = 0.15
#: The same for clock times, in minutes ("about 6 a.m." and "6:10 a.m." can both be true).
_TIME_REACH = 15.0
#: How far either side an exact figure reaches, in steps of its last digit: just under half a
#: step, so that 5.58 rounds into "5.6" and 77 does not round into "76".
_ROUNDING_REACH = 0.49

#: "6:45 p.m.", "6pm", "9.45am" (British), "18:30".
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)|\d{1,2}:\d{2}"
_TIME_LINK = r"\s*(?:to|until|and|-|–)\s*"
#: A window's first end may be a British time without its a.m./p.m. ("from 6.30 to 7.45pm").
_TIME = re.compile(
    rf"(?=\d)\b(?:(?P<first>{_CLOCK})|(?P<dotted>\d{{1,2}}\.\d{{2}})(?={_TIME_LINK}\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?\s?m\b))"
    rf"(?:{_TIME_LINK}(?P<second>{_CLOCK}))?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _CalendarPatterns:
    date: re.Pattern[str]
    #: A month of a year with no day: "March 2007", "mars 2007".
    month_of_year: re.Pattern[str]
    weekday: re.Pattern[str]
    #: A 24-hour time marked by a clock word ("14.30 Uhr", "14 h 30"), or ``None`` where the language has none.
    marked_time: re.Pattern[str] | None


def _opening(words: Iterable[str], *, digit: bool = False, signs: Iterable[str] = ()) -> str:
    """A lookahead for what a match can open with: a digit, a currency sign or the first letter of
    one of ``words`` (in any case). Put first, it lets ``re`` scan for these characters instead of
    trying every alternative at every place of the text."""
    letters = "".join(sorted({re.escape(word[0]) for word in words if word}))
    choices = [r"\d"] if digit else []
    choices += [re.escape(sign) for sign in sorted(set(signs))]
    if letters:
        choices.append(f"(?i:[{letters}])")
    return f"(?={'|'.join(choices)})" if choices else ""


@functools.cache
def _calendar_patterns(language: str) -> _CalendarPatterns:
    """Dates and weekdays as ``language`` names them: "July 3", "3rd of July", "3. Juli", "1er juillet",
    "3 de julio"."""
    calendar = lexicon_for(language).calendar
    months = longest_first(calendar.months)
    links = "".join(rf"(?:{re.escape(link)}\s+)?" for link in calendar.day_month_links)
    day = r"\d{1,2}(?:st|nd|rd|th|er|\.)?"
    date = re.compile(
        rf"{_opening(calendar.months, digit=True)}"
        rf"(?:(?<!\w)(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)"
        rf"|(?<!\w)(?P<day2>{day})\s+{links}(?P<month2>{months})(?!\w))",
        re.I,
    )
    month_of_year = re.compile(
        rf"{_opening(calendar.months)}(?<!\w)(?P<month>{months})\.?,?\s+(?:{links})?(?P<year>(?:1[89]|20)\d{{2}})(?![\w%])",
        re.I,
    )
    weekdays = longest_first(calendar.weekdays)
    weekday = re.compile(rf"{_opening(calendar.weekdays)}(?<!\w)(?:{weekdays})(?!\w)", re.I)
    marked = None
    if calendar.clock_words:
        words = longest_first(calendar.clock_words)
        marked = re.compile(
            rf"(?<!\w)(?P<hours>\d{{1,2}})(?:[.:](?P<minutes>\d{{2}}))?\s?(?:{words})(?:\s?(?P<after>\d{{2}}))?(?!\w)",
            re.I,
        )
    return _CalendarPatterns(date, month_of_year, weekday, marked)


#: A year on its own ("adopted in 1997"), not one end of a span ("2008-2009"), a sum or a share.
_YEAR = re.compile(r"(?<![\w$£€.,/–-])(?:1[89]|20)\d{2}(?![\w%/–-]|[.,]\d)")

#: A capitalised word inside a sentence right before a year, which then belongs to a name
#: ("the club's Project 2015 strategy", "Euro 2016"), not a date; an owner's name does not
#: ("Cerro Verde County's 1998 ordinance").
_IN_A_NAME = re.compile(rf"\S\s+[\"“‘']?{UPPER}[\w'’-]*(?<!['’]s)(?<!s['’])\s+$")

#: Longest unit that may be written onto its number ("1.5km", "1,460m").
_WRITTEN_ON_UNIT = 2


@functools.cache
def _number_pattern(language: str) -> re.Pattern[str]:
    """Numbers as ``language`` writes them: "1,500" and "2.5 million" in English, "1.500" and
    "2,5 Millionen" in German, "1 500" in French; number words where the language lists them."""
    lexicon = lexicon_for(language)
    form = lexicon.number_format
    groups = "|".join(re.escape(mark) for mark in form.groups) or r"(?!)"
    words = longest_first(lexicon.number_words)
    spelled = rf"|(?i:(?:{words})(?:-(?:{words}))?)" if words else ""
    scales = longest_first(form.scales) or r"(?!)"
    percent = "|".join(re.escape(word) for word in form.percent if word != "%") or r"(?!)"
    signs = longest_first(form.currency_signs) or r"(?!)"
    # "£14m" and "£7.8million" alike: letters or a scale word closing the number; "1.5km" a unit.
    written_on = {unit for unit in lexicon.units if len(unit) <= _WRITTEN_ON_UNIT}
    suffixes = longest_first({*form.amount_scales, *form.scales, *written_on}) or r"(?!)"
    currencies = longest_first(form.currency_words) or r"(?!)"
    # Never the tail of a number glued to letters ("000" of "P500,000", "2" of "P3.2").
    opening = _opening(lexicon.number_words, digit=True, signs=form.currency_signs)
    return re.compile(
        rf"(?<!\w[,.]){opening}(?P<money>(?:{signs})\s?)?\b"
        rf"(?P<number>\d{{1,3}}(?:(?:{groups})\d{{3}})+(?!\d)|\d+(?:{re.escape(form.decimal)}\d+)?{spelled})"
        rf"(?P<suffix>(?i:{suffixes}))?\b"
        rf"(?P<percent>\s?%|\s+(?i:{percent}))?(?P<scale>\s+(?i:{scales})(?!\w))?"
        rf"(?P<currency>\s+(?i:{currencies})(?!\w))?"
    )


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: "Ann Lee, 56," and, as Irish, British and Australian papers print it, "Ann Lee (56)".
_AGE_AFTER_NAME = re.compile(rf"({UPPER}[\w'’-]+)(?:,|\s?(?P<bracket>\())\s*$")
#: An age in brackets is a person's age only up to this ("Carr (1964)" is a year).
_OLDEST = 120
_YEARS_OLD = re.compile(r"[\s-](?P<unit>year|month|week|day)s?[\s-]old\b", re.I)
_NAME_AFTER = re.compile(rf"\s+(?:{UPPER}[\w'’-]+\s+)*({UPPER}[\w'’-]+)\b(?!\s*{UPPER})")
#: A name of two words or more, perhaps with where the person is from, set beside an age's
#: description: "Brenda Kowalczyk of Michigan, the 66-year-old chairwoman".
_APPOSED_BEFORE = re.compile(
    rf"(?P<name>(?:{UPPER}[\w'’.-]*\s+)+{UPPER}[\w'’-]+)"
    rf"(?:\s+(?:of|from)\s+{UPPER}[\w'’-]+(?:\s+{UPPER}[\w'’-]+)?)?,\s+(?:the|a|an)\s*$"
)
_AGE_WORDS = re.compile(r"\b(?:aged?|at age)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class _Value:
    kind: DiscrepancyKind
    what: str
    value: tuple[float, ...]
    text: str
    #: "exact", or what an approximating phrase before it says of the true value (see the lexicon).
    bound: str = "exact"
    #: For a named age, the given name of the person when the sentence writes one ("Carla").
    given_name: str | None = None
    #: Where the statement starts in its text (not part of what it says).
    at: int = field(default=-1, compare=False)
    #: The value of the last digit written, in the value's own unit: 100,000 for "5.6 million",
    #: 8,766 hours for "seven years"; 0 where unknown. A whole number's final zeros are taken as
    #: written, not as rounding ("300 people").
    step: float = field(default=0.0, compare=False)
    #: For a date, the words just before it that say what happened then (``_occasion``).
    occasion: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def approximate(self) -> bool:
        return self.bound != "exact"

    def interval(self) -> tuple[float, float]:
        """The true values this statement allows: "nearly 80" is 68-80, "more than 100" 100 or more."""
        number = self.value[0]
        if self.bound == "range":
            return self.value[0], self.value[-1]
        reach = _TIME_REACH if self.kind == "time" else _APPROXIMATE_REACH * abs(number)
        # Just under half a step: 5.58 is within "5.6", 77 is not within "76".
        rounding = _ROUNDING_REACH * self.step
        return {
            "exact": (number - rounding, number + rounding),
            "around": (number - reach, number + reach),
            "nearly": (number - reach, number),
            "above": (number, math.inf),
            "below": (-math.inf, number),
            "minimum": (number, math.inf),
            "maximum": (-math.inf, number),
        }[self.bound]


def values_in(text: str, language: str = DEFAULT_LANGUAGE) -> list[_Value]:
    """Every time, date, weekday and counted number ``text`` states, in reading order; numbers
    read as ``language`` writes them and counting what its words say; dates, weekdays and clock times as
    its calendar data names them."""
    found: list[tuple[int, _Value]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    lexicon = lexicon_for(language)
    calendar = lexicon.calendar
    patterns = _calendar_patterns(language)
    if patterns.marked_time is not None:
        for match in patterns.marked_time.finditer(text):
            hour, minute = int(match.group("hours")), int(match.group("minutes") or match.group("after") or 0)
            if hour <= 23 and minute <= 59:
                taken.append(match.span())
                bound, start = _approximator(text, match.start(), language)
                stated = text[start : match.end()].strip()
                found.append((start, _Value("time", "time", (float(hour * 60 + minute),), stated, bound)))
    for match in _TIME.finditer(text):
        if not free(*match.span()):
            continue
        minutes = _minutes(match.group("first") or match.group("dotted"), match.group("second"))
        if minutes:
            taken.append(match.span())
            bound, start = _approximator(text, match.start(), language)
            stated = text[start : match.end()].strip()
            if len(minutes) == 1:
                found.append((start, _Value("time", "time", minutes, stated, bound)))
            else:  # "from 8am to 8pm" is a window, which "until 8pm" neither gives nor contradicts
                found.append((start, _Value("time", "time window", minutes, stated)))
    for match in patterns.date.finditer(text):
        if not free(*match.span()):
            continue
        month = calendar.months[(match.group("month") or match.group("month2")).lower()]
        day = int(re.sub(r"\D", "", match.group("day") or match.group("day2")))
        if 1 <= day <= 31:
            taken.append(match.span())
            occasion = _occasion(text, match.start(), match.end(), lexicon)
            found.append((match.start(), _Value("date", "date", (month, day), match.group(), occasion=occasion)))
    for match in patterns.month_of_year.finditer(text):
        if free(*match.span()):
            taken.append(match.span())
            month = calendar.months[match.group("month").lower()]
            occasion = _occasion(text, match.start(), match.end(), lexicon)
            year_and_month = (float(match.group("year")), float(month))
            found.append((match.start(), _Value("date", "month", year_and_month, match.group(), occasion=occasion)))
    for match in _YEAR.finditer(text):
        in_a_name = not lexicon.capitalises_nouns and _IN_A_NAME.search(text[: match.start()])
        if free(*match.span()) and not in_a_name:
            taken.append(match.span())
            occasion = _occasion(text, match.start(), match.end(), lexicon)
            year = _Value("date", "year", (float(match.group()),), match.group(), occasion=occasion)
            found.append((match.start(), year))
    speech_verbs = lexicon.speech_verbs
    for match in patterns.weekday.finditer(text):
        taken.append(match.span())
        said = _WORD.findall(text[: match.start()])[-2:]
        whose = re.match(r"['’]s\b", text[match.end() :])  # "said Monday's attack": the day of the attack
        if said and (said[-1].lower() in speech_verbs or said[0].lower() in speech_verbs) and not whose:
            continue  # "Hall said Monday", "said on Friday": when it was said, which reports differ in
        weekday = (calendar.weekdays[match.group().lower()] - 1,)
        occasion = _occasion(text, match.start(), match.end(), lexicon)
        found.append((match.start(), _Value("date", "weekday", weekday, match.group(), occasion=occasion)))
    tallies = list(_TALLY.finditer(text))  # rare: the sentence's words are read only where one is
    tally_words = lexicon.tally_words
    if tallies and any(word.lower() in tally_words for word in _WORD.findall(text)):
        for match in tallies:
            if free(*match.span()):
                # "a 9-6 vote", "won 3-1": the pair is one value, a count of votes or of goals.
                taken.append(match.span())
                pair = (float(match.group(1)), float(match.group(2)))
                found.append((match.start(), _Value("number", "tally", pair, match.group())))
    found.extend(_quantities(text, language, free))
    return [
        _with_given_name(text, replace(value, at=start), language)
        for start, value in sorted(found, key=lambda item: item[0])
    ]


#: Two numbers of up to three digits joined by a hyphen or an en dash, alone: "9-6", "52–48".
_TALLY = re.compile(r"(?<![\w$£€.,/–-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/–-]|[.,]\d)")


#: How many words before a date may say what happened on it.
_OCCASION_WORDS = 4
#: The word right after a date: what it dates, where the date stands as a modifier.
_DATED_NOUN = re.compile(r"\s+([\w'’-]+)")
#: A possessive ending: "the county's 1997 ordinance".
_POSSESSIVE = re.compile(r"\w['’]s?$")


def _occasion(text: str, start: int, end: int, lexicon: Lexicon) -> frozenset[str]:
    """What happened on the date at ``start``..``end``: the content words among the few before it
    in its clause ("brought to the surface alive early on", "a fall of rock deep underground on"),
    and the noun it modifies where a determiner or a possessive stands just before it ("the 1997
    ordinance", "a rare Saturday session"). Left out: words written in capitals, since a name says
    where or who ("in Dunmarnock Town Hall on Tuesday"), and words that say only when ("Sunday
    afternoon")."""
    clause = re.split(r"[,;:()\u2013\u2014]", text[:start])[-1]
    before = clause.split()[-_OCCASION_WORDS:]
    words = list(before)
    modifying = [word.casefold() for word in before[-2:]]
    determining = (lexicon.determiners, lexicon.possessive_determiners)
    if any(_POSSESSIVE.search(word) or any(word in words for words in determining) for word in modifying):
        dated = _DATED_NOUN.match(text, end)
        words += [dated.group(1)] if dated else []
    said = " ".join(word for word in words if word.casefold() not in lexicon.time_words)
    # Where every noun is capitalised (German), a capital does not tell a name.
    return frozenset(content_words(normalise(said))) if lexicon.capitalises_nouns else plain_words(said)


def _quantities(text: str, language: str, free: Callable[[int, int], bool]) -> list[tuple[int, _Value]]:
    """The counted numbers of ``text`` (those ``free`` allows), with where each statement starts: a
    range ("200 to 250") and a quantity in two units ("7 years, 1 month") are one statement each, a
    quantity in a unit is given in its base unit ("85 months" in hours), and so is a hedged unit
    with no number ("almost a decade")."""
    lexicon = lexicon_for(language)
    matches = [match for match in _number_pattern(language).finditer(text) if free(*match.span())]
    found: list[tuple[int, _Value]] = []
    index = 0
    while index < len(matches):
        match = matches[index]
        index += 1
        value = _number(match, lexicon)
        if value is None:
            continue
        following = matches[index] if index < len(matches) else None
        end_value = _number(following, lexicon) if following is not None else None
        if following is not None and end_value is not None:
            range_start = _range_start(text, match, following, language)
            if range_start is not None and _changes_from(text, match.start(), lexicon):
                # "has fallen from 1,214 to 212 votes": the figure now is the second; the first was.
                continue
            if range_start is not None:
                # "200 to 250 passengers", "between 230 and 300": one statement, counting what its end counts.
                index += 1
                counted = _counted_in_units(text, following, end_value, language)
                if counted is not None:
                    what, high, stated_end = counted
                    low = high * value / end_value if end_value else value
                    if high > low:
                        stated = text[range_start:stated_end].strip()
                        found.append((range_start, _Value("number", what, (low, high), stated, "range")))
                continue
            first, second = _measured(text, match, value, lexicon), _measured(text, following, end_value, lexicon)
            if first and second and first[0] == second[0] and _joins_units(text, match, following, lexicon):
                # "7 years, 1 month", "7-year-and-one-month": one quantity.
                index += 1
                bound, start = _approximator(text, match.start(), language)
                stated = text[start : second[2]].strip()
                found.append((start, _Value("number", first[0], (_in_base_unit(first[1] + second[1]),), stated, bound)))
                continue
        counted = _counted_in_units(text, match, value, language)
        if counted is None:
            continue
        what, amount, stated_end = counted
        bound, start = _hedge(text, match.start(), what, language)
        step = _last_digit(match.group("number"), amount, lexicon)
        found.append((start, _Value("number", what, (amount,), text[start:stated_end].strip(), bound, step=step)))
    numbers = [match.span() for match in matches]
    for vague in _vague_pattern(language).finditer(text):
        within = any(start < vague.end() and vague.start() < end for start, end in numbers)
        if not free(*vague.span()) or within:
            continue  # "2,5 Millionen", "zwei Millionen": a scale, read with its number
        low, high = lexicon.number_format.vague_quantities[vague.group("number").casefold()]
        _, start = _approximator(text, vague.start(), language)
        unit = _UNIT_WORD.match(text, vague.end())
        if unit is not None and unit.group(1).lower() in lexicon.units:
            factor, base = lexicon.units[unit.group(1).lower()]  # "several hours"
            stated = text[start : unit.end()].strip()
            found.append((start, _Value("number", base, (low * factor, high * factor), stated, "range")))
            continue
        # "dozens of Palestinians were wounded", "dozens of Iowa towns": after "of", a name is no address.
        counts = _counted(text, vague, language) or _first_plain_word(text[vague.end() :], lexicon)
        if counts is not None and not counts.startswith("age"):
            found.append((start, _Value("number", counts, (low, high), text[start : vague.end("number")], "range")))
    for hedged in _hedged_unit_pattern(language).finditer(text):
        if free(*hedged.span("unit")):
            factor, base = lexicon.units[hedged.group("unit").lower()]
            bound = lexicon.approximators[hedged.group("hedge").lower()]
            # Rounded as a number before a unit is ("at least one mile"), so the two read alike.
            amount = _in_base_unit(factor)
            found.append((hedged.start(), _Value("number", base, (amount,), hedged.group().strip(), bound)))
    return found


def _as_written(number: str, lexicon: Lexicon) -> float:
    """A number's value as its digits or words write it, before any scale: "1,500", "2.5", "seventy-six"."""
    form = lexicon.number_format
    if number[0].isalpha():
        return float(sum(int(lexicon.number_words[part]) for part in number.lower().split("-")))
    for mark in form.groups:
        number = number.replace(mark, "")
    return float(number.replace(form.decimal, "."))


def _last_digit(number: str, value: float, lexicon: Lexicon) -> float:
    """The value of the last digit ``number`` writes, in the unit of ``value`` (what it amounts
    to once scaled): 0.01 million for "5.58m", 1 for "1,500" and "five"."""
    mark = lexicon.number_format.decimal
    digit = 10.0 ** -len(number.rpartition(mark)[2]) if mark in number and number[0].isdigit() else 1.0
    written = _as_written(number, lexicon)
    return digit * value / written if written else 0.0


def _counted_in_units(text: str, match: re.Match[str], value: float, language: str) -> tuple[str, float, int] | None:
    """What a number counts, its value and where its statement ends: in the base unit, and with the
    unit's word, when a unit follows it ("85-month")."""
    what = _counted(text, match, language)
    if what is None:
        return None
    lexicon = lexicon_for(language)
    measured = None if what.startswith("age") else _measured(text, match, value, lexicon)
    if measured is None:
        return what, value, match.end()
    base, amount, end = measured
    _, start = _approximator(text, match.start(), language)
    before, after = text[:start].casefold().rstrip(), text[end:]
    for opening, closing in lexicon.time_ago:
        opened = not opening or re.search(rf"(?<!\w){re.escape(opening)}$", before) is not None
        if opened and (not closing or _opens_with(after, (closing,))):
            # "completed four years ago" is when, not how long: compared with another time ago only.
            return f"{base} ago", amount, end + (len(after) - len(after.lstrip()) + len(closing) if closing else 0)
    return measured


_UNIT_WORD = re.compile(r"[\s-]*([^\W\d_]+)")


def _measured(text: str, match: re.Match[str], value: float, lexicon: Lexicon) -> tuple[str, float, int] | None:
    """(base unit, value in it, end of the unit word) when a unit of the lexicon follows the number."""
    if match.group("percent") or _currency(match, lexicon):
        return None
    suffix = (match.group("suffix") or "").casefold()
    if suffix in lexicon.units:
        factor, base = lexicon.units[suffix]
        return base, _in_base_unit(value * factor), match.end()
    unit = _UNIT_WORD.match(text, match.end())
    if unit is None or unit.group(1).lower() not in lexicon.units:
        return None
    factor, base = lexicon.units[unit.group(1).lower()]
    return base, _in_base_unit(value * factor), unit.end()


def _in_base_unit(amount: float) -> float:
    """An amount converted to its base unit, to six significant digits: the conversion's own error
    goes (the units' factors are rounded: "120 minutes" is "two hours", "85 months" is "7 years,
    1 month"), and a small amount stays ("4.31 metres" in km)."""
    return float(f"{amount:.6g}")


def _joins_units(text: str, match: re.Match[str], following: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether only a unit word, a comma or the language's "and" stand between two numbers."""
    between = text[match.end() : following.start()].strip(" -,").casefold()
    unit, _, rest = between.partition(" ") if " " in between else between.partition("-")
    rest = rest.strip(" -,")
    return unit in lexicon.units and rest in ("", *lexicon.number_format.unit_joins)


def _says_something(word: str, lexicon: Lexicon) -> bool:
    return word.islower() and word not in lexicon.stop_words and word not in lexicon.auxiliary_verbs


def _first_plain_word(clause: str, lexicon: Lexicon) -> str | None:
    """The first lower-case word of ``clause``'s first clause that says something, as a term."""
    for word in _WORD.findall(re.split(r"[,;:.!?()]", clause, maxsplit=1)[0]):
        if _says_something(word, lexicon):
            return term(word)
    return None


@functools.cache
def _vague_pattern(language: str) -> re.Pattern[str]:
    """A vague quantity ("dozens", "tens of millions") and the word joining it to what it counts,
    with the groups a number's match has, so that what it counts is read alike."""
    form = lexicon_for(language).number_format
    phrases = longest_first(form.vague_quantities) or r"(?!)"
    words = "|".join(re.escape(link) for link in form.vague_links if link[-1].isalpha()) or r"(?!)"
    elided = "|".join(re.escape(link) for link in form.vague_links if not link[-1].isalpha()) or r"(?!)"
    unread = "".join(f"(?P<{group}>(?!))?" for group in ("money", "suffix", "percent", "scale", "currency"))
    # "dozens of homes", "dizaines d'enfants": the link ends the match, so what follows is what it counts.
    link = rf"(?:\s+(?i:{words})(?!\w)|\s+(?i:{elided}))?"
    return re.compile(rf"{_opening(form.vague_quantities)}(?<!\w)(?P<number>(?i:{phrases}))(?!\w){unread}{link}")


@functools.cache
def _hedged_unit_pattern(language: str) -> re.Pattern[str]:
    """A hedge, an indefinite article and a unit: "almost a decade", "more than a year"."""
    lexicon = lexicon_for(language)
    hedges = "|".join(re.escape(phrase) for phrase in lexicon.approximators) or r"(?!)"
    articles = "|".join(re.escape(word) for word in sorted(lexicon.indefinite_articles)) or r"(?!)"
    units = longest_first(lexicon.units) or r"(?!)"
    opening = _opening(lexicon.approximators)
    return re.compile(rf"{opening}(?<!\w)(?P<hedge>{hedges})\s+(?:{articles})\s+(?P<unit>{units})(?!\w)", re.I)


def _range_start(text: str, match: re.Match[str], following: re.Match[str], language: str) -> int | None:
    """Where a range starting with ``match`` and ending with ``following`` begins ("between" of
    "between 230 and 300"), or ``None`` when the two numbers are not the ends of one range."""
    form = lexicon_for(language).number_format
    if match.group("percent") or match.group("scale"):
        return None  # "10% to 20 percent" and "2 million to 3 million" are read one by one
    # "three to 10 years" and "a three-to-10-year sentence" alike.
    link = text[match.end() : following.start()].strip().casefold()
    if link not in form.range_links:
        link = link.strip("-").replace("-", " ")
    if link in form.range_links:
        return match.start()
    before = text[: match.start()].rstrip()
    for opening, between in form.range_frames:
        word_start = len(before) - len(opening)
        whole_word = not before[word_start - 1 : word_start].isalnum()
        if link == between and before.casefold().endswith(opening) and whole_word:
            return word_start
    return None


def _changes_from(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a verb of change stands in the few words before the number at ``start`` ("rose from",
    "has fallen sharply from"): then "from X to Y" gives a figure before and after, not a range."""
    before = text[max(0, start - _CHANGE_REACH) : start].casefold().split()
    return any(word.strip(",") in lexicon.number_format.change_verbs for word in before[-_CHANGE_WORDS:])


#: How far before "from X" a verb of change may stand: "has fallen sharply from".
_CHANGE_REACH = 40
_CHANGE_WORDS = 4


def _minutes(first: str, second: str | None) -> tuple[float, ...]:
    """A clock time or a window as minutes after midnight; the first end takes the second's a.m./p.m."""
    times = [_clock(first), _clock(second)] if second else [_clock(first)]
    if any(time is None for time in times):
        return ()
    if second and times[0] is not None and times[1] is not None and not re.search(r"[ap]\.?\s?m", first, re.I):
        meridiem = 12 * 60 if re.search(r"p\.?\s?m", second, re.I) else 0
        times[0] = times[0] % (12 * 60) + meridiem
    return tuple(float(time) for time in times if time is not None)


def _clock(text: str) -> int | None:
    found = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m)?", text.strip(), re.I)
    if found is None:
        return None
    hours, minutes, meridiem = int(found.group(1)), int(found.group(2) or 0), (found.group(3) or "").lower()
    if hours > 23 or minutes > 59 or (not meridiem and found.group(2) is None):
        return None
    if meridiem:
        hours = hours % 12 + (12 if meridiem == "p" else 0)
    return hours * 60 + minutes


def _currency(match: re.Match[str], lexicon: Lexicon) -> str | None:
    """The sign an amount's currency compares as ("$5", "5 euros", "€5"), or ``None`` for a plain number."""
    form = lexicon.number_format
    if match.group("money"):
        return form.currency_signs[match.group("money").strip()]
    if match.group("currency"):
        return form.currency_words[match.group("currency").strip().casefold()]
    return None


def _number(match: re.Match[str], lexicon: Lexicon) -> float | None:
    form = lexicon.number_format
    raw = match.group("number").lower()
    money = _currency(match, lexicon)
    suffix = (match.group("suffix") or "").casefold()
    if suffix in lexicon.units and money is None:
        return _as_written(raw, lexicon)  # "1,460m", "1.5km": a measure, in the unit ``_measured`` reads
    if suffix in form.amount_scales and money is None:
        return None  # letters scale an amount only
    value = _as_written(raw, lexicon)
    if raw[0].isdigit() and raw.isdigit() and 1900 <= value <= 2099 and money is None:
        return None  # a year
    if match.group("scale"):
        scale = match.group("scale").strip().casefold()
        value *= next(factor for word, factor in form.scales.items() if word.casefold() == scale)
    if suffix:
        scales = {word.casefold(): factor for word, factor in (*form.scales.items(), *form.amount_scales.items())}
        value *= scales[suffix]
    return value


def _counted(text: str, match: re.Match[str], language: str = DEFAULT_LANGUAGE) -> str | None:
    """What a number counts, as a comparable term: "%", a currency's sign, "age", else the first telling word
    after it ("76 dead"), past stop words and generic nouns ("10 people killed"), else the word
    before it ("injuring nearly 200"). ``None`` when a capitalised word follows ("5 Main St")."""
    if match.group("percent"):
        return "%"
    lexicon = lexicon_for(language)  # the article's own words: its stop words, its labels
    before = text[: match.start()]
    after = text[match.end() :]
    label = re.search(rf"([{CAPITAL}a-z]+)\.?\s*$", before)
    if label and label.group(1).lower() in lexicon.partial_counts:
        # "its other 41 bridges", "the remaining €5 million": part of a whole another source may
        # count whole.
        return None
    money = _currency(match, lexicon)
    if money is not None:
        return money
    if label and label.group(1).lower() in lexicon.number_labels:
        return None  # "priority one", "Train 100": a name, not a count
    if label and _names_the_number(before, label.group(1), language):
        return None  # "Year 8 pupils", "Route 66": a capitalised word names what the number labels
    if _opens_with(after, lexicon.partitive_links):
        return None  # "one of the state's largest sources": part of a whole another source may count whole
    named = _AGE_AFTER_NAME.search(before)
    bracketed = named is not None and named.group("bracket") is not None
    if (
        named
        and after.lstrip().startswith(")" if bracketed else ",")
        and (not bracketed or _as_written(match.group("number"), lexicon) <= _OLDEST)
    ):
        return f"age of {named.group(1)}"  # "Ann Lee, 56,": whose age it is keeps two people apart
    years_old = _YEARS_OLD.match(after)
    if years_old and not years_old.group("unit").lower().startswith("year"):
        return None  # "an 11-month-old": an age in other units, which no count compares with
    if years_old:
        # "Kwabena Sarfo, the 19-year-old Ghanaian striker": the name the description is set beside.
        apposed = _APPOSED_BEFORE.search(before)
        titles = lexicon.titles
        words = apposed.group("name").split() if apposed else []
        while words and (words[0].casefold() in lexicon.stop_words or words[0].rstrip(".").casefold() in titles):
            words.pop(0)  # "In Lansing, the 63-year-old": a place; "For Rep. Ann Lee": her name
        if len(words) >= 2:
            return f"age of {words[-1]}"
        # "the 72-year-old Durst": the name after it says whose age it is.
        # Not after "a": "a 25-year-old Compton man" describes someone, the name there is a place.
        name = None if re.search(r"\b(?:a|an)\s*$", before, re.I) else _NAME_AFTER.match(after[years_old.end() :])
        return f"age of {name.group(1)}" if name else "age"
    if _AGE_WORDS.search(before):
        return "age"
    clause = re.split(r"[,;:.!?()]", after, maxsplit=1)[0]
    words = _WORD.findall(clause)[:4]
    if lexicon.capitalises_nouns:
        words = [word.lower() for word in words]  # German "1.500 Menschen": a noun, not a name
    counted_noun = _noun_past_modifiers(after, lexicon)
    if counted_noun is not None:
        return counted_noun  # "37 WhatsApp messages", "40 leaked WhatsApp messages": the noun they describe
    if words and (words[0] != words[0].lower() or words[0] in lexicon.numbered_places):
        return None  # "5 Main St", "the 5500 block of": an address
    # "four people are in custody": where nothing before the number says what happened to them,
    # the first telling word after it does.
    further = None
    if words and words[0] in lexicon.generic_counts:
        # "10 people killed", "10 people were killed": the word saying what happened to them.
        rest = [w for w in words[1:] if w.lower() not in lexicon.auxiliary_verbs]
        if rest and rest[0].islower() and rest[0] not in lexicon.stop_words:
            return term(rest[0])
        telling = [w for w in rest if w.lower() not in lexicon.stop_words]
        further = term(telling[0]) if telling and telling[0].islower() else None
    elif words and words[0] not in lexicon.stop_words:
        return term(words[0])
    elif len(words) > 1 and words[0] in lexicon.auxiliary_verbs and _says_something(words[1], lexicon):
        return term(words[1])  # "200 were wounded": the word saying what happened to them
    _, start = _approximator(text, match.start(), language)
    # Within the number's clause: "Two weeks later, 11 people" does not count what "later" says.
    earlier = _WORD.findall(re.split(r"[,;:.!?()]", text[:start])[-1])[-3:]
    for word in reversed(earlier):
        if word.lower() not in lexicon.stop_words:
            # "Malaysia has three": a name says nothing of what is counted.
            return term(word) if word.islower() else further
    return further


def _noun_past_modifiers(after: str, lexicon: Lexicon) -> str | None:
    """The plural noun after a name describing it, perhaps after a participle ("37 WhatsApp
    messages", "40 leaked WhatsApp messages"), as a term; ``None`` where no name stands right after
    the number or no plural noun follows it ("5 Main St", "39 Year 8 pupils"), or the noun says
    nothing ("people": what happened to them does)."""
    found = _NAMED_KIND.match(after)
    if found is None:
        return None
    noun = found.group("noun")
    participle = found.group("participle")
    says = _says_something(noun, lexicon) and noun not in lexicon.generic_counts
    return term(noun) if says and (participle is None or participle.endswith("ed")) else None


#: A number's modifiers before the plural noun it counts: a participle perhaps, then one or two
#: capitalised words ("leaked WhatsApp messages", "Boeing 737 jets" is not: no digits between).
_NAMED_KIND = re.compile(rf"\s+(?:(?P<participle>[a-z]+)\s+)?(?:{UPPER}[\w'’-]*\s+){{1,2}}(?P<noun>[a-z]+s)\b")


def _opens_with(text: str, phrases: Iterable[str]) -> bool:
    """Whether ``text``, past its leading spaces, opens with one of ``phrases`` as whole words."""
    opening = text.lstrip().casefold()
    return any(
        opening.startswith(phrase) and not opening[len(phrase) : len(phrase) + 1].isalpha() for phrase in phrases
    )


def _names_the_number(before: str, word: str, language: str) -> bool:
    """Whether ``word``, right before a number, is a capitalised name of it ("Year 8", "Route 66"):
    inside a sentence, not a hedge, a month, a weekday or a title, in a language that capitalises
    names only."""
    ordinary = _not_number_names(language)
    if ordinary is None or not word[0].isupper() or word.lower() in ordinary:
        return False
    return bool(re.search(r"\w[^.!?]*\s+\S+\s*$", before))


@functools.cache
def _not_number_names(language: str) -> frozenset[str] | None:
    """The capitalised words before a number that do not name it, lower case: stop words, a
    hedge's last word ("About 140"), months, weekdays and titles; ``None`` (no word names a
    number) in a language that capitalises every noun."""
    lexicon = lexicon_for(language)
    if lexicon.capitalises_nouns:
        return None
    calendar = lexicon.calendar
    hedges = (phrase.split()[-1] for phrase in lexicon.approximators)
    return frozenset((*lexicon.stop_words, *hedges, *calendar.months, *calendar.weekdays, *lexicon.titles))


def _hedge(text: str, start: int, what: str, language: str) -> tuple[str, int]:
    """As ``_approximator``, for a number counting ``what``, except that a hedge saying over what
    stretch something happened after a word that says something ("testimony over nine days")
    leaves the figure exact; after a preposition it still bounds it ("for over nine days")."""
    bound, hedge_start = _approximator(text, start, language)
    lexicon = lexicon_for(language)
    hedge = text[hedge_start:start].strip().casefold()
    if bound != "exact" and lexicon.span_hedges.get(hedge) == what:
        before = [word.casefold() for word in _WORD.findall(text[:hedge_start])[-1:]]
        if before and _says_something(before[0], lexicon):
            return "exact", start
    return bound, hedge_start


def _approximator(text: str, start: int, language: str = DEFAULT_LANGUAGE) -> tuple[str, int]:
    """The bound an approximating phrase right before ``start`` sets ("exact" if none), and where it begins."""
    lexicon = lexicon_for(language)
    before = text[:start].rstrip().lower()
    # "more than a dozen": the hedge may stand before an indefinite article and a number word;
    # before one and a figure the article is the noun's ("under a £7.8 million scheme").
    article = re.search(r"(?<!\w)(\w+)$", before)
    spelled = text[start : start + 1].isalpha()
    if article is not None and article.group(1) in lexicon.indefinite_articles and spelled:
        before = before[: article.start()].rstrip()
    for phrase, bound in lexicon.approximators.items():
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()):
            return bound, len(before) - len(phrase)
    return "exact", start


# ------------------------------------------------------------------ comparing


def find_discrepancies(
    sources: Sequence[Source],
    passages: Sequence[Passage],
    quotes: Sequence[Quote],
    compared: frozenset[tuple[str, str]] | None = None,
) -> tuple[Discrepancy, ...]:
    """Every value two or more sources give differently in a passage or in a quote's versions.
    ``compared``: the pairs of sources whose unlinked sentences are compared with each other
    (``counterparts.py``: every pair when ``None``)."""
    order = {source.id: index for index, source in enumerate(sources)}
    # Each sentence is read once: passages and the comparison across unlinked sentences share it.
    languages = {source.id: analysis_language(source.metadata.language) for source in sources}
    read = {
        sentence.id: (sentence, values)
        for source in sources
        for sentence, values in _with_ages_resolved(source.sentences, languages[source.id])
    }
    found: list[Discrepancy] = []
    passage_of = {sentence_id: p.id for p in passages for sentence_id in p.sentence_ids}
    words = _ContentWords(read)
    left_out = _LeftOut(sources, read, passage_of, words)
    for passage in passages:
        stated = [
            (read[sentence_id][0].source_id, sentence_id, read[sentence_id][1])
            for sentence_id in passage.sentence_ids
            if sentence_id in read
        ]
        found.extend(_compare(stated + left_out.counterparts(stated), order, passage_id=passage.id, quote_id=None))
    for quote in quotes:
        quoted = [
            (o.source_id, o.sentence_id, values_in(o.text, languages.get(o.source_id, DEFAULT_LANGUAGE)))
            for o in quote.occurrences
        ]
        found.extend(_compare(quoted, order, passage_id=None, quote_id=quote.id))
    quotations: dict[str, list[str]] = {source.id: [] for source in sources}
    for quote in quotes:
        for occurrence in quote.occurrences:
            quotations.setdefault(occurrence.source_id, []).append(occurrence.text)
    already: set[tuple[str, str]] = {(d.kind, d.what) for d in found}
    found.extend(_unlinked(sources, read, words, passage_of, quotations, already, compared))
    for whose, forms in differing_names(sources, (q.speaker for q in quotes if q.speaker)):
        written = [(p.source_id, (p.sentence_id, _Value("name", whose, (), p.text))) for p in forms]
        in_passages = {passage_of.get(p.sentence_id) for p in forms}
        passage_id = in_passages.pop() if len(in_passages) == 1 else None
        found.append(_discrepancy("story", "name", whose, written, passage_id=passage_id, quote_id=None))
    return tuple(found)


#: A given name and the name after it, perhaps past a middle initial: "Kwabena Sarfo", "Ann M. Lee".
_GIVEN_AND_SURNAME = re.compile(rf"\b(?=({UPPER}[\w'’-]+)\s+(?:{UPPER}\.\s+)?({UPPER}[\w'’-]+))")
#: An age's description opening a sentence: "The 19-year-old, who finished last season …".
_OPENS_THE_SENTENCE = re.compile(r"^\W*the\s*$", re.I)


def _with_ages_resolved(sentences: Sequence[Sentence], language: str) -> list[tuple[Sentence, list[_Value]]]:
    """Each sentence with its values, an age whose description opens a sentence ("The 19-year-old,
    who …") read as the age of the first person the sentence before names ("… striker Kwabena
    Sarfo yesterday told the committee …"): reports say it of the one they have just named."""
    given = given_names(language)
    read = []
    previous = ""
    for sentence in sentences:
        values = values_in(sentence.text, language)
        opening = [
            at
            for at, value in enumerate(values)
            if value.what == "age" and _OPENS_THE_SENTENCE.match(sentence.text[: value.at])
        ]
        if opening:  # the sentence before is read only for such an age: most sentences have none
            named = _GIVEN_AND_SURNAME.finditer(previous)
            person = next((m.group(2) for m in named if m.group(1).casefold() in given), None)
            if person is not None:
                values = [replace(v, what=f"age of {person}") if at in opening else v for at, v in enumerate(values)]
        read.append((sentence, values))
        previous = sentence.text
    lexicon = lexicon_for(language)
    # Most articles give no such age: the article is read for its lead only where one does.
    if not any(_described_age(sentence.text, value, lexicon) for sentence, values in read for value in values):
        return read
    lead = _lead_person(sentences, language)
    if lead is None:
        return read
    surname, female = lead
    # The words that say a person of the other sex (every such word when the sex is unknown).
    other_sex = (
        lexicon.male_markers
        if female
        else lexicon.female_markers
        if female is not None
        else lexicon.male_markers | lexicon.female_markers
    )
    # "The 27-year-old founder of the app apologised …": a description with "the" is of someone the
    # reader knows, where no name says whose, the one the article is about; not where the sentence
    # speaks of someone of the other sex ("… whether she considered herself …, the 44-year-old said").
    return [
        (
            sentence,
            [
                replace(v, what=f"age of {surname}")
                if _described_age(sentence.text, v, lexicon)
                and not other_sex & set(_WORD.findall(sentence.text.lower()))
                else v
                for v in values
            ],
        )
        for sentence, values in read
    ]


def _described_age(sentence: str, value: _Value, lexicon: Lexicon) -> bool:
    """Whether ``value`` is an age a definite description gives ("the 27-year-old"), of someone
    the reader knows ("a 25-year-old man" is someone new)."""
    if value.what != "age":
        return False
    before = _WORD.findall(sentence[: max(value.at, 0)])[-1:]
    definite = bool(before) and before[0].casefold() in lexicon.determiners
    if not definite or before[0].casefold() in lexicon.indefinite_articles:
        return False
    years_old = _YEARS_OLD.match(sentence, value.at + len(value.text))
    return years_old is not None and years_old.group("unit").lower() == "year"


def _lead_person(sentences: Sequence[Sentence], language: str) -> tuple[str, bool | None] | None:
    """The surname of the person an article is about, and whether a woman as their given name
    says (``None`` when it does not): named in full (a known given name before it), and written at
    least twice as often as any other such surname, three times or more."""
    lexicon = lexicon_for(language)
    text = " ".join(sentence.text for sentence in sentences)
    given_of: dict[str, str] = {}
    for found in _GIVEN_AND_SURNAME.finditer(text):
        if found.group(1).casefold() in given_names(language):
            given_of.setdefault(found.group(2), found.group(1).casefold())
    written = Counter(_WORD.findall(text))
    ranked = Counter({name: written[name] for name in given_of}).most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    surname = ranked[0][0]
    female, male = given_of[surname] in lexicon.given_names_female, given_of[surname] in lexicon.given_names_male
    return surname, None if female == male else female


def _two_people(values: Iterable[_Value]) -> bool:
    """Whether ages of one surname come with different given names ("Joan Benning, 63" and
    "Carla Benning, 34": two people of one family)."""
    return len({value.given_name for value in values} - {None}) > 1


_GIVEN_NAME_AFTER = re.compile(rf"\s+((?:{UPPER}[\w'’.-]*\s+)+){UPPER}[\w'’-]+")
_NAME_BEFORE = re.compile(rf"((?:{UPPER}[\w'’.-]*\s+)+){UPPER}[\w'’-]+(?:,|\s?\()\s*$")


def _with_given_name(sentence: str, value: _Value, language: str) -> _Value:
    """A named age with the first word of the name before it ("Carla" of "Carla Benning, 34,";
    "Ann" of "Ann Marie Lee, 56,"), past any title; unchanged when no such word stands there."""
    if not value.what.startswith("age of "):
        return value
    titles = lexicon_for(language).titles
    found = _NAME_BEFORE.search(sentence[: max(value.at, 0)])
    if found is None:  # "38-year-old Devon Clarke": the name after it
        end = value.at + len(value.text)
        years_old = _YEARS_OLD.match(sentence, end)
        found = _GIVEN_NAME_AFTER.match(sentence, years_old.end() if years_old else end)
    words = [word for word in found.group(1).split() if word.rstrip(".").casefold() not in titles] if found else []
    return replace(value, given_name=words[0]) if words else value


def _said_in(sentence: str, value: _Value, quotations: Sequence[str]) -> bool:
    """Whether ``value`` of ``sentence`` stands inside one of a source's ``quotations``: the figure
    with the words just before it or just after it (it may open or close the quotation)."""
    if value.at < 0:
        return False
    end = value.at + len(value.text)
    before = sentence[max(value.at - _QUOTED_CONTEXT, 0) : end]
    after = sentence[value.at : end + _QUOTED_CONTEXT]
    return any(before in quotation or after in quotation for quotation in quotations)


#: Characters beside a figure that must stand in a quotation too for the figure to be quoted.
_QUOTED_CONTEXT = 12
#: Content words (besides the figures' own and what they count) two sentences of different
#: sources must share for their figures of one thing to be compared (a named age needs one: the
#: name).
_ANCHOR_WORDS = 2


class _ContentWords:
    """What each sentence is about: its content words but the figures' own ("year" of "one year"),
    worked out once per sentence."""

    def __init__(self, read: Mapping[str, tuple[Sentence, list[_Value]]]) -> None:
        self._read = read
        self._words: dict[str, frozenset[str]] = {}

    def __call__(self, sentence_id: str) -> frozenset[str]:
        if sentence_id not in self._words:
            sentence, values = self._read[sentence_id]
            figures = set(content_words(normalise(" ".join(value.text for value in values))))
            terms = content_words(normalise(sentence.text))
            self._words[sentence_id] = frozenset(word for word in terms if not word.isdigit() and word not in figures)
        return self._words[sentence_id]


#: Content words a sentence no passage links must share with a passage (besides the figures and
#: what they count) to be read as a source's own telling of it.
_LEFT_OUT_WORDS = 4
#: And the share of the sentence's own content words those must be.
_LEFT_OUT_SHARE = 0.5


class _LeftOut:
    """Sentences no passage links, found again as a passage's counterpart in a source the passage
    lacks: a disagreement lowers the wording's overlap, so the one source that gives another
    figure ("$15.4 million" where three give "$14.5 million") is often the one left out of the
    passage. A left-out sentence is a passage's counterpart in its source when it states a figure
    of a kind the passage states, shares ``_LEFT_OUT_WORDS`` content words with the passage's
    sentences, making up ``_LEFT_OUT_SHARE`` of its own, and no other left-out sentence of its
    source shares as many."""

    def __init__(
        self,
        sources: Sequence[Source],
        read: Mapping[str, tuple[Sentence, list[_Value]]],
        passage_of: Mapping[str, str],
        content: Callable[[str], frozenset[str]],
    ) -> None:
        self._read = read
        self._content = content
        # Indexed by what they state, so a passage looks only at sentences stating what it states.
        self._stating: dict[tuple[str, str], list[str]] = {}
        for source in sources:
            for sentence in source.sentences:
                if sentence.id in passage_of:
                    continue
                for key in dict.fromkeys((value.kind, value.what) for value in read[sentence.id][1]):
                    self._stating.setdefault(key, []).append(sentence.id)

    def counterparts(self, stated: Sequence[tuple[str, str, list[_Value]]]) -> list[tuple[str, str, list[_Value]]]:
        """``stated``: (source id, sentence id, values) of a passage's sentences; the left-out
        counterparts of those sentences in the other sources, each with the values of the kinds
        the passage states."""
        members = {source_id for source_id, _, _ in stated}
        keys = {(value.kind, value.what) for _, _, values in stated for value in values}
        told = frozenset().union(*(self._content(sentence_id) for _, sentence_id, _ in stated))
        found: list[tuple[str, str, list[_Value]]] = []
        by_source: dict[str, dict[str, set[tuple[str, str]]]] = {}
        for key in sorted(keys):
            for sentence_id in self._stating.get(key, ()):
                source_id = self._read[sentence_id][0].source_id
                if source_id not in members:
                    by_source.setdefault(source_id, {}).setdefault(sentence_id, set()).add(key)
        for source_id, candidates in by_source.items():
            scored = sorted(
                (
                    (len((self._content(sentence_id) & told) - {what for _, what in kinds}), sentence_id, kinds)
                    for sentence_id, kinds in candidates.items()
                ),
                key=lambda item: -item[0],
            )
            shared, sentence_id, kinds = scored[0]
            if shared < _LEFT_OUT_WORDS or (len(scored) > 1 and scored[1][0] == shared):
                continue
            if shared < _LEFT_OUT_SHARE * len(self._content(sentence_id)):
                continue
            values = [value for value in self._read[sentence_id][1] if (value.kind, value.what) in kinds]
            found.append((source_id, sentence_id, values))
        return found


def _unlinked(
    sources: Sequence[Source],
    read: Mapping[str, tuple[Sentence, list[_Value]]],
    content: Callable[[str], frozenset[str]],
    passage_of: Mapping[str, str],
    quoted: Mapping[str, Sequence[str]],
    already: set[tuple[str, str]],
    compared: frozenset[tuple[str, str]] | None,
) -> list[Discrepancy]:
    """A count or a clock time each source states exactly once in its whole article, differently,
    in sentences about the same thing (sharing ``_ANCHOR_WORDS`` words): a disagreement often
    lowers the wording's overlap enough that no passage links the two sentences. A named age may
    be repeated (one person has one age). Where a source states the thing more than once, its
    statements are compared in the most alike sentences only (``_alike_statements``), and only
    figures of one size. A figure someone is quoted saying is theirs, not the outlet's: it is
    compared with the other versions of that quote only. ``passage_of``: the passage of each
    linked sentence; ``quoted``: each source's quotations."""
    stated: dict[tuple[str, str], dict[str, list[tuple[str, _Value]]]] = {}
    lexicon = lexicon_for(DEFAULT_LANGUAGE)
    money_signs = lexicon.number_format.money_signs
    not_counts = {"%", "age", *money_signs}
    for source in sources:
        for sentence in source.sentences:
            for value in read[sentence.id][1]:
                if _said_in(sentence.text, value, quoted[source.id]):
                    continue
                # Shares, sums, unnamed ages and dates recur in an article for many things; a named
                # age, a count of something and a time of day stated once do not, nor a sum the noun
                # right after it says what it is ("the $7.1 billion budget").
                # "One" is as often a pronoun or an article ("one of them", "one train") as a count.
                counted = value.kind == "number" and value.what not in not_counts and value.value != (1.0,)
                sum_of = _sum_of(sentence.text, value, lexicon) if value.what in money_signs else None
                # A passage that compared sums of the currency already may have compared this one.
                sum_of = None if (value.kind, value.what) in already else sum_of
                day = value.kind == "date"
                if counted or value.kind == "time" or sum_of or day:
                    key = (value.kind, f"{sum_of} ({value.what})" if sum_of else value.what)
                    stated.setdefault(key, {}).setdefault(source.id, []).append((sentence.id, value))
    found = []
    for (kind, what), by_source in sorted(_one_person_each(stated).items()):
        if (kind, what) in already:
            continue
        # Two figures for a count in one article may be two things; a person has one age, which a
        # source may repeat ("the 72-year-old Durst" twice).
        named = what.startswith("age of ")
        once = [
            (source.id, by_source[source.id][0])
            for source in sources
            if source.id in by_source
            and (len(by_source[source.id]) == 1 or (named and len({v.value for _, v in by_source[source.id]}) == 1))
        ]
        anchored = _anchored(once, content, what, 1 if named else _ANCHOR_WORDS)
        if len(anchored) >= 2 and len({_stated(value) for _, (_, value) in anchored}) >= 2:
            # "60 miles" from one place, "more than 100" and "about 130" to another: the reports of one size.
            sized = _of_one_size(anchored)
            if len({_stated(value) for _, (_, value) in sized}) >= 2 and _of_one_thing(kind, sized):
                found.append(_unlinked_discrepancy(kind, what, sized, passage_of))
            continue
        # A source that gives the thing several times ("a four-car train ... about 12 cars"): pair each
        # statement with the one other source's statement of it in the most alike sentence.
        for stated_alike in _alike_statements(sources, by_source, content, what, compared):
            differ = len({_stated(value) for _, (_, value) in stated_alike}) >= 2
            if differ and _of_one_size(stated_alike) == stated_alike and _of_one_thing(kind, stated_alike):
                found.append(_unlinked_discrepancy(kind, what, stated_alike, passage_of))
    return found


def _of_one_thing(kind: str, stated: Sequence[tuple[str, tuple[str, _Value]]]) -> bool:
    """Dates in sentences no passage links are of one event only where the words before them say
    so (``_one_occasion``): an article dates many things."""
    return kind != "date" or _one_occasion([value for _, (_, value) in stated])


def _one_person_each(
    stated: Mapping[tuple[str, str], Mapping[str, list[tuple[str, _Value]]]],
) -> dict[tuple[str, str], Mapping[str, list[tuple[str, _Value]]]]:
    """The statements of each thing, the ages of one surname told apart by given name ("Devon
    Clarke, 38" and "Natalie Clarke, 35": "age of Devon Clarke" and "age of Natalie Clarke"); an age
    of the surname alone is left out where the family has several members."""
    split: dict[tuple[str, str], Mapping[str, list[tuple[str, _Value]]]] = {}
    for (kind, what), by_source in stated.items():
        if not (what.startswith("age of ") and _two_people(v for items in by_source.values() for _, v in items)):
            split[(kind, what)] = by_source
            continue
        surname = what.removeprefix("age of ")
        for given in sorted({v.given_name for items in by_source.values() for _, v in items if v.given_name}):
            of_them = {
                source_id: mine
                for source_id, items in by_source.items()
                if (mine := [item for item in items if item[1].given_name == given])
            }
            split[(kind, f"age of {given} {surname}")] = of_them
    return split


def _sum_of(sentence: str, value: _Value, lexicon: Lexicon) -> str | None:
    """What a sum is of, where a noun follows it at once, past a conversion in brackets, or past
    a preposition that names it: "the $7.1 billion budget", "a $7.4 billion (€6 billion) budget"
    -> "budget"; "£7.8million in compensation" -> "compensation"; ``None`` otherwise."""
    after = _CONVERSION.sub("", sentence[value.at + len(value.text) :], count=1)
    preposition = _WORD.match(after.lstrip())
    if preposition is not None and preposition.group().casefold() in lexicon.sum_prepositions:
        after = after.lstrip()[preposition.end() :]
    word = _WORD.match(after.lstrip(" -"))
    if word is None or after[: len(after) - len(after.lstrip(" -"))].strip(" ") not in ("", "-"):
        return None
    return term(word.group()) if _says_something(word.group(), lexicon) else None


#: A conversion in brackets right after a sum: " (€6 billion)".
_CONVERSION = re.compile(r"^\s*\([^()]{1,40}\)")


def _anchored(
    once: list[tuple[str, tuple[str, _Value]]], content: Callable[[str], frozenset[str]], what: str, shared: int
) -> list[tuple[str, tuple[str, _Value]]]:
    """The statements whose sentence shares ``shared`` content words (besides ``what``) with another
    source's statement sentence: about the same thing. Found through the words, not by trying
    every two statements, since a story of hundreds of sources states a count hundreds of times."""
    holders: dict[str, list[int]] = {}
    for index, (_, (sentence_id, _)) in enumerate(once):
        for word in content(sentence_id) - {what}:
            holders.setdefault(word, []).append(index)
    anchored = []
    for source_id, (sentence_id, value) in once:
        together: Counter[int] = Counter()
        others = (other for word in content(sentence_id) - {what} for other in holders[word])
        for other in others:
            if once[other][0] != source_id:
                together[other] += 1
                if together[other] >= shared:
                    anchored.append((source_id, (sentence_id, value)))
                    break
    return anchored


#: Most statements of one thing a source may make for them to be paired with another source's.
_MOST_ALIKE_STATEMENTS = 20


def _alike_statements(
    sources: Sequence[Source],
    by_source: Mapping[str, list[tuple[str, _Value]]],
    content: Callable[[str], frozenset[str]],
    what: str,
    compared: frozenset[tuple[str, str]] | None,
) -> list[list[tuple[str, tuple[str, _Value]]]]:
    """Statements of one thing in different sources that say it in alike sentences: for every two
    sources (those ``compared``, when given), each statement's most alike sentence in the other,
    when the choice is mutual, clear (no tie) and shares ``_ANCHOR_WORDS`` words; joined across
    sources into one list per thing said."""
    # A source that states a thing more often than this states many things of its kind (every
    # weekday of a long chronicle): its statements are not paired one by one, which would cost the
    # square of their number.
    order = [source.id for source in sources if 0 < len(by_source.get(source.id, ())) <= _MOST_ALIKE_STATEMENTS]
    place = {source_id: index for index, source_id in enumerate(order)}
    if compared is None:
        source_pairs = [(first, second) for index, first in enumerate(order) for second in order[index + 1 :]]
    else:
        stating = [(first, second) for first, second in compared if first in place and second in place]
        source_pairs = sorted(stating, key=lambda pair: (place[pair[0]], place[pair[1]]))
    joined: dict[tuple[str, str], set[tuple[str, str]]] = {}

    def best(statements: list[tuple[str, _Value]], against: str) -> tuple[str, _Value] | None:
        scored = sorted(
            ((len((content(sentence) & content(against)) - {what}), sentence, value) for sentence, value in statements),
            key=lambda item: -item[0],
        )
        if not scored or scored[0][0] < _ANCHOR_WORDS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1], scored[0][2]

    for first, second in source_pairs:
        for sentence, _ in by_source[first]:
            match = best(by_source[second], sentence)
            if match is None or (back := best(by_source[first], match[0])) is None or back[0] != sentence:
                continue
            a, b = (first, sentence), (second, match[0])
            group = joined.get(a, {a}) | joined.get(b, {b})
            for member in group:
                joined[member] = group
    statements = {frozenset(group) for group in joined.values()}
    values = {(source, sentence): value for source in order for sentence, value in by_source[source]}
    found = []
    for statement in sorted(statements, key=sorted):
        if any(count > 1 for count in Counter(source for source, _ in statement).values()):
            continue  # one source's two statements joined: which one the others contradict is unclear
        members = sorted(statement, key=lambda member: order.index(member[0]))
        found.append([(source, (sentence, values[(source, sentence)])) for source, sentence in members])
    return found


#: Two reports of one figure rarely differ by more than this factor ("about 40" and 70 in critical
#: condition); "sentenced to 33 years" and "served eight years" are two durations, not a disagreement.
_SAME_SIZE_FACTOR = 2.0
#: The same for clock times, in minutes.
_SAME_TIME_REACH = 120.0


def _of_one_size(stated: list[tuple[str, tuple[str, _Value]]]) -> list[tuple[str, tuple[str, _Value]]]:
    """The most statements, in their order, whose values are close enough to be reports of one figure
    (within a factor of two; clock times within two hours; a range or a bound by its nearest
    true value); none when two such sets tie. Dates are never sized: Monday is not "less" than
    Wednesday."""
    if stated[0][1][1].kind == "date":
        return stated

    def interval(item: tuple[str, tuple[str, _Value]]) -> tuple[float, float]:
        value = item[1][1]
        # "more than 250" is sized as 250: open on one side, it would be close to everything.
        exact = value.bound in ("exact", "above", "below", "minimum", "maximum")
        return (value.value[0], value.value[0]) if exact else value.interval()

    def close(first: tuple[float, float], second: tuple[float, float]) -> bool:
        low, high = max(first[0], second[0]), min(first[1], second[1])
        if low <= high:
            return True  # the two can be the same figure
        if stated[0][1][1].kind == "time":
            return low - high <= _SAME_TIME_REACH
        return high > 0 and low <= _SAME_SIZE_FACTOR * high

    by_size = sorted(stated, key=lambda item: interval(item)[0])
    runs = [
        [item for item in by_size[first:] if close(interval(smallest), interval(item))]
        for first, smallest in enumerate(by_size)
    ]
    longest = max(len(run) for run in runs)
    if longest < 2 or sum(len(run) == longest for run in runs) > 1:
        return []
    kept = {id(item) for item in next(run for run in runs if len(run) == longest)}
    return [item for item in stated if id(item) in kept]


def _unlinked_discrepancy(
    kind: str, what: str, stated: list[tuple[str, tuple[str, _Value]]], passage_of: Mapping[str, str]
) -> Discrepancy:
    passage_ids = {passage_of.get(sentence_id) for _, (sentence_id, _) in stated}
    passage_id = passage_ids.pop() if len(passage_ids) == 1 else None
    return _discrepancy("story", kind, what, stated, passage_id=passage_id, quote_id=None)


def _compare(
    stated: list[tuple[str, str, list[_Value]]],
    order: dict[str, int],
    *,
    passage_id: str | None,
    quote_id: str | None,
) -> list[Discrepancy]:
    """``stated``: (source id, sentence id, the values read there) for one passage or quote."""
    by_source: dict[str, dict[tuple[str, str], list[tuple[str, _Value]]]] = {}
    figures: dict[str, set[tuple[str, tuple[float, ...]]]] = {}  # every figure each source states here
    for source_id, sentence_id, values in stated:
        for value in values:
            by_source.setdefault(source_id, {}).setdefault((value.kind, value.what), []).append((sentence_id, value))
            figures.setdefault(source_id, set()).add((value.kind, value.value))
    keys = sorted({key for values in by_source.values() for key in values})
    found = []
    for kind, what in keys:
        given = [
            (source_id, values[(kind, what)])
            for source_id, values in sorted(by_source.items(), key=lambda item: order.get(item[0], len(order)))
            if (kind, what) in values
        ]
        # Each source must give the thing once: two values in one source may be two things. A
        # value every source gives alike is set aside first ("fell from €24.2m to €5.58m" against
        # "from 24.2 million euros to 5.6 million euros": the first agrees, the second is compared).
        if _whole_and_parts(given):
            continue
        agreed = set.intersection(*({_stated(value) for _, value in values} for _, values in given))
        if agreed and any(len(values) > 1 for _, values in given):
            given = [(source, [item for item in values if _stated(item[1]) not in agreed]) for source, values in given]
        if len(given) < 2 or any(len(values) != 1 for _, values in given):
            continue
        if _two_people(value for _, values in given for _, value in values):
            continue
        if len({_stated(values[0][1]) for _, values in given}) < 2:
            continue
        single = [(source_id, values[0]) for source_id, values in given]
        if kind == "date" and not _one_occasion([value for _, (_, value) in single]):
            continue
        if _also_stated(single, figures) or _of_one_size(single) != single:
            continue
        owner = passage_id or quote_id or ""
        found.append(_discrepancy(owner, kind, what, single, passage_id=passage_id, quote_id=quote_id))
    return found


def _one_occasion(values: Sequence[_Value]) -> bool:
    """Whether every two dates that differ are said of one thing, the words before them sharing
    one: a passage's linked sentences may date two events ("brought to the surface early on
    Wednesday" and "after a fall of rock on Monday"). The sources that give one date are read
    together: "after a principal inspection of the bridge in March 2007" and "the inspection's
    findings of March 2007" both say what "an inspection of the bridge in May 2007" says."""
    occasions: dict[tuple[tuple[float, ...], str], frozenset[str]] = {}
    for value in values:
        occasions[_stated(value)] = occasions.get(_stated(value), frozenset()) | value.occasion
    told = list(occasions.values())
    return all(first & second for index, first in enumerate(told) for second in told[index + 1 :])


def _whole_and_parts(given: Sequence[tuple[str, Sequence[tuple[str, _Value]]]]) -> bool:
    """Whether one source gives as a whole what another gives in parts ("a fine of €6.5 million"
    against "€5 million for the failings and €1.5 million for the delay"): then they agree."""
    sums = [round(sum(value.value[0] for _, value in values), 6) for _, values in given if len(values) > 1]
    wholes = {round(value.value[0], 6) for _, values in given for _, value in values}
    return any(total in wholes for total in sums)


def _also_stated(
    single: list[tuple[str, tuple[str, _Value]]], figures: Mapping[str, set[tuple[str, tuple[float, ...]]]]
) -> bool:
    """Whether a source states, for something else, the figure another source gives for this thing
    ("the Tories were reduced to 21 seats and the Liberals held four" against "the Liberals held
    their four seats"): then the two speak of different things, not differently of one."""
    return any(
        (other.kind, other.value) in figures[source_id] and other.value != value.value
        for source_id, (_, value) in single
        for other_id, (_, other) in single
        if other_id != source_id
    )


def _discrepancy(
    owner: str,
    kind: str,
    what: str,
    stated: list[tuple[str, tuple[str, _Value]]],
    *,
    passage_id: str | None,
    quote_id: str | None,
) -> Discrepancy:
    """``stated``: (source id, (sentence id, value)) in story order; the id is stable across rebuilds."""
    digest = hashlib.sha1(f"{owner}\x1f{kind}\x1f{what}".encode()).hexdigest()[:8]
    return Discrepancy(
        id=f"d-{digest}",
        kind=cast(DiscrepancyKind, kind),
        what=what,
        passage_id=passage_id,
        quote_id=quote_id,
        values=tuple(StatedValue(source, sentence, value.text) for source, (sentence, value) in stated),
        approximate=_compatible([value for _, (_, value) in stated]),
    )


def _stated(value: _Value) -> tuple[tuple[float, ...], str]:
    """What a statement of a value says: "nearly 500" and "500" say different things, "5" and "five" do
    not, and neither do "about 500" and "500", or "about 6:20" and "6:20" (a figure is as rounded as
    it is written; "about" says only that), nor "at least 5" and "5", or "up to 79" and "79" (the
    figure itself is a true value: the hedge says only that it may be a limit)."""
    return value.value, "exact" if value.bound in _STATES_THE_FIGURE else value.bound


#: Hedges that leave the figure itself a true value, saying only how it is rounded or bounded.
_STATES_THE_FIGURE = frozenset({"around", "minimum", "maximum"})


def _compatible(values: list[_Value]) -> bool:
    """Whether all the values can be true at once, so that they differ only in how they round:
    "more than 100" and "about 130", "nearly 80" and 79, "at least 10" and 10; not 10 and 11."""
    if any(len(value.value) != 1 and value.bound != "range" for value in values):
        return False
    intervals = [value.interval() for value in values]
    low, high = max(low for low, _ in intervals), min(high for _, high in intervals)
    # Two clock times hedged half an hour apart ("about 3.40am", "around 4:10 am") only touch: two
    # reports of when, not one time rounded two ways.
    return low < high if all(value.kind == "time" for value in values) else low <= high
