"""Quote detection and speaker attribution scored against PolNeAR's hand annotations.

    python -m benchmarks.polnear [--corpora DIR] [--part dev|held-out|both] [--verbose]

PolNeAR (``../shared/corpora/polnear-train``) marks every attribution in ~840 US political news
articles as Source (who), Cue (the verb) and Content (what). Each article is run through the
pipeline as a story of its own (clean, segment, quotes) and scored:

- **gold direct quotes**: the quoted text (between quotation marks, three words or more) inside
  an annotated Content span;
- **recall**: gold direct quotes that an exported quotation overlaps (half of the shorter one);
- **precision**: exported quotations of three words or more that overlap an annotated Content
  span (any attribution, quoted or not);
- **speaker**, over the found gold quotes whose annotated Source can be read as a name: *right*
  (same last name), *wrong* (another name) or *empty*. A pronoun or description Source (``he``,
  ``the senator``, ``who``) is read as the closest name annotated as a Source before it in the
  article whose gender does not contradict the pronoun; sources that stay unnamed are not scored.

**Held out**: every fifth article in file-name order (index 4, 9, 14, ...) is the held-out part,
fixed before any development; only its totals are ever printed. The annotations come from the
corpus folder at run time; nothing from it is stored in the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.evaluate import DEFAULT_CORPORA, names_match
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import extract_quotes
from site_builder.analysis.segment import segment_source
from site_builder.model import Metadata, QuoteOccurrence, RawSource

HELD_OUT_EVERY = 5
MIN_QUOTE_WORDS = 3
#: Part of the shorter span two spans must share to be the same quotation.
MIN_OVERLAP = 0.5
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]|[“\"]([^“”\"]+)$")
_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
_UNNAMED_WORDS = {
    "who",
    "which",
    "that",
    "they",
    "them",
    "we",
    "us",
    "i",
    "you",
    "it",
    "one",
    "some",
    "many",
    "others",
    "both",
}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        shared = min(self.end, other.end) - max(self.start, other.start)
        shorter = min(self.end - self.start, other.end - other.start)
        return shorter > 0 and shared >= MIN_OVERLAP * shorter


@dataclass(frozen=True, slots=True)
class GoldQuote:
    quote: Span
    #: The name the annotated Source is read as, or None when it names no one.
    speaker: str | None


@dataclass
class Scores:
    gold_quotes: int = 0
    found: int = 0
    exported: int = 0
    exported_matching: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    articles: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in (
            "gold_quotes",
            "found",
            "exported",
            "exported_matching",
            "speaker_scored",
            "speaker_right",
            "speaker_wrong",
            "articles",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        empty = self.speaker_scored - self.speaker_right - self.speaker_wrong
        return (
            f"{label:<10} {self.articles:>5} {self.gold_quotes:>6} {ratio(self.found, self.gold_quotes):>7}"
            f" {ratio(self.exported_matching, self.exported):>7} {self.speaker_scored:>6}"
            f" {ratio(self.speaker_right, self.speaker_scored):>7} {ratio(self.speaker_wrong, self.speaker_scored):>7}"
            f" {ratio(empty, self.speaker_scored):>7}"
        )


HEADER = (
    f"{'part':<10} {'arts':>5} {'quotes':>6} {'recall':>7} {'precis':>7} {'spk-n':>6}"
    f" {'right':>7} {'wrong':>7} {'empty':>7}"
)


# ---------------------------------------------------------------------------- gold


def _records(ann: str) -> Iterator[str]:
    """brat records; a span text may contain a line break, so split only before an ID and a TAB."""
    yield from re.split(r"\n(?=[TE#]\d+\t)", ann.strip("\n"))


def read_annotations(ann: str) -> tuple[dict[str, tuple[str, Span]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, Span]] = {}
    relations: list[dict[str, str]] = []
    for record in _records(ann):
        parts = record.split("\t")
        if record.startswith("T") and len(parts) >= 3:
            kind, _, offsets = parts[1].partition(" ")
            pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
            spans[parts[0]] = (kind, Span(pieces[0][0], pieces[-1][1], parts[2]))
        elif record.startswith("E") and len(parts) >= 2:
            roles = dict(role.split(":", 1) for role in parts[1].split() if ":" in role)
            relations.append(roles)
    return spans, relations


def _name_of(source: str) -> str | None:
    """The name an annotated Source gives, without its description: ``Ann Lee, 27, a nurse`` ->
    ``Ann Lee``; ``Clinton's aide Jake Sullivan`` -> ``Jake Sullivan``; ``he``, ``the campaign`` -> None."""
    text = re.sub(r"\([^)]*\)", " ", source)
    for chunk in re.split(r"[,;:]", text):
        chunk = re.split(r"\s(?:of|from|who|which|at|in|for|with)\s", f" {chunk} ")[0]
        words = re.findall(r"[A-Za-z][\w’'.-]*", chunk)
        run: list[str] = []
        for word in reversed(words):
            if not word[0].isupper():
                break
            run.insert(0, word)
        run = [w for w in run if w.lower() not in _UNNAMED_WORDS and w.lower() not in _PRONOUNS]
        if run and not (len(run) == 1 and run[0].lower() in ("the", "a", "an", "another")):
            return " ".join(run)
    return None


