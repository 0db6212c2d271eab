"""Items and a directory for case-work tests on the demo round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from xunshi.casework.models import Department, ReceiverKind
from xunshi.casework.services import department_create
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind


def receive(
    rnd: Round,
    *,
    kind: str = "po_box",
    county: str = "任丘市",
    content: str = "反映任丘市某镇党委书记赵某违规收受购物卡问题。",
    accused: str = "",
    identity: Identity | None = None,
    identity_kind: str = IdentityKind.ANONYMOUS,
    receipt_hash: str | None = None,
) -> Item:
    return item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, kind),
            content=content,
            received_at=timezone.now() - dt.timedelta(minutes=5),
            identity_kind=identity_kind,
            identity=identity or Identity(),
            accused_name=accused,
            target=rnd.targets.get(name=county),
            receipt_hash=receipt_hash,
        )
    ).item


def user_of(client: Client) -> User:
    return client.user  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def directory(demo_round: Round) -> dict[str, Department]:
    renqiu = demo_round.targets.get(name="任丘市")
    return {
        "land": department_create(
            round=demo_round,
            target=renqiu,
            name="任丘市自然资源和规划局",
            contact_person="王科长",
            phone="0317-0000001",
            actor=None,
        ),
        "jw": department_create(
            round=demo_round, target=renqiu, name="任丘市纪委监委", kind=ReceiverKind.DISCIPLINE, actor=None
        ),
        "labor": department_create(round=demo_round, target=renqiu, name="任丘市人社局", actor=None),
    }


@pytest.fixture
def immediate_queue() -> Iterator[None]:
    """Queue jobs run at once, in the caller's thread (with on-commit callbacks executed)."""
    from xunshi.channels.queue import huey

    huey.immediate = True
    yield
    huey.immediate = False


@pytest.fixture
def group_answers(demo_round: Round) -> Round:
    """The demo round with the group answering reporters itself (not 只受理、不答复)."""
    demo_round.answerer = Round.Answerer.GROUP
    demo_round.save(update_fields=["answerer"])
    return demo_round
