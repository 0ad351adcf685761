"""Group the quotations of all sources into utterances, and say how their wordings differ."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process

from ...config import AnalysisSettings
from ...model import Quote, QuoteOccurrence, QuoteVariation, Source
from ...text.lexicon import analysis_language, lexicon_for
from ...text.normalise import collapse_whitespace, fold_quote_marks
from ...text.quotemarks import MIN_QUOTE_WORDS, quotation_spans
from ...text.script import UPPER
from .cues import FULL_QUOTE_WORDS, LEXICON, MAX_SPEAKER_WORDS, SPEECH_VERB
from .marks import ends_on_question
from .names import word_tokens

# --------------------------------------------------------------------------- group

# Words are mapped to characters from here on (a private-use block) to compare them as units.
_FIRST_WORD_CODE = 0xF0000
_ELLIPSIS_TOKEN = "…"
_FUNCTION_WORDS = LEXICON.quotation_function_words
_INSERTION_TOKEN = "[…]"
# How many words of the other version a bracketed insertion ("[Trump]") may stand for.
_INSERTION_SPAN = 3
# Pairs this alike are one utterance without further evidence; below it they must share a run of words.
_STRONG_SIMILARITY = 80.0
_SHARED_RUN_WORDS = 5
# Below this many content words a quotation is compared in order only (see _similarity).
_MIN_CONTENT_WORDS_FOR_SETS = 3
#: Below this many content words, a quotation matched as a subset of another must match more closely.
_CONTENT_WORDS_FOR_A_SUBSET = 5
_VARIATION_PIECE = re.compile(r"\[[^\]]*\]|\([^)]*\)|\.{2,}|…|[\w']+")


def group_quotes(
    sources: Sequence[Source], occurrences: Sequence[QuoteOccurrence], settings: AnalysisSettings
) -> tuple[Quote, ...]:
    """Group occurrences of the same utterance across sources into ``Quote``s, in reading order."""
    source_order = {source.id: i for i, source in enumerate(sources)}
    ordered = sorted(
        occurrences, key=lambda o: (source_order.get(o.source_id, len(source_order)), o.source_id, o.paragraph, o.start)
    )
    if not ordered:
        return ()
    # Many sources print a remark word for word: each wording is scored once, and its copies are
    # joined to one another first, so the work grows with the distinct wordings.
    comparable = [comparable_words(_own_words(occurrence.text)) for occurrence in ordered]
    copies: dict[str, list[int]] = {}
    for index, wording in enumerate(comparable):
        copies.setdefault(wording, []).append(index)
    wordings = list(copies)
    first = [copies[wording][0] for wording in wordings]
    threshold = settings.quote_threshold * 100
    scores = _similarity(wordings)
    for u, v in scores:
        texts = ordered[first[u]].text, ordered[first[v]].text
        if any("[" in text for text in texts) and _same_or_cut(*texts):
            # "We will rebuild [the bridge]" is "We will rebuild it": an editor's insertion stands
            # for the words it replaces, which word-by-word scores cannot see.
            scores[(u, v)] = 100.0
        elif _share_a_sentence(*texts):
            # "We hear you. We will sit down ..." and "Let me be clear. We hear you.": two excerpts
            # of one statement, overlapping by a whole sentence.
            scores[(u, v)] = max(scores[(u, v)], _STRONG_SIMILARITY)
        elif _asks(texts[0]) != _asks(texts[1]) and not _contained(wordings[u], wordings[v]):
            # "The boss never reads the fine print" and a reporter's "Are you the boss who never reads
            # the fine print?": a question put back in the words of a remark is another utterance.
            scores[(u, v)] = 0.0
    negations = frozenset().union(
        *(lexicon_for(analysis_language(source.metadata.language)).negations for source in sources)
    )
    speakers = [frozenset(s for i in copies[wording] if (s := ordered[i].speaker)) for wording in wordings]
    alike = _ranked_pairs(wordings, scores, threshold, negations, speakers)
    same = [(found[k], found[k + 1]) for found in copies.values() for k in range(len(found) - 1)]
    pairs = sorted(same) + [(first[u], first[v]) for u, v in alike]
    utterance, split = _utterances(sources, ordered)
    groups = _connected_groups(ordered, comparable, pairs, utterance, split)
    return tuple(_quote([ordered[i] for i in members]) for members in groups)


def _own_words(text: str) -> str:
    """A quotation's words without a quotation nested in it ("She used to tell me, 'Nobody is above
    the law'"): the nested words are another speaker's utterance, which another source may print
    alone, so they make the two no more one remark. The whole text where little else is left."""
    nested = [span for span in quotation_spans(text) if len(text[span.start : span.end].split()) >= MIN_QUOTE_WORDS]
    if not nested:
        return text
    pieces, at = [], 0
    for span in nested:
        pieces.append(text[at : span.mark_start])
        at = span.mark_end
    rest = " ".join([*pieces, text[at:]])
    return rest if len(comparable_words(rest).split()) >= MIN_QUOTE_WORDS else text


def _asks(text: str) -> bool:
    """Whether a quotation is one question: a sentence ending on a question mark, none before it
    ("Students were promised a pass. Where is it?" is mostly a statement)."""
    return ends_on_question(text) and _SENTENCE_END.search(text[: text.rfind("?")]) is None


#: A full stop, "!" or "?" before a space: a sentence ends inside a quotation.
_SENTENCE_END = re.compile(r"[.!?]\s")


def _contained(a: str, b: str) -> bool:
    """Whether one wording holds the other whole (a cut of it)."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


