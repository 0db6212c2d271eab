"""Polling the round's mailbox over IMAP, incrementally by UIDVALIDITY/UID.

Configuration lives in the e-mail channel's `settings` JSON:
    {"host": "imap.example.org", "port": 993, "user": "…", "password_file": "/path",
     "security": "tls" | "starttls" | "plain", "mailbox": "INBOX", "ca_file": "/optional/ca.pem"}
Plain IMAP is allowed to a loopback address only. The mailbox is opened read-only: the
desk never changes flags or deletes mail. `last_uid` advances after each message is
registered, so a crash repeats at most the message in hand, which the source key
then reports as a duplicate.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from imapclient import IMAPClient

from xunshi.channels.email.ingest import mail_ingest
from xunshi.channels.health import health_backlog, health_error, health_success
from xunshi.channels.models import ImapState
from xunshi.channels.results import IngestResult
from xunshi.rounds.models import Channel

FETCH_BATCH = 50
TIMEOUT_SECONDS = 60


class ChannelConfigError(ValueError):
    """The channel's settings cannot be used; the message names the setting."""


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    user: str
    password: str
    security: str
    mailbox: str
    ca_file: str = ""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def imap_config(channel: Channel) -> ImapConfig:
    cfg = channel.settings or {}
    host = str(cfg.get("host") or "")
    if not host:
        raise ChannelConfigError("电子邮箱渠道未配置 IMAP 服务器（settings.host）")
    security = str(cfg.get("security") or "tls").lower()
    if security not in {"tls", "starttls", "plain"}:
        raise ChannelConfigError("settings.security 须为 tls、starttls 或 plain")
    if security == "plain" and not is_loopback(host):
        raise ChannelConfigError("明文 IMAP 只允许连接本机（127.0.0.1）；其他服务器须用 TLS 或 STARTTLS")
    port = int(cfg.get("port") or (993 if security == "tls" else 143))
    password_file = str(cfg.get("password_file") or "")
    if not password_file:
        raise ChannelConfigError("电子邮箱渠道未配置密码文件（settings.password_file）")
    try:
        password = Path(password_file).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ChannelConfigError(f"无法读取密码文件：{exc.strerror}") from exc
    return ImapConfig(
        host=host,
        port=port,
        user=str(cfg.get("user") or ""),
        password=password,
        security=security,
        mailbox=str(cfg.get("mailbox") or "INBOX"),
        ca_file=str(cfg.get("ca_file") or ""),
    )


def imap_connect(cfg: ImapConfig) -> IMAPClient:
    # The system's trusted CAs, or the one named in `ca_file` (a department's own CA).
    context = ssl.create_default_context(cafile=cfg.ca_file or None)
    client = IMAPClient(
        cfg.host, port=cfg.port, ssl=cfg.security == "tls", ssl_context=context, timeout=TIMEOUT_SECONDS
    )
    if cfg.security == "starttls":
        client.starttls(context)
    client.normalise_times = False
    client.login(cfg.user, cfg.password)
    return client


def _new_uids(client: IMAPClient, state: ImapState) -> list[int]:
    info = client.select_folder(state.mailbox, readonly=True)
    uidvalidity = int(info.get(b"UIDVALIDITY", 0))
    if state.uidvalidity != uidvalidity:
        # The server renumbered the mailbox: start over; source keys stop any doubling.
        state.uidvalidity = uidvalidity
        state.last_uid = 0
        state.save(update_fields=["uidvalidity", "last_uid"])
    uids = client.search(["UID", f"{state.last_uid + 1}:*"])
    # "n:*" always matches the highest UID, even when it is below n.
    return sorted(int(u) for u in uids if int(u) > state.last_uid)


def fetch_messages(client: IMAPClient, uids: list[int]) -> Iterator[tuple[int, bytes, dt.datetime | None]]:
    for start in range(0, len(uids), FETCH_BATCH):
        batch = uids[start : start + FETCH_BATCH]
        data = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
        for uid in batch:
            entry = data.get(uid)
            if entry is None:
                continue  # expunged meanwhile
            raw = entry.get(b"BODY[]") or b""
            when = entry.get(b"INTERNALDATE")
            if isinstance(when, dt.datetime) and timezone.is_naive(when):
                when = None
            yield uid, raw, when


