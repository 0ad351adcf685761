"""The benchmark's matching and scoring logic, on tiny fake analyses (no corpora needed)."""

from __future__ import annotations

import ast
import functools
import json
import operator
import re
from pathlib import Path

import pytest

from benchmarks.evaluate import (
    DEFAULT_CORPORA,
    GOLD_DIR,
    PRF,
    SCRAPES_DIR,
    SEEDS_DIR,
    SourceText,
    StoryScores,
    _overlapping,
    contains,
    evaluate_story,
    format_table,
    is_held_out,
    metadata_matches,
    names_match,
    normalise,
    score_analysis,
    scrape_set,
)
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


def _source(
    sid: str, texts: list[str], removed: tuple[RemovedText, ...] = (), metadata: Metadata | None = None
) -> Source:
    metadata = metadata or Metadata()
    sentences = tuple(
        Sentence(id=f"{sid}{i + 1}", source_id=sid, paragraph=i, start=0, text=text) for i, text in enumerate(texts)
    )
    paragraphs = tuple(Paragraph(index=i, text=s.text, line=i + 1, sentences=(s,)) for i, s in enumerate(sentences))
    return Source(id=sid, file=f"story/{sid}.txt", metadata=metadata, paragraphs=paragraphs, removed=removed)


def _occ(source_id: str, sentence_id: str, text: str, speaker: str | None) -> QuoteOccurrence:
    return QuoteOccurrence(source_id, sentence_id, text, speaker, paragraph=0, start=0, end=len(text))


def _quote(qid: str, *occurrences: QuoteOccurrence) -> Quote:
    return Quote(id=qid, speaker=occurrences[0].speaker, occurrences=occurrences, variation="identical")


def fake_analysis() -> StoryAnalysis:
    a = _source(
        "a",
        ["The train hit a car on the tracks.", "“It sounded like thunder,” said Karen Mendoza.", "Ten people died."],
        removed=(
            RemovedText("Home | News | Sports", "navigation", 1),
            RemovedText("The train hit a car on the tracks.", "repeated paragraph", 5),
        ),
        metadata=Metadata(title="Train crash kills ten.", date="2005-01-26"),
    )
    b = _source(
        "b",
        [
            "A train struck a car left on the rails.",
            "``It sounded like thunder,'' Mendoza said.",
            "Officials said ten people were killed.",
            '"Officials are looking into it now," a spokesman said.',
        ],
        metadata=Metadata(byline="By Jane Doe"),
    )
    c = _source(
        "c",
        ["The train hit a car on the tracks, police said.", 'The weather was fine, he called it "total nonsense".'],
        removed=(RemovedText("“We will rebuild the line,” Mayor Bob Smith said.", "photo caption", 9),),
        metadata=Metadata(date="2026-01-06"),
    )
    return StoryAnalysis(
        slug="story",
        title="Story",
        directory="story",
        sources=(a, b, c),
        passages=(
            Passage("p1", ("a1", "c1"), 0.9, "close"),
            Passage("p2", ("a3", "b3", "c2"), 0.6, "reworded"),
        ),
        quotes=(
            _quote("q1", _occ("a", "a2", "It sounded like thunder,", "Mendoza")),
            _quote("q2", _occ("b", "b2", "It sounded like thunder,", "Karen")),
            _quote("q3", _occ("c", "c2", "total nonsense", None)),
            _quote("q4", _occ("b", "b4", "Officials are looking into it now,", None)),
        ),
    )


