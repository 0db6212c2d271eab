"""Reads of rounds."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from xunshi.core.rows import first_row
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
    """The round's (first) channel of a kind, e.g. its web portal or e-mail address.

    Every web report asks this, so the query is written out (xunshi.core.rows). It is
    still asked each time, so a channel edited at the workbench counts from the next
    report on."""
    channel = first_row(Channel, order=("order", "id"), round_id=round.pk, kind=kind)
    if channel is None:
        raise RoundNotFound(f"轮次“{round}”没有“{Channel.Kind(kind).label}”渠道")
    channel.round = round  # as the related manager did: no query for channel.round later
    return channel
