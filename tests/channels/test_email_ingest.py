"""E-mail into the intake: `xunshi ingest eml|mbox`, dedupe, attachments, raw message."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import channel_mails as mails
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xunshi.channels.email.ingest import mail_ingest
from xunshi.channels.models import MailRecord
from xunshi.cli.main import main
from xunshi.intake.models import Item
from xunshi.intake.storage import read_bytes
from xunshi.rounds.models import Channel


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]]]:
    status = main(list(argv))
    out = capsys.readouterr().out
    return status, [json.loads(line) for line in out.splitlines() if line.strip()]


def test_ingest_eml_twice_prints_duplicate_of(
    email_channel: Channel, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(mails.gbk_mislabelled())
    status, [first] = run_cli(capsys, "ingest", "eml", str(path))
    assert status == 0
    assert set(first) == {"source", "item", "duplicate_of", "error"}
    assert first["error"] is None and first["duplicate_of"] is None
    number = first["item"]
    assert isinstance(number, str)
    status, [second] = run_cli(capsys, "ingest", "eml", str(path), "--round", email_channel.round.slug)
    assert second == {"source": str(path), "item": None, "duplicate_of": number, "error": None}
    item = Item.objects.get(number=number)
    assert item.subject == "反映朱镕基同名局长问题"
    assert "朱镕喆" in item.content
    assert item.identity.email == "zhang@example.org"
    record = MailRecord.objects.get(item=item)
    assert read_bytes(record.raw_sha256) == mails.gbk_mislabelled()
    assert item.channel_detail["raw_sha256"] == record.raw_sha256


def test_same_content_under_another_message_id_is_a_duplicate(email_channel: Channel) -> None:
    rnd = email_channel.round
    first = mail_ingest(round=rnd, channel=email_channel, raw=mails.gbk_mislabelled("<a@x>"), source="a")
    again = mail_ingest(round=rnd, channel=email_channel, raw=mails.gbk_mislabelled("<b@x>"), source="b")
    assert first.item and again.duplicate_of == first.item
    assert Item.objects.count() == 1


def test_forbidden_attachment_is_recorded_as_skipped(email_channel: Channel) -> None:
    result = mail_ingest(
        round=email_channel.round, channel=email_channel, raw=mails.with_attachments(), source="x"
    )
    item = Item.objects.get(number=result.item)
    assert [a.original_name for a in item.attachments.all()] == ["照片.png"]
    skipped = item.events.filter(kind="attachment_skipped")
    assert [e.data["name"] for e in skipped] == ["tool.exe"]
    assert "类型不被接受" in skipped[0].data["reason"]


def test_ingest_mbox(email_channel: Channel, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(str(path))
    for raw in (mails.simple(1), mails.big5(), mails.html_only(), mails.simple(1)):
        box.add(raw)
    box.flush()
    box.close()
    status, lines = run_cli(capsys, "ingest", "mbox", str(path))
    assert status == 0
    assert [bool(line["item"]) for line in lines] == [True, True, True, False]
    assert lines[3]["duplicate_of"] == lines[0]["item"]
    assert Item.objects.count() == 3


def test_unreadable_file_is_an_error_line(email_channel: Channel, capsys: pytest.CaptureFixture[str]) -> None:
    status, [line] = run_cli(capsys, "ingest", "eml", "/nonexistent/x.eml")
    assert status == 1 and line["error"] and line["item"] is None


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=600))
def test_any_bytes_give_an_item_or_a_clear_error(email_channel: Channel, raw: bytes) -> None:
    result = mail_ingest(round=email_channel.round, channel=email_channel, raw=raw, source="fuzz")
    assert bool(result.item) + bool(result.duplicate_of) + bool(result.error) == 1
