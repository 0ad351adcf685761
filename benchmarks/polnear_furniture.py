"""Page furniture, article text and headlines, scored on PolNeAR's own marking of boilerplate.

    python -m benchmarks.polnear_furniture [--corpora DIR] [--verbose]

PolNeAR's annotators marked boilerplate as ``Discard`` spans ("Follow X on Twitter", photo
credits, time stamps, "FULL TEXT."), besides every attribution (Source, Cue, Content). Each
article's text is one paragraph per line; it is cleaned as a source of its own and scored by line:

- **furniture lines**: lines that Discard spans cover (four fifths of their letters or more, the
  title line aside): *removed* when the cleaned article no longer holds the line's text;
- **article lines**: lines holding an annotated Content span and no Discard span: *removed*
  when one of their Content spans is not in the cleaned article's text whole (the title line
  aside: a headline is taken as metadata, not lost);
- **headline**: the headline found against the title ``metadata.tsv`` gives (the article's first
  line), word for word: *right*, *wrong* (another line taken) or *none* found;
- **outlet**: the outlet found against the publisher and the wire service ``metadata.tsv`` gives:
  *right* when it is either (wire copy names its agency), *wrong* when it is another, *none*.
  Most articles state neither, so this column is a yardstick of wrong outlets, not of found ones.

The annotators did not mark all boilerplate (a line they left unmarked is not counted either
way), and they marked whole lines only where boilerplate fills one. **Held out**: the articles
``benchmarks.polnear`` holds out (every fifth in file-name order); only their totals are printed.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.compare import CODE_HELP, rerun_at_code
from benchmarks.evaluate import DEFAULT_CORPORA, metadata_matches
from benchmarks.polnear import articles, is_held_out
from benchmarks.tally import add_counts
from site_builder.analysis.clean import clean_source
from site_builder.model import Metadata, RawSource
from site_builder.text.normalise import collapse_whitespace

#: Share of a line's letters Discard spans must cover for the line to be furniture.
FURNITURE_COVER = 0.8
_SPAN = re.compile(r"^T\d+\t(?P<kind>\w[\w-]*) (?P<ranges>[\d ;]+)\t", re.MULTILINE)


@dataclass
class Tally:
    furniture: int = 0
    furniture_removed: int = 0
    article: int = 0
    article_removed: int = 0
    headline_right: int = 0
    headline_wrong: int = 0
    headline_none: int = 0
    outlet_right: int = 0
    outlet_wrong: int = 0
    outlet_none: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        add_counts(self, other)
        self.misses += other.misses


def _spans(annotations: str) -> dict[str, list[tuple[int, int]]]:
    """Character ranges of each annotated kind (``Discard``, ``Content``, ...)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for match in _SPAN.finditer(annotations):
        for piece in match.group("ranges").split(";"):
            start, end = (int(number) for number in piece.split())
            spans.setdefault(match.group("kind"), []).append((start, end))
    return spans


def _title_key(title: str) -> str:
    """A title's words: the corpus's text adds a full stop to each title, inside or outside its quote marks."""
    return " ".join(re.findall(r"[^\W_]+", title.casefold()))


#: The corpus's codes for its publishers and wire services, and the names a page gives them.
PUBLISHERS = {
    "breitbart": "Breitbart News",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
    "ap": "Associated Press",
    "upi": "United Press International",
    "reuters": "Reuters",
    "afp": "Agence France-Presse",
}


