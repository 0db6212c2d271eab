"""Helpers for the channel tests. `need(tool)` skips a test on a developer machine without
the component, but fails it when CI=true: in CI every integration test must run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from xunshi.channels.testing import Dovecot, free_port, stop
from xunshi.channels.testing import start_dovecot as _start_dovecot

__all__ = ["Dovecot", "free_port", "need", "start_dovecot", "stop"]


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None and not Path(t).exists()]
    if not missing:
        return
    message = f"component not installed: {', '.join(missing)} (run `make system-deps`)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " — integration tests may not skip in CI")
    pytest.skip(message)


def start_dovecot(root: Path, *, tls: bool = False) -> Dovecot:
    need("dovecot")
    return _start_dovecot(root, tls=tls)
