"""Score "where the outlets disagree" against hand-annotated gold (issue 15).

    python -m benchmarks.discrepancies [--corpora DIR] [--stories [--verbose]] [--code REV]

``--code REV`` scores the code of git revision REV against today's gold: a change's "before".

Gold is ``benchmarks/gold/discrepancies/<story folder>.json``: every disagreement a reader
found in numbers, dates, times and names, each with the value every outlet gives (see
benchmarks/gold/README.md). A flag is right when at least two of its values match one gold
disagreement's values (same file, same value once normalised; for a name, the same words, one of
the two perhaps naming more of it); precision is right flags over
all flags, recall is gold disagreements found over all; a second table scores conflicts alone
(approximate differences left aside). The stories held out for evaluation (every third
multinews-dev cluster and the held-out scrape sets, as in ``benchmarks.evaluate``) are scored
apart and their misses never printed.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.compare import rerun_at_code
from benchmarks.evaluate import DEFAULT_CORPORA, REPO_ROOT, SCRAPES_DIR, is_held_out
from benchmarks.tally import add_counts
from site_builder.analysis.analyse import analyse_story
from site_builder.analysis.discrepancies import values_in
from site_builder.config import AnalysisSettings
from site_builder.input.load import load_story_dir
from site_builder.model import StoryAnalysis
from site_builder.text.lexicon import DEFAULT_LANGUAGE, lexicon_for

NUMBER_WORDS = lexicon_for(DEFAULT_LANGUAGE).number_words

GOLD = Path(__file__).parent / "gold" / "discrepancies"


@dataclass
class Tally:
    flags: int = 0
    right_flags: int = 0
    gold: int = 0
    found_gold: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        add_counts(self, other)

    def line(self, name: str) -> str:
        precision = self.right_flags / self.flags if self.flags else float("nan")
        recall = self.found_gold / self.gold if self.gold else float("nan")
        return (
            f"{name:40} flags {self.flags:3}  right {self.right_flags:3}  precision {precision:.2f}   "
            f"gold {self.gold:3}  found {self.found_gold:3}  recall {recall:.2f}"
        )


def _normalised(text: str) -> set[str]:
    """A value's comparable forms: the numbers, dates and times it states, else its words."""
    read = {repr(value.value) for value in values_in(text)}
    if read:
        return read
    # A bare number, in digits or words ("five", as a flag quotes it without what it counts).
    numbers = [float(d) for d in re.findall(r"\d+(?:\.\d+)?", text.replace(",", ""))]
    numbers += [float(NUMBER_WORDS[w]) for w in re.findall(r"[a-z]+", text.casefold()) if w in NUMBER_WORDS]
    return {repr((number,)) for number in numbers} or {text.casefold().strip()}


def _name_words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _same(text: str, gold_text: str, kind: str) -> bool:
    """A flag's value is the gold's: the same figure once normalised, or for a name the same words,
    one of the two perhaps naming more of it ("2007 Hyundai Sonata" for "Hyundai Sonata")."""
    if kind == "name":
        words, gold_words = _name_words(text), _name_words(gold_text)
        return bool(words) and (words <= gold_words or gold_words <= words)
    return bool(_normalised(text) & _normalised(gold_text))


def _matches(flag_values: list[tuple[str, str]], gold_values: list[tuple[str, str]], kind: str) -> bool:
    hits = {
        file
        for file, text in flag_values
        for gold_file, gold_text in gold_values
        if file == gold_file and _same(text, gold_text, kind)
    }
    return len(hits) >= 2


def story_folder(name: str, corpora: Path) -> Path | None:
    for candidate in (
        REPO_ROOT / "seeds" / name,
        SCRAPES_DIR / name,
        corpora / name,
        corpora / "multinews-dev" / name,
    ):
        if candidate.is_dir():
            return candidate
    return None


def _corpus(folder: Path) -> str:
    """Which collection a gold story comes from: the repository's invented scrapes, the
    multinews-dev clusters, or another story."""
    if folder.parent == SCRAPES_DIR:
        return "scrapes"
    return "multinews" if folder.parent.name == "multinews-dev" else "other"


@functools.cache
def _analysis(folder: Path) -> StoryAnalysis:
    return analyse_story(load_story_dir(folder, folder.parent), AnalysisSettings())


def score(gold_path: Path, corpora: Path, *, conflicts_only: bool = False) -> Tally | None:
    """``conflicts_only``: score the flags shown as conflicts against the gold's disagreements that
    are not approximate (a conflict flag for an approximate one is wrong), leaving aside the
    differences both sides call approximate, which the site shows apart."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    folder = story_folder(gold["story"], corpora)
    if folder is None:
        return None
    analysis = _analysis(folder)
    file_of = {source.id: Path(source.file).name for source in analysis.sources}
    flags = [
        [(file_of[v.source_id], v.text) for v in d.values]
        for d in analysis.discrepancies
        if not (conflicts_only and d.approximate)
    ]
    entries = [item for item in gold["discrepancies"] if not (conflicts_only and item["approximate"])]
    wanted = [[(v["file"], v["value"]) for v in item["values"]] for item in entries]
    tally = Tally(flags=len(flags), gold=len(wanted))
    for flag in flags:
        if any(_matches(flag, item, entry["kind"]) for item, entry in zip(wanted, entries, strict=True)):
            tally.right_flags += 1
        else:
            tally.misses.append(f"  {gold['story']}: flag not in gold: {flag}")
    for item, entry in zip(wanted, entries, strict=True):
        if any(_matches(flag, item, entry["kind"]) for flag in flags):
            tally.found_gold += 1
        else:
            tally.misses.append(f"  {gold['story']}: gold missed: {entry['kind']} {entry['what']!r}: {item}")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--stories", action="store_true", help="print each development story's figures")
    parser.add_argument("--verbose", "-v", action="store_true", help="with --stories, list the misses too")
    parser.add_argument("--code", metavar="REV", help="score the site_builder of git revision REV on today's gold")
    args = parser.parse_args(argv)
    if args.code:
        return rerun_at_code(args.code, "benchmarks.discrepancies", argv)
    for conflicts_only in (False, True):
        print("conflicts only (approximate differences left aside)" if conflicts_only else "every flag")
        parts: dict[str, Tally] = {}
        for gold_path in sorted(GOLD.glob("*.json")):
            name = gold_path.stem
            folder = story_folder(name, args.corpora)
            if folder is None:
                print(f"{name}: story not found, skipped")
                continue
            tally = score(gold_path, args.corpora, conflicts_only=conflicts_only)
            assert tally is not None  # its story was found just above
            held = is_held_out(folder)
            part = "held-out" if held else "dev"
            for key in (part, f"{part} {_corpus(folder)}"):
                parts.setdefault(key, Tally()).add(tally)
            if not held and args.stories:
                print(tally.line(name))
                if args.verbose:
                    print("\n".join(tally.misses))
        for part in sorted(parts, key=lambda key: (key.startswith("held-out"), key)):
            print(parts[part].line(f"TOTAL {part}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
