"""Answers by SMS go into a real gammu-smsd outbox (gammu-smsd-inject, `files` backend,
Gammu's dummy phone): number, text and parts in the outbox file, retries, failures that
name no number, the dead-letter retry, and rounds where the group only receives."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.casework.conftest import receive, user_of
from tests.channels.channel_components import gammu_rc, need, read_smsd_outbox, stop
from xunshi.audit.models import AuditEntry
from xunshi.casework import documents
from xunshi.casework.models import ResponseRecord
from xunshi.casework.services import CaseworkError, SmsSendFailed, response_give, response_sms_send
from xunshi.casework.tasks import casework_response_sms
from xunshi.channels.models import DeadLetter
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity
from xunshi.rounds.models import Channel, Round

pytestmark = [pytest.mark.django_db, pytest.mark.integration]

SENDER = "139 0000 2222"  # as the phone reported it; the outbox gets E.164
NUMBER = "+8613900002222"
LONG_NOTE = "我们已将您反映的情况转交有关部门认真核查，核查结果将另行告知，请您耐心等待。" * 2


@pytest.fixture
def smsd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    need("gammu-smsd-inject")
    root = tmp_path_factory.mktemp("smsd")
    gammu_rc(root)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def sending_channel(rnd: Round, rc: Path | None) -> Channel:
    channel = rnd.channels.get(kind=Channel.Kind.SMS)
    channel.receive_only = False
    channel.settings = {"smsd_config": str(rc)} if rc else {}
    channel.save(update_fields=["receive_only", "settings"])
    return channel


def sms_item(rnd: Round) -> Item:
    return receive(
        rnd,
        kind="sms",
        identity=Identity(name="李四", sender=SENDER),
        identity_kind=IdentityKind.NAMED,
    )


def post(client: Client, item: Item, data: dict[str, str], **kwargs: Any) -> Any:
    url = reverse("casework:item", args=[item.number])
    token = client.get(url).cookies.get("csrftoken") or client.cookies["csrftoken"]
    return client.post(url, {**data, "csrfmiddlewaretoken": token.value}, **kwargs)


def test_an_sms_answer_is_put_in_the_smsd_outbox_as_one_multipart_message(
    group_answers: Round,
    staff_renqiu: Client,
    smsd: Path,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    sending_channel(group_answers, smsd / "gammurc")
    staff = user_of(staff_renqiu)
    item = sms_item(group_answers)
    with django_capture_on_commit_callbacks(execute=True):
        response = response_give(
            item=item, kind="acknowledge", phrase="accepted", method="sms", free_text=LONG_NOTE, actor=staff
        )
    record = ResponseRecord.objects.get(response=response)
    assert record.delivery == ResponseRecord.Delivery.SENT and record.attempts == 1 and record.sent_at
    [(number, text, parts)] = read_smsd_outbox(smsd / "outbox")
    assert number == NUMBER
    assert text == documents.response_sms_text(response)
    assert item.number in text and "您反映的问题已受理" in text and "耐心等待" in text
    assert parts >= 3  # longer than one SMS: one concatenated message in several parts
    assert "李四" not in text
    # The timeline and the audit chain say it went to the outbox, without the number.
    event = item.events.get(kind="response_sms_sent")
    assert "发件箱" in event.summary and f"{parts} 条" in event.summary
    for entry in AuditEntry.objects.filter(target_id=item.number):
        assert "13900002222" not in str(entry.data)
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert re.search(rf'id="delivery-{response.pk}">已发送', page)

    # gammu-smsd takes it from there: the dummy phone transmits all parts, the file moves to sent/.
    need("gammu-smsd")
    smsd_process = subprocess.Popen(
        ["gammu-smsd", "-c", str(smsd / "gammurc")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while list((smsd / "outbox").glob("OUT*")) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop(smsd_process)
    # (smsd rewrites the file in sent/ with its own sections, so only the number is compared.)
    assert [m[0] for m in read_smsd_outbox(smsd / "sent")] == [NUMBER]
    assert not list((smsd / "error").iterdir())
    assert f"(total: {parts})" in (smsd / "smsd.log").read_text()


def test_a_broken_outbox_is_retried_then_fails_visibly_without_the_number_and_resends(
    group_answers: Round,
    staff_renqiu: Client,
    smsd: Path,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
) -> None:
    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "1")  # two attempts in all
    sending_channel(group_answers, smsd / "gammurc")
    (smsd / "outbox").rmdir()  # gammu-smsd-inject cannot write: the spool is not mounted
    staff = user_of(staff_renqiu)
    item = sms_item(group_answers)
    response = response_give(item=item, kind="acknowledge", phrase="accepted", method="sms", actor=staff)
    record = ResponseRecord.objects.get(response=response)
    assert record.delivery == ResponseRecord.Delivery.QUEUED

    for _ in range(2):
        with pytest.raises(SmsSendFailed):
            response_sms_send(record_id=record.pk)
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.FAILED and record.attempts == 2
    assert "gammu-smsd-inject" in record.last_error and "outboxpath" in record.last_error
    assert "13900002222" not in record.last_error
    event = item.events.get(kind="response_sms_failed")
    assert "13900002222" not in event.summary + str(event.data)
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "发送失败" in page and "重新发送" in page

    # The spool is back; 重新发送 on the item page puts the answer in the outbox.
    (smsd / "outbox").mkdir()
    post(staff_renqiu, item, {"action": "resend", "response": str(response.pk)})
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.QUEUED and record.attempts == 0
    assert casework_response_sms.call_local(record.pk) == ResponseRecord.Delivery.SENT
    assert [m[0] for m in read_smsd_outbox(smsd / "outbox")] == [NUMBER]
    # A duplicate run of the job writes nothing twice.
    assert casework_response_sms.call_local(record.pk) == ResponseRecord.Delivery.SENT
    assert len(read_smsd_outbox(smsd / "outbox")) == 1


def test_a_missing_smsd_config_fails_at_once_with_the_reason(
    group_answers: Round, staff_renqiu: Client, tmp_path: Path
) -> None:
    sending_channel(group_answers, tmp_path / "no-such-gammurc")
    item = sms_item(group_answers)
    response = response_give(
        item=item, kind="acknowledge", phrase="accepted", method="sms", actor=user_of(staff_renqiu)
    )
    record = ResponseRecord.objects.get(response=response)
    # No retry can help: failed on the first attempt, the reason on the record.
    assert response_sms_send(record_id=record.pk) == ResponseRecord.Delivery.FAILED
    record.refresh_from_db()
    assert record.attempts == 1 and "配置文件不存在" in record.last_error


def test_dead_letter_retry_of_an_sms_answer_puts_it_in_the_outbox(
    group_answers: Round,
    staff_renqiu: Client,
    leader: Client,
    smsd: Path,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xunshi.channels.queue import huey

    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "0")  # one attempt: the last
    channel = sending_channel(group_answers, smsd / "gammurc")
    (smsd / "outbox").rmdir()
    item = sms_item(group_answers)
    response = response_give(
        item=item, kind="acknowledge", phrase="accepted", method="sms", actor=user_of(staff_renqiu)
    )
    record = ResponseRecord.objects.get(response=response)
    # Through the queue as the worker runs it, with no retry left: a dead letter.
    job = casework_response_sms.s(record.pk)
    job.retries = 0
    huey.enqueue(job)
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.FAILED
    [letter] = DeadLetter.objects.filter(task_name="casework.response_sms")
    assert letter.channel == channel and "13900002222" not in letter.error
    page = leader.get(f"/workbench/channels/?round={group_answers.pk}").content.decode()
    assert "casework.response_sms" in page

    (smsd / "outbox").mkdir()
    token = leader.cookies["csrftoken"].value
    with django_capture_on_commit_callbacks(execute=True):
        leader.post(f"/workbench/channels/dead-letters/{letter.pk}/retry/", {"csrfmiddlewaretoken": token})
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.SENT
    assert [m[0] for m in read_smsd_outbox(smsd / "outbox")] == [NUMBER]
    assert item.events.filter(kind="response_sms_retry", actor=leader.user).exists()  # type: ignore[attr-defined]


def test_a_hand_waiting_sms_answer_can_be_resent_once_smsd_is_configured(
    group_answers: Round,
    staff_renqiu: Client,
    smsd: Path,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    channel = sending_channel(group_answers, None)
    item = sms_item(group_answers)
    response = response_give(
        item=item, kind="acknowledge", phrase="accepted", method="sms", actor=user_of(staff_renqiu)
    )
    record = ResponseRecord.objects.get(response=response)
    assert record.delivery == ResponseRecord.Delivery.MANUAL
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "待人工发送" in page and "重新发送" not in page  # nothing here could send it yet

    channel.settings = {"smsd_config": str(smsd / "gammurc")}
    channel.save(update_fields=["settings"])
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "重新发送" in page
    with django_capture_on_commit_callbacks(execute=True):
        post(staff_renqiu, item, {"action": "resend", "response": str(response.pk)})
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.SENT
    assert [m[0] for m in read_smsd_outbox(smsd / "outbox")] == [NUMBER]


def test_a_round_that_only_receives_never_sends_an_sms(
    demo_round: Round,
    directory: dict[str, Any],
    staff_renqiu: Client,
    smsd: Path,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    assert demo_round.answerer == Round.Answerer.RECEIVER  # 只受理、不答复
    sending_channel(demo_round, smsd / "gammurc")
    staff = user_of(staff_renqiu)
    item = sms_item(demo_round)
    with pytest.raises(CaseworkError, match="只受理、不答复"):
        response_give(item=item, kind="acknowledge", phrase="accepted", method="sms", actor=staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = response_give(
            item=item,
            kind="result",
            phrase="receiver_answered",
            method="sms",
            department=directory["labor"],
            actor=staff,
        )
    assert ResponseRecord.objects.get(response=response).delivery == ResponseRecord.Delivery.RECORDED

    # An answer queued while the group still answered is not sent once the round says it
    # only receives: it fails with that reason instead.
    demo_round.answerer = Round.Answerer.GROUP
    demo_round.save(update_fields=["answerer"])
    queued = response_give(item=item, kind="acknowledge", phrase="accepted", method="sms", actor=staff)
    demo_round.answerer = Round.Answerer.RECEIVER
    demo_round.save(update_fields=["answerer"])
    record = ResponseRecord.objects.get(response=queued)
    assert response_sms_send(record_id=record.pk) == ResponseRecord.Delivery.FAILED
    record.refresh_from_db()
    assert "只受理、不答复" in record.last_error
    with pytest.raises(CaseworkError, match="只受理、不答复"):
        from xunshi.casework.services import response_resend

        response_resend(response=queued, actor=staff)
    assert read_smsd_outbox(smsd / "outbox") == []


def test_an_sms_answer_longer_than_ten_parts_is_refused_when_recorded(
    group_answers: Round, staff_renqiu: Client, tmp_path: Path
) -> None:
    sending_channel(group_answers, tmp_path / "gammurc")
    item = sms_item(group_answers)
    with pytest.raises(CaseworkError, match="短信答复过长"):
        response_give(
            item=item,
            kind="acknowledge",
            phrase="accepted",
            method="sms",
            free_text="感谢您的监督，我们会认真核查。" * 50,
            actor=user_of(staff_renqiu),
        )
    assert not ResponseRecord.objects.exists() and not item.responses.exists()


def test_an_emoji_counts_as_two_units_of_an_sms_part() -> None:
    from xunshi.channels.sms.outbound import sms_parts

    assert sms_parts("答" * 70) == 1
    assert sms_parts("答" * 69 + "🙂") == 2  # 71 UCS-2 units: over one part
