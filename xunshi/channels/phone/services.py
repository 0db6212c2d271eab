"""The duty phone log (值班电话): every call is logged, answered or not. A missed call or a
voicemail waits on the call-back list; an answered call with a report becomes an item
through the one intake service (xunshi.intake.registration.phone_call_register)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.channels.models import DutyCall
from xunshi.intake.models import Item
from xunshi.intake.services import item_event
from xunshi.intake.storage import store_bytes
from xunshi.intake.validation import IntakeError, check_attachments, clean_text
from xunshi.rounds.models import Channel

AUDIO = {"audio/mpeg", "audio/x-wav", "audio/amr", "audio/mp4", "audio/m4a"}


def duty_call_log(
    *,
    channel: Channel,
    at: dt.datetime,
    caller: str,
    kind: str,
    actor: User | None,
    voicemail: tuple[str, bytes] | None = None,
    item: Item | None = None,
) -> DutyCall:
    if channel.kind != Channel.Kind.PHONE:
        raise IntakeError("只有值班电话有来电记录")
    if timezone.is_naive(at):
        raise IntakeError("来电时间缺少时区")
    if kind not in DutyCall.Kind.values:
        raise IntakeError("来电类型无效")
    if at > timezone.now() + dt.timedelta(minutes=5):
        raise IntakeError("来电时间不能晚于现在")
    number = clean_text(caller, field="来电号码", required=False, max_chars=40)
    if kind != DutyCall.Kind.ANSWERED and not number and voicemail is None:
        raise IntakeError("未接来电须记下来电号码（无号码且无留言的来电无法回拨）")
    digest = ""
    if voicemail is not None:
        [checked] = check_attachments([voicemail])
        if checked.media_type not in AUDIO:
            raise IntakeError("语音留言须为音频文件（MP3、WAV、AMR、M4A）")
        digest = store_bytes(checked.data)
    with transaction.atomic():
        call = DutyCall.objects.create(
            channel=channel,
            at=at,
            caller=number,
            kind=kind,
            after_hours=not channel.is_staffed_at(at),
            voicemail_sha256=digest,
            item=item,
            logged_by=actor,
        )
        audit_record(
            action="phone.call_logged",
            actor=actor,
            target_type="duty_call",
            target_id=call.pk,
            round_id=channel.round_id,
            data={"kind": kind, "after_hours": call.after_hours},
        )
    return call


def duty_call_called_back(*, call: DutyCall, actor: User, outcome: str, item: Item | None = None) -> DutyCall:
    text = clean_text(outcome, field="回拨结果", max_chars=200)
    with transaction.atomic():
        locked = DutyCall.objects.select_for_update().get(pk=call.pk)
        if locked.called_back_at is not None:
            raise IntakeError("这次来电已回拨过")
        locked.called_back_at = timezone.now()
        locked.called_back_by = actor
        locked.callback_outcome = text
        if item is not None:
            locked.item = item
        locked.save(update_fields=["called_back_at", "called_back_by", "callback_outcome", "item"])
        audit_record(
            action="phone.called_back",
            actor=actor,
            target_type="duty_call",
            target_id=locked.pk,
            round_id=locked.channel.round_id,
            data={"item": item.number if item else None},
        )
        if item is not None:
            item_event(item=item, actor=actor, kind="phone_callback", summary="由值班电话回拨形成")
    return locked


def duty_call_reveal_number(*, call: DutyCall, actor: User) -> str:
    """The caller's number, for the call-back; a deliberate, audited act."""
    with transaction.atomic():
        audit_record(
            action="phone.number_revealed",
            actor=actor,
            target_type="duty_call",
            target_id=call.pk,
            round_id=call.channel.round_id,
            data={"reason": "回拨"},
        )
    return call.caller
