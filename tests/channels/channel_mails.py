"""Hand-built test messages in the encodings Chinese mail really uses."""

from __future__ import annotations

import base64
from email.message import EmailMessage


def gbk_mislabelled(message_id: str = "<gbk-1@example.org>") -> bytes:
    """GBK bytes (镕 is outside GB2312) under a gb2312 label, subject and body."""
    subject = "反映朱镕基同名局长问题"
    body = "任丘市某局局长朱镕喆用公款宴请。\n"
    enc_subject = base64.b64encode(subject.encode("gbk")).decode()
    return (
        f"From: =?gb2312?B?{base64.b64encode('张三'.encode('gbk')).decode()}?= <zhang@example.org>\r\n"
        f"To: hbswxsz07@hebei.gov.cn\r\n"
        f"Subject: =?gb2312?B?{enc_subject}?=\r\n"
        f"Message-ID: {message_id}\r\n"
        "Date: Tue, 04 Aug 2015 10:00:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=gb2312\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode("ascii") + base64.encodebytes(body.encode("gbk"))


def no_charset_gb18030() -> bytes:
    return (
        b"From: someone@example.org\r\nSubject: no charset\r\nMessage-ID: <nocs@example.org>\r\n"
        b"Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "河间市䶮某收受礼金𠀀。".encode("gb18030")
    )


def big5() -> bytes:
    m = EmailMessage()
    m["From"] = "tw@example.org"
    m["Subject"] = "繁體字主題"
    m["Message-ID"] = "<big5@example.org>"
    m.set_content("滄縣某局長違規發放補貼。", charset="big5")
    return bytes(m)


def html_only() -> bytes:
    m = EmailMessage()
    m["From"] = "html@example.org"
    m["Subject"] = "HTML 邮件"
    m["Message-ID"] = "<html@example.org>"
    m.set_content(
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head>"
        "<body><p>青县某镇党委书记</p><p>违规&amp;收礼<br>两万元</p><ul><li>一</li><li>二</li></ul></body></html>",
        subtype="html",
        charset="utf-8",
    )
    return bytes(m)


def with_attachments(message_id: str = "<att@example.org>") -> bytes:
    m = EmailMessage()
    m["From"] = "att@example.org"
    m["Subject"] = "附件"
    m["Message-ID"] = message_id
    m.set_content("见附件照片。")
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
        b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    m.add_attachment(png, maintype="image", subtype="png", filename="照片.png")
    m.add_attachment(
        b"MZ\x90\x00" + b"\x00" * 200, maintype="application", subtype="octet-stream", filename="tool.exe"
    )
    return bytes(m)


def forwarded() -> bytes:
    inner = EmailMessage()
    inner["From"] = "original@example.org"
    inner["Subject"] = "原始举报"
    inner["Date"] = "Mon, 03 Aug 2015 09:00:00 +0800"
    inner.set_content("南皮县某局长违规提拔亲属。", charset="gb18030")
    outer = EmailMessage()
    outer["From"] = "fwd@example.org"
    outer["Subject"] = "Fwd: 原始举报"
    outer["Message-ID"] = "<fwd@example.org>"
    outer.set_content("转给巡视组，请核查。\n\n> 之前的回复：已收到\n> 谢谢")
    outer.add_attachment(inner)
    return bytes(outer)


def simple(n: int, *, text: str | None = None, charset: str = "gb18030") -> bytes:
    m = EmailMessage()
    m["From"] = f"reporter{n}@example.org"
    m["To"] = "hbswxsz07@hebei.gov.cn"
    m["Subject"] = f"反映问题第{n}号"
    m["Message-ID"] = f"<bulk-{n}@example.org>"
    m["Date"] = "Wed, 05 Aug 2015 10:00:00 +0800"
    m.set_content(text or f"东光县某局局长经常公车私用，第{n}封举报。", charset=charset)
    return bytes(m)
