"""Register one e-mail through the intake service, at most once per round.

The source key is the hashed Message-ID (or, without one, the content hash); a message
whose content hash is already on file under another Message-ID is the same message
re-sent through another route and is reported as a duplicate too.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from xunshi.channels.attachments import record_skipped, split_attachments
from xunshi.channels.email.parse import MailParseError, ParsedMail, mail_parse
from xunshi.channels.models import MailRecord
from xunshi.channels.results import IngestResult
from xunshi.intake.models import Item
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.intake.storage import store_bytes
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Channel, Round

ACTOR = "电子邮箱接收"
EMPTY_BODY = "（邮件正文为空，请见附件或原始邮件）"


def mail_source_key(parsed: ParsedMail) -> str:
    if parsed.message_id:
        return "mail:id:" + hashlib.sha256(parsed.message_id.encode("utf-8", "replace")).hexdigest()
    return "mail:c:" + parsed.content_hash


def _content(parsed: ParsedMail) -> str:
    text = parsed.text.strip() or EMPTY_BODY
    limit = settings.XUNSHI_MAX_TEXT_CHARS
    if len(text) > limit:
        # Never refuse a long letter: the full text stays in the stored raw message.
        note = "\n\n（正文过长，此处已截断；全文见原始邮件）"
        text = text[: limit - len(note)] + note
    return text


def mail_ingest(
    *,
    round: Round,
    channel: Channel,
    raw: bytes,
    source: str,
    received_at: dt.datetime | None = None,
    extra_detail: dict[str, object] | None = None,
) -> IngestResult:
    """Parse and register one message. Never raises for bad input: errors come back in the result."""
    try:
        parsed = mail_parse(raw)
    except MailParseError as exc:
        return IngestResult(source=source, error=str(exc))
    key = mail_source_key(parsed)
    content_hash = parsed.content_hash
    found = Item.objects.filter(round=round, source_key=key).only("number").first()
    if found is None:
        record = (
            MailRecord.objects.filter(item__round=round, content_hash=content_hash)
            .select_related("item")
            .first()
        )
        found = record.item if record else None
    if found is not None:
        return IngestResult(source=source, duplicate_of=found.number)
    accepted, skipped = split_attachments(parsed.attachments)
    raw_sha = store_bytes(bytes(raw))
    address = parsed.from_address
    sender = (
        f"{parsed.from_name} <{address}>" if parsed.from_name and address else (address or parsed.from_name)
    )
    detail: dict[str, object] = {
        "message_id": parsed.message_id[:300],
        "raw_sha256": raw_sha,
        "html_only": parsed.html_only,
        "attachments_skipped": len(skipped),
        **(extra_detail or {}),
    }
    if parsed.date:
        detail["date_header"] = parsed.date.isoformat()
    incoming = Incoming(
        round=round,
        channel=channel,
        content=_content(parsed),
        received_at=received_at or parsed.date or timezone.now(),
        subject=parsed.subject[:300],
        identity=Identity(sender=sender[:2000], email=address[:2000]),
        channel_detail=detail,
        attachments=accepted,
        source_key=key,
        actor_label=ACTOR,
    )
    try:
        with transaction.atomic():
            received = item_receive(incoming)
            if received.created:
                MailRecord.objects.create(
                    item=received.item,
                    raw_sha256=raw_sha,
                    raw_size=len(raw),
                    message_id_hash=key.removeprefix("mail:id:") if parsed.message_id else "",
                    content_hash=content_hash,
                )
                record_skipped(item=received.item, skipped=skipped, actor_label=ACTOR)
    except IntakeError as exc:
        return IngestResult(source=source, error=str(exc))
    if not received.created:
        return IngestResult(source=source, duplicate_of=received.item.number)
    return IngestResult(source=source, item=received.item.number)
