"""Fixtures for the triage desk: a roster with two 王伟, the queue in immediate mode, and
a helper that receives items through the one intake service with its post-commit hooks."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from xunshi.intake.models import Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.roster.models import RosterPerson, TeamCategory
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

sys.path.insert(0, str(Path(__file__).parent))  # desk_helpers, under any import mode

Receive = Callable[..., Item]


@pytest.fixture(autouse=True)
def _immediate_queue() -> Iterator[None]:
    from xunshi.channels.queue import huey

    huey.immediate = True
    yield
    huey.immediate = False


@pytest.fixture
def roster(demo_round: Round) -> dict[str, RosterPerson]:
    def person(county: str, name: str, unit: str, post: str, team: str, **kw: Any) -> RosterPerson:
        return RosterPerson.objects.create(
            round=demo_round,
            target=demo_round.targets.get(name=county),
            name=name,
            unit=unit,
            posts=[post],
            team=team,
            **kw,
        )

    return {
        "张伟": person(
            "任丘市",
            "张伟",
            "任丘市人民政府",
            "副市长",
            TeamCategory.COUNTY_LEADERSHIP,
            promotion_candidate=True,
        ),
        "王伟青县": person("青县", "王伟", "青县县委", "县委书记", TeamCategory.COUNTY_LEADERSHIP),
        "王伟沧县": person("沧县", "王伟", "沧县交通运输局", "局长", TeamCategory.NEXT_LEVEL_HEAD),
        "李明": person("任丘市", "李明", "任丘市出岸镇", "副镇长", TeamCategory.OTHER),
    }


@pytest.fixture
def receive(demo_round: Round, django_capture_on_commit_callbacks: Any) -> Receive:
    def _receive(content: str, *, county: str | None = "任丘市", phone: str = "") -> Item:
        with django_capture_on_commit_callbacks(execute=True):
            return item_receive(
                Incoming(
                    round=demo_round,
                    channel=channel_for_kind(demo_round, "po_box"),
                    content=content,
                    received_at=timezone.now(),
                    identity=Identity(phone=phone),
                    target=demo_round.targets.get(name=county) if county else None,
                )
            ).item

    return _receive
