"""Serving stored files to staff: the cleaned copy, as a download, never rendered."""

from __future__ import annotations

import logging

from django.contrib.auth.models import User
from django.http import HttpResponse
from django.utils.http import content_disposition_header

from xunshi.audit.services import audit_record_now
from xunshi.intake.models import Attachment
from xunshi.intake.storage import read_bytes
from xunshi.security.scrub import ScrubError, scrub

logger = logging.getLogger(__name__)


def download_headers(response: HttpResponse) -> HttpResponse:
    response["X-Content-Type-Options"] = "nosniff"
    # Even if a browser were talked into rendering it, the file runs no script and loads nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "no-store"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def attachment_response(*, attachment: Attachment, actor: User) -> HttpResponse:
    data = read_bytes(attachment.sha256)
    try:
        result = scrub(data, attachment.media_type)
        body, cleaned = result.data, result.cleaned
    except ScrubError:
        # A file we cannot parse is not handed out with its metadata intact.
        logger.warning("attachment %s could not be cleaned", attachment.pk)
        return download_headers(
            HttpResponse(
                "该附件无法去除元数据，原件已封存，请联系组长调取。",
                status=409,
                content_type="text/plain; charset=utf-8",
            )
        )
    audit_record_now(
        action="attachment.download",
        actor=actor,
        target_type="item",
        target_id=attachment.item.number,
        round_id=attachment.item.round_id,
        data={"attachment": attachment.pk, "cleaned": cleaned},
    )
    # Always a download of opaque bytes: no browser decides to render or sniff it.
    response = HttpResponse(body, content_type="application/octet-stream")
    name = attachment.original_name or attachment.sha256[:12]
    response["Content-Disposition"] = content_disposition_header(True, name) or "attachment"
    return download_headers(response)
