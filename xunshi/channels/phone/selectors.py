"""Reads of the duty phone log."""

from __future__ import annotations

from django.db.models import QuerySet

from xunshi.channels.models import DutyCall
from xunshi.rounds.models import Round


def callback_list(*, round: Round) -> QuerySet[DutyCall]:
    """Missed calls and voicemails nobody has called back yet, oldest first."""
    return (
        DutyCall.objects.filter(channel__round=round, called_back_at__isnull=True)
        .exclude(kind=DutyCall.Kind.ANSWERED)
        .select_related("channel")
        .order_by("at", "id")
    )


def duty_log(*, round: Round, limit: int = 200) -> QuerySet[DutyCall]:
    return DutyCall.objects.filter(channel__round=round).select_related("channel", "item")[:limit]
