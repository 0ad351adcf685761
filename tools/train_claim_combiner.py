"""Learn a same-claim score for the fact aligner from in-domain pairs (issue 13), and measure it honestly.

Run ``python -m tools.train_claim_combiner [--corpora DIR] [--claim-model] [--write]``.

**Pairs.** From the multinews-dev clusters with fact gold (``TRAINING``; never the bundled story,
Tijuana or Glendale, which are the evaluation stories). Each story is analysed once by the
pipeline, its gold fact snippets mapped to the pipeline's sentences by ``benchmarks.evaluate``
(``gold_fact_pairs``), and pairs are taken on the aligner's wordings: positives are cross-source
sentence pairs in one gold fact group; hard negatives are the aligner's candidate pairs
(``candidate_pairs``: same topic, lexically similar) between sentences of different sources that no
gold group joins.

**Model.** ``Combiner``: a logistic regression over standardised
features (the word-overlap similarity, its IDF-overlap and wording parts, shared lower-case words,
shared rare names, shared numbers, conflicting numbers, length ratio and, with ``--claim-model``,
the MSRP cross-encoder's probability), fitted by Newton's method with an L2 penalty (``L2``); numpy
only, deterministic (no random step at all).

**Threshold.** Chosen on the training clusters only, leave-one-cluster-out: for each cluster a
model is fitted on the other three and the aligner is run on it with the learned score at every
threshold of ``THRESHOLDS``; the fact pair counts are added up over the four clusters, and the
threshold with the best F1 among those with precision >= 0.90 is kept (the best F1 if none
reaches it). The model fitted on all four clusters, at that threshold, is then run once on the
evaluation stories and printed next to today's aligner.

**Other scores.** ``--claim-model [ONNX]`` adds a cross-encoder's probability as a feature (the
shipped MSRP model, or another export such as ``train_claim_scorer --in-domain``'s); with
``--direct`` that probability is the similarity itself, and with ``--veto P`` today's similarity is
kept but set to 0 where the probability is below P. Neither fits anything on the training clusters,
so their threshold is chosen on all four at once.

**What it gave** (``benchmarks/gold/README.md``, "Trained on in-domain pairs", has the table):
nothing beat today's aligner on the evaluation stories. The combiner (all lexical features, t 0.15)
went from mean fact F1 0.62 to 0.60, trading precision for recall (Glendale 0.79 to 0.39); with the
MSRP cross-encoder 0.60; the cross-encoders alone 0.52-0.53; the veto (P 0.05, t 0.45) keeps
precision >= 0.90 on all three stories but reaches mean F1 0.53. Each run takes seconds, plus about
30 seconds of cross-encoder scoring with ``--claim-model``, on this project's 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from benchmarks.evaluate import DEFAULT_CORPORA, PRF, find_stories, gold_fact_pairs, score_analysis
from site_builder.analysis.align import align_story
from site_builder.analysis.align.candidates import candidate_pairs
from site_builder.analysis.align.scoring import Rescore, Story, ordered

#: The clusters whose fact gold trains the model; every other story with fact gold is for evaluation.
TRAINING = (
    "L29-cosby-sentencing-spokesman-statements",
    "L59-lauren-bacall-will-dog",
    "L72-oj-simpson-parole-hearing",
    "L92-robert-durst-gun-sentence",
)
EVALUATION = ("putin-trump-call-2025", "comp550-tijuana-border-teargas-2018", "tac-glendale-metrolink-crash-2005")
L2 = 1.0
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 20)]
MIN_PRECISION = 0.90


#: The features, in the order the coefficients use them.
FEATURES = (
    "lexical",
    "overlap",
    "wording",
    "shared_plain",
    "rare_names",
    "shared_numbers",
    "number_conflict",
    "length_ratio",
    "claim",
)


def texts_of(story: Story) -> list[str]:
    """The text of each wording (its first sentence's)."""
    texts = [""] * len(story.wordings)
    for item in reversed(story.items):
        texts[item.wording] = item.sentence.text
    return texts


def pair_features(
    story: Story, pairs: Sequence[tuple[int, int]], lexical: np.ndarray, claim: Sequence[float] | None = None
) -> np.ndarray:
    """One row of ``FEATURES`` per wording pair; ``claim`` is the cross-encoder's probability, else 0."""
    idf, rare_idf = story.idf, story.rare_idf
    weight = story.terms.weight
    rows = np.zeros((len(pairs), len(FEATURES)))
    for n, (k, m) in enumerate(pairs):
        first, second = story.wordings[k], story.wordings[m]
        shared = first.content_set & second.content_set
        total = weight[k] + weight[m]
        overlap = 2 * sum(idf[word] for word in shared) / total if total else 0.0
        plain = first.plain & second.plain
        rare_names = sum(1 for word in shared - plain if idf[word] >= rare_idf)
        same_numbers = first.numbers & second.numbers
        conflict = bool(first.numbers - same_numbers) and bool(second.numbers - same_numbers)
        lengths = sorted((len(first.content), len(second.content)))
        rows[n] = (
            lexical[n],
            overlap,
            fuzz.ratio(first.words, second.words) / 100,
            math.log1p(len(plain)),
            math.log1p(rare_names),
            math.log1p(len(same_numbers)),
            float(conflict),
            lengths[0] / lengths[1] if lengths[1] else 0.0,
            claim[n] if claim is not None else 0.0,
        )
    return rows


@dataclass(frozen=True)
class Combiner:
    """Standardised features, one weight each, a bias: the probability that a pair makes the same claim."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    #: Whether the ``claim`` feature is the cross-encoder's probability (else it is 0 and unused).
    uses_claim_model: bool

    def probability(self, features: np.ndarray) -> np.ndarray:
        logits = ((features - self.mean) / self.scale) @ self.weights + self.bias
        probability: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return probability


@dataclass
class Annotated:
    """One analysed story, its gold, and its labelled wording pairs."""

    name: str
    analysis: Any
    gold: dict[str, Any]
    pairs: list[tuple[int, int]]
    labels: np.ndarray
    features: np.ndarray
    #: The two wordings' texts (each its first sentence's), per pair.
    texts: list[tuple[str, str]]


class ClaimCache:
    """The MSRP cross-encoder's probabilities, computed once per sentence pair."""

    def __init__(self, model: Path | None = None) -> None:
        from site_builder.analysis.align.claim_model import ClaimScorer

        self.model = ClaimScorer.load(model, threads=2)
        self.known: dict[tuple[str, str], float] = {}

    def __call__(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        todo = [pair for pair in dict.fromkeys(pairs) if pair not in self.known]
        self.known.update(zip(todo, self.model.score(todo), strict=True))
        return [self.known[pair] for pair in pairs]


ClaimFunction = Callable[[Sequence[tuple[str, str]]], list[float]]


def features_for(
    story: Story, pairs: Sequence[tuple[int, int]], lexical: np.ndarray, claim: ClaimFunction | None
) -> np.ndarray:
    scores = None
    if claim is not None:
        texts = texts_of(story)
        scores = claim([(texts[k], texts[m]) for k, m in pairs])
    return pair_features(story, pairs, lexical, scores)


def annotate(story_dir: Path, gold_path: Path, claim: ClaimFunction | None) -> Annotated:
    from site_builder.analysis.analyse import analyse_story
    from site_builder.config import AnalysisSettings
    from site_builder.input.load import load_story_dir

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    analysis = analyse_story(load_story_dir(story_dir, story_dir.parent), AnalysisSettings())
    story = Story(analysis.sources)
    item_of = {item.sentence.id: item for item in story.items}
    positives: set[tuple[int, int]] = set()
    for pair in gold_fact_pairs(analysis, gold, []):
        a, b = (item_of[sid] for sid in sorted(pair))
        k, m = a.wording, b.wording
        if k != m and story.wordings[k].linkable and story.wordings[m].linkable:
            positives.add(ordered(k, m))
    pairs = sorted(set(candidate_pairs(story)) | positives)
    story.score(pairs)
    lexical = np.array([story.similarity(k, m) for k, m in pairs])
    labels = np.array([pair in positives for pair in pairs], dtype=np.float64)
    texts = texts_of(story)
    return Annotated(
        story_dir.name,
        analysis,
        gold,
        pairs,
        labels,
        features_for(story, pairs, lexical, claim),
        [(texts[k], texts[m]) for k, m in pairs],
    )


def fit(features: np.ndarray, labels: np.ndarray, columns: Sequence[int]) -> Combiner:
    """Logistic regression by Newton's method on standardised features; unused columns get weight 0."""
    x = features[:, columns]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        gradient = z.T @ (p - labels) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    full_mean, full_scale, weights = np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros(len(FEATURES))
    full_mean[list(columns)], full_scale[list(columns)], weights[list(columns)] = mean, scale, w[:-1]
    uses_claim = FEATURES.index("claim") in columns
    return Combiner(full_mean, full_scale, weights, float(w[-1]), uses_claim)


def learned(combiner: Combiner, claim: ClaimFunction | None) -> Rescore:
    def rescore(story: Story, pairs: Sequence[tuple[int, int]], lexical: np.ndarray) -> np.ndarray:
        return combiner.probability(features_for(story, pairs, lexical, claim if combiner.uses_claim_model else None))

    return rescore


def direct(claim: ClaimFunction) -> Rescore:
    """The cross-encoder's probability itself as the similarity."""

    def rescore(story: Story, pairs: Sequence[tuple[int, int]], lexical: np.ndarray) -> np.ndarray:
        texts = texts_of(story)
        return np.array(claim([(texts[k], texts[m]) for k, m in pairs]))

    return rescore


def vetoed(claim: ClaimFunction, floor: float) -> Rescore:
    """The word-overlap similarity, set to 0 where the cross-encoder's probability is below ``floor``."""

    def rescore(story: Story, pairs: Sequence[tuple[int, int]], lexical: np.ndarray) -> np.ndarray:
        texts = texts_of(story)
        probability = np.array(claim([(texts[k], texts[m]) for k, m in pairs]))
        return np.where(probability >= floor, lexical, 0.0)

    return rescore


def facts(annotated: Annotated, rescore: Rescore | None, threshold: float) -> PRF:
    """The fact pair counts of the aligner on one story, with a learned score or without one."""
    from site_builder.config import AnalysisSettings

    settings = replace(AnalysisSettings(), passage_threshold=threshold)
    passages = align_story(annotated.analysis.sources, settings, rescore)
    return score_analysis(replace(annotated.analysis, passages=passages), annotated.gold).facts


def choose(counts: dict[float, PRF]) -> float:
    good = [t for t, c in counts.items() if c.precision >= MIN_PRECISION]
    return max(good or list(counts), key=lambda t: (counts[t].f1, t))


def show(prf: PRF) -> str:
    return f"{prf.precision:.2f}/{prf.recall:.2f}/{prf.f1:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.train_claim_combiner", description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of development corpora")
    parser.add_argument(
        "--claim-model",
        nargs="?",
        const="shipped",
        help="use a cross-encoder's probability too: the shipped one, or this ONNX export",
    )
    parser.add_argument(
        "--direct",
        action="store_true",
        help="no combiner: the cross-encoder's probability is the similarity (threshold from the training clusters)",
    )
    parser.add_argument(
        "--veto",
        type=float,
        metavar="P",
        help="no combiner: today's similarity, but 0 where the cross-encoder's probability is below P",
    )
    parser.add_argument("--features", help="comma-separated subset of the features (default: all available)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    claim: ClaimFunction | None = None
    if args.claim_model:
        claim = ClaimCache(None if args.claim_model == "shipped" else Path(args.claim_model))
    names = args.features.split(",") if args.features else [f for f in FEATURES if f != "claim" or claim]
    columns = [FEATURES.index(name) for name in names]
    stories = {d.name: (d, g) for d, g in find_stories(args.corpora, None)[0]}
    missing = [name for name in TRAINING + EVALUATION if name not in stories]
    if missing:
        print(f"stories not found: {missing}")
        return 2
    annotated = {name: annotate(*stories[name], claim) for name in TRAINING + EVALUATION}
    for name in TRAINING:
        a = annotated[name]
        print(f"{name}: {int(a.labels.sum())} positive, {int((1 - a.labels).sum())} negative wording pairs")

    counts = {t: PRF() for t in THRESHOLDS}
    if args.direct or args.veto is not None:
        if claim is None:
            print("--direct and --veto need --claim-model")
            return 2
        rescore = direct(claim) if args.direct else vetoed(claim, args.veto)
        for name in TRAINING:
            for t in THRESHOLDS:
                counts[t] = counts[t] + facts(annotated[name], rescore, t)
        label = "training clusters"
    else:
        # Leave one training cluster out: the threshold is chosen on these counts alone.
        for held in TRAINING:
            rest = [annotated[name] for name in TRAINING if name != held]
            model = fit(np.vstack([a.features for a in rest]), np.concatenate([a.labels for a in rest]), columns)
            for t in THRESHOLDS:
                counts[t] = counts[t] + facts(annotated[held], learned(model, claim), t)
        training = [annotated[name] for name in TRAINING]
        model = fit(np.vstack([a.features for a in training]), np.concatenate([a.labels for a in training]), columns)
        rescore = learned(model, claim)
        weights = ", ".join(f"{FEATURES[c]} {model.weights[c]:+.2f}" for c in columns)
        print(f"features {names}; weights {weights}, bias {model.bias:+.2f}")
        label = "leave-one-cluster-out"
    for t in THRESHOLDS:
        print(f"{label} t={t:.2f}: facts {show(counts[t])}")
    threshold = choose(counts)
    print(f"threshold {threshold} ({label} facts {show(counts[threshold])})")
    f1s = []
    for name in EVALUATION:
        before = facts(annotated[name], None, 0.4)
        after = facts(annotated[name], rescore, threshold)
        f1s.append((before.f1, after.f1))
        print(f"{name:<40} today {show(before)}   learned {show(after)}")
    print(f"mean F1: today {np.mean([b for b, _ in f1s]):.3f}, learned {np.mean([a for _, a in f1s]):.3f}")
    print(f"{(time.perf_counter() - started) / 60:.1f} minutes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
