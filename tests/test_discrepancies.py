"""Where the outlets disagree (issue 15): values read, normalised and compared."""

from __future__ import annotations

import pytest

from site_builder.analysis.discrepancies import find_discrepancies, values_in
from site_builder.analysis.segment import segment_source
from site_builder.model import (
    CleanedSource,
    CleanParagraph,
    Metadata,
    Passage,
    Quote,
    QuoteOccurrence,
    RawSource,
    Source,
)
from site_builder.site.values import discrepancy_label


def _source(source_id: str, text: str) -> Source:
    raw = RawSource(source_id, f"story/{source_id}.txt", text, 1, Metadata(), "txt")
    return segment_source(CleanedSource(raw, Metadata(), (CleanParagraph(text, 1),), ()))


def _flagged(*texts: str) -> list[str]:
    """The values of the one disagreement found among sources of these texts (no passage links them)."""
    sources = [_source(chr(ord("a") + at), text) for at, text in enumerate(texts)]
    (found,) = find_discrepancies(sources, [], [])
    return [v.text for v in found.values]


def _read(text: str) -> list[tuple[str, str, tuple[float, ...], bool]]:
    return [(v.kind, v.what, v.value, v.approximate) for v in values_in(text)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Five people were killed.", "5 people were killed."),
        ("It cost 1,500 dollars.", "It cost 1500 dollars."),
        ("The vote was on July 3.", "The vote was on 3 July."),
        ("A dozen officers arrived.", "12 officers arrived."),
        ("He began a three-to-10-year sentence.", "He began a sentence of three to 10 years."),
        ("The window ran from 6:45 to 7 p.m.", "The window ran from 6:45 p.m. to 7 p.m."),
        ("The centre is open from 6.30 to 7.45pm.", "The centre is open from 6.30pm to 7.45pm."),  # British
    ],
)
def test_values_agree_once_normalised(one: str, other: str) -> None:
    assert _read(one) == _read(other)


def test_what_a_number_counts() -> None:
    assert _read("At least 10 people were killed and more than 180 injured.") == [
        ("number", "kill", (10.0,), True),
        ("number", "injure", (180.0,), True),
    ]
    assert _read("The crash, killing 11 people, closed the line.")[0][:3] == ("number", "kill", (11.0,))
    assert _read("Ann Lee, 56, a teacher, died.")[0][:3] == ("number", "age of Lee", (56.0,))
    assert _read("The 25-year-old was held.")[0][:3] == ("number", "age", (25.0,))
    assert _read("Sales rose 12 percent to $1.5 million.") == [
        ("number", "%", (12.0,), False),
        ("number", "$", (1_500_000.0,), False),
    ]
    # A year is a date, not a count; a number before a capitalised name counts nothing.
    assert _read("In 2019 the bridge at 5 Main Street closed.") == [("date", "year", (2019.0,), False)]


def _passage_story(*texts: str) -> tuple[list[Source], list[Passage]]:
    sources = [_source(f"s{number}", text) for number, text in enumerate(texts, 1)]
    passage = Passage("p1", tuple(source.sentences[0].id for source in sources), 0.8, "close")
    return sources, [passage]


def test_a_count_given_differently_in_a_passage_is_a_conflict() -> None:
    sources, passages = _passage_story(
        "The storm killed 76 people on the coast, officials said.",
        "The storm killed 77 people on the coast, officials said.",
        "The storm killed seventy-six people on the coast.",
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert (found.kind, found.what, found.passage_id, found.approximate) == ("number", "kill", "p1", False)
    assert [(v.source_id, v.text) for v in found.values] == [("s1", "76"), ("s2", "77"), ("s3", "seventy-six")]


def test_an_approximate_figure_within_reach_is_approximate_not_a_conflict() -> None:
    sources, passages = _passage_story("Nearly 80 people were hurt in the storm.", "79 people were hurt in the storm.")
    (found,) = find_discrepancies(sources, passages, [])
    assert found.approximate and [v.text for v in found.values] == ["Nearly 80", "79"]


def test_agreeing_values_and_two_values_in_one_source_are_not_flagged() -> None:
    sources, passages = _passage_story("Five people died in the fire.", "5 people died in the fire.")
    assert find_discrepancies(sources, passages, []) == ()
    # One source gives two death tolls (then and now): which one to compare is unknown, so nothing is flagged.
    sources, passages = _passage_story(
        "The fire killed 4 people, up from 2 people killed earlier.", "The fire killed 5 people."
    )
    assert find_discrepancies(sources, passages, []) == ()


def test_a_count_each_source_states_once_is_compared_across_unlinked_sentences() -> None:
    a = _source("a", "The crash on the coast line injured 180 people. Trains were halted.")
    b = _source("b", "Officials said the crash on the coast line injured 200 people.")
    (found,) = find_discrepancies([a, b], [], [])
    assert found.passage_id is None and [v.text for v in found.values] == ["180", "200"]


def test_a_time_each_source_states_once_is_compared_across_unlinked_sentences() -> None:
    a = _source("a", "Deputies were sent to the warehouse at 9:09 a.m. after the call. The site was closed.")
    b = _source("b", "The call reached deputies, sent to the warehouse at 9:06 a.m., officials said.")
    (found,) = find_discrepancies([a, b], [], [])
    assert (found.kind, found.what) == ("time", "time") and [v.text for v in found.values] == ["9:09 a.m.", "9:06 a.m."]


@pytest.mark.parametrize(
    ("one", "other", "approximate"),
    [
        ("more than 100", "about 130", True),  # both can be true
        ("nearly 500", "500", True),  # the same figure, hedged by one source
        # "More than" leaves the figure out, unlike "at least": still approximate beside it, not agreeing.
        ("more than 1,400", "1,400", True),
        ("at least 10", "11", True),
        ("nearly 80", "79", True),
        ("10", "11", False),
        ("nearly 80", "90", False),  # "nearly" is under it, never over
        ("fewer than 50", "60", False),
    ],
)
def test_whether_two_figures_can_both_be_true(one: str, other: str, approximate: bool) -> None:
    sources, passages = _passage_story(f"The flood injured {one} people.", f"The flood injured {other} people.")
    (found,) = find_discrepancies(sources, passages, [])
    assert found.approximate is approximate


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Up to 79 mph, the train ran.", "The train ran as fast as 79 mph."),  # hedged alike
        # A limit that includes the figure states the figure: five may be how many calls there were.
        ("The station called five times.", "The station called no less than five times."),
        ("The train ran at 79 mph.", "The train ran at up to 79 mph."),
        ("The site is at least a mile from the town.", "The site is at least one mile from the town."),
        # A clock time is rounded as it is written: "about" it says no more than it.
        ("Deputies arrived at 6:20 p.m. on Friday.", "Deputies arrived about 6:20 p.m. on Friday."),
        ("The coach crashed about 9.45am.", "The coach crashed at 9.45am."),  # a British clock time
        # "About" says only that a figure is rounded.
        ("The bank will pay about £7.8 million in redress.", "The bank will pay £7.8m in redress."),
    ],
)
def test_the_same_figure_hedged_alike_is_no_disagreement(one: str, other: str) -> None:
    sources, passages = _passage_story(one, other)
    assert find_discrepancies(sources, passages, []) == ()