GOLD = {
    "story": "story",
    "files": ["a.txt", "b.txt", "c.txt"],
    "metadata": {
        "a.txt": {"title": "Train crash kills ten", "outlet": None, "byline": None, "date": "2005-01-26"},
        "b.txt": {"title": None, "outlet": None, "byline": "Jane Doe", "date": None},
        "c.txt": {"title": None, "outlet": None, "byline": None, "date": "2005-01-27"},
    },
    "furniture": {
        "a.txt": {"lines": ["Home | News"], "repeated": ["The train hit a car on the tracks"]},
        "b.txt": {"lines": ["Posted by admin"], "repeated": []},
    },
    "facts": [
        {
            "note": "train hit car",
            "sentences": [
                {"file": "a.txt", "snippet": "The train hit a car"},
                {"file": "b.txt", "snippet": "A train struck a car"},
                {"file": "c.txt", "snippet": "The train hit a car on the tracks, police"},
            ],
        },
        [{"file": "a.txt", "snippet": "Ten people died"}, {"file": "b.txt", "snippet": "Officials said ten people"}],
    ],
    "quotes": [
        {
            "speaker": "Karen Mendoza",
            "occurrences": [
                {"file": "a.txt", "snippet": "It sounded like thunder", "speaker": "Karen Mendoza"},
                {"file": "b.txt", "snippet": "It sounded like thunder", "speaker": "Mendoza"},
            ],
        },
        {
            "speaker": "Bob Smith",
            "occurrences": [{"file": "c.txt", "snippet": "We will rebuild", "speaker": "Bob Smith"}],
        },
    ],
}


def test_normalise_ignores_case_quote_marks_and_whitespace() -> None:
    assert normalise("``It’s  a\n TEST,''") == normalise('"It\'s a test,"') == "its a test,"
    assert normalise("one — two…") == "one - two..."


def test_contains_exact_and_fuzzy() -> None:
    assert contains("``It sounded like thunder", "“It sounded like thunder,” she said")
    assert contains("Zelenskiy said he hoped", "Zelenskyy said he hoped to speak")  # one letter off
    assert not contains("Zelenskiy said he hoped", "Trump said he was unhappy")
    # a short text does not "contain" a long snippet just because it aligns inside it
    assert not contains("Video of the crash scene in Glendale", "Video")


def test_locate_finds_the_sentence_a_snippet_starts_in() -> None:
    sentences = [
        Sentence("s1", "x", 0, 0, "Please don't be angry."),
        Sentence("s2", "x", 0, 23, "I understand that we could talk more."),
    ]
    text = SourceText(sentences)
    # the annotator's sentence spans two of the pipeline's: it resolves to where it starts
    assert text.locate("Please don't be angry. I understand").sentence_id == "s1"
    assert text.locate("I UNDERSTAND that").sentence_id == "s2"
    assert text.locate("understand that we could talk mroe").sentence_id == "s2"  # fuzzy
    assert text.locate("Nothing like this") is None


def test_names_match_by_last_name() -> None:
    assert names_match("Glendale Police Chief Randy G. Adams", "Randy Adams")
    assert names_match("Zelenskyy", "Volodymyr Zelenskiy")
    assert not names_match("Karen", "Karen Mendoza")  # the tool left two forms of one name unmerged
    assert names_match("Karen Mendoza", "Karen")  # the gold gives the form the article used there
    assert names_match("GMB spokesman", "GMB") and names_match("BP", "BP spokesman")
    assert not names_match("Roe's spokeswoman", "Roe")
    assert not names_match(None, "Karen Mendoza")


def test_prf_values() -> None:
    prf = PRF(tp=2, fp=1, fn=3)
    assert prf.precision == pytest.approx(2 / 3)
    assert prf.recall == pytest.approx(2 / 5)
    assert prf.f1 == pytest.approx(0.5)
    assert PRF().f1 == 1.0  # nothing to find, nothing found


