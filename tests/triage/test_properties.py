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
    for s, e in ex.dates(p) + ex.places(p, ex.segment(p.analysis)):
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
