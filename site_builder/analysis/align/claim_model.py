"""The trained same-claim scorer (issue 13): a sentence pair in, the probability that both make the same claim out.

A small cross-encoder (all-MiniLM-L6-v2 fine-tuned on MSRP news sentence pairs by
``tools/train_claim_scorer.py``), shipped as an int8 ONNX file in ``data/`` beside the
``tokenizer.json`` it needs and ``claim_scorer.json`` (the decision threshold chosen on training data,
and how the model was made). It runs with ``onnxruntime`` and ``tokenizers`` only, the ``semantic``
extra (``python -m pip install "site-builder[semantic]"``); nothing here needs PyTorch.

Not used by the build yet: ``benchmarks/msrp.py`` measures it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: The model, its tokenizer and its record: package data (pyproject.toml lists it, so wheels carry it).
DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_FILE = "claim_scorer.onnx"
TOKENIZER_FILE = "tokenizer.json"
RECORD_FILE = "claim_scorer.json"


class SemanticExtraMissing(ImportError):
    """onnxruntime or tokenizers is not installed."""


def _runtime() -> tuple[Any, Any]:
    try:
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise SemanticExtraMissing(
            f"the claim scorer needs the 'semantic' extra ({exc}): "
            'python -m pip install "site-builder[semantic]" (or -e ".[semantic]" in a clone)'
        ) from exc
    return onnxruntime, Tokenizer


@dataclass(frozen=True)
class ClaimScorer:
    """Scores sentence pairs; load it once with ``ClaimScorer.load()`` and call ``score`` as often as needed."""

    session: Any  # onnxruntime.InferenceSession (untyped)
    tokenizer: Any  # tokenizers.Tokenizer, padding off, truncation on
    #: Scores at or above this say "same claim": chosen on MSRP's dev slice by the training script.
    threshold: float
    model_name: str
    model_bytes: int

    @classmethod
    def load(cls, model: Path | None = None, *, threads: int = 1) -> ClaimScorer:
        """The shipped model, or another ONNX export of it (``model``), run on ``threads`` threads.

        The threshold comes from the ``claim_scorer.json`` beside the model, else from the shipped one.

        One thread by default: the build already analyses stories in one process per core.
        """
        onnxruntime, tokenizer_class = _runtime()
        path = model if model is not None else DATA_DIR / MODEL_FILE
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        tokenizer = tokenizer_class.from_file(str(DATA_DIR / TOKENIZER_FILE))
        # Another export brings its own record (threshold) when one lies beside it.
        record_path = path.parent / RECORD_FILE if (path.parent / RECORD_FILE).is_file() else DATA_DIR / RECORD_FILE
        record = json.loads(record_path.read_text(encoding="utf-8"))
        # The tokenizer the starting weights came with pads every input to 128 tokens, and padded
        # inputs score differently: switch padding off whatever the file says.
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=int(record["max_tokens"]))
        return cls(session, tokenizer, float(record["threshold"]), path.name, path.stat().st_size)

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """The probability, per pair and in order, that its two sentences make the same claim.

        Tokenised together, then run one pair at a time with no padding: the int8 model quantises
        its activations with one scale per call, so in a batch a pair's score would move with
        whatever else is in it (enough to flip decisions), for hardly any speed gained on one thread.
        One pair per call keeps every score a function of its pair alone
        (``tests/test_claim_model.py`` checks it)."""
        if not pairs:
            return []
        scores = []
        for encoding in self.tokenizer.encode_batch([(first, second) for first, second in pairs]):
            feed = {
                "input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
            }
            (probability,) = self.session.run(["probability"], feed)
            scores.append(float(probability[0]))
        return scores
