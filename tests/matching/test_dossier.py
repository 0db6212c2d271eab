"""Person links, candidate matching by characters and unit, the dossier page and who may open it."""

from __future__ import annotations

import pytest
from django.db.models import Q
from django.test import Client

from tests.conftest import _persona
from tests.matching.conftest import LETTER, Receive
from xunshi.accounts.models import Role
from xunshi.matching import selectors
from xunshi.matching.models import PersonLink
from xunshi.matching.names import name_candidates
from xunshi.matching.selectors import FLAG_CONCENTRATED, FLAG_IMPORTANT_POST, FLAG_NOT_STOPPED, dossier
from xunshi.matching.services import person_link_set
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db


def test_homophones_are_different_people(people: dict[str, RosterPerson], demo_round: Round) -> None:
    found = name_candidates(round=demo_round, name="张伟", unit="任丘市政府", position="副市长")
    assert [c.person.name for c in found] == ["张伟"]
    found = name_candidates(round=demo_round, name="章伟", unit="河间市交通局", position="局长")
    assert [c.person.name for c in found] == ["章伟"]


def test_masked_and_near_names_are_ranked_by_unit(people: dict[str, RosterPerson], demo_round: Round) -> None:
    found = name_candidates(round=demo_round, name="王某", unit="河间市水务局", position="局长")
    assert found and found[0].person == people["王建军"] and "单位职务相符" in found[0].why
    found = name_candidates(round=demo_round, name="王建君", unit="水务局")
    assert [c.person.name for c in found] == ["王建军"]
    assert found[0].score < 1.0  # a character differs: a candidate for staff, never an automatic link


def test_items_are_linked_and_homophones_not_merged(
    people: dict[str, RosterPerson], receive: Receive
) -> None:
    item = receive(LETTER, "po_box", accused=("张伟", "副市长", "任丘市"))
    other = receive(
        "反映河间市交通运输局局长章伟违规发放津贴补贴。",
        "sms",
        accused=("章伟", "局长", "交通运输局"),
        target="河间市",
    )
    assert PersonLink.objects.get(item=item, name="张伟").person == people["张伟"]
    assert PersonLink.objects.get(item=other, name="章伟").person == people["章伟"]
    assert not PersonLink.objects.filter(person=people["张伟"], item=other).exists()


def test_unmatched_name_is_kept_as_written_until_staff_decide(
    people: dict[str, RosterPerson], receive: Receive, leader: Client
) -> None:
    item = receive(
        "反映河间市某局局长王某长期不上班，在外经商。",
        "web",
        accused=("王某", "局长", "河间市水务局"),
        target="河间市",
    )
    link = PersonLink.objects.get(item=item)
    assert link.person is None and link.unit == "河间市水务局"
    page = leader.get("/workbench/people/")
    assert "王某" in page.content.decode() and "王建军" in page.content.decode()
    person_link_set(link=link, person=people["王建军"], actor=leader.user)  # type: ignore[attr-defined]
    link.refresh_from_db()
    assert link.person == people["王建军"] and link.confirmed_by == leader.user  # type: ignore[attr-defined]


