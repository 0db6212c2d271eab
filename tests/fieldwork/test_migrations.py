"""The app's migrations run down and up again with data in place."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection

from tests.fieldwork.conftest import Cast, at
from xunshi.fieldwork.models import TalkLead
from xunshi.fieldwork.services import talk_lead_add, talk_plan, talk_record


@pytest.mark.django_db(transaction=True)
def test_down_to_the_first_migration_and_back_keeps_talk_leads(cast: Cast) -> None:
    talk = talk_plan(
        round=cast.round,
        target=cast.county(),
        interviewee="王伟",
        starts_at=at(1, 9),
        ends_at=at(1, 10),
        place="一室",
        asker=cast.asker.user,
        recorder=cast.recorder.user,
        actor=cast.asker.user,
    )
    talk_record(talk=talk, record="记录", actor=cast.recorder.user)
    talk_lead_add(talk=talk, use="item", summary="线索", actor=cast.asker.user)
    call_command("migrate", "fieldwork", "0001", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM fieldwork_talklead WHERE item_id IS NOT NULL")
        assert cursor.fetchone()[0] == 1
    call_command("migrate", "fieldwork", verbosity=0)
    assert TalkLead.objects.get().summary == "线索"


@pytest.mark.django_db(transaction=True)
def test_down_to_zero_and_up() -> None:
    call_command("migrate", "fieldwork", "zero", verbosity=0)
    assert "fieldwork_talk" not in connection.introspection.table_names()
    call_command("migrate", "fieldwork", verbosity=0)
    assert "fieldwork_talk" in connection.introspection.table_names()
