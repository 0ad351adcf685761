"""Alignment: which sentences of different sources report the same fact."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.analysis import align
from site_builder.analysis.align import align_story, sentence_similarities
from site_builder.analysis.align.words import normalise, shared_evidence
from site_builder.config import AnalysisSettings
from site_builder.model import Metadata, Paragraph, Passage, Sentence, Source

SETTINGS = AnalysisSettings()


def make_source(source_id: str, *paragraphs: Sequence[str]) -> Source:
    """A segmented source whose sentence ids are ``<source>-<paragraph>-<sentence>``."""
    built = []
    for p, sentences in enumerate(paragraphs):
        made, start = [], 0
        for s, text in enumerate(sentences):
            made.append(Sentence(f"{source_id}-{p}-{s}", source_id, p, start, text))
            start += len(text) + 1
        built.append(Paragraph(p, " ".join(sentences), p + 1, tuple(made)))
    return Source(source_id, f"{source_id}.txt", Metadata(), tuple(built), ())


def groups(passages: Sequence[Passage]) -> list[tuple[str, ...]]:
    return [passage.sentence_ids for passage in passages]


# A small story: three outlets, one fact in all three (verbatim in two), one reworded in two,
# and sentences that share names and topic words without reporting the same thing.
WIRE = make_source(
    "wire",
    [
        "The mayor of Riverton announced on Monday that the old harbour bridge will close for repairs in March.",
        "Engineers found corrosion in twelve of the bridge's steel cables during an inspection last autumn.",
    ],
    ["Commuters will be redirected to a ferry service that runs every twenty minutes."],
)
DAILY = make_source(
    "daily",
    [
        "The mayor of Riverton announced on Monday that the old harbour bridge will close for repairs in March.",
        "The mayor also praised the city's firefighters at the ceremony.",
    ],
    ["An inspection last autumn revealed corroded steel cables on the bridge, 12 of them in all, engineers said."],
)
HERALD = make_source(
    "herald",
    ["Riverton's mayor said on Monday the old harbour bridge is to close in March so that repairs can be made."],
    ["Local bakers are planning a festival for the summer."],
)


def test_same_fact_is_grouped_across_all_sources_and_unrelated_sentences_are_left_alone() -> None:
    passages = align_story([WIRE, DAILY, HERALD], SETTINGS).passages
    assert groups(passages) == [
        ("wire-0-0", "daily-0-0", "herald-0-0"),
        ("wire-0-1", "daily-1-0"),
    ]


def test_passage_fields_follow_the_contract() -> None:
    first, second = align_story([WIRE, DAILY, HERALD], SETTINGS).passages
    digest = hashlib.sha1("\n".join(sorted(first.sentence_ids)).encode()).hexdigest()
    assert first.id == f"p-{digest[:8]}"
    assert 0.5 <= first.similarity < 1.0
    assert second.strength == "reworded"


def test_identical_sentences_are_verbatim_whatever_their_quotes_and_case() -> None:
    a = make_source("a", ["\u201cWe will rebuild the school,\u201d the governor said on Tuesday."])
    b = make_source("b", ['"We will rebuild the school," the Governor said on Tuesday.'])
    (passage,) = align_story([a, b], SETTINGS).passages
    assert passage.sentence_ids == ("a-0-0", "b-0-0")
    assert passage.similarity == 1.0
    assert passage.strength == "verbatim"


def test_order_follows_sources_then_position() -> None:
    a = make_source(
        "a", ["Heavy rain flooded the valley road near Dunmore overnight.", "Schools in the district opened late."]
    )
    b = make_source(
        "b", ["Schools in the district opened late on Friday.", "Heavy rain flooded the valley road near Dunmore."]
    )
    passages = align_story([b, a], SETTINGS).passages
    assert groups(passages) == [("b-0-0", "a-0-1"), ("b-0-1", "a-0-0")]


def test_sentences_of_one_source_never_align_with_each_other() -> None:
    repeated = "The council approved the new budget for the harbour district."
    a = make_source("a", [repeated, repeated])
    assert align_story([a], SETTINGS).passages == ()


def test_each_sentence_keeps_only_its_best_partner_in_another_source() -> None:
    a = make_source("a", ["Police arrested three men after the robbery at the central jewellery store on Friday."])
    b = make_source(
        "b",
        [
            "Three men were arrested by police after Friday's robbery at the central jewellery store.",
            "Police arrested three men after the robbery at the central jewellery store on Friday night.",
        ],
    )
    assert groups(align_story([a, b], SETTINGS).passages) == [("a-0-0", "b-0-1")]


def test_conflicting_numbers_keep_apart_otherwise_similar_sentences() -> None:
    a = make_source("a", ["The storm killed four people in the coastal town of Marlow."])
    b = make_source("b", ["The storm killed nine people in the coastal town of Marlow."])
    c = make_source("c", ["In the coastal town of Marlow the storm killed 4 people."])
    assert groups(align_story([a, b, c], SETTINGS).passages) == [("a-0-0", "c-0-0")]


def test_short_sentences_sharing_a_name_are_not_linked() -> None:
    a = make_source("a", ["Video", "Putin and Trump."])
    b = make_source("b", ["Video", "Trump and Putin."])
    assert align_story([a, b], SETTINGS).passages == ()


def test_a_chain_of_loose_rewordings_does_not_glue_different_facts() -> None:
    # b matches a on one half and c on the other, but a and c have nothing in common.
    a = make_source("a", ["The festival drew forty thousand visitors to the riverside park on Saturday."])
    b = make_source(
        "b",
        [
            "The festival drew forty thousand visitors to the riverside park, "
            "where stalls sold food from thirty countries."
        ],
    )
    c = make_source("c", ["Stalls at the festival sold street food from thirty countries."])
    assert groups(align_story([a, b, c], SETTINGS).passages) == [("a-0-0", "b-0-0")]


def test_general_synonyms_and_word_forms_count_as_the_same_word() -> None:
    # "halted"/"paused", "weapons"/"arms", "shipments"/"deliveries", "officials"/"authorities".
    a = make_source("a", ["Officials halted weapons shipments to the border region on Monday."])
    b = make_source("b", ["On Monday authorities paused arms deliveries to the border region."])
    (passage,) = align_story([a, b], SETTINGS).passages
    assert passage.strength == "close"
    # "diplomatic"/"diplomacy" meet once words are cut to their first letters.
    c = make_source("c", ["Diplomatic efforts to end the fishing dispute have stalled, officials in Oslo admitted."])
    d = make_source(
        "d", ["Efforts to end the fishing dispute through diplomacy have stalled, officials in Oslo admitted."]
    )
    (passage,) = align_story([c, d], SETTINGS).passages
    assert passage.similarity >= 0.9


FLOOD_BEFORE = "Flooding closed the coastal highway near Bramford on Tuesday morning."
FLOOD_LOOSE_A = "The council blamed blocked drains for the damage to shops along the seafront."
FLOOD_AFTER = "Volunteers handed out sandbags at the town hall."
FLOOD_LOOSE_B = "Drains that had been blocked for months made the flooding far worse, according to councillors."


def test_a_loose_pair_is_linked_when_its_neighbours_match_in_the_same_order() -> None:
    a = make_source("a", [FLOOD_BEFORE, FLOOD_LOOSE_A, FLOOD_AFTER])
    b = make_source("b", [FLOOD_BEFORE.replace(" morning", ""), FLOOD_LOOSE_B, FLOOD_AFTER + " on Tuesday."])
    assert groups(align_story([a, b], SETTINGS).passages) == [
        ("a-0-0", "b-0-0"),
        ("a-0-1", "b-0-1"),
        ("a-0-2", "b-0-2"),
    ]


def test_the_same_loose_pair_without_that_context_is_left_alone() -> None:
    a = make_source("a", [FLOOD_LOOSE_A])
    b = make_source("b", [FLOOD_LOOSE_B])
    assert align_story([a, b], SETTINGS).passages == ()


def test_sentences_sharing_only_frequent_names_and_titles_are_not_linked() -> None:
    title = "Prime Minister Anna Varga met President Tomas Lind"
    a = make_source(
        "a",
        [
            f"{title} in Vienna on Monday.",
            "Varga and Lind discussed the grain corridor for an hour.",
            f"{title} again.",
        ],
    )
    b = make_source(
        "b",
        [
            f"{title} before the summit dinner.",
            "Lind praised the new rail tunnel.",
            "Varga and Lind signed a trade deal.",
        ],
    )
    for passage in align_story([a, b], SETTINGS).passages:
        assert passage.sentence_ids not in {("a-0-0", "b-0-0"), ("a-0-2", "b-0-0")}


def test_candidates_are_found_through_rare_words_not_all_against_all() -> None:
    from site_builder.analysis.align.candidates import candidate_pairs
    from site_builder.analysis.align.scoring import Story

    # Sentence k of every source is about topic k (words "tkwm"), worded its own way (word "xn").
    def sentence(k: int, n: int) -> str:
        return " ".join(f"t{k}w{m}" for m in range(6)) + f" x{n} were reported."

    sources = [make_source(f"s{n}", [sentence(k, n) for k in range(10)]) for n in range(6)]
    story = Story(sources)
    everything = sum(1 for i in story.items for j in story.items if i.index < j.index and i.source != j.source)
    same_topic = 15 * 10  # 6 sources: 15 source pairs, for each of the 10 topics
    assert len(candidate_pairs(story)) == same_topic < everything


def test_candidates_stay_bounded_when_one_fact_is_in_every_source() -> None:
    from site_builder.analysis.align.candidates import candidate_pairs
    from site_builder.analysis.align.scoring import Story

    # Every source reports the same fact, each in its own wording (word "xn"), plus a line of its own.
    def story(k: int) -> list[Source]:
        fact = "The mayor of Riverton closed the old harbour bridge for repairs after engineers found rust"
        return [
            make_source(f"s{n}", [f"{fact} x{n}.", f"Local bakers y{n} z{n} planned a festival."]) for n in range(k)
        ]

    cap = 8
    counts = {k: len(candidate_pairs(Story(story(k)), cap)) for k in (40, 80, 160)}
    for k, count in counts.items():
        wordings = 2 * k
        assert count <= cap * wordings < k * (k - 1)  # same-topic pairs alone would be k * (k - 1)
    assert counts[160] <= 2.2 * counts[80] <= 2.2**2 * counts[40]  # doubling the sources about doubles them
    # Identical sentences are compared once: k copies of one fact give no pair to score at all.
    copies = [
        make_source(f"c{n}", ["The mayor of Riverton closed the old harbour bridge for repairs."]) for n in range(50)
    ]
    assert candidate_pairs(Story(copies)) == []
    (passage,) = align_story(copies, SETTINGS).passages
    assert len(passage.sentence_ids) == 50 and passage.strength == "verbatim"


def test_the_cap_does_not_split_a_fact_reworded_in_many_sources() -> None:
    fact = "The mayor of Riverton closed the old harbour bridge for repairs after engineers found rust"
    sources = [make_source(f"s{n}", [f"{fact} x{n}."]) for n in range(120)]  # far more wordings than the cap
    (passage,) = align_story(sources, SETTINGS).passages
    assert len(passage.sentence_ids) == 120


def test_a_contraction_is_one_plain_word_as_in_the_normalised_text() -> None:
    # "didn't" split at its apostrophe would give two shared lower-case words ("didn", "t") and
    # help two sentences past the gate of shared plain words on one word.
    from site_builder.analysis.align.words import content_words, plain_words

    plain = plain_words("Officials of Portmouth didn\u2019t expect the vote.")
    assert plain == set(content_words(normalise("didn't expect the vote")))
    assert plain <= set(content_words(normalise("Officials of Portmouth didn\u2019t expect the vote.")))


def test_normalise_makes_spelling_variants_uniform() -> None:
    assert normalise("The U.S. sent five ships") == normalise("the US sent 5 ships")
    assert normalise("United States officials") == normalise("U.S. officials")
    assert normalise("Let us go, it\u2019s 1,000 per cent") == "let us go it 1000 percent"


def test_empty_story_has_no_passages() -> None:
    assert align_story([], SETTINGS).passages == ()
    assert align_story([make_source("a"), make_source("b", [])], SETTINGS).passages == ()


# ------------------------------------------------------------------------------ properties

WORDS = st.sampled_from(
    "bridge mayor river council storm police five 12 closed opened said the a of in on harbour fire "
    "rain school budget March Monday Riverton Ukraine talks ceasefire \u201cquoted\u201d U.S. it's".split()
)
SENTENCES = st.lists(WORDS, min_size=1, max_size=14).map(lambda words: " ".join(words) + ".")
PARAGRAPHS = st.lists(st.lists(SENTENCES, min_size=1, max_size=4), max_size=3)
STORIES = st.lists(PARAGRAPHS, min_size=0, max_size=5).map(
    lambda sources: [make_source(f"s{n}", *paragraphs) for n, paragraphs in enumerate(sources)]
)


@settings(max_examples=150, deadline=None)
@given(STORIES)
def test_passages_are_well_formed_and_deterministic(sources: list[Source]) -> None:
    passages = align_story(sources, SETTINGS).passages
    source_of = {s.id: s.source_id for source in sources for s in source.sentences}
    order = {s.id: n for n, s in enumerate(s for source in sources for s in source.sentences)}
    seen: set[str] = set()
    for passage in passages:
        assert len({source_of[sid] for sid in passage.sentence_ids}) >= 2
        # No many-to-one passages: at most one sentence of each source.
        assert len({source_of[sid] for sid in passage.sentence_ids}) == len(passage.sentence_ids)
        assert not seen.intersection(passage.sentence_ids)
        seen.update(passage.sentence_ids)
        assert list(passage.sentence_ids) == sorted(passage.sentence_ids, key=order.__getitem__)
        assert 0.0 <= passage.similarity <= 1.0
    firsts = [order[passage.sentence_ids[0]] for passage in passages]
    assert firsts == sorted(firsts)
    assert align_story(sources, SETTINGS).passages == passages
    assert align_story(tuple(sources), SETTINGS).passages == passages


def test_sentence_similarities_scores_pairs_by_position_in_the_story() -> None:
    # Positions run source after source: WIRE 0-2, DAILY 3-5, HERALD 6-7.
    verbatim, reworded, unrelated = sentence_similarities([WIRE, DAILY, HERALD], [(0, 3), (0, 6), (3, 7)])
    assert verbatim == 1.0
    assert SETTINGS.passage_threshold <= reworded < verbatim
    assert unrelated == 0.0


# ------------------------------------------------------------------------ possibly related

PERMITS = "The council did not discuss the recent pause in new housing permits for Riverton."
RENTS = "The vote came amid a pause in housing permits and rising rents across the county."


def test_a_pair_below_the_passage_threshold_but_above_the_floor_is_possibly_related() -> None:
    a = make_source("a", [PERMITS, "The mayor opened a new library on Friday in the old town."])
    b = make_source("b", [RENTS, "Bakers are planning a summer festival by the river."])
    alignment = align_story([a, b], SETTINGS)
    assert alignment.passages == ()
    (link,) = alignment.related
    assert link.sentence_ids == ("a-0-0", "b-0-0")
    assert SETTINGS.related_floor <= link.similarity < SETTINGS.passage_threshold
    assert link.reasons and link.reasons[-1].endswith("shared content words")
    stricter = AnalysisSettings(related_floor=SETTINGS.passage_threshold)
    assert align_story([a, b], stricter).related == ()


def test_a_sentence_with_a_passage_partner_in_a_source_gets_no_related_one_there() -> None:
    # a-0-0 already shares a passage with b-0-0, so the looser b-0-1 is not offered as related to it.
    a = make_source("a", [PERMITS])
    b = make_source("b", [PERMITS, RENTS])
    alignment = align_story([a, b], SETTINGS)
    assert groups(alignment.passages) == [("a-0-0", "b-0-0")]
    assert alignment.related == ()


def test_shared_names_and_numbers_are_given_as_reasons() -> None:
    reasons = shared_evidence(
        "The storm left 12 people dead in Riverton on Monday, Mayor Ann Lee said.",
        "Ann Lee, the mayor of Riverton, said 12 had died and 30 were hurt.",
        4,
        frozenset({"12"}),
    )
    # "Ann" opens the second sentence but stands inside the first: a name, where "The" is not.
    assert reasons == ("names: Ann, Lee, Riverton", "numbers: 12", "4 shared content words")


def test_a_rescore_hook_replaces_the_similarity_of_different_wordings_only() -> None:
    seen: list[tuple[int, int]] = []

    def nothing_matches(story: object, pairs: Sequence[tuple[int, int]], lexical: np.ndarray) -> np.ndarray:
        seen.extend(pairs)
        return np.zeros(len(pairs))

    passages = align_story([WIRE, DAILY, HERALD], SETTINGS, nothing_matches).passages
    assert seen and all(k != m for k, m in seen)
    # Only the sentence printed word for word in two sources (one wording) is still linked.
    assert groups(passages) == [("wire-0-0", "daily-0-0")]
    assert align_story([WIRE, DAILY, HERALD], SETTINGS, None) == align_story([WIRE, DAILY, HERALD], SETTINGS)


def test_a_wording_many_sources_print_is_possibly_related_from_its_first_copy_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copies = [make_source(f"s{n}", [PERMITS, "The mayor opened a new library on Friday."]) for n in range(3)]
    other = make_source("t", [RENTS, "Bakers are planning a summer festival by the river."])
    every_copy = align_story([*copies, other], SETTINGS).related
    assert [link.sentence_ids for link in every_copy] == [(f"s{n}-0-0", "t-0-0") for n in range(3)]
    # Past the cap (sixteen links for one pair of wordings; two here) only the first copy is linked.
    monkeypatch.setattr(align, "MAX_LINKS_PER_PAIR", 2)
    capped = align_story([*copies, other], SETTINGS).related
    assert [link.sentence_ids for link in capped] == [("s0-0-0", "t-0-0")]
