"""SMS: numbers, inbox files, reassembly of long messages, the signed webhook, receive-only."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xunshi.channels.models import SmsGroup, WebhookNonce
from xunshi.channels.sms.gammu import SmsFileError, decode_sms_file, inbox_ingest, parse_name, read_inbox
from xunshi.channels.sms.numbers import normalize_number
from xunshi.channels.sms.outbound import sms_send
from xunshi.channels.sms.reassembly import sms_reassembly_flush
from xunshi.channels.sms.receive import Concat, ReceiveOnly, sms_receive
from xunshi.channels.sms.webhook import MAX_SKEW_SECONDS, webhook_key, webhook_sign
from xunshi.intake.models import Item
from xunshi.rounds.models import Channel


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("15830645642", "+8615830645642"),
        ("+86 158 3064 5642", "+8615830645642"),
        ("0086-15830645642", "+8615830645642"),
        ("8615830645642", "+8615830645642"),
        ("０３１７－５５２８３５９", "+863175528359"),
        ("0317-5528359", "+863175528359"),
        ("(0317) 5528359", "+863175528359"),
        ("+86 317 5528359", "+863175528359"),
        ("010-12345678", "+861012345678"),
        ("5528359", "5528359"),
        ("10086", "10086"),
        ("+1 202 555 0100", "+12025550100"),
        ("ChinaBank", "ChinaBank"),
    ],
)
def test_numbers_are_normalised(raw: str, expected: str) -> None:
    assert normalize_number(raw) == expected


def utf16(text: str, tail: bytes = b"") -> bytes:
    return b"\xfe\xff" + text.encode("utf-16-be") + b"\x00\x00" * 3 + tail


def test_inbox_file_is_cut_at_first_nul() -> None:
    assert decode_sms_file(utf16("巡视组你好", tail=b"\x12\x34junk")) == "巡视组你好"


def test_inbox_file_in_standard_format_is_utf8() -> None:
    assert decode_sms_file("巡视组你好".encode()) == "巡视组你好"


def test_inbox_name() -> None:
    name = parse_name("IN20261126_031111_00_+8615830645642_01.txt")
    assert name is not None and name.sender == "+8615830645642" and name.part == 1
    assert name.group_key == "20261126_031111_00_+8615830645642"
    assert parse_name("OUT123.txt") is None


def write_inbox(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "IN20150805_101500_00_+8615830645642_00.txt").write_bytes(utf16("东光县某局长公车私用。"))
    (directory / "IN20150805_101600_01_13912345678_00.txt").write_bytes(utf16("第一段，"))
    (directory / "IN20150805_101600_01_13912345678_01.txt").write_bytes(utf16("第二段。"))
    (directory / "IN20150805_101700_02_0317-5528359_00.txt").write_bytes(utf16("甲"))
    (directory / "IN20150805_101700_02_0317-5528359_02.txt").write_bytes(utf16("丙"))


def test_inbox_ingest_groups_parts_and_never_doubles(sms_channel: Channel, tmp_path: Path) -> None:
    write_inbox(tmp_path / "inbox")
    results = inbox_ingest(channel=sms_channel, directory=tmp_path / "inbox")
    assert [r.error for r in results] == [None, None, None]
    items = {i.content: i for i in Item.objects.all()}
    assert set(items) == {"东光县某局长公车私用。", "第一段，第二段。", "甲丙"}
    assert items["第一段，第二段。"].identity.sender == "+8613912345678"
    assert items["甲丙"].channel_detail["missing_parts"] == [1]
    again = inbox_ingest(channel=sms_channel, directory=tmp_path / "inbox", archive=tmp_path / "done")
    assert all(r.duplicate_of for r in again)
    assert Item.objects.count() == 3
    assert not list((tmp_path / "inbox").glob("IN*")) and len(list((tmp_path / "done").iterdir())) == 5


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_inbox_file_bytes_give_text_or_a_clear_error(data: bytes) -> None:
    try:
        text = decode_sms_file(data)
    except SmsFileError as exc:
        assert str(exc)
        return
    assert "\x00" not in text
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_file_name_parses_or_is_refused(name: str) -> None:
    parsed = parse_name(name)
    if parsed is not None:
        with contextlib.suppress(SmsFileError):
            assert parsed.received_at().tzinfo is not None


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name_tail=st.text(alphabet="0123456789+_abc", max_size=20), data=st.binary(max_size=300))
def test_any_inbox_gives_items_or_clear_errors(
    sms_channel: Channel, tmp_path_factory: pytest.TempPathFactory, name_tail: str, data: bytes
) -> None:
    directory = tmp_path_factory.mktemp("inbox")
    (directory / f"IN20150805_101500_00_{name_tail}.txt").write_bytes(data)
    (directory / "IN_bad.txt").write_bytes(data)
    messages, bad = read_inbox(directory)
    assert len(messages) + len(bad) >= 1
    for result in inbox_ingest(channel=sms_channel, directory=directory):
        assert bool(result.item) + bool(result.duplicate_of) + bool(result.error) == 1


def part(
    channel: Channel, seq: int, text: str, *, total: int = 3, ref: int = 42, sender: str = "13912345678"
):  # type: ignore[no-untyped-def]
    return sms_receive(
        channel=channel,
        sender=sender,
        text=text,
        received_at=timezone.now(),
        source=f"p{seq}",
        concat=Concat(ref=ref, seq=seq, total=total),
    )


def test_parts_in_any_order_make_one_item(sms_channel: Channel) -> None:
    assert part(sms_channel, 3, "丙。").pending
    assert part(sms_channel, 1, "甲，").pending
    assert part(sms_channel, 1, "甲，").pending  # a retry of a part changes nothing
    done = part(sms_channel, 2, "乙，")
    assert done.item
    item = Item.objects.get(number=done.item)
    assert item.content == "甲，乙，丙。" and not item.channel_detail["incomplete"]
    assert part(sms_channel, 2, "乙，").duplicate_of == done.item
    assert Item.objects.count() == 1


def test_pending_parts_keep_the_sender_encrypted(sms_channel: Channel) -> None:
    from django.db import connection

    assert part(sms_channel, 1, "甲，", sender="+8613912345678").pending
    with connection.cursor() as cursor:
        cursor.execute("SELECT sender, sender_key FROM channels_smsgroup")
        stored = cursor.fetchall()
    assert stored and all("13912345678" not in value for row in stored for value in row)
    assert SmsGroup.objects.get().sender == "+8613912345678"
    # parts from the same sender still meet in one group
    assert part(sms_channel, 2, "乙，", sender="+8613912345678").pending
    assert SmsGroup.objects.count() == 1


def test_missing_part_times_out_then_late_part_is_merged(sms_channel: Channel) -> None:
    sms_channel.settings = {"reassembly_wait_seconds": 60}
    sms_channel.save()
    part(sms_channel, 1, "甲，")
    part(sms_channel, 3, "丙。")
    assert sms_reassembly_flush() == []  # still within the wait
    [result] = sms_reassembly_flush(now=timezone.now() + dt.timedelta(seconds=61))
    item = Item.objects.get(number=result.item)
    assert item.channel_detail["incomplete"] and item.channel_detail["missing_parts"] == [2]
    assert "缺第 2 段" in item.content
    assert item.events.filter(kind="sms_incomplete").exists()
    late = part(sms_channel, 2, "乙，")
    assert late.duplicate_of == item.number
    [supplement] = item.supplements.all()
    assert "乙，" in supplement.content and "2/3" in supplement.content
    assert item.events.filter(kind="sms_complete").exists()
    assert not SmsGroup.objects.get(item=item).incomplete
    assert Item.objects.count() == 1


def test_outbound_sms_is_refused(sms_channel: Channel) -> None:
    assert sms_channel.receive_only
    with pytest.raises(ReceiveOnly):
        sms_send(channel=sms_channel, to="13912345678", text="收到")


def post_webhook(
    client: Client,
    channel: Channel,
    payload: dict[str, object],
    *,
    ts: int | None = None,
    key: bytes | None = None,
    signature: str | None = None,
):  # type: ignore[no-untyped-def]
    body = json.dumps(payload, ensure_ascii=False).encode()
    stamp = str(ts if ts is not None else int(time.time()))
    sig = signature or webhook_sign(key=key or webhook_key(), timestamp=stamp, body=body)
    return client.post(
        f"/workbench/channels/sms/webhook/{channel.pk}/",
        data=body,
        content_type="application/json",
        HTTP_X_XUNSHI_TIMESTAMP=stamp,
        HTTP_X_XUNSHI_SIGNATURE=sig,
    )


def test_webhook_registers_once_per_gateway_message(sms_channel: Channel, public: Client) -> None:
    payload = {"id": "gw-1", "from": "+86 139 1234 5678", "text": "青县某镇书记收礼。"}
    assert post_webhook(public, sms_channel, payload).json() == {"status": "registered"}
    time.sleep(1.01)  # a gateway retry is a new request with a new timestamp and signature
    assert post_webhook(public, sms_channel, payload).json() == {"status": "duplicate"}
    item = Item.objects.get()
    assert item.content == "青县某镇书记收礼。" and item.identity.sender == "+8613912345678"


def test_webhook_long_message_in_parts(sms_channel: Channel, public: Client) -> None:
    for seq, text in ((2, "乙"), (1, "甲")):
        payload = {
            "id": f"gw-p{seq}",
            "from": "13912345678",
            "text": text,
            "concat": {"ref": 9, "seq": seq, "total": 2},
        }
        response = post_webhook(public, sms_channel, payload)
    assert response.json() == {"status": "registered"}
    assert Item.objects.get().content == "甲乙"


def test_webhook_refuses_bad_signature_stale_and_replayed(sms_channel: Channel, public: Client) -> None:
    payload = {"id": "gw-2", "from": "13912345678", "text": "x"}
    assert post_webhook(public, sms_channel, payload, key=b"wrong").status_code == 401
    # Well past the allowed skew: a whole second short of it, a slow machine's request
    # (the stamp is truncated, the server reads the clock later) could still be in time.
    skewed = MAX_SKEW_SECONDS + 10
    assert post_webhook(public, sms_channel, payload, ts=int(time.time()) - skewed).status_code == 401
    assert post_webhook(public, sms_channel, payload, ts=int(time.time()) + skewed).status_code == 401
    stamp = int(time.time())
    assert post_webhook(public, sms_channel, payload, ts=stamp).status_code == 200
    assert post_webhook(public, sms_channel, payload, ts=stamp).status_code == 409
    assert WebhookNonce.objects.count() == 1
    assert Item.objects.count() == 1
    assert public.get(f"/workbench/channels/sms/webhook/{sms_channel.pk}/").status_code == 405


def test_webhook_refuses_bad_body(sms_channel: Channel, public: Client) -> None:
    body = b"not json"
    stamp = str(int(time.time()))
    response = public.post(
        f"/workbench/channels/sms/webhook/{sms_channel.pk}/",
        data=body,
        content_type="application/json",
        HTTP_X_XUNSHI_TIMESTAMP=stamp,
        HTTP_X_XUNSHI_SIGNATURE=webhook_sign(key=webhook_key(), timestamp=stamp, body=body),
    )
    assert response.status_code == 400
    assert post_webhook(public, sms_channel, {"from": "1", "text": "x"}).status_code == 400


def test_webhook_only_for_sms_channels(sms_channel: Channel, public: Client) -> None:
    email = sms_channel.round.channels.get(kind=Channel.Kind.EMAIL)
    assert post_webhook(public, email, {"id": "1", "from": "1", "text": "x"}).status_code == 404


@pytest.mark.django_db
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sender=st.text(max_size=30),
    text=st.text(max_size=300),
    concat=st.none() | st.tuples(st.integers(-5, 70000), st.integers(-2, 300), st.integers(-2, 300)),
)
def test_any_sms_gives_an_item_a_pending_part_or_a_clear_error(
    sms_channel: Channel, sender: str, text: str, concat: tuple[int, int, int] | None
) -> None:
    result = sms_receive(
        channel=sms_channel,
        sender=sender,
        text=text,
        received_at=timezone.now(),
        source="fuzz",
        concat=Concat(ref=concat[0], seq=concat[1], total=concat[2]) if concat else None,
    )
    outcomes = [bool(result.item), bool(result.duplicate_of), bool(result.error), result.pending]
    assert sum(outcomes) == 1 or (result.pending and not result.item and not result.error)


@pytest.mark.integration
def test_an_outbox_written_relative_to_the_config_is_the_configs_own_folder(
    sms_channel: Channel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.channels.channel_components import gammu_rc, need, read_smsd_outbox

    need("gammu-smsd-inject")
    root = tmp_path / "smsd"
    rc = gammu_rc(root)
    # A config may name its folders relative to itself ("outbox/").
    rc.write_text(rc.read_text().replace(f"outboxpath = {root}/outbox/", "outboxpath = outbox/"))
    elsewhere = tmp_path / "worker"
    elsewhere.mkdir()
    (elsewhere / "outbox").mkdir()
    monkeypatch.chdir(elsewhere)  # the worker runs from some other folder
    sms_channel.receive_only = False
    sms_channel.settings = {"smsd_config": str(rc)}
    sms_channel.save(update_fields=["receive_only", "settings"])
    assert sms_send(channel=sms_channel, to="13912345678", text="您反映的问题已转交。") == 1
    assert read_smsd_outbox(root / "outbox") == [("+8613912345678", "您反映的问题已转交。", 1)]
    assert not list((elsewhere / "outbox").iterdir())
