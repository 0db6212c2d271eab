"""The one intake service: numbering, idempotency, flags, validation, attachments."""

from __future__ import annotations

import datetime as dt
import threading
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.utils import timezone

from xunshi.intake.lifecycle import Status, TransitionError
from xunshi.intake.models import Attachment, IdentityKind, Item, ItemEvent
from xunshi.intake.services import Identity, Incoming, item_receive, item_transition
from xunshi.intake.storage import attachment_path, read_bytes
from xunshi.intake.validation import IntakeError
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

SH = ZoneInfo("Asia/Shanghai")
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


def incoming(rnd: Round, kind: str = "po_box", **kw: object) -> Incoming:
    defaults: dict[str, object] = {
        "round": rnd,
        "channel": channel_for_kind(rnd, kind),
        "content": "反映青县某镇党委书记李某违规收受购物卡问题。",
        "received_at": dt.datetime(2015, 8, 10, 10, 0, tzinfo=SH),
    }
    defaults.update(kw)
    return Incoming(**defaults)  # type: ignore[arg-type]


@pytest.mark.django_db
def test_items_get_human_readable_numbers_in_sequence(seed_round: Round) -> None:
    first = item_receive(incoming(seed_round)).item
    second = item_receive(incoming(seed_round, "sms")).item
    assert (first.number, second.number) == ("HB7-00001", "HB7-00002")
    assert first.status == Status.REGISTERED and first.registered_at is not None
    event = ItemEvent.objects.get(item=first)
    assert event.kind == "registered" and "邮政信箱" in event.summary


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_clash(seed_round: Round) -> None:
    errors: list[BaseException] = []

    def register() -> None:
        try:
            for _ in range(5):
                item_receive(incoming(seed_round))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=register) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    seqs = sorted(Item.objects.values_list("seq", flat=True))
    assert seqs == list(range(1, 41))


@pytest.mark.django_db
def test_the_same_source_message_is_registered_once(seed_round: Round) -> None:
    first = item_receive(incoming(seed_round, "email", source_key="msgid:abc"))
    again = item_receive(incoming(seed_round, "email", source_key="msgid:abc", content="不同的正文"))
    assert first.created and not again.created
    assert again.item.pk == first.item.pk
    assert Item.objects.count() == 1


@pytest.mark.django_db
def test_phone_calls_outside_working_hours_are_marked(seed_round: Round) -> None:
    evening = item_receive(
        incoming(seed_round, "phone", received_at=dt.datetime(2015, 8, 11, 20, 0, tzinfo=SH))
    )
    morning = item_receive(
        incoming(seed_round, "phone", received_at=dt.datetime(2015, 8, 11, 9, 0, tzinfo=SH))
    )
    holiday = item_receive(
        incoming(seed_round, "phone", received_at=dt.datetime(2015, 9, 3, 9, 0, tzinfo=SH))
    )
    assert evening.item.after_hours and holiday.item.after_hours
    assert not morning.item.after_hours


@pytest.mark.django_db
def test_items_after_the_acceptance_period_are_kept_and_flagged_late(seed_round: Round) -> None:
    late = item_receive(incoming(seed_round, received_at=dt.datetime(2015, 10, 9, 9, 0, tzinfo=SH))).item
    assert late.late and Item.objects.filter(pk=late.pk).exists()


@pytest.mark.django_db
def test_received_time_is_stored_in_utc(seed_round: Round) -> None:
    item = item_receive(incoming(seed_round)).item
    item.refresh_from_db()
    assert item.received_at == dt.datetime(2015, 8, 10, 2, 0, tzinfo=dt.UTC)
    assert timezone.localtime(item.received_at).hour == 10


@pytest.mark.django_db
def test_identity_is_kept_apart_and_flags_say_what_is_present(seed_round: Round) -> None:
    item = item_receive(
        incoming(
            seed_round, identity_kind=IdentityKind.NAMED, identity=Identity(name="王五", phone="13800000000")
        )
    ).item
    assert item.has_name and item.has_contact
    assert item.identity.name == "王五"
    assert "王五" not in item.content
    anonymous = item_receive(incoming(seed_round, identity=Identity(email="x@example.org"))).item
    assert not anonymous.has_name and anonymous.has_contact