def _the_one_flag(*texts: str) -> tuple[str, list[str]]:
    """What the one discrepancy found across unlinked sources of ``texts`` is of, and its values."""
    sources = [_source(chr(ord("a") + number), text) for number, text in enumerate(texts)]
    (found,) = find_discrepancies(sources, [], [])
    return found.what, [value.text for value in found.values]


def test_whose_age_an_age_before_a_name_is() -> None:
    assert _read("The 72-year-old Durst agreed.")[0][:3] == ("number", "age of Durst", (72.0,))
    # After "a", the capitalised word describes someone (a place, a team): not whose age it is.
    assert _read("A 25-year-old Compton man was held.")[0][:2] == ("number", "age")


def test_an_age_in_brackets_after_a_name_is_that_person_s_age() -> None:
    assert _the_one_flag(
        "Bridget Nolan (71), from the town, had been due to start chemotherapy.",
        "Among those turned away was Bridget Nolan, 74, whose treatment was postponed.",
    ) == ("age of Nolan", ["71", "74"])
    # Past any age, a number in brackets after a name is a year or a code, not an age.
    assert [kind for kind, *_ in _read("The poet Eoin Carr (1964) wrote it.")] == ["date"]


def test_a_named_age_repeated_by_a_source_is_still_compared() -> None:
    assert _the_one_flag(
        "The 72-year-old Durst agreed to the plea. Later the 72-year-old Durst left the court.",
        "The judge sentenced the ailing Durst, 73, to prison.",
    ) == ("age of Durst", ["72", "73"])


def test_an_age_is_of_the_name_its_description_is_set_beside() -> None:
    assert _read("Kwabena Sarfo, the 19-year-old Ghanaian striker, spoke.")[0][:2] == ("number", "age of Sarfo")
    assert _read("Rep. Ann Kowal of Michigan, the 63-year-old chairwoman, left.")[0][:2] == ("number", "age of Kowal")
    # A place or a day before the comma is no one's name.
    assert _read("In Lansing, the 63-year-old said no.")[0][:2] == ("number", "age")
    assert _read("On Tuesday, the 63-year-old said no.")[1][:2] == ("number", "age")


def test_an_age_opening_a_sentence_is_of_the_person_the_sentence_before_names() -> None:
    assert _the_one_flag(
        "Striker Kwabena Sarfo told the committee he never signed. The 19-year-old wants to leave.",
        "The club says Kwabena Sarfo signed in 2005. The 20-year-old denies it.",
    ) == ("age of Sarfo", ["19", "20"])


def test_an_age_a_definite_description_gives_is_of_the_person_the_article_is_about() -> None:
    a = _source(
        "a",
        "Tyler Voss, 29, told senators the app had failed its users. Voss said the firm had hired auditors. "
        "Voss left the hearing without speaking to reporters.",
    )
    b = _source(
        "b",
        "Tyler Voss apologised to the committee on Wednesday. Senators listened as the 27-year-old founder of the "
        "app read a statement. Voss said the firm had hired auditors. Voss then left.",
    )
    (found,) = find_discrepancies([a, b], [], [])
    assert (found.what, [v.text for v in found.values]) == ("age of Voss", ["29", "27"])
    # Of someone else where the sentence speaks of a person of the other sex.
    c = _source(
        "c",
        "Tyler Voss apologised to the committee on Wednesday. Senators listened as the 44-year-old engineer said "
        "she had warned him. Voss said the firm had hired auditors. Voss then left.",
    )
    assert find_discrepancies([a, c], [], []) == ()


def test_ages_of_one_family_are_told_apart_by_given_name() -> None:
    assert _the_one_flag(
        "Devon Clarke, 38, and his son were found inside. Natalie Clarke, 35, was taken to hospital.",
        "Devon Clarke, 39, died in the fire at the house.",
        "Firefighters named the dead man as 38-year-old Devon Clarke.",
    ) == ("age of Devon Clarke", ["38", "39", "38"])


def test_the_one_source_a_passage_leaves_out_is_compared_with_it() -> None:
    texts = [
        "The block was sold to the developer's company for $14.5 million in 2019, the audit found.",
        "The audit found the block was sold to the developer's company for $14.5 million in 2019.",
        "In 2019 the block went to the developer's company, which paid $15.4 million, auditors found.",
    ]
    sources = [_source(f"s{number}", text) for number, text in enumerate(texts, 1)]
    passage = Passage("p1", (sources[0].sentences[0].id, sources[1].sentences[0].id), 0.9, "close")
    (found,) = find_discrepancies(sources, [passage], [])
    assert found.passage_id == "p1"
    assert [(v.source_id, v.text) for v in found.values] == [
        ("s1", "$14.5 million"),
        ("s2", "$14.5 million"),
        ("s3", "$15.4 million"),
    ]
    # A sentence sharing too little with the passage is not its counterpart.
    sources[2] = _source("s3", "Auditors also said $15.4 million was spent on the new stadium in 2019.")
    assert find_discrepancies(sources, [passage], []) == ()


