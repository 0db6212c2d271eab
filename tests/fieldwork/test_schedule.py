"""The round schedule: phases per county, the staggered plan (压茬推进) and its SVG chart."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fieldwork.conftest import Cast
from xunshi.fieldwork.models import Phase, ScheduleEntry
from xunshi.fieldwork.selectors import schedule_svg
from xunshi.fieldwork.services import FieldworkError, schedule_plan_staggered, schedule_set

pytestmark = pytest.mark.django_db


def test_staggered_plan_covers_every_county_and_overlaps_within_a_subgroup(cast: Cast) -> None:
    rnd = cast.round
    created = schedule_plan_staggered(round=rnd, actor=cast.leader.user)
    assert created == 6 * len(Phase)
    renqiu = {e.phase: e for e in ScheduleEntry.objects.filter(target__name="任丘市")}
    hejian = {e.phase: e for e in ScheduleEntry.objects.filter(target__name="河间市")}
    assert renqiu["entry"].starts_on == rnd.period_start
    assert renqiu["entry"].subgroup is not None and renqiu["entry"].subgroup.name == "第一小组"
    # 压茬推进: the second county starts before the first one's work is over.
    assert renqiu["entry"].starts_on < hejian["entry"].starts_on <= renqiu["exit"].ends_on
    assert all(
        rnd.period_start <= e.starts_on <= e.ends_on <= rnd.period_end for e in ScheduleEntry.objects.all()
    )
    assert schedule_plan_staggered(round=rnd, actor=cast.leader.user) == 0  # kept as planned


def test_chart_is_server_side_svg_with_a_bar_per_phase(cast: Cast) -> None:
    schedule_plan_staggered(round=cast.round, actor=cast.leader.user)
    svg = str(schedule_svg(cast.round))
    assert svg.startswith("<svg") and svg.count('class="phase-talks"') == 6
    assert "第二小组 · 沧县" in svg and "<script" not in svg
    page = cast.group_liaison.page("/workbench/fieldwork/schedule/")
    assert "<svg" in page and "第三小组" in page and 'style="' not in page


def test_setting_a_phase_through_the_page(cast: Cast) -> None:
    start = cast.round.period_start + dt.timedelta(days=2)
    response = cast.leader.post(
        "/workbench/fieldwork/schedule/",
        {"target": cast.county("青县").pk, "phase": "mobilisation", "starts_on": start, "ends_on": start},
    )
    assert response.status_code == 302
    entry = ScheduleEntry.objects.get()
    assert entry.subgroup is not None and entry.subgroup.name == "第三小组"
    with pytest.raises(FieldworkError, match="结束日期"):
        schedule_set(
            round=cast.round,
            target=cast.county(),
            phase="talks",
            starts_on=start,
            ends_on=start - dt.timedelta(days=1),
            actor=cast.leader.user,
        )
    assert cast.asker.post("/workbench/fieldwork/schedule/plan/", {}).status_code == 403
    assert cast.liaison.client.get("/workbench/fieldwork/schedule/").status_code == 403
