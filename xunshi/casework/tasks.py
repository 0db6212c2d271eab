"""Queue job of case work (Huey, see xunshi.channels.queue): sending answers by e-mail."""

from __future__ import annotations

from xunshi.channels.queue import RETRIES, channel_task


@channel_task("casework.response_mail", retries=RETRIES)
def casework_response_mail(record_id: int) -> str:
    """Send one recorded answer by e-mail. Only the record id travels through the queue;
    the reporter's address is decrypted in the worker from that item's identity."""
    from xunshi.casework.services import response_mail_send

    return response_mail_send(record_id=record_id)
