"""Property tests of normalisation and shingling: what the duplicate finder relies on."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xunshi.matching import sketch as sk

han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
text = st.text(
    alphabet=st.one_of(han, st.sampled_from("，。！？ \n、；：0123456789ＡＢａｂ１２")), max_size=300
)
punct = st.text(alphabet=st.sampled_from("，。！？ \n、；：“”（）…—-·"), max_size=5)


@given(text)
def test_normalise_is_idempotent_and_keeps_only_letters_and_digits(value: str) -> None:
    once = sk.normalise(value)
    assert sk.normalise(once) == once
    assert all(ch.isalnum() for ch in once)


@given(text, punct)
def test_punctuation_and_width_do_not_change_the_shingles(value: str, noise: str) -> None:
    widened = "".join(ch + noise if i % 7 == 0 else ch for i, ch in enumerate(value))
    assert sk.shingles(widened) == sk.shingles(value)


@given(text)
def test_every_shingle_is_a_substring_of_the_normalised_text(value: str) -> None:
    norm = sk.normalise(value)
    grams = sk.shingles(value)
    assert all(g in norm for g in grams)
    assert all(len(g) == sk.SHINGLE for g in grams) or len(norm) < sk.SHINGLE
    assert len(grams) <= max(len(norm) - sk.SHINGLE + 1, 1)


@settings(max_examples=50)
@given(text, text)
def test_jaccard_is_symmetric_and_bounded(a: str, b: str) -> None:
    sa, sb = sk.shingles(a), sk.shingles(b)
    assert sk.jaccard(sa, sb) == sk.jaccard(sb, sa)
    assert 0.0 <= sk.jaccard(sa, sb) <= 1.0
    if sa:
        assert sk.jaccard(sa, sa) == 1.0


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=han, min_size=20, max_size=200))
def test_identical_texts_have_identical_signatures_and_band_keys(value: str) -> None:
    a, b = sk.signature(sk.shingles(value)), sk.signature(sk.shingles(value + "。"))
    assert sk.estimate(a, b) == 1.0
    assert sk.band_keys(1, a) == sk.band_keys(1, b)
    assert set(sk.band_keys(1, a)).isdisjoint(sk.band_keys(2, a))  # rounds never share keys


def _pair_with_jaccard(rng: random.Random, jaccard: float, size: int = 200) -> tuple[set[str], set[str]]:
    """Two shingle sets of `size` each whose exact Jaccard is as close to `jaccard` as sizes allow."""
    shared = round(2 * size * jaccard / (1 + jaccard))
    pool = rng.sample(range(10**7), 2 * size - shared)
    common = {str(x) for x in pool[:shared]}
    return common | {str(x) for x in pool[shared:size]}, common | {str(x) for x in pool[size:]}


def _shared_band_keys(a: set[str], b: set[str]) -> int:
    keys_a = set(sk.band_keys(1, sk.signature(a)))
    return len(keys_a & set(sk.band_keys(1, sk.signature(b))))


@pytest.mark.parametrize("jaccard", [0.3, 0.5, 0.6, 0.7])
def test_candidate_rate_follows_the_documented_s_curve(jaccard: float) -> None:
    """The lookup's candidate rule (≥ MIN_BAND_HITS shared band keys) passes pairs as often as
    candidate_probability, the curve sketch.py documents, says; and pairs at the duplicate
    threshold pass at least nine times in ten."""
    rng = random.Random(int(jaccard * 100))
    pairs = [_pair_with_jaccard(rng, jaccard) for _ in range(400)]
    assert all(abs(sk.jaccard(frozenset(a), frozenset(b)) - jaccard) < 0.005 for a, b in pairs)
    passed = sum(_shared_band_keys(a, b) >= sk.MIN_BAND_HITS for a, b in pairs) / len(pairs)
    expected = sk.candidate_probability(jaccard)
    # 400 pairs: a binomial standard deviation of at most 0.025; four of them as tolerance.
    assert abs(passed - expected) < 0.1
    assert sk.candidate_probability(sk.DUPLICATE_JACCARD) >= 0.9
