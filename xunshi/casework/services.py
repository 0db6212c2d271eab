"""Writes of case work. Keyword-only, one transaction each, an audit row in the same
transaction and a line on the item's timeline for everything that concerns an item.

Rights are checked where objects are fetched (xunshi.accounts.access); the few rules that
depend on who acts (four eyes on clues, identity on slips) are checked here as well, so
no caller can skip them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import smtplib
import ssl
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from xunshi.accounts import access
from xunshi.audit.services import audit_record
from xunshi.casework import documents, rules, taxonomy
from xunshi.casework.models import (
    OPEN_TRANSFER_STATES,
    Clue,
    ClueEvent,
    ClueStatus,
    Department,
    FeedbackVia,
    HandoverList,
    ItemCase,
    ReceiverKind,
    RecheckOutcome,
    ReporterFeedback,
    ResponseRecord,
    Satisfaction,
    Transfer,
    TransferEvent,
    TransferStatus,
)
from xunshi.casework.selectors import (
    FINAL_KINDS,
    GROUP_ONLY_RECEIVES,
    MAX_OBJECTIONS,
    SENDING_METHODS,
    ResponseMethod,
    feedback_state,
    open_objections,
    preferred_method,
    public_names_for,
    reporter_strings,
    resend_refusal,
    response_methods,
    sending_refusal,
    transfer_is_overdue,
    transfer_should_escalate,
    unanswered_items,
)
from xunshi.channels.email.outbound import OutboundError, Outgoing, plain_address
from xunshi.channels.email.outbound import send as outbound_send
from xunshi.channels.sms.outbound import MAX_PARTS as SMS_MAX_PARTS
from xunshi.channels.sms.outbound import SmsInjectFailed, SmsOutboundError, sms_parts, sms_send
from xunshi.channels.sms.receive import ReceiveOnly
from xunshi.core.env import ConfigError
from xunshi.core.workcalendar import add_workdays
from xunshi.intake.lifecycle import Status
from xunshi.intake.models import Item, ReporterIdentity, Response
from xunshi.intake.services import item_add_supplement, item_event, item_record_response, item_transition
from xunshi.intake.validation import clean_text
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Channel, Round, StageChange, TargetUnit
from xunshi.rounds.services import OBJECTION_WINDOW_DAYS, OBJECTION_WINDOW_MESSAGE


class CaseworkError(ValueError):
    """A case-work step that cannot be done, with a message for the user."""


class RoundCloseRefused(CaseworkError):
    def __init__(self, items: list[Item]) -> None:
        self.items = items
        shown = "、".join(i.number for i in items[:50])
        more = f" 等 {len(items)} 件" if len(items) > 50 else f"（共 {len(items)} 件）"
        super().__init__(f"尚有信访件没有记录答复，不能结束本轮巡视：{shown}{more}")


def _label(actor: User | None) -> str:
    if actor is None:
        return "系统"
    return str(actor.get_full_name() or actor.get_username())


def _text(value: str, field: str, *, required: bool = True, max_chars: int = 5000) -> str:
    try:
        return clean_text(value, field=field, required=required, max_chars=max_chars)
    except ValueError as exc:
        raise CaseworkError(str(exc)) from exc


def _next_number(model: Any, round: Round, code: str, width: int) -> str:
    # Inside the caller's transaction. Locking the round row serialises numbering per round
    # on PostgreSQL; SQLite's IMMEDIATE transactions already hold the write lock.
    Round.objects.select_for_update().filter(pk=round.pk).first()
    count = model.objects.filter(round=round).count()
    return f"{round.number_prefix}-{code}-{count + 1:0{width}d}"


def _advance(item: Item, to: str, actor: User | None, note: str) -> Item:
    """Walk the item forward along its lifecycle until it reaches `to` (no-op if past it)."""
    order: list[str] = [Status.REGISTERED, Status.TRIAGED, Status.DISPOSED, Status.ANSWERED, Status.CLOSED]
    current = Item.objects.values_list("status", flat=True).get(pk=item.pk)
    while order.index(current) < order.index(to):
        nxt = order[order.index(current) + 1]
        item = item_transition(item=item, to=nxt, actor=actor, note=note)
        current = nxt
    return item


# ---------------------------------------------------------------- directory


@transaction.atomic
def department_create(
    *,
    round: Round,
    target: TargetUnit | None,
    name: str,
    kind: str = ReceiverKind.OTHER,
    contact_person: str = "",
    phone: str = "",
    address: str = "",
    note: str = "",
    actor: User | None,
) -> Department:
    if target is not None and target.round_id != round.pk:
        raise CaseworkError("所选县（市）不属于该轮次")
    name = _text(name, "单位名称", max_chars=100)
    if Department.objects.filter(round=round, target=target, name=name).exists():
        raise CaseworkError(f"名录中已有“{name}”")
    dept = Department.objects.create(
        round=round,
        target=target,
        name=name,
        kind=kind,
        contact_person=contact_person.strip(),
        phone=phone.strip(),
        address=address.strip(),
        note=note.strip(),
    )
    audit_record(
        action="department.create",
        actor=actor,
        target_type="department",
        target_id=dept.pk,
        round_id=round.pk,
        data={"name": str(dept), "kind": kind},
    )
    return dept


# Receivers every county has, beside those the taxonomy's route_to names.
STANDING_RECEIVERS = [("纪委监委", ReceiverKind.DISCIPLINE), ("委组织部", ReceiverKind.ORGANISATION)]


def _county_receivers(county: str) -> list[tuple[str, str]]:
    """Department names for one county from the taxonomy's usual receivers ("县人社局" →
    "任丘市人社局"); parts that are not a county department (township, courts by stage,
    "advise litigation") are left for staff to add by hand."""
    names: dict[str, str] = {f"{county}{n}": kind for n, kind in STANDING_RECEIVERS}
    for code, _label in taxonomy.out_of_scope():
        for part in taxonomy.route_to(code).replace("、", "；").split("；"):
            part = part.split("（")[0].split("或")[0].strip()
            if part.startswith("县委"):
                names.setdefault(f"{county}委{part[2:]}", ReceiverKind.OTHER)
            elif part.startswith("县") and not part.startswith("县纪委") and len(part) > 2:
                names.setdefault(f"{county}{part[1:]}", ReceiverKind.OTHER)
    return list(names.items())


@transaction.atomic
def directory_seed(*, round: Round, actor: User | None) -> int:
    """Fill the directory with the usual receivers of every county (no contacts yet);
    existing entries are kept. Returns how many were added."""
    added = 0
    for target in round.targets.all():
        for name, kind in _county_receivers(target.name):
            _dept, created = Department.objects.get_or_create(
                round=round, target=target, name=name, defaults={"kind": kind}
            )
            added += int(created)
    audit_record(
        action="department.seed",
        actor=actor,
        target_type="round",
        target_id=round.slug,
        round_id=round.pk,
        data={"added": added},
    )
    return added


# ---------------------------------------------------------------- item disposition


@transaction.atomic
def item_dispose(
    *, item: Item, disposition: str, oos_code: str = "", note: str = "", actor: User | None
) -> ItemCase:
    """Record the group's decision on an item (处置) and move it to 已处置."""
    if disposition not in dict(taxonomy.dispositions()):
        raise CaseworkError("未知的处置方式")
    if oos_code and oos_code not in dict(taxonomy.out_of_scope()):
        raise CaseworkError("未知的受理范围外类别")
    now = timezone.now()
    case, created = ItemCase.objects.update_or_create(
        item=item,
        defaults={
            "disposition": disposition,
            "oos_code": oos_code,
            "note": note.strip(),
            "decided_by": actor,
            "decided_at": now,
        },
    )
    if disposition in rules.CONCLUDING_DISPOSITIONS and case.concluded_at is None:
        case.concluded_at = now
        case.save(update_fields=["concluded_at"])
    summary = f"处置：{taxonomy.label(disposition)}" + (f"（{taxonomy.label(oos_code)}）" if oos_code else "")
    item_event(
        item=item,
        actor=actor,
        kind="disposed" if created else "disposition_changed",
        summary=summary,
        data={"disposition": disposition, "oos_code": oos_code},
    )
    _advance(item, Status.DISPOSED, actor, "处置")
    return case


