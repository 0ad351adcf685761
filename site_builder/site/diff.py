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


@dataclass(slots=True)
class _Region:
    """A run of the alignment: equal words (``deleted`` is ``inserted``) or a change."""

    equal: bool
    deleted: list[str]
    inserted: list[str]


def _regions(old_tokens: list[str], new_tokens: list[str]) -> list[_Region]:
    regions: list[_Region] = []
    opcodes = Indel.opcodes([_comparable(t) for t in old_tokens], [_comparable(t) for t in new_tokens])
    # By field name: rapidfuzz types an opcode's unpacked items as ``int | str``.
    for op in opcodes:
        old, new = slice(op.src_start, op.src_end), slice(op.dest_start, op.dest_end)
        if op.tag == "equal":
            # Keep the new version's spacing; the words are the same.
            regions.append(_Region(True, new_tokens[new], new_tokens[new]))
        elif regions and not regions[-1].equal:
            # A change arrives as separate insert and delete opcodes in either order.
            regions[-1].deleted.extend(old_tokens[old])
            regions[-1].inserted.extend(new_tokens[new])
        else:
            regions.append(_Region(False, old_tokens[old], new_tokens[new]))
    return regions


def _words(tokens: list[str]) -> int:
    return sum(1 for token in tokens if not token.isspace())


def _absorb_stray_matches(regions: list[_Region]) -> list[_Region]:
    """Fold a word or two that happen to match between two changes into the change.

    Two reworded sentences share scattered small words ("a", "he", "the"); shown as
    matches they chop the difference into a confetti of one-word edits. Like the
    semantic clean-up of diff-match-patch, a short match counts as part of the change
    around it when that change is longer than the match.
    """
    merged: list[_Region] = []
    for region in regions:
        merged.append(region)
        while len(merged) >= 3 and not merged[-1].equal and merged[-2].equal and not merged[-3].equal:
            before, match, after = merged[-3], merged[-2], merged[-1]
            changed = _words(before.deleted) + _words(before.inserted) + _words(after.deleted) + _words(after.inserted)
            if _words(match.inserted) > 2 or _words(match.inserted) * 2 > changed:
                break
            merged[-3:] = [
                _Region(
                    False,
                    before.deleted + match.deleted + after.deleted,
                    before.inserted + match.inserted + after.inserted,
                )
            ]
    return merged


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """Differences from ``old`` to ``new`` as runs of equal, inserted and deleted words.

    Joining the ``equal`` and ``insert`` texts gives ``new``; joining ``equal`` and
    ``delete`` gives ``old`` up to the spacing between words. Indel (not Levenshtein)
    opcodes are used because a reader sees a substitution as one word removed and
    another added anyway; each change shows its deletion before its insertion.
    """
    ops: list[DiffOp] = []

    def push(kind: DiffKind, text: str) -> None:
        if not text:
            return
        if ops and ops[-1].kind == kind:
            ops[-1] = DiffOp(kind, ops[-1].text + text)
        else:
            ops.append(DiffOp(kind, text))

    for region in _absorb_stray_matches(_regions(_tokens(old), _tokens(new))):
        if region.equal:
            push("equal", "".join(region.inserted))
        else:
            push("delete", "".join(region.deleted))
            push("insert", "".join(region.inserted))
    return tuple(ops)
