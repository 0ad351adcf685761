"""Which bundled language an article is written in, when nobody said.

Front matter, ``story.toml`` or the web page's ``lang`` say it best; without them the article's
words decide: the language whose own stop words (``stop_words.txt``: articles, prepositions,
pronouns, auxiliaries; the ones another bundled language shares left out) make up the largest
share of the text wins, if that share is clear.
A short or mixed text gets no language rather than a guess (the stages then read it in the
default language, but the article's metadata does not claim one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from .lexicon import available_languages, stop_words_of

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Fewer words than this say too little to tell languages apart.
MIN_WORDS = 12
#: The winner's share of stop words must beat the runner-up's by this factor.
MARGIN = 1.5
#: ... and be at least this share of all the words (a text of names and numbers says nothing).
#: `python -m benchmarks.detection`: paragraphs of 25+ words told right 2,939 times, undecided 7,
#: wrong never (2,933 / 13 / 0 when shared stop words counted and the share was 0.15).
MIN_SHARE = 0.08


@cache
def _stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words that no other bundled language shares ("de", "la", "en" say
    little between French, Spanish and German; "el", "le", "der" tell them apart)."""
    words = {code: frozenset(w.casefold() for w in stop_words_of(code)) for code in available_languages()}
    return {
        code: own - frozenset().union(*(other for other_code, other in words.items() if other_code != code))
        for code, own in words.items()
    }


def detect_language(texts: Iterable[str]) -> str | None:
    """The bundled language ``texts`` are most clearly written in, else ``None``."""
    words = [word.casefold() for text in texts for word in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    # Each distinct word is looked up once per language, with how often it occurs.
    frequency = Counter(words)
    counts = sorted(
        ((sum(n for word, n in frequency.items() if word in stops), code) for code, stops in _stop_words().items()),
        reverse=True,
    )
    (best, code), (runner_up, _) = counts[0], counts[1] if len(counts) > 1 else (0, "")
    if best >= MARGIN * runner_up and best >= MIN_SHARE * len(words):
        return code
    return None