# Echoes (quotes/echoes.py) and grouping both compare every quotation: its words are read once.
@functools.lru_cache(maxsize=16384)
def comparable_words(text: str) -> str:
    """Lower case words only: brackets, ellipses and punctuation do not make quotations differ,
    contractions are spelt out (``aren't`` = ``are not``) and words spelt two ways are spelt one
    way (``defence`` = ``defense``), as reporters write them either way."""
    text = fold_quote_marks(text.lower())
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(1)], text)
    # "ninety" and "90": reporters write a number either way; "defence" and "defense" too.
    words = re.sub(r"[^\w\s']", " ", text).split()
    return " ".join(_NUMBER_WORDS.get(word, _SPELLINGS.get(word, word)) for word in words)


_CONTRACTIONS = LEXICON.contractions
_NUMBER_WORDS = LEXICON.number_words
_SPELLINGS = LEXICON.spelling_variants
# Longest first, so "can't" is spelt out whole before its "n't" could be.
_CONTRACTION = re.compile("(" + "|".join(re.escape(c) for c in sorted(_CONTRACTIONS, key=len, reverse=True)) + r")\b")


#: How many of a quotation's rarest content words find its candidate partners: a partner that is
#: the same utterance holds them (a version inside a longer one holds all its words).
_RAREST_WORDS = 3
#: A content word in more quotations than this says nothing of which utterance a quotation is;
#: walking its postings for every quotation would make grouping quadratic again.
_MAX_POSTING = 500


