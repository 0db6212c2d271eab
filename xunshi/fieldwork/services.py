"""Writes for fieldwork and rectification. Keyword-only; each runs in one transaction and
writes its audit row there. Confidential text (records, purposes, notes) never goes into
the audit data: the audit log is not secret.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.casework.models import Clue
from xunshi.fieldwork.models import (
    CustodyEvent,
    DocumentCopy,
    DocumentRequest,
    Feedback,
    Meeting,
    Phase,
    Problem,
    Rectification,
    RectificationEvidence,
    ScheduleEntry,
    Talk,
    TalkLead,
    Visit,
)
from xunshi.intake.models import Item
from xunshi.intake.services import Incoming, item_receive
from xunshi.intake.storage import store_bytes
from xunshi.roster.models import CareerPost, RosterPerson
from xunshi.rounds.models import Channel, Round, Subgroup, TargetUnit

MAX_FILE_BYTES = 50 * 1024 * 1024


class FieldworkError(ValueError):
    """An operation that cannot be done, with a message for the user."""


def _audit(*, action: str, actor: User | None, obj: object, round_id: int, data: dict[str, object]) -> None:
    audit_record(
        action=f"fieldwork.{action}",
        actor=actor,
        target_type=type(obj).__name__.lower(),
        target_id=getattr(obj, "pk", ""),
        round_id=round_id,
        data=data,
    )


def _text(value: str, *, field: str, required: bool = True, max_chars: int = 20000) -> str:
    text = (value or "").strip()
    if required and not text:
        raise FieldworkError(f"请填写{field}")
    if len(text) > max_chars:
        raise FieldworkError(f"{field}不能超过 {max_chars} 字")
    return text


def _same_round(round: Round, *targets: TargetUnit | None) -> None:
    for target in targets:
        if target is not None and target.round_id != round.pk:
            raise FieldworkError("县（市）不属于该巡视轮次")


# ---------------------------------------------------------------- talks


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _fmt_span(talk: Talk) -> str:
    start, end = timezone.localtime(talk.starts_at), timezone.localtime(talk.ends_at)
    return f"{start:%m月%d日 %H:%M}—{end:%H:%M}"


def _staff_name(user: User) -> str:
    return user.get_full_name() or user.get_username()


@dataclass(frozen=True)
class TalkSlot:
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    asker: User
    recorder: User
    target: TargetUnit
    person: RosterPerson | None
    interviewee: str


def talk_clashes(*, round: Round, slot: TalkSlot, exclude: int | None = None) -> list[str]:
    """Every double booking the slot would cause: a staff member, the interviewee or the room."""
    overlapping = (
        Talk.objects.filter(round=round, starts_at__lt=slot.ends_at, ends_at__gt=slot.starts_at)
        .exclude(status=Talk.Status.CANCELLED)
        .select_related("asker", "recorder")
    )
    if exclude is not None:
        overlapping = overlapping.exclude(pk=exclude)
    staff = {slot.asker.pk: slot.asker, slot.recorder.pk: slot.recorder}
    clashes: list[str] = []
    for other in overlapping:
        when = f"{_fmt_span(other)}已安排与{other.interviewee}的谈话（{other.place}）"
        for busy in (other.asker, other.recorder):
            if busy.pk in staff:
                clashes.append(f"工作人员{_staff_name(busy)}在{when}")
        same_person = slot.person is not None and other.person_id == slot.person.pk
        same_name = other.target_id == slot.target.pk and _norm(other.interviewee) == _norm(slot.interviewee)
        if same_person or same_name:
            clashes.append(f"谈话对象{other.interviewee}在{_fmt_span(other)}已有谈话安排")
        if _norm(other.place) == _norm(slot.place):
            clashes.append(f"地点“{other.place}”在{when.removesuffix(f'（{other.place}）')}")
    return clashes


def _check_slot(round: Round, slot: TalkSlot, exclude: int | None = None) -> None:
    if slot.ends_at <= slot.starts_at:
        raise FieldworkError("结束时间须晚于开始时间")
    if slot.asker.pk == slot.recorder.pk:
        raise FieldworkError("谈话须由两名工作人员进行：主谈人和记录人不能是同一人")
    clashes = talk_clashes(round=round, slot=slot, exclude=exclude)
    if clashes:
        raise FieldworkError("时间冲突：" + "；".join(clashes))


@transaction.atomic
def talk_plan(
    *,
    round: Round,
    target: TargetUnit,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    asker: User,
    recorder: User,
    person: RosterPerson | None = None,
    interviewee: str = "",
    interviewee_post: str = "",
    purpose: str = "",
    actor: User | None,
) -> Talk:
    """Plan a talk; refused with the clash named if anyone or the room is already booked.

    SQLite runs this as an IMMEDIATE transaction (and PostgreSQL serialises on the round
    row lock below), so two planners cannot book the same slot at once."""
    _same_round(round, target)
    Round.objects.select_for_update().filter(pk=round.pk).first()
    if person is not None:
        if person.round_id != round.pk:
            raise FieldworkError("名册人员不属于该巡视轮次")
        interviewee = interviewee.strip() or person.name
        interviewee_post = interviewee_post.strip() or f"{person.unit}{person.posts_text}"
    name = _text(interviewee, field="谈话对象", max_chars=50)
    slot = TalkSlot(
        starts_at=starts_at,
        ends_at=ends_at,
        place=_text(place, field="地点", max_chars=100),
        asker=asker,
        recorder=recorder,
        target=target,
        person=person,
        interviewee=name,
    )
    _check_slot(round, slot)
    talk = Talk.objects.create(
        round=round,
        target=target,
        person=person,
        interviewee=name,
        interviewee_post=_text(interviewee_post, field="单位职务", required=False, max_chars=200),
        starts_at=starts_at,
        ends_at=ends_at,
        place=slot.place,
        asker=asker,
        recorder=recorder,
        purpose=_text(purpose, field="谈话目的", required=False),
        created_by=actor,
    )
    _audit(
        action="talk.plan",
        actor=actor,
        obj=talk,
        round_id=round.pk,
        data={"target": target.name, "starts_at": starts_at.isoformat(), "place": talk.place},
    )
    return talk


@transaction.atomic
def talk_reschedule(
    *, talk: Talk, starts_at: dt.datetime, ends_at: dt.datetime, place: str, actor: User | None
) -> Talk:
    locked = Talk.objects.select_for_update().select_related("asker", "recorder", "target").get(pk=talk.pk)
    if locked.status != Talk.Status.PLANNED:
        raise FieldworkError("只能调整尚未进行的谈话")
    slot = TalkSlot(
        starts_at=starts_at,
        ends_at=ends_at,
        place=_text(place, field="地点", max_chars=100),
        asker=locked.asker,
        recorder=locked.recorder,
        target=locked.target,
        person=locked.person,
        interviewee=locked.interviewee,
    )
    _check_slot(locked.round, slot, exclude=locked.pk)
    old = {"starts_at": locked.starts_at.isoformat(), "place": locked.place}
    locked.starts_at, locked.ends_at, locked.place = starts_at, ends_at, slot.place
    locked.save(update_fields=["starts_at", "ends_at", "place"])
    _audit(
        action="talk.reschedule",
        actor=actor,
        obj=locked,
        round_id=locked.round_id,
        data={"from": old, "to": {"starts_at": starts_at.isoformat(), "place": slot.place}},
    )
    return locked


@transaction.atomic
def talk_cancel(*, talk: Talk, actor: User | None) -> Talk:
    locked = Talk.objects.select_for_update().get(pk=talk.pk)
    if locked.status != Talk.Status.PLANNED:
        raise FieldworkError("只能取消尚未进行的谈话")
    locked.status = Talk.Status.CANCELLED
    locked.save(update_fields=["status"])
    _audit(action="talk.cancel", actor=actor, obj=locked, round_id=locked.round_id, data={})
    return locked


@transaction.atomic
def talk_record(*, talk: Talk, record: str, actor: User) -> Talk:
    """The record is written by the recording staff member, and only by them."""
    locked = Talk.objects.select_for_update().get(pk=talk.pk)
    if actor.pk != locked.recorder_id:
        raise FieldworkError("谈话记录由记录人填写")
    if locked.status == Talk.Status.CANCELLED:
        raise FieldworkError("谈话已取消")
    first = locked.status == Talk.Status.PLANNED
    locked.record = _text(record, field="谈话记录", max_chars=100000)
    locked.status = Talk.Status.DONE
    locked.recorded_at = timezone.now()
    locked.save(update_fields=["record", "status", "recorded_at"])
    _audit(
        action="talk.record" if first else "talk.record_edit",
        actor=actor,
        obj=locked,
        round_id=locked.round_id,
        data={"chars": len(locked.record)},
    )
    return locked


@transaction.atomic
def talk_record_viewed(*, talk: Talk, actor: User) -> None:
    """Who read a talk record, as for report content: every reading is in the audit log."""
    _audit(action="talk.view", actor=actor, obj=talk, round_id=talk.round_id, data={})


@transaction.atomic
def visit_viewed(*, visit: Visit, actor: User) -> None:
    """Who opened a secret visit's record."""
    _audit(
        action="visit.view", actor=actor, obj=visit, round_id=visit.round_id, data={"covert": visit.covert}
    )