def test_a_month_of_a_year_and_a_year_are_dates() -> None:
    assert _read("The bridge was inspected in March 2007.") == [("date", "month", (2007.0, 3.0), False)]
    assert _read("Protests began in 2005 and the 2008-2009 war ended.") == [("date", "year", (2005.0,), False)]
    sources, passages = _passage_story(
        "The bridge was last inspected in March 2007 by engineers.",
        "Engineers last inspected the bridge in May 2007.",
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert found.kind == "date" and [v.text for v in found.values] == ["March 2007", "May 2007"]


def test_a_number_naming_something_is_not_a_count() -> None:
    assert _read("The hospital got four patients with priority one wounds.") == [
        ("number", "patien", (4.0,), False)  # the stem of "patients"
    ]
    assert _read("Train 100 hit the SUV.") == []


def test_a_sum_a_noun_names_is_compared_across_unlinked_sentences() -> None:
    a = _source("a", "The Senate fell short of overriding the veto of the $7.1 billion budget on Tuesday.")
    b = _source("b", "On Tuesday night the Senate failed to overturn a veto of the $7.4 billion (€6 billion) budget.")
    (found,) = find_discrepancies([a, b], [], [])
    assert found.passage_id is None and [v.text for v in found.values] == ["$7.1 billion", "$7.4 billion"]


def test_a_sum_a_noun_names_after_a_preposition_is_compared_across_unlinked_sentences() -> None:
    assert _flagged(
        "The court ordered the five men to pay $48,500 in restitution to the family on Friday.",
        "On Friday the five were also told to pay $52,500 in restitution to the family.",
    ) == ["$48,500", "$52,500"]


def test_sums_no_noun_names_are_not_compared_across_unlinked_sentences() -> None:
    a = _source("a", "The Senate approved $7.1 billion for the state on Tuesday after the veto.")
    b = _source("b", "On Tuesday the Senate approved $7.4 billion for the state despite the veto.")
    assert find_discrepancies([a, b], [], []) == ()


def test_one_is_not_compared_as_a_count_across_unlinked_sentences() -> None:
    a = _source("a", "The crash involved three trains near the station.")
    b = _source("b", "The crash derailed one train near the station.")
    assert find_discrepancies([a, b], [], []) == ()


def test_a_person_named_with_different_middle_names_or_spellings() -> None:
    # Known given names (Juan), or a name with an age after it (Krystle is in no list).
    a = _source("a", "Police named the driver as Juan Manuel Alvarez. Krystle Campbell, 29, died.")
    b = _source("b", "Prosecutors charged Juan Miguel Alvarez on Thursday. Krystal Campbell, 29, was a manager.")
    c = _source("c", "Juan M. Alvarez's lawyer spoke.")
    found = {d.what: [(v.source_id, v.text) for v in d.values] for d in find_discrepancies([a, b, c], [], [])}
    assert found == {
        "Juan Alvarez": [("a", "Juan Manuel Alvarez"), ("b", "Juan Miguel Alvarez"), ("c", "Juan M. Alvarez")],
        "Krystle Campbell": [("a", "Krystle Campbell"), ("b", "Krystal Campbell")],
    }


def test_a_middle_name_is_compared_after_a_capitalised_word_before_the_name() -> None:
    a = _source("a", "Born Betty Jane Perske in the Bronx, she moved west.")
    b = _source("b", "Bacall, born Betty Joan Perske in the Bronx, moved west.")
    (found,) = find_discrepancies([a, b], [], [])
    assert [v.text for v in found.values] == ["Betty Jane Perske", "Betty Joan Perske"]


def test_names_written_alike_or_two_people_in_one_source_are_not_flagged() -> None:
    a = _source("a", "Donald Trump spoke. Donald Trump's aides left.")
    b = _source("b", "Donald Trump spoke first.")
    assert find_discrepancies([a, b], [], []) == ()
    # One source naming both Jane Richard and Janet Richard writes two people, not a misspelling.
    a = _source("a", "Jane Richard and her sister Janet Richard were hurt.")
    b = _source("b", "Janet Richard was hurt.")
    assert find_discrepancies([a, b], [], []) == ()


def test_any_proper_name_spelt_differently_beside_a_common_neighbour() -> None:
    a = _source("a", "Egypt's President Mohamed Mursi spoke. Ilsa Hernandez got $15,000 at the 207 Quickstop.")
    b = _source("b", "President Mohammed Morsy spoke. Isla Hernandez, a maid, was left money by the 207 Quikstop.")
    found = {d.what: [v.text for v in d.values] for d in find_discrepancies([a, b], [], [])}
    assert found == {
        "Mohamed Mursi": ["Mohamed Mursi", "Mohammed Morsy"],
        "Ilsa Hernandez": ["Ilsa Hernandez", "Isla Hernandez"],
        "207 Quickstop": ["207 Quickstop", "207 Quikstop"],
    }


def test_a_name_with_a_letter_added_that_makes_no_other_word_is_one_name_spelt_two_ways() -> None:
    a = _source("a", "Union president Dana Whitcombe told reporters the talks had failed.")
    b = _source("b", "Union leader Dana Whitcomb told reporters the talks had failed.")
    (found,) = find_discrepancies([a, b], [], [])
    assert [v.text for v in found.values] == ["Dana Whitcombe", "Dana Whitcomb"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Hamas blamed Israel overnight.", "Hamas blamed Israeli jets overnight."),  # one word extends the other
        ("Grand Jones opened the shop.", "Grant Jones opened the shop. It was grand."),  # written in lower case too
        ("Mark Toner spoke on Friday.", "Mary Smith spoke on Friday."),  # close, but never beside a common word
        ("The Kenya team won the final.", "The Kenyan team won the final."),  # a people's word
        ("Louis Martin said the vote was lost.", "Louise Martin said the vote was lost."),  # two given names
        ("The half brother of Kim Jong-un died.", "The half brother of Kim Jong Nam died."),  # another part
    ],
)
def test_words_that_are_not_one_name_misspelt_are_not_flagged(one: str, other: str) -> None:
    assert find_discrepancies([_source("a", one), _source("b", other)], [], []) == ()


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "Rund 1.500 Menschen kamen zur Kundgebung.", 1500.0),
        ("de", "Der Schaden beträgt 2,5 Millionen Euro.", 2_500_000.0),
        ("fr", "La commune compte 1\u00a0500 habitants.", 1500.0),
        ("fr", "Le chômage atteint 12,5 % dans la vallée.", 12.5),
        ("es", "Unas 1.500 personas fueron evacuadas.", 1500.0),
        ("en", "Some 1,500 people were evacuated.", 1500.0),
        # Number words, as each language spells them.
        ("de", "Bei dem Unfall starben fünf Menschen.", 5.0),
        ("fr", "Vingt-deux personnes ont été blessées.", 22.0),
        ("es", "Cinco personas murieron en el choque.", 5.0),
    ],
)
def test_numbers_are_read_as_each_language_writes_them(language: str, text: str, value: float) -> None:
    assert [v.value for v in values_in(text, language) if v.kind == "number"] == [(value,)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Sitzung begann am 3. Juli um 14.30 Uhr und endete am Freitag.", [(7, 3), (870.0,), (4,)]),
        ("fr", "La réunion a commencé le 1er juillet à 14 h 30, un vendredi.", [(7, 1), (870.0,), (4,)]),
        ("es", "La reunión empezó el 3 de julio a las 14:30 horas, el viernes.", [(7, 3), (870.0,), (4,)]),
        ("en", "The meeting began on July 3 at 2:30 p.m. on Friday.", [(7, 3), (870.0,), (4,)]),
    ],
)
def test_dates_times_and_weekdays_are_read_as_each_language_writes_them(
    language: str, text: str, expected: list[tuple[float, ...]]
) -> None:
    assert [v.value for v in values_in(text, language) if v.kind in ("date", "time")] == expected


