"""Writes to channel health and the dead-letter list."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from xunshi.channels.models import ChannelHealth, DeadLetter
from xunshi.rounds.models import Channel

MAX_ERROR_CHARS = 4000
logger = logging.getLogger(__name__)


def health_success(*, channel: Channel, backlog: int | None = None) -> None:
    now = timezone.now()
    values: dict[str, Any] = {"last_success_at": now, "updated_at": now}
    if backlog is not None:
        values["backlog"] = backlog
    ChannelHealth.objects.update_or_create(channel=channel, defaults=values)


def health_error(*, channel: Channel, error: str, backlog: int | None = None) -> None:
    now = timezone.now()
    values: dict[str, Any] = {"last_error_at": now, "last_error": error[:MAX_ERROR_CHARS], "updated_at": now}
    if backlog is not None:
        values["backlog"] = backlog
    ChannelHealth.objects.update_or_create(channel=channel, defaults=values)


def health_backlog(*, channel: Channel, backlog: int) -> None:
    ChannelHealth.objects.update_or_create(
        channel=channel, defaults={"backlog": backlog, "updated_at": timezone.now()}
    )


def dead_letter_record(*, task_name: str, args: list[Any], kwargs: dict[str, Any], error: str) -> DeadLetter:
    from xunshi.channels.queue import HOOKS

    channel_id = kwargs.get("channel_id")
    hooks = HOOKS.get(task_name)
    if not isinstance(channel_id, int) and hooks is not None and hooks.channel_of is not None:
        try:
            channel_id = hooks.channel_of(args, kwargs)
        except Exception:  # the dead letter must be kept even if its channel cannot be found
            logger.exception("dead letter of %s: channel lookup failed", task_name)
            channel_id = None
    channel = Channel.objects.filter(pk=channel_id).first() if isinstance(channel_id, int) else None
    scan_id = kwargs.get("scan_id")
    if channel is None and isinstance(scan_id, int):
        from xunshi.channels.models import LetterScan

        scan = LetterScan.objects.select_related("item__channel").filter(pk=scan_id).first()
        channel = scan.item.channel if scan else None
    with transaction.atomic():
        letter = DeadLetter.objects.create(
            task_name=task_name, args=args, kwargs=kwargs, channel=channel, error=error[: MAX_ERROR_CHARS * 4]
        )
        if channel is not None:
            health_error(channel=channel, error=error.strip().splitlines()[-1] if error.strip() else error)
    return letter


class RetryRefused(Exception):
    pass


def dead_letter_retry(*, letter: DeadLetter, actor: AbstractBaseUser | None) -> None:
    """Put a failed job back on the queue (once per click; the row records who did it)."""
    from xunshi.channels.queue import HOOKS, TASKS
    from xunshi.channels.tasks import load_all

    load_all()
    task = TASKS.get(letter.task_name)
    if task is None:
        raise RetryRefused(f"未知任务：{letter.task_name}")
    hooks = HOOKS.get(letter.task_name)
    with transaction.atomic():
        locked = DeadLetter.objects.select_for_update().get(pk=letter.pk)
        if locked.retried_at is not None:
            raise RetryRefused("该任务已重新排队")
        locked.retried_at = timezone.now()
        locked.retried_by = actor  # type: ignore[assignment]
        locked.save(update_fields=["retried_at", "retried_by"])
        if hooks is not None and hooks.requeue is not None:
            hooks.requeue(list(locked.args), dict(locked.kwargs), actor)  # queues after commit itself
        else:
            transaction.on_commit(lambda: task(*locked.args, **locked.kwargs))