def _candidates(words: list[list[str]]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, that may be one utterance: ``j`` holds one of ``i``'s rarest
    content words, or the reverse, or the two share a run of ``_SHARED_RUN_WORDS`` words that
    are not all function words (what a pair less than strongly alike must share, see
    ``_ranked_pairs``). A quotation with too few content words to be told apart by them (``good
    right now``) probes with its rarest words of any kind instead."""
    content = [[w for w in ws if w not in _FUNCTION_WORDS] for ws in words]
    frequency = Counter(word for ws in content for word in set(ws))
    postings: dict[str, list[int]] = {}
    for index, ws in enumerate(words):
        for word in set(ws):
            postings.setdefault(word, []).append(index)
    pairs: set[tuple[int, int]] = set()
    runs: dict[tuple[str, ...], list[int]] = {}
    for index, ws in enumerate(words):
        for start in range(len(ws) - _SHARED_RUN_WORDS + 1):
            run = tuple(ws[start : start + _SHARED_RUN_WORDS])
            if not all(word in _FUNCTION_WORDS for word in run):
                runs.setdefault(run, []).append(index)
    for found in runs.values():
        if len(found) <= _MAX_POSTING:
            pairs.update((a, b) for a in found for b in found if a < b)
    for index, ws in enumerate(content):
        probes = sorted(set(ws), key=lambda word: (frequency[word], word))[:_RAREST_WORDS]
        if len(set(ws)) < _MIN_CONTENT_WORDS_FOR_SETS:
            probes = sorted(set(words[index]), key=lambda word: (len(postings[word]), word))[:_RAREST_WORDS]
        for word in probes:
            found = postings.get(word, [])
            if len(found) > _MAX_POSTING:
                continue
            pairs.update((min(index, other), max(index, other)) for other in found if other != index)
    return sorted(pairs)


def _similarity(comparable: list[str]) -> dict[tuple[int, int], float]:
    """The 0..100 similarity of the candidate pairs of quotations (see ``_candidates``), compared
    word by word.

    Each distinct word becomes one character, so rapidfuzz's scorers count shared words rather
    than shared letters (which make any two English sentences look half alike). partial_ratio finds
    one version inside a longer one, in order; token_set_ratio survives reordering, and looks only at
    content words, since "it", "was" and "the" are shared by any two quotations. Short quotations
    must match more closely: three words share two by chance.
    """
    words = [text.split() for text in comparable]
    pairs = _candidates(words)
    if not pairs:
        return {}
    similarity = _pair_similarities(words, pairs)
    return {pair: float(score) for pair, score in zip(pairs, similarity.tolist(), strict=True)}


def _pair_similarities(words: list[list[str]], pairs: list[tuple[int, int]]) -> np.ndarray:
    """The similarity (see ``_similarity``) of each pair of word lists."""
    vocabulary: dict[str, str] = {}

    def letters(ws: list[str]) -> str:
        return "".join(vocabulary.setdefault(w, chr(_FIRST_WORD_CODE + len(vocabulary))) for w in ws)

    ordered = [letters(ws) for ws in words]
    content = [" ".join(letters([w]) for w in ws if w not in _FUNCTION_WORDS) for ws in words]
    first = [i for i, _ in pairs]
    second = [j for _, j in pairs]
    partial = process.cpdist([ordered[i] for i in first], [ordered[j] for j in second], scorer=fuzz.partial_ratio)
    token_set = process.cpdist([content[i] for i in first], [content[j] for j in second], scorer=fuzz.token_set_ratio)
    # token_set_ratio is 100 whenever one quotation's content words all occur in the other, so
    # for a short quotation ("good right now") it matches any long one using two of its words:
    # it only counts when both have enough content words to make a subset mean something.
    content_counts = np.array([len(text.split()) for text in content], dtype=np.int64)
    enough = np.minimum(content_counts[first], content_counts[second]) >= _MIN_CONTENT_WORDS_FOR_SETS
    # A subset of few content words is weak evidence: three of four words shared score as high as
    # a long version containing a short one; the fewer the words, the closer a match must be.
    fewest = np.maximum(np.minimum(content_counts[first], content_counts[second]), 1)
    set_strictness = np.maximum(1.0, _CONTENT_WORDS_FOR_A_SUBSET / fewest)
    token_set = 100.0 - (100.0 - np.asarray(token_set)) * set_strictness
    raw = np.where(enough, np.maximum(partial, token_set), partial)
    lengths = np.array([max(len(ws), 1) for ws in words], dtype=np.float64)
    strictness = np.maximum(1.0, FULL_QUOTE_WORDS / np.minimum(lengths[first], lengths[second]))
    return np.clip(100.0 - (100.0 - raw) * strictness, 0.0, 100.0)


def _is_reworded_in(piece: str, whole: str) -> bool:
    """Whether a piece of a remark is, reworded a little, inside another source's version."""
    return float(_pair_similarities([piece.split(), whole.split()], [(0, 1)])[0]) >= _STRONG_SIMILARITY


def _ranked_pairs(
    comparable: list[str],
    scores: dict[tuple[int, int], float],
    threshold: float,
    negations: frozenset[str],
    speakers: Sequence[frozenset[str]],
) -> list[tuple[int, int]]:
    """Pairs that may be one utterance, most alike first.

    A pair below ``_STRONG_SIMILARITY`` must also share a run of words that is not only function
    words (``one of the banes of our existence``): scattered shared words (``commit suicide``,
    ``grade crossing``) are the story's topic, not the same remark. Among equally alike pairs, the
    pair in which one version is a cut of the other comes first ("use the lowest dose for the
    shortest time" joins the remark that holds those words in a row, not another advice that has
    them all with others between: "use the lowest effective dose for the shortest possible time"),
    then the pair more alike as a whole (a copy before a three-word subset, which also scores
    100), then a version found at the start of a longer one, so a quotation that runs two remarks
    together joins the group of the remark it opens with. Before both, among equally alike pairs,
    those whose sources name different speakers come last: a slogan ("the sea is not for sale")
    that opens two speakers' remarks joins the remark of the one its source says spoke it.
    ``speakers``: the names each wording's sources give.
    """
    words = [text.split() for text in comparable]
    ranked = []
    for (i, j), score in scores.items():
        if score < threshold:
            continue
        if score < _STRONG_SIMILARITY and not _share_a_run(words[i], words[j]):
            continue
        if _one_denies_the_other(words[i], words[j], negations):
            continue
        named_apart = bool(speakers[i] and speakers[j]) and not any(
            _one_person(a, b) for a in speakers[i] for b in speakers[j]
        )
        scattered = not _contained(comparable[i], comparable[j])
        closeness = -_closeness(words[i], words[j])
        ranked.append((-score, named_apart, scattered, closeness, _alignment_offset(words[i], words[j]), i, j))
    return [(i, j) for *_, i, j in sorted(ranked)]


def _one_denies_the_other(a: list[str], b: list[str], negations: frozenset[str]) -> bool:
    """ "We will raise taxes" and "We will not raise taxes": a denial one wording adds or drops in a
    small edit between words the two share, so they are two remarks however many words they share.
    A longer stretch one version has and the other leaves out ("We did not expect ... an honour")
    is another excerpt of the remark, not a denial; and where both deny ("We had no warning,
    none"), one only denies more emphatically."""
    if not negations.intersection(a) and not negations.intersection(b):
        return False
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # Where the two run alike: from the first stretch they share to the last.
    head = opcodes[0] if opcodes[0][0] != "equal" else None
    tail = opcodes[-1] if opcodes[-1][0] != "equal" else None
    shared_a = a[head[2] if head else 0 : tail[1] if tail else len(a)]
    shared_b = b[head[4] if head else 0 : tail[3] if tail else len(b)]
    if negations.intersection(shared_a) and negations.intersection(shared_b):
        return False
    for tag, a_start, a_end, b_start, b_end in opcodes[1:-1]:
        if tag == "equal" or (a_end - a_start) + (b_end - b_start) > _LONGEST_DENIAL_EDIT:
            continue
        if sum(word in negations for word in a[a_start:a_end]) != sum(word in negations for word in b[b_start:b_end]):
            return True
    return False


#: Words an edit that turns a remark into its denial changes ("no longer", "will not").
_LONGEST_DENIAL_EDIT = 3


@functools.lru_cache(maxsize=16384)
def _share_a_sentence(a: str, b: str) -> bool:
    """Whether two versions, each of two sentences or more, hold one whole sentence alike (of three
    words or more, one of them no function word)."""
    shared = _sentences(a) & _sentences(b)
    return any(
        len(words) >= MIN_QUOTE_WORDS and any(word not in _FUNCTION_WORDS for word in words)
        for words in (sentence.split() for sentence in shared)
    )


@functools.lru_cache(maxsize=16384)
def _sentences(text: str) -> frozenset[str]:
    """A version's sentences, compared as words; none when it is one sentence or less."""
    pieces = [comparable_words(piece) for piece in re.split(r"(?<=[.!?])\s+", text.strip())]
    pieces = [piece for piece in pieces if piece]
    return frozenset(pieces) if len(pieces) > 1 else frozenset()


def _share_a_run(a: list[str], b: list[str]) -> bool:
    size = min(_SHARED_RUN_WORDS, len(a), len(b))
    runs = {tuple(a[k : k + size]) for k in range(len(a) - size + 1)}
    return any(
        run in runs and not all(word in _FUNCTION_WORDS for word in run)
        for run in (tuple(b[k : k + size]) for k in range(len(b) - size + 1))
    )


def _closeness(a: list[str], b: list[str]) -> float:
    """How alike two versions are whole, word by word: a subset of a few content words scores as
    high as a copy on the ranking's main score, and the copy must still come first."""
    return fuzz.ratio(*_encoded(a, b))


def _encoded(*versions: list[str]) -> list[str]:
    """Each version as one character per word, shared words sharing a character."""
    vocabulary: dict[str, str] = {}
    return ["".join(vocabulary.setdefault(w, chr(_FIRST_WORD_CODE + len(vocabulary))) for w in ws) for ws in versions]


def _alignment_offset(a: list[str], b: list[str]) -> int:
    """Where, in words, the shorter version best lines up with the longer one."""
    encoded = _encoded(*sorted((a, b), key=len))
    alignment = fuzz.partial_ratio_alignment(encoded[0], encoded[1])
    # rapidfuzz answers None only below a score_cutoff, and none is given.
    return alignment.dest_start if alignment is not None else 0


def _utterances(sources: Sequence[Source], occurrences: list[QuoteOccurrence]) -> tuple[list[int], list[bool]]:
    """For each occurrence, the first occurrence of the utterance it belongs to in its source, and
    whether it follows the one before in its paragraph with only an attribution between.

    A sentence broken by its attribution (``"If it rains," Lee said, "we stay home."``) is one
    utterance in two spans, which another source may print whole; so is a quotation left open at
    the end of a paragraph and carried on by the next one (the news convention for a long quote).
    Two quoted sentences on either side of ``Lee said.`` are only split by an attribution: two
    remarks, or one remark another source prints whole, which only the other source can tell.
    """
    paragraphs = {(source.id, p.index): p.text for source in sources for p in source.paragraphs}
    utterance = list(range(len(occurrences)))
    split = [False] * len(occurrences)
    for i in range(1, len(occurrences)):
        before, after = occurrences[i - 1], occurrences[i]
        if before.source_id != after.source_id:
            continue
        text = paragraphs.get((after.source_id, before.paragraph), "")
        if before.paragraph == after.paragraph:
            between = text[before.end : after.start]
            joined = _is_mid_sentence_attribution(between)
            split[i] = 0 < len(word_tokens(between)) <= MAX_SPEAKER_WORDS and SPEECH_VERB.search(between) is not None
        else:
            joined = after.paragraph == before.paragraph + 1 and _runs_on(text, before.end, after.start)
        if joined:
            utterance[i] = utterance[i - 1]
    return utterance, split


def _runs_on(paragraph: str, quotation_end: int, next_start: int) -> bool:
    """Whether a quotation ending at ``quotation_end`` is left open to the paragraph's end, and the
    next paragraph's quotation opens its paragraph (``next_start`` is just past the opening mark)."""
    return next_start <= 2 and not paragraph[quotation_end:].strip(" \t\n,.;:!?…")


def _is_mid_sentence_attribution(text: str) -> bool:
    """``," Lee said, "`` or ``," said Ann Lee, a clerk, "``: a speaker and a verb, the sentence going on."""
    words = word_tokens(text)
    return (
        0 < len(words) <= MAX_SPEAKER_WORDS
        and SPEECH_VERB.search(text) is not None
        and not re.search(rf"[!?…]|(?<!{UPPER})\.(?=\s)", text)
        and text.rstrip(" “\"«‘'`").endswith((",", ":", "—", "–"))
    )


def _connected_groups(
    occurrences: list[QuoteOccurrence],
    comparable: list[str],
    pairs: list[tuple[int, int]],
    utterance: list[int],
    split: list[bool],
) -> list[list[int]]:
    """Join the most similar pairs first, never putting two different quotations of one source together
    (two spans of one utterance are not different quotations, nor are two pieces of a remark
    another source in the group prints whole)."""
    group_of = list(range(len(occurrences)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(occurrences))}
    # Each group's members by source: only members of one source can keep two groups apart.
    by_source: dict[int, dict[str, list[int]]] = {i: {o.source_id: [i]} for i, o in enumerate(occurrences)}
    for i, j in pairs:
        a, b = group_of[i], group_of[j]
        if a == b or not _may_join(by_source[a], by_source[b], occurrences, comparable, utterance, split):
            continue
        keep, gone = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for member in members[gone]:
            group_of[member] = keep
        members[keep].extend(members.pop(gone))
        for source_id, found in by_source.pop(gone).items():
            by_source[keep].setdefault(source_id, []).extend(found)
    return sorted(sorted(found) for found in members.values())


def _may_join(
    first: dict[str, list[int]],
    second: dict[str, list[int]],
    occurrences: list[QuoteOccurrence],
    comparable: list[str],
    utterance: list[int],
    split: list[bool],
) -> bool:
    """Whether two groups may be one: no source has two different quotations in them. One source
    quoting the same words twice (a repeated paragraph, a pull quote) is one utterance, and so are
    two pieces of one remark split by an attribution when another source in the groups prints the
    pieces as one quotation."""

    def printed_whole(i: int, j: int) -> bool:
        if abs(i - j) != 1 or not split[max(i, j)]:
            return False
        whole = f"{occurrences[min(i, j)].text} {occurrences[max(i, j)].text}"
        whole_words = f"{comparable[min(i, j)]} {comparable[max(i, j)]}".split()
        source_id = occurrences[i].source_id
        return any(
            _same_or_cut(whole, occurrences[k].text)
            # ... or reworded a little, as one remark is ("... ran up the steps [...] and somehow").
            or _closeness(whole_words, comparable[k].split()) >= _STRONG_SIMILARITY
            for group in (first, second)
            for other, found in group.items()
            if other != source_id
            for k in found
        )

    def pieces_of_one(i: int, j: int) -> bool:
        # Two cuts of a remark the groups hold whole ("stupid plastic button" and "a bunch of jerks"),
        # or two pieces split by an attribution that another source prints as one quotation, reworded
        # a little ("He was intent at that time on taking his own life" and "He exited the vehicle"
        # in "I think his intent at that time was to take his own life ... He exited the vehicle").
        split_pieces = abs(i - j) == 1 and split[max(i, j)]

        def part_of(piece: int, k: int) -> bool:
            # A cut of the whole, or an excerpt overlapping it by a sentence ("Let me be clear. We
            # hear you." beside "We hear you. We will sit down ...").
            piece_text, whole = occurrences[piece].text, occurrences[k].text
            return _is_cut_from(piece_text, whole) or _share_a_sentence(piece_text, whole)

        def both_in(k: int) -> bool:
            if part_of(i, k):
                return part_of(j, k)
            return (
                split_pieces
                and occurrences[k].source_id != occurrences[i].source_id
                and _is_reworded_in(comparable[i], comparable[k])
                and _is_reworded_in(comparable[j], comparable[k])
            )

        # Each version once: a wire quotation printed alike by hundreds of sources is one text to try.
        tried: set[tuple[str, bool]] = set()
        for k in (k for group in (first, second) for found in group.values() for k in found if k not in (i, j)):
            version = (occurrences[k].text, occurrences[k].source_id != occurrences[i].source_id)
            if version not in tried:
                tried.add(version)
                if both_in(k):
                    return True
        return False

    return all(
        utterance[i] == utterance[j]
        or _same_or_cut(occurrences[i].text, occurrences[j].text)
        or printed_whole(i, j)
        or pieces_of_one(i, j)
        for source_id, found in first.items()
        for i in found
        for j in second.get(source_id, ())
    )


def _same_or_cut(a: str, b: str) -> bool:
    return _same_words(a, b) or _is_cut_from(a, b) or _is_cut_from(b, a)


def _quote(occurrences: list[QuoteOccurrence]) -> Quote:
    pairs = sorted(f"{o.source_id}\x1f{o.text}" for o in occurrences)
    digest = hashlib.sha1("\x1e".join(pairs).encode("utf-8")).hexdigest()[:8]
    variation = _variation([o.text for o in occurrences])
    speaker = _main_speaker(occurrences)
    return Quote(f"q-{digest}", speaker, _named_elsewhere(occurrences, speaker), variation)


def _named_elsewhere(occurrences: list[QuoteOccurrence], speaker: str | None) -> tuple[QuoteOccurrence, ...]:
    """The occurrences, those whose source names nobody given the speaker the other sources name.

    A source that prints a remark with "he said" after a paragraph about someone else, or with no
    attribution at all, still carries that person's words. Only when every source that names a
    speaker names the same person: where they differ, the versions without one stay unattributed
    rather than take a side.
    """
    named = [o.speaker for o in occurrences if o.speaker]
    if speaker is None or not all(_one_person(name, speaker) for name in named):
        return tuple(occurrences)
    return tuple(o if o.speaker else dataclasses.replace(o, speaker_elsewhere=speaker) for o in occurrences)


def _one_person(a: str, b: str) -> bool:
    """``Putin`` and ``Vladimir Putin``, in either order."""
    short, long = sorted((a, b), key=lambda name: len(name.split()))
    return _same_person(short, long)


def _main_speaker(occurrences: list[QuoteOccurrence]) -> str | None:
    """The speaker most sources name, counting ``Putin`` as ``Vladimir Putin`` when both appear."""
    named = [o.speaker for o in occurrences if o.speaker]
    if not named:
        return None
    # Each distinct name once, in first-seen order: a wire quotation in 400 sources names one
    # speaker 400 times.
    distinct = list(dict.fromkeys(named))
    fullest = {
        name: max((other for other in distinct if _same_person(name, other)), key=lambda n: len(n.split()))
        for name in distinct
    }
    # Counter.most_common keeps first-seen order among equal counts, so ties go to the earliest source.
    return Counter(fullest[name] for name in named).most_common(1)[0][0]


def _same_person(short: str, long: str) -> bool:
    short_tokens, long_tokens = short.split(), long.split()
    return short_tokens[-1] == long_tokens[-1] and set(short_tokens) <= set(long_tokens)


def _variation(texts: list[str]) -> QuoteVariation:
    """How the versions of one quotation differ.

    ``identical``: the same characters (quote-mark and spacing forms aside); ``punctuation``: the same
    words, differing only in punctuation, case, ``[insertions]`` or ``(clarifications)``;
    ``truncated``: every version is the fullest one, or a cut or elision (``...``) of it, or each is a
    cut of another; ``reworded``: anything else.
    """
    if len({_identity(t) for t in texts}) == 1:
        return "identical"
    # A version printed alike by many sources is compared once: a wire quotation in 300 sources
    # made 45,000 pairs of the same two strings. Equal strings always match each other.
    texts = list(dict.fromkeys(texts))
    pairs = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :]]
    if all(_same_words(a, b) for a, b in pairs):
        return "punctuation"
    fullest = max(texts, key=lambda t: len(_without_ellipses(_variation_tokens(t))))
    if all(_same_words(t, fullest) or _is_cut_from(t, fullest) for t in texts):
        return "truncated"
    if all(_same_or_cut(a, b) for a, b in pairs):
        return "truncated"
    return "reworded"