def _source_in(language: str, source_id: str, text: str) -> Source:
    """A one-sentence source written in ``language``."""
    raw = RawSource(source_id, f"story/{source_id}.txt", text, 1, Metadata(language=language), "txt")
    return segment_source(CleanedSource(raw, Metadata(language=language), (CleanParagraph(text, 1),), ()))


@pytest.mark.parametrize(
    ("language", "texts", "kind", "stated"),
    [
        # 1.500 is fifteen hundred in German, not one and a half: the two agree, the third differs.
        (
            "de",
            [
                "Die Polizei evakuierte 1.500 Menschen am Fluss.",
                "Die Polizei evakuierte rund 1.500 Menschen am Fluss.",
                "Die Polizei evakuierte 1.600 Menschen am Fluss.",
            ],
            "number",
            ["1.500", "rund 1.500", "1.600"],
        ),
        # 14 h 30 and 14h30 agree; 16 heures does not.
        (
            "fr",
            [
                "Le train a déraillé à 14 h 30 près de la gare.",
                "Le train a déraillé à 14h30 près de la gare.",
                "Le train a déraillé à 16 heures près de la gare.",
            ],
            "time",
            ["14 h 30", "14h30", "16 heures"],
        ),
    ],
)
def test_values_written_another_language_s_way_are_compared(
    language: str, texts: list[str], kind: str, stated: list[str]
) -> None:
    sources = [_source_in(language, source_id, text) for source_id, text in zip("abc", texts, strict=True)]
    passage = Passage("p1", tuple(s.sentences[0].id for s in sources), 0.8, "close")
    (found,) = find_discrepancies(sources, [passage], [])
    assert found.kind == kind
    assert [(v.source_id, v.text) for v in found.values] == list(zip("abc", stated, strict=True))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The trains usually carry 200 to 250 passengers.", ("passen", (200.0, 250.0), "200 to 250")),
        ("en", "They usually carry between 230 and 300 passengers.", ("passen", (230.0, 300.0), "between 230 and 300")),
        ("en", "A sentence of 12-18 months was recommended.", ("duration", (8766.0, 13149.0), "12-18 months")),
        ("de", "Zwischen 230 und 300 Menschen kamen.", ("mensch", (230.0, 300.0), "Zwischen 230 und 300")),
        ("fr", "De 200 à 250 personnes sont venues.", ("person", (200.0, 250.0), "200 à 250")),
    ],
)
def test_a_range_is_one_value(language: str, text: str, expected: tuple[str, tuple[float, ...], str]) -> None:
    assert [(v.what, v.value, v.text) for v in values_in(text, language) if v.kind == "number"] == [expected]


def test_overlapping_ranges_are_approximate_and_apart_ones_a_conflict() -> None:
    a = _source("a", "Officials said the two trains usually carry 200 to 250 passengers at that hour.")
    b = _source("b", "The two trains usually carry 230 to 300 passengers at that hour, officials said.")
    c = _source("c", "The two trains usually carry 400 to 450 passengers at that hour, officials said.")
    (found,) = find_discrepancies([a, b], [Passage("p1", (a.sentences[0].id, b.sentences[0].id), 0.8, "close")], [])
    (conflict,) = find_discrepancies([a, c], [Passage("p2", (a.sentences[0].id, c.sentences[0].id), 0.8, "close")], [])
    assert found.approximate and [v.text for v in found.values] == ["200 to 250", "230 to 300"]
    assert not conflict.approximate