def talk_channel(round: Round) -> Channel:
    """Leads from talks are registered on the round's walk-in channel: a talk is an in-person
    account, and the Channel kinds are the published ways in, which talks are not. The item's
    channel_detail {"source": "talk", "talk": id} tells them apart from walk-ins."""
    channel = Channel.objects.filter(round=round, kind=Channel.Kind.VISIT, target__isnull=True).first()
    channel = channel or Channel.objects.filter(round=round, kind=Channel.Kind.VISIT).first()
    if channel is None:
        raise FieldworkError("该轮次没有“来访接待”渠道，无法登记谈话中反映的线索")
    return channel


def talk_lead_add(
    *,
    talk: Talk,
    use: str,
    summary: str,
    actor: User,
    accused_name: str = "",
    accused_position: str = "",
    item: Item | None = None,
    clue: Clue | None = None,
) -> TalkLead:
    """A lead raised in the talk: registered as a new item through `item_receive`, or kept
    as evidence for an item or a clue the group already has."""
    if Talk.objects.values_list("status", flat=True).get(pk=talk.pk) != Talk.Status.DONE:
        raise FieldworkError("谈话记录完成后才能登记线索")
    text = _text(summary, field="线索摘要", max_chars=20000)
    with transaction.atomic():
        if use == TalkLead.Use.ITEM:
            received = item_receive(
                Incoming(
                    round=talk.round,
                    channel=talk_channel(talk.round),
                    content=text,
                    received_at=talk.starts_at,
                    subject=f"个别谈话中反映（{talk.target.name}）",
                    accused_name=accused_name,
                    accused_position=accused_position,
                    target=talk.target,
                    channel_detail={"source": "talk", "talk": talk.pk},
                    actor=actor,
                )
            )
            item, clue = received.item, None
        elif use == TalkLead.Use.EVIDENCE:
            if item is None and clue is None:
                raise FieldworkError("请填写本轮次已有信访件的登记号或问题线索编号")
            if (item is not None and item.round_id != talk.round_id) or (
                clue is not None and clue.round_id != talk.round_id
            ):
                raise FieldworkError("信访件或线索不属于该巡视轮次")
        else:
            raise FieldworkError("线索用途无效")
        lead = TalkLead.objects.create(
            talk=talk, use=use, summary=text, item=item, clue=clue, created_by=actor
        )
        _audit(
            action="talk.lead",
            actor=actor,
            obj=lead,
            round_id=talk.round_id,
            data={
                "talk": talk.pk,
                "use": use,
                "item": item.number if item else None,
                "clue": clue.number if clue else None,
            },
        )
    return lead


