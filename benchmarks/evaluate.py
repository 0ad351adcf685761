"""Score the pipeline against the hand-made gold annotations in ``benchmarks/gold/``.

Run ``python -m benchmarks.evaluate [--story NAME] [--corpora DIR] [--verbose] [--code REV]``;
``--code REV`` scores the code of git revision REV on today's gold and sets (a change's "before").

The bundled story is read from the repository's ``seeds/``; the scrape set written for this
project (invented stories, so its text can live here) from ``benchmarks/scrapes/``; the
development corpora from ``../shared/corpora`` next to the repository (or ``--corpora DIR``)
when they are there.
Only stories that have a gold file are scored. See ``benchmarks/gold/README.md`` for the
gold format.

Gold snippets are matched to pipeline text by normalised containment (case, quote marks,
whitespace and dash/ellipsis forms ignored), falling back to rapidfuzz ``partial_ratio``
>= 90. A fact snippet names the sentence it *starts* in, so it resolves whether the
pipeline splits sentences more finely or more coarsely than the annotator did.
"""

from __future__ import annotations

import argparse
import functools
import json
import operator
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "gold"
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"
SEEDS_DIR = REPO_ROOT / "seeds"
#: Invented multi-outlet stories written like scraped pages (``S<n>-...``), with their gold.
SCRAPES_DIR = Path(__file__).resolve().parent / "scrapes"

FUZZY_MIN = 90.0
METADATA_FIELDS = ("title", "outlet", "byline", "date")

# ----------------------------------------------------------------------------- scores


@dataclass
class PRF:
    """Counts behind precision / recall / F1 (micro-averaged when added up)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Ratio:
    """``right`` out of ``total``; 1.0 when there is nothing to score."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.right + other.right, self.total + other.total)

    def __str__(self) -> str:
        return f"{self.right}/{self.total}"


@dataclass
class StoryScores:
    story: str
    #: Cross-source sentence pairs: gold groups vs pipeline passages.
    facts: PRF = field(default_factory=PRF)
    #: Gold quote occurrences found (tp/fn); pipeline occurrences of 3+ words matching no gold one (fp).
    quote_detection: PRF = field(default_factory=PRF)
    #: "Possibly related" pairs: tp/fp among them; fn = gold pairs neither a passage nor a related link joins.
    related: PRF = field(default_factory=PRF)
    #: Cross-source pairs of matched occurrences put in one group.
    quote_grouping: PRF = field(default_factory=PRF)
    #: Missed gold pairs (both found) whose wordings neither contain one another nor share a run
    #: of five words: different excerpts of one remark, which issue 12's rule keeps apart.
    grouping_misses_without_overlap: int = 0
    #: Matched occurrences with a gold speaker whose pipeline speaker agrees (last-name match).
    speaker: Ratio = field(default_factory=Ratio)
    #: The same, counting only speakers the occurrence's own source names (not ``speaker_elsewhere``).
    speaker_named_here: Ratio = field(default_factory=Ratio)
    #: Gold furniture snippets found in the removed text.
    furniture: Ratio = field(default_factory=Ratio)
    #: Gold repeated paragraphs removed once and still kept once.
    repeated: Ratio = field(default_factory=Ratio)
    #: Gold article snippets (facts and quotes) found only in removed text (should be 0) ...
    wrongly_removed: int = 0
    #: ... out of this many gold article snippets.
    article_snippets: int = 0
    #: Metadata fields the gold states that the pipeline got right.
    metadata: Ratio = field(default_factory=Ratio)
    #: The outlet field alone (issue 12's target: 0.90 where the text states it).
    outlet: Ratio = field(default_factory=Ratio)
    #: Human-readable details of every miss, for ``--verbose``.
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: StoryScores) -> StoryScores:
        return StoryScores(
            story="TOTAL",
            facts=self.facts + other.facts,
            quote_detection=self.quote_detection + other.quote_detection,
            related=self.related + other.related,
            quote_grouping=self.quote_grouping + other.quote_grouping,
            grouping_misses_without_overlap=self.grouping_misses_without_overlap
            + other.grouping_misses_without_overlap,
            speaker=self.speaker + other.speaker,
            speaker_named_here=self.speaker_named_here + other.speaker_named_here,
            furniture=self.furniture + other.furniture,
            repeated=self.repeated + other.repeated,
            wrongly_removed=self.wrongly_removed + other.wrongly_removed,
            article_snippets=self.article_snippets + other.article_snippets,
            metadata=self.metadata + other.metadata,
            outlet=self.outlet + other.outlet,
            misses=[],
        )


