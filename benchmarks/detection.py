"""How often language detection tells an article's language right, leaves it undecided, or gets it wrong.

    python -m benchmarks.detection [--corpora DIR]

Texts: the German, French and Spanish test articles and probes in this repository (held-out
articles left out) and, when the development corpora exist, English: every third of the first
300 PolNeAR articles and every multinews-dev file. Each is scored whole, and paragraph by
paragraph in two bins (12-24 words, 25 words or more), since a short text is where a guess goes
wrong. A wrong language is worse than none: the stages read an undecided text in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.evaluate import DEFAULT_CORPORA
from site_builder.text.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE_SETS = (
    ROOT / "tests" / "fixtures" / "languages",
    ROOT / "benchmarks" / "gold" / "languages",
    ROOT / "benchmarks" / "gold" / "languages3",
    ROOT / "benchmarks" / "gold" / "languages4",
)
HELD_OUT = {"article3.txt", "article6.txt"}


def texts(corpora: Path) -> Iterator[tuple[str, list[str]]]:
    """(language, paragraphs) for every text scored."""
    for language in ("de", "fr", "es"):
        for root in LANGUAGE_SETS:
            for path in sorted((root / language).glob("article*.txt")):
                if path.name not in HELD_OUT:
                    yield language, path.read_text(encoding="utf-8").split("\n\n")
        for path in sorted((ROOT / "tests" / "fixtures" / "languages" / "probes").glob(f"{language}-*.txt")):
            yield language, path.read_text(encoding="utf-8").split("\n\n")
    for path in sorted((corpora / "polnear-train" / "text").glob("*.txt"))[:300:3]:
        yield "en", path.read_text(encoding="utf-8").split("\n")
    for path in sorted((corpora / "multinews-dev").glob("L*/*.txt")):
        yield "en", path.read_text(encoding="utf-8").split("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args(argv)
    bins = {"articles": [0, 0, 0], "paragraphs of 12-24 words": [0, 0, 0], "paragraphs of 25+ words": [0, 0, 0]}

    def score(label: str, language: str, found: str | None) -> None:
        bins[label][0 if found == language else 1 if found is None else 2] += 1

    for language, paragraphs in texts(args.corpora):
        score("articles", language, detect_language(paragraphs))
        for paragraph in paragraphs:
            words = len(paragraph.split())
            if words >= 12:
                label = "paragraphs of 25+ words" if words >= 25 else "paragraphs of 12-24 words"
                score(label, language, detect_language([paragraph]))
    for label, (right, undecided, wrong) in bins.items():
        print(f"{label:28} right {right:5}  undecided {undecided:4}  wrong {wrong:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
