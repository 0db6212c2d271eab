"""Helpers shared by the desk tests (imported by path, see conftest)."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from xunshi.intake.models import Item


def csrf(client: Client, url: str) -> str:
    html = client.get(url).content.decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF field on " + url
    return match.group(1)


def decide(client: Client, item: Item, **fields: Any) -> Any:
    token = csrf(client, reverse("workbench:item_detail", args=[item.number]))
    data: dict[str, Any] = {"csrfmiddlewaretoken": token, "scope": "in", **fields}
    return client.post(reverse("triage:decide", args=[item.number]), data)
