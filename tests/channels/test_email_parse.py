"""The MIME parser: Chinese charsets, HTML, forwarded chains, attachments, any bytes."""

from __future__ import annotations

import base64

import channel_mails as mails
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xunshi.channels.email.parse import (
    MailParseError,
    decode_header_value,
    decode_text,
    html_to_text,
    mail_parse,
)


def test_gbk_bytes_under_gb2312_label_decode_without_replacement() -> None:
    parsed = mail_parse(mails.gbk_mislabelled())
    assert parsed.subject == "反映朱镕基同名局长问题"
    assert "朱镕喆" in parsed.text
    assert parsed.from_name == "张三"
    assert parsed.from_address == "zhang@example.org"
    assert "\ufffd" not in parsed.text + parsed.subject


def test_missing_charset_tries_utf8_then_gb18030() -> None:
    parsed = mail_parse(mails.no_charset_gb18030())
    assert parsed.text == "河间市䶮某收受礼金𠀀。"


def test_big5() -> None:
    parsed = mail_parse(mails.big5())
    assert parsed.subject == "繁體字主題"
    assert "滄縣某局長違規發放補貼" in parsed.text


@pytest.mark.parametrize("label", ["gb2312", "GBK", "cp936", "x-gbk", "gb18030"])
def test_gb_labels_read_as_gb18030(label: str) -> None:
    raw = "䶮𪚥镕".encode("gb18030")
    assert decode_text(raw, label) == "䶮𪚥镕"
    word = f"=?{label}?B?{base64.b64encode(raw).decode()}?="
    assert decode_header_value(word) == "䶮𪚥镕"


def test_html_only_mail_becomes_clean_text_without_script() -> None:
    parsed = mail_parse(mails.html_only())
    assert parsed.html_only
    assert "青县某镇党委书记" in parsed.text
    assert "违规&收礼\n两万元" in parsed.text
    assert "alert" not in parsed.text and "color" not in parsed.text
    assert "· 一" in parsed.text


def test_html_to_text_drops_markup() -> None:
    assert html_to_text("<div>甲<script>x()</script>乙</div><p>丙&nbsp;丁</p>") == "甲乙\n\n丙 丁"


def test_forwarded_and_quoted_chains_are_kept_whole() -> None:
    parsed = mail_parse(mails.forwarded())
    assert "转给巡视组" in parsed.text
    assert "> 之前的回复：已收到" in parsed.text
    assert "转发的邮件" in parsed.text and "原始举报" in parsed.text
    assert "南皮县某局长违规提拔亲属" in parsed.text


def test_attachments_are_extracted_with_decoded_names() -> None:
    parsed = mail_parse(mails.with_attachments())
    names = [name for name, _ in parsed.attachments]
    assert names == ["照片.png", "tool.exe"]


def test_content_hash_ignores_transport_headers() -> None:
    raw = mails.simple(1)
    rerouted = b"Received: from relay.example.net by mx\r\n" + raw
    assert mail_parse(raw).content_hash == mail_parse(rerouted).content_hash


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"x" * (61 * 1024 * 1024)])
def test_unreadable_input_is_a_clear_error(raw: bytes) -> None:
    with pytest.raises(MailParseError):
        mail_parse(raw)


def _mime_like() -> st.SearchStrategy[bytes]:
    header = st.sampled_from(
        [
            b"Subject: =?gb2312?B?",
            b"Content-Type: multipart/mixed; boundary=b\r\n",
            b"Content-Type: text/plain; charset=gbk\r\n",
            b"Content-Type: message/rfc822\r\n",
            b"Content-Transfer-Encoding: base64\r\n",
            b"Content-Disposition: attachment; filename*=gb2312''%D6%D0\r\n",
            b"--b\r\n",
            b"--b--\r\n",
            b"\r\n",
            b"From: =?utf-8?Q?=E4=B8?= <a@b>\r\n",
            b"Message-ID: <x@y>\r\n",
            b"Content-Type: text/html; charset=big5\r\n",
        ]
    )
    return st.lists(st.one_of(header, st.binary(max_size=80)), max_size=30).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2000), _mime_like()))
def test_any_bytes_give_a_parse_or_a_clear_error(raw: bytes) -> None:
    try:
        parsed = mail_parse(raw)
    except MailParseError as exc:
        assert str(exc)
        return
    text = parsed.text + parsed.subject + parsed.from_address + parsed.message_id
    assert "\x00" not in text
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
    assert len(parsed.content_hash) == 64