def test_score_analysis_on_a_fake_story() -> None:
    scores = score_analysis(fake_analysis(), GOLD)

    # facts: gold pairs a1-b1, a1-c1, b1-c1, a3-b3; pipeline a1-c1, a3-b3, a3-c2, b3-c2
    assert (scores.facts.tp, scores.facts.fp, scores.facts.fn) == (2, 2, 2)
    assert scores.facts.precision == 0.5 and scores.facts.recall == 0.5 and scores.facts.f1 == 0.5

    # quotes: 2 of 3 gold occurrences found; "total nonsense" (2 words) is neutral; one extra quote
    assert (scores.quote_detection.tp, scores.quote_detection.fp, scores.quote_detection.fn) == (2, 1, 1)
    assert scores.quote_detection.recall == pytest.approx(2 / 3)

    # grouping: the one gold cross-source pair (a, b) was not grouped; nothing wrongly grouped
    assert (scores.quote_grouping.tp, scores.quote_grouping.fp, scores.quote_grouping.fn) == (0, 0, 1)
    assert scores.quote_grouping.recall == 0.0 and scores.quote_grouping.precision == 1.0

    # speakers: "Mendoza" for Karen Mendoza is right, "Karen" is not
    assert (scores.speaker.right, scores.speaker.total) == (1, 2)

    # furniture: nav removed, "Posted by admin" not; the repeat is removed once and kept once
    assert (scores.furniture.right, scores.furniture.total) == (1, 2)
    assert (scores.repeated.right, scores.repeated.total) == (1, 1)

    # the mayor's quote sits only in removed text
    assert (scores.wrongly_removed, scores.article_snippets) == (1, 8)

    # metadata: title (trailing full stop ignored), date, byline ("By " ignored) right; c's date wrong
    assert (scores.metadata.right, scores.metadata.total) == (3, 4)
    assert any("metadata date: c.txt" in miss for miss in scores.misses)


def test_grouping_counts_wrong_groups() -> None:
    analysis = fake_analysis()
    merged = _quote(
        "q1",
        _occ("a", "a2", "It sounded like thunder,", "Karen Mendoza"),
        _occ("b", "b2", "It sounded like thunder,", "Mendoza"),
        _occ("b", "b4", "Officials are looking into it now,", None),
    )
    other = StoryAnalysis(
        analysis.slug, analysis.title, analysis.directory, analysis.sources, analysis.passages, (merged,)
    )
    gold = dict(GOLD)
    gold["quotes"] = GOLD["quotes"] + [
        {"speaker": None, "occurrences": [{"file": "b.txt", "snippet": "Officials are looking", "speaker": None}]}
    ]
    scores = score_analysis(other, gold)
    # a-b right; a-(officials) wrong; b-(officials) is within one source and not counted
    assert (scores.quote_grouping.tp, scores.quote_grouping.fp, scores.quote_grouping.fn) == (1, 1, 0)
    assert scores.quote_grouping.f1 == pytest.approx(2 / 3)
    assert (scores.speaker.right, scores.speaker.total) == (2, 2)  # the unattributed one is not scored
    assert (scores.quote_detection.tp, scores.quote_detection.fp, scores.quote_detection.fn) == (3, 0, 1)


def test_format_table_adds_a_total_row() -> None:
    one = score_analysis(fake_analysis(), GOLD)
    two = score_analysis(fake_analysis(), GOLD)
    two.story = "second"
    table = format_table([one, two])
    assert "TOTAL" in table and "second" in table
    assert "0.50/0.50/0.50" in table


# ------------------------------------------------------------------ the gold files themselves