# -------------------------------------------------------------------------- matching

# Straight, curly and TeX-style (`` '') quote marks, and apostrophes: "don't" == "dont" == "don’t".
_QUOTE_MARKS = re.compile(r"[\"'“”„‟«»‘’‚‛`´′″]")
_DASHES = re.compile(r"[‐‑‒–—―]")
_SPACE = re.compile(r"\s+")


# The scorer keeps its own copies of the two marks below rather than importing the clean stage's:
# it must run unchanged on an older revision's code (``--code REV``), which may lack them.
# A text browser's link number ("[12]Sport"): the pipeline lists it apart from the line it cuts it
# from, so both sides are compared without it.
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
# A reader service numbers the images it describes: "![Image 2: Burnt cars](...)".
_IMAGE_NUMBER = re.compile(r"^(?:image|picture|photo)\s+\d+\s*:\s*", re.IGNORECASE)


def normalise(text: str) -> str:
    """Lower case, no quote marks or apostrophes, one form of dash and ellipsis, no text
    browser's link numbers, single spaces."""
    text = _LINK_NUMBER.sub("", unicodedata.normalize("NFKC", text).casefold())
    text = text.replace("…", "...")
    text = _DASHES.sub("-", text)
    text = _QUOTE_MARKS.sub("", text)
    return _SPACE.sub(" ", text).strip()


def contains(snippet: str, text: str) -> bool:
    """Whether ``snippet`` occurs in ``text``, leniently (see module docstring)."""
    return match_score(snippet, text) >= FUZZY_MIN


def match_score(snippet: str, text: str) -> float:
    s, t = normalise(snippet), normalise(text)
    if not s or not t:
        return 0.0
    if s in t:
        return 101.0  # exact containment beats any fuzzy match
    if len(t) < 0.8 * len(s):
        # a short text would align inside the snippet and score high by accident
        return 0.0
    return fuzz.partial_ratio(s, t)


def _overlapping(a: str, b: str) -> bool:
    """Whether two wordings share a run of five words, or the shorter one (under five words) whole."""
    words_a, words_b = (re.findall(r"\w+", normalise(text)) for text in (a, b))
    size = min(5, len(words_a), len(words_b))
    if size == 0:
        return False
    runs = {tuple(words_a[i : i + size]) for i in range(len(words_a) - size + 1)}
    return any(tuple(words_b[i : i + size]) in runs for i in range(len(words_b) - size + 1))


def _opens_with(snippet: str, text: str) -> float:
    """A snippet gives the first words of its quotation: a quotation opening with them is the
    better match than one holding them further in."""
    return 1.0 if normalise(text).startswith(normalise(snippet)[:40]) else 0.0


@dataclass(frozen=True)
class _Located:
    sentence_id: str
    exact: bool


class SourceText:
    """The kept sentences of one pipeline source, joined so a snippet can be located."""

    def __init__(self, sentences: Sequence[Any]) -> None:
        parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        pos = 0
        for sentence in sentences:
            norm = normalise(sentence.text)
            if not norm:
                continue
            self.spans.append((pos, pos + len(norm), sentence.id))
            parts.append(norm)
            pos += len(norm) + 1
        self.joined = " ".join(parts)

    def _sentence_at(self, pos: int) -> str | None:
        # a position on the space between two sentences belongs to the next one
        for _, end, sid in self.spans:
            if pos < end:
                return sid
        return None

    def locate(self, snippet: str) -> _Located | None:
        """The sentence where ``snippet`` starts, or ``None`` when it is not in the kept text."""
        s = normalise(snippet)
        if not s or not self.joined:
            return None
        pos = self.joined.find(s)
        if pos >= 0:
            sid = self._sentence_at(pos)
            return _Located(sid, True) if sid else None
        alignment = fuzz.partial_ratio_alignment(s, self.joined, score_cutoff=FUZZY_MIN)
        if alignment is None:
            return None
        sid = self._sentence_at(alignment.dest_start)
        return _Located(sid, False) if sid else None


def _source_key(file: str) -> str:
    """Gold files are keyed by file name; pipeline sources carry a path relative to the seeds."""
    return Path(file).name


def names_match(found: str | None, expected: str | None) -> bool:
    """Lenient speaker comparison: same last name (allowing a small spelling difference), or one
    surname written apart or together ("Vander Sloot", "VanderSloot"), or the full name found for a
    gold given name ("Hillary Clinton" for "Hillary"). An unnamed spokesperson (or representative)
    of a body speaks for it: the gold of one set writes "BP spokesman", of another "BP"; either matches."""
    if not found or not expected:
        return False
    if _for_body(found) != found or _for_body(expected) != expected:
        return _names_match(_for_body(found), _for_body(expected))
    return _names_match(found, expected)


