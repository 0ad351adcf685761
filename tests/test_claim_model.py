"""The trained same-claim scorer (issue 13): the shipped model loads and scores sensibly and stably.

The scorer is not on in the build yet, so the tests that run it skip when the ``semantic`` extra
(onnxruntime, tokenizers) is not installed; once the build uses the model by default they must fail
instead. The sentences are made up for these tests.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from site_builder.analysis.align.claim_model import DATA_DIR, MODEL_FILE, RECORD_FILE, TOKENIZER_FILE, ClaimScorer

REPO = Path(__file__).resolve().parent.parent
SEMANTIC = 'the "semantic" extra is not installed: python -m pip install -e ".[semantic]"'

SAME = [
    (
        "The city council approved the new budget on Monday evening.",
        "On Monday night, the council voted to pass the city's new budget.",
    ),
    (
        "Heavy rain forced organisers to cancel the open-air concert.",
        "The outdoor concert was called off by its organisers because of heavy rain.",
    ),
    (
        "The company said it would cut 300 jobs at its factory in Leeds.",
        "Three hundred jobs will go at the firm's Leeds factory, the company said.",
    ),
]
DIFFERENT = [
    (
        "The city council approved the new budget on Monday evening.",
        "The mayor will travel to Berlin next month for a trade fair.",
    ),
    (
        "Heavy rain forced organisers to cancel the open-air concert.",
        "Ticket sales for the concert had been slow, a spokesman said.",
    ),
    (
        "The company said it would cut 300 jobs at its factory in Leeds.",
        "The company reported record profits for the third quarter.",
    ),
]


@pytest.fixture(scope="module")
def scorer() -> ClaimScorer:
    pytest.importorskip("onnxruntime", reason=SEMANTIC)
    pytest.importorskip("tokenizers", reason=SEMANTIC)
    return ClaimScorer.load()


def test_model_tokenizer_and_record_are_shipped_as_package_data() -> None:
    for name in (MODEL_FILE, TOKENIZER_FILE, RECORD_FILE):
        assert (DATA_DIR / name).is_file(), name
    assert (DATA_DIR / MODEL_FILE).stat().st_size <= 25 * 1024 * 1024
    package_data = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    patterns = package_data["site_builder.analysis.align"]
    for name in (MODEL_FILE, TOKENIZER_FILE, RECORD_FILE):
        assert any(Path("data", name).match(pattern) for pattern in patterns), f"{name} is not package data"


def test_a_same_claim_pair_scores_above_a_same_topic_pair(scorer: ClaimScorer) -> None:
    same = scorer.score(SAME)
    different = scorer.score(DIFFERENT)
    for s, d, pair in zip(same, different, SAME, strict=True):
        assert s > d, pair[0]
    assert min(same) >= scorer.threshold > max(different)
    assert all(0.0 <= score <= 1.0 for score in same + different)


def test_padding_is_off_a_score_does_not_depend_on_the_rest_of_the_batch(scorer: ClaimScorer) -> None:
    short = ("It rained.", "Rain fell.")
    long = (
        "The regional transport authority said on Thursday that the delayed rail line would open in stages "
        "over the next two years, starting with the northern section, once safety checks are complete.",
        "Safety checks permitting, the northern section of the late rail line will open first, the transport "
        "authority said, with the rest following in stages over two years.",
    )
    alone = scorer.score([short])[0]
    assert scorer.score([long, short, long])[1] == alone
    assert scorer.score([short, *SAME, *DIFFERENT])[0] == alone
    # No padding tokens (id 0) in an encoded pair: the tokenizer's own file asks for padding to 128.
    encoding = scorer.tokenizer.encode(*short)
    assert 0 not in encoding.ids and len(encoding.ids) < 20


def test_scores_are_deterministic(scorer: ClaimScorer) -> None:
    pairs = SAME + DIFFERENT
    first = scorer.score(pairs)
    assert scorer.score(pairs) == first
    assert ClaimScorer.load().score(pairs) == first


def test_long_input_is_truncated_and_no_pairs_gives_no_scores(scorer: ClaimScorer) -> None:
    sentence = "The committee met again on Tuesday to discuss the proposal. " * 60
    (score,) = scorer.score([(sentence, sentence)])
    assert 0.0 <= score <= 1.0
    assert len(scorer.tokenizer.encode(sentence, sentence).ids) == 128
    assert scorer.score([]) == []
