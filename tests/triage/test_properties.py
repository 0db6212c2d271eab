"""Property tests for the extractors: any string in, spans of the original out, no crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from xunshi.triage import extract as ex
from xunshi.triage.engine import judge
from xunshi.triage.normalize import InputError, decode_bytes, prepare

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PIECES = st.sampled_from(["县委书记", "镇长", "村支书", "李某", "边某国", "王建军", "收受", "红包",
                          "征地", "补偿", "２０１４年", "2013年3月", "。", "，", "（", "）", "\n",
                          "乾元镇", "東光縣"])
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(alphabet=CJK, max_size=4)), max_size=60).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_prepare_keeps_length(text: str) -> None:
    p = prepare(text)
    assert len(p.analysis) == len(p.original)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_extractors_report_substrings_of_the_original(text: str) -> None:
    p = prepare(text)
    for o in ex.officials(p):
        if o.name:
            assert o.name in p.original
        assert o.position in p.original
    for s, e in ex.dates(p) + ex.places(p):
        assert 0 <= s < e <= len(p.original)


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_judge_never_crashes_and_keeps_the_contract(text: str) -> None:
    r = judge(text)
    assert r["scope"] in ("in", "out")
    for a in r["accused"]:
        assert a["name"] is None or a["name"] in text
    for d in r["dates"]:
        assert d in text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_returns_text_or_a_clear_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except InputError as exc:
        assert str(exc)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=400))
def test_name_at_is_a_short_span_starting_where_asked(text: str, pos: int) -> None:
    a = prepare(text).analysis
    if not a:
        return
    pos = pos % len(a)
    span = ex.name_at(a, pos)
    if span is not None:
        assert span[0] == pos
        assert pos < span[1] <= len(a)
        assert span[1] - span[0] <= 4


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=400))
def test_unit_before_returns_words_written_before_the_point(text: str, pos: int) -> None:
    a = prepare(text).analysis
    pos = pos % (len(a) + 1)
    for unit in ex.unit_before(a, pos):
        assert unit in a[max(0, pos - 18):pos]


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_reporters_are_a_subset_of_the_officials_and_never_all_accused(text: str) -> None:
    from xunshi.triage.engine import is_reporter

    p = prepare(text)
    found = ex.officials(p)
    reporters = [o for o in found if is_reporter(o, found, p.analysis)]
    accused = {a["name"] for a in judge(text)["accused"] if a["name"]}
    for o in reporters:
        if o.name and not any(x.name == o.name for x in found if x not in reporters):
            assert o.name not in accused


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_preparing_twice_changes_nothing_more(text: str) -> None:
    once = prepare(text).analysis
    assert prepare(once).analysis == once


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_full_width_digits_and_letters_read_as_half_width(text: str) -> None:
    full = "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or "a" <= c <= "z" else c for c in text)
    assert prepare(full).analysis == prepare(text).analysis