_SPOKESPERSON = re.compile(r"(?<![’']s)\s+(?:spokes(?:man|woman|person)|representative)$", re.IGNORECASE)


def _for_body(name: str) -> str:
    """``Metropolitan Police spokesman`` -> ``Metropolitan Police``; a person's (``Roe's``) stays."""
    return _SPOKESPERSON.sub("", name) or name


def _names_match(found: str, expected: str) -> bool:
    a, b = _last_name(found), _last_name(expected)
    if not a or not b:
        return False
    if _first_name_of(expected, found) or _first_of_two_surnames(expected, found):
        # The gold gives the name the article used there ("Hillary", "Acosta"), the tool the
        # fullest form of it ("Hillary Clinton", "Melba Acosta Febo"). The other way round is a
        # miss: name forms left unmerged.
        return True
    return a == b or fuzz.ratio(a, b) >= 85 or _last_two_joined(found) == b or _last_two_joined(expected) == a


_PARTY_AND_STATE = re.compile(r"\s*\(?\b[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)?\s*$")


def _last_two_joined(name: str) -> str:
    """The last two words of a name run together ("Vander Sloot" -> "vandersloot")."""
    words = _name_words(name)
    return "".join(words[-2:]) if len(words) >= 2 else ""


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "said", "says"})


def _name_words(name: str) -> list[str]:
    """A name's words, without a party-and-state tag ("Sen. Pat Toomey (R-Pa.)") or a suffix."""
    name = _PARTY_AND_STATE.sub("", name)
    words = re.findall(r"[^\W\d_]+", normalise(name))
    # A suffix, or a company's legal form ("Harvest Basket Markets Inc" is Harvest Basket Markets).
    while len(words) > 1 and (words[-1] in _NAME_SUFFIXES or words[-1] in _legal_forms()):
        words.pop()
    return words


def _first_name_of(given: str, full: str) -> bool:
    """Whether ``given`` is one given name, the first word of the longer name ``full``."""
    given_words, full_words = _name_words(given), _name_words(full)
    return (
        len(given_words) == 1
        and len(full_words) > 1
        and given_words[0] == full_words[0]
        and given_words[0] in _given_names()
    )


def _first_of_two_surnames(surname: str, full: str) -> bool:
    """Whether ``surname`` is the first of the two surnames of ``full``, a given name and two
    surnames ("Acosta" of "Melba Acosta Febo"), by which Spanish and Portuguese names are shortened."""
    surname_words, full_words = _name_words(surname), _name_words(full)
    return (
        len(surname_words) == 1
        and len(full_words) == 3
        and full_words[0] in _given_names()
        and surname_words[0] == full_words[1]
    )


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from site_builder.text.lexicon import DEFAULT_LANGUAGE, lexicon_for

    lexicon = lexicon_for(DEFAULT_LANGUAGE)
    return frozenset(normalise(name) for name in lexicon.given_names_female | lexicon.given_names_male)


@functools.lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """ "inc", "corp", "ltd": a company's legal form, as the lexicon lists it."""
    from site_builder.text.lexicon import DEFAULT_LANGUAGE, lexicon_for

    return frozenset(normalise(form) for form in lexicon_for(DEFAULT_LANGUAGE).company_suffixes)


def _last_name(name: str) -> str:
    words = _name_words(name)
    return words[-1] if words else ""


# --------------------------------------------------------------------------- scoring


def _groups(raw: Any) -> list[list[dict[str, str]]]:
    """Fact groups may be plain lists or objects ``{"note": ..., "sentences": [...]}``."""
    out = []
    for group in raw:
        out.append(group["sentences"] if isinstance(group, dict) else group)
    return out


#: What a cross-source pair joins: a sentence id, or a gold quote occurrence ``(group, index)``.
Item = TypeVar("Item", str, tuple[int, int])


def _pairs(members: Iterable[tuple[str, Item]]) -> set[frozenset[Item]]:
    """Cross-source pairs from ``(source, item)`` members."""
    return {frozenset((x, y)) for (sa, x), (sb, y) in combinations(list(members), 2) if sa != sb and x != y}


def _missing_file(file: str, by_file: dict[str, Any], misses: list[str]) -> bool:
    if file not in by_file:
        misses.append(f"gold file {file} is not a source of the analysis")
        return True
    return False