# ---------------------------------------------------------------- document requests

DOC_NEXT = {
    DocumentRequest.Status.DRAFT: DocumentRequest.Status.ISSUED,
    DocumentRequest.Status.ISSUED: DocumentRequest.Status.RECEIVED,
    DocumentRequest.Status.RECEIVED: DocumentRequest.Status.RETURNED,
}
DOC_STAMP = {
    DocumentRequest.Status.ISSUED: "issued_at",
    DocumentRequest.Status.RECEIVED: "received_at",
    DocumentRequest.Status.RETURNED: "returned_at",
}


@transaction.atomic
def document_request_create(
    *,
    round: Round,
    target: TargetUnit,
    what: str,
    purpose: str = "",
    copy_wanted: bool = False,
    due_on: dt.date | None = None,
    item: Item | None = None,
    clue: Clue | None = None,
    actor: User | None,
) -> DocumentRequest:
    _same_round(round, target)
    if (item is not None and item.round_id != round.pk) or (clue is not None and clue.round_id != round.pk):
        raise FieldworkError("信访件或线索不属于该巡视轮次")
    request = DocumentRequest.objects.create(
        round=round,
        target=target,
        what=_text(what, field="调阅材料", max_chars=300),
        purpose=_text(purpose, field="调阅目的", required=False),
        copy_wanted=copy_wanted,
        due_on=due_on,
        item=item,
        clue=clue,
        created_by=actor,
    )
    _audit(action="document.create", actor=actor, obj=request, round_id=round.pk, data={"what": request.what})
    return request


