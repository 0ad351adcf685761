"""Split cleaned paragraphs into sentences with ids that stay stable across rebuilds.

Where sentences end is the text layer's business (``text/sentences.py``); this stage
applies it to every paragraph and gives each sentence its id.
"""

from __future__ import annotations

import hashlib

from ..model import CleanedSource, Paragraph, Sentence, Source
from ..text.lexicon import analysis_language, lexicon_for
from ..text.normalise import collapse_whitespace
from ..text.sentences import split_sentences


def segment_source(cleaned: CleanedSource) -> Source:
    """Turn a cleaned article into paragraphs of sentences with story-unique, stable ids."""
    source_id = cleaned.raw.id
    lexicon = lexicon_for(analysis_language(cleaned.metadata.language))
    seen: dict[str, int] = {}
    paragraphs: list[Paragraph] = []
    for index, clean in enumerate(cleaned.paragraphs):
        sentences = []
        for start, end in split_sentences(clean.text, lexicon):
            sentence_text = clean.text[start:end]
            sentence_id = _sentence_id(source_id, sentence_text, seen)
            sentences.append(Sentence(sentence_id, source_id, index, start, sentence_text))
        paragraphs.append(Paragraph(index, clean.text, clean.line, tuple(sentences)))
    return Source(
        id=source_id,
        file=cleaned.raw.file,
        metadata=cleaned.metadata,
        paragraphs=tuple(paragraphs),
        removed=cleaned.removed,
    )


def _sentence_id(source_id: str, text: str, seen: dict[str, int]) -> str:
    # Hash the text rather than number the position, so editing one sentence keeps every other id.
    digest = hashlib.sha1(collapse_whitespace(text).encode("utf-8")).hexdigest()[:8]
    base = f"{source_id}-{digest}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"