def score_article(
    name: str, text: str, annotations: str, title: str | None = None, publishers: tuple[str, ...] = ()
) -> Tally:
    """One article's lines; ``title``: its headline as the corpus's metadata gives it (not scored
    when ``None``); ``publishers``: the outlet and wire service it gives (the outlet not scored when empty)."""
    tally = Tally()
    spans = _spans(annotations)
    cleaned = clean_source(RawSource(name, f"{name}/{name}.txt", text, 1, Metadata(), "txt"))
    outlet = cleaned.metadata.outlet
    if publishers and outlet is None:
        tally.outlet_none += 1
    elif publishers and any(metadata_matches("outlet", outlet, publisher) for publisher in publishers):
        tally.outlet_right += 1
    elif publishers:
        tally.outlet_wrong += 1
        tally.misses.append(f"{name}: outlet {outlet!r}, published by {' / '.join(publishers)}")
    if title is not None:
        found = cleaned.metadata.title
        if found is None:
            tally.headline_none += 1
            tally.misses.append(f"{name}: no headline found, title {title[:80]!r}")
        # The corpus joins a headline and its deck with ";" ("Jobs report lifts Democrats; Solid upturn ...").
        elif _title_key(found) in (_title_key(title), _title_key(title.split(";", 1)[0])):
            tally.headline_right += 1
        else:
            tally.headline_wrong += 1
            tally.misses.append(f"{name}: headline {found[:80]!r}, title {title[:80]!r}")
    # Each kept paragraph on its own: a short line ("X.") is no more kept for appearing in another.
    kept = [collapse_whitespace(paragraph.text) for paragraph in cleaned.paragraphs]
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        start, end = offset, offset + len(line)
        offset = end + 1
        letters = sum(not char.isspace() for char in line)
        if number == 1 or not letters:
            continue
        covered = sum(
            not line[k - start].isspace()
            for k in range(start, end)
            if any(a <= k < b for a, b in spans.get("Discard", ()))
        )
        contents = [(a, b) for a, b in spans.get("Content", ()) if start <= a and b <= end]
        if covered >= FURNITURE_COVER * letters:
            tally.furniture += 1
            if any(collapse_whitespace(line) in paragraph for paragraph in kept):
                tally.misses.append(f"{name}: furniture kept: {line[:90]!r}")
            else:
                tally.furniture_removed += 1
        elif contents and not covered:
            tally.article += 1
            lost = [text[a:b] for a, b in contents if not any(collapse_whitespace(text[a:b]) in p for p in kept)]
            if lost:
                tally.article_removed += 1
                tally.misses.append(f"{name}: article text removed: {lost[0][:90]!r}")
    return tally


def _table(table: Path) -> dict[str, dict[str, str]]:
    """Each article's row of the corpus's ``metadata.tsv`` (none when it is absent)."""
    if not table.is_file():
        return {}
    with table.open(encoding="utf-8", newline="") as rows:
        return {row["filename"]: row for row in csv.DictReader(rows, delimiter="\t")}


def _publishers(row: dict[str, str]) -> tuple[str, ...]:
    """The outlet and wire service a row of ``metadata.tsv`` gives, by the names pages use."""
    codes = (row.get("publisher", ""), row.get("wire", ""))
    return tuple(PUBLISHERS[code.casefold()] for code in codes if code.casefold() in PUBLISHERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--verbose", action="store_true", help="list the development part's misses")
    parser.add_argument("--code", metavar="REV", help=CODE_HELP)
    args = parser.parse_args(argv)
    if args.code:
        return rerun_at_code(args.code, "benchmarks.polnear_furniture", argv)
    corpus = args.corpora / "polnear-train"
    if not corpus.is_dir():
        print(f"PolNeAR not found under {args.corpora}: nothing scored")
        return 0
    table = _table(corpus / "metadata.tsv")
    parts = {"dev": Tally(), "held-out": Tally()}
    for index, (name, text_path, annotation_path) in enumerate(articles(corpus)):
        found = score_article(
            name,
            text_path.read_text(encoding="utf-8"),
            annotation_path.read_text(encoding="utf-8"),
            table[name]["title"] if name in table else None,
            _publishers(table.get(name, {})),
        )
        parts["held-out" if is_held_out(index) else "dev"].add(found)
    if args.verbose:
        print("\n".join(parts["dev"].misses))
    print(
        f"{'part':<10} {'furniture removed':>18} {'article lines removed':>22}   headline right/wrong/none"
        "   outlet right/wrong/none"
    )
    for part, tally in parts.items():
        furniture_share = tally.furniture_removed / max(tally.furniture, 1)
        article_share = tally.article_removed / max(tally.article, 1)
        print(
            f"{part:<10} {tally.furniture_removed:>8}/{tally.furniture:<5} {furniture_share:.2f}"
            f" {tally.article_removed:>10}/{tally.article:<5} {article_share:.3f}"
            f"   {tally.headline_right}/{tally.headline_wrong}/{tally.headline_none}"
            f"{'':>17}{tally.outlet_right}/{tally.outlet_wrong}/{tally.outlet_none}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