def _train_sources() -> tuple[Source, Source]:
    """Two reports of one train's cars: one source gives cars twice, for two trains."""
    a = _source(
        "a",
        "Train 100, a four-car train pushed by a locomotive, was heading from Moorpark to the station. "
        "The freight train had two locomotives and about 12 cars of gravel.",
    )
    b = _source("b", "At dawn the three-car Train 100, heading from Moorpark with its locomotive behind, hit the jeep.")
    return a, b


def test_a_thing_a_source_states_twice_is_compared_in_the_most_alike_sentence() -> None:
    a, b = _train_sources()
    (found,) = find_discrepancies([a, b], [], [])
    assert (found.what, [v.text for v in found.values]) == ("car", ["four", "three"])


def test_a_big_story_compares_statements_of_the_pairs_of_sources_it_is_given_only() -> None:
    a, b = _train_sources()
    c = _source("c", "Police closed the crossing for the day.")
    assert len(find_discrepancies([a, b, c], [], [], frozenset({("a", "b")}))) == 1
    # a and b are not a pair the story compares (each has closer counterparts): nothing is found.
    assert find_discrepancies([a, b, c], [], [], frozenset({("a", "c"), ("b", "c")})) == ()


def test_figures_of_very_different_size_in_alike_sentences_are_two_things() -> None:
    a = _source(
        "a",
        "Simpson was sentenced in 2008 to 33 years in a Nevada prison for the robbery, his lawyer said. "
        "He has served nine years.",
    )
    b = _source("b", "Simpson has served more than eight years in a Nevada prison for the robbery, his lawyer said.")
    assert [d for d in find_discrepancies([a, b], [], []) if d.what == "duration"] == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("He will serve 7 years, 1 month in prison.", "He will serve 85 months in prison."),
        ("a 7-year-and-one-month sentence", "an 85-month sentence"),
        ("The walk took two hours.", "The walk took 120 minutes."),
        ("The line runs 5 kilometres.", "The line runs 5,000 metres."),
    ],
)
def test_quantities_in_units_agree_once_in_one_unit(one: str, other: str) -> None:
    assert [(v.what, v.value) for v in values_in(one)] == [(v.what, v.value) for v in values_in(other)]


def test_durations_in_different_units_are_compared() -> None:
    a = _source("a", "The judge sentenced Durst to seven years in prison for the federal gun crime on Wednesday.")
    b = _source("b", "On Wednesday the judge sentenced Durst to an 85-month prison term for the federal gun crime.")
    c = _source("c", "Simpson has served almost a decade in the Nevada prison for the robbery.")
    d = _source("d", "Simpson has served nearly nine years in the Nevada prison for the robbery.")
    (rounded_years,) = find_discrepancies([a, b], [], [])
    # Compared once in one unit; 85 months is seven years to the year "seven years" is written to.
    assert (rounded_years.what, [v.text for v in rounded_years.values], rounded_years.approximate) == (
        "duration",
        ["seven years", "85-month"],
        True,
    )
    (rounded,) = find_discrepancies([c, d], [], [])
    assert [v.text for v in rounded.values] == ["almost a decade", "nearly nine years"] and rounded.approximate


def test_of_several_figures_for_a_thing_only_those_of_one_size_are_compared() -> None:
    a = _source("a", "The Lovelock prison sits 40 miles from Reno, the nearest city to the hearing.")
    b = _source("b", "The Lovelock prison sits more than 100 miles from Carson City, where the board meets.")
    c = _source("c", "The board meets in Carson City, about 130 miles from the Lovelock prison.")
    (found,) = find_discrepancies([a, b, c], [], [])
    assert [v.text for v in found.values] == ["more than 100 miles", "about 130 miles"]


def test_a_quantity_in_units_is_labelled_by_what_it_measures() -> None:
    a = _source("a", "The judge sentenced Durst to seven years in prison for the federal gun crime on Wednesday.")
    b = _source("b", "On Wednesday the judge sentenced Durst to an 85-month prison term for the federal gun crime.")
    (found,) = find_discrepancies([a, b], [], [])
    assert discrepancy_label(found) == "duration"


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("The station called no less than five times.", "minimum"),  # five or more
        ("The station called less than five times.", "below"),  # four or fewer
        ("No more than 20 people were allowed in.", "maximum"),
    ],
)
def test_a_negated_hedge_bounds_the_other_way(text: str, bound: str) -> None:
    (value,) = values_in(text)
    assert value.bound == bound


def test_the_day_something_was_said_is_not_the_day_it_happened() -> None:
    sources, passages = _passage_story(
        "The two men fought outside the bar early Sunday morning, police said.",
        "The chief said Monday that the two men fought outside the bar.",
    )
    assert find_discrepancies(sources, passages, []) == ()
    assert [v.text for v in values_in("It happened Sunday, police said on Monday.")] == ["Sunday"]