def gold_quotes(text: str, ann: str) -> tuple[list[GoldQuote], list[Span]]:
    """The direct quotes with the names that speak them, and every annotated Content span."""
    spans, relations = read_annotations(ann)
    contents: list[Span] = []
    found: list[tuple[Span, Span | None]] = []
    for roles in relations:
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else None
        for role in ("Content", "Content2"):
            if roles.get(role) not in spans:
                continue
            content = spans[roles[role]][1]
            contents.append(content)
            for match in _QUOTED.finditer(text, content.start, content.end):
                group = 1 if match.group(1) is not None else 2
                quoted = Span(match.start(group), match.end(group), match.group(group))
                if len(quoted.text.split()) >= MIN_QUOTE_WORDS:
                    found.append((quoted, source))
    named_sources = sorted(
        (span for kind, span in spans.values() if kind == "Source" and _name_of(span.text)), key=lambda s: s.start
    )
    quotes = [GoldQuote(quote, _resolve(source, named_sources)) for quote, source in found]
    return quotes, contents


def _resolve(source: Span | None, named: Sequence[Span]) -> str | None:
    if source is None:
        return None
    name = _name_of(source.text)
    if name:
        return name
    if source.text.lower() not in _PRONOUNS:
        return None  # "they", "the campaign", "officials": not one nameable speaker
    earlier = [span for span in named if span.end <= source.start]
    return _name_of(earlier[-1].text) if earlier else None


# ---------------------------------------------------------------------------- pipeline


def exported_quotes(name: str, text: str) -> list[tuple[Span, QuoteOccurrence]]:
    raw = RawSource(name, f"{name}/{name}.txt", text, 1, Metadata(), "txt")
    source = segment_source(clean_source(raw))
    located = []
    cursor = 0
    for occurrence in extract_quotes(source):
        # Cleaning keeps article paragraphs as they are, so each quotation is found in the original text.
        at = text.find(occurrence.text, cursor)
        if at < 0:
            at = text.find(occurrence.text)
        if at < 0:
            continue
        cursor = at + len(occurrence.text)
        located.append((Span(at, at + len(occurrence.text), occurrence.text), occurrence))
    return located


def score_article(name: str, text: str, ann: str, verbose: bool) -> Scores:
    scores = Scores(articles=1)
    gold, contents = gold_quotes(text, ann)
    exported = exported_quotes(name, text)
    scores.gold_quotes = len(gold)
    for span, _ in exported:
        if len(span.text.split()) < MIN_QUOTE_WORDS:
            continue
        scores.exported += 1
        if any(span.overlaps(content) for content in contents):
            scores.exported_matching += 1
        elif verbose:
            scores.misses.append(f"{name}: exported, no annotated content: {span.text[:80]!r}")
    for quote in gold:
        match = next((occurrence for span, occurrence in exported if span.overlaps(quote.quote)), None)
        if match is None:
            if verbose:
                scores.misses.append(f"{name}: missed quote: {quote.quote.text[:80]!r}")
            continue
        scores.found += 1
        if quote.speaker is None:
            continue
        scores.speaker_scored += 1
        if names_match(match.speaker, quote.speaker):
            scores.speaker_right += 1
        elif match.speaker:
            scores.speaker_wrong += 1
            if verbose:
                scores.misses.append(
                    f"{name}: speaker {match.speaker!r}, gold {quote.speaker!r}: {quote.quote.text[:60]!r}"
                )
        elif verbose:
            scores.misses.append(f"{name}: speaker empty, gold {quote.speaker!r}: {quote.quote.text[:60]!r}")
    return scores


def articles(corpus: Path) -> list[tuple[str, Path, Path]]:
    """(name, text, first annotation file) for every annotated article, in file-name order."""
    found = []
    for text in sorted((corpus / "text").glob("*.txt")):
        annotations = sorted((corpus / "attributions").glob(f"{text.stem}_*.ann"))
        if annotations:
            found.append((text.stem, text, annotations[0]))
    return found


def is_held_out(index: int) -> bool:
    return index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


def evaluate(corpus: Path, verbose: bool = False) -> dict[str, Scores]:
    parts = {"dev": Scores(), "held-out": Scores()}
    for index, (name, text_path, ann_path) in enumerate(articles(corpus)):
        part = "held-out" if is_held_out(index) else "dev"
        scores = score_article(
            name, text_path.read_text(encoding="utf-8"), ann_path.read_text(encoding="utf-8"), verbose and part == "dev"
        )
        parts[part].add(scores)
        parts[part].misses.extend(scores.misses)
    return parts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score quotes and speakers against PolNeAR.")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--verbose", action="store_true", help="list the dev part's misses (never the held-out part's)")
    args = parser.parse_args(argv)
    corpus = args.corpora / "polnear-train"
    if not corpus.is_dir():
        print(f"error: {corpus} not found", file=sys.stderr)
        return 2
    parts = evaluate(corpus, args.verbose)
    if args.verbose:
        print("\n".join(parts["dev"].misses))
    print(HEADER)
    for label, scores in parts.items():
        print(scores.row(label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
