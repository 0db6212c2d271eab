"""Queue jobs for e-mail: a periodic sweep that polls every configured mailbox."""

from __future__ import annotations

from huey import crontab
from huey.exceptions import TaskLockedException

from xunshi.channels.email.imap import mailbox_ingest_uid, mailbox_poll
from xunshi.channels.queue import channel_periodic, channel_task, huey
from xunshi.rounds.models import Channel, Round


def email_channels() -> list[Channel]:
    qs = Channel.objects.filter(kind=Channel.Kind.EMAIL).exclude(round__stage=Round.Stage.CLOSED)
    return [c for c in qs.select_related("round") if (c.settings or {}).get("host")]


@channel_task("email.poll")
def email_poll(*, channel_id: int) -> int:
    channel = Channel.objects.select_related("round").get(pk=channel_id)
    # One poll per mailbox at a time. A poll that finds the lock taken has nothing to do:
    # the running one fetches everything up to the newest UID.
    try:
        with huey.lock_task(f"email-poll-{channel_id}"):
            return mailbox_poll(channel=channel).registered
    except TaskLockedException:
        return 0


@channel_task("email.ingest_uid")
def email_ingest_uid(*, channel_id: int, mailbox: str, uid: int) -> str | None:
    channel = Channel.objects.select_related("round").get(pk=channel_id)
    return mailbox_ingest_uid(channel=channel, mailbox=mailbox, uid=uid).number


@channel_periodic("email.poll_all", crontab(minute="*"))
def email_poll_all() -> None:
    for channel in email_channels():
        email_poll(channel_id=channel.pk)