def _conclude(item: Item, actor: User | None, why: str) -> None:
    case = ItemCase.objects.filter(item=item).first()
    if case is None or case.concluded_at is not None:
        return
    case.concluded_at = timezone.now()
    case.save(update_fields=["concluded_at"])
    item_event(item=item, actor=actor, kind="concluded", summary=f"办结：{why}")


# ---------------------------------------------------------------- transfers


def _transfer_event(
    transfer: Transfer,
    *,
    kind: str,
    summary: str,
    actor: User | None,
    actor_label: str = "",
    data: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> None:
    label = actor_label or _label(actor)
    TransferEvent.objects.create(
        transfer=transfer, actor=actor, actor_label=label, kind=kind, summary=summary, at=at or timezone.now()
    )
    audit_record(
        action=f"transfer.{kind}",
        actor=actor,
        actor_label=label,
        target_type="transfer",
        target_id=transfer.number,
        round_id=transfer.round_id,
        data={"item": transfer.item.number, **(data or {})},
    )
    # The item's own timeline (and its audit row) says what happened to the item; the
    # row above keeps the transfer's details for the office.
    item_event(
        item=transfer.item,
        actor=actor,
        actor_label=label,
        kind=f"transfer_{kind}",
        summary=f"转办单 {transfer.number}：{summary}",
        at=at,
    )


def _move(transfer: Transfer, to: str) -> tuple[Transfer, str]:
    """The locked transfer moved to `to` (not yet saved) and the state it came from."""
    locked = Transfer.objects.select_for_update().select_related("item", "department").get(pk=transfer.pk)
    previous = locked.status
    if to not in rules.TRANSFER_FLOW[previous]:
        raise CaseworkError(
            f"转办单当前为“{TransferStatus(previous).label}”，不能变为“{TransferStatus(to).label}”"
        )
    locked.status = to
    return locked, previous


@transaction.atomic
def transfer_create(
    *,
    item: Item,
    department: Department,
    matter: str,
    kind: str = Transfer.Kind.TRANSFER,
    oos_code: str = "",
    requirement: str = "",
    due_workdays: int | None = None,
    actor: User | None,
    now: dt.datetime | None = None,
) -> Transfer:
    """Send an out-of-scope item or a 立行立改 request to a department of the directory."""
    if department.round_id != item.round_id:
        raise CaseworkError("承办单位不在本轮次的名录中")
    target = department.target or item.target
    if target is None:
        raise CaseworkError("请先明确该件涉及的县（市），或选择县（市）所属的承办单位")
    if kind not in Transfer.Kind.values:
        raise CaseworkError("未知的转办类型")
    days = due_workdays if due_workdays is not None else rules.transfer_due_workdays()
    if not 1 <= days <= 120:
        raise CaseworkError("办理时限应在 1 至 120 个工作日之间")
    sent = now or timezone.now()
    matter = _text(matter, "转办事项")
    if any(value in matter for value in reporter_strings(item)):
        # Identity reaches a receiver only by a leader's recorded decision (transfer_set_identity).
        raise CaseworkError("转办事项中含有反映人的姓名或联系方式，请删去")
    if kind == Transfer.Kind.TRANSFER:
        case = ItemCase.objects.filter(item=item).first()
        if case is None or case.disposition != "DSP.HANDOVER" or (oos_code and case.oos_code != oos_code):
            item_dispose(item=item, disposition="DSP.HANDOVER", oos_code=oos_code, actor=actor)
    transfer = Transfer.objects.create(
        round=item.round,
        number=_next_number(Transfer, item.round, "ZB", 4),
        kind=kind,
        item=item,
        target=target,
        department=department,
        oos_code=oos_code,
        matter=matter,
        requirement=requirement.strip() or f"请于{days}个工作日内办理完毕，并将办理结果书面报告巡视组。",
        due_workdays=days,
        due_date=add_workdays(timezone.localtime(sent).date(), days),
        sent_at=sent,
        created_by=actor,
    )
    _transfer_event(
        transfer,
        kind="created",
        summary=f"{transfer.get_kind_display()}至{department}，期限 {transfer.due_date:%Y-%m-%d}",
        actor=actor,
        data={"department": str(department), "due_date": transfer.due_date.isoformat()},
        at=sent,
    )
    return transfer


@transaction.atomic
def transfer_set_identity(*, transfer: Transfer, include: bool, reason: str, actor: User) -> Transfer:
    """Whether the slip carries the reporter's identity: only 组长/副组长 decide, with a reason."""
    if not access.can_reveal_identity(actor, transfer.item):
        raise PermissionDenied("只有组长、副组长可以决定转办单是否附举报人身份")
    text = _text(reason, "理由", max_chars=200)
    locked = Transfer.objects.select_for_update().select_related("item").get(pk=transfer.pk)
    locked.include_identity = include
    locked.identity_reason = text
    locked.identity_decided_by = actor
    locked.save(update_fields=["include_identity", "identity_reason", "identity_decided_by"])
    _transfer_event(
        locked,
        kind="identity",
        summary=("决定转办单附举报人身份" if include else "决定转办单不附举报人身份") + f"：{text}",
        actor=actor,
        data={"include": include, "reason": text},
    )
    return locked


@transaction.atomic
def transfer_sign(*, transfer: Transfer, signer_name: str, actor: User | None) -> Transfer:
    name = _text(signer_name, "签收人", max_chars=50)
    locked, _ = _move(transfer, TransferStatus.SIGNED)
    locked.signed_at = timezone.now()
    locked.signed_by_name = name
    locked.save(update_fields=["status", "signed_at", "signed_by_name"])
    _transfer_event(locked, kind="signed", summary=f"{locked.department}签收（签收人：{name}）", actor=actor)
    return locked


@transaction.atomic
def transfer_start(*, transfer: Transfer, actor: User | None) -> Transfer:
    locked, previous = _move(transfer, TransferStatus.IN_PROGRESS)
    redo = previous == TransferStatus.RETURNED
    locked.started_at = timezone.now()
    locked.save(update_fields=["status", "started_at"])
    _transfer_event(
        locked, kind="redo" if redo else "started", summary="重新办理" if redo else "开始办理", actor=actor
    )
    return locked


@transaction.atomic
def transfer_report(
    *, transfer: Transfer, report_text: str, answer_text: str = "", actor: User | None
) -> Transfer:
    """The department reports the result (办结报告) and, where it answers, how it did."""
    locked, _ = _move(transfer, TransferStatus.REPORTED)
    locked.report_text = _text(report_text, "办理结果")
    locked.answer_text = _text(answer_text, "答复情况", required=False)
    locked.reported_at = timezone.now()
    locked.save(update_fields=["status", "report_text", "answer_text", "reported_at"])
    _transfer_event(locked, kind="reported", summary="承办单位报告办理结果", actor=actor)
    return locked


@transaction.atomic
def transfer_return(*, transfer: Transfer, reason: str, actor: User | None) -> Transfer:
    text = _text(reason, "退回理由", max_chars=1000)
    locked, _ = _move(transfer, TransferStatus.RETURNED)
    locked.returned_at = timezone.now()
    locked.return_reason = text
    locked.redo_count += 1
    locked.save(update_fields=["status", "returned_at", "return_reason", "redo_count"])
    _transfer_event(locked, kind="returned", summary=f"退回重办：{text}", actor=actor, data={"reason": text})
    return locked


@transaction.atomic
def transfer_approve(*, transfer: Transfer, note: str = "", actor: User | None) -> Transfer:
    """The group accepts the report. Where the receiving body answers the reporter and
    has said so, that answer is recorded against the item in a vetted phrasing."""
    locked, _ = _move(transfer, TransferStatus.APPROVED)
    locked.approved_at = timezone.now()
    locked.save(update_fields=["status", "approved_at"])
    _transfer_event(
        locked,
        kind="approved",
        summary="审核通过" + (f"：{note.strip()}" if note.strip() else ""),
        actor=actor,
    )
    item = locked.item
    if not Transfer.objects.filter(item=item).exclude(status=TransferStatus.APPROVED).exists():
        _conclude(item, actor, f"转办单 {locked.number} 审核通过")
    if (
        item.round.answerer == Round.Answerer.RECEIVER
        and locked.answer_text
        and not item.responses.filter(kind=Response.Kind.RESULT).exists()
    ):
        response_give(
            item=item,
            kind=Response.Kind.RESULT,
            phrase="receiver_answered",
            method=_receiver_method(item),
            answered_by=ResponseRecord.AnsweredBy.RECEIVER,
            department=locked.department,
            actor=actor,
        )
    return locked


def _receiver_method(item: Item) -> str:
    """How a receiver's answer shows on our side: on the status page where there is a
    receipt code, otherwise it is recorded only (the receiver used its own channel)."""
    allowed = {m.code for m in response_methods(item) if m.allowed}
    return "portal" if "portal" in allowed else "receiver"


@transaction.atomic
def transfer_remind(
    *, transfer: Transfer, note: str = "", actor: User | None, today: dt.date | None = None
) -> Transfer:
    """催办: only an overdue transfer is reminded; a long-overdue one joins the escalation list."""
    day = today or timezone.localdate()
    locked = Transfer.objects.select_for_update().select_related("item", "department").get(pk=transfer.pk)
    if not transfer_is_overdue(locked, day):
        raise CaseworkError("该转办单未逾期，无需催办")
    locked.reminder_count += 1
    locked.last_reminded_at = timezone.now()
    fields = ["reminder_count", "last_reminded_at"]
    text = f"第{locked.reminder_count}次催办（期限 {locked.due_date:%Y-%m-%d}）" + (
        f"：{note.strip()}" if note.strip() else ""
    )
    _transfer_event(locked, kind="reminded", summary=text, actor=actor)
    if locked.escalated_at is None and transfer_should_escalate(locked, day):
        locked.escalated_at = timezone.now()
        fields.append("escalated_at")
        _transfer_event(locked, kind="escalated", summary="逾期未办结，列入督办清单", actor=actor)
    locked.save(update_fields=fields)
    return locked


def transfers_remind_overdue(
    *, round: Round, actor: User | None, today: dt.date | None = None
) -> list[Transfer]:
    """Remind every overdue transfer of the round not yet reminded today (for a daily job)."""
    day = today or timezone.localdate()
    done = []
    for t in Transfer.objects.filter(round=round, status__in=OPEN_TRANSFER_STATES, due_date__lt=day):
        if t.last_reminded_at and timezone.localtime(t.last_reminded_at).date() >= day:
            continue
        done.append(transfer_remind(transfer=t, actor=actor, today=day))
    return done


# ---------------------------------------------------------------- clues


def _clue_event(
    clue: Clue, *, kind: str, summary: str, actor: User | None, data: dict[str, Any] | None = None
) -> None:
    label = _label(actor)
    ClueEvent.objects.create(
        clue=clue, actor=actor, actor_label=label, kind=kind, summary=summary, data=data or {}
    )
    audit_record(
        action=f"clue.{kind}",
        actor=actor,
        target_type="clue",
        target_id=clue.number,
        round_id=clue.round_id,
        data=data,
    )


@transaction.atomic
def clue_create(
    *,
    round: Round,
    items: Iterable[Item],
    accused_name: str = "",
    person: RosterPerson | None = None,
    accused_position: str = "",
    accused_unit: str = "",
    target: TargetUnit | None = None,
    allegations: list[str],
    summary: str,
    evidence: str = "",
    actor: User | None,
) -> Clue:
    sources = list(items)
    if not sources:
        raise CaseworkError("线索须来自至少一件信访件")
    if any(i.round_id != round.pk for i in sources):
        raise CaseworkError("来源件须属于本轮次")
    if person is not None:
        if person.round_id != round.pk:
            raise CaseworkError("名册人员不属于本轮次")
        accused_name = accused_name or person.name
        accused_unit = accused_unit or person.unit
        accused_position = accused_position or "、".join(str(p) for p in person.posts or [])
        target = target or person.target
    name = _text(accused_name, "被反映人", max_chars=100)
    known = dict(taxonomy.allegations())
    codes = list(dict.fromkeys(allegations))
    unknown = [c for c in codes if c not in known]
    if unknown or not codes:
        raise CaseworkError("请选择问题类别" if not codes else f"未知的问题类别：{'、'.join(unknown)}")
    clue = Clue.objects.create(
        round=round,
        number=_next_number(Clue, round, "XS", 3),
        target=target or next((i.target for i in sources if i.target), None),
        person=person,
        accused_name=name,
        accused_position=accused_position.strip()[:200],
        accused_unit=accused_unit.strip()[:200],
        allegations=codes,
        summary=_text(summary, "主要问题"),
        evidence=_text(evidence, "证据材料", required=False),
        created_by=actor,
    )
    clue.items.set(sources)
    _clue_event(
        clue,
        kind="created",
        summary=f"由 {len(sources)} 件信访件形成线索",
        actor=actor,
        data={"items": [i.number for i in sources], "allegations": codes},
    )
    for item in sources:
        item_event(item=item, actor=actor, kind="clue", summary=f"形成问题线索 {clue.number}")
    return clue


@transaction.atomic
def clue_update(
    *,
    clue: Clue,
    items: Iterable[Item],
    accused_name: str,
    accused_position: str,
    accused_unit: str,
    allegations: list[str],
    summary: str,
    evidence: str,
    actor: User | None,
) -> Clue:
    """Correct a clue before its disposition is approved; what changed goes on its record."""
    locked = Clue.objects.select_for_update().get(pk=clue.pk)
    if locked.status == ClueStatus.APPROVED:
        raise CaseworkError("处置已批准的线索不能再修改")
    sources = list(items)
    if not sources or any(i.round_id != locked.round_id for i in sources):
        raise CaseworkError("线索须来自本轮次的至少一件信访件")
    known = dict(taxonomy.allegations())
    codes = list(dict.fromkeys(allegations))
    if not codes or any(c not in known for c in codes):
        raise CaseworkError("请选择有效的问题类别")
    new = {
        "accused_name": _text(accused_name, "被反映人", max_chars=100),
        "accused_position": accused_position.strip()[:200],
        "accused_unit": accused_unit.strip()[:200],
        "allegations": codes,
        "summary": _text(summary, "主要问题"),
        "evidence": _text(evidence, "证据材料", required=False),
    }
    changed = [name for name, value in new.items() if getattr(locked, name) != value]
    for name, value in new.items():
        setattr(locked, name, value)
    locked.save(update_fields=list(new))
    before = set(locked.items.values_list("pk", flat=True))
    after = {i.pk for i in sources}
    if before != after:
        locked.items.set(sources)
        changed.append("items")
        for item in sources:
            if item.pk not in before:
                item_event(item=item, actor=actor, kind="clue", summary=f"并入问题线索 {locked.number}")
    if changed:
        labels = {
            "accused_name": "被反映人",
            "accused_position": "职务",
            "accused_unit": "单位",
            "allegations": "问题类别",
            "summary": "主要问题",
            "evidence": "证据材料",
            "items": "来源件",
        }
        _clue_event(
            locked,
            kind="updated",
            summary="修改：" + "、".join(labels[c] for c in changed),
            actor=actor,
            data={"changed": changed},
        )
    return locked


@transaction.atomic
def clue_propose(*, clue: Clue, disposition: str, reason: str, actor: User) -> Clue:
    """Step one: staff propose a disposition (拟办意见)."""
    if disposition not in rules.CLUE_DISPOSITIONS:
        raise CaseworkError("线索的处置方式须为重点了解、移交纪检监察机关、移交组织部门或留存备查")
    text = _text(reason, "建议理由", max_chars=2000)
    locked = Clue.objects.select_for_update().get(pk=clue.pk)
    if locked.status == ClueStatus.APPROVED:
        raise CaseworkError("该线索的处置已批准")
    locked.status = ClueStatus.PROPOSED
    locked.proposed_disposition = disposition
    locked.proposal_reason = text
    locked.proposed_by = actor
    locked.proposed_at = timezone.now()
    locked.save(
        update_fields=["status", "proposed_disposition", "proposal_reason", "proposed_by", "proposed_at"]
    )
    _clue_event(
        locked,
        kind="proposed",
        summary=f"拟处置：{taxonomy.label(disposition)}。理由：{text}"[:300],
        actor=actor,
        data={"disposition": disposition, "reason": text},
    )
    return locked


@transaction.atomic
def clue_decide(*, clue: Clue, approve: bool, reason: str, actor: User, disposition: str = "") -> Clue:
    """Step two: 组长 or 副组长 approves (possibly with another disposition) or sends it back.
    The approver is never the proposer (four eyes)."""
    if not access.can_approve_clue(actor, clue.round):
        raise PermissionDenied("线索处置须由组长或副组长审批")
    text = _text(reason, "审批意见", max_chars=2000)
    locked = Clue.objects.select_for_update().get(pk=clue.pk)
    if locked.status != ClueStatus.PROPOSED:
        raise CaseworkError("该线索没有待审批的处置建议")
    if locked.proposed_by_id == actor.pk:
        raise CaseworkError("提出处置建议的人不能自己审批")
    now = timezone.now()
    if not approve:
        locked.status = ClueStatus.DRAFT
        locked.decision_reason = text
        locked.decided_by = actor
        locked.decided_at = now
        locked.save(update_fields=["status", "decision_reason", "decided_by", "decided_at"])
        _clue_event(
            locked, kind="rejected", summary=f"退回处置建议：{text}"[:300], actor=actor, data={"reason": text}
        )
        return locked
    final = disposition or locked.proposed_disposition
    if final not in rules.CLUE_DISPOSITIONS:
        raise CaseworkError("未知的处置方式")
    locked.status = ClueStatus.APPROVED
    locked.disposition = final
    locked.decision_reason = text
    locked.decided_by = actor
    locked.decided_at = now
    locked.save(update_fields=["status", "disposition", "decision_reason", "decided_by", "decided_at"])
    changed = "" if final == locked.proposed_disposition else f"（改为{taxonomy.label(final)}）"
    _clue_event(
        locked,
        kind="approved",
        summary=f"批准处置：{taxonomy.label(final)}{changed}。{text}"[:300],
        actor=actor,
        data={"disposition": final, "proposed": locked.proposed_disposition, "reason": text},
    )
    for item in locked.items.all():
        case = ItemCase.objects.filter(item=item).first()
        if case is None or case.disposition in ("DSP.DEEP", *rules.HANDOVER_DISPOSITION.values()):
            item_dispose(item=item, disposition=final, note=f"线索 {locked.number}", actor=actor)
    return locked


@transaction.atomic
def handover_create(
    *, round: Round, receiver_kind: str, receiver_name: str, actor: User | None
) -> HandoverList:
    """The hand-over list of all approved, not yet listed clues for one receiver."""
    if receiver_kind not in rules.HANDOVER_DISPOSITION:
        raise CaseworkError("移交清单只面向纪检监察机关或组织部门")
    disposition = rules.HANDOVER_DISPOSITION[receiver_kind]
    clues = list(
        Clue.objects.select_for_update().filter(
            round=round, status=ClueStatus.APPROVED, disposition=disposition, handover__isnull=True
        )
    )
    if not clues:
        raise CaseworkError("没有待移交的已批准线索")
    handover = HandoverList.objects.create(
        round=round,
        number=_next_number(HandoverList, round, "YJ", 2),
        receiver_kind=receiver_kind,
        receiver_name=_text(receiver_name, "接收单位", max_chars=100),
        created_by=actor,
    )
    Clue.objects.filter(pk__in=[c.pk for c in clues]).update(handover=handover)
    audit_record(
        action="handover.create",
        actor=actor,
        target_type="handover",
        target_id=handover.number,
        round_id=round.pk,
        data={"clues": [c.number for c in clues], "receiver": handover.receiver_name},
    )
    for clue in clues:
        _clue_event(
            clue,
            kind="handed_over",
            summary=f"列入移交清单 {handover.number}（{handover.receiver_name}）",
            actor=actor,
        )
    return handover


@transaction.atomic
def clue_record_receipt(
    *, clue: Clue, received_by: str, received_at: dt.datetime, actor: User | None
) -> Clue:
    if clue.handover_id is None:
        raise CaseworkError("该线索尚未列入移交清单")
    locked = Clue.objects.select_for_update().get(pk=clue.pk)
    locked.receipt_by = _text(received_by, "签收人", max_chars=50)
    locked.receipt_at = received_at
    locked.save(update_fields=["receipt_by", "receipt_at"])
    _clue_event(locked, kind="receipt", summary=f"接收单位签收（{locked.receipt_by}）", actor=actor)
    return locked


@transaction.atomic
def clue_record_receiver_status(
    *, clue: Clue, status: str, finding: str = "", note: str = "", actor: User | None
) -> Clue:
    """What the receiving body reports back: its disposition of the clue and, later, the finding."""
    if status and status not in dict(taxonomy.receiver_statuses()):
        raise CaseworkError("未知的受理单位处置方式")
    if finding and finding not in dict(taxonomy.findings()):
        raise CaseworkError("未知的核查结论")
    if not status and not finding:
        raise CaseworkError("请填写处置方式或核查结论")
    locked = Clue.objects.select_for_update().get(pk=clue.pk)
    if locked.status != ClueStatus.APPROVED:
        raise CaseworkError("线索处置尚未批准")
    if status:
        locked.receiver_status = status
        locked.receiver_status_at = timezone.now()
    if finding:
        locked.finding = finding
    locked.receiver_note = _text(note, "反馈情况", required=False)
    locked.save(update_fields=["receiver_status", "receiver_status_at", "finding", "receiver_note"])
    parts = [taxonomy.label(c) for c in (status, finding) if c]
    _clue_event(
        locked,
        kind="receiver_status",
        summary="受理单位反馈：" + "，".join(parts),
        actor=actor,
        data={"status": status, "finding": finding},
    )
    if finding or status in rules.CONCLUDING_RECEIVER_STATUS:
        for item in locked.items.all():
            _conclude(item, actor, f"线索 {locked.number} 已有处理结果")
    return locked


# ---------------------------------------------------------------- responses


def response_text_problems(*, item: Item, text: str) -> list[str]:
    return rules.public_text_problems(
        text, names=public_names_for(item), number_prefix=item.round.number_prefix
    )


def _answered_by(item: Item, department: object | None) -> str:
    """Who answers: the receiving body when the round says so and one is named, else the group."""
    if item.round.answerer == Round.Answerer.RECEIVER and department is not None:
        return str(ResponseRecord.AnsweredBy.RECEIVER)
    return str(ResponseRecord.AnsweredBy.GROUP)


@transaction.atomic
def response_give(
    *,
    item: Item,
    kind: str,
    phrase: str,
    method: str,
    actor: User | None,
    free_text: str = "",
    answered_by: str = "",
    department: Department | None = None,
    batch: str = "",
) -> Response:
    """Record an answer to the reporter: a vetted phrasing plus checked free text, given by
    a method the item's channel allows. An e-mail the group sends goes out through the job
    queue after commit; an SMS (no sending path here) waits to be sent by hand."""
    if kind not in Response.Kind.values:
        raise CaseworkError("未知的答复类型")
    objection = (
        ReporterFeedback.objects.select_for_update()
        .filter(item=item, satisfaction=Satisfaction.UNSATISFIED, answer__isnull=True)
        .first()
        if kind in FINAL_KINDS
        else None
    )
    if objection is not None and not objection.recheck_outcome:
        # The new answer says what the re-check found, so the finding comes first.
        raise CaseworkError(f"{item.number} 有举报人异议待复查：请先记录复查结论（维持原答复或重新办理）")
    if phrase not in rules.PHRASES:
        raise CaseworkError("请选择规范答复用语")
    by = answered_by or _answered_by(item, department)
    if by == ResponseRecord.AnsweredBy.RECEIVER and department is None:
        raise CaseworkError("由承办单位答复的，请选择承办单位")
    if department is not None and department.round_id != item.round_id:
        raise CaseworkError("承办单位不在本轮次的名录中")
    methods: dict[str, ResponseMethod] = {m.code: m for m in response_methods(item, answered_by=by)}
    chosen = methods.get(method)
    if chosen is None:
        raise CaseworkError("未知的答复方式")
    if not chosen.allowed:
        raise CaseworkError(f"不能以“{chosen.label}”答复：{chosen.reason}")
    extra = _text(free_text, "补充说明", required=False, max_chars=1000)
    problems = response_text_problems(item=item, text=extra)
    if problems:
        raise CaseworkError("补充说明不宜公开：" + "；".join(problems))
    via = chosen.label + (f"（{department}答复）" if by == ResponseRecord.AnsweredBy.RECEIVER else "")
    text = rules.PHRASES[phrase] + (f"\n{extra}" if extra else "")
    response = item_record_response(item=item, kind=kind, public_text=text, via=via[:40], actor=actor)
    D = ResponseRecord.Delivery
    delivery = chosen.delivery
    if method in SENDING_METHODS:
        if by == ResponseRecord.AnsweredBy.RECEIVER:
            delivery = D.RECORDED  # the receiving body sent it through its own channel
        elif not sending_refusal(item, method):
            delivery = D.QUEUED
        else:
            delivery = D.MANUAL
    if method == "sms" and delivery == D.QUEUED:
        parts = sms_parts(documents.response_sms_text(response))
        if parts > SMS_MAX_PARTS:
            raise CaseworkError(f"短信答复过长（{parts} 条短信）：请精简补充说明，或改用其他方式答复")
    record = ResponseRecord.objects.create(
        response=response,
        answered_by=by,
        department=department,
        phrase=phrase,
        method=method,
        delivery=delivery,
        batch=batch,
    )
    if delivery == D.QUEUED:
        # Only the record id enters the queue; the worker decrypts the address itself.
        transaction.on_commit(partial(response_send_enqueue, record_id=record.pk, method=method), robust=True)
    elif delivery == D.MANUAL:
        item_event(
            item=item,
            actor=actor,
            kind="response_manual",
            summary=f"答复待人工发送（{chosen.label}）",
            data={"response": response.pk},
        )
    if objection is not None:
        objection.answer = response
        objection.save(update_fields=["answer"])
        item_event(
            item=item,
            actor=actor,
            kind="objection_answered",
            summary="异议已重新答复",
            data={"feedback": objection.pk, "response": response.pk},
        )
    if kind in FINAL_KINDS:
        _advance(item, Status.ANSWERED, actor, "已答复")
    return response


def response_send_enqueue(*, record_id: int, method: str) -> None:
    from xunshi.casework.tasks import casework_response_mail, casework_response_sms

    (casework_response_sms if method == "sms" else casework_response_mail)(record_id)


def _mail_outgoing(record: ResponseRecord) -> Outgoing:
    response = record.response
    item = response.item
    identity = ReporterIdentity.objects.filter(item=item).first()
    # This item's own reporter only: the address is read from its identity row here, in
    # the worker, and never stored elsewhere or put in the queue.
    to = (plain_address(identity.email) or plain_address(identity.sender)) if identity else ""
    channel_address = item.channel.address if item.channel_kind == Channel.Kind.EMAIL else ""
    if not channel_address:
        channel_address = (
            Channel.objects.filter(round=item.round_id, kind=Channel.Kind.EMAIL)
            .values_list("address", flat=True)
            .first()
            or ""
        )
    return Outgoing(
        to=to,
        subject=documents.response_mail_subject(response),
        body=documents.response_mail_body(response),
        sender_name=item.round.group_name,
        from_address=channel_address,
        in_reply_to=str((item.channel_detail or {}).get("message_id") or ""),
    )


def _send_error(exc: BaseException) -> str:
    """What a failed attempt records: servers echo the recipient (in any spelling, IDN
    included) in their refusals, so only our own messages and the SMTP code are kept; the
    text goes to the database, the audit log and the queue's dead letters."""
    if isinstance(exc, OutboundError | ConfigError | CaseworkError | SmsOutboundError | SmsInjectFailed):
        return str(exc)[:300]  # our own texts, which name no address or number
    if isinstance(exc, ReceiveOnly):
        return "本渠道的手机号仅接收短信，不得外发"
    # An SMTP reply code, or an SSL reason such as CERTIFICATE_VERIFY_FAILED: never an address.
    detail = getattr(exc, "smtp_code", "") or (exc.reason if isinstance(exc, ssl.SSLError) else "")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):  # keyed by the very addresses
        detail = ",".join(sorted({str(code) for code, _text in exc.recipients.values()}))
    return f"{type(exc).__name__}{f' {detail}' if detail else ''}"[:300]


