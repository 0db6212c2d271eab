"""Priority: urgency and 三种人 flags → a level, and the queue sorted by it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from xunshi.triage.models import Priority, TriageProposal
from xunshi.triage.priority import level

pytestmark = pytest.mark.django_db


def test_levels() -> None:
    assert level(scope="out", mixed=False, flags=["threat_to_life"])[0] == Priority.URGENT
    assert level(scope="out", mixed=False, flags=["retaliation"])[0] == Priority.HIGH
    two = ["not_stopped_after_2012", "concentrated"]
    assert level(scope="in", mixed=False, flags=two)[0] == Priority.HIGH
    assert level(scope="in", mixed=False, flags=["not_stopped_after_2012"])[0] == Priority.HIGH
    assert level(scope="in", mixed=False, flags=[])[0] == Priority.NORMAL
    assert level(scope="out", mixed=False, flags=[])[0] == Priority.LOW


def test_concentration_counts_distinct_reporters(roster, receive) -> None:
    text = "任丘市副市长张伟收受工程老板红包两万元。"
    for phone in ("13800000001", "13800000002"):
        receive(text + phone[-1], phone=phone)
    same_person_again = receive(text + "再次", phone="13800000001")
    p = TriageProposal.objects.get(item=same_person_again)
    assert "concentrated" not in {f["flag"] for f in p.flags}  # two people, three letters
    third = receive(text + "第三人", phone="13800000003")
    p = TriageProposal.objects.get(item=third)
    assert "concentrated" in {f["flag"] for f in p.flags}


def test_important_post_and_promotion_from_the_roster(roster, receive) -> None:
    p = TriageProposal.objects.get(item=receive("任丘市副市长张伟收受工程老板红包两万元。"))
    assert "important_promotable" in {f["flag"] for f in p.flags}


def test_queue_lists_urgent_first(roster, receive, leader) -> None:
    low = receive("我家房子被强拆，补偿标准太低，要求解决补偿问题。")
    urgent = receive("任丘市副市长张伟收受红包，我们被逼得不想活了，要去跳楼。")
    normal = receive("任丘市出岸镇副镇长李明收受老板红包五千元。")
    html = leader.get(reverse("triage:queue")).content.decode()
    positions = [html.index(i.number) for i in (urgent, normal, low)]
    assert positions == sorted(positions)
    assert "紧急" in html
    by_time = leader.get(reverse("triage:queue") + "?sort=received").content.decode()
    assert by_time.index(low.number) < by_time.index(urgent.number)


def test_item_list_shows_the_priority(roster, receive, leader) -> None:
    receive("任丘市副市长张伟收受红包，我们被逼得不想活了，要去跳楼。")
    html = leader.get(reverse("workbench:item_list")).content.decode()
    assert 'id="sort-priority">优先级</a>' in html and "紧急" in html
