"""Quote detection and speaker attribution scored against PolNeAR's hand annotations.

    python -m benchmarks.polnear [--corpora DIR] [--dev-only] [--verbose]

PolNeAR (``../shared/corpora/polnear-train``) marks every attribution in ~840 US political news
articles as Source (who), Cue (the verb) and Content (what). Each article is run through the
pipeline as a story of its own (clean, segment, quotes) and scored:

- **gold direct quotes**: the quoted text (between quotation marks, three words or more) inside
  an annotated Content span;
- **recall**: gold direct quotes that an exported quotation overlaps (half of the shorter one);
- **precision**: exported quotations of three words or more that overlap an annotated Content
  span (any attribution, quoted or not);
- **speaker**, over the found gold quotes whose annotated Source can be read as a name: *right*
  (same last name), *wrong* (another name) or *empty*. Two readings of the Source are scored:
  - *all scored*: a pronoun Source (``he``, ``she``) is read automatically as the closest name
    annotated as a Source before it that is not an organisation or outlet and whose gender (from
    a given name or honorific) does not contradict the pronoun; other descriptions (``the
    senator``, ``who``) stay unnamed and are not scored. This reading is rough: it never sees a
    name mentioned outside a Source annotation.
  - *checked by hand*: only Sources that name someone themselves, or whose referent a person
    read in the article (``gold/polnear-referents/*.tsv``: article, Source offset, Source text,
    name or ``-``). Made with ``--worklist PART:K/N``, which prints each remaining Source in
    context for annotator K of N.

**Held out**: every fifth article in file-name order (index 4, 9, 14, ...) is the held-out part,
fixed before any development; only its totals are ever printed. The annotations come from the
corpus folder at run time; nothing from it is stored in the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.compare import CODE_HELP, rerun_at_code
from benchmarks.evaluate import DEFAULT_CORPORA, names_match
from benchmarks.tally import add_counts
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import extract_quotes
from site_builder.analysis.segment import segment_source
from site_builder.model import Metadata, QuoteOccurrence, RawSource
from site_builder.text.lexicon import DEFAULT_LANGUAGE, lexicon_for, news_outlets

LEXICON = lexicon_for(DEFAULT_LANGUAGE)
_OUTLETS = {name.lower() for names in news_outlets() for name in names}
REFERENTS = Path(__file__).parent / "gold" / "polnear-referents"
HELD_OUT_EVERY = 5
MIN_QUOTE_WORDS = 3
#: Part of the shorter span two spans must share to be the same quotation.
MIN_OVERLAP = 0.5
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]|[“\"]([^“”\"]+)$")
_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
_INDEFINITE = {"a", "an", "another", "one"}
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
    source: Span | None = None
    #: Whether a person checked ``speaker``: the annotated Source names it, or a hand-made
    #: referent (``gold/polnear-referents.tsv``) says who the pronoun or description stands for.
    checked: bool = False


@dataclass
class Scores:
    gold_quotes: int = 0
    found: int = 0
    exported: int = 0
    exported_matching: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    checked_scored: int = 0
    checked_right: int = 0
    checked_wrong: int = 0
    articles: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        add_counts(self, other)

    def row(self, label: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        def speakers(scored: int, right: int, wrong: int) -> str:
            return (
                f" {scored:>6} {ratio(right, scored):>7} {ratio(wrong, scored):>7}"
                f" {ratio(scored - right - wrong, scored):>7}"
            )

        return (
            f"{label:<10} {self.articles:>5} {self.gold_quotes:>6} {ratio(self.found, self.gold_quotes):>7}"
            f" {ratio(self.exported_matching, self.exported):>7}"
            + speakers(self.speaker_scored, self.speaker_right, self.speaker_wrong)
            + " |"
            + speakers(self.checked_scored, self.checked_right, self.checked_wrong)
        )


_SPEAKER_COLUMNS = f" {'spk-n':>6} {'right':>7} {'wrong':>7} {'empty':>7}"
HEADER = (
    f"{'':<36}{'speakers, all scored':<30}  {'speakers, checked by hand'}\n"
    f"{'part':<10} {'arts':>5} {'quotes':>6} {'recall':>7} {'precis':>7}{_SPEAKER_COLUMNS} |{_SPEAKER_COLUMNS}"
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
        chunk = re.split(r"\s(?:of|from|who|which|at|in|for|with|to)\s", f" {chunk} ")[0]
        words = re.findall(r"[A-Za-z][\w’'.-]*", chunk)
        run: list[str] = []
        for word in reversed(words):
            if not word[0].isupper():
                break
            run.insert(0, word)
        if len(run) < len(words) and words[len(words) - len(run) - 1].lower() in _INDEFINITE:
            continue  # "a New Hampshire Democrat": a description of someone left unnamed
        run = [w for w in run if w.lower() not in _UNNAMED_WORDS and w.lower() not in _PRONOUNS]
        if run and not (len(run) == 1 and run[0].lower() in ("the", "a", "an", "another")):
            return " ".join(run)
    return None


def gold_quotes(
    text: str, ann: str, referents: Mapping[int, str | None] | None = None
) -> tuple[list[GoldQuote], list[Span]]:
    """The direct quotes with the names that speak them, and every annotated Content span.

    ``referents`` maps the start offset of a pronoun or description Source to the name a person
    read it as (None: no one nameable), overriding the automatic reading."""
    referents = referents or {}
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
    quotes = []
    for quote, source in found:
        if source is not None and _name_of(source.text):
            quotes.append(GoldQuote(quote, _name_of(source.text), source, checked=True))
        elif source is not None and source.start in referents:
            quotes.append(GoldQuote(quote, referents[source.start], source, checked=True))
        else:
            quotes.append(GoldQuote(quote, _resolve(source, named_sources), source))
    return quotes, contents


def _resolve(source: Span | None, named: Sequence[Span]) -> str | None:
    if source is None:
        return None
    name = _name_of(source.text)
    if name:
        return name
    pronoun = _PRONOUNS.get(source.text.lower())
    if pronoun is None:
        return None  # "they", "the campaign", "officials": not one nameable speaker
    for span in reversed([span for span in named if span.end <= source.start]):
        candidate = _name_of(span.text)
        if candidate and _can_be(pronoun, candidate, named):
            return candidate
    return None


def _can_be(pronoun: str, name: str, named: Sequence[Span]) -> bool:
    """Whether "he"/"she" can stand for ``name``: not an organisation or outlet, and not a person
    whose given name or honorific (in this name or a fuller form of it in the article) says otherwise."""
    words = [word.lower().rstrip(".") for word in name.split()]
    if any(word in LEXICON.organisation_heads for word in words) or name.lower() in _OUTLETS:
        return False
    surname = words[-1]
    forms = [words] + [
        [word.lower().rstrip(".") for word in full.split()]
        for full in (_name_of(span.text) or "" for span in named)
        if full.split() and full.split()[-1].lower().rstrip(".") == surname
    ]
    # A form's gender words: its honorifics, and its given name (the first word after any titles).
    gender_words = set()
    for form in forms:
        gender_words |= {word for word in form if word in LEXICON.female_markers | LEXICON.male_markers}
        given = next((word for word in form if word not in LEXICON.titles), None)
        if given:
            gender_words.add(given)
    female = bool(gender_words & (LEXICON.given_names_female | LEXICON.female_markers))
    male = bool(gender_words & (LEXICON.given_names_male | LEXICON.male_markers))
    if female and not male:
        return pronoun == "she"
    if male and not female:
        return pronoun == "he"
    return True


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


def score_article(
    name: str, text: str, ann: str, verbose: bool, referents: Mapping[int, str | None] | None = None
) -> Scores:
    scores = Scores(articles=1)
    gold, contents = gold_quotes(text, ann, referents)
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
        right = names_match(match.speaker, quote.speaker)
        wrong = not right and bool(match.speaker)
        scores.speaker_scored += 1
        scores.speaker_right += right
        scores.speaker_wrong += wrong
        if quote.checked:
            scores.checked_scored += 1
            scores.checked_right += right
            scores.checked_wrong += wrong
        if verbose and not right:
            found = f"speaker {match.speaker!r}" if wrong else "speaker empty"
            scores.misses.append(f"{name}: {found}, gold {quote.speaker!r}: {quote.quote.text[:60]!r}")
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


def read_referents(folder: Path = REFERENTS) -> dict[str, dict[int, str | None]]:
    """Hand-made readings of pronoun and description Sources: ``article TAB start TAB source TAB name``
    per line (``-`` for no one nameable), in every ``*.tsv`` of ``folder``."""
    referents: dict[str, dict[int, str | None]] = {}
    for path in sorted(folder.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4 or not fields[1].isdigit():
                raise ValueError(f"{path.name}:{number}: expected article, start, source, name separated by tabs")
            article, start, _, name = fields
            referents.setdefault(article, {})[int(start)] = None if name.strip() in ("", "-") else name.strip()
    return referents


def worklist(corpus: Path, part: str, shard: int, shards: int) -> Iterator[str]:
    """The Sources still to be read by hand, one block each: the article, the Source's offset and
    text, and the text before it with the Source marked, for an annotator to name its referent.
    Articles are dealt to ``shards`` annotators in turn (this one is ``shard``, from 1)."""
    done = read_referents()
    chosen = [entry for index, entry in enumerate(articles(corpus)) if (part == "held-out") == is_held_out(index)][
        shard - 1 :: shards
    ]
    for name, text_path, ann_path in chosen:
        text = text_path.read_text(encoding="utf-8")
        gold, _ = gold_quotes(text, ann_path.read_text(encoding="utf-8"), done.get(name))
        sources = sorted({quote.source.start: quote for quote in gold if quote.source and not quote.checked}.items())
        for start, quote in sources:
            assert quote.source is not None
            before = text[max(0, text.rfind("\n\n", 0, max(0, start - 1500))) : start]
            after = text[quote.source.end : quote.quote.end + 1]
            yield (f"### {name}\t{start}\t{quote.source.text}\n{before[-1500:]}[[{quote.source.text}]]{after[:400]}\n")


def evaluate(corpus: Path, verbose: bool = False, dev_only: bool = False) -> dict[str, Scores]:
    parts = {"dev": Scores()} if dev_only else {"dev": Scores(), "held-out": Scores()}
    referents = read_referents()
    for index, (name, text_path, ann_path) in enumerate(articles(corpus)):
        part = "held-out" if is_held_out(index) else "dev"
        if part not in parts:
            continue
        scores = score_article(
            name,
            text_path.read_text(encoding="utf-8"),
            ann_path.read_text(encoding="utf-8"),
            verbose and part == "dev",
            referents.get(name),
        )
        parts[part].add(scores)
        parts[part].misses.extend(scores.misses)
    return parts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score quotes and speakers against PolNeAR.")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--verbose", action="store_true", help="list the dev part's misses (never the held-out part's)")
    parser.add_argument(
        "--worklist",
        metavar="PART:K/N",
        help="print the Sources still to be read by hand in PART (dev or held-out), annotator K of N",
    )
    parser.add_argument(
        "--dev-only", action="store_true", help="score the development part only, as while changing the rules"
    )
    parser.add_argument("--code", metavar="REV", help=CODE_HELP)
    args = parser.parse_args(argv)
    if args.code:
        return rerun_at_code(args.code, "benchmarks.polnear", argv)
    corpus = args.corpora / "polnear-train"
    if not corpus.is_dir():
        print(f"error: {corpus} not found", file=sys.stderr)
        return 2
    if args.worklist:
        part, _, shard = args.worklist.partition(":")
        k, _, n = shard.partition("/")
        print("".join(worklist(corpus, part, int(k or 1), int(n or 1))), end="")
        return 0
    parts = evaluate(corpus, args.verbose, args.dev_only)
    if args.verbose:
        print("\n".join(parts["dev"].misses))
    print(HEADER)
    for label, scores in parts.items():
        print(scores.row(label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
