"""Where sentences end: the sentence splitter, and the clean stage's coarser line rules.

``split_sentences`` is THE splitter: the segment stage cuts every cleaned paragraph into
sentences with it. It is rule based and tuned for news prose. A candidate boundary is
terminal punctuation (``.``, ``!``, ``?``, an ellipsis) with any closing quote marks or
brackets glued to it; it becomes a boundary when the next word starts a sentence and the
word before is not an abbreviation or initial. Choices worth knowing:

* A quotation of several sentences is split at its inner full stops, and the closing mark
  stays with the sentence it closes. An attribution that follows a closed quotation as
  its own short clause (``"We won." Trump said.``) is joined to the quotation's last
  sentence, so a reader never sees ``Trump said.`` alone.
* An ellipsis followed by a capital ends a sentence only outside a quotation: inside one,
  it usually marks words the reporter left out of a single utterance
  (``"I am not happy about that... No, I didn't"``), which should stay together.
* A full stop with no space before a capital (``discussed.Tuesday``) is a boundary when
  it follows a lower-case word or a number, never inside initialisms (``U.S.``), URLs
  or handles (``pic.twitter.com/X``), or decimals.

``coarse_sentence_starts`` and ``ends_sentence`` serve the clean stage, which looks at raw
scraped lines before there are paragraphs: where the last sentence of a line starts (a
contributor credit, a glued tweet), whether a line ends like a finished sentence. The
coarse rule ignores glued stops and quotations and has its own abbreviation list; the
clean stage's decisions were made with it, so it stays a separate function rather than a
second behaviour hidden in ``split_sentences``.

The word lists come from a ``Lexicon``; without one, the default language's is used.
"""

from __future__ import annotations

import re

from .lexicon import DEFAULT_LANGUAGE, Lexicon, lexicon_for
from .quotemarks import CLOSING_MARKS, OPENING_MARKS, double_quoted_spans
from .script import CAPITAL

_TERMINAL = r"(?:\.{2,}|…|[.!?]+)"
# French sets a (no-break) space before a closing guillemet: « C’est promis. » ends there (German's
# opening one, "… gesagt. »Wir", stands on the word it opens).
_CANDIDATE = re.compile(
    rf"(?P<term>{_TERMINAL})(?P<close>(?:[{re.escape(CLOSING_MARKS)}]|[ \u00a0\u202f]»(?!\w))*)(?P<space>\s*)"
)
_ELLIPSIS = re.compile(r"\.{2,}|…")
_DOTTED_INITIALISM = re.compile(rf"(?:[{CAPITAL}a-z]\.)+[{CAPITAL}a-z]")
_WORD_BEFORE_GLUED_STOP = re.compile(rf"[{CAPITAL}a-z’'-]*[a-z]{{2}}|\d+")
_URL_LIKE = re.compile(r"://|www\.|@|/|\.(?:com|org|net|gov|edu|co|io|ru|uk)\b", re.IGNORECASE)
_WORD = re.compile(rf"[{CAPITAL}a-z’'-]+")
#: A clock time in the a.m./p.m. form, up to the full stop closing it: "11 p.m.", "6:45 a.m.".
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[aApP]\.[mM]\.?[\s\"”’)]*$")
#: How far before the word after it a clock time may start: "12:45 p.m." and a few closing marks.
_CLOCK_TIME_REACH = 16
_ANY_WORD = re.compile(r"[^\W\d_]+")  # a word in any alphabet
_ENDS_WITH_CLOSED_QUOTE = re.compile(r"[.!?…][”\"’']+\s*$")

# How many words a clause like "Kremlin aide Yuri Ushakov told reporters." may have.
_MAX_ATTRIBUTION_WORDS = 8