def gold_fact_pairs(analysis: Any, gold: dict[str, Any], misses: list[str]) -> set[frozenset[str]]:
    """The gold's cross-source fact pairs as pairs of the analysis' sentence ids.

    Snippets that name a file the analysis lacks, or text it did not keep, are listed in ``misses``.
    """
    by_file = {_source_key(src.file): src for src in analysis.sources}
    texts = {key: SourceText(src.sentences) for key, src in by_file.items()}
    pairs: set[frozenset[str]] = set()
    for group in _groups(gold.get("facts", [])):
        members = []
        for item in group:
            if _missing_file(item["file"], by_file, misses):
                continue
            found = texts[item["file"]].locate(item["snippet"])
            if found is None:
                misses.append(f"fact snippet not in kept text: {item['file']}: {item['snippet']!r}")
                continue
            members.append((by_file[item["file"]].id, found.sentence_id))
        pairs |= _pairs(members)
    return pairs


def score_analysis(analysis: Any, gold: dict[str, Any], markdown_files: frozenset[str] = frozenset()) -> StoryScores:
    """Compare one ``StoryAnalysis`` with its gold annotation; ``markdown_files``: the files (gold
    keys) the pipeline read as Markdown, whose snippets are compared as a Markdown reading shows them."""
    scores = StoryScores(story=gold.get("story", analysis.slug))
    misses = scores.misses
    source_of_sentence = {s.id: src.id for src in analysis.sources for s in src.sentences}

    # ---- facts (not scored where the gold has no fact groups: clusters annotated for cleaning and quotes)
    if not gold.get("facts"):
        return _score_rest(analysis, gold, scores, markdown_files)
    gold_pairs = gold_fact_pairs(analysis, gold, misses)
    predicted_pairs: set[frozenset[str]] = set()
    for passage in analysis.passages:
        predicted_pairs |= _pairs((source_of_sentence.get(sid, sid), sid) for sid in passage.sentence_ids)
    scores.facts = PRF(
        tp=len(gold_pairs & predicted_pairs),
        fp=len(predicted_pairs - gold_pairs),
        fn=len(gold_pairs - predicted_pairs),
    )
    # "Possibly related" links, shown apart: how many are gold fact pairs (precision), and the
    # recall of passages and related links together.
    related_pairs = {frozenset(link.sentence_ids) for link in getattr(analysis, "related", ())} - predicted_pairs
    scores.related = PRF(
        tp=len(gold_pairs & related_pairs),
        fp=len(related_pairs - gold_pairs),
        fn=len(gold_pairs - predicted_pairs - related_pairs),
    )
    sentence_text = {s.id: s.text for src in analysis.sources for s in src.sentences}
    for pair in sorted(predicted_pairs - gold_pairs, key=sorted):
        a, b = sorted(pair)
        misses.append(f"fact pair not in gold: {sentence_text.get(a, a)[:70]!r} ~ {sentence_text.get(b, b)[:70]!r}")
    for pair in sorted(gold_pairs - predicted_pairs, key=sorted):
        a, b = sorted(pair)
        misses.append(f"gold fact pair missed: {sentence_text.get(a, a)[:70]!r} ~ {sentence_text.get(b, b)[:70]!r}")

    return _score_rest(analysis, gold, scores, markdown_files)


# Markdown a line of a page saved as Markdown carries around its words; a snippet (a line's first
# words) may stop inside a link, so the pieces are dropped one by one.
_MARKDOWN_ADDRESS = re.compile(r"\]\([^)]*\)?")
_MARKDOWN_OPENERS = re.compile(r"!?\[|\]|\*\*|__|^\s*(?:#{1,6}|[*+-]|\d+\.|>)\s+")
# A heading's underline or a rule: no words to read.
_MARKDOWN_RULE = re.compile(r"^\s*(?:[=]+|[-*_](?:\s*[-*_]){2,})\s*$")


def as_read(snippet: str, markdown: bool) -> str:
    """A gold snippet as the pipeline's reader shows it: in a file read as Markdown, without the
    syntax (links' and images' addresses and brackets, list and heading marks, emphasis), and
    empty for a heading's underline or a rule, which are no text; as it is in a plain-text file."""
    if not markdown:
        return snippet
    if _MARKDOWN_RULE.match(snippet):
        return ""
    # The number a reader service gives each image it describes is no part of its caption either.
    return _IMAGE_NUMBER.sub("", _MARKDOWN_OPENERS.sub("", _MARKDOWN_ADDRESS.sub("", snippet)).strip())