def _gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.stem)
def test_gold_file_is_consistent(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    files = set(gold["files"])
    assert set(gold["metadata"]) == files
    for fields in gold["metadata"].values():
        assert set(fields) == {"title", "outlet", "byline", "date"}
        assert fields["date"] is None or len(fields["date"]) == 10
    assert set(gold["furniture"]) <= files
    seen = set()
    for group in gold["facts"]:
        members = group["sentences"] if isinstance(group, dict) else group
        assert len({m["file"] for m in members}) >= 2, members
        for m in members:
            assert m["file"] in files
            key = (m["file"], normalise(m["snippet"]))
            assert key not in seen, f"snippet in two fact groups: {key}"
            seen.add(key)
    for group in gold["quotes"]:
        assert group["occurrences"]
        for occ in group["occurrences"]:
            assert occ["file"] in files and occ["snippet"]

    # every snippet must occur in its article (checked where the articles are available)
    places = (
        SEEDS_DIR / path.stem,
        SCRAPES_DIR / path.stem,
        DEFAULT_CORPORA / path.stem,
        DEFAULT_CORPORA / "multinews-dev" / path.stem,
    )
    story_dir = next((d for d in places if d.is_dir()), None)
    if story_dir is None:
        pytest.skip("articles not available")
    texts = {f: normalise((story_dir / f).read_text(encoding="utf-8")) for f in files}
    snippets = [
        (m["file"], m["snippet"]) for g in gold["facts"] for m in (g["sentences"] if isinstance(g, dict) else g)
    ]
    snippets += [(o["file"], o["snippet"]) for g in gold["quotes"] for o in g["occurrences"]]
    for file, furniture in gold["furniture"].items():
        snippets += [(file, s) for s in furniture["lines"] + furniture["repeated"]]
    snippets += [(file, s) for file, lines in gold.get("article_lines", {}).items() for s in lines]
    missing = [(f, s) for f, s in snippets if normalise(s) not in texts[f]]
    assert not missing


# ---------------------------------------------------------- accuracy targets on the bundled story

BUNDLED = "putin-trump-call-2025"


@pytest.fixture(scope="module")
def bundled_scores() -> StoryScores:
    from site_builder.config import AnalysisSettings

    return evaluate_story(SEEDS_DIR / BUNDLED, GOLD_DIR / f"{BUNDLED}.json", AnalysisSettings())


def test_quote_furniture_and_metadata_targets_on_the_bundled_story(bundled_scores: StoryScores) -> None:
    s = bundled_scores
    assert s.quote_detection.recall >= 0.95, s.misses
    assert s.quote_grouping.recall >= 0.90, s.misses
    assert s.speaker.value >= 0.90, s.misses
    assert s.furniture.value == 1.0 and s.repeated.value == 1.0, s.misses
    assert s.wrongly_removed == 0, s.misses
    assert s.metadata.value == 1.0, s.misses


@pytest.mark.xfail(
    strict=True,
    reason="not reached: fact alignment F1 0.64 (precision 0.97) on the bundled gold; paraphrases "
    "sharing few words are missed (see benchmarks/gold/README.md)",
)
def test_fact_alignment_target_on_the_bundled_story(bundled_scores: StoryScores) -> None:
    s = bundled_scores
    assert s.facts.f1 >= 0.85 and s.facts.precision >= 0.90, s.misses


def test_two_excerpts_of_one_remark_without_shared_wording_are_told_apart() -> None:
    assert _overlapping("I turn on the TV and I see chaos. Chaos.", "I turn on the TV and I see chaos, he said")
    assert _overlapping("out of control", "the press honestly is out of control.")
    assert not _overlapping("I turn on the TV and I see chaos.", "Yet it is the exact opposite of chaos.")


def test_an_outlet_matches_under_any_name_the_outlet_list_gives_it() -> None:
    from benchmarks.evaluate import metadata_matches

    assert metadata_matches("outlet", "Daily News", "New York Daily News")
    assert metadata_matches("outlet", "The Boston Globe", "Boston Globe")
    assert not metadata_matches("outlet", "Daily News", "Los Angeles Daily News")
    assert not metadata_matches("outlet", None, "Boston Globe")


def test_a_surname_written_apart_or_together_is_one_name() -> None:
    from benchmarks.evaluate import names_match

    assert names_match("Frank Vander Sloot", "Frank VanderSloot")
    assert names_match("Ann Lee", "Lee")
    assert not names_match("Trump Train", "Trump")
    assert not names_match("Vander", "Frank VanderSloot")


def test_a_party_and_state_tag_is_not_part_of_the_name() -> None:
    from benchmarks.evaluate import names_match

    assert names_match("Pat Toomey", "Sen. Pat Toomey (R-Pa.)")
    assert names_match("Pat Toomey", "Sen. Pat Toomey R-Pa.")
    assert not names_match("Pat Roberts", "Sen. Pat Toomey R-Pa.")


@pytest.mark.parametrize(
    ("found", "expected", "same"),
    [
        ("Carver Falls Register", "The Carver Falls Register", True),
        ("WXYZ 8", "WXYZ", True),
        ("Example Insider Online", "Example Insider", True),
        ("Example Insider", "Example Weekly", False),
        ("Example", "Example Radio News", False),  # two words more is another name
        ("Reporter", "WXYZ 9 News Now", False),
    ],
)
def test_an_outlet_matches_with_or_without_its_article_or_one_word_after(found: str, expected: str, same: bool) -> None:
    assert metadata_matches("outlet", found, expected) is same


# ------------------------------------------------- issue 12's targets on the scrape set (in the repository)

# The development part only: the held-out scrape stories are scored by benchmarks.evaluate, totals
# only. Each development set is pinned on the targets it meets (benchmarks/gold/README.md has the
# figures of every set): the grouping target on every story of the first and third sets (three of
# the fourth set's stories are short of its recall, by pairs of different sentences of one statement
# that share no wording); the cleaning, outlet and headline targets on the first, third and fourth
# (the sixth, other kinds of scrape, is short of the outlet target: 15/19). A set joins a list when
# it meets the targets.
_DEVELOPMENT = sorted(path for path in SCRAPES_DIR.iterdir() if path.is_dir() and not is_held_out(path))
_GROUPING_SETS = {1, 3}
_CLEANING_SETS = {1, 3, 4}
SCRAPE_STORIES = [path.name for path in _DEVELOPMENT if scrape_set(path) in _CLEANING_SETS]
GROUPING_STORIES = [path.name for path in _DEVELOPMENT if scrape_set(path) in _GROUPING_SETS]


def test_every_scrape_story_names_its_set() -> None:
    sets = {path.name: scrape_set(path) for path in SCRAPES_DIR.iterdir() if path.is_dir()}
    assert sets and all(isinstance(number, int) and number >= 1 for number in sets.values()), sets


@pytest.fixture(scope="module")
def scrape_scores() -> dict[str, StoryScores]:
    from site_builder.config import AnalysisSettings

    return {
        name: evaluate_story(SCRAPES_DIR / name, GOLD_DIR / f"{name}.json", AnalysisSettings())
        for name in SCRAPE_STORIES
    }


@pytest.mark.parametrize("name", GROUPING_STORIES)
def test_quote_grouping_target_on_every_scrape_story(name: str, scrape_scores: dict[str, StoryScores]) -> None:
    grouping = scrape_scores[name].quote_grouping
    assert grouping.precision >= 0.97 and grouping.recall >= 0.90, (name, grouping)


def test_cleaning_and_outlet_targets_on_the_scrape_set(scrape_scores: dict[str, StoryScores]) -> None:
    scores = functools.reduce(operator.add, scrape_scores.values())
    assert scores.furniture.value >= 0.95, scores.furniture
    assert scores.wrongly_removed / scores.article_snippets <= 0.01, (scores.wrongly_removed, scores.article_snippets)
    assert scores.outlet.value >= 0.90, scores.outlet


def test_no_scrape_story_takes_a_headline_from_its_body(scrape_scores: dict[str, StoryScores]) -> None:
    """A wrong title is a miss of metadata; taking an article line for the title is what the issue forbids."""
    from_body = []
    for name, scores in scrape_scores.items():
        gold = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
        for miss in scores.misses:
            wrong = re.match(r"metadata title: (\S+): got (.*), want ", miss)
            if wrong is None or wrong.group(2) == "None":
                continue
            title = normalise(ast.literal_eval(wrong.group(2)))
            lines = gold["article_lines"].get(wrong.group(1), [])
            from_body += [(name, title) for snippet in lines if title.startswith(normalise(snippet))]
    assert not from_body


@pytest.mark.parametrize(
    ("found", "expected", "right"),
    [
        ("Tasha Greer, Oliver Munoz and Hui Zhang", "Tasha Greer and Oliver Munoz and Hui Zhang", True),
        ("Meghna Rao & Imran Qureshi", "Meghna Rao and Imran Qureshi", True),
        ("Meghna Rao & Imran Qureshi", "Meghna Rao and Hui Zhang", False),
        ("Tasha Greer, Oliver Munoz", "Tasha Greer and Oliver Munoz and Hui Zhang", False),
    ],
)
def test_a_byline_of_several_writers_matches_however_it_joins_them(found: str, expected: str, right: bool) -> None:
    assert metadata_matches("byline", found, expected) is right
