"""Queue jobs of case work (Huey, see xunshi.channels.queue): sending answers by e-mail and SMS.

Only the record id travels through the queue; the reporter's address or number is
decrypted in the worker from that item's identity. A dead job is listed under the item's
channel, and retrying it from the workbench resends the answer (services.response_resend).
"""

from __future__ import annotations

from typing import Any

from xunshi.channels.queue import RETRIES, DeadLetterHooks, channel_task


def _channel_of(args: list[Any], kwargs: dict[str, Any]) -> int | None:
    from xunshi.casework.services import response_record_channel

    return response_record_channel(args, kwargs)


def _requeue(args: list[Any], kwargs: dict[str, Any], actor: Any) -> None:
    from xunshi.casework.services import response_dead_letter_requeue

    response_dead_letter_requeue(args, kwargs, actor)


HOOKS = DeadLetterHooks(channel_of=_channel_of, requeue=_requeue)
MAIL_TASK = "casework.response_mail"
SMS_TASK = "casework.response_sms"
SEND_TASKS = (MAIL_TASK, SMS_TASK)


@channel_task(MAIL_TASK, retries=RETRIES, hooks=HOOKS)
def casework_response_mail(record_id: int) -> str:
    """Send one recorded answer by e-mail."""
    from xunshi.casework.services import response_mail_send

    return response_mail_send(record_id=record_id)


@channel_task(SMS_TASK, retries=RETRIES, hooks=HOOKS)
def casework_response_sms(record_id: int) -> str:
    """Put one recorded answer into the SMS channel's gammu-smsd outbox."""
    from xunshi.casework.services import response_sms_send

    return response_sms_send(record_id=record_id)
