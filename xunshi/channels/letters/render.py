"""Test and benchmark pages: Chinese text printed on an A4 page at 300 dpi with a Debian CJK
font, as a clean page or as a degraded scan. Used by the tests and `xunshi bench`."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_300DPI = (2480, 3508)
FONT_CANDIDATES = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # index 2: Noto Sans CJK SC
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
]


def cjk_font(size: int, path: str | None = None) -> ImageFont.FreeTypeFont:
    for candidate, index in FONT_CANDIDATES:
        if (path is None or candidate == path) and Path(candidate).exists():
            return ImageFont.truetype(candidate, size=size, index=index)
    raise FileNotFoundError("no CJK font: install the Debian package fonts-noto-cjk")


def render_page(
    lines: list[str],
    *,
    size: tuple[int, int] = A4_300DPI,
    font_px: int = 50,
    scan: bool = False,
    font_path: str | None = None,
) -> Image.Image:
    """Black text on white, ~12 pt at 300 dpi; `scan` adds rotation, blur and speckles."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = cjk_font(font_px, font_path)
    y = 200
    for line in lines:
        draw.text((200, y), line, font=font, fill=0)
        y += int(font_px * 1.6)
    if scan:
        rng = random.Random(7)  # noqa: S311 - reproducible noise, not security
        image = image.rotate(0.8, fillcolor=255, resample=Image.Resampling.BICUBIC)
        image = image.filter(ImageFilter.GaussianBlur(1.2))
        pixels = image.load()
        assert pixels is not None  # noqa: S101 - Pillow returns None only for empty images
        for _ in range(size[0] * size[1] // 150):
            pixels[rng.randrange(size[0]), rng.randrange(size[1])] = rng.choice((0, 255))
    return image


def encode(images: list[Image.Image], kind: str) -> bytes:
    """PNG/JPEG (first page), or multi-page TIFF/PDF."""
    out = io.BytesIO()
    first, rest = images[0], images[1:]
    if kind == "png":
        first.save(out, "PNG", dpi=(300, 300))
    elif kind == "jpeg":
        first.save(out, "JPEG", quality=85, dpi=(300, 300))
    elif kind == "tiff":
        first.save(out, "TIFF", save_all=True, append_images=rest, compression="tiff_deflate", dpi=(300, 300))
    elif kind == "pdf":
        first.save(out, "PDF", save_all=True, append_images=rest, resolution=300.0)
    else:
        raise ValueError(kind)
    return out.getvalue()
