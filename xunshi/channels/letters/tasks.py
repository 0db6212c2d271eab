"""Queue jobs for letters: OCR of one scan, and a sweep that finds scans not yet queued."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from huey import crontab

from xunshi.channels.letters.ocr import SCANNABLE
from xunshi.channels.letters.services import letter_scan_enqueue, letter_scan_run
from xunshi.channels.queue import channel_periodic, channel_task
from xunshi.intake.models import Item
from xunshi.rounds.models import Channel, Round

SWEEP_DAYS = 30


@channel_task("letters.ocr", retries=2)
def letter_ocr(*, scan_id: int) -> str:
    return str(letter_scan_run(scan_id=scan_id).status)


@channel_periodic("letters.sweep", crontab(minute="*/5"))
def letters_sweep() -> int:
    # Whoever registers a letter should call letter_scan_enqueue; this catches the ones
    # that did not, so no scan waits unread.
    since = timezone.now() - dt.timedelta(days=SWEEP_DAYS)
    items = (
        Item.objects.filter(
            channel_kind=Channel.Kind.PO_BOX,
            registered_at__gte=since,
            attachments__media_type__in=SCANNABLE,
            attachments__scan__isnull=True,
        )
        .exclude(round__stage=Round.Stage.CLOSED)
        .distinct()
    )
    return sum(len(letter_scan_enqueue(item)) for item in items)
