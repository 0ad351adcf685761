"""Regular-expression alternations of many words that match fast, and exactly as the plain ones.

``re`` tries the alternatives of ``(?:said|says|told|...)`` one after another at every place
of the text: with 150 speech verbs, most of the time spent reading attributions went there.
Alternatives that open with different characters can never match at the same place, so
gathering each run of alternatives sharing an opening character behind that character
(``s(?:aid|ays)|told``) lets the engine try one group instead of them all, while the
alternatives that can match are tried in the same order as before: every match is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby


def alternation(words: Sequence[str]) -> str:
    """A pattern matching exactly what ``"|".join(map(re.escape, words))`` matches, with the words
    (plain text, escaped here) grouped by opening character and kept in their order. Only words
    next to each other are grouped, so the order of trial never changes."""
    parts = []
    for opening, group in groupby(words, key=lambda word: word[:1]):
        members = list(group)
        if len(members) == 1:
            parts.append(re.escape(members[0]))
        else:
            parts.append(re.escape(opening) + "(?:" + "|".join(re.escape(member[1:]) for member in members) + ")")
    return "|".join(parts)


class StartOrAnywhere:
    """A pattern ``^a|b`` (some alternatives anchored at the start of the text, some not), searched
    as ``^a`` matched at the start, then ``b`` searched.

    ``re`` does not know that an alternative opening with ``^`` can only match at the start: it
    tries every one of them at every place of the text. Furniture patterns hold dozens of such
    alternatives beside a few that may match anywhere, and searching them took a third of the
    cleaning stage. Apart, the anchored ones are tried once. The same texts match, and each match
    starts where the plain pattern's does (an anchored match starts at 0, the leftmost place);
    where alternatives of both kinds match at the start, which one is reported may differ.
    """

    __slots__ = ("anywhere", "at_start", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if flags & re.MULTILINE:
            raise ValueError("with re.MULTILINE, ^ also matches after a line break: search the pattern whole")
        alternatives = _top_level_alternatives(pattern)
        anchored = [alternative[1:] for alternative in alternatives if alternative.startswith("^")]
        floating = [alternative for alternative in alternatives if not alternative.startswith("^")]
        self.pattern = pattern
        self.at_start = re.compile("|".join(anchored), flags) if anchored else None
        self.anywhere = re.compile("|".join(floating), flags) if floating else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.at_start is not None:
            found = self.at_start.match(text)
            if found is not None:
                return found
        return self.anywhere.search(text) if self.anywhere is not None else None


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at each ``|`` outside groups and character sets."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        raise ValueError("a global inline flag would apply to one part only: pass it as flags")
    alternatives, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            # A set ends at the first "]" that is not its first member; escapes inside are skipped.
            index += 1
            if pattern[index] == "^":
                index += 1
            if pattern[index] == "]":
                index += 1
            while pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    alternatives.append(pattern[start:])
    return alternatives


def longest_first(words: Iterable[str]) -> str:
    """A pattern matching what ``words`` sorted longest first and joined by ``|`` matches ("seventeen"
    before "seven"), grouped by opening letter like ``alternation``: only words opening with the
    same letter (in any case) can match at one place, and among them the longer is still tried first."""
    return alternation(sorted(words, key=lambda word: (word[:1].casefold(), -len(word), word)))


def stem_phrases(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases`` (plain text), longest first, where a trailing "*" stands
    for any ending ("subscrib*" for "subscribe", "subscribers"); the caller adds word boundaries."""
    alternatives = (re.escape(p.rstrip("*")) + (r"\w*" if p.endswith("*") else "") for p in phrases)
    return "|".join(sorted(alternatives, key=len, reverse=True))
