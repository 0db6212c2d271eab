"""Every URL of the project × every role: the expected status, and no leak of content.

The URL list is walked from the resolver, so a new page that nobody classified makes
`test_every_url_is_classified` fail: add its route to EXPECTED (or to a prefix rule)
with the status each role must get on GET.

Columns (see ROLES in conftest): anonymous, system administrator, 组长, 副组长,
组员 of another county (青县), group 联络员, local liaison of the item's county
(任丘市), 巡视办. The sample item is in 任丘市; `pk`-style ids of other areas' objects
point at nothing unless SAMPLES knows how to make one, so their "allowed" column is 404.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from xunshi.intake.services import box_collection_record
from xunshi.rounds.selectors import channel_for_kind

pytestmark = pytest.mark.django_db

# Shorthands for one row: statuses for
# (anonymous, sysadmin, leader, deputy, staff_other, group_liaison, local_liaison, office)
LOGIN = 302  # anonymous: redirected to the login page
PUBLIC = (200,) * 8

EXPECTED: dict[str, tuple[int, ...]] = {
    # route: (anonymous, sysadmin, leader, deputy, staff_other, group_liaison, local_liaison, office)
    "workbench/roster/": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/roster/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/rounds/setup/": (302, 200, 403, 403, 403, 403, 403, 200),
    "workbench/rounds/setup/save/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/rounds/setup/done/<slug:slug>/": (302, 200, 403, 403, 403, 403, 403, 200),
    "workbench/fieldwork/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/fieldwork/talks/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/fieldwork/talks/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/talks/<int:pk>/record/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/talks/<int:pk>/lead/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/talks/<int:pk>/reschedule/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/talks/<int:pk>/cancel/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/sink/": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/fieldwork/documents/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/fieldwork/documents/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/documents/<int:pk>/advance/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/documents/<int:pk>/copies/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/documents/<int:pk>/copies/<int:copy_id>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/talks/county/<int:target_id>/arrangement.docx": (
        302,
        403,
        404,
        404,
        404,
        404,
        404,
        404,
    ),
    "workbench/fieldwork/meetings/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/fieldwork/meetings/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/visits/": (302, 403, 200, 200, 200, 200, 403, 200),
    "workbench/fieldwork/visits/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/schedule/": (302, 403, 200, 200, 200, 200, 403, 200),
    "workbench/fieldwork/schedule/plan/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/rectification/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/fieldwork/rectification/<int:target_id>/report/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/rectification/<int:target_id>/feedback.docx": (
        302,
        403,
        404,
        404,
        404,
        404,
        404,
        404,
    ),
    "workbench/fieldwork/rectification/<int:target_id>/ledger.docx": (302, 403, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/rectification/<int:target_id>/ledger.xlsx": (302, 403, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/rectification/problems/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/rectification/problems/<int:pk>/issue/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/rectification/measures/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/fieldwork/rectification/measures/<int:pk>/sign-off/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/rectification/measures/<int:pk>/check/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/fieldwork/rectification/evidence/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/people/": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/people/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/people/items/<str:number>/": (302, 404, 200, 200, 404, 404, 404, 200),
    "workbench/people/groups/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/people/groups/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/people/links/<int:pk>/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/triage/": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/triage/items/<str:number>/decide/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/triage/items/<str:number>/rerun/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/cases/": (302, 403, 200, 200, 200, 403, 302, 200),
    "workbench/cases/close/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/cases/objection-window/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/cases/items/<str:number>/": (302, 404, 200, 200, 404, 404, 404, 200),
    "workbench/cases/items/<str:number>/responses/<int:pk>/letter/": (302, 404, 404, 404, 404, 404, 404, 403),
    "workbench/cases/transfers/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/cases/transfers/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/cases/transfers/<int:pk>/slip/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/cases/directory/": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/cases/clues/": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/cases/clues/new/": (302, 403, 200, 200, 200, 403, 403, 403),
    "workbench/cases/clues/<int:pk>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/cases/handovers/new/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/cases/handovers/<int:pk>/<str:fmt>/": (302, 404, 404, 404, 404, 404, 404, 404),
    "workbench/cases/ledgers/<str:kind>.xlsx": (302, 403, 200, 200, 200, 403, 403, 200),
    "workbench/security/two-factor/": (302, 302, 302, 302, 302, 302, 302, 302),
    "workbench/login/": (200, 302, 302, 302, 302, 302, 302, 302),
    "workbench/logout/": (405, 405, 405, 405, 405, 405, 405, 405),
    "workbench/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/round/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/round/overview/": (302, 403, 200, 200, 200, 200, 200, 200),
    "workbench/audit/": (302, 403, 200, 403, 403, 403, 403, 200),
    "workbench/items/<str:number>/": (302, 404, 200, 200, 404, 404, 404, 200),
    "workbench/items/<str:number>/attachments/<int:attachment_id>/": (302, 404, 200, 200, 404, 404, 404, 200),
    "workbench/register/letter/": (302, 403, 200, 200, 200, 403, 403, 403),
    "workbench/register/phone/": (302, 403, 200, 200, 200, 403, 403, 403),
    "workbench/register/visit/": (302, 403, 200, 200, 200, 403, 403, 403),
    "workbench/boxes/": (302, 403, 200, 200, 200, 403, 403, 403),
    "workbench/boxes/<int:pk>/": (302, 403, 200, 200, 200, 403, 403, 403),
    "sysadmin/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/login/": (200, 302, 302, 302, 302, 302, 302, 302),
    "sysadmin/logout/": (302, 405, 302, 302, 302, 302, 302, 302),
    "sysadmin/password_change/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/password_change/done/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/autocomplete/": (302, 403, 302, 302, 302, 302, 302, 302),
    "sysadmin/jsi18n/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/r/<path:content_type_id>/<path:object_id>/": (302, 404, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/group/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/group/add/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/group/<path:object_id>/history/": (302, 302, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/group/<path:object_id>/delete/": (302, 302, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/group/<path:object_id>/change/": (302, 302, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/group/<path:object_id>/": (302, 302, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/<id>/password/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/add/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/<path:object_id>/history/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/<path:object_id>/delete/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/<path:object_id>/change/": (302, 200, 302, 302, 302, 302, 302, 302),
    "sysadmin/auth/user/<path:object_id>/": (302, 302, 302, 302, 302, 302, 302, 302),
    "sysadmin/^(?P<app_label>auth)/$": (302, 404, 302, 302, 302, 302, 302, 302),
    "sysadmin/(?P<url>.*)$": (302, 404, 302, 302, 302, 302, 302, 302),
    "workbench/channels/": (302, 200, 200, 200, 200, 200, 403, 200),
    "workbench/channels/dead-letters/<int:letter_id>/retry/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/channels/letters/<str:number>/": (302, 404, 200, 200, 404, 404, 404, 200),
    "workbench/channels/letters/pages/<int:page_id>/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/channels/sms/webhook/<int:channel_id>/": (405, 405, 405, 405, 405, 405, 405, 405),
    "workbench/channels/phone/": (302, 404, 200, 200, 200, 403, 403, 403),
    "workbench/channels/phone/<int:pk>/reveal/": (302, 405, 405, 405, 405, 405, 405, 405),
    "workbench/channels/phone/<int:pk>/callback/": (302, 405, 405, 405, 405, 405, 405, 405),
    "": (200, 200, 200, 200, 200, 200, 200, 200),
    "report/<slug:slug>/": (200, 200, 200, 200, 200, 200, 200, 200),
    "status/": (200, 200, 200, 200, 200, 200, 200, 200),
    "status/add/": (405, 405, 405, 405, 405, 405, 405, 405),
    "status/feedback/": (405, 405, 405, 405, 405, 405, 405, 405),
}

# Prefix rules, for areas whose every page shares one row of statuses.
PREFIX_RULES: list[tuple[str, tuple[int, ...]]] = []

MARKER = "机密测试内容XQ7"
ACCUSED = "欧阳XQ7"
# Who must never see the item's content, its accused person or its reporter on any page.
OUTSIDERS = {"anonymous", "sysadmin", "staff_other", "group_liaison", "local_liaison"}


def _walk(resolver: URLResolver, prefix: str = "", ns: str = "") -> Iterator[tuple[str, str, Any]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            space = ns + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(entry, prefix + str(entry.pattern), space)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), f"{ns}{entry.name}", entry


def all_routes() -> list[str]:
    return [route for route, _name, _p in _walk(get_resolver())]


def expected_for(route: str) -> tuple[int, ...] | None:
    if route in EXPECTED:
        return EXPECTED[route]
    for prefix, row in PREFIX_RULES:
        if route.startswith(prefix):
            return row
    return None


_PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>")
_REGEX_SAMPLES = {
    r"(?P<app_label>auth|otp_totp)/$": "auth/",
    r"(?P<url>.*)$": "nowhere/",
}


def concrete(route: str, samples: dict[str, str]) -> str:
    path = route
    for regex, value in _REGEX_SAMPLES.items():
        path = path.replace("^" + regex, value).replace(regex, value)
    path = _PARAM.sub(lambda m: samples.get(m.group("name"), "999999"), path)
    return "/" + path


@pytest.fixture
def world(demo_round: Any, kit: Any) -> dict[str, Any]:
    personas = kit.make_personas(demo_round)
    item = kit.reported_item(
        demo_round,
        "任丘市",
        f"{MARKER} 任丘市某局局长收受礼金",
        accused_name=ACCUSED,
        accused_unit="任丘市住建局",
        identity_kind="named",
        identity=kit.named_reporter(),
        attachments=[("证据.txt", "转账记录 2015年3月".encode())],
    )
    box = channel_for_kind(demo_round, "box")
    collection = box_collection_record(
        round=demo_round,
        box=box,
        opened_at=timezone.now() - dt.timedelta(hours=1),
        opened_by_first="甲",
        opened_by_second="乙",
        declared_count=1,
        note="",
        actor=None,
    )
    samples = {
        "number": item.number,
        "attachment_id": str(item.attachments.get().pk),
        "slug": demo_round.slug,
        "channel_id": str(box.pk),
        "kind": "items",
        "fmt": "xlsx",
        "content_type_id": "1",
        # A user that exists: on PostgreSQL ids keep counting across tests, so "1" may not.
        "object_id": str(_first_user_pk()),
        "id": str(_first_user_pk()),
    }
    return {"personas": personas, "item": item, "samples": samples, "collection": collection}


def _first_user_pk() -> int:
    from django.contrib.auth import get_user_model

    return int(get_user_model().objects.order_by("pk").values_list("pk", flat=True)[0])


def _sample_url(route: str, world: dict[str, Any]) -> str:
    samples = dict(world["samples"])
    if route == "workbench/boxes/<int:pk>/":
        samples["pk"] = str(world["collection"].pk)
    return concrete(route, samples)


def test_every_url_is_classified() -> None:
    missing = [route for route in all_routes() if expected_for(route) is None]
    assert not missing, "unclassified URL patterns, add them to EXPECTED:\n" + "\n".join(missing)


def test_every_url_as_every_role(world: dict[str, Any], kit: Any) -> None:
    checked = 0
    wrong = []
    leaks = []
    for route in all_routes():
        expected = expected_for(route)
        if expected is None:
            continue
        url = _sample_url(route, world)
        for role, want in zip(kit.roles, expected, strict=True):
            response = world["personas"][role].get(url)
            checked += 1
            if response.status_code != want:
                wrong.append(f"{route} as {role}: {response.status_code}, expected {want}")
            body = b"" if getattr(response, "streaming", False) else response.content
            text = body.decode("utf-8", "replace")
            # Nobody sees the reporter unmasked on a GET; revealing is a POST with a reason.
            if kit.phone in text or kit.id_number in text or kit.name in text:
                leaks.append(f"{route} as {role}: reporter identity on the page")
            if role in OUTSIDERS and (MARKER in text or ACCUSED in text):
                leaks.append(f"{route} as {role}: the 任丘市 item's content")
            if role == "anonymous" and response.status_code == 302:
                # Anonymous visitors are only ever sent towards a login page.
                location = response["Location"].split("?")[0]
                assert location.endswith(("/login/", "/sysadmin/")), (route, location)
    print(f"access matrix: {len(all_routes())} URL patterns × {len(kit.roles)} roles = {checked} requests")
    assert not wrong, "\n".join(wrong)
    assert not leaks, "\n".join(leaks)
