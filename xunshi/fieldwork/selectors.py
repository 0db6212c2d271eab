"""Reads for fieldwork: 下沉一级 suggestions, the schedule chart, the rectification ledger.
Access is decided in xunshi.accounts.access; these functions only shape data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from xunshi.accounts.models import Role
from xunshi.fieldwork.models import Feedback, Phase, Problem, Rectification, ScheduleEntry, Talk, Visit
from xunshi.roster.models import CareerPost, RosterPerson, TeamCategory
from xunshi.rounds.models import Round, Subgroup, TargetUnit

GROUP_ROLES = (Role.LEADER, Role.DEPUTY, Role.STAFF, Role.GROUP_LIAISON)


def group_staff(round: Round) -> QuerySet[User]:
    """The group's own people, who ask, record and go on visits."""
    return (
        User.objects.filter(
            memberships__round=round, memberships__active=True, memberships__role__in=GROUP_ROLES
        )
        .distinct()
        .order_by("first_name", "username")
    )


# ---------------------------------------------------------------- 下沉一级


@dataclass(frozen=True)
class SinkSuggestion:
    person: RosterPerson
    post: CareerPost
    visits: int

    @property
    def period(self) -> str:
        return f"{self.post.start or '？'}—{self.post.end or '？'}"

    @property
    def priority(self) -> bool:
        # 三种人 (c): in an important post now and likely to be promoted.
        return self.person.promotion_candidate


def sink_suggestions(*, round: Round, target: TargetUnit | None = None) -> list[SinkSuggestion]:
    """Units where a current leader in scope was earlier the top official (一把手), with the
    period, so the group can go one level down (下沉一级) there. Promotion candidates first."""
    people = RosterPerson.objects.filter(
        round=round, team__in=[TeamCategory.COUNTY_LEADERSHIP, TeamCategory.NEXT_LEVEL_HEAD]
    )
    if target is not None:
        people = people.filter(target=target)
    posts = (
        CareerPost.objects.filter(person__in=people, top_post=True)
        .select_related("person", "person__target")
        .order_by("person__target__order", "person__name", "-start")
    )
    visited: dict[int, int] = {}
    for post_id in Visit.objects.filter(round=round, sink_post__in=posts).values_list(
        "sink_post_id", flat=True
    ):
        if post_id is not None:
            visited[post_id] = visited.get(post_id, 0) + 1
    found = [SinkSuggestion(person=p.person, post=p, visits=visited.get(p.pk, 0)) for p in posts]
    return sorted(found, key=lambda s: (not s.priority, s.person.target.order, s.person.name))


# ---------------------------------------------------------------- schedule chart

PHASE_COLOURS = {
    Phase.ENTRY: "#b71c1c",
    Phase.MOBILISATION: "#e65100",
    Phase.TALKS: "#1565c0",
    Phase.VISITS: "#2e7d32",
    Phase.EXIT: "#4a148c",
}


@dataclass(frozen=True)
class ScheduleRow:
    target: TargetUnit
    subgroup: str
    entries: list[ScheduleEntry]
    # Work actually done, beside the plan: talks held or booked, and open visits (secret
    # visits stay off the chart, which every group member sees).
    talk_days: dict[dt.date, int]
    visit_days: dict[dt.date, int]


def schedule_rows(round: Round) -> list[ScheduleRow]:
    entries = ScheduleEntry.objects.filter(round=round).select_related("target", "subgroup")
    by_target: dict[int, list[ScheduleEntry]] = {}
    for entry in entries:
        by_target.setdefault(entry.target_id, []).append(entry)
    talk_days: dict[int, dict[dt.date, int]] = {}
    for target_id, starts_at in (
        Talk.objects.filter(round=round)
        .exclude(status=Talk.Status.CANCELLED)
        .values_list("target_id", "starts_at")
    ):
        day = timezone.localdate(starts_at)
        talk_days.setdefault(target_id, {}).setdefault(day, 0)
        talk_days[target_id][day] += 1
    visit_days: dict[int, dict[dt.date, int]] = {}
    for target_id, on in Visit.objects.filter(round=round, covert=False).values_list("target_id", "on"):
        visit_days.setdefault(target_id, {}).setdefault(on, 0)
        visit_days[target_id][on] += 1
    rows = []
    for target in round.targets.all():
        found = by_target.get(target.pk, [])
        subgroup = next((e.subgroup.name for e in found if e.subgroup), "")
        if not subgroup:
            first = target.subgroups.first()
            subgroup = first.name if first else ""
        rows.append(
            ScheduleRow(
                target=target,
                subgroup=subgroup,
                entries=found,
                talk_days=talk_days.get(target.pk, {}),
                visit_days=visit_days.get(target.pk, {}),
            )
        )
    order = {
        name: index
        for index, name in enumerate(
            Subgroup.objects.filter(round=round).order_by("id").values_list("name", flat=True)
        )
    }
    return sorted(rows, key=lambda r: (order.get(r.subgroup, len(order)), r.target.order))


