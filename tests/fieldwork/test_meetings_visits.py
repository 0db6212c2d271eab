"""Meetings heard and visits: notes are the group's; a secret visit is known only to the
group's leaders and those who went."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.fieldwork.conftest import Cast, at, local_input
from xunshi.fieldwork.models import Meeting, Visit
from xunshi.fieldwork.services import visit_record

pytestmark = pytest.mark.django_db


def test_meeting_record_and_the_liaison_sees_only_the_arrangement(cast: Cast) -> None:
    response = cast.asker.post(
        "/workbench/fieldwork/meetings/",
        {
            "target": cast.county().pk,
            "kind": "report",
            "title": "听取任丘市委工作汇报",
            "starts_at": local_input(at(1, 15)),
            "place": "市委第一会议室",
            "attendees": "市委书记、市长及班子成员",
            "notes": "汇报称三公经费逐年下降，与审计报告不一致。",
        },
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and meeting.kind == "report"
    assert "与审计报告不一致" in cast.leader.page(f"/workbench/fieldwork/meetings/{meeting.pk}/")
    page = cast.liaison.page(f"/workbench/fieldwork/meetings/{meeting.pk}/")
    assert "市委第一会议室" in page and "与审计报告不一致" not in page and "班子成员" not in page
    assert cast.other_liaison.client.get(f"/workbench/fieldwork/meetings/{meeting.pk}/").status_code == 404
    response = cast.liaison.post(f"/workbench/fieldwork/meetings/{meeting.pk}/", {"notes": "改写"})
    assert response.status_code == 403


def test_secret_visit_is_seen_only_by_leaders_and_those_who_went(cast: Cast) -> None:
    on = timezone.localdate()
    secret = visit_record(
        round=cast.round,
        target=cast.county(),
        covert=True,
        place="某镇政府食堂",
        on=on,
        members=[cast.asker.user, cast.recorder.user],
        notes="中午有公款宴请迹象",
        actor=cast.asker.user,
    )
    open_visit = visit_record(
        round=cast.round,
        target=cast.county(),
        place="某村便民服务中心",
        on=on,
        members=[cast.asker.user],
        actor=cast.asker.user,
    )
    url = f"/workbench/fieldwork/visits/{secret.pk}/"
    for who in (cast.leader, cast.deputy, cast.asker, cast.recorder):
        assert "中午有公款宴请迹象" in who.page(url)
        assert "某镇政府食堂" in who.page("/workbench/fieldwork/visits/")
    for who in (cast.other_staff, cast.group_liaison, cast.office):
        assert who.client.get(url).status_code == 404
        assert "某镇政府食堂" not in who.page("/workbench/fieldwork/visits/")
    assert "某村便民服务中心" in cast.office.page("/workbench/fieldwork/visits/")
    assert cast.liaison.client.get("/workbench/fieldwork/visits/").status_code == 403
    assert cast.liaison.client.get(f"/workbench/fieldwork/visits/{open_visit.pk}/").status_code == 404
    assert Visit.objects.count() == 2


def test_a_staff_member_who_went_sees_a_secret_visit_outside_their_counties(cast: Cast) -> None:
    secret = visit_record(
        round=cast.round,
        target=cast.county("河间市"),
        covert=True,
        place="河间某局",
        on=timezone.localdate(),
        members=[cast.asker.user],
        actor=cast.leader.user,
    )
    assert cast.asker.client.get(f"/workbench/fieldwork/visits/{secret.pk}/").status_code == 200