def test_dates_in_a_passage_are_compared_only_when_said_of_one_thing() -> None:
    # Linked sentences may date two events: the words before each day say which.
    sources, passages = _passage_story(
        "The last of 14 miners trapped underground were brought to the surface alive early on Wednesday.",
        "Mr Odhiambo was among 14 miners trapped underground after a fall of rock deep underground on Monday.",
    )
    assert find_discrepancies(sources, passages, []) == ()
    sources, passages = _passage_story(
        "The union will hold a vigil outside the justice center on Friday.",
        "The union will hold a vigil outside the justice center on Thursday.",
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert (found.kind, [v.text for v in found.values]) == ("date", ["Friday", "Thursday"])


def test_an_unlinked_date_is_compared_where_the_sources_giving_each_day_say_what_happened() -> None:
    # One source's words ("the findings of the March 2011 survey") need not be the other's
    # ("a survey of the dam in May 2011"): the sources giving one date are read together.
    a = _source("a", "The report came after a full survey of the dam in March 2011, which found cracks.")
    b = _source("b", "He read the findings of the March 2011 survey of the dam in the report as minor.")
    c = _source("c", "He had not read the report's annex, which followed a survey of the dam in May 2011.")
    (found,) = find_discrepancies([a, b, c], [], [])
    assert (found.what, [v.text for v in found.values]) == ("month", ["March 2011", "March 2011", "May 2011"])


def test_the_noun_a_date_modifies_says_what_it_dates() -> None:
    assert _flagged(
        "Judge Ann Rowe said the 2003 bylaw broke the state law on grazing.",
        "Judge Ann Rowe found that Pine Hollow Township's 2004 bylaw broke the state law.",
    ) == ["2003", "2004"]


def test_a_place_named_before_two_days_does_not_make_them_one_occasion() -> None:
    a = _source("a", "The stand fell during the Kellbrook Harvest Fair on Saturday, injuring the crowd.")
    b = _source("b", "Her brother sat in at the hearing in Kellbrook Civic Centre on Tuesday, when the stand came up.")
    assert find_discrepancies([a, b], [], []) == ()


def test_a_year_in_a_name_is_not_a_date() -> None:
    assert values_in("The club's much-hyped “Project 2015” was supposed to lift it.") == []
    assert values_in("He won Euro 2016 with France.") == []
    assert [v.text for v in values_in("Cerro Verde County's 1998 ordinance")] == ["1998"]
    assert [v.text for v in values_in("In 2015 he left the club.")] == ["2015"]


def test_the_word_before_a_number_says_what_it_counts_only_within_its_clause() -> None:
    assert _read("The storm hit the coast, injuring nearly 200, officials said.")[0][:3] == (
        "number",
        "injure",
        (200.0,),
    )
    # "later" ends a clause of its own: it says nothing of what the 11 are.
    assert [what for _, what, _, _ in _read("Two weeks later, 11 people in Dunmore County are ill.")] == ["duration"]


def test_an_article_between_a_hedge_and_a_figure_is_the_noun_s() -> None:
    # "under a £7.8 million scheme": under the scheme, not under £7.8 million.
    (value,) = values_in("The bank will pay redress under a £7.8 million scheme.")
    assert (value.text, value.bound) == ("£7.8 million", "exact")
    (value,) = values_in("More than a dozen people were hurt.")
    assert (value.text, value.bound) == ("More than a dozen", "above")


@pytest.mark.parametrize(
    ("text", "stated", "bound"),
    [
        ("Testimony over nine days included:", "nine days", "exact"),  # the stretch it took
        ("He thanked them for their patience over eight days.", "eight days", "exact"),
        ("He was held for over three years.", "over three years", "above"),  # more than
        ("Over 300 people were hurt.", "Over 300", "above"),
    ],
)
def test_over_before_a_stretch_of_time_says_when_not_how_much(text: str, stated: str, bound: str) -> None:
    (value,) = values_in(text)
    assert (value.text, value.bound) == (stated, bound)


@pytest.mark.parametrize(
    ("language", "text", "what", "value"),
    [
        ("en", "Shell paid him €5.58m last year.", "€", 5_580_000.0),
        ("en", "Shell paid him 5.6 million euros last year.", "€", 5_600_000.0),
        ("en", "BP offered almost £14m.", "£", 14_000_000.0),
        ("en", "The loss was $5.2bn.", "$", 5_200_000_000.0),
        ("de", "Der Schaden beträgt 2,5 Millionen Euro.", "€", 2_500_000.0),
    ],
)
def test_an_amount_is_read_in_its_currency(language: str, text: str, what: str, value: float) -> None:
    assert [(v.what, v.value) for v in values_in(text, language)] == [(what, (value,))]


def test_letters_after_a_number_scale_only_an_amount() -> None:
    # Without a money sign, "100m" is 100 metres, never 100 million.
    assert [(v.what, v.value) for v in values_in("He won the 100m sprint.")] == [("distance", (0.1,))]


def test_a_figure_two_people_are_quoted_saying_is_no_disagreement_between_outlets() -> None:
    a = _source("a", "“I’ve got three kids and one small back yard,” said a resident of the estate.")
    b = _source("b", "“I’ve got a mortgage and two kids,” said one loader of the estate.")
    said = {"a": "I’ve got three kids and one small back yard", "b": "I’ve got a mortgage and two kids"}
    quotes = [
        Quote(f"q{s.id}", None, (QuoteOccurrence(s.id, s.sentences[0].id, said[s.id], None, 0, 1, 40),), "identical")
        for s in (a, b)
    ]
    assert find_discrepancies([a, b], [], []) != ()  # as narration, the two figures would be compared
    assert find_discrepancies([a, b], [], quotes) == ()


@pytest.mark.parametrize("quoted", ["a", "b"])
def test_a_figure_closing_a_quotation_is_the_speakers_alone(quoted: str) -> None:
    a = _source("a", "“The fire on the estate killed 12,” the chief said on the estate.")
    b = _source("b", "The fire on the estate killed 14, officials said on the estate.")
    source = a if quoted == "a" else b
    said = source.sentences[0].text.split("“")[-1].split(",")[0]
    quote = Quote("q", None, (QuoteOccurrence(source.id, source.sentences[0].id, said, None, 0, 1, 40),), "identical")
    assert find_discrepancies([a, b], [], []) != ()
    assert find_discrepancies([a, b], [], [quote]) == ()


def test_a_scale_word_written_onto_the_number_still_scales_it() -> None:
    assert [(v.what, v.value) for v in values_in("It will pay £7.8million in compensation.")] == [("£", (7_800_000.0,))]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # A name printed without its accents or its hyphen is the same name.
        ("Councillor Róisín Devlin voted against.", "Councillor Roisin Devlin voted against."),
        ("He drove for Fellside Coaches for years.", "He drove for Fell-side Coaches for years."),
        # Two people of one family, each given an age by one source.
        ("Joan Benning, 63, a retired driver, spoke.", "He was acquitted in the death of Carla Benning, 34, a nurse."),
        # A part of a whole: "its other 41 bridges" and "its 42 bridges" agree.
        ("The city audits its other 41 bridges every year.", "The city audits its 42 bridges every year."),
        # A capitalised word before a number names it: "Year 8" pupils are not eight pupils.
        ("The coach carried Year 8 pupils from the school.", "Fourteen pupils from the school were hurt."),
        # Both sentences state both figures, each of its own party.
        ("The Tories fell to 21 seats and the Liberals held four.", "The Liberals held their four seats."),
        # A window of time and the hour it ends are different statements.
        ("The recycling centres stay open until 8pm daily.", "The recycling centres are open from 8am to 8pm daily."),
    ],
)
def test_what_only_looks_like_a_disagreement_is_not_flagged(one: str, other: str) -> None:
    assert find_discrepancies([_source("a", one), _source("b", other)], [], []) == ()
    # Not even in sentences a passage links.
    assert find_discrepancies(*_passage_story(one, other), []) == ()


