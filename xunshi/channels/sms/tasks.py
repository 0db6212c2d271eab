"""Queue jobs for SMS: the gammu inbox watcher and the reassembly timeout."""

from __future__ import annotations

from pathlib import Path

from huey import crontab
from huey.exceptions import TaskLockedException

from xunshi.channels.health import health_error, health_success
from xunshi.channels.models import SmsGroup
from xunshi.channels.queue import channel_periodic, channel_task, huey
from xunshi.channels.sms.gammu import inbox_ingest
from xunshi.channels.sms.reassembly import sms_reassembly_flush
from xunshi.channels.sms.webhook import webhook_nonces_prune
from xunshi.rounds.models import Channel, Round

# Files younger than this may still be being written by gammu-smsd.
MIN_FILE_AGE_SECONDS = 2.0


def sms_inbox_channels() -> list[Channel]:
    qs = Channel.objects.filter(kind=Channel.Kind.SMS).exclude(round__stage=Round.Stage.CLOSED)
    return [c for c in qs.select_related("round") if (c.settings or {}).get("inbox_dir")]


def inbox_paths(channel: Channel) -> tuple[Path, Path]:
    cfg = channel.settings or {}
    inbox = Path(str(cfg["inbox_dir"]))
    archive = Path(str(cfg.get("archive_dir") or inbox / "done"))
    return inbox, archive


@channel_task("sms.scan_dir")
def sms_dir_scan(*, channel_id: int) -> int:
    channel = Channel.objects.select_related("round").get(pk=channel_id)
    inbox, archive = inbox_paths(channel)
    try:
        with huey.lock_task(f"sms-scan-{channel_id}"):
            return _scan(channel, inbox, archive)
    except TaskLockedException:
        return 0  # another scan of the same directory is running


def _scan(channel: Channel, inbox: Path, archive: Path) -> int:
    if not inbox.is_dir():
        health_error(channel=channel, error=f"短信收件目录不存在：{inbox}")
        raise FileNotFoundError(str(inbox))
    results = inbox_ingest(
        channel=channel, directory=inbox, archive=archive, min_age_seconds=MIN_FILE_AGE_SECONDS
    )
    errors = [r for r in results if r.error]
    pending = SmsGroup.objects.filter(channel=channel, item__isnull=True).count()
    if errors:
        health_error(
            channel=channel,
            error=f"{len(errors)} 个短信文件无法登记：{errors[0].error}",
            backlog=len(errors) + pending,
        )
    else:
        health_success(channel=channel, backlog=pending)
    return sum(1 for r in results if r.item)


@channel_periodic("sms.scan_all", crontab(minute="*"))
def sms_dir_scan_all() -> None:
    for channel in sms_inbox_channels():
        sms_dir_scan(channel_id=channel.pk)


@channel_periodic("sms.reassembly_timeout", crontab(minute="*"))
def sms_reassembly_timeout() -> int:
    webhook_nonces_prune()
    return len(sms_reassembly_flush())
