"""Document requests (调阅、复制): the list the county sees (what, not why), hand-overs in
the custody log, copies in the attachment store."""

from __future__ import annotations

import pytest

from tests.fieldwork.conftest import Cast
from xunshi.fieldwork.models import CustodyEvent, DocumentRequest
from xunshi.fieldwork.services import (
    FieldworkError,
    document_copy_add,
    document_request_advance,
    document_request_create,
)
from xunshi.intake.storage import read_bytes

pytestmark = pytest.mark.django_db
URL = "/workbench/fieldwork/documents/"


def request(cast: Cast) -> DocumentRequest:
    return document_request_create(
        round=cast.round,
        target=cast.county(),
        what="2013年以来市委常委会会议记录",
        purpose="核实某工程决策程序（来信反映）",
        copy_wanted=True,
        actor=cast.asker.user,
    )


def test_request_through_the_page_and_the_liaison_sees_what_but_not_why(cast: Cast) -> None:
    response = cast.asker.post(
        URL, {"target": cast.county().pk, "what": "2014年公务接待台账", "purpose": "核实超标接待线索"}
    )
    assert response.status_code == 302
    doc = DocumentRequest.objects.get()
    assert "核实超标接待线索" in cast.asker.page(URL)
    assert "公务接待台账" not in cast.liaison.page(URL)  # a draft is the group's business
    document_request_advance(request=doc, to=DocumentRequest.Status.ISSUED, actor=cast.asker.user)
    listing = cast.liaison.page(URL)
    detail = cast.liaison.page(f"{URL}{doc.pk}/")
    assert "公务接待台账" in listing and "公务接待台账" in detail
    assert "核实超标接待线索" not in listing and "核实超标接待线索" not in detail
    assert "公务接待台账" not in cast.other_liaison.page(URL)
    assert cast.other_liaison.client.get(f"{URL}{doc.pk}/").status_code == 404
    assert cast.liaison.post(f"{URL}{doc.pk}/advance/", {"to": "received"}).status_code == 403


def test_custody_log_follows_issue_receive_return(cast: Cast) -> None:
    doc = request(cast)
    document_request_advance(request=doc, to="issued", actor=cast.asker.user)
    with pytest.raises(FieldworkError, match="交出人"):
        document_request_advance(request=doc, to="received", actor=cast.asker.user)
    cast.asker.post(
        f"{URL}{doc.pk}/advance/",
        {"to": "received", "handed_by": "任丘市委办 刘某", "received_by": "张谈", "note": "原件3册"},
    )
    doc.refresh_from_db()
    assert doc.status == "received" and doc.received_at is not None
    with pytest.raises(FieldworkError, match="不能从"):
        document_request_advance(request=doc, to="issued", actor=cast.asker.user)
    document_request_advance(
        request=doc, to="returned", handed_by="张谈", received_by="刘某", actor=cast.asker.user
    )
    assert list(CustodyEvent.objects.values_list("action", flat=True)) == ["issued", "received", "returned"]
    page = cast.leader.page(f"{URL}{doc.pk}/")
    assert "任丘市委办 刘某" in page and "原件3册" in page


def test_copies_are_stored_by_hash_after_receipt(cast: Cast) -> None:
    doc = request(cast)
    with pytest.raises(FieldworkError, match="收到材料后"):
        document_copy_add(request=doc, name="a.pdf", data=b"%PDF-1.4", actor=cast.asker.user)
    document_request_advance(request=doc, to="issued", actor=cast.asker.user)
    document_request_advance(
        request=doc, to="received", handed_by="刘某", received_by="张谈", actor=cast.asker.user
    )
    copy = document_copy_add(
        request=doc, name="会议记录复印件.pdf", data=b"%PDF-1.4 copy", actor=cast.asker.user
    )
    assert read_bytes(copy.sha256) == b"%PDF-1.4 copy"
    response = cast.asker.client.get(f"{URL}{doc.pk}/copies/{copy.pk}/")
    assert response.status_code == 200 and response.content == b"%PDF-1.4 copy"
    assert cast.liaison.client.get(f"{URL}{doc.pk}/copies/{copy.pk}/").status_code == 403


def test_a_request_can_serve_a_clue(cast: Cast) -> None:
    from xunshi.casework.models import Clue

    clue = Clue.objects.create(
        round=cast.round, number="HB7D-XS-002", target=cast.county(), accused_name="李某", summary="工程问题"
    )
    cast.asker.post(URL, {"target": cast.county().pk, "what": "某工程招标档案", "clue_number": clue.number})
    doc = DocumentRequest.objects.get()
    assert doc.clue == clue
    assert clue.number in cast.asker.page(f"{URL}{doc.pk}/")
    document_request_advance(request=doc, to="issued", actor=cast.asker.user)
    assert clue.number not in cast.liaison.page(f"{URL}{doc.pk}/")