def _score_rest(
    analysis: Any, gold: dict[str, Any], scores: StoryScores, markdown_files: frozenset[str] = frozenset()
) -> StoryScores:
    """Quotes, speakers, furniture, article text and metadata."""
    misses = scores.misses
    by_file = {_source_key(src.file): src for src in analysis.sources}
    texts = {key: SourceText(src.sentences) for key, src in by_file.items()}
    removed = {key: [r.text for r in src.removed] for key, src in by_file.items()}

    def missing_file(file: str) -> bool:
        return _missing_file(file, by_file, misses)

    # ---- quotes: detection (one-to-one matching within each source)
    occurrences = [(quote_index, occ) for quote_index, quote in enumerate(analysis.quotes) for occ in quote.occurrences]
    source_key_of_id = {src.id: key for key, src in by_file.items()}
    used: set[int] = set()
    matched: dict[tuple[int, int], int] = {}  # (gold group, gold occurrence) -> index in `occurrences`
    gold_members: list[tuple[int, int, dict[str, str]]] = [
        (g, o, occ) for g, group in enumerate(gold.get("quotes", [])) for o, occ in enumerate(group["occurrences"])
    ]
    # One-to-one, best match first over the whole story (not gold occurrence by gold occurrence,
    # where an early snippet found inside a longer quotation could take another snippet's own).
    candidates = []
    for g, o, gocc in gold_members:
        if missing_file(gocc["file"]):
            continue
        for index, (_, pocc) in enumerate(occurrences):
            if source_key_of_id.get(pocc.source_id) == gocc["file"]:
                score = match_score(gocc["snippet"], pocc.text) + _opens_with(gocc["snippet"], pocc.text)
                if score >= FUZZY_MIN:
                    candidates.append((-score, g, o, index))
    for _, g, o, index in sorted(candidates):
        if index not in used and (g, o) not in matched:
            used.add(index)
            matched[(g, o)] = index
    for g, o, gocc in gold_members:
        if missing_file(gocc["file"]):
            continue
        if (g, o) in matched:
            scores.quote_detection.tp += 1
        else:
            scores.quote_detection.fn += 1
            misses.append(f"gold quote not detected: {gocc['file']}: {gocc['snippet']!r}")
    for index, (_, pocc) in enumerate(occurrences):
        if index not in used and len(normalise(pocc.text).split()) >= 3:
            scores.quote_detection.fp += 1
            misses.append(f"quote not in gold: {source_key_of_id.get(pocc.source_id)}: {pocc.text[:70]!r}")

    # ---- quotes: grouping. Pairs of gold occurrences (cross-source) vs pairs of matched pipeline
    # occurrences in one Quote, mapped back to their gold occurrences. A gold pair whose
    # occurrences were not detected counts as missed.
    gold_quote_pairs: set[frozenset[tuple[int, int]]] = set()
    for g, group in enumerate(gold.get("quotes", [])):
        gold_quote_pairs |= _pairs((occ["file"], (g, o)) for o, occ in enumerate(group["occurrences"]))
    gold_of = {index: key for key, index in matched.items()}
    by_quote: dict[int, list[tuple[str, tuple[int, int]]]] = {}
    for index, (quote_index, pocc) in enumerate(occurrences):
        if index in gold_of:
            by_quote.setdefault(quote_index, []).append((pocc.source_id, gold_of[index]))
    predicted_quote_pairs: set[frozenset[tuple[int, int]]] = set()
    for members in by_quote.values():
        predicted_quote_pairs |= _pairs(members)
    scores.quote_grouping = PRF(
        tp=len(gold_quote_pairs & predicted_quote_pairs),
        fp=len(predicted_quote_pairs - gold_quote_pairs),
        fn=len(gold_quote_pairs - predicted_quote_pairs),
    )

    def occurrence_label(key: tuple[int, int]) -> str:
        occ = gold["quotes"][key[0]]["occurrences"][key[1]]
        return f"{occ['file']}: {occ['snippet'][:40]!r}"

    for pair in sorted(predicted_quote_pairs - gold_quote_pairs, key=sorted):
        a, b = sorted(pair)
        misses.append(f"quote pair not in gold: {occurrence_label(a)} ~ {occurrence_label(b)}")
    for pair in sorted(gold_quote_pairs - predicted_quote_pairs, key=sorted):
        a, b = sorted(pair)
        note = ""
        wordings = [occurrences[matched[key]][1].text for key in (a, b) if key in matched]
        if len(wordings) == 2 and not _overlapping(*wordings):
            scores.grouping_misses_without_overlap += 1
            note = " (no shared wording)"
        misses.append(f"gold quote pair not grouped{note}: {occurrence_label(a)} ~ {occurrence_label(b)}")

    # ---- speakers
    for (g, o), index in matched.items():
        group = gold["quotes"][g]
        gocc = group["occurrences"][o]
        expected = gocc.get("speaker")
        if expected is None:
            continue  # unattributed in the text (or a crowd): not scored
        # Who said it, as the export tells a reader: this source's attribution, else the one every
        # other source carrying the quote agrees on.
        named_here = occurrences[index][1].speaker
        found = named_here or occurrences[index][1].speaker_elsewhere
        scores.speaker.total += 1
        scores.speaker_named_here.total += 1
        if names_match(found, expected) or names_match(found, group.get("speaker")):
            scores.speaker.right += 1
            scores.speaker_named_here.right += named_here is not None
        else:
            misses.append(f"speaker: {gocc['file']}: {gocc['snippet']!r}: got {found!r}, want {expected!r}")

    # ---- furniture and repeated paragraphs
    for file, furniture in gold.get("furniture", {}).items():
        if missing_file(file):
            continue
        lines = furniture["lines"] if isinstance(furniture, dict) else furniture
        for snippet in lines:
            scores.furniture.total += 1
            read = as_read(snippet, file in markdown_files)
            # Markdown's own marks (a heading's underline, a rule) are no text, and not shown as any.
            if not read or any(contains(read, text) for text in removed[file]):
                scores.furniture.right += 1
            else:
                misses.append(f"furniture not removed: {file}: {snippet!r}")
        for snippet in furniture.get("repeated", []) if isinstance(furniture, dict) else []:
            scores.repeated.total += 1
            in_removed = any(contains(snippet, text) for text in removed[file])
            if in_removed and texts[file].locate(snippet) is not None:
                scores.repeated.right += 1
            else:
                misses.append(f"repeat not removed once and kept once: {file}: {snippet!r}")

    # ---- article text wrongly removed
    article = [(item["file"], item["snippet"]) for group in _groups(gold.get("facts", [])) for item in group]
    article += [(occ["file"], occ["snippet"]) for group in gold.get("quotes", []) for occ in group["occurrences"]]
    article += [(file, snippet) for file, snippets in gold.get("article_lines", {}).items() for snippet in snippets]
    for file, snippet in article:
        if file not in by_file:
            continue
        scores.article_snippets += 1
        snippet = as_read(snippet, file in markdown_files)
        if texts[file].locate(snippet) is None and any(contains(snippet, text) for text in removed[file]):
            scores.wrongly_removed += 1
            misses.append(f"article text removed: {file}: {snippet!r}")

    # ---- metadata
    for file, fields in gold.get("metadata", {}).items():
        if missing_file(file):
            continue
        meta = by_file[file].metadata
        for name in METADATA_FIELDS:
            expected = fields.get(name)
            if expected is None:
                continue
            found = getattr(meta, name, None)
            right = metadata_matches(name, found, expected)
            scores.metadata.total += 1
            scores.metadata.right += right
            if name == "outlet":
                scores.outlet.total += 1
                scores.outlet.right += right
            if not right:
                misses.append(f"metadata {name}: {file}: got {found!r}, want {expected!r}")
    return scores