@pytest.mark.parametrize(
    ("language", "text", "what", "low", "high"),
    [
        ("en", "Dozens of Palestinians were wounded.", "injure", 24.0, 99.0),
        ("en", "Hackers stole data on tens of millions of customers.", "custom", 20_000_000.0, 99_999_999.0),
        ("en", "He waited several hours.", "duration", 3.0, 9.0),
        ("de", "Hunderte Menschen protestierten.", "mensch", 200.0, 999.0),
    ],
)
def test_a_vague_quantity_is_the_range_it_may_mean(
    language: str, text: str, what: str, low: float, high: float
) -> None:
    (value,) = values_in(text, language)
    assert (value.what, value.value, value.bound) == (what, (low, high), "range")


def test_a_vague_quantity_and_a_figure_in_it_are_approximate() -> None:
    sources, passages = _passage_story(
        "Target said 40 million cards were stolen.", "Target said tens of millions of cards were stolen."
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert found.approximate and [v.text for v in found.values] == ["40 million", "tens of millions"]


def test_a_scale_word_after_a_number_is_not_read_again_as_a_vague_quantity() -> None:
    assert [v.value for v in values_in("Der Schaden beträgt 2,5 Millionen Euro.", "de")] == [(2_500_000.0,)]


def test_what_a_number_with_an_auxiliary_after_it_counts() -> None:
    assert [(v.what, v.value) for v in values_in("Besides the 19 killed, 200 were wounded.")] == [
        ("kill", (19.0,)),
        ("injure", (200.0,)),
    ]


def test_a_name_is_shown_as_written_without_what_punctuation_parts_from_it() -> None:
    a = _source("a", "Maria Santos was given $20,000; Ilsa Hernandez was left $15,000 by the actress.")
    b = _source("b", "Another employee, Isla Hernandez, was left $15,000 by the actress.")
    (found,) = [d for d in find_discrepancies([a, b], [], []) if d.kind == "name"]
    assert [v.text for v in found.values] == ["Ilsa Hernandez", "Isla Hernandez"]


def test_a_count_is_labelled_in_the_word_its_first_source_writes() -> None:
    sources, passages = _passage_story(
        "Officials said eight children were among the dead.", "Officials said five children were among the dead."
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert discrepancy_label(found, sources[0].sentences[0].text) == "count of \u201cchildren\u201d"
    assert discrepancy_label(found) == f"count of \u201c{found.what}\u2026\u201d"  # no sentence: the term, cut short


def test_a_count_read_through_a_synonym_is_labelled_in_the_word_as_written() -> None:
    sources, passages = _passage_story("Five people died in the storm on Monday.", "Six people died in the storm.")
    (found,) = find_discrepancies(sources, passages, [])
    assert discrepancy_label(found, sources[0].sentences[0].text) == "count of \u201cdied\u201d"


@pytest.mark.parametrize(
    ("one", "other", "approximate"),
    [
        ("Shell's chief was paid 5.6 million euros last year.", "Shell's chief was paid €5.58m last year.", True),
        ("BP handed its chief $19.6 million for the year.", "BP handed its chief $20 million for the year.", True),
        ("The crash killed 76 people on the bridge.", "The crash killed 77 people on the bridge.", False),
        ("Prices rose 2.3 percent in March.", "Prices rose 2.4 percent in March.", False),
    ],
)
def test_a_figure_is_as_rounded_as_it_is_written(one: str, other: str, approximate: bool) -> None:
    """A figure written to fewer digits covers what rounds to it: shown as approximate, not a conflict."""
    (found,) = find_discrepancies(*_passage_story(one, other), [])
    assert found.approximate is approximate


def test_a_whole_and_its_parts_agree() -> None:
    sources, passages = _passage_story(
        "The commission fined the company €6.5 million, of which €1.5 million is for the delay.",
        "The commission fined the company €5 million for the failings and €1.5 million for the delay.",
    )
    assert find_discrepancies(sources, passages, []) == ()


def test_a_value_both_give_alike_is_set_aside_before_comparing() -> None:
    (found,) = find_discrepancies(
        *_passage_story(
            "Shell's chief saw his pay fall from €24.2m in 2014 to €5.2m last year.",
            "Shell's chief saw his pay fall from €24.2m in 2014 to €5.9m last year.",
        ),
        [],
    )
    assert [v.text for v in found.values] == ["€5.2m", "€5.9m"] and not found.approximate


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police found the car in the 4200 block of East 68th Street.", "en"),
        ("The gas tax is one of the state's largest sources of revenue.", "en"),
        ("Drei der Verletzten sind noch im Krankenhaus.", "de"),
        # A number's tail glued to a letter is no number of its own ("P500,000" is not 0).
        ("Deposits above the P500,000 cap were lost.", "en"),
        # A name and a number after it ("Year 8") label what is counted; the count is not read so.
        ("The coach carried 39 Year 8 pupils.", "en"),
    ],
)
def test_addresses_and_parts_of_a_whole_are_not_counts(text: str, language: str) -> None:
    assert [v.text for v in values_in(text, language) if v.kind == "number"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The defences were completed four years ago.", "en"),
        ("Die Deiche wurden vor vier Jahren fertig.", "de"),
        ("Les digues ont été achevées il y a quatre ans.", "fr"),
        ("Los diques se terminaron hace cuatro años.", "es"),
    ],
)
def test_a_time_ago_is_not_a_duration(text: str, language: str) -> None:
    """ "Flooded twice in seven years" and "completed four years ago" are not two reports of one span."""
    (value,) = values_in(text, language)
    assert value.what == "duration ago"