def test_dossier_shows_items_timeline_flags_and_former_top_posts(
    people: dict[str, RosterPerson], receive: Receive, leader: Client
) -> None:
    zhang = people["张伟"]
    for n, (kind, phone) in enumerate(
        [("po_box", "13700001111"), ("sms", "13800002222"), ("web", "13900003333")]
    ):
        receive(
            LETTER.replace("群众多次", f"第{n}封：群众多次") if n else LETTER,
            kind,
            name=f"反映人{n}",
            phone=phone,
            accused=("张伟", "副市长", "任丘市"),
        )
    data = dossier(zhang, scope=Q(item__round=zhang.round))
    assert data.item_count == 3 and data.reporters == 3
    assert {code for code, _, _ in data.flags} == {FLAG_NOT_STOPPED, FLAG_CONCENTRATED, FLAG_IMPORTANT_POST}
    page = leader.get(f"/workbench/people/{zhang.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "不收敛、不收手" in html and "反映集中" in html and "可能还要提拔" in html
    assert "任丘市出岸镇党委书记" in html and "曾任一把手" in html and "可考虑下沉了解" in html
    assert "3</strong> 个不同反映人" in html
    assert html.count("/workbench/items/") >= 3
    assert "疑似重复件" in html  # the timeline carries the grouping events


def test_access_to_dossiers(
    people: dict[str, RosterPerson],
    demo_round: Round,
    local_liaison: Client,
    staff_renqiu: Client,
    leader: Client,
) -> None:
    hejian_person = people["章伟"]
    renqiu_person = people["张伟"]
    assert leader.get(f"/workbench/people/{hejian_person.pk}/").status_code == 200
    assert staff_renqiu.get(f"/workbench/people/{renqiu_person.pk}/").status_code == 200
    assert staff_renqiu.get(f"/workbench/people/{hejian_person.pk}/").status_code == 404
    assert local_liaison.get(f"/workbench/people/{renqiu_person.pk}/").status_code == 404
    assert local_liaison.get("/workbench/people/").status_code == 403
    staff_hejian = _persona(demo_round, "staff_hj", Role.STAFF, ["河间市"])
    assert staff_hejian.get(f"/workbench/people/{renqiu_person.pk}/").status_code == 404
    listing = staff_renqiu.get("/workbench/people/").content.decode()
    table = listing[listing.index('id="people-table"') : listing.index("未对应名册的被反映人")]
    assert "张伟" in table and "章伟" not in table


def test_related_items_page(
    people: dict[str, RosterPerson], receive: Receive, leader: Client, local_liaison: Client
) -> None:
    a = receive(LETTER, "po_box", phone="13700001111", name="赵六", accused=("张伟", "副市长", "任丘市"))
    b = receive(
        "补充反映张伟收受购物卡的情况，时间是2018年春节。",
        "sms",
        phone="13700001111",
        name="赵六",
        accused=("张伟", "副市长", "任丘市"),
    )
    page = leader.get(f"/workbench/people/items/{a.number}/").content.decode()
    assert b.number in page and "同一联系方式" in page
    assert local_liaison.get(f"/workbench/people/items/{a.number}/").status_code == 404


def test_a_long_item_list_is_paged_but_counts_cover_every_item(
    people: dict[str, RosterPerson], receive: Receive, leader: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    zhang = people["张伟"]
    reports = [
        "反映任丘市副市长张伟2015年在道路硬化工程中指定亲属公司中标。",
        "张伟副市长逢年过节收受下属购物卡，2019年尤其明显。",
        "举报张伟长期占用公车，周末开车回老家办私事。",
        "张伟的小舅子在出岸镇开砂石料厂，全镇工程用料都从那里进。",
        "反映张伟操办儿子婚礼摆了六十桌酒席，收受礼金。",
    ]
    items = [
        receive(text, "web", phone=f"1370000{n:04d}", accused=("张伟", "副市长", "任丘市"), day=n + 1)
        for n, text in enumerate(reports)
    ]
    newest_first = [item.number for item in sorted(items, key=lambda i: i.received_at, reverse=True)]
    scope = Q(item__round=zhang.round)
    first = dossier(zhang, scope=scope, per_page=2)
    last = dossier(zhang, scope=scope, page=3, per_page=2)
    assert first.item_count == last.item_count == 5 and first.reporters == 5
    assert (first.pages, first.first, first.last) == (3, 1, 2)
    assert [r.number for r in first.items] == newest_first[:2]
    assert [r.number for r in last.items] == newest_first[4:] and (last.first, last.last) == (5, 5)
    # The years behind the 不收敛 flag come from every item, not only the page shown.
    assert "2015年" in dict((code, why) for code, _, why in first.flags)[FLAG_NOT_STOPPED]
    assert {ref for _, ref, _ in first.timeline} >= set(newest_first)  # the timeline is not paged
    assert dossier(zhang, scope=scope, page=99, per_page=2).page == 3

    monkeypatch.setattr(selectors, "DOSSIER_PAGE", 2)
    page = leader.get(f"/workbench/people/{zhang.pk}/?page=2").content.decode()
    listed = page[page.index('id="dossier-items"') : page.index('id="dossier-pager"')]
    assert "第 3–4 件，共 5 件" in page and "上一页" in page and "下一页" in page
    assert [n for n in newest_first if n in listed] == newest_first[2:4]


def test_county_staff_see_in_a_dossier_only_the_items_of_their_counties(
    people: dict[str, RosterPerson], receive: Receive, leader: Client, staff_renqiu: Client
) -> None:
    zhang = people["张伟"]
    receive(LETTER, "po_box", accused=("张伟", "副市长", "任丘市"))
    elsewhere = receive(
        "反映张伟在河间市参股砂石料厂，2020年分红二十万元。",
        "web",
        accused=("张伟", "副市长", "任丘市"),
        target="河间市",
    )
    assert PersonLink.objects.get(item=elsewhere).received_at == elsewhere.received_at
    as_leader = leader.get(f"/workbench/people/{zhang.pk}/").content.decode()
    as_staff = staff_renqiu.get(f"/workbench/people/{zhang.pk}/").content.decode()
    assert "共 <strong>2</strong> 件" in as_leader and elsewhere.number in as_leader
    assert "共 <strong>1</strong> 件" in as_staff and elsewhere.number not in as_staff
    assert "2020年" in as_leader and "2020年" not in as_staff  # years counted only from visible items
