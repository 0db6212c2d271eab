"""Scanned letters: OCR with real Tesseract on pages rendered with a Debian CJK font."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from channel_components import need
from django.test import Client
from django.utils import timezone

from xunshi.channels.letters.accuracy import char_accuracy
from xunshi.channels.letters.ocr import split_bands
from xunshi.channels.letters.render import encode, render_page
from xunshi.channels.letters.services import letter_scan_enqueue
from xunshi.channels.models import LetterScan, OcrPage
from xunshi.intake.models import Item
from xunshi.intake.services import Incoming, item_receive
from xunshi.intake.storage import read_bytes
from xunshi.rounds.models import Channel, Round

pytestmark = pytest.mark.integration

PAGE_ONE = [
    "省委第七巡视组对沧州六县市开展巡视",
    "反映任丘市某局局长公款吃喝问题",
    "举报人：梅世彤 二〇一五年八月",
]
PAGE_TWO = ["河间市委书记朱志明代表被巡视县市", "表态发言，坚决服从巡视工作安排"]
SMALL = (2480, 700)
OcrRun = Callable[[Item], list[LetterScan]]


def letter(round: Round, files: list[tuple[str, bytes]]) -> Item:
    channel = round.channels.get(kind=Channel.Kind.PO_BOX)
    return item_receive(
        Incoming(
            round=round,
            channel=channel,
            content="来信一封，见扫描件。",
            received_at=timezone.now(),
            attachments=files,
        )
    ).item


@pytest.fixture
def ocr(django_capture_on_commit_callbacks: Any) -> OcrRun:
    """letter_scan_enqueue, with its after-commit queue jobs run (the queue is inline in tests)."""

    def run(item: Item) -> list[LetterScan]:
        with django_capture_on_commit_callbacks(execute=True):
            return letter_scan_enqueue(item)

    return run


@pytest.fixture
def tools() -> None:
    need("tesseract", "pdftoppm", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@pytest.mark.usefixtures("tools")
def test_png_and_multipage_pdf_are_read_page_by_page(demo_round: Round, ocr: OcrRun) -> None:
    png = encode([render_page(PAGE_ONE, size=SMALL)], "png")
    pdf = encode([render_page(PAGE_ONE, size=SMALL), render_page(PAGE_TWO, size=SMALL)], "pdf")
    item = letter(demo_round, [("第一页.png", png), ("来信.pdf", pdf)])
    scans = ocr(item)
    assert len(scans) == 2
    assert ocr(item) == []  # queued once only
    by_name = {s.attachment.original_name: s for s in LetterScan.objects.filter(item=item)}
    assert all(s.status == LetterScan.Status.DONE for s in by_name.values()), [
        s.error for s in by_name.values()
    ]
    [only] = by_name["第一页.png"].pages.all()
    assert char_accuracy("".join(PAGE_ONE), only.text) >= 0.9
    assert only.confidence is not None and only.confidence > 50
    pages = list(by_name["来信.pdf"].pages.all())
    assert [p.page for p in pages] == [1, 2]
    assert char_accuracy("".join(PAGE_TWO), pages[1].text) >= 0.9
    # The original stays as it was.
    assert read_bytes(by_name["来信.pdf"].attachment.sha256) == pdf
    assert item.events.filter(kind="ocr_done").count() == 2


@pytest.mark.usefixtures("tools")
def test_multipage_tiff_and_jpeg_scan(demo_round: Round, ocr: OcrRun) -> None:
    tiff = encode([render_page(PAGE_TWO, size=SMALL), render_page(PAGE_ONE, size=SMALL)], "tiff")
    jpeg = encode([render_page(PAGE_ONE, size=SMALL, scan=True)], "jpeg")
    item = letter(demo_round, [("信.tif", tiff), ("照片.jpg", jpeg)])
    ocr(item)
    tiff_pages = OcrPage.objects.filter(scan__attachment__original_name="信.tif").order_by("page")
    assert tiff_pages.count() == 2
    assert char_accuracy("".join(PAGE_TWO), tiff_pages[0].text) >= 0.9
    [scan_page] = OcrPage.objects.filter(scan__attachment__original_name="照片.jpg")
    assert char_accuracy("".join(PAGE_ONE), scan_page.text) >= 0.8


def test_ocr_failure_leaves_the_item_registered_and_shows_why(
    demo_round: Round, leader: Client, ocr: OcrRun
) -> None:
    broken_pdf = b"%PDF-1.4\n" + b"\x00garbage" * 50
    item = letter(demo_round, [("坏文件.pdf", broken_pdf)])
    ocr(item)
    scan = LetterScan.objects.get(item=item)
    assert scan.status == LetterScan.Status.FAILED and scan.error
    assert Item.objects.filter(pk=item.pk).exists()
    assert item.events.filter(kind="ocr_failed").exists()
    page = leader.get(f"/workbench/channels/letters/{item.number}/")
    assert page.status_code == 200
    assert "识别失败" in page.content.decode()


@pytest.mark.usefixtures("tools")
def test_staff_correct_page_text_outsiders_cannot(
    demo_round: Round, leader: Client, local_liaison: Client, ocr: OcrRun
) -> None:
    item = letter(demo_round, [("第一页.png", encode([render_page(PAGE_ONE[:1], size=SMALL)], "png"))])
    ocr(item)
    page = OcrPage.objects.get(scan__item=item)
    shown = leader.get(f"/workbench/channels/letters/{item.number}/")
    assert shown.status_code == 200 and "第 1 页" in shown.content.decode()
    url = f"/workbench/channels/letters/pages/{page.pk}/"
    response = leader.post(
        url, {"text": PAGE_ONE[0], "csrfmiddlewaretoken": csrf_token(shown.content.decode())}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.corrected_text == PAGE_ONE[0] and page.corrected_by == leader.user  # type: ignore[attr-defined]
    assert page.text  # the machine reading is kept
    assert item.events.filter(kind="ocr_corrected").exists()
    assert local_liaison.get(f"/workbench/channels/letters/{item.number}/").status_code == 404
    token = csrf_token(local_liaison.get("/workbench/").content.decode())
    assert local_liaison.post(url, {"text": "x", "csrfmiddlewaretoken": token}).status_code == 404
    page.refresh_from_db()
    assert page.corrected_text == PAGE_ONE[0]


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "page has no form"
    return match.group(1)


def test_page_is_cut_into_bands_only_between_lines(tmp_path: Path) -> None:
    from PIL import Image

    page = tmp_path / "p-1.png"
    render_page(PAGE_ONE + PAGE_TWO, size=(2480, 1200)).save(page)
    bands = split_bands(page, 2)
    assert len(bands) == 2
    heights = [Image.open(b).height for b in bands]
    assert sum(heights) == 1200
    # Every band starts and ends on a row without ink: no line of text was cut.
    for band in bands:
        with Image.open(band) as image:
            ink = image.convert("L").point(lambda v: 255 if v < 160 else 0)
            assert ink.crop((0, 0, ink.width, 1)).getbbox() is None
    solid = tmp_path / "p-2.png"
    Image.new("L", (100, 100), 0).save(solid)
    assert split_bands(solid, 2) == [solid]
