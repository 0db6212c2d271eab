"""E-mail bytes to what the desk registers: decoded subject, sender, body text and files.

Chinese mail often carries a GB2312 label on GBK (or GB18030) bytes, which Python's
codecs decode with silent U+FFFD. Every GB label is therefore read as GB18030, a strict
superset; an unlabelled part is tried as UTF-8, then GB18030. Forwarded messages
(message/rfc822 parts) and quoted reply chains are kept in the text, whole.

`mail_parse` accepts any bytes: it returns a ParsedMail or raises MailParseError.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.utils
import hashlib
import html
import re
from dataclasses import dataclass, field
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from html.parser import HTMLParser

MAX_RAW_BYTES = 60 * 1024 * 1024
MAX_DEPTH = 8

GB_LABELS = {
    "gb2312",
    "gbk",
    "cp936",
    "x-gbk",
    "gb_2312-80",
    "gb_2312",
    "euc-cn",
    "x-euc-cn",
    "csgb2312",
    "ms936",
    "windows-936",
    "gb18030",
    "chinese",
    "csgbk",
    "x-gb2312",
    "hz-gb-2312",
}
BIG5_LABELS = {"big5", "big5-hkscs", "x-big5", "cn-big5", "csbig5", "big5hkscs", "cp950", "x-x-big5"}


class MailParseError(ValueError):
    """Bytes that cannot be read as an e-mail at all; the message says why."""


@dataclass
class ParsedMail:
    message_id: str
    subject: str
    from_name: str
    from_address: str
    date: dt.datetime | None
    text: str
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    html_only: bool = False

    @property
    def content_hash(self) -> str:
        """Same sender, date, subject, text and files: the same message, whatever its transport headers."""
        h = hashlib.sha256()
        for part in (
            self.from_address.lower(),
            self.date.isoformat() if self.date else "",
            self.subject,
            re.sub(r"\s+", "", self.text),
        ):
            h.update(part.encode("utf-8", "replace") + b"\x00")
        for _name, data in sorted(self.attachments, key=lambda a: hashlib.sha256(a[1]).hexdigest()):
            h.update(hashlib.sha256(data).digest())
        return h.hexdigest()


def codec_for(label: str | None) -> str | None:
    if not label:
        return None
    name = label.strip().strip('"').strip("'").lower()
    if name in GB_LABELS:
        return "gb18030"
    if name in BIG5_LABELS:
        return "big5hkscs"
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def decode_text(data: bytes, label: str | None) -> str:
    """Bytes in a declared (or missing, or wrong) charset to text; never raises."""
    tried: list[str] = []
    codec = codec_for(label)
    for candidate in ([codec] if codec else []) + ["utf-8", "gb18030"]:
        if candidate in tried:
            continue
        tried.append(candidate)
        try:
            return _safe(data.decode(candidate))
        except (UnicodeDecodeError, LookupError):
            continue
    return _safe(data.decode(codec or "gb18030", errors="replace"))


def _safe(text: str) -> str:
    # NULs and lone surrogates are refused by the intake; they carry no meaning in mail text.
    text = text.replace("\x00", "")
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def decode_header_value(value: object) -> str:
    """An RFC 2047 header (or raw 8-bit one) to text, with the GB rule applied per encoded word."""
    if value is None:
        return ""
    raw = str(value)
    if _has_surrogate(raw):
        # 8-bit header bytes kept by the parser as surrogate escapes: undo and decode them.
        raw = decode_text(raw.encode("ascii", "surrogateescape"), None)
    try:
        chunks = decode_header(raw)
    except Exception:  # malformed encoded words: show the header as it came
        return _one_line(raw)
    out = []
    for chunk, label in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_text(chunk, label))
        else:
            out.append(chunk)
    return _one_line("".join(out))


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", _safe(text)).strip()


class _HtmlText(HTMLParser):
    BLOCK = {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "table",
        "ul",
        "ol",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "dt",
        "dd",
    }
    SKIP = {"script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("· ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "hr"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; anything left is shown as unescaped text
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    lines = [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


@dataclass
class _Acc:
    texts: list[str] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)
    html_only: bool = True


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # broken transfer encoding: keep what the part holds as text
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _part_text(part: Message) -> str:
    return decode_text(_payload(part), part.get_content_charset())


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:  # RFC 2231 parameters in an unknown charset
        name = None
    return decode_header_value(name)[:200] if name else ""


def _is_attachment(part: Message) -> bool:
    # str(): a header with undecodable bytes comes back as an email.header.Header object.
    disposition = str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    if disposition == "attachment":
        return True
    return part.get_content_maintype() not in {"text", "multipart", "message"} or (
        bool(_filename(part)) and disposition != "inline"
    )


def _headers_block(msg: Message) -> str:
    lines = []
    for header, label in (("From", "发件人"), ("Date", "时间"), ("To", "收件人"), ("Subject", "主题")):
        value = decode_header_value(msg.get(header))
        if value:
            lines.append(f"{label}：{value}")
    return "\n".join(lines)


def _collect(part: Message, acc: _Acc, depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or (part.is_multipart() and ctype.startswith("message/")):
        inner = part.get_payload()
        inner_list = inner if isinstance(inner, list) else []
        for sub in inner_list:
            if isinstance(sub, Message):
                acc.texts.append("---------- 转发的邮件 ----------\n" + _headers_block(sub))
                _collect(sub, acc, depth + 1)
        return
    if part.is_multipart():
        subs = [s for s in (part.get_payload() or []) if isinstance(s, Message)]
        if ctype == "multipart/alternative" and subs:
            plain = [s for s in subs if s.get_content_type() == "text/plain" and not _is_attachment(s)]
            _collect(plain[-1] if plain else subs[-1], acc, depth + 1)
            return
        for sub in subs:
            _collect(sub, acc, depth + 1)
        return
    if _is_attachment(part):
        data = _payload(part)
        name = _filename(part) or f"附件{len(acc.files) + 1}"
        acc.files.append((name, data))
        return
    if ctype == "text/html":
        acc.texts.append(html_to_text(_part_text(part)))
        return
    acc.html_only = False
    acc.texts.append(_part_text(part).replace("\r\n", "\n").strip())


def _date(msg: Message) -> dt.datetime | None:
    raw = msg.get("Date")
    if not raw:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or parsed.tzinfo is None:
        return None
    return parsed


def mail_parse(raw: bytes) -> ParsedMail:
    if not isinstance(raw, bytes | bytearray):
        raise MailParseError("邮件内容必须是字节")
    if not raw.strip():
        raise MailParseError("邮件为空")
    if len(raw) > MAX_RAW_BYTES:
        raise MailParseError(f"邮件过大：{len(raw) / 1048576:.1f} MB，上限 {MAX_RAW_BYTES // 1048576} MB")
    try:
        msg = email.message_from_bytes(bytes(raw), policy=compat32)
    except Exception as exc:  # the stdlib parser is lenient; a crash here means unreadable bytes
        raise MailParseError(f"无法解析邮件：{type(exc).__name__}") from exc
    acc = _Acc()
    try:
        _collect(msg, acc, 0)
    except RecursionError as exc:
        raise MailParseError("邮件结构嵌套过深") from exc
    name, address = email.utils.parseaddr(decode_header_value(msg.get("From")))
    message_id = decode_header_value(msg.get("Message-ID")).strip().strip("<>").strip()
    text = "\n\n".join(t for t in acc.texts if t.strip())
    return ParsedMail(
        message_id=message_id[:500],
        subject=decode_header_value(msg.get("Subject")),
        from_name=name,
        from_address=address,
        date=_date(msg),
        text=text,
        attachments=acc.files,
        html_only=acc.html_only and bool(acc.texts),
    )
