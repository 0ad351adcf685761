"""Fixture files that hold many cases: blocks separated by ``---`` lines, each named by its
last ``#`` comment line (``tests/fixtures/quotes/extract.txt``, ``tests/fixtures/text/sentences.txt``)."""

from __future__ import annotations

from pathlib import Path


def named_blocks(path: Path) -> list[tuple[str, list[str]]]:
    """``(name, body)`` of every block: ``body`` is its non-blank lines that are not comments."""
    blocks = []
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        name = [line for line in lines if line.startswith("#")][-1].lstrip("# ")
        blocks.append((name, [line for line in lines if not line.startswith("#")]))
    return blocks
