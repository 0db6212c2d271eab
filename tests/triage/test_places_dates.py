"""Places and dates as a report writes them (triage.md `places`, `dates`).

The conventions are those of the hand-labelled real reports (tests/data/triage/places_real*.py):
a compound place is split into its levels, a verb or a function word before a name is not
part of it, a kind of place (新农村, 贫困县) is no place; a date keeps its tail (底, 期间,
以来) and a range is one date, an age or a house number is none.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xunshi.triage import extract as ex
from xunshi.triage import lexicon as lx
from xunshi.triage.normalize import prepare


def places(text: str) -> list[str]:
    p = prepare(text)
    return [p.span(s, e) for s, e in ex.places(p)]


def dates(text: str) -> list[str]:
    p = prepare(text)
    return [p.span(s, e) for s, e in ex.dates(p)]


@pytest.mark.parametrize(("text", "expected"), [
    # A town written before a post keeps its level character: 乾元 + 镇党委书记.
    ("河间市乾元镇党委书记田某截留补贴。", ["河间市", "乾元镇"]),
    # A verb or preposition before the name is not part of it.
    ("我们希望潼南县尽快处理。", ["潼南县"]),
    ("他离古浪县城不远，到达张掖市后被拦下。", ["古浪县", "张掖市"]),
    # A prefecture written without 市 before a county is a place of its own.
    ("山东潍坊安丘市的村民反映。", ["山东", "潍坊", "安丘市"]),
    # 原 (former) before a place is the writer's word.
    ("原古仑乡农技站站长要走了三千元。", ["古仑乡"]),
    # A village's committee names the village; a village group after it is a place too.
    ("道口村委会把白庙村二社的地卖了。", ["道口村", "白庙村", "二社"]),
    # Kinds of places and level words are not names.
    ("全村村民都说新农村建设是好事，贫困县的帽子摘了。", []),
    ("他在菜市场和小区门口摆摊。", []),
])
def test_places(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("同年10月7日，他又收了两万元。", ["同年10月7日"]),
    ("2003至2008年间，村里的账从未公开。", ["2003至2008年"]),
    ("2013年1月至12月，王某多次召集聚餐。", ["2013年1月至12月"]),
    ("25日上午，记者来到村委会。", ["25日"]),
    ("2003年开始，他一直担任村主任。", ["2003年"]),
    ("今年四月和去年年底都发过一次。", ["今年四月", "去年年底"]),
    ("上世纪80年代的账本还在，中秋节期间又送了月饼。", ["上世纪80年代", "中秋节期间"]),
    # An age, a house number, a duration and a count of months are no dates.
    ("他今年61岁，住在16号楼，已经上访两年零6个月，三个月没有回音。", []),
    # Sums of money and numbers are no dates, even with 到 between them or 元月 inside.
    ("他收了2000到3000元，编号2003到期，一千元月工资。", []),
])
def test_dates(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2030), st.integers(1, 12), st.one_of(st.none(), st.integers(1, 28)),
       st.sampled_from(["", "底", "初", "期间", "前后", "以来", "中旬"]),
       st.sampled_from(["据反映，", "群众举报：", "", "我村在"]),
       st.sampled_from(["，村支书收了钱。", "他被调走了。", "，没有人管。"]))
def test_a_written_date_is_read_whole(year: int, month: int, day: int | None, tail: str,
                                      before: str, after: str) -> None:
    date = f"{year}年{month}月" + (f"{day}日" if day else tail)
    assert dates(before + date + after) == [date]


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2020), st.integers(1, 11), st.integers(1, 12))
def test_a_range_of_months_is_one_date(year: int, first: int, span: int) -> None:
    last = min(12, first + span)
    date = f"{year}年{first}月至{last}月"
    assert dates(f"经查，{date}，村干部多次聚餐。") == [date]


# Prefectures and leagues that are not written as 市 (延边朝鲜族自治州, 锡林郭勒盟, 大兴安岭地区).
NOT_SHI = {
    "兴安盟", "锡林郭勒", "阿拉善", "大兴安岭", "延边", "恩施", "湘西", "阿坝", "甘孜",
    "凉山", "黔西南", "黔东南", "黔南", "楚雄", "红河", "文山", "西双版纳", "大理",
    "德宏", "怒江", "迪庆", "阿里", "临夏", "甘南", "海北", "黄南", "果洛",
    "玉树", "海西", "昌吉", "博尔塔拉", "巴音郭楞", "克孜勒苏", "伊犁",
}
PROVINCES_WITH_SHENG = sorted(lx.PROVINCES_SHORT - {"北京", "天津", "上海", "重庆", "内蒙古", "内蒙", "广西",
                                                    "西藏", "宁夏", "新疆", "香港", "澳门"})


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(PROVINCES_WITH_SHENG), st.sampled_from(sorted(lx.CITIES_SHORT - NOT_SHI)))
def test_a_province_and_a_city_are_two_places(province: str, city: str) -> None:
    found = places(f"我是{province}省{city}市的村民，反映村干部的问题。")
    assert found[:2] == [f"{province}省", f"{city}市"]


def test_a_date_line_padded_with_spaces_is_read_at_once() -> None:
    import time

    # Fifteen thousand spaces after a header date (the analysis stops at 20,000) once
    # made the header check backtrack for minutes.
    text = "2015年8月14日" + " " * 15_000 + "x"
    started = time.perf_counter()
    assert dates(text) == ["2015年8月14日"]
    assert time.perf_counter() - started < 5