# The coarse rule: a run of terminal punctuation, closing marks and space before a capital or
# digit. Possessive and starting only at the first mark of a run, so a long run of dots is read once.
_COARSE_SENTENCE_END = re.compile(rf"(?<![.!?])[.!?]++[{re.escape(CLOSING_MARKS)}]*+\s++(?=[\"“‘'(]?[{CAPITAL}0-9])")
# A single letter or a short dotted initialism ("U.S", "A") before the stop: never a sentence end.
_COARSE_INITIALISM = re.compile(r"(?:\w\.)*\w")
_COARSE_INITIALISM_LENGTH = 3
# French sets a (narrow) no-break space before its closing mark: "… ces reports. »".
_ENDS_WITH_TERMINAL = re.compile(rf"(?:[.!?…]|\.\.\.)(?:[ \u00a0\u202f]*[{re.escape(CLOSING_MARKS)}])*$")


def split_sentences(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of each sentence in ``text``, whitespace trimmed."""
    if lexicon is None:
        lexicon = lexicon_for(DEFAULT_LANGUAGE)
    quoted = double_quoted_spans(text)
    cuts = [match.end() for match in _CANDIDATE.finditer(text) if _is_boundary(text, match, quoted, lexicon)]
    spans = _trimmed_spans(text, cuts)
    return _join_stranded_attributions(text, spans, lexicon)


def coarse_sentence_starts(text: str, lexicon: Lexicon | None = None) -> list[int]:
    """Offsets where a new sentence starts inside ``text`` (not counting 0), by the coarse rule.

    A stop followed by space and a capital or digit ends a sentence unless the word before
    it is a coarse abbreviation (any case) or a short initialism: "Mr. Smith", "U.S. officials".
    """
    if lexicon is None:
        lexicon = lexicon_for(DEFAULT_LANGUAGE)
    starts = []
    for match in _COARSE_SENTENCE_END.finditer(text):
        word_before = token_ending_at(text, match.start() + 1).rstrip(".!?").casefold()
        if word_before in lexicon.coarse_abbreviations or (
            _COARSE_INITIALISM.fullmatch(word_before) and len(word_before) <= _COARSE_INITIALISM_LENGTH
        ):
            continue
        starts.append(match.end())
    return starts


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with terminal punctuation, perhaps followed by closing marks."""
    return bool(_ENDS_WITH_TERMINAL.search(text))


# ----------------------------------------------------------------------- boundaries


def _is_boundary(text: str, match: re.Match[str], quoted: list[tuple[int, int]], lexicon: Lexicon) -> bool:
    # Positions, not slices: a slice of the rest would copy the paragraph once per stop in it.
    after = match.end()
    if after == len(text):
        return False
    if not match["space"]:
        return _is_glued_boundary(text, match)
    first_at = _past_opening_marks(text, after)
    first = text[first_at : first_at + 1]
    if not (first.isupper() or first.isdigit()):
        return False
    if _ELLIPSIS.fullmatch(match["term"]):
        return not _inside(match.start(), quoted)
    if match["term"] != "." or match["close"]:
        return True
    return _full_stop_ends_sentence(_word_before(text, match.start()), text, after, lexicon)


def _past_opening_marks(text: str, position: int) -> int:
    """Past any opening marks, and the (no-break) spaces French sets inside them ("« Nous")."""
    while position < len(text) and text[position] in OPENING_MARKS:
        position += 1
        while position < len(text) and text[position] in "\u00a0\u202f ":
            position += 1
    return position


def _full_stop_ends_sentence(word: str, text: str, after: int, lexicon: Lexicon) -> bool:
    """Decide a plain full stop followed (at ``after``) by a capital or number: abbreviation or end?"""
    if word in lexicon.abbreviations or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit() and lexicon.ordinal_nouns:
        # German "am 3. Oktober": a number with a stop before a month (or "Mal", "Platz") is an ordinal.
        following = _ANY_WORD.match(text, _past_opening_marks(text, after))
        if following is not None and following.group() in lexicon.ordinal_nouns:
            return False
    if word in lexicon.abbreviations_before_number:
        return not text[after].isdigit()
    if _DOTTED_INITIALISM.fullmatch(word):
        opener = _WORD.match(text, _past_opening_marks(text, after))
        if opener is not None and _CLOCK_TIME.search(text, max(0, after - _CLOCK_TIME_REACH), after):
            # "ran past 11 p.m. Evelyn Washington told ...": after a clock time, any capital ends the
            # sentence but a date's ("11 p.m. Tuesday") or a time zone's ("7 p.m. ET", "7 p.m. Eastern").
            next_word = opener.group()
            calendar = lexicon.calendar
            return not (
                next_word.isupper()
                or next_word.lower() in calendar.months
                or next_word.lower() in calendar.weekdays
                or next_word.lower() in calendar.zone_words
            )
        return opener is not None and opener.group() in lexicon.sentence_openers
    return True


def _is_glued_boundary(text: str, match: re.Match[str]) -> bool:
    """A stop with no space after it: ``discussed.Tuesday`` but not ``U.S.``, ``3.5`` or a URL."""
    if _ELLIPSIS.fullmatch(match["term"]) or not text[match.end()].isupper():
        return False
    if not _WORD_BEFORE_GLUED_STOP.fullmatch(_word_before(text, match.start())):
        return False
    return not _URL_LIKE.search(_token_around(text, match.start()))


def token_ending_at(text: str, end: int) -> str:
    """The whitespace-delimited token that ends at ``end`` (``text[:end].split()[-1]`` without the
    copy, when ``text[end - 1]`` is not a space; ``""`` when it is)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _word_before(text: str, position: int) -> str:
    return token_ending_at(text, position).lstrip(OPENING_MARKS)


def _token_around(text: str, position: int) -> str:
    start, end = position, position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _trimmed_spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


# ----------------------------------------------------------------------- attributions


def _join_stranded_attributions(text: str, spans: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        previous = joined[-1] if joined else None
        if (
            previous
            and _ENDS_WITH_CLOSED_QUOTE.search(text[previous[0] : previous[1]])
            and _is_attribution(text[start:end], lexicon)
        ):
            joined[-1] = (previous[0], end)
        else:
            joined.append((start, end))
    return joined


# How many words may name the listener in an attribution clause ("told the city council").
_MAX_LISTENER_WORDS = 3


def _is_attribution(clause: str, lexicon: Lexicon) -> bool:
    """``Trump said.``, ``said Kremlin aide Yuri Ushakov.``, ``he told reporters.``: a speaker and a verb only."""
    words = _WORD.findall(clause)
    # "Lane said as he opened the vote.": a clause of circumstance after the verb is not counted.
    opener = next((i for i, word in enumerate(words) if i > 1 and word.lower() in lexicon.clause_openers), None)
    words = words[:opener] if opener is not None else words
    if not words or len(words) > _MAX_ATTRIBUTION_WORDS or not clause.rstrip().endswith((".", "!", "?")):
        return False
    if any(mark in clause for mark in '“”"‘`'):
        return False
    verbs = [i for i, word in enumerate(words) if word.lower() in lexicon.speech_verbs]
    if not verbs:
        return False
    tail_words = lexicon.attribution_tail_words
    verb = verbs[0]
    if verb == 0:
        # "said Yuri Ushakov, the aide." — the speaker follows; everything must be a name or title.
        return all(word[0].isupper() or word.lower() in tail_words for word in words[1:])
    speaker, tail = words[:verb], words[verb + 1 :]
    speaker_is_named = speaker[0][0].isupper()
    tail_is_circumstance = all(word[0].isupper() or word.lower() in tail_words for word in tail)
    # "Ann Lee asked the council.": a verb of asking or telling takes its listener after it.
    tail_is_listener = words[verb].lower() in lexicon.listener_verbs and len(tail) <= _MAX_LISTENER_WORDS
    return speaker_is_named and (tail_is_circumstance or tail_is_listener)
