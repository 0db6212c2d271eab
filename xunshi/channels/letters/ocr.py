"""Scanned letters to text with Tesseract (chi_sim), page by page, with a confidence.

PDF pages are rendered at 300 dpi by poppler's pdftoppm; TIFF pages are split with
Pillow. Tesseract runs with OMP_THREAD_LIMIT=1: its OpenMP threads spin and make a page
four times slower on two cores (components.md §5).
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageSequence

SCANNABLE = {"image/jpeg", "image/png", "image/tiff", "application/pdf"}
MAX_PAGES = 60
PAGE_TIMEOUT_SECONDS = 120
LANG = "chi_sim"
# Tesseract separates CJK characters by spaces; Chinese text has none between them.
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) +(?=[{_CJK}])")


class OcrError(RuntimeError):
    """OCR could not run or could not read the file; the message is shown to staff."""


@dataclass(frozen=True)
class PageText:
    page: int
    text: str
    confidence: float | None  # mean word confidence, 0–100


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise OcrError(
            f"未安装 {name}（Debian 软件包 {'poppler-utils' if name == 'pdftoppm' else 'tesseract-ocr'}）"
        )
    return path


def engine_label() -> str:
    try:
        out = subprocess.run(  # noqa: S603 - fixed tool and argument
            [_tool("tesseract"), "--version"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "tesseract"
    first = (out.stdout or out.stderr).splitlines()
    return f"{first[0].strip()} -l {LANG}" if first else "tesseract"


def render_pages(data: bytes, media_type: str, workdir: Path) -> list[Path]:
    """One 8-bit grey PGM file per page in `workdir`: uncompressed, because compressing a
    scanned page as PNG costs more time than reading it (2.8 s against 0.15 s for A4)."""
    if media_type == "application/pdf":
        source = workdir / "in.pdf"
        source.write_bytes(data)
        proc = subprocess.run(  # noqa: S603 - fixed tool and arguments, file from our temp dir
            [
                _tool("pdftoppm"),
                "-r",
                "300",
                "-gray",
                "-l",
                str(MAX_PAGES),
                str(source),
                str(workdir / "p"),
            ],
            capture_output=True,
            timeout=PAGE_TIMEOUT_SECONDS * 4,
            check=False,
        )
        if proc.returncode != 0:
            raise OcrError("PDF 无法渲染：" + proc.stderr.decode("utf-8", "replace").strip()[:300])
        pages = sorted(workdir.glob("p-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        if not pages:
            raise OcrError("PDF 中没有页面")
        return pages
    if media_type in {"image/tiff", "image/png", "image/jpeg"}:
        try:
            with Image.open(io.BytesIO(data)) as image:
                pages = []
                for index, frame in enumerate(ImageSequence.Iterator(image), start=1):
                    if index > MAX_PAGES:
                        break
                    path = workdir / f"p-{index}.pgm"
                    frame.convert("L").save(path)
                    pages.append(path)
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise OcrError(f"图片无法读取：{exc}") from exc
        return pages
    raise OcrError(f"不支持识别的文件类型：{media_type}")


def _words(tsv: str) -> list[tuple[float, str]]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            continue
        if text and conf >= 0:
            words.append((conf, text))
    return words


def tidy(text: str) -> str:
    lines = [_CJK_GAP.sub("", line).rstrip() for line in text.replace("\f", "").splitlines()]
    return "\n".join(lines).strip()


@dataclass(frozen=True)
class _Read:
    text: str
    words: list[tuple[float, str]]


def _tesseract(path: Path, *, page: int) -> _Read:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    out = path.with_name(f"{path.stem}-ocr")
    try:
        proc = subprocess.run(  # noqa: S603 - fixed tool and arguments, file from our temp dir
            [_tool("tesseract"), str(path), str(out), "-l", LANG, "--psm", "6", "txt", "tsv"],
            capture_output=True,
            timeout=PAGE_TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"第 {page} 页识别超时（{PAGE_TIMEOUT_SECONDS} 秒）") from exc
    if proc.returncode != 0:
        raise OcrError(f"第 {page} 页识别失败：" + proc.stderr.decode("utf-8", "replace").strip()[-300:])
    text = tidy(Path(f"{out}.txt").read_text(encoding="utf-8", errors="replace"))
    words = _words(Path(f"{out}.tsv").read_text(encoding="utf-8", errors="replace"))
    return _Read(text=text, words=words)


def _page_text(page: int, reads: list[_Read]) -> PageText:
    words = [w for r in reads for w in r.words]
    weight = sum(len(w) for _, w in words)
    confidence = round(sum(c * len(w) for c, w in words) / weight, 1) if weight else None
    return PageText(page=page, text="\n".join(r.text for r in reads if r.text), confidence=confidence)


def ocr_image(path: Path, *, page: int) -> PageText:
    return _page_text(page, [_tesseract(path, page=page)])


def split_bands(path: Path, parts: int) -> list[Path]:
    """Cut a page into up to `parts` horizontal bands at blank rows between text lines.

    Tesseract uses one core per page; bands let a single page use all cores. A cut is
    made only through a row without ink, so no line of text is split.
    """
    if parts <= 1:
        return [path]
    with Image.open(path) as image:
        gray = image.convert("L")
        # Ink becomes non-zero; a row whose bounding box is empty holds no ink.
        ink = gray.point(lambda v: 255 if v < 160 else 0)

        def blank(y: int) -> bool:
            return ink.crop((0, y, ink.width, y + 1)).getbbox() is None

        cuts = [0]
        for k in range(1, parts):
            target = gray.height * k // parts
            best = next(
                (
                    y
                    for offset in range(gray.height // (2 * parts))
                    for y in (target - offset, target + offset)
                    if cuts[-1] < y < gray.height and blank(y)
                ),
                None,
            )
            if best is not None:
                cuts.append(best)
        cuts.append(gray.height)
        if len(cuts) <= 2:
            return [path]
        bands = []
        for index, (top, bottom) in enumerate(itertools.pairwise(cuts)):
            band = path.with_name(f"{path.stem}-band{index}.pgm")
            gray.crop((0, top, gray.width, bottom)).save(band)
            bands.append(band)
        return bands


def ocr_document(data: bytes, media_type: str, *, workers: int | None = None) -> list[PageText]:
    """Every page's text. One single-threaded Tesseract per core: pages run side by side,
    and when there are fewer pages than cores, each page is cut into bands."""
    cores = max(1, workers or os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="xunshi-ocr-") as tmp:
        pages = render_pages(data, media_type, Path(tmp))
        per_page = max(1, cores // len(pages))
        jobs = [
            (index, band) for index, path in enumerate(pages, start=1) for band in split_bands(path, per_page)
        ]
        if cores == 1 or len(jobs) == 1:
            reads = [(index, _tesseract(band, page=index)) for index, band in jobs]
        else:
            with ThreadPoolExecutor(max_workers=min(cores, len(jobs))) as pool:
                futures = [(index, pool.submit(_tesseract, band, page=index)) for index, band in jobs]
                reads = [(index, future.result()) for index, future in futures]
        return [
            _page_text(index, [read for page, read in reads if page == index])
            for index in range(1, len(pages) + 1)
        ]
