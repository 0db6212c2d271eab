"""The parts of the shared taxonomy that case work uses: dispositions, receiver status,
findings, in-scope allegation codes and the out-of-scope receivers (`route_to`).

Read from the package copy kept by the triage area (xunshi/triage/taxonomy.yaml), so
codes in data always match the labels shown."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("xunshi.triage").joinpath("taxonomy.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _pairs(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(str(r["code"]), str(r["zh"])) for r in rows]


def dispositions() -> list[tuple[str, str]]:
    return _pairs(_data()["dispositions"])


def discipline_statuses() -> list[tuple[str, str]]:
    return _pairs(_data()["receiver_status"]["discipline_commission"])


def organisation_statuses() -> list[tuple[str, str]]:
    return _pairs(_data()["receiver_status"]["organisation_department"])


def receiver_statuses() -> list[tuple[str, str]]:
    return discipline_statuses() + organisation_statuses()


def findings() -> list[tuple[str, str]]:
    return _pairs(_data()["receiver_status"]["finding"])


def _leaves(nodes: list[dict[str, Any]], prefix: str = "") -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for node in nodes:
        children = node.get("children")
        label = f"{prefix}{node['zh']}"
        if children:
            out.extend(_leaves(children, prefix or f"{node['zh']}："))
        else:
            out.append((str(node["code"]), label))
    return out


@functools.cache
def allegations() -> list[tuple[str, str]]:
    """Leaf in-scope codes with their labels, grouped by discipline in the label."""
    return _leaves(_data()["in_scope"])


def out_of_scope() -> list[tuple[str, str]]:
    return _pairs(_data()["out_of_scope"])


def route_to(code: str) -> str:
    """The usual county-level receiver for an out-of-scope code ("" if unknown)."""
    for row in _data()["out_of_scope"]:
        if row["code"] == code:
            return str((row.get("route_to") or {}).get("zh", ""))
    return ""


def label(code: str) -> str:
    """The Chinese label of any code case work shows; the code itself if unknown."""
    return _labels().get(code, code)


@functools.cache
def _labels() -> dict[str, str]:
    table: dict[str, str] = {}
    for pairs in (dispositions(), receiver_statuses(), findings(), allegations(), out_of_scope()):
        table.update(dict(pairs))

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            table.setdefault(str(node["code"]), str(node["zh"]))
            walk(node.get("children") or [])

    walk(_data()["in_scope"])
    return table
