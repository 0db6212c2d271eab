"""The staff workbench: registering letters, calls, visits and box batches; lists; access."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from xunshi.intake.models import BoxCollection, Item, ItemEvent
from xunshi.intake.services import Identity, Incoming, item_receive
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


def csrf(client: Client, url: str) -> str:
    html = client.get(url).content.decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, html[:300]
    return match.group(1)


def local_now() -> str:
    return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


def make_item(rnd: Round, county: str | None, content: str, **kw: object) -> Item:
    return item_receive(
        Incoming(
            round=rnd,
            channel=channel_for_kind(rnd, "po_box"),
            content=content,
            received_at=timezone.now(),
            target=rnd.targets.get(name=county) if county else None,
            **kw,
        )  # type: ignore[arg-type]
    ).item


@pytest.mark.django_db
def test_login_is_required(client: Client) -> None:
    for url in ("/workbench/", "/workbench/register/letter/", "/workbench/boxes/"):
        response = client.get(url)
        assert response.status_code == 302 and "/workbench/login/" in response["Location"]


@pytest.mark.django_db
def test_register_a_letter_with_a_scan(leader: Client, demo_round: Round) -> None:
    token = csrf(leader, "/workbench/register/letter/")
    response = leader.post(
        "/workbench/register/letter/",
        {
            "csrfmiddlewaretoken": token,
            "channel": channel_for_kind(demo_round, "po_box").pk,
            "received_at": local_now(),
            "postmark_date": timezone.localdate().isoformat(),
            "pages": 3,
            "identity_kind": "named",
            "name": "赵六",
            "address": "河间市某村",
            "target": demo_round.targets.get(name="河间市").pk,
            "accused_name": "孙某",
            "accused_position": "局长",
            "accused_unit": "河间市交通局",
            "content": "反映河间市交通局局长孙某插手工程招投标。",
            "attachments": SimpleUploadedFile("p1.png", PNG),
        },
    )
    item = Item.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/workbench/items/{item.number}/"
    assert item.channel_kind == "po_box" and item.channel_detail["pages"] == 3
    assert item.target.name == "河间市" and item.identity.name == "赵六"
    assert item.attachments.get().media_type == "image/png"
    assert item.registered_by == leader.user  # type: ignore[attr-defined]
    detail = leader.get(response["Location"]).content.decode()
    assert "插手工程招投标" in detail and "赵*" in detail and "赵六" not in detail


@pytest.mark.django_db
def test_register_phone_call_after_hours_is_marked(leader: Client, demo_round: Round) -> None:
    token = csrf(leader, "/workbench/register/phone/")
    # A Sunday night call: outside the duty phone's hours whatever the calendar.
    sunday = timezone.localtime().replace(hour=21, minute=0)
    while sunday.weekday() != 6 or sunday > timezone.localtime():
        sunday -= timezone.timedelta(days=1)
    leader.post(
        "/workbench/register/phone/",
        {
            "csrfmiddlewaretoken": token,
            "channel": channel_for_kind(demo_round, "phone").pk,
            "received_at": sunday.strftime("%Y-%m-%dT%H:%M"),
            "identity_kind": "anonymous",
            "caller_number": "0317-1234567",
            "taken_by": "值班员甲",
            "content": "反映某县长违规使用公车。",
        },
    )
    item = Item.objects.get()
    assert item.after_hours and item.identity.sender == "0317-1234567"
    assert item.channel_detail["taken_by"] == "值班员甲"


@pytest.mark.django_db
def test_walk_in_visit_needs_two_receiving_staff(leader: Client, demo_round: Round) -> None:
    token = csrf(leader, "/workbench/register/visit/")
    data = {
        "csrfmiddlewaretoken": token,
        "channel": channel_for_kind(demo_round, "visit").pk,
        "received_at": local_now(),
        "identity_kind": "joint",
        "name": "钱七",
        "co_signers": "孙八、周九",
        "visitor_count": 3,
        "reception_first": "接待员甲",
        "reception_second": "接待员甲",
        "content": "三名村民反映镇长克扣补偿款。",
    }
    refused = leader.post("/workbench/register/visit/", data)
    assert refused.status_code == 400 and "两名工作人员" in refused.content.decode()
    assert not Item.objects.exists()
    leader.post("/workbench/register/visit/", {**data, "reception_second": "接待员乙"})
    item = Item.objects.get()
    assert item.identity_kind == "joint" and item.channel_detail["reception_staff"] == [
        "接待员甲",
        "接待员乙",
    ]


@pytest.mark.django_db
def test_box_batch_flags_a_count_mismatch(leader: Client, demo_round: Round) -> None:
    box = demo_round.channels.filter(kind="box").first()
    token = csrf(leader, "/workbench/boxes/")
    response = leader.post(
        "/workbench/boxes/",
        {
            "csrfmiddlewaretoken": token,
            "box": box.pk,
            "opened_at": local_now(),
            "opened_by_first": "甲",
            "opened_by_second": "乙",
            "declared_count": 2,
        },
    )
    collection = BoxCollection.objects.get()
    url = f"/workbench/boxes/{collection.pk}/"
    assert response["Location"] == url
    token = csrf(leader, url)
    leader.post(
        url, {"csrfmiddlewaretoken": token, "identity_kind": "anonymous", "content": "第一封：反映局长吃喝。"}
    )
    page = leader.get(url).content.decode()
    assert "batch-mismatch" in page and "已登记 1 件" in page
    leader.post(
        url, {"csrfmiddlewaretoken": token, "identity_kind": "anonymous", "content": "第二封：反映书记收礼。"}
    )
    page = leader.get(url).content.decode()
    assert "batch-mismatch" not in page
    items = Item.objects.filter(batch=collection)
    assert items.count() == 2 and all(i.received_at == collection.opened_at for i in items)


@pytest.mark.django_db
def test_list_filters_and_county_scoping(leader: Client, staff_renqiu: Client, demo_round: Round) -> None:
    make_item(demo_round, "任丘市", "任丘市某局长收受礼金")
    make_item(demo_round, "青县", "青县某镇书记公款吃喝")
    make_item(demo_round, None, "未写明县市的来信")
    everything = leader.get("/workbench/").content.decode()
    assert "任丘市某局长" in everything and "青县某镇书记" in everything
    qing = demo_round.targets.get(name="青县").pk
    filtered = leader.get(f"/workbench/?target={qing}").content.decode()
    assert "青县某镇书记" in filtered and "任丘市某局长" not in filtered
    by_word = leader.get("/workbench/?q=礼金").content.decode()
    assert "任丘市某局长" in by_word and "未写明" not in by_word
    mine = staff_renqiu.get("/workbench/").content.decode()
    assert "任丘市某局长" in mine and "未写明县市" in mine and "青县某镇书记" not in mine
    other = Item.objects.get(target__name="青县")
    assert staff_renqiu.get(f"/workbench/items/{other.number}/").status_code == 404


@pytest.mark.django_db
def test_local_liaison_sees_no_report_content(local_liaison: Client, demo_round: Round) -> None:
    item = make_item(demo_round, "任丘市", "任丘市某局长收受礼金")
    assert "任丘市某局长" not in local_liaison.get("/workbench/").content.decode()
    assert local_liaison.get(f"/workbench/items/{item.number}/").status_code == 404
    assert local_liaison.get("/workbench/register/letter/").status_code == 403


@pytest.mark.django_db
def test_identity_is_masked_and_revealing_needs_a_reason_and_is_recorded(
    leader: Client, staff_renqiu: Client, demo_round: Round
) -> None:
    item = make_item(
        demo_round,
        "任丘市",
        "反映问题",
        identity_kind="named",
        identity=Identity(name="欧阳明", phone="13912345678"),
    )
    url = f"/workbench/items/{item.number}/"
    page = leader.get(url).content.decode()
    assert "13912345678" not in page and "139****5678" in page and "欧*明" in page
    staff_page = staff_renqiu.get(url).content.decode()
    assert "显示完整身份信息" not in staff_page
    token = csrf(staff_renqiu, url)
    assert staff_renqiu.post(url, {"csrfmiddlewaretoken": token, "reason": "核实"}).status_code == 403
    token = csrf(leader, url)
    revealed = leader.post(
        url, {"csrfmiddlewaretoken": token, "reason": "需电话核实反映内容"}
    ).content.decode()
    assert "13912345678" in revealed and "欧阳明" in revealed
    event = ItemEvent.objects.get(item=item, kind="identity_revealed")
    assert event.actor == leader.user and "需电话核实" in event.summary  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_attachments_download_safely(leader: Client, demo_round: Round) -> None:
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "举报人张三")
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG", pnginfo=info)
    item = make_item(demo_round, "任丘市", "附件测试", attachments=[("<b>x</b>.png", buffer.getvalue())])
    attachment = item.attachments.get()
    response = leader.get(f"/workbench/items/{item.number}/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    # Staff get the cleaned copy: same pixels, no metadata.
    served = Image.open(io.BytesIO(response.content))
    assert served.size == (4, 4) and "Author" not in served.info
    assert "举报人张三".encode() not in response.content


@pytest.mark.django_db
def test_round_overview_and_stage_advance_by_the_leader(
    leader: Client, staff_renqiu: Client, demo_round: Round
) -> None:
    page = leader.get("/workbench/round/overview/").content.decode()
    assert "0317-5528359" in page and "第一小组" in page and "巡视了解（进驻）" in page
    token = csrf(staff_renqiu, "/workbench/round/overview/")
    assert (
        staff_renqiu.post(
            "/workbench/round/overview/", {"csrfmiddlewaretoken": token, "stage": "report"}
        ).status_code
        == 403
    )
    token = csrf(leader, "/workbench/round/overview/")
    leader.post("/workbench/round/overview/", {"csrfmiddlewaretoken": token, "stage": "report"})
    demo_round.refresh_from_db()
    assert demo_round.stage == "report"
    assert list(demo_round.stage_changes.values_list("stage", flat=True)) == ["onsite", "report"]
    # Skipping stages or closing through a stage change is refused.
    leader.post("/workbench/round/overview/", {"csrfmiddlewaretoken": token, "stage": "closed"})
    demo_round.refresh_from_db()
    assert demo_round.stage == "report"


@pytest.mark.django_db
def test_system_administrator_sees_management_links_and_no_content(demo_round: Round) -> None:
    from django.contrib.auth import get_user_model

    make_item(demo_round, "任丘市", "任丘市某局长收受礼金")
    admin = get_user_model().objects.create_superuser(username="root", password="x-very-long-password")
    from tests.conftest import login_verified

    client = login_verified(Client(), admin)
    page = client.get("/workbench/").content.decode()
    assert "从巡视公告新建轮次" in page and "任丘市某局长" not in page


@pytest.mark.django_db
def test_the_menu_follows_the_role(leader: Client, local_liaison: Client) -> None:
    lead_menu = leader.get("/workbench/round/overview/").content.decode()
    assert "登记来信" in lead_menu and "线索·转办·答复" in lead_menu
    liaison_menu = local_liaison.get("/workbench/round/overview/").content.decode()
    assert "登记来信" not in liaison_menu and "信访件</a>" not in liaison_menu and "转办件" in liaison_menu