@pytest.mark.django_db
def test_attachments_live_on_disk_with_their_sha256(seed_round: Round) -> None:
    item = item_receive(incoming(seed_round, attachments=[("scan.png", PNG)])).item
    attachment = Attachment.objects.get(item=item)
    assert attachment.media_type == "image/png" and attachment.size == len(PNG)
    assert attachment_path(attachment.sha256).is_file()
    assert read_bytes(attachment.sha256) == PNG


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"content": "   "}, "不能为空"),
        ({"content": "字" * 20001}, "上限为 20000 字"),
        ({"content": "abc\x00def"}, "无效字符"),
        ({"attachments": [("a.exe", b"MZ\x90\x00" + b"\x00" * 100)]}, "文件类型不被接受"),
        ({"attachments": [("page.html", b"<html><script>alert(1)</script></html>")]}, "文件类型不被接受"),
        ({"attachments": [("photo.jpg", b"<html>renamed</html>")]}, "文件类型不被接受"),
        ({"attachments": [(f"{i}.png", PNG) for i in range(11)]}, "最多 10 个"),
        ({"identity_kind": IdentityKind.NAMED}, "须填写姓名"),
    ],
)
@pytest.mark.django_db
def test_bad_input_gets_a_clear_error_and_saves_nothing(
    seed_round: Round, kw: dict[str, object], message: str
) -> None:
    with pytest.raises(IntakeError, match=message):
        item_receive(incoming(seed_round, **kw))
    assert Item.objects.count() == 0
    seed_round.refresh_from_db()
    assert seed_round.next_number == 1


@pytest.mark.django_db
def test_oversize_attachment_names_the_limit(seed_round: Round, settings: object) -> None:
    settings.XUNSHI_MAX_ATTACHMENT_BYTES = 1024  # type: ignore[attr-defined]
    with pytest.raises(IntakeError, match="单个附件上限"):
        item_receive(incoming(seed_round, attachments=[("big.png", PNG + b"\x00" * 2000)]))


@pytest.mark.django_db
def test_lifecycle_stamps_each_state_and_refuses_skips(seed_round: Round) -> None:
    item = item_receive(incoming(seed_round)).item
    with pytest.raises(TransitionError):
        item_transition(item=item, to=Status.CLOSED, actor=None)
    item = item_transition(item=item, to=Status.TRIAGED, actor=None, note="属受理范围")
    item = item_transition(item=item, to=Status.DISPOSED, actor=None)
    assert item.triaged_at is not None and item.disposed_at is not None
    kinds = list(item.events.values_list("kind", flat=True))
    assert kinds == ["registered", "status", "status"]


@pytest.mark.django_db
def test_channel_for_kind_is_the_rounds_first_of_that_kind_as_it_is_now(seed_round: Round) -> None:
    from django.test.utils import CaptureQueriesContext

    from xunshi.rounds.models import Channel
    from xunshi.rounds.selectors import RoundNotFound

    boxes = list(seed_round.channels.filter(kind="box").order_by("order", "id"))
    assert len(boxes) > 1
    found = channel_for_kind(seed_round, "box")
    assert found == boxes[0] and found.settings == boxes[0].settings
    with CaptureQueriesContext(connection) as queries:
        assert found.round is seed_round
    assert not queries.captured_queries
    # An edit at the workbench counts at once: nothing is kept between calls.
    Channel.objects.filter(pk=boxes[1].pk).update(order=boxes[0].order - 1 if boxes[0].order else 0)
    if boxes[0].order == 0:
        Channel.objects.filter(pk=boxes[0].pk).update(order=1)
    assert channel_for_kind(seed_round, "box") == boxes[1]
    Channel.objects.filter(round=seed_round, kind="web").delete()
    with pytest.raises(RoundNotFound, match="网上"):
        channel_for_kind(seed_round, "web")