class SendFailed(RuntimeError):
    """One attempt to send an answer failed (the queue retries); the message names no address."""


class MailSendFailed(SendFailed):
    pass


class SmsSendFailed(SendFailed):
    pass


@dataclass(frozen=True)
class _Sent:
    message_id: str
    summary: str
    data: dict[str, Any]


def _mail_attempt(record: ResponseRecord) -> _Sent:
    message_id = outbound_send(_mail_outgoing(record))[:200]
    return _Sent(message_id, "答复邮件已发送", {"message_id": message_id})


def _sms_attempt(record: ResponseRecord) -> _Sent:
    item = record.response.item
    identity = ReporterIdentity.objects.filter(item=item).first()
    # The number that wrote, else the one the reporter gave; read here in the worker only.
    to = (identity.sender or identity.phone) if identity else ""
    parts = sms_send(channel=item.channel, to=to, text=documents.response_sms_text(record.response))
    return _Sent("", f"答复短信已放入短信发件箱（{parts} 条）", {"parts": parts})


@dataclass(frozen=True)
class _Sender:
    noun: str
    attempt: Callable[[ResponseRecord], _Sent]
    failed: type[SendFailed]
    sent_kind: str
    failed_kind: str
    retry_kind: str


SENDERS = {
    "email": _Sender(
        "邮件",
        _mail_attempt,
        MailSendFailed,
        "response_mailed",
        "response_mail_failed",
        "response_mail_retry",
    ),
    "sms": _Sender(
        "短信", _sms_attempt, SmsSendFailed, "response_sms_sent", "response_sms_failed", "response_sms_retry"
    ),
}
# A retry would fail the same way: the answer fails at once, visibly, instead of waiting.
FINAL_ERRORS = (OutboundError, ConfigError, CaseworkError, SmsOutboundError, ReceiveOnly)


