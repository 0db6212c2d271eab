"""One answer for every item of a confirmed duplicate group or a clue: each item keeps its
own Response, its own channel's method and its own clock; nothing crosses between reporters."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.casework.conftest import receive, user_of
from tests.casework.test_casework import docx_text, post
from xunshi.audit.models import AuditEntry
from xunshi.casework.models import ResponseRecord
from xunshi.casework.selectors import response_clocks
from xunshi.casework.services import CaseworkError, clue_create, response_give_many
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity
from xunshi.matching.services import group_create
from xunshi.portal.receipts import code_hash
from xunshi.rounds.models import Round

pytestmark = pytest.mark.django_db

TEXT = "反映任丘市某镇党委书记赵某违规收受购物卡问题。"


@pytest.fixture
def copies(demo_round: Round, staff_renqiu: Client, monkeypatch: pytest.MonkeyPatch) -> dict[str, Item]:
    """The same report by e-mail, on the web and by letter, from three reporters."""
    monkeypatch.delenv("XUNSHI_SMTP_HOST", raising=False)
    demo_round.answerer = Round.Answerer.GROUP
    demo_round.save(update_fields=["answerer"])
    items = {
        "email": receive(
            demo_round,
            kind="email",
            content=TEXT,
            identity=Identity(name="张三", email="zs@example.org", sender="zs@example.org"),
            identity_kind=IdentityKind.NAMED,
        ),
        "web": receive(
            demo_round, kind="web", content=TEXT + "（网上）", receipt_hash=code_hash("5555666677778888")
        ),
        "letter": receive(
            demo_round,
            kind="po_box",
            content=TEXT + "（来信）",
            identity=Identity(name="李四", phone="13700003333", address="任丘市北街9号"),
            identity_kind=IdentityKind.NAMED,
        ),
    }
    group_create(items=list(items.values()), kind="duplicate", actor=user_of(staff_renqiu), reason="同一反映")
    return items


def test_one_action_answers_every_copy_by_its_own_channel(
    copies: dict[str, Item], staff_renqiu: Client, leader: Client
) -> None:
    url = reverse("casework:item", args=[copies["email"].number])
    page = staff_renqiu.get(url).content.decode()
    # The other copies are offered, with why; the item itself is not.
    assert copies["web"].number in page and copies["letter"].number in page and "重复件组" in page
    response = post(
        staff_renqiu,
        url,
        {
            "action": "respond",
            "kind": "acknowledge",
            "phrase": "accepted",
            "method": "email",
            "free_text": "",
            "also": [copies["web"].number, copies["letter"].number],  # type: ignore[dict-item]
        },
    )
    assert response.status_code == 302
    records = {
        key: ResponseRecord.objects.select_related("response").get(response__item=item)
        for key, item in copies.items()
    }
    # Each item its own row, its own channel's method, one batch.
    assert {k: r.method for k, r in records.items()} == {
        "email": "email",
        "web": "portal",
        "letter": "letter",
    }
    assert len({r.batch for r in records.values()}) == 1 and records["email"].batch
    assert records["email"].delivery == "manual"  # no mail server configured here: not claimed sent
    entry = AuditEntry.objects.get(action="response.bulk")
    assert sorted(entry.data["items"]) == sorted(i.number for i in copies.values())
    # Each 实名 clock follows that item's own answer: the printed letter's is closed; the
    # e-mail's stays open until the mail waiting for hand sending has gone out.
    clocks = response_clocks(Item.objects.filter(pk__in=[i.pk for i in copies.values()]))
    assert [(c.item.pk, c.kind) for c in clocks] == [(copies["email"].pk, "ack")]
    # The letter to the second reporter carries that reporter only.
    letter = records["letter"].response
    text = docx_text(
        post(
            leader,
            reverse("casework:response_letter", args=[copies["letter"].number, letter.pk]),
            {"reason": "寄送答复函"},
        ).content
    )
    assert "李四" in text and "任丘市北街9号" in text and "张三" not in text and "zs@example.org" not in text
    for record in records.values():
        assert "张三" not in record.response.public_text and "李四" not in record.response.public_text


def test_all_or_nothing_and_only_visible_items(
    demo_round: Round, copies: dict[str, Item], staff_renqiu: Client
) -> None:
    staff = user_of(staff_renqiu)
    # A copy naming an accused of its own: free text with that name is refused for all.
    Item.objects.filter(pk=copies["letter"].pk).update(accused_name="钱某")
    copies["letter"].refresh_from_db()
    with pytest.raises(CaseworkError, match=copies["letter"].number):
        response_give_many(
            item=copies["email"],
            others=[copies["web"], copies["letter"]],
            kind="result",
            phrase="handled",
            method="email",
            free_text="钱某一事已处理",
            actor=staff,
        )
    assert not ResponseRecord.objects.filter(response__item__in=list(copies.values())).exists()

    # An item of another county joins a clue with the e-mail copy: staff of 任丘市 are not
    # offered it, and naming it in the form does not answer it.
    other = receive(demo_round, county="沧县", content=TEXT)
    clue_create(
        round=demo_round,
        items=[copies["email"], other],
        accused_name="赵某",
        allegations=["IS.INT.01"],
        summary="收受购物卡。",
        actor=None,
    )
    url = reverse("casework:item", args=[copies["email"].number])
    page = staff_renqiu.get(url).content.decode()
    assert other.number not in page and copies["web"].number in page
    data = {"action": "respond", "kind": "acknowledge", "phrase": "received", "method": "email"}
    refused = post(staff_renqiu, url, {**data, "also": [other.number, copies["web"].number]})  # type: ignore[dict-item]
    assert (
        refused.status_code == 200 and not other.responses.exists() and not copies["web"].responses.exists()
    )
    post(staff_renqiu, url, {**data, "also": [copies["web"].number]})  # type: ignore[dict-item]
    assert copies["web"].responses.count() == 1 and copies["email"].responses.count() == 1
    assert not other.responses.exists()
    # A single answer is no bulk action: no batch, no bulk audit row.
    single = response_give_many(
        item=copies["letter"], others=[], kind="acknowledge", phrase="received", method="letter", actor=staff
    )
    assert single[0].record.batch == "" and AuditEntry.objects.filter(action="response.bulk").count() == 1
