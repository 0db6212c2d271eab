"""Checks on outside input before anything is written. Errors carry a message for the
person who sent it, stating the limit that was exceeded."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from io import BytesIO

import filetype
from django.conf import settings


class IntakeError(ValueError):
    """Input that cannot be registered as given; the message is shown to the sender."""


# Media types accepted as attachments, decided from the bytes (never the file name).
ALLOWED_MEDIA = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/tiff": "tif",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/heic": "heic",
    "application/pdf": "pdf",
    "audio/mpeg": "mp3",
    "audio/x-wav": "wav",
    "audio/amr": "amr",
    "audio/mp4": "m4a",
    "audio/m4a": "m4a",
    "video/mp4": "mp4",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "text/plain": "txt",
}
ALLOWED_LABEL = (
    "图片（JPG、PNG、TIFF、GIF、WEBP）、PDF、Word、Excel、音频（MP3、WAV、AMR、M4A）、MP4 视频、纯文本"
)

_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# The characters clean_text drops: Unicode categories Cc (controls) and Cf (invisible
# format characters: bidi overrides, zero-width spaces, BOM …), except line feed, tab and
# the zero-width joiner, which composes emoji and some scripts. Written out as ranges so a
# report is cleaned by one regex pass in C rather than a Python call per character (every
# web report goes through here several times); tests/intake/test_validation.py checks the
# ranges against `unicodedata` over every code point, so a Python with a newer Unicode
# database that adds format characters fails that test instead of letting them through.
DROPPED_RANGES = (
    (0x0000, 0x0008), (0x000B, 0x001F), (0x007F, 0x009F), (0x00AD, 0x00AD), (0x0600, 0x0605),
    (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2),
    (0x180E, 0x180E), (0x200B, 0x200C), (0x200E, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)
_DROPPED = re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in DROPPED_RANGES) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # category Cs: half of a pair, never a character


def clean_text(value: str | None, *, field: str, required: bool = True, max_chars: int | None = None) -> str:
    """Normalise line ends and Unicode form; refuse control characters and oversize text."""
    limit = max_chars or settings.XUNSHI_MAX_TEXT_CHARS
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n").replace("\r", "\n"))
    if "\x00" in text:
        raise IntakeError(f"{field}含有无效字符（NUL），请检查文字编码")
    if _SURROGATE.search(text):
        raise IntakeError(f"{field}含有无效的编码字符")
    text = _DROPPED.sub("", text).strip()
    if required and not text:
        raise IntakeError(f"{field}不能为空")
    if len(text) > limit:
        raise IntakeError(f"{field}过长：共 {len(text)} 字，上限为 {limit} 字，请精简或作为附件上传")
    return text


def decode_bytes(raw: bytes, *, field: str) -> str:
    """Decode text from outside: UTF-8, else GB18030 (a superset of GB2312 and GBK)."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IntakeError(f"{field}的文字编码无法识别（支持 UTF-8、GBK/GB18030）")


@dataclass(frozen=True)
class CheckedFile:
    name: str
    data: bytes
    media_type: str


def detect_media_type(data: bytes) -> str | None:
    kind = filetype.guess(data)
    if kind is not None:
        mime = str(kind.mime)
        if mime == "application/zip":
            return _ooxml_type(data)
        return mime
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "application/msword"  # OLE2: legacy Word/Excel
    if _looks_like_text(data):
        return "text/plain"
    return None


def _ooxml_type(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    for prefix, mime in _OOXML.items():
        if any(n.startswith(prefix) for n in names):
            return mime
    return None


def _looks_like_text(data: bytes) -> bool:
    if b"\x00" in data[:4096]:
        return False
    head = data[:65536]
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            # a cut multi-byte sequence at the end of the sample is fine
            try:
                text = head[:-3].decode(encoding)
            except UnicodeDecodeError:
                continue
        lowered = text.lstrip().lower()
        # HTML or SVG would render in a browser; they are not plain text for us.
        return not lowered.startswith(("<!doctype", "<html", "<svg", "<?xml", "<script"))
    return False


def check_attachments(files: list[tuple[str, bytes]]) -> list[CheckedFile]:
    max_count = settings.XUNSHI_MAX_ATTACHMENTS
    max_bytes = settings.XUNSHI_MAX_ATTACHMENT_BYTES
    if len(files) > max_count:
        raise IntakeError(f"附件过多：共 {len(files)} 个，最多 {max_count} 个")
    checked = []
    for name, data in files:
        shown = name or "未命名文件"
        if not data:
            raise IntakeError(f"附件“{shown}”是空文件")
        if len(data) > max_bytes:
            raise IntakeError(
                f"附件“{shown}”过大：{len(data) / 1048576:.1f} MB，单个附件上限 {max_bytes // 1048576} MB"
            )
        media = detect_media_type(data)
        if media is None or media not in ALLOWED_MEDIA:
            raise IntakeError(f"附件“{shown}”的文件类型不被接受。可接受：{ALLOWED_LABEL}")
        checked.append(CheckedFile(name=name[:255], data=data, media_type=media))
    return checked