def _response_send(*, record_id: int, method: str) -> str:
    """Send one queued answer (the queue job). Idempotent: the job claims the answer first,
    and a record that is no longer queued (sent, failed, or claimed by a job still within
    its lease) is left alone. A failure puts it back on the queue and is re-raised so that
    the queue retries; after the last attempt the record is marked failed and staff see it
    on the item."""
    sender = SENDERS[method]
    with transaction.atomic():
        record = (
            ResponseRecord.objects.select_for_update()
            .select_related("response__item__round", "response__item__channel")
            .filter(pk=record_id, method=method)
            .first()
        )
        if record is None:
            return ""
        # The claim: one job at a time sends an answer. A duplicate job (a retry queued twice,
        # a dead letter retried while the queue still retries) finds it claimed and leaves it.
        if record.delivery != ResponseRecord.Delivery.QUEUED and not record.claim_stale():
            return record.delivery
        record.delivery = ResponseRecord.Delivery.SENDING
        record.claimed_at = claim = timezone.now()
        record.attempts += 1
        record.save(update_fields=["delivery", "claimed_at", "attempts"])
    item = record.response.item
    try:
        if item.round.answerer == Round.Answerer.RECEIVER:
            raise CaseworkError(GROUP_ONLY_RECEIVES)  # the round changed since the answer was queued
        sent = sender.attempt(record)
    except Exception as exc:  # every failure must leave the record in a visible state
        error = _send_error(exc)
        final = isinstance(exc, FINAL_ERRORS)
        with transaction.atomic():
            locked = ResponseRecord.objects.select_for_update().get(pk=record_id)
            if not _holds_claim(locked, claim):
                # A job past its lease lost the answer to another job or to a resend: that
                # one's outcome stands, and this one must not queue it again.
                return locked.delivery
            locked.last_error = error
            fields = ["last_error", "delivery"]
            # Back on the queue for the next retry, or failed after the last one.
            locked.delivery = ResponseRecord.Delivery.QUEUED
            if locked.attempts >= rules.mail_attempts() or final:
                locked.delivery = ResponseRecord.Delivery.FAILED
                item_event(
                    item=item,
                    kind=sender.failed_kind,
                    summary=f"答复{sender.noun}发送失败（已尝试 {locked.attempts} 次）：{error}"[:300],
                    actor_label="发信队列",
                    data={"response": record.response_id, "error": error},
                )
            locked.save(update_fields=fields)
        if final:
            return ResponseRecord.Delivery.FAILED
        raise sender.failed(error) from None  # the original, with its address, stays here
    with transaction.atomic():
        locked = ResponseRecord.objects.select_for_update().get(pk=record_id)
        if _holds_claim(locked, claim) or locked.delivery != ResponseRecord.Delivery.SENDING:
            # It went out: that stands, unless another job has claimed it since (it will say).
            locked.delivery = ResponseRecord.Delivery.SENT
            locked.sent_at = timezone.now()
            locked.message_id = sent.message_id
            locked.last_error = ""
            locked.save(update_fields=["delivery", "sent_at", "message_id", "last_error"])
        item_event(
            item=item,
            kind=sender.sent_kind,
            summary=f"{sent.summary}（第 {locked.attempts} 次尝试）",
            actor_label="发信队列",
            data={"response": record.response_id, **sent.data},
        )
    return ResponseRecord.Delivery.SENT


