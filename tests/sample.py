"""A hand-built analysis for renderer tests: realistic, small, and hostile where it matters.

Three outlets report a council vote. The story has verbatim, close and reworded
passages, two sources telling passages in a different order, a quote in three
variant wordings, stripped furniture, metadata with gaps and a ``javascript:``
URL, and article text that tries HTML and template injection.
"""

from __future__ import annotations

from collections.abc import Sequence

from site_builder.analysis.reuse import find_overlaps
from site_builder.model import (
    Metadata,
    Paragraph,
    Passage,
    Quote,
    QuoteOccurrence,
    RemovedText,
    Sentence,
    Source,
    StoryAnalysis,
)

XSS_TEXT = "<script>alert(1)</script>"
TEMPLATE_TEXT = "{{ 7*7 }}"
JAVASCRIPT_URL = "javascript:alert(document.cookie)"


def _source(
    source_id: str,
    file: str,
    metadata: Metadata,
    paragraphs: Sequence[Sequence[str]],
    removed: Sequence[RemovedText] = (),
) -> Source:
    """A source whose paragraphs are its sentences joined by single spaces; ids count sentences from 1."""
    built: list[Paragraph] = []
    number = 0
    for index, sentence_texts in enumerate(paragraphs):
        sentences: list[Sentence] = []
        start = 0
        for text in sentence_texts:
            number += 1
            sentences.append(Sentence(f"{source_id}-s{number}", source_id, index, start, text))
            start += len(text) + 1
        built.append(Paragraph(index, " ".join(sentence_texts), 2 * index + 1, tuple(sentences)))
    return Source(source_id, file, metadata, tuple(built), tuple(removed))


def _occurrence(source: Source, sentence_id: str, quoted: str, speaker: str | None) -> QuoteOccurrence:
    sentence = next(s for s in source.sentences if s.id == sentence_id)
    paragraph = source.paragraphs[sentence.paragraph].text
    start = paragraph.index(quoted, sentence.start)
    return QuoteOccurrence(source.id, sentence_id, quoted, speaker, sentence.paragraph, start, start + len(quoted))


HERALD = _source(
    "harbour-herald",
    "bridge-vote/001-herald.txt",
    Metadata(
        title="Council votes to close Old Harbour Bridge",
        outlet="Harbour Herald",
        byline="Ana Costa",
        date="2025-03-03",
        url="https://example.org/news/bridge-vote?id=7&ref=home",
    ),
    [
        [
            "The city council voted on Monday to close the Old Harbour Bridge for two years of repairs.",
            "The decision passed by seven votes to four after a four-hour debate.",
        ],
        [
            "“We cannot keep patching a structure that is ninety years old,” said Mayor Lena Ortiz.",
            "Engineers found corrosion in three of the bridge's main cables last autumn.",
        ],
        [
            "A ferry service will run every fifteen minutes while the bridge is closed.",
            "Local shop owners called the closure “a disaster for footfall & trade”.",
        ],
        [f"One protester held a sign reading {XSS_TEXT} outside the hall."],
    ],
    [
        RemovedText("Share on Facebook", "navigation", 2),
        RemovedText('<iframe src="x" onload="alert(1)"></iframe>', "social-media embed", 9),
    ],
)

WIRE = _source(
    "city-wire",
    "bridge-vote/002-wire.md",
    Metadata(
        title="Old Harbour Bridge to shut for repairs",
        outlet="City Wire",
        date="2025-03-04",
        url=JAVASCRIPT_URL,
    ),
    [
        ["City councillors on Monday voted to shut the Old Harbour Bridge for two years of repairs."],
        [
            "“We cannot keep patching a structure that is 90 years old,” Mayor Lena Ortiz said.",
            "Engineers found corrosion in three of the bridge's main cables last autumn.",
            "The vote was seven to four.",
        ],
        [
            f'A council account posted "{TEMPLATE_TEXT}" by mistake during the debate.',
            "“It is a sad day for the harbour,” said shop owner Marco Reyes.",
        ],
        ["A ferry service will run every fifteen minutes while the bridge is closed."],
    ],
    [RemovedText("Advertisement", "advertisement", 5)],
)

NORTHERN = _source(
    "northern-notes",
    "bridge-vote/003-notes.txt",
    Metadata(title="Bridge to close for two years"),
    [
        ["The Old Harbour Bridge will close for two years, the council decided on Monday."],
        [
            "“We cannot keep patching a structure,” said Mayor Ortiz.",
            "Repairs are expected to cost 40 million euros.",
        ],
        [
            "Critics say the ferry cannot carry bicycles.",
            "“It is a sad day for the harbour!” said Marco Reyes.",
        ],
    ],
)

