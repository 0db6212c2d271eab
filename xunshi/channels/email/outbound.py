"""Outbound e-mail over SMTP: the transport the answer mailer uses (xunshi.casework.tasks).

Settings come from the environment at call time, so a worker picks up a changed
configuration on restart and tests can point it at a throwaway server:

    XUNSHI_SMTP_HOST       empty = no mail server: answers by e-mail wait to be sent by hand
    XUNSHI_SMTP_PORT       default 587 (465 with XUNSHI_SMTP_TLS=ssl, 25 with none)
    XUNSHI_SMTP_USER / XUNSHI_SMTP_PASSWORD   login when a user is set
    XUNSHI_SMTP_TLS        starttls (default) | ssl | none
    XUNSHI_SMTP_CA_FILE    PEM file of the CA that signed the server's certificate, when it
                           is not in the system store (an internal mail server); the
                           certificate and host name are always verified
    XUNSHI_SMTP_FROM       sender address; default the round's published e-mail channel
    XUNSHI_SMTP_TIMEOUT    seconds, default 30

Headers are built with the standard library's SMTP policy, so a Chinese subject and
display name go out as RFC 2047 encoded words and the body as UTF-8.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from django.utils import timezone

from xunshi.core.env import ConfigError, env_int, env_str

TLS_MODES = ("starttls", "ssl", "none")


class OutboundError(RuntimeError):
    """The message cannot be sent as configured (missing address or settings)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str
    password: str
    tls: str
    from_address: str
    timeout: int
    ca_file: str = ""

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file or None)


def smtp_settings() -> SmtpSettings | None:
    """The configured mail server, or None when no host is set."""
    host = env_str("XUNSHI_SMTP_HOST", "").strip()
    if not host:
        return None
    tls = env_str("XUNSHI_SMTP_TLS", "starttls").strip().lower() or "starttls"
    if tls not in TLS_MODES:
        raise ConfigError(f"XUNSHI_SMTP_TLS must be one of {', '.join(TLS_MODES)}, got {tls!r}")
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[tls]
    return SmtpSettings(
        host=host,
        port=env_int("XUNSHI_SMTP_PORT", default_port),
        user=env_str("XUNSHI_SMTP_USER", ""),
        password=env_str("XUNSHI_SMTP_PASSWORD", ""),
        tls=tls,
        from_address=env_str("XUNSHI_SMTP_FROM", "").strip(),
        timeout=env_int("XUNSHI_SMTP_TIMEOUT", 30),
        ca_file=env_str("XUNSHI_SMTP_CA_FILE", "").strip(),
    )


def mailer_configured() -> bool:
    """A host is set. A host with broken settings counts as configured: the send then fails
    with the settings error, shown on the item, instead of the answer page failing."""
    return bool(env_str("XUNSHI_SMTP_HOST", "").strip())


def plain_address(value: str) -> str:
    """The bare address of "Name <a@b>" or "a@b"; empty when there is none."""
    address = parseaddr(value or "")[1].strip()
    return address if "@" in address and "\n" not in address and "\r" not in address else ""


@dataclass(frozen=True)
class Outgoing:
    to: str
    subject: str
    body: str
    sender_name: str
    from_address: str = ""
    in_reply_to: str = ""


def build_message(outgoing: Outgoing, *, from_address: str) -> EmailMessage:
    to = plain_address(outgoing.to)
    sender = plain_address(from_address)
    if not to:
        raise OutboundError("没有有效的收件地址")
    if not sender:
        raise OutboundError("没有有效的发件地址（请设置 XUNSHI_SMTP_FROM）")
    message = EmailMessage(policy=SMTP)
    message["From"] = formataddr((outgoing.sender_name, sender)) if outgoing.sender_name else sender
    message["To"] = to
    message["Subject"] = outgoing.subject
    message["Date"] = format_datetime(timezone.localtime())
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    reply_to = outgoing.in_reply_to.strip()
    if reply_to.startswith("<") and reply_to.endswith(">") and "\n" not in reply_to:
        message["In-Reply-To"] = reply_to
        message["References"] = reply_to
    message.set_content(outgoing.body, charset="utf-8")
    return message


def send(outgoing: Outgoing) -> str:
    """Send one message; returns its Message-ID. Raises OSError/SMTPException on failure
    (the queue retries) and OutboundError when it cannot be sent as configured."""
    config = smtp_settings()
    if config is None:
        raise OutboundError("未配置发信服务器（XUNSHI_SMTP_HOST）")
    message = build_message(outgoing, from_address=config.from_address or outgoing.from_address)
    client: smtplib.SMTP
    if config.tls == "ssl":
        client = smtplib.SMTP_SSL(
            config.host, config.port, timeout=config.timeout, context=config.tls_context()
        )
    else:
        client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    with client:
        if config.tls == "starttls":
            client.starttls(context=config.tls_context())
        if config.user:
            try:
                client.login(config.user, config.password)
            except UnicodeEncodeError as exc:
                # smtplib encodes credentials as ASCII; retrying cannot help.
                raise OutboundError("发信账号或密码含非 ASCII 字符，无法登录发信服务器") from exc
        client.send_message(message)
    return str(message["Message-ID"])
