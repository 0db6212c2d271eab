"""The item list at scale: pages by the stored priority, a count that stops at a cap
instead of counting a whole round, the same number of queries on every page, and the
county restriction of access.py kept under every sort and filter."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from xunshi.intake import selectors
from xunshi.intake.models import Item
from xunshi.intake.services import Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.triage.services import Decision, triage_decide

pytestmark = pytest.mark.django_db
URL = reverse("workbench:item_list")


def make(demo_round: Round, n: int, *, county: str | None = "任丘市", hours_ago: int = 100) -> list[Item]:
    """n items, oldest first, an hour apart; received without their hooks (not triaged)."""
    base = timezone.now() - dt.timedelta(hours=hours_ago)
    return [
        item_receive(
            Incoming(
                round=demo_round,
                channel=channel_for_kind(demo_round, "po_box"),
                content=f"第{i}封来信，反映情况。",
                received_at=base + dt.timedelta(hours=i),
                target=demo_round.targets.get(name=county) if county else None,
            )
        ).item
        for i in range(n)
    ]


def numbers(client: Client, query: str = "") -> list[str]:
    html = client.get(URL + query).content.decode()
    return re.findall(r">(HB7D-\d+)</a>", html[html.index('id="item-table"') :])


def test_pages_follow_arrival_and_the_count_stops_at_the_cap(
    demo_round: Round, leader: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = make(demo_round, 7)
    newest_first = [i.number for i in reversed(items)]
    monkeypatch.setattr(selectors, "COUNT_CAP", 5)
    monkeypatch.setattr(selectors, "ITEMS_PER_PAGE", 3)
    monkeypatch.setattr(selectors.item_page, "__kwdefaults__", {"per_page": 3})
    html = leader.get(URL).content.decode()
    assert "超过 5 件" in html and "第 1 页" in html and "下一页" in html
    assert numbers(leader) == newest_first[:3]
    assert numbers(leader, "?page=2") == newest_first[3:6]
    last = leader.get(URL + "?page=3").content.decode()
    assert re.findall(r">(HB7D-\d+)</a>", last) == newest_first[6:]
    # A narrower list is counted exactly and shows its pages.
    monkeypatch.setattr(selectors, "COUNT_CAP", 50)
    html = leader.get(URL + "?page=3").content.decode()
    assert "共 7 件" in html and "第 3 / 3 页" in html and "下一页" not in html
    # Nonsense page numbers are the first page, never an error.
    assert numbers(leader, "?page=abc") == newest_first[:3]
    assert leader.get(URL + "?page=99999999999999999999").status_code == 200


def test_priority_pages_urgent_first_then_newest(demo_round: Round, leader: Client) -> None:
    items = make(demo_round, 4)
    actor = leader.user  # type: ignore[attr-defined]
    triage_decide(item=items[0], actor=actor, decision=Decision(scope="in", flags=["threat_to_life"]))
    triage_decide(item=items[1], actor=actor, decision=Decision(scope="out", out_type="其他"))
    triage_decide(item=items[2], actor=actor, decision=Decision(scope="in", flags=["retaliation"]))
    # items[3] is still 研判中: last, after every judged item.
    expected = [items[0], items[2], items[1], items[3]]
    assert numbers(leader, "?sort=priority") == [i.number for i in expected]
    assert numbers(leader, "?flag=retaliation") == [items[2].number]
    assert numbers(leader, "?priority=1") == [items[1].number]
    assert numbers(leader, "?priority=pending") == [items[3].number]


def test_county_staff_see_only_their_counties_under_every_sort_and_filter(
    demo_round: Round, leader: Client, staff_renqiu: Client
) -> None:
    mine = make(demo_round, 1)[0]
    shared = make(demo_round, 1, county=None, hours_ago=50)[0]
    other = make(demo_round, 1, county="青县", hours_ago=20)[0]
    actor = leader.user  # type: ignore[attr-defined]
    for item in (mine, shared, other):
        triage_decide(item=item, actor=actor, decision=Decision(scope="in", flags=["threat_to_life"]))
    assert numbers(leader, "?flag=threat_to_life") == [other.number, shared.number, mine.number]
    for query in ("", "?sort=priority", "?flag=threat_to_life", "?priority=4&sort=priority"):
        assert numbers(staff_renqiu, query) == [shared.number, mine.number], query
    assert "共 2 件" in staff_renqiu.get(URL + "?flag=threat_to_life").content.decode()


def test_same_queries_on_every_page_whatever_the_list(demo_round: Round, leader: Client) -> None:
    items = make(demo_round, 120)
    actor = leader.user  # type: ignore[attr-defined]
    for item in items[::7]:
        triage_decide(item=item, actor=actor, decision=Decision(scope="in", flags=["concentrated"]))

    def queries(query: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert leader.get(URL + query).status_code == 200
        return len(captured.captured_queries)

    first = queries("")
    for query in (
        "?page=2",
        "?page=3",
        "?sort=priority",
        "?sort=priority&page=3",
        "?flag=concentrated",
    ):
        assert queries(query) == first, query