PASSAGES = (
    Passage("p1", ("harbour-herald-s1", "city-wire-s1", "northern-notes-s1"), 0.81, "close"),
    Passage("p2", ("harbour-herald-s2", "city-wire-s4"), 0.56, "reworded"),
    Passage("p3", ("harbour-herald-s3", "city-wire-s2", "northern-notes-s2"), 0.84, "close"),
    Passage("p4", ("harbour-herald-s4", "city-wire-s3"), 1.0, "verbatim"),
    Passage("p5", ("harbour-herald-s5", "city-wire-s7"), 1.0, "verbatim"),
    Passage("p6", ("city-wire-s6", "northern-notes-s5"), 0.97, "verbatim"),
)

QUOTES = (
    Quote(
        "q1",
        "Lena Ortiz",
        (
            _occurrence(
                HERALD,
                "harbour-herald-s3",
                "We cannot keep patching a structure that is ninety years old,",
                "Lena Ortiz",
            ),
            _occurrence(
                WIRE,
                "city-wire-s2",
                "We cannot keep patching a structure that is 90 years old,",
                "Lena Ortiz",
            ),
            _occurrence(NORTHERN, "northern-notes-s2", "We cannot keep patching a structure,", "Mayor Ortiz"),
        ),
        "reworded",
    ),
    Quote(
        "q2",
        "Marco Reyes",
        (
            _occurrence(WIRE, "city-wire-s6", "It is a sad day for the harbour,", "Marco Reyes"),
            _occurrence(NORTHERN, "northern-notes-s5", "It is a sad day for the harbour!", "Marco Reyes"),
        ),
        "punctuation",
    ),
    Quote(
        "q3",
        None,
        (_occurrence(HERALD, "harbour-herald-s6", "a disaster for footfall & trade", None),),
        "identical",
    ),
)

BRIDGE_STORY = StoryAnalysis(
    slug="bridge-vote",
    title="Old Harbour Bridge closure",
    directory="bridge-vote",
    sources=(HERALD, WIRE, NORTHERN),
    passages=PASSAGES,
    quotes=QUOTES,
    # Herald and Wire share long verbatim passages: about half of each is the other's text.
    overlaps=find_overlaps((HERALD, WIRE, NORTHERN)),
)

SOLO_STORY = StoryAnalysis(
    slug="lone-report",
    title="Lighthouse reopens",
    directory="lone-report",
    sources=(
        _source(
            "bay-gazette",
            "lone-report/001.txt",
            Metadata(outlet="Bay Gazette", date="2025-02-11"),
            [["The lighthouse on Gull Point reopened to visitors on Saturday after a year of restoration."]],
        ),
    ),
    passages=(),
    quotes=(),
)

SAMPLE_ANALYSES = (BRIDGE_STORY, SOLO_STORY)


def disagreeing_story() -> StoryAnalysis:
    """Two outlets give one storm's death toll differently (76 and 77) in a passage they share."""
    from site_builder.analysis.discrepancies import find_discrepancies

    texts = ["The storm killed 76 people on the coast, officials said.", "The storm killed 77 people on the coast."]
    sources = tuple(
        _source(f"s{n}", f"storm/s{n}.txt", Metadata(outlet=f"Outlet {n}"), [[text]]) for n, text in enumerate(texts, 1)
    )
    passage = Passage("p1", (sources[0].sentences[0].id, sources[1].sentences[0].id), 0.8, "close")
    found = find_discrepancies(sources, (passage,), ())
    return StoryAnalysis("storm", "Storm", "storm", sources, (passage,), (), discrepancies=found)


def crowded_story(count: int = 15, slug: str = "crowded") -> StoryAnalysis:
    """``count`` sources: one passage all carry, and one shared by each source and the next.

    Source k's closest counterparts are therefore its neighbours (two shared passages),
    then the earliest other sources (one shared passage), in story order.
    """
    sources = [
        _source(
            f"src-{k:02d}",
            f"{slug}/{k:02d}.txt",
            Metadata(outlet=f"Outlet {k:02d}", date=f"2025-01-{k:02d}"),
            [
                [
                    f"The storm reached the coast on Sunday, outlet {k} reports.",
                    f"Outlet {k} saw waves {k} metres high.",
                ],
                [f"Outlet {k} counted {k} closed roads.", f"Only outlet {k} spoke to the harbour master."],
            ],
        )
        for k in range(1, count + 1)
    ]
    passages = [Passage("p-all", tuple(f"src-{k:02d}-s1" for k in range(1, count + 1)), 0.9, "close")]
    for k in range(1, count):
        passages.append(Passage(f"p-{k:02d}", (f"src-{k:02d}-s2", f"src-{k + 1:02d}-s3"), 0.7, "reworded"))
    return StoryAnalysis(
        slug=slug,
        title="Storm reaches the coast",
        directory=slug,
        sources=tuple(sources),
        passages=tuple(passages),
        quotes=(),
    )