def _holds_claim(record: ResponseRecord, claim: dt.datetime) -> bool:
    return record.delivery == ResponseRecord.Delivery.SENDING and record.claimed_at == claim


def response_mail_send(*, record_id: int) -> str:
    """Send one queued answer by e-mail (queue job `casework.response_mail`)."""
    return _response_send(record_id=record_id, method="email")


def response_sms_send(*, record_id: int) -> str:
    """Put one queued answer into the SMS channel's gammu-smsd outbox (`casework.response_sms`)."""
    return _response_send(record_id=record_id, method="sms")


def _record_locked(response: Response) -> ResponseRecord:
    record = ResponseRecord.objects.select_for_update().filter(response=response).first()
    if record is None:
        raise CaseworkError("该答复没有发送记录")
    return record


@transaction.atomic
def response_resend(*, response: Response, actor: User | None) -> ResponseRecord:
    """Put a failed answer, or one waiting to be sent by hand now that a way to send it is
    configured, back on the queue: the real send runs again from the first attempt."""
    record = _record_locked(response)
    refusal = resend_refusal(record)
    if refusal:
        raise CaseworkError(refusal)
    record.delivery = ResponseRecord.Delivery.QUEUED
    record.attempts = 0
    record.save(update_fields=["delivery", "attempts"])
    _dead_sends_close(record, actor)
    sender = SENDERS[record.method]
    item_event(
        item=response.item,
        actor=actor,
        kind=sender.retry_kind,
        summary=f"答复{sender.noun}重新发送",
        data={"response": response.pk},
    )
    transaction.on_commit(
        partial(response_send_enqueue, record_id=record.pk, method=record.method), robust=True
    )
    return record


