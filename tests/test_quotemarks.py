"""Quotation marks of German, French and Spanish besides English (issue 16): each opening mark
pairs with its own closing one, whatever the language, so that German's closing “ (English's
opening mark) never starts a quotation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_builder.text.quotemarks import double_quoted_spans, quotation_spans


def _quoted(text: str) -> list[str]:
    return [text[span.start : span.end] for span in quotation_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German: „…“, also printed „…”, with ‚…‘ inside; »…« in books and some papers.
        (
            "„Wir werden das Werk nicht schließen“, sagte Müller am Montag. „Niemand verliert seinen Job.“",
            ["Wir werden das Werk nicht schließen", "Niemand verliert seinen Job."],
        ),
        ("„Das ist ein ‚großer‘ Tag für die Stadt”, sagte sie.", ["Das ist ein ‚großer‘ Tag für die Stadt"]),
        ("»Das ist ein guter Tag«, erklärte die Ministerin in Berlin.", ["Das ist ein guter Tag"]),
        # Swiss: «…» with no spaces.
        ("«Wir sind zufrieden», sagte der Gemeindepräsident.", ["Wir sind zufrieden"]),
        # French: « … » with no-break or narrow no-break spaces inside; apostrophes in words.
        ("« Nous ne fermerons pas l’usine », a déclaré M. Dupont.", ["Nous ne fermerons pas l’usine"]),
        ("\u00ab\u202fC’est une bonne nouvelle\u202f\u00bb, selon la mairie.", ["C’est une bonne nouvelle"]),
        # Spanish: «…» with “…” nested inside.
        (
            "«Lo dijo claro: “no cerraremos la planta”», añadió el alcalde.",
            ["Lo dijo claro: “no cerraremos la planta”"],
        ),
        # English, unchanged.
        ("“We will rebuild,” the mayor said, “and soon.”", ["We will rebuild", "and soon."]),
        # An opening mark typed where the closing one belongs (after the words, before a space) closes.
        (
            "“The reality is, it could hurt her here,“ said Ann Lee, a congresswoman.",
            ["The reality is, it could hurt her here"],
        ),
        ("It called for an “expedited review“ of the water system.", ["expedited review"]),
        # British single marks: a long quotation left open at the paragraph's end runs to it.
        (
            "‘I did everything they told me,’ she said. ‘I called the bank the same afternoon.",
            ["I did everything they told me", "I called the bank the same afternoon."],
        ),
        # ... but a decade or an elision after a curly mark opens nothing.
        ("The ‘90s were different, and rock ‘n’ roll was king.", []),
    ],
)
def test_each_language_pairs_its_own_marks(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_separators_and_apostrophes_are_not_quotation_marks() -> None:
    assert _quoted("Startseite » Politik » Ausland") == []
    assert _quoted("L’homme d’affaires est arrivé aujourd’hui.") == []


@pytest.mark.parametrize(
    ("opening", "closing", "inner"),
    [("„", "“", ""), ("„", "”", ""), ("»", "«", ""), ("«", "»", "\u00a0"), ("«", "»", "\u202f"), ("“", "”", "")],
)
@given(st.lists(st.from_regex(r"[a-zäöüéñ][a-zäöüéñ ,;]{0,18}[a-zäöüéñ]", fullmatch=True), min_size=1, max_size=4))
def test_quotations_in_any_of_the_styles_are_found_whole(
    opening: str, closing: str, inner: str, parts: list[str]
) -> None:
    # Quotations separated by narrative; the sentence splitter's cheap reader agrees with the full one.
    text = " sagte sie. ".join(f"{opening}{inner}{part}{inner}{closing}" for part in parts)
    assert _quoted(text) == parts
    assert len(double_quoted_spans(text)) == len(parts)