@transaction.atomic
def document_request_advance(
    *,
    request: DocumentRequest,
    to: str,
    actor: User | None,
    handed_by: str = "",
    received_by: str = "",
    note: str = "",
) -> DocumentRequest:
    """Issued → received → returned; each hand-over is a line of the custody log."""
    locked = DocumentRequest.objects.select_for_update().get(pk=request.pk)
    if DOC_NEXT.get(DocumentRequest.Status(locked.status)) != to:
        raise FieldworkError(
            f"不能从“{DocumentRequest.Status(locked.status).label}”变为“{DocumentRequest.Status(to).label}”"
        )
    if to in (DocumentRequest.Status.RECEIVED, DocumentRequest.Status.RETURNED) and not (
        handed_by.strip() and received_by.strip()
    ):
        raise FieldworkError("交接材料须填写交出人和接收人")
    now = timezone.now()
    previous = locked.status
    locked.status = to
    setattr(locked, DOC_STAMP[DocumentRequest.Status(to)], now)
    locked.save(update_fields=["status", DOC_STAMP[DocumentRequest.Status(to)]])
    CustodyEvent.objects.create(
        request=locked,
        at=now,
        action=to,
        handed_by=handed_by.strip()[:50],
        received_by=received_by.strip()[:50],
        note=note.strip()[:300],
        actor=actor,
    )
    _audit(
        action="document.advance",
        actor=actor,
        obj=locked,
        round_id=locked.round_id,
        data={"from": previous, "to": to, "handed_by": handed_by, "received_by": received_by},
    )
    return locked


def document_copy_add(
    *, request: DocumentRequest, name: str, data: bytes, actor: User | None
) -> DocumentCopy:
    status = DocumentRequest.objects.values_list("status", flat=True).get(pk=request.pk)
    if status not in (DocumentRequest.Status.RECEIVED, DocumentRequest.Status.RETURNED):
        raise FieldworkError("收到材料后才能附复制件")
    if not data or len(data) > MAX_FILE_BYTES:
        raise FieldworkError("复制件为空或过大")
    # Bytes are written and fsynced before the row commits, as for item attachments.
    digest = store_bytes(data)
    with transaction.atomic():
        copy = DocumentCopy.objects.create(
            request=request, sha256=digest, size=len(data), original_name=name[:200], added_by=actor
        )
        _audit(
            action="document.copy",
            actor=actor,
            obj=copy,
            round_id=request.round_id,
            data={"request": request.pk, "sha256": digest, "size": len(data)},
        )
    return copy


# ---------------------------------------------------------------- meetings and visits


@transaction.atomic
def meeting_record(
    *,
    round: Round,
    target: TargetUnit,
    kind: str,
    title: str,
    starts_at: dt.datetime,
    place: str = "",
    attendees: str = "",
    notes: str = "",
    actor: User | None,
) -> Meeting:
    _same_round(round, target)
    if kind not in Meeting.Kind.values:
        raise FieldworkError("会议类型无效")
    meeting = Meeting.objects.create(
        round=round,
        target=target,
        kind=kind,
        title=_text(title, field="会议名称", max_chars=200),
        starts_at=starts_at,
        place=_text(place, field="地点", required=False, max_chars=100),
        attendees=_text(attendees, field="参加人员", required=False),
        notes=_text(notes, field="会议记录", required=False, max_chars=100000),
        created_by=actor,
    )
    _audit(action="meeting.record", actor=actor, obj=meeting, round_id=round.pk, data={"kind": kind})
    return meeting