def _dead_sends_close(record: ResponseRecord, actor: User | None) -> None:
    """The answer is back on the queue: its earlier dead send jobs are settled, so that a
    retry of one of them cannot queue a second job that sends the same answer again while
    the new one is sending."""
    from xunshi.casework.tasks import SEND_TASKS
    from xunshi.channels.models import DeadLetter

    letters = DeadLetter.objects.select_for_update().filter(
        task_name__in=SEND_TASKS, retried_at__isnull=True
    )
    settled = [
        letter.pk
        for letter in letters
        if (letter.args[:1] or [letter.kwargs.get("record_id")]) == [record.pk]
    ]
    if settled:
        DeadLetter.objects.filter(pk__in=settled).update(retried_at=timezone.now(), retried_by=actor)


def response_record_channel(args: list[Any], kwargs: dict[str, Any]) -> int | None:
    """The channel of the item a dead send job answered (for the dead-letter list)."""
    record_id = args[0] if args else kwargs.get("record_id")
    if not isinstance(record_id, int):
        return None
    rows = ResponseRecord.objects.filter(pk=record_id).values_list("response__item__channel_id", flat=True)
    return rows.first()


def response_dead_letter_requeue(args: list[Any], kwargs: dict[str, Any], actor: Any) -> None:
    """Retrying a dead send job from the workbench resends the answer (same rule as the
    item page's "重新发送"); the bare re-run would find it failed and do nothing."""
    from xunshi.channels.health import RetryRefused

    record_id = args[0] if args else kwargs.get("record_id")
    record = (
        ResponseRecord.objects.select_related("response").filter(pk=record_id).first()
        if isinstance(record_id, int)
        else None
    )
    if record is None:
        raise RetryRefused("该答复已不存在")
    if record.delivery == ResponseRecord.Delivery.QUEUED or record.claim_stale():
        # Died before its last attempt was counted (fewer queue retries than attempts), or
        # its worker died mid-send: still waiting, so the job itself is what must run again.
        transaction.on_commit(
            partial(response_send_enqueue, record_id=record.pk, method=record.method), robust=True
        )
        return
    try:
        response_resend(response=record.response, actor=actor if isinstance(actor, User) else None)
    except CaseworkError as exc:
        raise RetryRefused(f"{exc}（当前状态：{record.get_delivery_display()}）") from None


