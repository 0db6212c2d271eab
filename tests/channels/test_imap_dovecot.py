"""IMAP polling against a real Dovecot started on 127.0.0.1 with a throwaway mailbox."""

from __future__ import annotations

import ssl
from pathlib import Path

import channel_mails as mails
import pytest
from channel_components import Dovecot, start_dovecot, stop

from xunshi.channels.email.imap import ChannelConfigError, imap_config, mailbox_poll
from xunshi.channels.models import ChannelHealth, DeadLetter, ImapState
from xunshi.intake.models import Item
from xunshi.rounds.models import Channel

pytestmark = pytest.mark.integration


def configure(channel: Channel, server: Dovecot, **extra: object) -> Channel:
    channel.settings = {**server.settings(), **extra}
    channel.save(update_fields=["settings"])
    return channel


def test_poll_registers_new_mail_once_and_incrementally(email_channel: Channel, dovecot: Dovecot) -> None:
    configure(email_channel, dovecot)
    dovecot.append([mails.gbk_mislabelled(), mails.big5(), mails.html_only(), mails.forwarded()])
    summary = mailbox_poll(channel=email_channel)
    assert (summary.fetched, summary.registered) == (4, 4)
    subjects = set(Item.objects.values_list("subject", flat=True))
    assert {"反映朱镕基同名局长问题", "繁體字主題", "HTML 邮件", "Fwd: 原始举报"} == subjects
    state = ImapState.objects.get(channel=email_channel)
    assert state.last_uid == 4 and state.uidvalidity

    again = mailbox_poll(channel=email_channel)
    assert again.fetched == 0

    # The same message delivered again (new UID) is a duplicate, not a second item.
    dovecot.append([mails.simple(7), mails.gbk_mislabelled()])
    third = mailbox_poll(channel=email_channel)
    assert (third.fetched, third.registered, third.duplicates) == (2, 1, 1)
    assert Item.objects.count() == 5
    health = ChannelHealth.objects.get(channel=email_channel)
    assert health.last_success_at and not health.failing and health.backlog == 0
    # INTERNALDATE (server receipt) is the received time, not the Date header of 2015.
    assert Item.objects.get(subject="反映问题第7号").received_at.year >= 2026


def test_uidvalidity_change_starts_over_without_doubling(email_channel: Channel, dovecot: Dovecot) -> None:
    configure(email_channel, dovecot)
    dovecot.append([mails.simple(1), mails.simple(2)])
    mailbox_poll(channel=email_channel)
    ImapState.objects.filter(channel=email_channel).update(uidvalidity=1, last_uid=99)
    summary = mailbox_poll(channel=email_channel)
    assert (summary.fetched, summary.registered, summary.duplicates) == (2, 0, 2)
    assert Item.objects.count() == 2


def test_queue_task_polls_and_records_failure_as_dead_letter(
    email_channel: Channel, dovecot: Dovecot, tmp_path: Path
) -> None:
    from xunshi.channels.email.tasks import email_poll, email_poll_all

    configure(email_channel, dovecot)
    dovecot.append([mails.simple(3)])
    email_poll_all()
    assert Item.objects.filter(subject="反映问题第3号").exists()

    wrong = tmp_path / "wrong-password"
    wrong.write_text("nope")
    configure(email_channel, dovecot, password_file=str(wrong))
    from xunshi.channels.queue import RETRY_DELAY, huey

    # A failure with retries left goes back on the schedule with a doubled delay …
    task = email_poll.s(channel_id=email_channel.pk)
    task.retries = 1
    huey.enqueue(task)
    assert not DeadLetter.objects.exists()
    [scheduled] = huey.scheduled()
    assert scheduled.retries == 0 and scheduled.retry_delay == RETRY_DELAY * 2
    huey.flush()
    # … and the last failure becomes a dead letter.
    task = email_poll.s(channel_id=email_channel.pk)
    task.retries = 0
    huey.enqueue(task)
    letter = DeadLetter.objects.get(task_name="email.poll")
    assert letter.channel == email_channel and "LoginError" in letter.error
    assert ChannelHealth.objects.get(channel=email_channel).failing


def test_plain_imap_only_to_loopback(email_channel: Channel, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("x")
    email_channel.settings = {"host": "imap.example.org", "security": "plain", "password_file": str(secret)}
    with pytest.raises(ChannelConfigError, match="明文"):
        imap_config(email_channel)
    email_channel.settings = {
        "host": "imap.example.org",
        "security": "starttls",
        "password_file": str(secret),
    }
    assert imap_config(email_channel).port == 143
    email_channel.settings = {"host": "imap.example.org", "password_file": str(secret)}
    cfg = imap_config(email_channel)
    assert (cfg.security, cfg.port) == ("tls", 993)


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_poll_over_tls_and_starttls_with_the_servers_ca(
    email_channel: Channel, server_dir: Path, security: str
) -> None:
    server = start_dovecot(server_dir / "dovecot-tls", tls=True)
    try:
        server.append([mails.simple(11)])
        assert server.tls_port and server.ca_file
        port = server.tls_port if security == "tls" else server.port
        configure(email_channel, server, security=security, port=port, ca_file=str(server.ca_file))
        assert mailbox_poll(channel=email_channel).registered == 1
        # Without trusting that CA the connection is refused, not downgraded.
        configure(email_channel, server, security=security, port=port, ca_file="")
        with pytest.raises(ssl.SSLError):
            mailbox_poll(channel=email_channel)
        assert ChannelHealth.objects.get(channel=email_channel).failing
    finally:
        stop(server.process)
