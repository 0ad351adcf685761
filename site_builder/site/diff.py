"""How two versions of a passage or quote differ, word by word.

Two ways to show it. When the versions share most of their words, ``word_diff`` gives
the changes as removed and added words. When they share little, a strike-through of
nearly everything tells a reader nothing, so ``shared_words`` marks instead what each
version has in common with the other and the anchors (names, numbers) in it, for the
two to be read side by side. In both, a change of punctuation or letter case alone is
not a change: "at – all" and "at all." say the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import Indel

from ..text.lexicon import DEFAULT_LANGUAGE, lexicon_for

DiffKind = Literal["equal", "insert", "delete"]

# Words and the whitespace between them, so that joining the pieces restores the text.
_TOKEN = re.compile(r"\S+|\s+")
_NOT_WORD = re.compile(r"[\W_]+")
_COMPOUND_JOINER = re.compile(r"[-‐‑–—/]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_LEXICON = lexicon_for(DEFAULT_LANGUAGE)


@lru_cache(maxsize=65536)
def word_key(token: str) -> str:
    """What a word is compared by: its letters and digits in one case. Empty for punctuation.

    Cached: the pages of a story compare the same words over and over."""
    return _NOT_WORD.sub("", token.casefold())


@dataclass(frozen=True, slots=True)
class _Words:
    """A text as its words, each carrying the spacing and punctuation that follow it.

    Punctuation standing alone ("–") rides on the word before it, so it is never a word
    of its own to add or remove; ``lead`` is whatever comes before the first word.
    """

    lead: str
    pieces: tuple[str, ...]
    keys: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> _Words:
        lead, pieces, keys = "", [], []
        for token in _TOKEN.findall(text):
            key = "" if token.isspace() else word_key(token)
            if key:
                pieces.append(token)
                keys.append(key)
            elif pieces:
                pieces[-1] += token
            else:
                lead += token
        return cls(lead, tuple(pieces), tuple(keys))


#: ``_Words.of``, remembered: a passage's first version is compared with every other one.
_words_of = lru_cache(maxsize=8192)(_Words.of)


@dataclass(frozen=True, slots=True)
class DiffOp:
    kind: DiffKind
    text: str


@dataclass(slots=True)
class _Region:
    """A run of the alignment: equal words (the same words in each version's spelling) or a change."""

    equal: bool
    deleted: list[str]
    inserted: list[str]


def _regions(old: _Words, new: _Words) -> list[_Region]:
    regions: list[_Region] = []
    # By field name: rapidfuzz types an opcode's unpacked items as ``int | str``.
    for op in Indel.opcodes(old.keys, new.keys):
        old_words = list(old.pieces[op.src_start : op.src_end])
        new_words = list(new.pieces[op.dest_start : op.dest_end])
        if op.tag == "equal":
            # Shown in the new version's punctuation and case; the old spelling is kept in case
            # the run is folded into a change.
            regions.append(_Region(True, old_words, new_words))
        elif regions and not regions[-1].equal:
            # A change arrives as separate insert and delete opcodes in either order.
            regions[-1].deleted.extend(old_words)
            regions[-1].inserted.extend(new_words)
        else:
            regions.append(_Region(False, old_words, new_words))
    return regions


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
            changed = len(before.deleted) + len(before.inserted) + len(after.deleted) + len(after.inserted)
            if len(match.inserted) > 2 or len(match.inserted) * 2 > changed:
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

    Joining the ``equal`` and ``insert`` texts gives ``new``; the words of the ``equal``
    and ``delete`` texts are those of ``old`` up to punctuation and case. Indel (not
    Levenshtein) opcodes are used because a reader sees a substitution as one word
    removed and another added anyway; each change shows its deletion before its insertion.
    """
    ops: list[DiffOp] = []

    def push(kind: DiffKind, text: str) -> None:
        if not text:
            return
        if ops and ops[-1].kind == kind:
            ops[-1] = DiffOp(kind, ops[-1].text + text)
        else:
            ops.append(DiffOp(kind, text))

    old_words, new_words = _words_of(old), _words_of(new)
    push("equal", new_words.lead)
    for region in _absorb_stray_matches(_regions(old_words, new_words)):
        if region.equal:
            push("equal", "".join(region.inserted))
            continue
        deleted = "".join(region.deleted)
        if deleted and ops and not ops[-1].text[-1:].isspace():
            deleted = " " + deleted  # the words it follows carried no space: they ended the new text
        push("delete", deleted)
        push("insert", "".join(region.inserted))
    return tuple(ops)


def shared_fraction(old: str, new: str) -> float:
    """How much wording two versions share: twice the words in common over all their words."""
    old_keys, new_keys = _words_of(old).keys, _words_of(new).keys
    if not old_keys and not new_keys:
        return 1.0
    return 1.0 - Indel.normalized_distance(old_keys, new_keys)


ShareKind = Literal["plain", "shared"]


@dataclass(frozen=True, slots=True)
class SharedPiece:
    """A run of one version's text, and whether its words also occur in the other versions.

    ``anchor`` marks a single word that pins a fact down: a number or a name.
    """

    kind: ShareKind
    text: str
    anchor: bool = False


def _is_anchor(token: str, key: str, sentence_start: bool, names: frozenset[str]) -> bool:
    # The common case first, cheaply: a word of lower-case letters only.
    if key.isalpha():
        if token.islower() and key not in _LEXICON.number_words:
            return False
    elif any(ch.isdigit() for ch in key):
        return True
    if key in _LEXICON.number_words:
        return True
    capitals = sum(1 for ch in token if ch.isupper())
    if capitals > 1:
        return True  # an initialism or a name in capitals ("U.S.", "NATO")
    if not _first_letter(token).isupper() or key in _LEXICON.stop_words:
        return False
    # A capital that only opens a sentence says nothing; one the texts also write mid-sentence is a name.
    return not sentence_start or key in names


def _first_letter(token: str) -> str:
    if token[:1].isalpha():
        return token[0]
    return next((ch for ch in token if ch.isalpha()), "")


@lru_cache(maxsize=4096)
def _mid_sentence_capitals(text: str) -> frozenset[str]:
    """The keys of the words ``text`` capitalises mid-sentence: names, not sentence openers.

    Cached, like ``_keys_with_parts``: a story's differences page compares each wording with
    every other, so the same texts come back again and again."""
    names: set[str] = set()
    previous = ""
    for token in text.split():
        capital = not token.islower() and _first_letter(token).isupper()
        if capital and previous and not _SENTENCE_END.search(previous):
            names.add(word_key(token))
        previous = token
    return frozenset(names)


@lru_cache(maxsize=4096)
def _keys_with_parts(text: str) -> frozenset[str]:
    """Every word's key, and the keys of a compound's parts ("Trump-Putin" gives "trump" too)."""
    keys: set[str] = set()
    for token in text.split():
        keys.add(word_key(token))
        keys.update(word_key(part) for part in _COMPOUND_JOINER.split(token))
    keys.discard("")
    return frozenset(keys)


def shared_words(text: str, others: Sequence[str]) -> tuple[SharedPiece, ...]:
    """``text`` in runs: words any of ``others`` also uses and the rest.

    A stop word counts as shared only inside a run of shared words ("efforts to end"),
    never alone. Names and numbers come out as runs of their own with ``anchor`` set,
    shared or not, since a name or figure one version lacks is what a reader looks for.
    The space between two shared words is shared, so that a run reads as one highlight.
    """
    all_other_keys = frozenset().union(*(_keys_with_parts(other) for other in others))
    names = frozenset().union(*(_mid_sentence_capitals(one) for one in (text, *others)))
    words: list[tuple[str, str]] = []  # (space before the word, the word)
    gap = ""
    for token in _TOKEN.findall(text):
        if token.isspace():
            gap = token
        else:
            words.append((gap, token))
            gap = ""
    keys = [word_key(token) for _, token in words]
    in_others = [
        key in all_other_keys or bool({word_key(part) for part in _COMPOUND_JOINER.split(token)} & all_other_keys)
        for key, (_, token) in zip(keys, words, strict=True)
    ]
    stop = [key in _LEXICON.stop_words for key in keys]
    shared = [found and not is_stop for found, is_stop in zip(in_others, stop, strict=True)]
    # Punctuation alone, or a stop word the others also use, may bridge two shared words.
    bridgeable = [not key or (is_stop and found) for key, is_stop, found in zip(keys, stop, in_others, strict=True)]
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and bridgeable[end]:
            end += 1
        if end > index and index > 0 and end < len(words) and shared[index - 1] and shared[end]:
            shared[index:end] = [True] * (end - index)
        index = max(end, index + 1)

    pieces: list[SharedPiece] = []
    # Runs are gathered as they come: consecutive pieces of one kind and anchoring are one piece.
    run_kind: ShareKind = "plain"
    run_anchor = False
    run: list[str] = []

    def close_run() -> None:
        if run:
            pieces.append(SharedPiece(run_kind, "".join(run), run_anchor))
            run.clear()

    def add(kind: ShareKind, piece: str, anchors: bool) -> None:
        nonlocal run_kind, run_anchor
        if kind != run_kind or anchors != run_anchor:
            close_run()
        run_kind, run_anchor = kind, anchors
        run.append(piece)

    previous = ""
    for position, (space, token) in enumerate(words):
        key = keys[position]
        sentence_start = not previous or bool(_SENTENCE_END.search(previous))
        anchor = bool(key) and _is_anchor(token, key, sentence_start, names)
        if space:
            both_shared = position > 0 and shared[position - 1] and shared[position]
            add("shared" if both_shared else "plain", space, False)
        add("shared" if shared[position] else "plain", token, anchor)
        previous = token
    if gap:
        add("plain", gap, False)
    close_run()
    return tuple(pieces)
