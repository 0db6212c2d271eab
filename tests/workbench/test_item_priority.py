"""The item list's priority column: sortable, filterable by level and by flag (urgency,
三种人), judged by the latest staff decision where there is one; arrival order by default."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from xunshi.intake.models import Item
from xunshi.intake.services import Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.triage.services import Decision, triage_decide

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _immediate_queue() -> Iterator[None]:
    """Triage runs on the queue after commit; run it in the caller here."""
    from xunshi.channels.queue import huey

    huey.immediate = True
    yield
    huey.immediate = False


@pytest.fixture
def items(demo_round: Round, django_capture_on_commit_callbacks: Any) -> dict[str, Item]:
    """Four items, oldest first: urgent (threat to life), plain in-scope, out of scope, and
    one that arrived last and was never triaged."""
    texts = {
        "urgent": "任丘市出岸镇党委书记收受红包，我们被逼得不想活了，要去跳楼。",
        "normal": "任丘市出岸镇副镇长收受老板红包五千元。",
        "low": "我家房子被强拆，补偿标准太低，要求解决补偿问题。",
    }
    made: dict[str, Item] = {}
    base = timezone.now() - dt.timedelta(hours=5)
    for hours, (key, text) in enumerate(texts.items()):
        with django_capture_on_commit_callbacks(execute=True):
            made[key] = item_receive(
                Incoming(
                    round=demo_round,
                    channel=channel_for_kind(demo_round, "po_box"),
                    content=text,
                    received_at=base + dt.timedelta(hours=hours),
                    target=demo_round.targets.get(name="任丘市"),
                )
            ).item
    # Received without its post-commit hooks: triage has not run on it.
    made["pending"] = item_receive(
        Incoming(
            round=demo_round,
            channel=channel_for_kind(demo_round, "po_box"),
            content="来信反映情况，内容待研判。",
            received_at=base + dt.timedelta(hours=4),
            target=demo_round.targets.get(name="任丘市"),
        )
    ).item
    return made


def order(html: str, items: dict[str, Item]) -> list[str]:
    table = html[html.index('id="item-table"') :]
    by_number = {i.number: k for k, i in items.items()}
    return [by_number[n] for n in re.findall(r">(HB7D-\d+)</a>", table) if n in by_number]


def test_default_is_arrival_and_priority_sort_puts_urgent_first(
    items: dict[str, Item], leader: Client
) -> None:
    url = reverse("workbench:item_list")
    html = leader.get(url).content.decode()
    assert order(html, items) == ["pending", "low", "normal", "urgent"]  # newest first, as before
    assert 'id="sort-priority"' in html
    html = leader.get(url + "?sort=priority").content.decode()
    assert order(html, items) == ["urgent", "normal", "low", "pending"]
    assert "紧急" in html and "研判中" in html and 'id="sort-received"' in html


def test_filters_by_level_and_flag_and_staff_decisions_win(
    items: dict[str, Item], leader: Client, staff_renqiu: Client
) -> None:
    url = reverse("workbench:item_list")
    assert order(leader.get(url + "?priority=4").content.decode(), items) == ["urgent"]
    assert order(leader.get(url + "?priority=pending").content.decode(), items) == ["pending"]
    assert order(leader.get(url + "?flag=threat_to_life").content.decode(), items) == ["urgent"]
    assert order(leader.get(url + "?flag=retaliation").content.decode(), items) == []

    # Staff correct the plain item: the reporter is being retaliated against. Their decision,
    # not the engine's proposal, now decides its level and flags.
    triage_decide(
        item=items["normal"],
        actor=staff_renqiu.user,  # type: ignore[attr-defined]
        decision=Decision(scope="in", flags=["retaliation"], reason="来信称遭打击报复"),
    )
    # And they judge the urgent one not urgent after a call-back.
    triage_decide(
        item=items["urgent"],
        actor=staff_renqiu.user,
        decision=Decision(scope="in", reason="回访核实，情绪已平稳"),  # type: ignore[attr-defined]
    )
    assert order(leader.get(url + "?flag=retaliation").content.decode(), items) == ["normal"]
    assert order(leader.get(url + "?flag=threat_to_life").content.decode(), items) == []
    assert order(leader.get(url + "?priority=3&sort=priority").content.decode(), items) == ["normal"]
    # Filters combine with the others and keep the sort across pages' links.
    html = leader.get(url + "?sort=priority&status=&q=红包").content.decode()
    assert order(html, items) == ["normal", "urgent"]


def test_priority_column_costs_no_query_per_row(
    demo_round: Round, items: dict[str, Item], leader: Client
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            html = leader.get(url).content.decode()
        assert "紧急" in html  # the column is filled either way
        return len(captured.captured_queries)

    by_arrival, by_priority = (
        reverse("workbench:item_list"),
        reverse("workbench:item_list") + "?sort=priority",
    )
    few = queries(by_arrival), queries(by_priority)
    for n in range(20):
        item_receive(
            Incoming(
                round=demo_round,
                channel=channel_for_kind(demo_round, "po_box"),
                content=f"第{n}封来信，反映情况。",
                received_at=timezone.now(),
                target=demo_round.targets.get(name="任丘市"),
            )
        )
    assert (queries(by_arrival), queries(by_priority)) == few
