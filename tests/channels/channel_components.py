"""Helpers for the channel tests. `need(tool)` skips a test on a developer machine without
the component, but fails it when CI=true: in CI every integration test must run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from xunshi.channels.testing import Dovecot, free_port, stop
from xunshi.channels.testing import start_dovecot as _start_dovecot

__all__ = ["Dovecot", "free_port", "gammu_rc", "need", "read_smsd_outbox", "start_dovecot", "stop"]


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


def gammu_rc(root: Path) -> Path:
    """A gammu-smsd configuration with the `files` backend and Gammu's dummy phone (no modem)."""
    for name in ("phone", "inbox", "outbox", "sent", "error"):
        (root / name).mkdir(parents=True, exist_ok=True)
    rc = root / "gammurc"
    rc.write_text(f"""[gammu]
model = dummy
connection = none
device = {root}/phone/

[smsd]
service = files
inboxpath = {root}/inbox/
outboxpath = {root}/outbox/
sentsmspath = {root}/sent/
errorsmspath = {root}/error/
logfile = {root}/smsd.log
debuglevel = 0
checksecurity = 0
statusfrequency = 0
receivefrequency = 1
inboxformat = unicode
""")
    return rc


def read_smsd_outbox(directory: Path) -> list[tuple[str, str, int]]:
    """(number, text, parts) of each message gammu-smsd-inject wrote: an SMS-backup INI file,
    one [SMSBackupNNN] section per part, each with the number and TextNN in hex UCS-2 BE.
    The `;` comment lines hold the text too, cut mid-character, so they are skipped."""
    messages = []
    for path in sorted(directory.glob("OUT*")):
        numbers: set[str] = set()
        text, parts = "", 0
        for raw in path.read_bytes().splitlines():
            line = raw.decode("ascii", "replace").strip()
            if line.startswith(";") or "=" not in line:
                parts += line.startswith("[SMSBackup")
                continue
            key, value = (part.strip() for part in line.split("=", 1))
            if key == "Number":
                numbers.add(value.strip('"'))
            elif key.startswith("Text") and key[4:].isdigit():
                text += bytes.fromhex(value).decode("utf-16-be")
        assert len(numbers) == 1, f"{path.name}: numbers {numbers}"
        messages.append((numbers.pop(), text, parts))
    return messages
