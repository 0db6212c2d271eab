"""Individual talks: planning without double bookings, the record by the recorder only,
leads into the item registry, and what each role sees."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests.fieldwork.conftest import Cast, at, local_input
from xunshi.audit.models import AuditEntry
from xunshi.fieldwork.models import Talk, TalkLead
from xunshi.fieldwork.services import FieldworkError, talk_cancel, talk_lead_add, talk_plan, talk_record
from xunshi.intake.models import Item
from xunshi.intake.services import Incoming, item_receive
from xunshi.roster.models import RosterPerson
from xunshi.rounds.selectors import channel_for_kind

pytestmark = pytest.mark.django_db
URL = "/workbench/fieldwork/talks/"


def plan(cast: Cast, **kw: object) -> Talk:
    args: dict[str, object] = {
        "round": cast.round,
        "target": cast.county(),
        "interviewee": "王伟",
        "interviewee_post": "任丘市交通运输局局长",
        "starts_at": at(1, 9),
        "ends_at": at(1, 10),
        "place": "第一谈话室",
        "asker": cast.asker.user,
        "recorder": cast.recorder.user,
        "purpose": "了解交通工程招投标问题",
        "actor": cast.asker.user,
    }
    args.update(kw)
    return talk_plan(**args)  # type: ignore[arg-type]


def test_plan_a_talk_through_the_page_writes_an_audit_row(cast: Cast) -> None:
    response = cast.asker.post(
        URL,
        {
            "target": cast.county().pk,
            "interviewee": "王伟",
            "interviewee_post": "交通运输局局长",
            "starts_at": local_input(at(1, 9)),
            "ends_at": local_input(at(1, 10)),
            "place": "第一谈话室",
            "asker": cast.asker.user.pk,
            "recorder": cast.recorder.user.pk,
            "purpose": "了解招投标",
        },
    )
    talk = Talk.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/talks/{talk.pk}/")
    assert talk.purpose == "了解招投标" and talk.status == Talk.Status.PLANNED
    entry = AuditEntry.objects.filter(action="fieldwork.talk.plan").get()
    assert "招投标" not in str(entry.data)  # the purpose is confidential, the audit log is not


def test_staff_member_double_booked_is_refused_naming_the_clash(cast: Cast) -> None:
    plan(cast)
    with pytest.raises(FieldworkError) as exc:
        plan(
            cast,
            interviewee="刘某",
            place="第二谈话室",
            starts_at=at(1, 9, 30),
            ends_at=at(1, 11),
            asker=cast.other_staff.user,
            recorder=cast.asker.user,
        )
    message = str(exc.value)
    assert "工作人员张谈" in message and "王伟" in message and "第一谈话室" in message


def test_interviewee_and_room_double_booking_are_refused(cast: Cast) -> None:
    plan(cast)
    with pytest.raises(FieldworkError, match="谈话对象王伟"):
        plan(
            cast,
            place="第二谈话室",
            asker=cast.leader.user,
            recorder=cast.deputy.user,
            starts_at=at(1, 9, 45),
        )
    with pytest.raises(FieldworkError, match="地点“第一谈话室”"):
        plan(
            cast, interviewee="刘某", asker=cast.leader.user, recorder=cast.deputy.user, place=" 第一 谈话室"
        )


def test_roster_person_clashes_with_themselves_whatever_the_typed_name(cast: Cast) -> None:
    person = RosterPerson.objects.create(
        round=cast.round, target=cast.county(), name="王伟", unit="交通局", posts=["局长"]
    )
    plan(cast, person=person, interviewee="")
    with pytest.raises(FieldworkError, match="谈话对象"):
        plan(
            cast,
            person=person,
            interviewee="王 伟（局长）",
            place="二室",
            asker=cast.leader.user,
            recorder=cast.deputy.user,
        )


def test_back_to_back_and_cancelled_talks_do_not_clash(cast: Cast) -> None:
    first = plan(cast)
    plan(cast, starts_at=at(1, 10), ends_at=at(1, 11), interviewee="刘某")
    talk_cancel(talk=first, actor=cast.leader.user)
    plan(cast, interviewee="陈某")  # the cancelled slot is free again
    assert Talk.objects.exclude(status=Talk.Status.CANCELLED).count() == 2


def test_two_different_staff_are_required_and_the_page_shows_the_clash(cast: Cast) -> None:
    with pytest.raises(FieldworkError, match="两名工作人员"):
        plan(cast, recorder=cast.asker.user)
    plan(cast)
    response = cast.asker.post(
        URL,
        {
            "target": cast.county().pk,
            "interviewee": "刘某",
            "starts_at": local_input(at(1, 9)),
            "ends_at": local_input(at(1, 9, 30)),
            "place": "第三谈话室",
            "asker": cast.asker.user.pk,
            "recorder": cast.leader.user.pk,
        },
    )
    assert response.status_code == 200
    assert "时间冲突" in response.content.decode() and "工作人员张谈" in response.content.decode()


def test_staff_plan_only_in_their_counties(cast: Cast) -> None:
    response = cast.other_staff.post(
        URL,
        {
            "target": cast.county().pk,
            "interviewee": "刘某",
            "starts_at": local_input(at(1, 9)),
            "ends_at": local_input(at(1, 10)),
            "place": "一室",
            "asker": cast.other_staff.user.pk,
            "recorder": cast.leader.user.pk,
        },
    )
    assert response.status_code == 200 and not Talk.objects.exists()  # 任丘市 is not a choice for 青县 staff


def test_only_the_recorder_writes_the_record(cast: Cast) -> None:
    talk = plan(cast)
    with pytest.raises(FieldworkError):
        talk_record(talk=talk, record="内容", actor=cast.asker.user)
    assert cast.asker.post(f"{URL}{talk.pk}/record/", {"record": "内容"}).status_code == 403
    assert cast.leader.post(f"{URL}{talk.pk}/record/", {"record": "内容"}).status_code == 403
    cast.recorder.post(f"{URL}{talk.pk}/record/", {"record": "王伟反映：某工程未经招标直接发包。"})
    talk.refresh_from_db()
    assert talk.status == Talk.Status.DONE and "未经招标" in talk.record
    assert "未经招标" in cast.leader.page(f"{URL}{talk.pk}/")
    viewed = AuditEntry.objects.filter(action="fieldwork.talk.view", target_id=str(talk.pk))
    assert viewed.filter(actor_id=cast.leader.user.pk).exists()


def test_the_record_is_encrypted_at_rest(cast: Cast) -> None:
    from django.db import connection

    talk = talk_record(talk=plan(cast), record="机密内容", actor=cast.recorder.user)
    with connection.cursor() as cursor:
        cursor.execute("SELECT record, purpose FROM fieldwork_talk WHERE id = %s", [talk.pk])
        record, purpose = cursor.fetchone()
    assert "机密" not in record and record.startswith("v1:") and "招投标" not in purpose


def test_a_lead_becomes_an_item_through_item_receive(cast: Cast) -> None:
    talk = talk_record(talk=plan(cast), record="记录", actor=cast.recorder.user)
    cast.asker.post(
        f"{URL}{talk.pk}/lead/",
        {
            "use": "item",
            "summary": "反映某镇党委书记收受礼金。",
            "accused_name": "李某",
            "accused_position": "镇党委书记",
        },
    )
    lead = TalkLead.objects.get()
    item = lead.item
    assert item.channel_detail == {"source": "talk", "talk": talk.pk}
    assert item.channel.kind == "visit" and item.target == cast.county() and item.accused_name == "李某"
    assert item.events.filter(kind="registered").exists()
    assert item.number in cast.asker.page(f"{URL}{talk.pk}/")


def test_a_lead_can_be_evidence_for_an_existing_item(cast: Cast) -> None:
    existing = item_receive(
        Incoming(
            round=cast.round,
            channel=channel_for_kind(cast.round, "po_box"),
            content="来信反映某工程问题",
            received_at=at(0, 8),
            target=cast.county(),
        )
    ).item
    talk = talk_record(talk=plan(cast), record="记录", actor=cast.recorder.user)
    talk_lead_add(
        talk=talk, use=TalkLead.Use.EVIDENCE, summary="谈话印证来信", item=existing, actor=cast.asker.user
    )
    assert Item.objects.count() == 1 and TalkLead.objects.get().item == existing
    with pytest.raises(FieldworkError, match="登记号"):
        talk_lead_add(talk=talk, use=TalkLead.Use.EVIDENCE, summary="x", item=None, actor=cast.asker.user)


def test_local_liaison_sees_who_when_where_but_never_content(cast: Cast) -> None:
    talk = talk_record(talk=plan(cast), record="谈话记录正文", actor=cast.recorder.user)
    listing = cast.liaison.page(URL)
    assert "王伟" in listing and "第一谈话室" in listing
    detail = cast.liaison.page(f"{URL}{talk.pk}/")
    assert "王伟" in detail and "第一谈话室" in detail
    for secret in ("谈话记录正文", "招投标", "登记线索"):
        assert secret not in listing and secret not in detail
    assert cast.liaison.post(f"{URL}{talk.pk}/lead/", {"use": "item", "summary": "x"}).status_code == 403
    assert cast.liaison.post(URL, {"interviewee": "x"}).status_code == 403


def test_other_county_liaison_and_staff_do_not_see_the_talk(cast: Cast) -> None:
    talk = plan(cast)
    assert "王伟" not in cast.other_liaison.page(URL)
    assert cast.other_liaison.client.get(f"{URL}{talk.pk}/").status_code == 404
    assert cast.other_staff.client.get(f"{URL}{talk.pk}/").status_code == 404


def test_group_liaison_sees_the_schedule_only(cast: Cast) -> None:
    talk = talk_record(talk=plan(cast), record="谈话记录正文", actor=cast.recorder.user)
    page = cast.group_liaison.page(f"{URL}{talk.pk}/")
    assert "第一谈话室" in page and "谈话记录正文" not in page and "招投标" not in page


def test_login_is_required() -> None:
    response = Client().get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_lead_can_be_evidence_for_a_clue(cast: Cast) -> None:
    from xunshi.casework.models import Clue

    clue = Clue.objects.create(
        round=cast.round, number="HB7D-XS-001", target=cast.county(), accused_name="李某", summary="收受礼金"
    )
    talk = talk_record(talk=plan(cast), record="记录", actor=cast.recorder.user)
    cast.asker.post(
        f"{URL}{talk.pk}/lead/", {"use": "evidence", "summary": "谈话印证线索", "clue_number": clue.number}
    )
    lead = TalkLead.objects.get()
    assert lead.clue == clue and lead.item is None
    assert clue.number in cast.asker.page(f"{URL}{talk.pk}/")
    response = cast.asker.post(
        f"{URL}{talk.pk}/lead/", {"use": "evidence", "summary": "x", "clue_number": "无此编号"}
    )
    assert response.status_code == 302 and TalkLead.objects.count() == 1


def test_random_bookings_leave_no_double_booking_and_every_refusal_has_a_reason(cast: Cast) -> None:
    import random

    rng = random.Random(8)
    staff = [cast.asker.user, cast.recorder.user, cast.leader.user, cast.deputy.user, cast.group_liaison.user]
    rooms, names = ["一室", "二室", "三室"], ["甲", "乙", "丙", "丁", "戊"]
    refused = 0
    for _ in range(60):
        start = at(1, 8) + dt.timedelta(minutes=15 * rng.randrange(0, 32))
        asker, recorder = rng.sample(staff, 2)
        try:
            plan(
                cast,
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=15 * rng.randrange(1, 6)),
                asker=asker,
                recorder=recorder,
                interviewee=rng.choice(names),
                place=rng.choice(rooms),
            )
        except FieldworkError as exc:
            refused += 1
            assert str(exc).startswith("时间冲突：")
    talks = list(Talk.objects.all())
    assert refused and len(talks) + refused == 60
    for i, a in enumerate(talks):
        for b in talks[i + 1 :]:
            if a.starts_at < b.ends_at and b.starts_at < a.ends_at:
                assert not {a.asker_id, a.recorder_id} & {b.asker_id, b.recorder_id}
                assert a.interviewee != b.interviewee and a.place != b.place


def test_liaison_prints_the_arrangement_without_content(cast: Cast) -> None:
    import io

    from docx import Document

    plan(cast)
    page = cast.liaison.page(f"{URL}?target={cast.county().pk}")
    assert "谈话安排表" in page
    response = cast.liaison.client.get(f"{URL}county/{cast.county().pk}/arrangement.docx")
    doc = Document(io.BytesIO(response.content))
    cells = [c.text for row in doc.tables[0].rows for c in row.cells]
    assert "王伟" in cells and "第一谈话室" in cells
    assert "招投标" not in " ".join(cells + [p.text for p in doc.paragraphs])
    assert (
        cast.other_liaison.client.get(f"{URL}county/{cast.county().pk}/arrangement.docx").status_code == 404
    )
