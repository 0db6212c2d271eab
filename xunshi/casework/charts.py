"""Bar charts drawn on the server as SVG: no script, no inline style (the CSP allows
neither), only presentation attributes, so they print and work offline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR = "#b71c1c"
MUTED = "#666666"


@dataclass(frozen=True)
class Chart:
    title: str
    svg: SafeString
    empty: bool


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def hbar(title: str, data: Sequence[tuple[str, int]], *, width: int = 420) -> Chart:
    """Horizontal bars: one row per label (counties, channels, categories, persons)."""
    if not data:
        return Chart(title, mark_safe(""), True)
    row, label_w, pad = 22, 150, 40
    height = row * len(data) + 10
    top = max(v for _, v in data) or 1
    scale = (width - label_w - pad) / top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{escape(title)}</title>'
    ]
    for n, (label, value) in enumerate(data):
        y = 5 + n * row
        w = max(value * scale, 1 if value else 0)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12" fill="{MUTED}">'
            f"{escape(label[:14])}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{_num(w)}" height="{row - 8}" fill="{BAR}">'
            f"<title>{escape(label)}：{value}</title></rect>"
            f'<text x="{_num(label_w + w + 4)}" y="{y + 15}" font-size="12">{value}</text>'
        )
    parts.append("</svg>")
    # Every label and value above went through escape(); the markup is ours.
    return Chart(title, mark_safe("".join(parts)), False)  # noqa: S308


def vbar(title: str, data: Sequence[tuple[str, int]], *, height: int = 180) -> Chart:
    """Vertical bars over time (items per day)."""
    if not data:
        return Chart(title, mark_safe(""), True)
    col = max(8, min(28, 760 // len(data)))
    width = col * len(data) + 40
    base = height - 30
    top = max(v for _, v in data) or 1
    scale = (base - 20) / top
    # A label takes about 34px at this font size; thin them out so they never overlap.
    step = max(1, -(-34 // col), len(data) // 12)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{escape(title)}</title>'
        f'<line x1="30" y1="{base}" x2="{width}" y2="{base}" stroke="{MUTED}" stroke-width="1"/>'
        f'<text x="26" y="24" text-anchor="end" font-size="11" fill="{MUTED}">{top}</text>'
    ]
    for n, (label, value) in enumerate(data):
        x = 32 + n * col
        h = value * scale
        parts.append(
            f'<rect x="{x}" y="{_num(base - h)}" width="{col - 2}" height="{_num(h)}" fill="{BAR}">'
            f"<title>{escape(label)}：{value}</title></rect>"
        )
        if n % step == 0:
            parts.append(
                f'<text x="{x + (col - 2) / 2:.1f}" y="{base + 14}" text-anchor="middle" font-size="10" '
                f'fill="{MUTED}">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Chart(title, mark_safe("".join(parts)), False)  # noqa: S308 - escaped above
