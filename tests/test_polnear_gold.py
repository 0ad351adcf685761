"""How the PolNeAR benchmark reads its gold: brat spans, pronoun Sources and hand-made referents.

The article and annotations here are made up in PolNeAR's format; the corpus itself is never needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import polnear

ARTICLE = (
    "Ann Lee met Tom Roe and the Example Agency on Monday.\n\n"
    "“We will open the bridge next week,” she said.\n\n"
    "Roe disagreed. “Nobody has asked the town about it,” he said."
)


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = ARTICLE.index(needle, after)
    return start, start + len(needle)


def _annotations() -> str:
    lines = []
    records = [
        ("T1", "Source", "Ann Lee", 0),
        ("T2", "Source", "Example Agency", 0),
        ("T3", "Content", "“We will open the bridge next week,”", 0),
        ("T4", "Source", "she", 0),
        ("T5", "Content", "“Nobody has asked the town about it,”", 0),
        ("T6", "Source", "he", ARTICLE.index(" he said", ARTICLE.index("Nobody")) + 1),
    ]
    for name, kind, text, after in records:
        start, end = _span(ARTICLE, text, after)
        lines.append(f"{name}\t{kind} {start} {end}\t{text}")
    lines.append("E1\tAttribution:T9 Source:T4 Content:T3")
    lines.append("E2\tAttribution:T9 Source:T6 Content:T5")
    lines.append("E3\tAttribution:T9 Source:T2 Content:T3")
    return "\n".join(lines)


def test_a_pronoun_skips_organisations_and_names_of_the_other_gender() -> None:
    quotes, contents = polnear.gold_quotes(ARTICLE, _annotations())
    speakers = {quote.quote.text.split()[0]: quote.speaker for quote in quotes if quote.source.text != "Example Agency"}
    assert speakers == {"We": "Ann Lee", "Nobody": None}  # "he": the only earlier Sources are a woman and an agency
    assert len(contents) == 3
    assert not any(quote.checked for quote in quotes if quote.source and quote.source.text in ("he", "she"))


def test_a_hand_made_referent_overrides_the_automatic_reading(tmp_path: Path) -> None:
    he_at = ARTICLE.index(" he said", ARTICLE.index("Nobody")) + 1
    (tmp_path / "sample.tsv").write_text(
        f"# article, start, source, referent\nexample\t{he_at}\the\tTom Roe\n", encoding="utf-8"
    )
    referents = polnear.read_referents(tmp_path)
    quotes, _ = polnear.gold_quotes(ARTICLE, _annotations(), referents["example"])
    by_source = {quote.source.text: quote for quote in quotes if quote.source}
    assert by_source["he"].speaker == "Tom Roe" and by_source["he"].checked
    assert by_source["Example Agency"].checked  # a Source that names someone is checked as it stands


def test_a_malformed_referent_line_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.tsv").write_text("example\tnot-a-number\the\tTom Roe\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.tsv:1:"):
        polnear.read_referents(tmp_path)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Ann Lee, 27, a nurse", "Ann Lee"),
        ("Clinton's aide Jake Sullivan", "Jake Sullivan"),
        # A description naming someone else: whose aide, whose son, whose spokesman.
        ("the former top aide to President George W. Bush", None),
        ("the son of Tom Roe", None),
        ("a spokesman for Ann Lee", None),
        ("he", None),
    ],
)
def test_a_source_names_its_speaker_not_the_person_its_description_mentions(source: str, name: str | None) -> None:
    assert polnear._name_of(source) == name


def test_the_furniture_benchmark_scores_discarded_lines_and_lines_holding_content() -> None:
    """``benchmarks.polnear_furniture``: a line Discard spans cover is furniture, removed or not; a
    line holding a Content span is article text, whose Content must survive cleaning whole."""
    from benchmarks import polnear_furniture

    article = (
        "Bridge to close\n\n"
        "“We will open the bridge next week,” Ann Lee said on Monday.\n\n"
        "Follow Ann Lee on Twitter @annlee_example.\n\n"
        "Her office said more details would follow soon.\n\n"
        "Vote in our poll below."
    )

    def line(kind: str, name: str, needle: str) -> str:
        start = article.index(needle)
        return f"{name}\t{kind} {start} {start + len(needle)}\t{needle}"

    annotations = "\n".join(
        [
            line("Content", "T1", "“We will open the bridge next week,”"),
            line("Discard", "T2", "Follow Ann Lee on Twitter @annlee_example."),
            line("Discard", "T3", "Vote in our poll below"),
            line("Content", "T4", "more details would follow soon"),
        ]
    )
    # The corpus's metadata joins the headline and its deck with ";".
    tally = polnear_furniture.score_article("example", article, annotations, "Bridge to close; Town not asked")
    # The follow line is removed; the poll prompt (not a form the cleaner knows) is kept.
    assert (tally.furniture, tally.furniture_removed) == (2, 1)
    assert (tally.article, tally.article_removed) == (2, 0)
    assert (tally.headline_right, tally.headline_wrong, tally.headline_none) == (1, 0, 0)
    assert tally.misses == ["example: furniture kept: 'Vote in our poll below.'"]
    wrong = polnear_furniture.score_article("example", article, annotations, "Town to keep its bridge")
    assert (wrong.headline_right, wrong.headline_wrong) == (0, 1)


def test_polnear_outlet_is_scored_against_the_publisher_and_the_wire() -> None:
    """Wire copy names its agency: right where the corpus gives that wire, wrong where it gives
    only another publisher; an article stating no outlet is counted as none."""
    from benchmarks import polnear_furniture

    article = (
        "Bridge to close.\n\n"
        "SPRINGFIELD (AP) — The city will close the Harbor Street bridge next week, officials said.\n\n"
        "Repairs are expected to take six months."
    )
    wire = polnear_furniture.score_article("example", article, "", None, ("Breitbart News", "Associated Press"))
    assert (wire.outlet_right, wire.outlet_wrong, wire.outlet_none) == (1, 0, 0)
    other = polnear_furniture.score_article("example", article, "", None, ("HuffPost",))
    assert (other.outlet_right, other.outlet_wrong, other.outlet_none) == (0, 1, 0)
    assert other.misses == ["example: outlet 'Associated Press', published by HuffPost"]
    unstated = article.replace(" (AP)", "")
    none = polnear_furniture.score_article("example", unstated, "", None, ("HuffPost",))
    assert (none.outlet_right, none.outlet_wrong, none.outlet_none) == (0, 0, 1)
    unscored = polnear_furniture.score_article("example", article, "", None)
    assert (unscored.outlet_right, unscored.outlet_wrong, unscored.outlet_none) == (0, 0, 0)