@transaction.atomic
def meeting_update_notes(*, meeting: Meeting, attendees: str, notes: str, actor: User | None) -> Meeting:
    meeting.attendees = _text(attendees, field="参加人员", required=False)
    meeting.notes = _text(notes, field="会议记录", required=False, max_chars=100000)
    meeting.save(update_fields=["attendees", "notes"])
    _audit(action="meeting.notes", actor=actor, obj=meeting, round_id=meeting.round_id, data={})
    return meeting


@transaction.atomic
def visit_record(
    *,
    round: Round,
    target: TargetUnit,
    place: str,
    on: dt.date,
    members: list[User],
    covert: bool = False,
    attendees: str = "",
    notes: str = "",
    sink_post: CareerPost | None = None,
    actor: User | None,
) -> Visit:
    _same_round(round, target)
    if not members:
        raise FieldworkError("请选择参加走访的巡视组人员")
    if sink_post is not None and sink_post.person.round_id != round.pk:
        raise FieldworkError("下沉依据不属于该巡视轮次")
    visit = Visit.objects.create(
        round=round,
        target=target,
        covert=covert,
        place=_text(place, field="走访单位/地点", max_chars=200),
        on=on,
        attendees=_text(attendees, field="接待/陪同人员", required=False),
        notes=_text(notes, field="走访情况", required=False, max_chars=100000),
        sink_post=sink_post,
        created_by=actor,
    )
    visit.members.set(members)
    # A secret visit's place is itself confidential: the audit row names only the record.
    _audit(
        action="visit.record",
        actor=actor,
        obj=visit,
        round_id=round.pk,
        data={"covert": covert, "sink": sink_post is not None},
    )
    return visit


@transaction.atomic
def visit_update_notes(*, visit: Visit, attendees: str, notes: str, actor: User | None) -> Visit:
    visit.attendees = _text(attendees, field="接待/陪同人员", required=False)
    visit.notes = _text(notes, field="走访情况", required=False, max_chars=100000)
    visit.save(update_fields=["attendees", "notes"])
    _audit(action="visit.notes", actor=actor, obj=visit, round_id=visit.round_id, data={})
    return visit


# ---------------------------------------------------------------- schedule

# Share of a county's stay given to each phase when a staggered plan is drafted.
PLAN_SHARES = [
    (Phase.ENTRY, 0.0, 0.0),
    (Phase.MOBILISATION, 0.02, 0.05),
    (Phase.TALKS, 0.05, 0.55),
    (Phase.VISITS, 0.55, 0.95),
    (Phase.EXIT, 1.0, 1.0),
]


@transaction.atomic
def schedule_set(
    *,
    round: Round,
    target: TargetUnit,
    phase: str,
    starts_on: dt.date,
    ends_on: dt.date,
    subgroup: Subgroup | None = None,
    actor: User | None,
) -> ScheduleEntry:
    _same_round(round, target)
    if phase not in Phase.values:
        raise FieldworkError("环节无效")
    if ends_on < starts_on:
        raise FieldworkError("结束日期不能早于开始日期")
    if subgroup is None:
        subgroup = Subgroup.objects.filter(round=round, targets=target).first()
    entry, _ = ScheduleEntry.objects.update_or_create(
        round=round,
        target=target,
        phase=phase,
        defaults={"starts_on": starts_on, "ends_on": ends_on, "subgroup": subgroup},
    )
    _audit(
        action="schedule.set",
        actor=actor,
        obj=entry,
        round_id=round.pk,
        data={"target": target.name, "phase": phase, "from": starts_on, "to": ends_on},
    )
    return entry


