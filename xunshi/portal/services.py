"""Public portal writes: a web report and a later addition, both through intake."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.utils import timezone

from xunshi.casework.services import feedback_receive
from xunshi.core.rows import first_row
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import (
    Identity,
    Incoming,
    content_fingerprint,
    item_add_supplement,
    item_receive,
)
from xunshi.intake.validation import IntakeError
from xunshi.portal.receipts import code_for_token, code_hash, submission_key, valid_token
from xunshi.rounds.models import Round, TargetUnit
from xunshi.rounds.selectors import channel_for_kind


@dataclass(frozen=True)
class PortalReport:
    identity_kind: str
    identity: Identity
    target: TargetUnit | None
    accused_name: str
    accused_position: str
    accused_unit: str
    subject: str
    content: str
    attachments: list[tuple[str, bytes]]


@dataclass(frozen=True)
class Acknowledgement:
    item: Item
    receipt_code: str
    repeated: bool


def portal_round(slug: str) -> Round:
    """The round a report is posted to, or 404 (a written-out query, xunshi.core.rows: a
    report needs none of the round's related rows)."""
    found = first_row(Round, slug=slug)
    if found is None:
        raise Http404("没有这个巡视轮次")
    return found


def portal_submit(*, round: Round, token: str, report: PortalReport) -> Acknowledgement:
    """Register a web report. The same form token always yields the same item and code;
    a repeated token with different text adds that text to the item instead of losing it."""
    if not valid_token(token):
        raise IntakeError("表单已失效，请刷新页面后重新填写")
    now = timezone.now()
    if not round.accepting_at(now) or round.period_start > timezone.localdate():
        raise IntakeError(
            f"{round.group_name}的受理期为 {round.period_start:%Y年%m月%d日} 至 "
            f"{round.period_end:%Y年%m月%d日}，"
            "现不在受理期内。如需反映问题，请向当地纪委监委或信访部门反映。"
        )
    code = code_for_token(token)
    received = item_receive(
        Incoming(
            round=round,
            channel=channel_for_kind(round, "web"),
            content=report.content,
            received_at=now,
            subject=report.subject,
            identity_kind=report.identity_kind,
            identity=report.identity,
            accused_name=report.accused_name,
            accused_position=report.accused_position,
            accused_unit=report.accused_unit,
            target=report.target,
            attachments=report.attachments,
            submission_key=submission_key(token),
            receipt_hash=code_hash(code),
            actor_label="网上举报人" if report.identity_kind != IdentityKind.ANONYMOUS else "匿名举报人",
        )
    )
    if not received.created and received.item.content != report.content.strip():
        item_add_supplement(
            item=received.item,
            content=report.content,
            attachments=report.attachments,
            submission_key=submission_key(f"again:{token}:{content_fingerprint(report.content)}"),
        )
    return Acknowledgement(item=received.item, receipt_code=code, repeated=not received.created)


def portal_lookup(code: str) -> Item | None:
    return (
        Item.objects.select_related("round")
        .prefetch_related("responses")
        .filter(receipt_hash=code_hash(code))
        .first()
    )


def portal_add_information(
    *, item: Item, token: str, content: str, attachments: list[tuple[str, bytes]]
) -> None:
    if not valid_token(token):
        raise IntakeError("表单已失效，请刷新页面后重新填写")
    item_add_supplement(
        item=item, content=content, attachments=attachments, submission_key=submission_key("add:" + token)
    )


def portal_give_feedback(
    *,
    item: Item,
    token: str,
    answer_id: int,
    satisfaction: str,
    reasons: str,
    attachments: list[tuple[str, bytes]],
) -> bool:
    """The reporter's word on an answer, by receipt code (anonymous reporters too). The same
    form token always gives one word; False when this was a retry of it."""
    if not valid_token(token):
        raise IntakeError("表单已失效，请刷新页面后重新填写")
    _feedback, created = feedback_receive(
        item=item,
        response_id=answer_id,
        satisfaction=satisfaction,
        reasons=reasons,
        attachments=attachments,
        submission_key=submission_key("feedback:" + token),
        actor_label="匿名举报人" if item.identity_kind == IdentityKind.ANONYMOUS else "举报人",
    )
    return created