def _identity(text: str) -> str:
    return collapse_whitespace(fold_quote_marks(text))


# Grouping compares each quotation with many others, several ways each: tokenise it once.
@functools.lru_cache(maxsize=4096)
def _variation_tokens(text: str) -> tuple[str, ...]:
    """Words, with ``[insertions]`` as wildcards, ``(clarifications)`` dropped and ellipses kept as marks."""
    tokens = []
    for piece in _VARIATION_PIECE.findall(fold_quote_marks(text.lower())):
        if piece.startswith("["):
            tokens.append(_INSERTION_TOKEN)
        elif piece.startswith("("):
            continue
        elif piece.startswith((".", "…")):
            tokens.append(_ELLIPSIS_TOKEN)
        else:
            tokens.append(piece)
    return tuple(tokens)


@functools.lru_cache(maxsize=16384)
def _same_words(a: str, b: str) -> bool:
    """Equal up to punctuation, case, ``[insertions]`` standing for words and ``(clarifications)``."""
    return _tokens_match(_without_ellipses(_variation_tokens(a)), _without_ellipses(_variation_tokens(b)))


def _without_ellipses(tokens: Sequence[str]) -> list[str]:
    return [token for token in tokens if token != _ELLIPSIS_TOKEN]


@functools.lru_cache(maxsize=16384)
def _is_cut_from(short: str, long: str) -> bool:
    """``short`` is ``long`` with its start or end cut off, or words elided where it shows an ellipsis."""
    # Only the shorter version's ellipses stand for missing words; the longer one's hide words from both.
    return _tokens_match(
        [_ELLIPSIS_TOKEN, *_variation_tokens(short), _ELLIPSIS_TOKEN], _without_ellipses(_variation_tokens(long))
    )