@transaction.atomic
def schedule_plan_staggered(*, round: Round, actor: User | None) -> int:
    """Draft the plan 压茬推进: each subgroup takes its counties one after another, the next
    county's entry overlapping the previous one's visits. Counties already planned are kept."""
    created = 0
    days = (round.period_end - round.period_start).days
    for subgroup in Subgroup.objects.filter(round=round).prefetch_related("targets"):
        counties = list(subgroup.targets.order_by("order"))
        if not counties:
            continue
        # Each county's stay is the round divided among the subgroup's counties, plus an
        # overlap of a fifth with the next one: talks in one while visits end in the other.
        stay = max(days // len(counties), 1)
        overlap = stay // 5
        for index, county in enumerate(counties):
            if ScheduleEntry.objects.filter(target=county).exists():
                continue
            begin = round.period_start + dt.timedelta(days=max(index * stay - overlap * (index > 0), 0))
            length = min(stay + overlap, (round.period_end - begin).days)
            for phase, start_share, end_share in PLAN_SHARES:
                ScheduleEntry.objects.create(
                    round=round,
                    target=county,
                    subgroup=subgroup,
                    phase=phase,
                    starts_on=begin + dt.timedelta(days=round_half(length * start_share)),
                    ends_on=begin + dt.timedelta(days=round_half(length * end_share)),
                )
                created += 1
    audit_record(
        action="fieldwork.schedule.plan",
        actor=actor,
        target_type="round",
        target_id=round.pk,
        round_id=round.pk,
        data={"entries": created},
    )
    return created


def round_half(value: float) -> int:
    return int(value + 0.5)


# ---------------------------------------------------------------- feedback and rectification


@transaction.atomic
def problem_add(
    *,
    round: Round,
    target: TargetUnit,
    title: str,
    detail: str = "",
    item: Item | None = None,
    actor: User | None,
) -> Problem:
    _same_round(round, target)
    Round.objects.select_for_update().filter(pk=round.pk).first()
    seq = (Problem.objects.filter(round=round, target=target).aggregate(m=Max("seq"))["m"] or 0) + 1
    problem = Problem.objects.create(
        round=round,
        target=target,
        seq=seq,
        title=_text(title, field="问题", max_chars=300),
        detail=_text(detail, field="具体表现", required=False),
        item=item,
        created_by=actor,
    )
    # If the county's feedback has already been delivered, a problem added later is handed over at once.
    if Feedback.objects.filter(round=round, target=target, delivered_on__isnull=False).exists():
        problem.issued_at = timezone.now()
        problem.save(update_fields=["issued_at"])
    _audit(action="problem.add", actor=actor, obj=problem, round_id=round.pk, data={"target": target.name})
    return problem


@transaction.atomic
def problem_issue_immediately(*, problem: Problem, actor: User | None) -> Problem:
    """边巡视、边整改: a clear-cut problem is handed to the county now, before feedback."""
    locked = Problem.objects.select_for_update().get(pk=problem.pk)
    if locked.issued_at is not None:
        raise FieldworkError("该问题已交办")
    locked.immediate = True
    locked.issued_at = timezone.now()
    locked.save(update_fields=["immediate", "issued_at"])
    _audit(action="problem.immediate", actor=actor, obj=locked, round_id=locked.round_id, data={})
    return locked


@transaction.atomic
def feedback_deliver(
    *, round: Round, target: TargetUnit, doc_number: str, delivered_on: dt.date, actor: User | None
) -> Feedback:
    """Record the feedback to the county; all its problems are handed over with it and the
    two-month clock for the rectification report starts."""
    _same_round(round, target)
    problems = Problem.objects.filter(round=round, target=target)
    if not problems.exists():
        raise FieldworkError("该县（市）还没有问题清单")
    feedback, _ = Feedback.objects.get_or_create(round=round, target=target)
    if feedback.delivered_on is not None:
        raise FieldworkError("该县（市）的反馈意见已经送达")
    feedback.doc_number = _text(doc_number, field="文号", required=False, max_chars=60)
    feedback.delivered_on = delivered_on
    feedback.save(update_fields=["doc_number", "delivered_on"])
    problems.filter(issued_at__isnull=True).update(issued_at=timezone.now())
    _audit(
        action="feedback.deliver",
        actor=actor,
        obj=feedback,
        round_id=round.pk,
        data={"target": target.name, "delivered_on": delivered_on, "report_due": feedback.report_due},
    )
    return feedback


@transaction.atomic
def feedback_report_received(*, feedback: Feedback, on: dt.date, actor: User | None) -> Feedback:
    if feedback.delivered_on is None:
        raise FieldworkError("反馈意见尚未送达")
    feedback.report_received_on = on
    feedback.save(update_fields=["report_received_on"])
    _audit(
        action="feedback.report",
        actor=actor,
        obj=feedback,
        round_id=feedback.round_id,
        data={"on": on, "late": feedback.report_due is not None and on > feedback.report_due},
    )
    return feedback


@transaction.atomic
def rectification_add(
    *,
    problem: Problem,
    measure: str,
    kind: str,
    responsible_person: str,
    responsible_unit: str = "",
    deadline: dt.date | None = None,
    actor: User | None,
) -> Rectification:
    problem = Problem.objects.select_for_update().get(pk=problem.pk)
    if problem.issued_at is None:
        raise FieldworkError("问题尚未交办，不能制定整改措施")
    if kind not in Rectification.Kind.values:
        raise FieldworkError("整改类别无效")
    if kind == Rectification.Kind.DEADLINE and deadline is None:
        raise FieldworkError("限期整改须填写完成时限")
    rect = Rectification.objects.create(
        problem=problem,
        measure=_text(measure, field="整改措施"),
        kind=kind,
        responsible_person=_text(responsible_person, field="责任人", max_chars=50),
        responsible_unit=_text(responsible_unit, field="责任单位", required=False, max_chars=200),
        deadline=deadline,
    )
    _audit(
        action="rectification.add",
        actor=actor,
        obj=rect,
        round_id=problem.round_id,
        data={"problem": problem.pk, "kind": kind, "deadline": deadline},
    )
    return rect


def rectification_progress(
    *,
    rect: Rectification,
    progress: str,
    actor: User | None,
    evidence_text: str = "",
    file: tuple[str, bytes] | None = None,
) -> Rectification:
    """The county reports progress and adds evidence (佐证材料)."""
    if Rectification.objects.values_list("status", flat=True).get(pk=rect.pk) == Rectification.Status.CHECKED:
        raise FieldworkError("已销号的任务不能再修改")
    digest = ""
    if file is not None:
        if not file[1] or len(file[1]) > MAX_FILE_BYTES:
            raise FieldworkError("佐证材料为空或过大")
        digest = store_bytes(file[1])
    with transaction.atomic():
        locked = Rectification.objects.select_for_update().get(pk=rect.pk)
        locked.progress = _text(progress, field="进展情况", required=False)
        locked.save(update_fields=["progress"])
        evidence = None
        if evidence_text.strip() or file is not None:
            evidence = RectificationEvidence.objects.create(
                rectification=locked,
                text=_text(evidence_text, field="佐证说明", required=False),
                sha256=digest,
                size=len(file[1]) if file else 0,
                original_name=file[0][:200] if file else "",
                added_by=actor,
            )
        _audit(
            action="rectification.progress",
            actor=actor,
            obj=locked,
            round_id=locked.problem.round_id,
            data={"evidence": evidence.pk if evidence else None, "sha256": digest},
        )
    return locked


@transaction.atomic
def rectification_sign_off(*, rect: Rectification, actor: User) -> Rectification:
    """The county confirms the measure is done; it then waits for the check (对账)."""
    locked = Rectification.objects.select_for_update().get(pk=rect.pk)
    if locked.status != Rectification.Status.OPEN:
        raise FieldworkError("只有整改中的任务可以确认完成")
    if not locked.evidence.exists():
        raise FieldworkError("请先上传佐证材料再确认完成")
    locked.status = Rectification.Status.SIGNED_OFF
    locked.signed_off_at = timezone.now()
    locked.signed_off_by = actor
    locked.save(update_fields=["status", "signed_off_at", "signed_off_by"])
    _audit(
        action="rectification.sign_off", actor=actor, obj=locked, round_id=locked.problem.round_id, data={}
    )
    return locked


@transaction.atomic
def rectification_check(*, rect: Rectification, accept: bool, note: str, actor: User) -> Rectification:
    """对账销号: accepted measures are closed; others go back to the county with the reason."""
    locked = Rectification.objects.select_for_update().get(pk=rect.pk)
    if locked.status != Rectification.Status.SIGNED_OFF:
        raise FieldworkError("只有县（市）确认完成的任务可以对账销号")
    if accept:
        locked.status = Rectification.Status.CHECKED
        locked.checked_at = timezone.now()
        locked.checked_by = actor
    else:
        reason = _text(note, field="退回理由", max_chars=500)
        locked.status = Rectification.Status.OPEN
        locked.signed_off_at = None
        locked.progress = f"{locked.progress}\n【退回】{reason}".strip()
    locked.save(update_fields=["status", "checked_at", "checked_by", "signed_off_at", "progress"])
    _audit(
        action="rectification.check" if accept else "rectification.return",
        actor=actor,
        obj=locked,
        round_id=locked.problem.round_id,
        data={"note": note.strip()[:500]},
    )
    return locked