@transaction.atomic
def response_mark_sent(*, response: Response, note: str, actor: User) -> ResponseRecord:
    """Staff sent an answer by hand (an SMS from the duty mobile, a mail from the mailbox)."""
    record = _record_locked(response)
    if not record.hand_sendable:
        raise CaseworkError("该答复不是待人工发送的答复")
    text = _text(note, "发送说明", max_chars=200)
    record.delivery = ResponseRecord.Delivery.SENT
    record.sent_at = timezone.now()
    record.sent_by = actor
    record.save(update_fields=["delivery", "sent_at", "sent_by"])
    item_event(
        item=response.item,
        actor=actor,
        kind="response_sent_by_hand",
        summary=f"答复已人工发送：{text}"[:300],
        data={"response": response.pk},
    )
    return record


@dataclass(frozen=True)
class Recipient:
    """One more item answered in a bulk action, by its own channel's method."""

    item: Item
    method: str


@transaction.atomic
def response_give_many(
    *,
    item: Item,
    others: Iterable[Item],
    kind: str,
    phrase: str,
    method: str,
    actor: User | None,
    free_text: str = "",
    department: Department | None = None,
) -> list[Response]:
    """The same answer for an item and the other items of its duplicate group or clue, in
    one action. Each item gets its own Response with the method of its own channel and its
    own clock; each reporter is reached only through that item's own identity. All or
    nothing: if one item cannot be answered so, none is."""
    chosen = list({o.pk: o for o in others if o.pk != item.pk}.values())
    if any(o.round_id != item.round_id for o in chosen):
        raise CaseworkError("只能同时答复本轮次的信访件")
    batch = uuid.uuid4().hex if chosen else ""
    by = _answered_by(item, department)
    done = [
        response_give(
            item=item,
            kind=kind,
            phrase=phrase,
            method=method,
            free_text=free_text,
            department=department,
            actor=actor,
            batch=batch,
        )
    ]
    for other in chosen:
        other_method = preferred_method(other, answered_by=by)
        try:
            done.append(
                response_give(
                    item=other,
                    kind=kind,
                    phrase=phrase,
                    method=other_method.code,
                    free_text=free_text,
                    department=department,
                    actor=actor,
                    batch=batch,
                )
            )
        except CaseworkError as exc:
            raise CaseworkError(f"{other.number}：{exc}") from exc
    if not chosen:
        return done  # a single answer: its own timeline line and audit row say it all
    audit_record(
        action="response.bulk",
        actor=actor,
        target_type="item",
        target_id=item.number,
        round_id=item.round_id,
        data={
            "batch": batch,
            "kind": kind,
            "phrase": phrase,
            "items": [r.item.number for r in done],
            "methods": {r.item.number: r.record.method for r in done},
        },
    )
    return done


# ---------------------------------------------------------------- reporters' word (回访、异议)


class FeedbackRefused(CaseworkError):
    """The reporter's word cannot be taken (window over, already given …): the message says why."""