def _tokens_match(a: list[str], b: list[str]) -> bool:
    """Whether two token lists match, an ellipsis standing for any run of words, an insertion for a
    few, with at least half the words of the shorter list matched word for word: an insertion or an
    ellipsis stands for some of a version's words, never for most of them ("[Flynn]" is no version
    of "anger and hatred")."""
    # The most words matched word for word on a way to each point, -1 where no way reaches it.
    matched = [[-1] * (len(b) + 1) for _ in range(len(a) + 1)]
    matched[0][0] = 0
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if matched[i][j] < 0:
                continue
            for next_i, next_j in _steps(a, b, i, j):
                literal = next_i == i + 1 and next_j == j + 1 and a[i] == b[j] and a[i] not in _WILDCARDS
                matched[next_i][next_j] = max(matched[next_i][next_j], matched[i][j] + literal)
    words = min(sum(token not in _WILDCARDS for token in tokens) for tokens in (a, b))
    return matched[len(a)][len(b)] >= 0 and 2 * matched[len(a)][len(b)] >= words


_WILDCARDS = frozenset({_ELLIPSIS_TOKEN, _INSERTION_TOKEN})


def _steps(a: list[str], b: list[str], i: int, j: int) -> list[tuple[int, int]]:
    steps = []
    if i < len(a) and a[i] == _ELLIPSIS_TOKEN:
        steps += [(i + 1, j)] + ([(i, j + 1)] if j < len(b) else [])
    if j < len(b) and b[j] == _ELLIPSIS_TOKEN:
        steps += [(i, j + 1)] + ([(i + 1, j)] if i < len(a) else [])
    if i < len(a) and a[i] == _INSERTION_TOKEN:
        steps += [(i + 1, j + k) for k in range(_INSERTION_SPAN + 1) if j + k <= len(b)]
    if j < len(b) and b[j] == _INSERTION_TOKEN:
        steps += [(i + k, j + 1) for k in range(_INSERTION_SPAN + 1) if i + k <= len(a)]
    if i < len(a) and j < len(b) and a[i] == b[j]:
        steps.append((i + 1, j + 1))
    return steps