def metadata_matches(name: str, found: str | None, expected: str) -> bool:
    if found is None:
        return False
    if name == "date":
        return found.strip()[:10] == expected
    if name == "outlet" and _same_known_outlet(found, expected):
        return True  # "Daily News" and "New York Daily News": two names the outlet list gives one paper
    a, b = normalise(found).rstrip(". "), normalise(expected).rstrip(". ")
    if name == "outlet" and _one_name_of_a_site(a, b):
        return True
    if name == "byline":
        a = re.sub(r"^by\s+", "", a)
        if _writers(a) == _writers(b) and len(_writers(a)) > 1:
            return True  # "Tasha Greer, Oliver Munoz and Hui Zhang": the same writers, listed otherwise
        return bool(a) and (a == b or b in a or (a in b and len(a.split()) >= 2))
    return a == b or fuzz.ratio(a, b) >= 95


def _writers(byline: str) -> frozenset[str]:
    """The names a byline lists, however it joins them (", ", " & ", " and ", "; ")."""
    return frozenset(name for name in re.split(r"\s*(?:,|;|&|\band\b)\s*", byline) if name)


def _one_name_of_a_site(a: str, b: str) -> bool:
    """ "The Example Register" and "Example Register", "WXYZ" and "WXYZ 8", "Example Insider" and
    "Example Insider Online": one outlet, named with or without its article or one word after."""
    x, y = (name.split() for name in (a, b))
    x, y = (words[1:] if words[:1] == ["the"] else words for words in (x, y))
    shorter, longer = sorted((x, y), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter and len(longer) - len(shorter) <= 1


def _same_known_outlet(found: str, expected: str) -> bool:
    """Two names the outlet list gives one outlet, its abbreviation included ("AFP", "Agence France-Presse")."""
    from site_builder.analysis.metadata import known_outlet, outlet_from_credit

    canonical = known_outlet(found) or outlet_from_credit(found)
    return canonical is not None and canonical == (known_outlet(expected) or outlet_from_credit(expected))


# --------------------------------------------------------------------------- running


def evaluate_story(story_dir: Path, gold_path: Path, settings: Any = None) -> StoryScores:
    """Run the pipeline on ``story_dir`` and score it against ``gold_path``."""
    from site_builder.analysis.analyse import analyse_story
    from site_builder.config import AnalysisSettings
    from site_builder.input.load import load_story_dir

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = load_story_dir(story_dir, story_dir.parent)
    analysis = analyse_story(raw, settings if settings is not None else AnalysisSettings())
    markdown = frozenset(_source_key(src.file) for src in raw.sources if src.format == "md")
    scores = score_analysis(analysis, gold, markdown)
    scores.story = story_dir.name
    return scores


#: Every third multinews-dev cluster in folder-name order (the 3rd, 6th, ...) is held out: its
#: gold was annotated by someone else and its misses are never printed; only totals are.
HELD_OUT_EVERY = 3


def _scrape_gold(story_dir: Path) -> dict[str, Any]:
    return dict(json.loads((GOLD_DIR / f"{story_dir.name}.json").read_text(encoding="utf-8")))


def scrape_set(story_dir: Path) -> int:
    """Which scrape set a story belongs to: its gold's ``"set"`` (sets were written and scored one at a time)."""
    return int(_scrape_gold(story_dir)["set"])


def is_held_out(story_dir: Path) -> bool:
    """A multinews-dev cluster in every third place, or a scrape story whose gold says ``"held_out": true``."""
    if story_dir.parent == SCRAPES_DIR:
        return bool(_scrape_gold(story_dir).get("held_out"))
    if story_dir.parent.name != "multinews-dev":
        return False
    clusters = sorted(p.name for p in story_dir.parent.iterdir() if p.is_dir())
    return clusters.index(story_dir.name) % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


def find_stories(corpora: Path | None, only: str | None) -> tuple[list[tuple[Path, Path]], list[str]]:
    """``(story dir, gold file)`` for every gold file whose story is present, and notes on the rest."""
    found, notes = [], []
    corpora_present = corpora is not None and corpora.is_dir()
    if not corpora_present:
        notes.append(f"corpora not found at {corpora}: scoring the bundled story only")
    for gold_path in sorted(GOLD_DIR.glob("*.json")):
        name = gold_path.stem
        if only and name != only:
            continue
        candidates = [SEEDS_DIR / name, SCRAPES_DIR / name] + (
            [corpora / name, corpora / "multinews-dev" / name] if corpora is not None and corpora_present else []
        )
        story_dir = next((c for c in candidates if c.is_dir()), None)
        if story_dir is None:
            if corpora_present:
                notes.append(f"{name}: gold present but story folder not found")
            continue
        found.append((story_dir, gold_path))
    return found, notes


def total(all_scores: Sequence[StoryScores]) -> StoryScores:
    """The scores of several stories added up (named TOTAL); there must be at least one."""
    return functools.reduce(operator.add, all_scores)


def format_table(all_scores: Sequence[StoryScores]) -> str:
    header = (
        f"{'story':<36} {'facts P/R/F1':>16} {'quote det P/R':>13} {'grouping P/R/F1':>16} "
        f"{'speaker':>8} {'furniture':>10} {'repeats':>8} {'art.rm':>9} {'metadata':>9}"
    )
    lines = [header, "-" * len(header)]
    rows = list(all_scores)
    if len(rows) > 1:
        rows.append(total(rows))
    for s in rows:
        if s.story == "TOTAL":
            lines.append("-" * len(header))
        f, d, g = s.facts, s.quote_detection, s.quote_grouping
        # A story whose gold has no fact groups scores nothing there: "-", not a perfect score.
        facts = f"{f.precision:.2f}/{f.recall:.2f}/{f.f1:.2f}" if f.tp + f.fp + f.fn else "-"
        lines.append(
            f"{s.story[:36]:<36} {facts:>14} {d.precision:6.2f}/{d.recall:.2f} "
            f"{g.precision:6.2f}/{g.recall:.2f}/{g.f1:.2f} {s.speaker.value:8.2f} {s.furniture!s:>10} "
            f"{s.repeated!s:>8} {f'{s.wrongly_removed}/{s.article_snippets}':>9} {s.metadata!s:>9}"
        )
    lines.append(
        "facts/grouping: cross-source pairs; speaker: accuracy over matched quotes with a named speaker; "
        "furniture/repeats/metadata: right/total; art.rm: gold article snippets found only in removed text"
    )
    summary = rows[-1]
    related = summary.related
    if related.tp + related.fp + related.fn:
        together = summary.facts.tp + related.tp
        lines.append(
            f"possibly related: {related.tp + related.fp} links, precision {related.precision:.2f}; fact recall with"
            f" them {together / max(1, together + related.fn):.2f} (passages alone {summary.facts.recall:.2f})"
        )
    lines.append(f"outlet (within metadata): {summary.outlet} right")
    lines.append(
        f"speaker: {summary.speaker.value:.2f}; {summary.speaker_named_here.value:.2f} counting only speakers a"
        " source names itself (not taken from other sources' versions of the quote)"
    )
    grouping = summary.quote_grouping
    if grouping.fn:
        apart = summary.grouping_misses_without_overlap
        lines.append(
            f"grouping: {grouping.fn} gold pairs missed, {apart} of them found but sharing no five-word run"
            f" (different excerpts of one remark); recall if those are left apart:"
            f" {grouping.tp / max(1, grouping.tp + grouping.fn - apart):.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--story", help="score only this story (gold file name without .json)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of development corpora")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--code", metavar="REV", help="score the site_builder of git revision REV on today's gold")
    args = parser.parse_args(argv)
    if args.code:
        from benchmarks.compare import rerun_at_code

        return rerun_at_code(args.code, "benchmarks.evaluate", argv)

    try:
        from site_builder.analysis.analyse import analyse_story  # noqa: F401  (fail early and clearly)
        from site_builder.config import AnalysisSettings
        from site_builder.errors import InputError
        from site_builder.input.load import load_story_dir  # noqa: F401
    except ImportError as exc:
        print(f"the pipeline cannot be imported yet: {exc}")
        return 2

    stories, notes = find_stories(args.corpora, args.story)
    for note in notes:
        print(note)
    if not stories:
        print("no annotated story to score")
        return 1
    results: list[StoryScores] = []
    scrapes: list[StoryScores] = []
    held_out: list[StoryScores] = []
    held_out_scrapes: list[StoryScores] = []
    by_set: dict[tuple[int, bool], list[StoryScores]] = {}
    for story_dir, gold_path in stories:
        try:
            scores = evaluate_story(story_dir, gold_path, AnalysisSettings())
        except InputError as exc:
            print(f"{story_dir.name}: cannot load: {exc}")
            continue
        if is_held_out(story_dir):
            (held_out_scrapes if story_dir.parent == SCRAPES_DIR else held_out).append(scores)
        else:
            (scrapes if story_dir.parent == SCRAPES_DIR else results).append(scores)
        if story_dir.parent == SCRAPES_DIR:
            by_set.setdefault((scrape_set(story_dir), is_held_out(story_dir)), []).append(scores)
    if results:
        print(format_table(results))
    if scrapes:
        print(f"\nscrape set ({len(scrapes)} invented stories in benchmarks/scrapes/):")
        print(format_table(scrapes))
    if held_out:
        print(f"\nheld out ({len(held_out)} multinews-dev clusters; totals only):")
        print(format_table([total(held_out)]).replace("TOTAL         ", "HELD-OUT TOTAL"))
    if held_out_scrapes:
        print(f"\nheld out ({len(held_out_scrapes)} scrape stories; totals only):")
        print(format_table([total(held_out_scrapes)]).replace("TOTAL         ", "HELD-OUT TOTAL"))
    for held, title in ((False, "development"), (True, "held out")):
        sets = sorted((number, found) for (number, is_held), found in by_set.items() if is_held == held)
        if sets:
            print(f"\nscrape sets, {title}: totals per set")
            rows = []
            for number, found in sets:
                row = total(found)
                rows.append(replace(row, story=f"set {number} (outlet {row.outlet.right}/{row.outlet.total})"))
            print(format_table(rows))
    if args.verbose:
        for s in results + scrapes:
            if s.misses:
                print(f"\n== {s.story}")
                for miss in s.misses:
                    print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
