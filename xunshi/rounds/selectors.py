"""Reads of rounds."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from xunshi.rounds.models import Channel, Round


class RoundNotFound(LookupError):
    pass


def round_list_open() -> QuerySet[Round]:
    return Round.objects.exclude(stage=Round.Stage.CLOSED)


def round_pick(ref: str | None) -> Round:
    """The round named by slug, name or id; without a reference, the only open round."""
    if ref:
        qs = Round.objects.filter(slug=ref) | Round.objects.filter(name=ref)
        if ref.isdigit():
            qs = qs | Round.objects.filter(pk=int(ref))
        found = list(qs.distinct()[:2])
        if len(found) == 1:
            return found[0]
        raise RoundNotFound(f"找不到巡视轮次：{ref}" if not found else f"轮次名称不唯一：{ref}")
    open_rounds = list(round_list_open()[:2])
    if len(open_rounds) == 1:
        return open_rounds[0]
    if not open_rounds:
        raise RoundNotFound("没有进行中的巡视轮次：先运行 xunshi round load-seed")
    raise RoundNotFound(
        "有多个进行中的轮次，请用 --round 指定：" + "、".join(r.slug for r in round_list_open())
    )


def round_list_for_portal() -> list[Round]:
    """Rounds the public portal presents: those accepting reports now, else the latest."""
    now = timezone.now()
    open_rounds = list(round_list_open().prefetch_related("channels", "targets", "members"))
    accepting = [r for r in open_rounds if r.period_start <= timezone.localdate() and r.accepting_at(now)]
    if accepting:
        return accepting
    latest = Round.objects.prefetch_related("channels", "targets", "members").order_by("-period_end").first()
    return [latest] if latest else []


def channel_for_kind(round: Round, kind: str) -> Channel:
    """The round's (first) channel of a kind, e.g. its web portal or e-mail address."""
    channel = round.channels.filter(kind=kind).order_by("order", "id").first()
    if channel is None:
        raise RoundNotFound(f"轮次“{round}”没有“{Channel.Kind(kind).label}”渠道")
    return channel
