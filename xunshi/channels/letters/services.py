"""OCR of scanned letters: queue the scans of an item, run them, let staff correct the text."""

from __future__ import annotations

import functools
import time

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from xunshi.channels.letters.ocr import SCANNABLE, OcrError, engine_label, ocr_document
from xunshi.channels.models import LetterScan, OcrPage
from xunshi.intake.models import Item
from xunshi.intake.services import item_event
from xunshi.intake.storage import read_bytes
from xunshi.intake.validation import clean_text

ACTOR = "文字识别"


def letter_scan_enqueue(item: Item) -> list[LetterScan]:
    """Queue OCR for every scan (JPEG, PNG, TIFF, PDF) of the item not queued before."""
    from xunshi.channels.letters.tasks import letter_ocr

    created = []
    with transaction.atomic():
        for attachment in item.attachments.filter(media_type__in=SCANNABLE, scan__isnull=True):
            scan = LetterScan.objects.create(item=item, attachment=attachment)
            created.append(scan)
        for scan in created:
            transaction.on_commit(functools.partial(letter_ocr, scan_id=scan.pk))
    return created


def letter_scan_run(*, scan_id: int) -> LetterScan:
    scan = LetterScan.objects.select_related("item", "attachment").get(pk=scan_id)
    if scan.status == LetterScan.Status.DONE:
        return scan
    started = time.monotonic()
    try:
        pages = ocr_document(read_bytes(scan.attachment.sha256), scan.attachment.media_type)
    except (OcrError, OSError) as exc:
        _fail(scan, str(exc))
        if isinstance(exc, OSError):
            raise  # a missing or damaged file may be a passing fault: let the queue retry
        return scan
    elapsed = time.monotonic() - started
    name = scan.attachment.original_name or "扫描件"
    with transaction.atomic():
        OcrPage.objects.filter(scan=scan).delete()
        OcrPage.objects.bulk_create(
            OcrPage(scan=scan, page=p.page, text=p.text, confidence=p.confidence) for p in pages
        )
        scan.status = LetterScan.Status.DONE
        scan.error = ""
        scan.engine = engine_label()[:100]
        scan.seconds = round(elapsed, 2)
        scan.finished_at = timezone.now()
        scan.save(update_fields=["status", "error", "engine", "seconds", "finished_at"])
        confs = [p.confidence for p in pages if p.confidence is not None]
        mean = f"，平均置信度 {sum(confs) / len(confs):.0f}" if confs else ""
        item_event(
            item=scan.item,
            actor_label=ACTOR,
            kind="ocr_done",
            summary=f"“{name}”文字识别完成：{len(pages)} 页{mean}"[:300],
            data={"scan": scan.pk, "pages": len(pages)},
        )
    return scan


def _fail(scan: LetterScan, error: str) -> None:
    with transaction.atomic():
        scan.status = LetterScan.Status.FAILED
        scan.error = error[:2000]
        scan.finished_at = timezone.now()
        scan.save(update_fields=["status", "error", "finished_at"])
        item_event(
            item=scan.item,
            actor_label=ACTOR,
            kind="ocr_failed",
            summary=f"“{scan.attachment.original_name or '扫描件'}”文字识别失败：{error}"[:300],
            data={"scan": scan.pk},
        )


def ocr_page_correct(*, page: OcrPage, text: str, actor: User) -> OcrPage:
    """Staff's corrected reading of one page; the machine reading is kept beside it."""
    corrected = clean_text(text, field="校对文字", required=False)
    with transaction.atomic():
        page.corrected_text = corrected
        page.corrected_by = actor
        page.corrected_at = timezone.now()
        page.save(update_fields=["corrected_text", "corrected_by", "corrected_at"])
        item_event(
            item=page.scan.item,
            actor=actor,
            actor_label=str(actor.get_username()),
            kind="ocr_corrected",
            summary=f"校对了扫描件第 {page.page} 页的识别文字",
            data={"scan": page.scan_id, "page": page.page},
        )
    return page
