"""How the probe batteries score attribution (``benchmarks/probes.py``), on invented passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.probes import _listed_long_enough, _same_speakers


def test_listed_speakers_of_short_quotations_are_dropped_when_the_spans_pair_up() -> None:
    text = 'Lee called it "flatly false" and said: "We will appeal this ruling next week." || Osei said "no."'
    assert _listed_long_enough(text, ["Ann Lee", "Ann Lee", "Tom Osei"]) == ["Ann Lee"]


def test_all_listed_speakers_are_kept_when_the_spans_do_not_pair_with_the_list() -> None:
    text = 'Lee said "we will appeal this ruling next week."'
    assert _listed_long_enough(text, ["Ann Lee", "Tom Osei"]) == ["Ann Lee", "Tom Osei"]


def test_a_quotation_no_one_speaks_may_be_missing_but_a_spoken_one_may_not() -> None:
    assert _same_speakers(["Ann Lee"], [None, "Ann Lee"])
    assert not _same_speakers([], ["Ann Lee"])
    assert _same_speakers(["Ann Lee", "Ann Lee"], ["Ann Lee"])  # one quotation printed over two paragraphs


def test_the_metadata_page_batteries_are_totalled_per_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each field's misses over every page battery of a part, on one line: the totals a note quotes."""
    from benchmarks import probes

    page = (
        "=== page 1\noutlet: -\nheadline: Bridge to close for repairs next week\nbyline: -\ndate: -\n---\n"
        "Bridge to close for repairs next week\n"
        "The council voted on Tuesday to close the Harbor Street bridge after inspectors found cracks.\n"
        "The bridge carries about 20,000 vehicles a day, officials said.\n"
    )
    (tmp_path / "metadata_pages.txt").write_text(page, encoding="utf-8")
    stated = page.replace("outlet: -", "outlet: The Example Post")
    (tmp_path / "metadata_pages_2.txt").write_text(stated, encoding="utf-8")
    monkeypatch.setattr(probes, "PROBES", tmp_path)
    monkeypatch.setattr(probes, "HELD_OUT", tmp_path / "none")
    monkeypatch.setattr("sys.argv", ["probes"])
    probes.main()
    totals = [line.split() for line in capsys.readouterr().out.splitlines() if "all metadata page batteries" in line]
    # The second battery's page states an outlet the text does not: one outlet wrong in two pages.
    assert [" ".join(line[-6:]) for line in totals] == [
        "page outlet wrong 1 of 2",
        "page headline wrong 0 of 2",
        "page byline wrong 0 of 2",
        "page date wrong 0 of 2",
    ]
