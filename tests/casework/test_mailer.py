"""Answers by e-mail go out through the job queue to a real SMTP server (aiosmtpd on a
free port): headers, recipient, content, retries, failure and the round's answerer rule."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from django.test import Client
from django.urls import reverse

from tests.casework.conftest import receive, user_of
from tests.casework.test_casework import xlsx_text
from xunshi.audit.models import AuditEntry
from xunshi.casework.models import ResponseRecord
from xunshi.casework.selectors import response_clocks
from xunshi.casework.services import (
    CaseworkError,
    MailSendFailed,
    clue_create,
    response_give,
    response_mail_send,
    response_resend,
)
from xunshi.casework.tasks import casework_response_mail
from xunshi.intake.models import IdentityKind, Item
from xunshi.intake.services import Identity
from xunshi.rounds.models import Round

pytestmark = [
    pytest.mark.django_db,
    # Plain AUTH is allowed on the loopback test server only.
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning"),
]

REPORTER = Identity(name="张三", email="zhangsan@example.org", sender="张三 <zhangsan@example.org>")
SMTP_USER, SMTP_PASSWORD = "xunshi", "s3cret-pw"


@dataclass
class Inbox:
    """What the SMTP server received."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 OK"

    def parsed(self, index: int = 0) -> EmailMessage:
        return message_from_bytes(self.messages[index][2], policy=default)  # type: ignore[return-value]


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        SMTP_USER.encode(),
        SMTP_PASSWORD.encode(),
    )
    return AuthResult(success=ok)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def mail_env(monkeypatch: pytest.MonkeyPatch, smtp_port: int) -> int:
    monkeypatch.setenv("XUNSHI_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("XUNSHI_SMTP_PORT", str(smtp_port))
    monkeypatch.setenv("XUNSHI_SMTP_TLS", "none")
    monkeypatch.setenv("XUNSHI_SMTP_USER", SMTP_USER)
    monkeypatch.setenv("XUNSHI_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("XUNSHI_SMTP_FROM", "xunshi7@example.gov.cn")
    monkeypatch.setenv("XUNSHI_SMTP_TIMEOUT", "5")
    return smtp_port


def start_smtp(port: int) -> tuple[Controller, Inbox]:
    inbox = Inbox()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        auth_required=True,
        auth_require_tls=False,  # plain login on loopback only; production uses STARTTLS
    )
    controller.start()
    return controller, inbox


@pytest.fixture
def smtp(mail_env: int) -> Iterator[Inbox]:
    controller, inbox = start_smtp(mail_env)
    try:
        yield inbox
    finally:
        controller.stop()


def email_item(rnd: Round, **kwargs: Any) -> Any:
    return receive(rnd, kind="email", identity=REPORTER, identity_kind=IdentityKind.NAMED, **kwargs)


def emailed_acknowledgement(rnd: Round, actor: Any) -> tuple[Any, Any, ResponseRecord]:
    """A named e-mail report and the acknowledgement queued to go back by e-mail."""
    item = email_item(rnd)
    response = response_give(item=item, kind="acknowledge", phrase="accepted", method="email", actor=actor)
    return item, response, ResponseRecord.objects.get(response=response)


def send_job_dies(response: Any) -> Any:
    """Run the answer's mail job through the queue, as the worker does, with no retry left:
    nothing listens on the mailer's port, so it dies and leaves its dead letter (returned)."""
    from xunshi.channels.models import DeadLetter
    from xunshi.channels.queue import huey

    record = ResponseRecord.objects.get(response=response)
    job = casework_response_mail.s(record.pk)
    job.retries = 0
    huey.enqueue(job)
    return DeadLetter.objects.filter(task_name="casework.response_mail", args=[record.pk]).get()


def test_answer_is_mailed_through_the_queue_with_encoded_headers_and_no_detail(
    group_answers: Round,
    staff_renqiu: Client,
    smtp: Inbox,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    staff = user_of(staff_renqiu)
    item = email_item(group_answers, accused="赵某", content="反映任丘市某镇党委书记赵某收受购物卡。")
    clue = clue_create(
        round=group_answers,
        items=[item],
        accused_name="赵某",
        allegations=["IS.INT.01"],
        summary="收受购物卡。",
        actor=staff,
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = response_give(
            item=item,
            kind="acknowledge",
            phrase="accepted",
            method="email",
            free_text="感谢您的监督。",
            actor=staff,
        )
    record = ResponseRecord.objects.get(response=response)
    assert record.delivery == ResponseRecord.Delivery.SENT and record.attempts == 1
    assert len(smtp.messages) == 1
    mail_from, rcpt_tos, raw = smtp.messages[0]
    assert rcpt_tos == ["zhangsan@example.org"] and mail_from == "xunshi7@example.gov.cn"
    message = smtp.parsed()
    # The Chinese subject travels as RFC 2047 encoded words and decodes back exactly.
    raw_headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert "=?utf-8?" in raw_headers.lower()
    assert str(message["Subject"]) == f"{group_answers.group_name}关于您反映问题的答复"
    assert str(message["To"]) == "zhangsan@example.org"
    assert message["From"].addresses[0].display_name == group_answers.group_name
    assert message["Message-ID"] and record.message_id == message["Message-ID"]
    body = message.get_content()
    assert "您反映的问题已受理" in body and "感谢您的监督" in body and item.number in body
    # Nothing investigative and nothing about the reporter beyond the address.
    for secret in ("赵某", clue.number, "线索", "张三"):
        assert secret not in body and secret not in raw.decode("utf-8", "replace")
    # The item shows it and the audit chain has it.
    assert item.events.filter(kind="response_mailed").exists()
    assert AuditEntry.objects.filter(action="item.response_mailed", target_id=item.number).exists()
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "已发送" in page


def test_a_down_server_is_retried_and_the_last_failure_is_visible(
    group_answers: Round,
    staff_renqiu: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
) -> None:
    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "1")  # two attempts in all
    staff = user_of(staff_renqiu)
    item, _response, record = emailed_acknowledgement(group_answers, staff)
    assert record.delivery == ResponseRecord.Delivery.QUEUED

    # Nothing listens on the port: the job fails and is left for the queue's retry.
    with pytest.raises(MailSendFailed):
        response_mail_send(record_id=record.pk)
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.QUEUED and record.attempts == 1 and record.last_error

    # The retry finds the server up and the message goes out once.
    controller, inbox = start_smtp(mail_env)
    try:
        assert casework_response_mail.call_local(record.pk) == ResponseRecord.Delivery.SENT
        # A duplicate run of the job does not send twice.
        assert casework_response_mail.call_local(record.pk) == ResponseRecord.Delivery.SENT
    finally:
        controller.stop()
    assert len(inbox.messages) == 1

    # A second answer whose every attempt fails ends "failed", visible on the item.
    second = response_give(item=item, kind="result", phrase="handled", method="email", actor=staff)
    failing = ResponseRecord.objects.get(response=second)
    for _ in range(2):
        with pytest.raises(MailSendFailed):
            response_mail_send(record_id=failing.pk)
    failing.refresh_from_db()
    assert failing.delivery == ResponseRecord.Delivery.FAILED and failing.attempts == 2
    assert item.events.filter(kind="response_mail_failed").exists()
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "发送失败" in page and "重新发送" in page

    # Staff put it back on the queue; with the server up it is delivered.
    controller, inbox = start_smtp(mail_env)
    try:
        response_resend(response=second, actor=staff)
        assert response_mail_send(record_id=failing.pk) == ResponseRecord.Delivery.SENT
    finally:
        controller.stop()
    assert (
        len(inbox.messages) == 1
        and "已按有关规定处理" in message_from_bytes(inbox.messages[0][2], policy=default).get_content()
    )  # type: ignore[attr-defined]


def test_only_receive_round_sends_nothing_and_records_the_receivers_answer(
    demo_round: Round,
    directory: dict[str, Any],
    staff_renqiu: Client,
    smtp: Inbox,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    assert demo_round.answerer == Round.Answerer.RECEIVER  # 只受理、不答复
    staff = user_of(staff_renqiu)
    item = email_item(demo_round)
    with pytest.raises(CaseworkError, match="只受理、不答复"):
        response_give(item=item, kind="acknowledge", phrase="accepted", method="email", actor=staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = response_give(
            item=item,
            kind="result",
            phrase="receiver_answered",
            method="email",
            department=directory["labor"],
            actor=staff,
        )
    record = ResponseRecord.objects.get(response=response)
    assert record.answered_by == "receiver" and record.delivery == ResponseRecord.Delivery.RECORDED
    time.sleep(0.2)
    assert smtp.messages == []
    assert response.via == "电子邮件（任丘市人社局答复）"


def test_without_a_mail_server_the_answer_waits_for_hand_sending(
    group_answers: Round, staff_renqiu: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XUNSHI_SMTP_HOST", raising=False)
    staff = user_of(staff_renqiu)
    item, response, record = emailed_acknowledgement(group_answers, staff)
    assert record.delivery == ResponseRecord.Delivery.MANUAL
    url = reverse("casework:item", args=[item.number])
    assert "待人工发送" in staff_renqiu.get(url).content.decode()

    def undelivered() -> str:
        page = staff_renqiu.get(reverse("casework:dashboard")).content.decode()
        return page[page.index('id="undelivered"') :].split("</table>")[0]

    assert item.number in undelivered()
    # The 实名 reporter has been told nothing yet: the acceptance clock stays open.
    assert [c.kind for c in response_clocks(Item.objects.filter(pk=item.pk))] == ["ack"]
    token = staff_renqiu.cookies["csrftoken"].value
    staff_renqiu.post(
        url,
        {
            "action": "mark_sent",
            "response": str(response.pk),
            "note": "已由邮箱人工发送",
            "csrfmiddlewaretoken": token,
        },
    )
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.SENT and record.sent_by == staff
    assert item.events.filter(kind="response_sent_by_hand").exists()
    assert item.number not in undelivered()
    assert response_clocks(Item.objects.filter(pk=item.pk)) == []
    # The items ledger says how the answer went out.
    ledger = xlsx_text(staff_renqiu.get(reverse("casework:ledger", args=["items"])).content)
    assert "受理告知（电子邮件，已发送）" in ledger


def test_sms_answer_is_never_claimed_sent(group_answers: Round, staff_renqiu: Client) -> None:
    """Without a gammu-smsd outbox configured, an SMS answer waits for staff to send it."""
    channel = group_answers.channels.get(kind="sms")
    channel.receive_only = False
    channel.save(update_fields=["receive_only"])
    staff = user_of(staff_renqiu)
    item = receive(
        group_answers,
        kind="sms",
        identity=Identity(name="李四", sender="13900002222"),
        identity_kind=IdentityKind.NAMED,
    )
    response = response_give(item=item, kind="acknowledge", phrase="accepted", method="sms", actor=staff)
    assert ResponseRecord.objects.get(response=response).delivery == ResponseRecord.Delivery.MANUAL
    assert item.events.filter(kind="response_manual").exists()


def test_a_bulk_answer_mails_each_reporter_only_their_own_message(
    group_answers: Round,
    staff_renqiu: Client,
    smtp: Inbox,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from xunshi.casework.services import response_give_many
    from xunshi.matching.services import group_create

    staff = user_of(staff_renqiu)
    first = email_item(group_answers)
    second = receive(
        group_answers,
        kind="email",
        content="同一问题，第二位反映人来信。",
        identity=Identity(name="王五", email="wangwu@example.net", sender="wangwu@example.net"),
        identity_kind=IdentityKind.NAMED,
    )
    group_create(items=[first, second], kind="duplicate", actor=staff, reason="同一反映")
    with django_capture_on_commit_callbacks(execute=True):
        response_give_many(
            item=first, others=[second], kind="acknowledge", phrase="accepted", method="email", actor=staff
        )
    assert sorted(rcpt for _f, rcpts, _raw in smtp.messages for rcpt in rcpts) == [
        "wangwu@example.net",
        "zhangsan@example.org",
    ]
    for _mail_from, rcpts, raw in smtp.messages:
        text = raw.decode("utf-8", "replace")
        other = "wangwu" if rcpts == ["zhangsan@example.org"] else "zhangsan"
        assert other not in text and "张三" not in text and "王五" not in text
        number = first.number if rcpts == ["zhangsan@example.org"] else second.number
        assert number in message_from_bytes(raw, policy=default).get_content()  # type: ignore[attr-defined]
    assert set(ResponseRecord.objects.values_list("delivery", flat=True)) == {ResponseRecord.Delivery.SENT}


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, written as PEM files."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "xunshi test smtp")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_starttls_is_verified_and_required(
    group_answers: Round,
    staff_renqiu: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The default mode: STARTTLS with the server's certificate checked against the CA."""
    cert, key = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox = Inbox()
    # The server refuses mail and login before STARTTLS.
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=mail_env,
        tls_context=context,
        require_starttls=True,
        authenticator=_authenticate,
        auth_required=True,
    )
    controller.start()
    monkeypatch.setenv("XUNSHI_SMTP_TLS", "starttls")
    staff = user_of(staff_renqiu)
    item = email_item(group_answers)
    try:
        # Without the CA the certificate is not trusted: nothing goes out, the error is kept.
        monkeypatch.delenv("XUNSHI_SMTP_CA_FILE", raising=False)
        first = response_give(item=item, kind="acknowledge", phrase="accepted", method="email", actor=staff)
        record = ResponseRecord.objects.get(response=first)
        with pytest.raises(MailSendFailed):
            response_mail_send(record_id=record.pk)
        record.refresh_from_db()
        assert "CERTIFICATE_VERIFY_FAILED" in record.last_error and inbox.messages == []
        # With the server's CA configured the same job succeeds over the encrypted session.
        monkeypatch.setenv("XUNSHI_SMTP_CA_FILE", str(cert))
        assert response_mail_send(record_id=record.pk) == ResponseRecord.Delivery.SENT
    finally:
        controller.stop()
    assert [rcpts for _f, rcpts, _raw in inbox.messages] == [["zhangsan@example.org"]]


class Refusing(Inbox):
    """A server that refuses the recipient and says whom, as real servers do."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"


def test_a_refused_recipient_leaves_no_address_in_errors_audit_or_dead_letters(
    group_answers: Round,
    staff_renqiu: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
) -> None:
    from xunshi.audit.models import AuditEntry
    from xunshi.channels.models import DeadLetter

    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "0")  # one attempt: the last
    inbox = Refusing()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=mail_env,
        authenticator=_authenticate,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    staff = user_of(staff_renqiu)
    item, _response, record = emailed_acknowledgement(group_answers, staff)
    from xunshi.channels.queue import huey

    # Through the queue, as the worker runs it, with no retry left: a dead letter results.
    job = casework_response_mail.s(record.pk)
    job.retries = 0
    try:
        huey.enqueue(job)
    finally:
        controller.stop()
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.FAILED and "550" in record.last_error
    assert "zhangsan" not in record.last_error
    [letter] = DeadLetter.objects.filter(task_name="casework.response_mail")
    assert letter.args == [record.pk] and "MailSendFailed" in letter.error
    # Not in the traceback either: the refusal that named the address is not chained.
    assert (
        "zhangsan" not in letter.error
        and "SMTPRecipientsRefused" not in letter.error.split("MailSendFailed")[0]
    )
    for entry in AuditEntry.objects.filter(target_id=item.number):
        assert "zhangsan" not in str(entry.data)


@pytest.mark.django_db
def test_broken_mail_settings_fail_the_answer_visibly_instead_of_leaving_it_queued(
    group_answers: Round, staff_renqiu: Client, mail_env: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A typo in the settings is not a passing outage: no retry helps, staff must see it.
    monkeypatch.setenv("XUNSHI_SMTP_TLS", "startls")
    staff = user_of(staff_renqiu)
    item, _response, record = emailed_acknowledgement(group_answers, staff)
    assert response_mail_send(record_id=record.pk) == ResponseRecord.Delivery.FAILED
    record.refresh_from_db()
    assert record.delivery == ResponseRecord.Delivery.FAILED and "XUNSHI_SMTP_TLS" in record.last_error
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "发送失败" in page and "重新发送" in page


def test_an_answer_waiting_for_hand_sending_can_be_resent_once_a_mailer_is_configured(
    group_answers: Round,
    staff_renqiu: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    monkeypatch.delenv("XUNSHI_SMTP_HOST")
    item = email_item(group_answers)
    response = response_give(
        item=item, kind="acknowledge", phrase="accepted", method="email", actor=user_of(staff_renqiu)
    )
    url = reverse("casework:item", args=[item.number])
    page = staff_renqiu.get(url).content.decode()
    assert "待人工发送" in page and "重新发送" not in page  # nothing here could send it

    monkeypatch.setenv("XUNSHI_SMTP_HOST", "127.0.0.1")
    assert "重新发送" in staff_renqiu.get(url).content.decode()
    controller, inbox = start_smtp(mail_env)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            staff_renqiu.post(
                url,
                {
                    "action": "resend",
                    "response": str(response.pk),
                    "csrfmiddlewaretoken": staff_renqiu.cookies["csrftoken"].value,
                },
            )
    finally:
        controller.stop()
    record = ResponseRecord.objects.get(response=response)
    assert record.delivery == ResponseRecord.Delivery.SENT
    assert [rcpts for _f, rcpts, _raw in inbox.messages] == [["zhangsan@example.org"]]
    assert item.events.filter(kind="response_mail_retry").exists()


def test_dead_letter_retry_of_a_failed_answer_mail_sends_it(
    group_answers: Round,
    staff_renqiu: Client,
    leader: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:

    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "0")  # one attempt: the last
    staff = user_of(staff_renqiu)
    item = email_item(group_answers)
    first = response_give(item=item, kind="acknowledge", phrase="accepted", method="email", actor=staff)
    second = response_give(item=item, kind="result", phrase="handled", method="email", actor=staff)
    # Nothing listens: both jobs die on their last attempt.
    letters = {ResponseRecord.objects.get(response=r).pk: send_job_dies(r) for r in (first, second)}
    assert set(ResponseRecord.objects.values_list("delivery", flat=True)) == {ResponseRecord.Delivery.FAILED}
    assert len(letters) == 2 and all(letter.channel == item.channel for letter in letters.values())
    # Listed with the round's channels, where the leader can retry it.
    page = leader.get(f"/workbench/channels/?round={group_answers.pk}").content.decode()
    assert page.count("casework.response_mail") == 2

    # The second answer was meanwhile sent by hand: its dead letter must not send it again.
    from xunshi.casework.services import response_mark_sent

    response_mark_sent(response=second, note="已由邮箱人工发送", actor=staff)
    token = leader.cookies["csrftoken"].value
    controller, inbox = start_smtp(mail_env)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for response in (first, second):
                record = ResponseRecord.objects.get(response=response)
                leader.post(
                    f"/workbench/channels/dead-letters/{letters[record.pk].pk}/retry/",
                    {"csrfmiddlewaretoken": token},
                )
    finally:
        controller.stop()
    assert ResponseRecord.objects.get(response=first).delivery == ResponseRecord.Delivery.SENT
    assert (
        len(inbox.messages) == 1
        and "已受理"
        in message_from_bytes(  # type: ignore[attr-defined]
            inbox.messages[0][2], policy=default
        ).get_content()
    )
    refused = leader.get(f"/workbench/channels/?round={group_answers.pk}").content.decode()
    assert "当前状态：已发送" in refused


def test_a_resent_answer_cannot_be_sent_again_from_its_old_dead_job(
    group_answers: Round,
    staff_renqiu: Client,
    leader: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from xunshi.channels.models import DeadLetter

    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "0")
    staff = user_of(staff_renqiu)
    _item, response, record = emailed_acknowledgement(group_answers, staff)
    letter = send_job_dies(response)
    listed = leader.get(f"/workbench/channels/?round={group_answers.pk}").content.decode()
    assert "casework.response_mail" in listed
    controller, inbox = start_smtp(mail_env)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response_resend(response=response, actor=staff)  # 重新发送 on the item page
        token = leader.cookies["csrftoken"].value
        with django_capture_on_commit_callbacks(execute=True):
            leader.post(
                f"/workbench/channels/dead-letters/{letter.pk}/retry/", {"csrfmiddlewaretoken": token}
            )
    finally:
        controller.stop()
    assert ResponseRecord.objects.get(pk=record.pk).delivery == ResponseRecord.Delivery.SENT
    assert len(inbox.messages) == 1  # the old dead job sent nothing more
    assert DeadLetter.objects.get(pk=letter.pk).retried_by == staff


def test_a_dead_answer_job_is_retried_only_by_who_may_answer_that_item(
    group_answers: Round,
    staff_renqiu: Client,
    leader: Client,
    mail_env: int,
    monkeypatch: pytest.MonkeyPatch,
    immediate_queue: None,
) -> None:
    from xunshi.channels.models import DeadLetter

    monkeypatch.setenv("XUNSHI_QUEUE_RETRIES", "0")
    item = email_item(group_answers, county="河间市")  # not the county of staff_renqiu
    response = response_give(
        item=item, kind="acknowledge", phrase="accepted", method="email", actor=user_of(leader)
    )
    letter = send_job_dies(response)
    url = f"/workbench/channels/dead-letters/{letter.pk}/retry/"
    staff_renqiu.get(f"/workbench/channels/?round={group_answers.pk}")
    refused = staff_renqiu.post(url, {"csrfmiddlewaretoken": staff_renqiu.cookies["csrftoken"].value})
    assert refused.status_code == 404
    assert DeadLetter.objects.get(pk=letter.pk).retried_at is None
    leader.get(f"/workbench/channels/?round={group_answers.pk}")
    leader.post(url, {"csrfmiddlewaretoken": leader.cookies["csrftoken"].value})
    assert DeadLetter.objects.get(pk=letter.pk).retried_by == user_of(leader)


def test_an_answer_claimed_by_a_live_job_is_not_sent_twice_and_a_dead_claim_is_taken_over(
    group_answers: Round, staff_renqiu: Client, smtp: Inbox
) -> None:
    from django.utils import timezone

    from xunshi.casework.models import SEND_LEASE
    from xunshi.casework.selectors import resend_refusal

    D = ResponseRecord.Delivery
    item, _response, record = emailed_acknowledgement(group_answers, user_of(staff_renqiu))
    # Another worker claimed the answer a minute ago and is sending it: a duplicate job (a
    # retry queued twice, a dead letter retried meanwhile) leaves it alone.
    claimed = timezone.now() - dt.timedelta(minutes=1)
    ResponseRecord.objects.filter(pk=record.pk).update(delivery=D.SENDING, claimed_at=claimed, attempts=1)
    assert response_mail_send(record_id=record.pk) == D.SENDING
    assert smtp.messages == []
    record.refresh_from_db()
    assert record.attempts == 1 and resend_refusal(record)  # nothing to resend while it is sending
    # That worker died mid-send: past the lease, staff may resend it and a job takes it over.
    stale = timezone.now() - SEND_LEASE - dt.timedelta(minutes=1)
    ResponseRecord.objects.filter(pk=record.pk).update(claimed_at=stale)
    record.refresh_from_db()
    assert record.outstanding and resend_refusal(record) == ""
    page = staff_renqiu.get(reverse("casework:item", args=[item.number])).content.decode()
    assert "发送中断" in page and "标记为已人工发送" in page and "重新发送" in page
    assert response_mail_send(record_id=record.pk) == D.SENT
    record.refresh_from_db()
    assert record.attempts == 2 and len(smtp.messages) == 1


def test_a_job_that_lost_its_claim_leaves_the_answer_to_the_job_that_took_over(
    group_answers: Round, staff_renqiu: Client, mail_env: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from django.utils import timezone

    from xunshi.casework import services

    D = ResponseRecord.Delivery
    _item, _response, record = emailed_acknowledgement(group_answers, user_of(staff_renqiu))
    mail = services.SENDERS["email"]

    def outlived_its_lease(rec: ResponseRecord) -> Any:
        # While this job is stuck talking to the server, its lease runs out and another
        # job takes the answer over and delivers it; then this job's attempt fails.
        ResponseRecord.objects.filter(pk=rec.pk).update(delivery=D.SENT, claimed_at=timezone.now())
        return mail.attempt(rec)  # nothing listens on the mailer's port: it fails

    monkeypatch.setitem(services.SENDERS, "email", dataclasses.replace(mail, attempt=outlived_its_lease))
    # The late failure neither puts the delivered answer back on the queue nor fails it.
    assert response_mail_send(record_id=record.pk) == D.SENT
    record.refresh_from_db()
    assert record.delivery == D.SENT and record.last_error == ""
