"""How well does the trained same-claim scorer judge MSRP sentence pairs it was not trained on?

Run ``python -m benchmarks.msrp [--corpora DIR] [--model FILE]``.

MSRP (``../shared/corpora/msrp-train``, read its README) holds 4,076 news sentence pairs, each
labelled paraphrase (the two sentences make the same claim) or not. The pairs are split once,
here, for every use (``tools/train_claim_scorer.py`` imports this split):

- **held out**: the pairs whose index (0-based, in file order after the header) is 4 modulo 5;
  815 pairs, never trained on and never used to choose anything;
- **dev**: the training part's pairs whose index is 3 modulo 10 (408 pairs), on which the training
  script chooses the epoch to keep and the decision threshold;
- **fit**: the rest (2,853 pairs), on which the model's weights are trained.

It scores the held-out fifth (and, for reference, the training part: fit and dev) with the shipped
ONNX model through ``site_builder.analysis.align.claim_model`` and prints accuracy, precision,
recall and F1 at the threshold the training script chose on dev, and the scoring throughput (pairs
per second over the held-out fifth: median of 3 runs, with min-max). ``--model`` scores another
ONNX export instead, such as the float32 one the training script leaves in ``build/claim-scorer/``.

It needs the ``semantic`` extra (``python -m pip install -e ".[semantic]"``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.evaluate import DEFAULT_CORPORA

MSRP_FILE = Path("msrp-train") / "msr_paraphrase_train.tsv"
RUNS = 3


@dataclass(frozen=True, slots=True)
class Pair:
    """One MSRP line."""

    index: int  # 0-based, in file order after the header
    same: bool  # Quality 1: the two sentences are paraphrases
    first: str
    second: str


def read_pairs(corpora: Path) -> list[Pair]:
    """Every pair of the MSRP training file, in file order; ``FileNotFoundError`` if it is missing."""
    text = (corpora / MSRP_FILE).read_text(encoding="utf-8-sig")
    lines = text.split("\n")
    if not lines[0].startswith("Quality\t"):
        raise ValueError(f"{corpora / MSRP_FILE}: unexpected header {lines[0][:60]!r}")
    pairs = []
    for index, line in enumerate(line for line in lines[1:] if line):
        # Plain tab splitting: the sentences carry quotation marks that a CSV reader would eat.
        quality, _, _, first, second = line.split("\t")
        pairs.append(Pair(index, quality == "1", first, second))
    return pairs


def is_held_out(pair: Pair) -> bool:
    return pair.index % 5 == 4


def is_dev(pair: Pair) -> bool:
    return not is_held_out(pair) and pair.index % 10 == 3


def split(pairs: Sequence[Pair]) -> tuple[list[Pair], list[Pair], list[Pair]]:
    """(fit, dev, held out): see the module docstring."""
    fit = [p for p in pairs if not is_held_out(p) and not is_dev(p)]
    dev = [p for p in pairs if is_dev(p)]
    held_out = [p for p in pairs if is_held_out(p)]
    return fit, dev, held_out


@dataclass(frozen=True, slots=True)
class Figures:
    pairs: int
    accuracy: float
    precision: float
    recall: float
    f1: float


def figures(labels: Sequence[bool], scores: Sequence[float], threshold: float) -> Figures:
    """Accuracy, precision, recall and F1 of "same claim" when a score at or above ``threshold`` says so."""
    tp = fp = fn = tn = 0
    for same, score in zip(labels, scores, strict=True):
        said = score >= threshold
        tp += same and said
        fp += said and not same
        fn += same and not said
        tn += not same and not said
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Figures(len(labels), (tp + tn) / len(labels) if labels else 0.0, precision, recall, f1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.msrp", description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of development corpora")
    parser.add_argument("--model", type=Path, help="an ONNX export to score with instead of the shipped model")
    args = parser.parse_args(argv)

    try:
        pairs = read_pairs(args.corpora)
    except FileNotFoundError:
        print(
            f"MSRP is not there: {args.corpora / MSRP_FILE} is missing. This benchmark needs the shared "
            "corpora beside the repository (../shared/corpora), or pass --corpora DIR."
        )
        return 2
    try:
        from site_builder.analysis.align.claim_model import ClaimScorer, SemanticExtraMissing
    except ImportError as exc:  # pragma: no cover - only on a broken checkout
        print(f"the claim scorer cannot be imported: {exc}")
        return 2
    try:
        scorer = ClaimScorer.load(args.model) if args.model else ClaimScorer.load()
    except SemanticExtraMissing as exc:
        print(exc)
        return 2

    fit, dev, held_out = split(pairs)
    threshold = scorer.threshold
    print(f"model: {scorer.model_name} ({scorer.model_bytes / 1e6:.1f} MB); threshold {threshold:.2f} (chosen on dev)")
    print(f"{'part':<10} {'pairs':>5} {'accuracy':>8} {'precision':>9} {'recall':>6} {'F1':>6}")
    held_out_seconds: list[float] = []
    for name, part in (("held out", held_out), ("dev", dev), ("fit", fit)):
        started = time.perf_counter()
        scores = scorer.score([(p.first, p.second) for p in part])
        if name == "held out":
            held_out_seconds.append(time.perf_counter() - started)
        f = figures([p.same for p in part], scores, threshold)
        print(f"{name:<10} {f.pairs:>5} {f.accuracy:>8.3f} {f.precision:>9.3f} {f.recall:>6.3f} {f.f1:>6.3f}")
    for _ in range(RUNS - 1):
        started = time.perf_counter()
        scorer.score([(p.first, p.second) for p in held_out])
        held_out_seconds.append(time.perf_counter() - started)
    rates = sorted(len(held_out) / seconds for seconds in held_out_seconds)
    print(
        f"throughput: {statistics.median(rates):.0f} pairs/s over the {len(held_out)} held-out pairs "
        f"(median of {RUNS} runs, min-max {rates[0]:.0f}-{rates[-1]:.0f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
