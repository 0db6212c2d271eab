"""The dashboard's clock list (实名告知时限) is selected, counted and paged in the database:
the same clocks, due dates and overdue flags as walking every 实名 item in Python, across
the National Day holiday and local-midnight boundaries."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from django.test import Client
from django.urls import reverse

from tests.casework.conftest import receive
from xunshi.casework.models import ItemCase, ReporterFeedback, ResponseRecord, Satisfaction
from xunshi.casework.selectors import clock_page
from xunshi.core.workcalendar import add_workdays
from xunshi.intake.models import IdentityKind, Item, Response
from xunshi.intake.services import Identity
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
TODAY = dt.date(2026, 10, 26)  # three weeks after the National Day holiday (10-01 … 10-08)
NAMED = Identity(name="张三", phone="13900001111")


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=SHANGHAI)


def answer(item: Item, kind: str, delivery: str) -> Response:
    response = Response.objects.create(
        item=item, kind=kind, public_text="您反映的问题已受理。", via="电子邮件"
    )
    ResponseRecord.objects.create(
        response=response, answered_by="group", phrase="accepted", method="email", delivery=delivery
    )
    return response


def reference(items: list[Item], today: dt.date) -> list[tuple[str, str, dt.date, bool]]:
    """The rule as written, item by item in Python (what the dashboard did before)."""
    D = ResponseRecord.Delivery
    rows = []
    for item in items:
        item.refresh_from_db()
        if item.identity_kind not in (IdentityKind.NAMED, IdentityKind.JOINT) or not item.has_contact:
            continue
        given = [
            r
            for r in item.responses.all()
            if not hasattr(r, "record") or r.record.delivery not in (D.FAILED, D.MANUAL)
        ]
        case = ItemCase.objects.filter(item=item).first()
        starts = []
        if not any(r.kind in ("acknowledge", "result", "guidance") for r in given):
            starts.append(("ack", item.registered_at))
        if case and case.concluded_at and not any(r.kind in ("result", "guidance") for r in given):
            starts.append(("result", case.concluded_at))
        for objection in ReporterFeedback.objects.filter(item=item, satisfaction=Satisfaction.UNSATISFIED):
            if objection.answer is None or objection.answer.record.delivery in (D.FAILED, D.MANUAL):
                starts.append(("recheck", objection.received_at))
        for kind, started in starts:
            due = add_workdays(started.astimezone(SHANGHAI).date(), 15)
            rows.append((started, kind, item.number, due, today > due))
    order = {"ack": 0, "result": 1, "recheck": 2}
    rows.sort(key=lambda r: (r[3], r[0], order[r[1]]))
    return [(number, kind, due, overdue) for _s, kind, number, due, overdue in rows]


def as_rows(clocks: list) -> list[tuple[str, str, dt.date, bool]]:  # type: ignore[type-arg]
    return [(c.item.number, c.kind, c.due, c.overdue) for c in clocks]


@pytest.fixture
def corpus(demo_round: Round) -> list[Item]:
    items = []
    # One 实名 item registered every day from 09-10 to 10-20, some at 00:30 and some at
    # 23:30 local time (the UTC date differs): the overdue boundary falls among them.
    day = dt.date(2026, 9, 10)
    n = 0
    while day <= dt.date(2026, 10, 20):
        item = receive(demo_round, identity=NAMED, identity_kind=IdentityKind.NAMED)
        hour, minute = ((0, 30), (23, 30), (10, 0))[n % 3]
        Item.objects.filter(pk=item.pk).update(registered_at=at(day, hour, minute))
        items.append(item)
        day += dt.timedelta(days=1)
        n += 1
    # Answers that stop the acceptance clock (delivered, queued) and that do not (failed, by hand).
    answer(items[0], "acknowledge", ResponseRecord.Delivery.SENT)
    answer(items[1], "acknowledge", ResponseRecord.Delivery.QUEUED)
    answer(items[2], "acknowledge", ResponseRecord.Delivery.FAILED)
    answer(items[3], "acknowledge", ResponseRecord.Delivery.MANUAL)
    # Concluded matters owe a result; one has it, one has an objection to it.
    for index, concluded in ((4, at(dt.date(2026, 9, 30), 23, 50)), (5, at(dt.date(2026, 10, 9), 8))):
        answer(items[index], "acknowledge", ResponseRecord.Delivery.SENT)
        ItemCase.objects.create(item=items[index], disposition="DSP.ARCHIVE", concluded_at=concluded)
    ItemCase.objects.create(
        item=items[6], disposition="DSP.ARCHIVE", concluded_at=at(dt.date(2026, 9, 20), 9)
    )
    result = answer(items[6], "result", ResponseRecord.Delivery.SENT)
    ReporterFeedback.objects.create(
        item=items[6],
        response=result,
        satisfaction=Satisfaction.UNSATISFIED,
        reasons="未核实",
        received_at=at(dt.date(2026, 9, 29), 16),
    )
    # Items that owe nothing: anonymous, or 实名 without a way to reach the reporter.
    items.append(receive(demo_round))
    items.append(receive(demo_round, identity=Identity(name="李四"), identity_kind=IdentityKind.NAMED))
    return items


def test_the_clock_list_matches_the_rule_item_by_item_and_pages(
    demo_round: Round, corpus: list[Item]
) -> None:
    items = Item.objects.filter(round=demo_round)
    expected = reference(corpus, TODAY)
    kinds = {kind for _n, kind, _d, _o in expected}
    assert kinds == {"ack", "result", "recheck"}
    assert 0 < sum(o for *_rest, o in expected) < len(expected)  # the boundary is inside the set

    full = clock_page(items, today=TODAY, limit=None)
    assert as_rows(full.clocks) == expected
    assert full.total == len(expected)
    assert full.overdue == sum(1 for *_rest, overdue in expected if overdue)
    # Overdue ones first, then by due date.
    assert [c.overdue for c in full.clocks] == sorted((c.overdue for c in full.clocks), reverse=True)

    pages = []
    for offset in range(0, len(expected), 7):
        page = clock_page(items, today=TODAY, offset=offset, limit=7)
        assert (page.total, page.overdue) == (full.total, full.overdue)
        pages += as_rows(page.clocks)
    assert pages == expected

    # On another day other clocks are overdue: the boundary moves with it.
    later = dt.date(2026, 11, 9)
    assert as_rows(clock_page(items, today=later, limit=None).clocks) == reference(corpus, later)


def test_the_dashboard_shows_the_first_clocks_and_counts_them_all(
    demo_round: Round, staff_renqiu: Client, corpus: list[Item]
) -> None:
    items = Item.objects.filter(round=demo_round)
    full = clock_page(items, limit=None)
    page = staff_renqiu.get(reverse("casework:dashboard")).content.decode()
    table = page[page.index('id="clocks"') :].split("</table>")[0]
    assert table.count("<tr class=") == min(200, full.total)
    assert full.clocks[0].item.number in table
    overdue = page[: page.index("实名告知逾期")].rsplit("<strong>", 1)[1].split("</strong>")[0]
    assert int(overdue) == full.overdue


def test_overdue_boundary_is_the_last_start_whose_deadline_has_passed() -> None:
    from xunshi.casework.selectors import _last_overdue_start

    day = dt.date(2026, 9, 1)
    while day < dt.date(2027, 3, 1):  # National Day, New Year, the Spring Festival and 调休
        last = _last_overdue_start(day, 15)
        assert add_workdays(last, 15) < day <= add_workdays(last + dt.timedelta(days=1), 15), day
        day += dt.timedelta(days=1)
