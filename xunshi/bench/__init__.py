"""`xunshi bench`: reproducible benchmarks. Each prints its figure beside the limit it is
measured against in the same run (e.g. the raw durable commit rate of the same SQLite
file), and reports medians. Benchmarks are not tests: they measure, they do not assert.

A benchmark is a function registered with `@benchmark("name")` in a module listed in
BENCH_MODULES; it receives a `Report` to print its rows through.
"""

from __future__ import annotations

import importlib
import json
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

BENCH_MODULES: list[str] = [
    "xunshi.portal.bench",
    "xunshi.channels.bench",
    "xunshi.triage.bench",
    "xunshi.triage.desk_bench",
    "xunshi.rounds.bench",
    "xunshi.matching.bench",
    "xunshi.workbench.bench",
]


@dataclass
class Report:
    name: str
    rows: list[tuple[str, str]] = field(default_factory=list)

    def line(self, label: str, value: str) -> None:
        self.rows.append((label, value))
        print(f"  {label:<58} {value}", flush=True)


BenchFn = Callable[[Report], None]
_REGISTRY: dict[str, tuple[str, BenchFn]] = {}


def benchmark(name: str, description: str) -> Callable[[BenchFn], BenchFn]:
    def wrap(fn: BenchFn) -> BenchFn:
        _REGISTRY[name] = (description, fn)
        return fn

    return wrap


def load() -> dict[str, tuple[str, BenchFn]]:
    for module in BENCH_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def run_child(report: Report, module: str, args: list[str], env: dict[str, str]) -> None:
    """Run a benchmark in a fresh interpreter (its own Django settings and database) and
    report the rows it prints as JSON lines; other lines are its progress."""
    child = subprocess.Popen(  # noqa: S603 - our own module, with our interpreter
        [sys.executable, "-m", module, *args], env=env, stdout=subprocess.PIPE, text=True
    )
    for raw in child.stdout or []:
        line = raw.strip()
        if line.startswith("{"):
            row = json.loads(line)
            report.line(row["label"], row["value"])
        elif line:
            print(f"  · {line}", flush=True)
    if child.wait() != 0:
        report.line("error", f"benchmark child exited with {child.returncode}")