def test_durations_of_different_sizes_in_a_passage_are_two_things() -> None:
    sources, passages = _passage_story(
        "The university found he falsified data in 11 studies over seven years.",
        "An 18-month inquiry by the university found he falsified data in 11 studies.",
    )
    assert [d for d in find_discrepancies(sources, passages, []) if d.what == "duration"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people are in custody, police said.", [("custod", (4.0,), "exact")]),
        ("The storm killed 76 people on the coast.", [("kill", (76.0,), "exact")]),
        ("More than a dozen people died in the fire.", [("kill", (12.0,), "above")]),
        ("He is expected to move in a few weeks.", [("duration", (336.0, 840.0), "range")]),
        # A name, and a participle before it, describing what is counted.
        ("The paper printed 37 WhatsApp messages.", [("messag", (37.0,), "exact")]),
        ("About 40 leaked WhatsApp messages were printed.", [("messag", (40.0,), "around")]),
    ],
)
def test_what_a_count_counts_and_how_it_is_hedged(
    text: str, expected: list[tuple[str, tuple[float, ...], str]]
) -> None:
    assert [(v.what, v.value, v.bound) for v in values_in(text)] == expected


def test_near_synonyms_count_one_thing() -> None:
    """ "About 30 workers" and "31 employees" on the overnight shift are one count, told two ways."""
    a = _source("a", "About 30 workers were on the overnight shift when the fire started at the plant.")
    b = _source("b", "The plant said 31 employees were on the overnight shift when the fire started.")
    (found,) = find_discrepancies([a, b], [], [])
    assert [v.text for v in found.values] == ["About 30", "31"] and found.approximate


def test_a_unit_written_onto_its_number_is_read() -> None:
    """ "1.5km" and "1,460m" are distances (a money sign makes "m" millions)."""
    assert [(v.what, v.value) for v in values_in("They were trapped nearly 1.5km down.")] == [("distance", (1.5,))]
    assert [(v.what, v.value) for v in values_in("They were trapped roughly 1,460m below.")] == [("distance", (1.46,))]
    assert [(v.what, v.value) for v in values_in("He was paid £14m last year.")] == [("£", (14_000_000.0,))]


def test_a_small_quantity_keeps_its_digits_in_the_base_unit() -> None:
    """A river level in metres is a few thousandths of a kilometre: 4.31 m and 4.4 m still differ."""
    sources, passages = _passage_story(
        "The river peaked at a record 4.31 metres on Friday.", "The river peaked at a record 4.4 metres on Friday."
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert found.what == "distance" and [v.text for v in found.values] == ["4.31 metres", "4.4 metres"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His margin has fallen from 1,214 to 212 votes.", [("vot", (212.0,), "212")]),
        ("The number of passengers rose sharply from 200 to 250 passengers.", [("passen", (250.0,), "250")]),
        ("Prices ranged from 10 to 12 dollars.", [("$", (10.0, 12.0), "10 to 12 dollars")]),
    ],
)
def test_a_change_from_one_figure_to_another_states_the_second(
    text: str, expected: list[tuple[str, tuple[float, ...], str]]
) -> None:
    """ "fell from X to Y": the figure now is Y, X the one before; with no verb of change, a range."""
    assert [(v.what, v.value, v.text) for v in values_in(text) if v.kind == "number"] == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Two hedged clock times half an hour apart only touch: two reports of when.
        (
            "The attack was detected at about 3.40am on Wednesday when laboratory staff noticed encrypted files.",
            "The attack was detected at around 4:10 am on Wednesday when laboratory staff found encrypted files.",
        ),
    ],
)
def test_hedged_values_further_apart_than_their_hedges_conflict(one: str, other: str) -> None:
    (found,) = find_discrepancies([_source("a", one), _source("b", other)], [], [])
    assert not found.approximate


def test_a_word_in_british_and_american_spelling_is_no_name_spelt_two_ways() -> None:
    a = _source("a", "Her Honor Judge Helen Marchbank read the ruling in Sydney.")
    b = _source("b", "Her Honour Judge Helen Marchbank read the ruling in Sydney.")
    assert find_discrepancies([a, b], [], []) == ()


def test_a_tally_is_one_value_compared_whole() -> None:
    sources, passages = _passage_story(
        "The committee voted 9-6 on Thursday to authorize a subpoena for the agency's emails.",
        "The committee voted 10-5 on Thursday to authorize a subpoena for the agency's emails.",
    )
    (found,) = find_discrepancies(sources, passages, [])
    assert (found.kind, found.what, found.approximate) == ("number", "tally", False)
    assert [value.text for value in found.values] == ["9-6", "10-5"]
    # Without a word for a vote or a match, two numbers joined by a hyphen are a range.
    assert [(kind, what) for kind, what, *_ in _read("Rain of 6-8 inches fell overnight.")] == [("number", "inch")]


def test_a_date_of_one_event_in_unlinked_sentences_is_compared() -> None:
    assert _the_one_flag(
        "The agency completed its internal review on Nov. 14, and officials kept it from Congress for months.",
        "Senators learned this week that officials kept Congress unaware of the internal review on Nov. 4.",
    ) == ("date", ["Nov. 14", "Nov. 4"])
    # Dates the words before them give to different events are no disagreement.
    sources = [
        _source("a", "The agency finished its internal review on Nov. 14, and officials kept it from Congress."),
        _source("b", "Officials kept the agency's internal review from Congress until they testified on Nov. 4."),
    ]
    assert find_discrepancies(sources, [], []) == ()
