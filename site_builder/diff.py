"""Word-level differences between two versions of a passage or quote."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Indel

DiffKind = Literal["equal", "insert", "delete"]

# Words and the whitespace between them, so that joining the pieces restores the text.
_TOKEN = re.compile(r"\S+|\s+")


@dataclass(frozen=True, slots=True)
class DiffOp:
    kind: DiffKind
    text: str


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _comparable(token: str) -> str:
    # Any run of whitespace compares equal, so a re-wrapped line is not a change.
    return " " if token.isspace() else token


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """Differences from ``old`` to ``new`` as runs of equal, inserted and deleted words.

    Joining the ``equal`` and ``insert`` texts gives ``new``; joining ``equal`` and
    ``delete`` gives ``old`` up to the spacing between words. Indel (not Levenshtein) opcodes are used because a
    reader sees a substitution as one word removed and another added anyway.
    """
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    ops: list[DiffOp] = []

    def push(kind: DiffKind, text: str) -> None:
        if not text:
            return
        if ops and ops[-1].kind == kind:
            ops[-1] = DiffOp(kind, ops[-1].text + text)
        else:
            ops.append(DiffOp(kind, text))

    # A change region arrives as separate insert and delete opcodes in either order;
    # collect each region and emit its deletion before its insertion, as readers expect.
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        push("delete", "".join(deleted))
        push("insert", "".join(inserted))
        deleted.clear()
        inserted.clear()

    opcodes = Indel.opcodes([_comparable(t) for t in old_tokens], [_comparable(t) for t in new_tokens])
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            flush()
            # Keep the new version's spacing; the words are the same.
            push("equal", "".join(new_tokens[j1:j2]))
        else:
            deleted.extend(old_tokens[i1:i2])
            inserted.extend(new_tokens[j1:j2])
    flush()
    return tuple(ops)