@dataclass
class PollSummary:
    fetched: int = 0
    registered: int = 0
    duplicates: int = 0
    errors: int = 0


def mailbox_poll(
    *, channel: Channel, limit: int | None = None, on_result: Callable[[IngestResult], None] | None = None
) -> PollSummary:
    """Fetch and register every message not seen yet; records health either way."""
    summary = PollSummary()
    try:
        cfg = imap_config(channel)
        state, _ = ImapState.objects.get_or_create(channel=channel, mailbox=cfg.mailbox)
        client = imap_connect(cfg)
    except (ChannelConfigError, OSError, ssl.SSLError) as exc:
        health_error(channel=channel, error=f"连接邮箱失败：{exc}")
        raise
    except Exception as exc:  # IMAP protocol errors (login refused …)
        health_error(channel=channel, error=f"连接邮箱失败：{exc}")
        raise
    try:
        uids = _new_uids(client, state)
        if limit is not None:
            uids = uids[:limit]
        health_backlog(channel=channel, backlog=len(uids))
        for uid, raw, when in fetch_messages(client, uids):
            summary.fetched += 1
            # The item and the mailbox position commit together: one durable write per message.
            with transaction.atomic():
                result = mail_ingest(
                    round=channel.round,
                    channel=channel,
                    raw=raw,
                    source=f"imap:{cfg.mailbox}/{state.uidvalidity}/{uid}",
                    received_at=when,
                    extra_detail={"imap_uid": uid, "imap_uidvalidity": state.uidvalidity},
                )
                if not (result.item or result.duplicate_of):
                    _record_unreadable(
                        channel=channel, uid=uid, mailbox=cfg.mailbox, error=result.error or ""
                    )
                ImapState.objects.filter(pk=state.pk).update(last_uid=uid, updated_at=timezone.now())
            if result.item:
                summary.registered += 1
            elif result.duplicate_of:
                summary.duplicates += 1
            else:
                summary.errors += 1
            state.last_uid = uid
            if on_result:
                on_result(result)
            if summary.fetched % 25 == 0:
                health_backlog(channel=channel, backlog=max(0, len(uids) - summary.fetched))
    except Exception as exc:
        health_error(channel=channel, error=f"收取邮件出错：{exc}")
        raise
    finally:
        # The connection is being dropped anyway; a failing LOGOUT changes nothing.
        with contextlib.suppress(Exception):
            client.logout()
    health_success(channel=channel, backlog=0)
    return summary


def _record_unreadable(*, channel: Channel, uid: int, mailbox: str, error: str) -> None:
    # A message that cannot be registered is not skipped silently: it is a dead letter
    # that staff see on the channel page and can retry.
    from xunshi.channels.health import dead_letter_record

    dead_letter_record(
        task_name="email.ingest_uid",
        args=[],
        kwargs={"channel_id": channel.pk, "mailbox": mailbox, "uid": uid},
        error=f"邮件 UID {uid} 无法登记：{error}",
    )


def mailbox_ingest_uid(*, channel: Channel, mailbox: str, uid: int) -> IngestResult:
    """Fetch one message again by UID and register it (the retry of a dead letter)."""
    client = imap_connect(imap_config(channel))
    try:
        info = client.select_folder(mailbox, readonly=True)
        uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        for _uid, raw, when in fetch_messages(client, [uid]):
            result = mail_ingest(
                round=channel.round,
                channel=channel,
                raw=raw,
                source=f"imap:{mailbox}/{uidvalidity}/{uid}",
                received_at=when,
            )
            if result.error:
                raise ValueError(result.error)
            return result
    finally:
        client.logout()
    raise LookupError(f"邮件 UID {uid} 已不在邮箱中")
