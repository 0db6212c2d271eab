"""Reads for the channel pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from xunshi.channels.models import ChannelHealth, DeadLetter, LetterScan, SmsGroup
from xunshi.rounds.models import Channel, Round

WATCHED = [Channel.Kind.EMAIL, Channel.Kind.SMS, Channel.Kind.PO_BOX]


@dataclass
class ChannelRow:
    channel: Channel
    health: ChannelHealth | None
    backlog: int
    configured: bool


def channel_health_rows(round: Round) -> list[ChannelRow]:
    rows = []
    health = {h.channel_id: h for h in ChannelHealth.objects.filter(channel__round=round)}
    for channel in round.channels.filter(kind__in=WATCHED).order_by("order", "id"):
        h = health.get(channel.pk)
        backlog = h.backlog if h else 0
        cfg = channel.settings or {}
        if channel.kind == Channel.Kind.PO_BOX:
            backlog = LetterScan.objects.filter(
                item__channel=channel, status=LetterScan.Status.PENDING
            ).count()
            configured = True
        elif channel.kind == Channel.Kind.SMS:
            backlog = max(backlog, SmsGroup.objects.filter(channel=channel, item__isnull=True).count())
            configured = True  # the webhook needs no setting; the gammu inbox is optional
        else:
            configured = bool(cfg.get("host"))
        rows.append(ChannelRow(channel=channel, health=h, backlog=backlog, configured=configured))
    return rows


def dead_letters_for_round(round: Round) -> QuerySet[DeadLetter]:
    return DeadLetter.objects.filter(channel__round=round).select_related("channel", "retried_by")
