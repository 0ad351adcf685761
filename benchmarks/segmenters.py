"""Our sentence splitter against pysbd on hand-written German, French and Spanish paragraphs.

    python -m benchmarks.segmenters

``benchmarks/gold/sentences/<code>.txt``: one sentence per line, paragraphs separated by a
blank line, written for this comparison (abbreviations, ordinals, times, numbers, quotations).
Each paragraph is joined with spaces and split by both; a paragraph counts as right when the
sentences come out exactly as written. pysbd (MIT) is optional: ``pip install pysbd``.
"""

from __future__ import annotations

from pathlib import Path

from site_builder.text.lexicon import lexicon_for
from site_builder.text.sentences import split_sentences

GOLD = Path(__file__).parent / "gold" / "sentences"


def paragraphs(language: str) -> list[list[str]]:
    text = (GOLD / f"{language}.txt").read_text(encoding="utf-8")
    return [
        [line.strip() for line in block.splitlines() if line.strip()] for block in text.split("\n\n") if block.strip()
    ]


def ours(language: str, text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lexicon_for(language))]


def main() -> int:
    try:
        import pysbd
    except ImportError:
        pysbd = None
    for language in ("de", "fr", "es"):
        blocks = paragraphs(language)
        sentences = sum(len(block) for block in blocks)
        right = {"site-builder": 0, "pysbd": 0}
        for block in blocks:
            text = " ".join(block)
            right["site-builder"] += ours(language, text) == block
            if pysbd is not None:
                found = [s.strip() for s in pysbd.Segmenter(language=language, clean=False).segment(text)]
                right["pysbd"] += found == block
        shown = ", ".join(f"{name} {count}/{len(blocks)}" for name, count in right.items() if name != "pysbd" or pysbd)
        print(f"{language}: {len(blocks)} paragraphs, {sentences} sentences; paragraphs split exactly right: {shown}")
    if pysbd is None:
        print("pysbd is not installed: pip install pysbd to compare")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
