"""A confirmed duplicate group in a real browser: one click opens the clue form filled from
the group; on one copy's page the answer goes to every copy, each by its own channel."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from tests.browser.test_transfer_flow import _signed_in
from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.casework.models import Clue, ResponseRecord
from xunshi.intake.models import IdentityKind
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.matching.services import group_create
from xunshi.portal.receipts import code_hash
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind
from xunshi.rounds.services import round_load_seed
from xunshi.triage.services import Decision, triage_decide

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clue_from_group_and_one_answer_for_every_copy(browser: Any, live_server: Any) -> None:
    rnd, _ = round_load_seed(demo=True)
    rnd.answerer = Round.Answerer.GROUP
    rnd.save(update_fields=["answerer"])
    renqiu = rnd.targets.get(name="任丘市")
    staff, _ = staff_create(
        username="staff_rq", full_name="任丘组员", round=rnd, role=Role.STAFF, targets=[renqiu]
    )

    def receive(kind: str, text: str, **kw: Any) -> Any:
        return item_receive(
            Incoming(
                round=rnd,
                channel=channel_for_kind(rnd, kind),
                content=text,
                received_at=timezone.now() - dt.timedelta(minutes=5),
                target=renqiu,
                accused_name="赵某",
                **kw,
            )
        ).item

    letter = receive(
        "po_box",
        "出岸镇党委书记赵某逢年过节收受老板购物卡。",
        identity_kind=IdentityKind.NAMED,
        identity=Identity(name="李四", address="任丘市北街9号"),
    )
    web = receive(
        "web", "出岸镇党委书记赵某收受购物卡（网上举报）。", receipt_hash=code_hash("1212343456567878")
    )
    triage_decide(item=letter, actor=staff, decision=Decision(scope="in", codes=["IS.INT.01"], reason="确认"))
    group = group_create(items=[letter, web], kind="duplicate", actor=staff, reason="同一反映")

    base = live_server.url
    tab = _signed_in(browser, base, staff)
    tab.goto(f"{base}/workbench/people/groups/{group.pk}/")
    tab.click("#clue-from-group")
    tab.wait_for_selector("#from-group")
    assert sorted(tab.input_value("#clue-form #id_items").split()) == sorted([letter.number, web.number])
    assert tab.input_value("#clue-form #id_accused_name") == "赵某"
    assert tab.eval_on_selector_all(
        "#clue-form #id_allegations option:checked", "els => els.map(e => e.value)"
    ) == ["IS.INT.01"]
    tab.fill("#clue-form #id_summary", "收受购物卡。")
    tab.click("#clue-form button[type=submit]")
    tab.wait_for_url(f"{base}/workbench/cases/clues/**")
    clue = Clue.objects.get()
    assert set(clue.items.values_list("number", flat=True)) == {letter.number, web.number}

    # On the letter's page the web copy is offered and ticked; one click answers both.
    tab.goto(f"{base}/workbench/cases/items/{letter.number}/")
    box = f"#response-form input[name=also][value='{web.number}']"
    assert tab.is_checked(box)
    tab.select_option("#response-form #id_kind", "acknowledge")
    tab.select_option("#response-form #id_phrase", "accepted")
    tab.select_option("#response-form #id_method", "letter")
    tab.click("#response-form button[type=submit]")
    tab.wait_for_selector("#responses li")
    assert "已受理" in tab.inner_text("#responses")
    methods = dict(ResponseRecord.objects.values_list("response__item__number", "method"))
    assert methods == {letter.number: "letter", web.number: "portal"}
    tab.context.close()
