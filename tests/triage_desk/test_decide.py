"""Staff confirm or correct a proposal: who, when, why; audited; on the timeline."""

from __future__ import annotations

import pytest
from desk_helpers import decide

from xunshi.audit.models import AuditEntry
from xunshi.intake.lifecycle import Status
from xunshi.matching.models import PersonLink
from xunshi.triage.models import TriageDecision, TriageProposal

pytestmark = pytest.mark.django_db

TEXT = "任丘市副市长张伟收受工程老板红包两万元，群众意见很大。"


def _confirm_fields(p: TriageProposal) -> dict[str, object]:
    fields: dict[str, object] = {
        "scope": p.scope,
        "codes": [c["code"] for c in p.codes],
        "accused_name": p.accused[0]["name"],
        "flags": [f["flag"] for f in p.flags],
    }
    if p.mixed:
        fields["mixed"] = "on"
    return fields


def test_confirm_records_who_when_why_and_moves_the_item(roster, receive, staff_renqiu) -> None:
    item = receive(TEXT)
    p = TriageProposal.objects.get(item=item)
    response = decide(staff_renqiu, item, **_confirm_fields(p), person=str(roster["张伟"].pk))
    assert response.status_code == 302
    d = TriageDecision.objects.get(item=item)
    assert d.decided_by == staff_renqiu.user and d.decided_at is not None
    assert d.corrected == [] and d.reason == "确认系统研判建议"
    assert d.person == roster["张伟"]
    item.refresh_from_db()
    assert item.status == Status.TRIAGED and item.triaged_at is not None
    assert item.events.filter(kind="triage_decided").exists()
    assert AuditEntry.objects.filter(action="item.triage_decided", target_id=item.number).exists()
    link = PersonLink.objects.get(item=item, name="张伟")
    assert link.person == roster["张伟"] and link.confirmed_by == staff_renqiu.user


def test_correction_needs_a_reason_and_lists_what_changed(roster, receive, leader) -> None:
    item = receive(TEXT)
    p = TriageProposal.objects.get(item=item)
    fields = {**_confirm_fields(p), "scope": "out", "out_type": "其他", "codes": ["OOS.PERSONAL"]}
    decide(leader, item, **fields)
    assert not TriageDecision.objects.filter(item=item).exists()
    item.refresh_from_db()
    assert item.status == Status.REGISTERED
    decide(leader, item, **fields, reason="反映的是其本人待遇问题")
    d = TriageDecision.objects.get(item=item)
    assert {"scope", "codes"} <= set(d.corrected)
    assert d.reason == "反映的是其本人待遇问题"
    assert d.proposal_snapshot["scope"] == "in"
    event = item.events.get(kind="triage_decided")
    assert "更正" in event.summary and "反映的是其本人待遇问题" in event.summary


def test_a_later_decision_adds_a_row(roster, receive, leader, deputy) -> None:
    item = receive(TEXT)
    p = TriageProposal.objects.get(item=item)
    decide(leader, item, **_confirm_fields(p))
    decide(deputy, item, **{**_confirm_fields(p), "flags": ["concentrated"]}, reason="又收到两封同一内容")
    rows = list(TriageDecision.objects.filter(item=item).order_by("decided_at", "id"))
    assert [r.decided_by.username for r in rows] == ["leader", "deputy"]
    item.refresh_from_db()
    assert item.status == Status.TRIAGED


def test_unknown_codes_and_missing_out_type_are_refused(receive, leader) -> None:
    item = receive(TEXT)
    decide(leader, item, codes=["IS.NOPE"], reason="x")
    decide(leader, item, scope="out", reason="x")
    assert not TriageDecision.objects.filter(item=item).exists()


def test_panel_shows_proposal_and_form(roster, receive, leader) -> None:
    from django.urls import reverse

    item = receive(TEXT)
    html = leader.get(reverse("workbench:item_detail", args=[item.number])).content.decode()
    assert 'id="triage-panel"' in html and 'id="triage-form"' in html
    assert "属于本轮受理范围" in html