def schedule_svg(round: Round, *, today: dt.date | None = None) -> SafeString:
    """The staggered plan (压茬推进) as an SVG Gantt chart, drawn on the server: one row per
    county grouped by subgroup, one bar per phase; entry and exit are one-day marks."""
    rows = schedule_rows(round)
    start, end = round.period_start, round.period_end
    days = max((end - start).days + 1, 1)
    label_w, day_w, row_h, top = 170, 12, 28, 40
    # Wide enough for the days and for the legend, whichever is longer.
    width = max(label_w + days * day_w + 20, label_w + len(Phase) * 100 + 260)
    height = top + row_h * len(rows) + 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="schedule-chart" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="巡视工作时间安排">'
    ]
    # Week grid and date labels every seven days.
    for offset in range(0, days, 7):
        x = label_w + offset * day_w
        day = start + dt.timedelta(days=offset)
        parts.append(f'<line x1="{x}" y1="{top - 6}" x2="{x}" y2="{height - 40}" stroke="#ddd"/>')
        parts.append(f'<text x="{x + 2}" y="{top - 12}" font-size="11" fill="#666">{day:%m-%d}</text>')
    for index, row in enumerate(rows):
        y = top + index * row_h
        if index % 2:
            parts.append(f'<rect x="0" y="{y}" width="{width}" height="{row_h}" fill="#f5f5f5"/>')
        label = escape(f"{row.subgroup} · {row.target.name}" if row.subgroup else row.target.name)
        parts.append(f'<text x="4" y="{y + 18}" font-size="13" fill="#1f1f1f">{label}</text>')
        for entry in row.entries:
            first = max((entry.starts_on - start).days, 0)
            last = min((entry.ends_on - start).days, days - 1)
            if last < first:
                continue
            x = label_w + first * day_w
            w = max((last - first + 1) * day_w - 1, 4)
            colour = PHASE_COLOURS.get(Phase(entry.phase), "#999")
            tip = escape(
                f"{row.target.name} {entry.get_phase_display()} {entry.starts_on:%m-%d}—{entry.ends_on:%m-%d}"
            )
            parts.append(
                f'<rect class="phase-{entry.phase}" x="{x}" y="{y + 5}" width="{w}" height="{row_h - 10}" '
                f'fill="{colour}" fill-opacity="0.8" rx="2"><title>{tip}</title></rect>'
            )
        for days_map, shape, what in ((row.talk_days, "talk", "次谈话"), (row.visit_days, "visit", "次走访")):
            for day, count in sorted(days_map.items()):
                if not start <= day <= end:
                    continue
                cx = label_w + (day - start).days * day_w + day_w // 2
                cy = y + (9 if shape == "talk" else row_h - 9)
                parts.append(
                    f'<circle class="done-{shape}" cx="{cx}" cy="{cy}" r="3.5" fill="#fff" stroke="#000">'
                    f"<title>{day:%m-%d} {count}{what}</title></circle>"
                )
    if today is not None and start <= today <= end:
        x = label_w + (today - start).days * day_w + day_w // 2
        parts.append(
            f'<line x1="{x}" y1="{top - 6}" x2="{x}" y2="{height - 40}" '
            'stroke="#000" stroke-dasharray="3,3"/>'
        )
    legend_y = height - 20
    for index, phase in enumerate(Phase):
        x = label_w + index * 100
        parts.append(
            f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" fill="{PHASE_COLOURS[phase]}"/>'
        )
        parts.append(
            f'<text x="{x + 16}" y="{legend_y}" font-size="12" fill="#1f1f1f">{escape(phase.label)}</text>'
        )
    parts.append("</svg>")
    # Every interpolated text is escaped above; numbers and colours come from this module.
    return mark_safe("".join(parts))  # noqa: S308


# ---------------------------------------------------------------- rectification


@dataclass(frozen=True)
class CountyFeedback:
    target: TargetUnit
    feedback: Feedback | None
    problems: int
    measures: int
    checked: int

    @property
    def report_due(self) -> dt.date | None:
        return self.feedback.report_due if self.feedback else None

    def report_state(self, today: dt.date) -> str:
        if self.feedback is None or self.feedback.delivered_on is None:
            return "未反馈"
        if self.feedback.report_received_on is not None:
            late = self.report_due is not None and self.feedback.report_received_on > self.report_due
            return "已报送（逾期）" if late else "已报送"
        due = self.report_due
        if due is not None and today > due:
            return f"逾期 {(today - due).days} 天"
        return f"剩余 {(due - today).days} 天" if due else ""


def feedback_overview(round: Round, problems: QuerySet[Problem]) -> list[CountyFeedback]:
    feedbacks = {f.target_id: f for f in Feedback.objects.filter(round=round)}
    out = []
    visible_targets = set(problems.values_list("target", flat=True))
    for target in round.targets.filter(pk__in=visible_targets).order_by("order"):
        mine = problems.filter(target=target)
        measures = Rectification.objects.filter(problem__in=mine)
        out.append(
            CountyFeedback(
                target=target,
                feedback=feedbacks.get(target.pk),
                problems=mine.count(),
                measures=measures.count(),
                checked=measures.filter(status=Rectification.Status.CHECKED).count(),
            )
        )
    return out


def ledger(problems: QuerySet[Problem]) -> list[tuple[Problem, list[Rectification]]]:
    """The ledger (问题清单 → 任务清单 → 责任清单) in the order of the problems."""
    rows = []
    for problem in problems.select_related("target").prefetch_related("measures__evidence"):
        rows.append((problem, list(problem.measures.all())))
    return rows
