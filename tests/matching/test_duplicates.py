"""Near-copies across channels are proposed as one group; staff confirm or undo; concentration
counts reporters, not copies."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.matching.conftest import LETTER, Receive
from xunshi.intake.models import Item
from xunshi.matching import sketch as sk
from xunshi.matching.models import ContactFingerprint, ItemGroup, SketchBand
from xunshi.matching.selectors import distinct_reporters, near_duplicates_of_item
from xunshi.matching.services import group_confirm, group_create, group_undo
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db

# The same letter retyped for SMS (no greeting, a few words changed) and pasted into the portal.
SMS = LETTER.replace("尊敬的省委巡视组领导：", "").replace("三百余万元", "300多万元").replace("恳请", "请")
WEB = LETTER.replace("，", " ").replace("。", "！") + "联系我时请勿告知镇里。"
OTHER = (
    "反映河间市水务局局长王建军2019年以来违规使用公车，周末经常开公车回老家，"
    "单位食堂长期超标准接待，账目不清，职工意见很大，希望巡视组查一查。"
)


def test_near_copy_by_sms_letter_and_portal_is_one_group(receive: Receive) -> None:
    letter = receive(LETTER, "po_box")
    sms = receive(SMS, "sms")
    web = receive(WEB, "web")
    other = receive(OTHER, "po_box", target="河间市")
    groups = ItemGroup.objects.filter(kind=ItemGroup.Kind.DUPLICATE)
    assert groups.count() == 1
    group = groups.get()
    assert group.state == ItemGroup.State.PROPOSED
    assert set(group.members.values_list("item_id", flat=True)) == {letter.pk, sms.pk, web.pk}
    assert not group.members.filter(item=other).exists()
    assert "疑似重复件" in letter.events.last().summary  # type: ignore[union-attr]
    found = {m.item_id for m in near_duplicates_of_item(letter)}
    assert found == {sms.pk, web.pk}
    assert SketchBand.objects.filter(item_id=letter.pk).count() == sk.BANDS


def test_unrelated_reports_about_the_same_kind_of_thing_are_not_grouped(receive: Receive) -> None:
    receive(OTHER, "po_box", target="河间市")
    receive(
        "反映河间市交通运输局局长章伟2016年违规提拔亲属，在干部调整中搞暗箱操作，"
        "还让下属为其报销私人旅游费用，单位职工敢怒不敢言。",
        "sms",
        target="河间市",
    )
    receive(LETTER.replace("张伟", "李明").replace("出岸镇", "鄚州镇")[:60] + OTHER[40:], "web")
    assert not ItemGroup.objects.exists()


def test_undo_releases_the_items_and_keeps_the_originals(receive: Receive, leader: Client) -> None:
    letter = receive(LETTER, "po_box")
    sms = receive(SMS, "sms")
    group = ItemGroup.objects.get()
    before = {i.pk: i.content for i in Item.objects.all()}
    user = leader.user  # type: ignore[attr-defined]
    group_confirm(group=group, actor=user)
    group_undo(group=group, actor=user, reason="内容不同")
    group.refresh_from_db()
    assert group.state == ItemGroup.State.UNDONE and group.undone_by == user
    assert {i.pk: i.content for i in Item.objects.all()} == before
    assert group.members.count() == 2  # the record of what was grouped stays
    assert "撤销" in sms.events.last().summary  # type: ignore[union-attr]
    assert distinct_reporters([letter.pk, sms.pk]) == 2  # anonymous and no longer one group


def test_undo_through_the_workbench(receive: Receive, leader: Client) -> None:
    receive(LETTER, "po_box")
    receive(SMS, "sms")
    group = ItemGroup.objects.get()
    page = leader.get(f"/workbench/people/groups/{group.pk}/")
    assert page.status_code == 200 and "待确认" in page.content.decode()
    token = (
        page.cookies["csrftoken"].value if "csrftoken" in page.cookies else leader.cookies["csrftoken"].value
    )
    leader.post(f"/workbench/people/groups/{group.pk}/", {"action": "confirm", "csrfmiddlewaretoken": token})
    group.refresh_from_db()
    assert group.state == ItemGroup.State.CONFIRMED and group.confirmed_by == leader.user  # type: ignore[attr-defined]
    leader.post(
        f"/workbench/people/groups/{group.pk}/",
        {"action": "undo", "reason": "误并", "csrfmiddlewaretoken": token},
    )
    group.refresh_from_db()
    assert group.state == ItemGroup.State.UNDONE


def test_concentration_counts_distinct_reporters_not_copies(receive: Receive) -> None:
    first = receive(LETTER, "po_box", name="赵六", phone="13700001111")
    again = receive(SMS, "sms", name="赵六", phone="+86 137-0000-1111")
    other = receive(WEB, "web", name="钱七", email="qian7@example.com")
    assert ContactFingerprint.objects.filter(item=first).get().digest == (
        ContactFingerprint.objects.filter(item=again).get().digest
    )
    assert distinct_reporters([first.pk, again.pk, other.pk]) == 2


def test_anonymous_copies_in_one_group_count_once(receive: Receive, local_liaison: Client) -> None:
    a = receive(LETTER, "po_box")
    b = receive(SMS, "sms")
    c = receive(OTHER, "web", target="河间市")
    assert distinct_reporters([a.pk, b.pk, c.pk]) == 2


def test_staff_group_related_items_by_hand(receive: Receive, leader: Client) -> None:
    a = receive(LETTER, "po_box")
    b = receive(OTHER, "web", target="河间市")
    group = group_create(
        items=[a, b],
        kind=ItemGroup.Kind.RELATED,
        actor=leader.user,  # type: ignore[attr-defined]
        reason="同一工程",
    )
    assert group.state == ItemGroup.State.CONFIRMED
    assert group.members.count() == 2


def test_fingerprints_do_not_reveal_the_number(receive: Receive) -> None:
    item = receive(LETTER, "po_box", name="赵六", phone="13700001111")
    digest = ContactFingerprint.objects.get(item=item).digest
    assert "13700001111" not in digest and len(digest) == 64


def test_reindex_fills_in_what_the_hook_missed(receive: Receive) -> None:
    from django.core.management import call_command

    from xunshi.matching.models import ItemSketch

    letter = receive(LETTER, "po_box", name="赵六", phone="13700001111")
    ItemSketch.objects.all().delete()
    SketchBand.objects.all().delete()
    ContactFingerprint.objects.all().delete()
    call_command("matching_reindex")
    assert ItemSketch.objects.filter(item=letter).exists()
    assert SketchBand.objects.filter(item_id=letter.pk).count() == sk.BANDS
    assert ContactFingerprint.objects.filter(item=letter).count() == 1


@pytest.mark.django_db
def test_only_the_item_id_goes_through_the_queue(
    demo_round: Round, django_capture_on_commit_callbacks: Any
) -> None:
    """A web report is acknowledged before the costly indexing; the queue never sees a contact."""
    import datetime as dt

    from xunshi.channels.queue import huey
    from xunshi.intake.services import Identity, Incoming, item_receive
    from xunshi.matching.models import ItemSketch
    from xunshi.rounds.selectors import channel_for_kind

    huey.immediate = False
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            item = item_receive(
                Incoming(
                    round=demo_round,
                    channel=channel_for_kind(demo_round, "web"),
                    content=LETTER,
                    received_at=dt.datetime.now(dt.UTC),
                    identity=Identity(phone="13912345678"),
                )
            ).item
        assert ContactFingerprint.objects.filter(item=item).exists()  # stored in the intake transaction
        assert not ItemSketch.objects.filter(item=item).exists()  # the rest waits for the queue
        enqueued = [cb for cb in callbacks if getattr(cb, "func", None).__name__ == "matching_enqueue"]
        assert enqueued and enqueued[0].keywords == {"item_id": item.pk}
    finally:
        huey.immediate = True
