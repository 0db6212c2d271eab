"""Any input string gives a well-formed proposal, never an exception."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from xunshi.rounds.announcement import KEYS, parse

PIECES = [
    "省委第七巡视组", "市委第二巡察组", "县委", "中央", "巡視組", "进驻", "对", "开展巡视", "组长", "副组长",
    "王俊钟", "、", ",", "。", "(", ")", "（", "）", "值班电话:", "0317-5528359", "15830645642",
    "(仅接收短信)", "@", "h b s", ".c n", "邮政信箱:", "第300号信箱", "意见箱放置在", "门口", "8月3日至9月底",
    "2015年", "至", "工作2个月", "受理反映", "问题的来信", "重点是", "违反", "纪律", "不属于巡视受理范围的",
    "等问题", "|", "\t", "\n", "监督电话", "&nbsp;", "■", "第二轮", "等6个县(市)",
]


def _check(out: dict[str, Any]) -> None:
    assert list(out) == KEYS
    for key in ("inspector", "round", "duration", "scope_persons"):
        assert out[key] is None or isinstance(out[key], str)
    assert out["level"] in (None, "central", "provincial", "city", "county", "other")
    assert out["kind"] in (None, "巡视", "巡察")
    for key in ("targets", "emails", "po_boxes", "boxes", "focus", "out_of_scope"):
        assert all(isinstance(x, str) and x for x in out[key])
    assert all(set(x) == {"name", "role"} and x["role"] in ("组长", "副组长") for x in out["leaders"])
    assert all(set(x) == {"number", "hours_text", "sms_only"} for x in out["phones"])
    assert out["period"] is None or set(out["period"]) == {"start", "end"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _check(parse(text).contract())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join))
def test_announcement_like_text(text: str) -> None:
    result = parse(text)
    _check(result.contract())
    for key, spans in result.spans.items():
        for a, b in spans:
            assert 0 <= a <= b <= len(text), key
