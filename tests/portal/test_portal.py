"""The public portal: what it shows, reporting, receipt codes, status and additions."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from xunshi.intake.models import IdentityKind, Item, ReporterIdentity, Supplement
from xunshi.portal.receipts import code_hash, normalise_code
from xunshi.rounds.models import Round

CONTENT = "青县某镇党委书记李某，2014年春节期间用公款在饭店宴请，还收了老板送的两万元购物卡。"


def form_page(client: Client, rnd: Round) -> tuple[str, str]:
    page = client.get(f"/report/{rnd.slug}/")
    assert page.status_code == 200
    html = page.content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token and csrf
    return token.group(1), csrf.group(1)


def submit(client: Client, rnd: Round, **fields: object) -> tuple[object, str]:
    token, csrf = form_page(client, rnd)
    data: dict[str, object] = {
        "csrfmiddlewaretoken": csrf,
        "token": token,
        "identity_kind": IdentityKind.ANONYMOUS,
        "content": CONTENT,
        **fields,
    }
    return client.post(f"/report/{rnd.slug}/", data), token


def receipt_code(response: object) -> str:
    html = response.content.decode()  # type: ignore[attr-defined]
    match = re.search(r'id="receipt-code">([\d ]+)<', html)
    assert match, html[:500]
    return match.group(1).replace(" ", "")


@pytest.mark.django_db
def test_home_shows_the_seed_rounds_channels_as_announced(seed_round: Round, public: Client) -> None:
    html = public.get("/").content.decode()
    for fact in (
        "0317-5528359",
        "15830645642",
        "hbswxsz07@hebei.gov.cn",
        "沧州市第300号信箱",
        "中共河间市委门口",
        "青县人民政府门口",
        "涉法涉诉",
        "征地拆迁",
        "个人利益诉求",
    ):
        assert fact in html
    # The 2015 period is over: the portal says where to go instead of taking reports.
    assert "受理期已结束" in html
    assert f"/report/{seed_round.slug}/" not in html


@pytest.mark.django_db
def test_anonymous_report_gets_a_16_digit_receipt_and_is_registered(
    demo_round: Round, public: Client
) -> None:
    response, _ = submit(public, demo_round, accused_name="李某", accused_position="镇党委书记")
    assert response.status_code == 200  # type: ignore[attr-defined]
    code = receipt_code(response)
    assert len(code) == 16 and code.isdigit()
    item = Item.objects.get()
    assert item.channel_kind == "web" and item.content == CONTENT and item.accused_name == "李某"
    # Never stored in the clear.
    assert item.receipt_hash == code_hash(code) and code not in item.receipt_hash
    assert not ReporterIdentity.objects.exists()


@pytest.mark.django_db
def test_double_submit_with_the_same_token_makes_one_item_and_the_same_code(demo_round: Round) -> None:
    client = Client(enforce_csrf_checks=True)
    token, csrf = form_page(client, demo_round)
    data = {"csrfmiddlewaretoken": csrf, "token": token, "identity_kind": "anonymous", "content": CONTENT}
    first = client.post(f"/report/{demo_round.slug}/", data)
    second = client.post(f"/report/{demo_round.slug}/", data)
    assert receipt_code(first) == receipt_code(second)
    assert "此前已提交过" in second.content.decode()
    assert Item.objects.count() == 1


@pytest.mark.django_db
def test_a_changed_text_under_a_used_token_is_kept_as_an_addition(demo_round: Round) -> None:
    client = Client(enforce_csrf_checks=True)
    token, csrf = form_page(client, demo_round)
    base = {"csrfmiddlewaretoken": csrf, "token": token, "identity_kind": "anonymous"}
    client.post(f"/report/{demo_round.slug}/", {**base, "content": CONTENT})
    client.post(f"/report/{demo_round.slug}/", {**base, "content": CONTENT + "补充：购物卡是在办公室收的。"})
    assert Item.objects.count() == 1
    assert "办公室" in Supplement.objects.get().content


@pytest.mark.django_db
def test_named_report_requires_a_name_and_a_contact(demo_round: Round, public: Client) -> None:
    response, _ = submit(public, demo_round, identity_kind=IdentityKind.NAMED)
    html = response.content.decode()  # type: ignore[attr-defined]
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "实名反映请填写姓名" in html and "联系方式" in html
    assert not Item.objects.exists()
    response, _ = submit(
        public,
        demo_round,
        identity_kind=IdentityKind.NAMED,
        name="张三",
        phone="13812345678",
        id_number="130981198001011234",
    )
    item = Item.objects.get()
    assert item.identity_kind == "named" and item.identity.phone == "13812345678"


@pytest.mark.django_db
def test_anonymous_report_does_not_keep_a_typed_name(demo_round: Round, public: Client) -> None:
    submit(public, demo_round, name="不该保存", phone="13800001111")
    identity = ReporterIdentity.objects.get()
    assert identity.name == "" and identity.phone == "13800001111"


@pytest.mark.parametrize(
    ("fields", "message", "status"),
    [
        ({"content": ""}, "这个字段是必填项", 400),
        ({"content": "字" * 20001}, "上限为 20000 字", 400),
        ({"attachments": SimpleUploadedFile("x.jpg", b"<script>alert(1)</script>")}, "文件类型不被接受", 400),
        (
            {"attachments": SimpleUploadedFile("run.pdf", b"MZ\x90\x00\x03" + b"\x00" * 64)},
            "文件类型不被接受",
            400,
        ),
    ],
)
@pytest.mark.django_db
def test_bad_reports_get_a_clear_message_and_leave_nothing(
    demo_round: Round, public: Client, fields: dict[str, object], message: str, status: int
) -> None:
    response, _ = submit(public, demo_round, **fields)
    assert response.status_code == status  # type: ignore[attr-defined]
    assert message in response.content.decode()  # type: ignore[attr-defined]
    assert not Item.objects.exists()


@pytest.mark.django_db
def test_invalid_encoding_in_a_text_attachment_is_refused(demo_round: Round, public: Client) -> None:
    junk = SimpleUploadedFile("note.txt", bytes(range(128, 256)) * 10)
    response, _ = submit(public, demo_round, attachments=junk)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert not Item.objects.exists()


@pytest.mark.django_db
def test_status_by_receipt_code_and_adding_information(demo_round: Round, public: Client) -> None:
    response, _ = submit(public, demo_round)
    code = receipt_code(response)
    lookup = public.get("/status/")
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', lookup.content.decode()).group(1)  # type: ignore[union-attr]
    printed = " ".join(code[i : i + 4] for i in range(0, 16, 4))
    page = public.post("/status/", {"csrfmiddlewaretoken": csrf, "code": printed})
    html = page.content.decode()
    assert page.status_code == 200 and "已收到" in html
    assert CONTENT not in html  # the status page never echoes the report
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    added = public.post(
        "/status/add/",
        {
            "csrfmiddlewaretoken": csrf,
            "code": code,
            "token": token,
            "content": "补充：宴请地点在县城某酒店。",
        },
    )
    assert added.status_code == 200 and "已收到您补充的材料" in added.content.decode()
    # retried addition does not double
    public.post(
        "/status/add/",
        {
            "csrfmiddlewaretoken": csrf,
            "code": code,
            "token": token,
            "content": "补充：宴请地点在县城某酒店。",
        },
    )
    assert Supplement.objects.count() == 1
    wrong = public.post("/status/", {"csrfmiddlewaretoken": csrf, "code": "0000000000000000"})
    assert wrong.status_code == 404 and "未找到" in wrong.content.decode()


@pytest.mark.django_db
def test_reports_to_a_closed_period_are_refused_with_a_redirect(seed_round: Round, public: Client) -> None:
    response, _ = submit(public, seed_round)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "当地纪委监委或信访部门" in response.content.decode()  # type: ignore[attr-defined]
    assert not Item.objects.exists()


def test_receipt_codes_are_read_as_printed() -> None:
    assert normalise_code("1234 5678-9012 3456") == "1234567890123456"
    assert normalise_code("１２３４５６７８９０１２３４５６") == "1234567890123456"
    assert normalise_code("12345") is None


@pytest.mark.django_db
def test_portal_pages_carry_a_strict_csp(demo_round: Round, public: Client) -> None:
    response = public.get(f"/report/{demo_round.slug}/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "http" not in response.content.decode().split("<main")[0].replace("http-equiv", "")


@pytest.mark.django_db
def test_a_chosen_county_must_be_one_of_the_rounds(
    demo_round: Round, seed_round: Round, public: Client
) -> None:
    own = demo_round.targets.order_by("order").first()
    other = seed_round.targets.exclude(pk=own.pk if own else None).first()
    assert own is not None and other is not None and other.round_id != demo_round.pk
    for refused in (str(other.pk), "河间市", "1e3", "99999999999999999999", "-1", "0"):
        response, _ = submit(public, demo_round, target=refused)
        assert response.status_code == 400, refused  # type: ignore[attr-defined]
        assert "选择一个有效的选项" in response.content.decode()  # type: ignore[attr-defined]
    assert not Item.objects.exists()
    response, _ = submit(public, demo_round, target=str(own.pk))
    assert response.status_code == 200  # type: ignore[attr-defined]
    item = Item.objects.get()
    assert item.target == own and item.channel.round_id == demo_round.pk and item.channel_kind == "web"


@pytest.mark.django_db
def test_a_report_to_an_unknown_round_is_not_found(demo_round: Round, public: Client) -> None:
    token, csrf = form_page(public, demo_round)
    data = {"csrfmiddlewaretoken": csrf, "token": token, "identity_kind": "anonymous", "content": CONTENT}
    assert public.post("/report/no-such-round/", data).status_code == 404
    assert not Item.objects.exists()
