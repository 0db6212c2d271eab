"""Fixtures for related items and dossiers: roster persons and a helper that receives items
through the one intake service with its post-commit indexing executed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.roster.models import CareerPost, RosterPerson, TeamCategory
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

SH = ZoneInfo("Asia/Shanghai")

LETTER = (
    "尊敬的省委巡视组领导：我们是任丘市出岸镇的群众，实名反映任丘市副市长张伟的问题。"
    "张伟在担任出岸镇党委书记期间，2014年至2016年利用职务便利，在镇区道路硬化工程中指定其亲属的公司中标，"
    "工程款高达三百余万元，质量很差，道路不到一年就开裂。2017年他调任副市长后仍然插手该镇工程，"
    "逢年过节收受下属和老板送的购物卡、烟酒，每年春节都在县城饭店用公款大摆宴席。"
    "群众多次向镇里反映无人处理，恳请巡视组彻查。"
)


@pytest.fixture
def people(demo_round: Round) -> dict[str, RosterPerson]:
    renqiu = demo_round.targets.get(name="任丘市")
    hejian = demo_round.targets.get(name="河间市")
    zhang = RosterPerson.objects.create(
        round=demo_round,
        target=renqiu,
        name="张伟",
        unit="任丘市人民政府",
        posts=["副市长"],
        team=TeamCategory.COUNTY_LEADERSHIP,
        promotion_candidate=True,
    )
    CareerPost.objects.create(
        person=zhang, start="2012-03", end="2017-01", text="任丘市出岸镇党委书记", top_post=True
    )
    CareerPost.objects.create(person=zhang, start="2009-01", end="2012-03", text="任丘市出岸镇副镇长")
    zhang2 = RosterPerson.objects.create(
        round=demo_round,
        target=hejian,
        name="章伟",
        unit="河间市交通运输局",
        posts=["局长"],
        team=TeamCategory.NEXT_LEVEL_HEAD,
    )
    wang = RosterPerson.objects.create(
        round=demo_round,
        target=hejian,
        name="王建军",
        unit="河间市水务局",
        posts=["局长"],
        team=TeamCategory.NEXT_LEVEL_HEAD,
    )
    return {"张伟": zhang, "章伟": zhang2, "王建军": wang}


Receive = Callable[..., Item]


@pytest.fixture(autouse=True)
def _immediate_queue() -> Iterator[None]:
    """Indexing is a queue job after commit; run it in the caller for these tests."""
    from xunshi.channels.queue import huey

    huey.immediate = True
    yield
    huey.immediate = False


@pytest.fixture
def receive(demo_round: Round, django_capture_on_commit_callbacks: Any) -> Receive:
    def _receive(
        content: str,
        kind: str = "po_box",
        *,
        phone: str = "",
        email: str = "",
        name: str = "",
        accused: tuple[str, str, str] = ("", "", ""),
        target: str = "任丘市",
        day: int = 10,
    ) -> Item:
        identity = Identity(name=name, phone=phone, email=email)
        with django_capture_on_commit_callbacks(execute=True):
            item = item_receive(
                Incoming(
                    round=demo_round,
                    channel=channel_for_kind(demo_round, kind),
                    content=content,
                    received_at=dt.datetime.now(tz=SH).replace(day=1) + dt.timedelta(days=day % 20),
                    identity_kind=IdentityKind.NAMED if name else IdentityKind.ANONYMOUS,
                    identity=identity,
                    accused_name=accused[0],
                    accused_position=accused[1],
                    accused_unit=accused[2],
                    target=demo_round.targets.get(name=target) if target else None,
                )
            ).item
        return item

    return _receive
