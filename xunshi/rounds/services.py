"""Writes to rounds: loading the seed, stage changes. Keyword-only, one transaction each."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

import yaml
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from xunshi.audit.services import audit_record
from xunshi.rounds.models import Channel, GroupMember, Round, StageChange, Subgroup, TargetUnit

SEED_FILE = "hebei-2015-r2-g7.yaml"
STAGE_ORDER = [s.value for s in Round.Stage]


class RoundError(ValueError):
    """A round operation that cannot be done, with a message for the user."""


# Days after an answer reached the reporter during which a word or objection (异议) is taken.
OBJECTION_WINDOW_DAYS = range(1, 366)
OBJECTION_WINDOW_MESSAGE = "评价与异议期限应为 1 至 365 日"


def seed_data() -> dict[str, Any]:
    text = resources.files("xunshi.rounds").joinpath("seeds", SEED_FILE).read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    source = data.get("source_file")
    if source:
        data["source_text"] = resources.files("xunshi.rounds").joinpath("seeds", source).read_text("utf-8")
    return data


@transaction.atomic
def round_load(*, data: dict[str, Any], actor: str = "系统") -> tuple[Round, bool]:
    """Create the round described by `data` (the seed file's shape); idempotent by slug."""
    existing = Round.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing, False
    window = data.get("objection_window_days", 30)
    if not isinstance(window, int) or window not in OBJECTION_WINDOW_DAYS:
        raise RoundError(f"{OBJECTION_WINDOW_MESSAGE}（objection_window_days: {window!r}）")
    rnd = Round.objects.create(
        slug=data["slug"],
        name=data["name"],
        issuer=data["issuer"],
        level=data["level"],
        kind=data["kind"],
        round_label=data.get("round_label", ""),
        year=data["year"],
        group_name=data["group_name"],
        host_place=data.get("host_place", ""),
        period_start=data["period_start"],
        period_end=data["period_end"],
        duration_text=data.get("duration_text", ""),
        stage=data.get("stage", Round.Stage.PREPARE),
        answerer=data.get("answerer", Round.Answerer.RECEIVER),
        objection_window_days=window,
        scope_text=data.get("scope_text", ""),
        focus=data.get("focus", []),
        out_of_scope=data.get("out_of_scope", []),
        number_prefix=data["number_prefix"],
        facts={**data.get("facts", {}), "out_of_scope_note": data.get("out_of_scope_note", "")},
        source_name=data.get("source_name", ""),
        source_text=data.get("source_text", ""),
        is_demo=data.get("is_demo", False),
    )
    StageChange.objects.create(round=rnd, stage=rnd.stage, actor=actor)
    members = {}
    for order, m in enumerate(data.get("members", [])):
        members[m["name"]] = GroupMember.objects.create(
            round=rnd, name=m["name"], role=m["role"], title=m.get("title", ""), order=order
        )
    targets = {}
    for order, t in enumerate(data.get("targets", [])):
        targets[t["name"]] = TargetUnit.objects.create(
            round=rnd,
            name=t["name"],
            party_committee=t.get("party_committee", ""),
            government=t.get("government", ""),
            order=order,
        )
    for s in data.get("subgroups", []):
        sub = Subgroup.objects.create(round=rnd, name=s["name"], lead=members.get(s.get("lead", "")))
        sub.targets.set([targets[name] for name in s.get("targets", [])])
    order = 0
    for c in data.get("channels", []):
        per_target = c.get("per_target")
        owners: list[TargetUnit | None] = list(targets.values()) if per_target else [None]
        for target in owners:
            fields = (
                {"party_committee": target.party_committee, "government": target.government} if target else {}
            )
            settings = {k: v for k, v in c.items() if k in {"written_as"}}
            Channel.objects.create(
                round=rnd,
                kind=c["kind"],
                label=c["label"].format(**fields),
                address=str(c.get("address", "")).format(**fields),
                hours_text=c.get("hours_text", ""),
                working_hours=c.get("working_hours", ""),
                receive_only=c.get("receive_only", False),
                target=target,
                public=c.get("public", True),
                settings=settings,
                order=order,
            )
            order += 1
    return rnd, True


def round_load_seed(*, demo: bool = False, today: dt.date | None = None) -> tuple[Round, bool]:
    """Load the seed round; with `demo`, a copy whose period starts today (same length)."""
    data = seed_data()
    if demo:
        start = today or timezone.localdate()
        length = data["period_end"] - data["period_start"]
        data.update(
            slug=f"{data['slug']}-demo",
            name=f"{data['name']}（演示）",
            number_prefix=f"{data['number_prefix']}D",
            period_start=start,
            period_end=start + length,
            year=start.year,
            is_demo=True,
        )
    return round_load(data=data)


@transaction.atomic
def round_set_stage(*, round: Round, stage: str, actor: str, user: User | None = None) -> Round:
    """Move the round to the next stage (or back one step, to correct a mistake).

    Closing the round is not a plain stage change: it has its own service, which refuses
    while any item has no recorded response (件件有回音)."""
    if stage not in STAGE_ORDER:
        raise RoundError(f"未知阶段：{stage}")
    if stage == Round.Stage.CLOSED:
        raise RoundError("结束轮次须通过“结束本轮”操作：所有信访件均有答复记录后方可结束")
    locked = Round.objects.select_for_update().get(pk=round.pk)
    step = STAGE_ORDER.index(stage) - STAGE_ORDER.index(locked.stage)
    if step not in (1, -1):
        raise RoundError(
            f"阶段只能逐步推进：当前“{locked.get_stage_display()}”，不能直接变为“{Round.Stage(stage).label}”"
        )
    locked.stage = stage
    locked.save(update_fields=["stage"])
    StageChange.objects.create(round=locked, stage=stage, actor=actor)
    audit_record(
        action="round.stage",
        actor=user,
        actor_label=actor,
        target_type="round",
        target_id=locked.pk,
        round_id=locked.pk,
        data={"stage": stage},
    )
    return locked


@transaction.atomic
def round_setup_from_announcement(*, data: dict[str, Any], actor: str) -> Round:
    """Create a round reviewed from its announcement; refuses a used slug or number prefix
    (round_load alone would silently return the existing round)."""
    if Round.objects.filter(slug=data["slug"]).exists():
        raise RoundError(f"代号“{data['slug']}”已被其他轮次使用")
    if Round.objects.filter(number_prefix=data["number_prefix"]).exists():
        raise RoundError(f"登记号前缀“{data['number_prefix']}”已被其他轮次使用")
    rnd, _ = round_load(data=data, actor=actor)
    return rnd