def feedback_receive(
    *,
    item: Item,
    response_id: int,
    satisfaction: str,
    reasons: str = "",
    attachments: list[tuple[str, bytes]] | None = None,
    submission_key: str | None = None,
    actor_label: str = "举报人",
    via: str = FeedbackVia.PORTAL,
    actor: User | None = None,
) -> tuple[ReporterFeedback, bool]:
    """The reporter's word on the latest delivered final answer: by receipt code on the
    status page, or recorded by staff (`actor`) from a letter, call or visit. 不满意 is an
    objection: reasons required, new evidence kept as a supplement, the item re-opened
    (已答复 → 已处置) for a re-check. Retries of the same form are idempotent."""
    if via not in FeedbackVia.values:
        raise FeedbackRefused("未知的评价方式")
    if (via == FeedbackVia.PORTAL) != (actor is None):
        # The status page speaks for the reporter; staff record only what came another way.
        raise FeedbackRefused("查询页的评价由举报人本人凭回执码提交")
    if submission_key:
        existing = ReporterFeedback.objects.filter(submission_key=submission_key).first()
        if existing is not None:
            return existing, False
    if satisfaction not in Satisfaction.values:
        raise FeedbackRefused("请选择您对答复的评价")
    objection = satisfaction == Satisfaction.UNSATISFIED
    text = _text(reasons, "异议理由", required=objection, max_chars=5000)
    if attachments and not objection:
        raise FeedbackRefused("只有提出异议时才需要上传新的证据材料")
    # The same rules the status page shows (round ended, window over), from one place.
    state = feedback_state(item)
    if state.closed_reason:
        raise FeedbackRefused(state.closed_reason)
    if state.target is None or state.target.pk != response_id:
        raise FeedbackRefused("该件的答复已有更新，请重新查询后再评价")
    target = state.target
    if (
        objection
        and ReporterFeedback.objects.filter(item=item, satisfaction=Satisfaction.UNSATISFIED).count()
        >= MAX_OBJECTIONS
    ):
        raise FeedbackRefused("该件已经过复查和复核，对同一事实不再受理异议。")
    with transaction.atomic():
        # Two submissions at once (a double click with a fresh form, two tabs) queue on the
        # item's row, so the second sees the first's word instead of a unique-key error.
        Item.objects.select_for_update().filter(pk=item.pk).first()
        if submission_key:
            existing = ReporterFeedback.objects.filter(submission_key=submission_key).first()
            if existing is not None:
                return existing, False
        if ReporterFeedback.objects.filter(response=target).exists():
            raise FeedbackRefused("您已对该答复作出评价，不能重复评价")
        supplement = None
        if attachments:
            supplement, _new = item_add_supplement(
                item=item,
                content=text,
                attachments=attachments,
                # A key of its own (same length as the form's), so a retry adds no second copy.
                submission_key=(
                    hashlib.sha256(f"evidence:{submission_key}".encode()).hexdigest()
                    if submission_key
                    else None
                ),
                actor_label=actor_label,
            )
        feedback = ReporterFeedback.objects.create(
            item=item,
            response=target,
            satisfaction=satisfaction,
            reasons=text,
            supplement=supplement,
            submission_key=submission_key,
            via=via,
            recorded_by=actor,
        )
        label = Satisfaction(satisfaction).label
        how = "" if via == FeedbackVia.PORTAL else f"（{FeedbackVia(via).label}，工作人员登记）"
        item_event(
            item=item,
            actor=actor,
            actor_label=actor_label if actor is None else "",
            kind="objection" if objection else "feedback",
            summary=(
                f"举报人对答复提出异议（{label}）" + ("，附新证据" if supplement else "")
                if objection
                else f"举报人评价答复：{label}"
            )
            + how,
            data={"feedback": feedback.pk, "response": target.pk, "satisfaction": satisfaction, "via": via},
        )
        if objection:
            current = Item.objects.values_list("status", flat=True).get(pk=item.pk)
            if current == Status.ANSWERED:
                item_transition(item=item, to=Status.DISPOSED, actor=actor, note="举报人提出异议，待复查")
    return feedback, True


@transaction.atomic
def round_set_objection_window(*, round: Round, days: int, actor: User | None) -> Round:
    """How many days after an answer reached the reporter a word or objection is taken."""
    if days not in OBJECTION_WINDOW_DAYS:
        raise CaseworkError(OBJECTION_WINDOW_MESSAGE)
    locked = Round.objects.select_for_update().get(pk=round.pk)
    previous = locked.objection_window_days
    locked.objection_window_days = days
    locked.save(update_fields=["objection_window_days"])
    audit_record(
        action="round.objection_window",
        actor=actor,
        actor_label=_label(actor),
        target_type="round",
        target_id=locked.slug,
        round_id=locked.pk,
        data={"from": previous, "to": days},
    )
    return locked


@transaction.atomic
def objection_recheck(
    *, feedback: ReporterFeedback, outcome: str, reason: str, actor: User | None
) -> ReporterFeedback:
    """Record the re-check (复查) of an objection: 维持原答复 with reasons, or 重新办理 which
    re-opens the handling (the matter is no longer concluded; a new transfer or clue work
    follows). Either way the objection stays open until a new answer is recorded."""
    locked = ReporterFeedback.objects.select_for_update().select_related("item").get(pk=feedback.pk)
    if not locked.is_objection:
        raise CaseworkError("这不是异议")
    if not locked.is_open:
        raise CaseworkError("该异议已重新答复")
    if locked.recheck_outcome:
        raise CaseworkError("该异议已记录复查结论，请记录新的答复")
    if outcome not in RecheckOutcome.values:
        raise CaseworkError("请选择复查结论")
    text = _text(reason, "复查意见", max_chars=2000)
    locked.recheck_outcome = outcome
    locked.recheck_reason = text
    locked.rechecked_by = actor
    locked.rechecked_at = timezone.now()
    locked.save(update_fields=["recheck_outcome", "recheck_reason", "rechecked_by", "rechecked_at"])
    item = locked.item
    item_event(
        item=item,
        actor=actor,
        kind="recheck",
        summary=f"异议复查：{RecheckOutcome(outcome).label}",
        data={"feedback": locked.pk, "outcome": outcome},
    )
    if outcome == RecheckOutcome.REDO:
        # The handling starts again and will be concluded anew; the earlier conclusion
        # time stays on the timeline.
        case = ItemCase.objects.filter(item=item).first()
        if case is not None and case.concluded_at is not None:
            item_event(
                item=item,
                actor=actor,
                kind="recheck_reopened",
                summary=f"重新办理：原办结时间 {timezone.localtime(case.concluded_at):%Y-%m-%d %H:%M} 作废",
                data={"feedback": locked.pk, "concluded_at": case.concluded_at.isoformat()},
            )
            ItemCase.objects.filter(pk=case.pk).update(concluded_at=None)
    return locked


# ---------------------------------------------------------------- round


@transaction.atomic
def round_close(*, round: Round, actor: User | None = None, actor_label: str = "") -> Round:
    """End the round: refused while any item has no recorded final answer or an objection
    without a new one."""
    locked = Round.objects.select_for_update().get(pk=round.pk)
    if locked.stage == Round.Stage.CLOSED:
        raise CaseworkError("该轮次已经结束")
    # An objection (异议) is owed a new answer just as an item without one is.
    objected = open_objections(Item.objects.filter(round=locked)).values("item_id")
    missing = list(
        (unanswered_items(locked) | Item.objects.filter(round=locked, pk__in=objected))
        .distinct()
        .order_by("seq")
    )
    if missing:
        raise RoundCloseRefused(missing)
    label = actor_label or _label(actor)
    for item in Item.objects.filter(round=locked, status=Status.ANSWERED):
        item_transition(item=item, to=Status.CLOSED, actor=actor, note="本轮巡视结束")
    previous = locked.stage
    locked.stage = Round.Stage.CLOSED
    locked.save(update_fields=["stage"])
    StageChange.objects.create(round=locked, stage=Round.Stage.CLOSED, actor=label)
    audit_record(
        action="round.close",
        actor=actor,
        actor_label=label,
        target_type="round",
        target_id=locked.slug,
        round_id=locked.pk,
        data={"from": previous},
    )
    return locked
