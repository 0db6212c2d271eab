"""SMS through real gammu-smsd: Gammu's dummy phone receives, the `files` backend writes the inbox."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from channel_components import gammu_rc, need, stop

from xunshi.channels.models import ChannelHealth
from xunshi.cli.main import main
from xunshi.intake.models import Item
from xunshi.rounds.models import Channel

pytestmark = pytest.mark.integration

LONG = "沧县某局局长利用职权为亲属承揽工程，" * 12


def inject(rc: Path, sender: str, text: str, *, long: bool = False) -> None:
    args = [
        "gammu",
        "-c",
        str(rc),
        "savesms",
        "TEXT",
        "-folder",
        "1",
        "-unread",
        "-sender",
        sender,
        "-unicode",
    ]
    if long:
        args += ["-len", str(len(text))]
    # gammu reads -text in the locale's charset.
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run([*args, "-text", text], check=True, capture_output=True, timeout=30, env=env)


def receive(rc: Path, inbox: Path, expected_files: int) -> list[Path]:
    smsd = subprocess.Popen(
        ["gammu-smsd", "-c", str(rc)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            files = sorted(inbox.glob("IN*.txt"))
            if len(files) >= expected_files:
                return files
            time.sleep(0.2)
        raise AssertionError(f"gammu-smsd wrote {len(list(inbox.glob('IN*')))} of {expected_files} files")
    finally:
        stop(smsd)


def test_gammu_smsd_inbox_to_items(
    sms_channel: Channel, server_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp_path = server_dir
    need("gammu", "gammu-smsd")
    rc = gammu_rc(tmp_path)
    inject(rc, "+8615830645642", "任丘市某局长违规收受礼金。")
    inject(rc, "0086 139 1234 5678", LONG, long=True)
    files = receive(rc, tmp_path / "inbox", expected_files=4)
    assert any(f.name.endswith("_01.txt") for f in files)  # the long one arrived as parts
    assert all(f.read_bytes()[:2] == b"\xfe\xff" for f in files)  # UTF-16 BE with BOM

    assert main(["ingest", "sms-dir", str(tmp_path / "inbox")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2 and all(line["item"] for line in lines)
    contents = {i.content: i for i in Item.objects.all()}
    assert set(contents) == {"任丘市某局长违规收受礼金。", LONG}
    assert contents[LONG].identity.sender == "+8613912345678"
    assert contents[LONG].channel_detail["parts"] >= 3

    # The watcher job: files already registered are archived, nothing is doubled.
    sms_channel.settings = {"inbox_dir": str(tmp_path / "inbox"), "archive_dir": str(tmp_path / "done")}
    sms_channel.save()
    for path in files:
        os.utime(path, (time.time() - 10, time.time() - 10))
    from xunshi.channels.sms.tasks import sms_dir_scan_all

    sms_dir_scan_all()
    assert Item.objects.count() == 2
    assert not list((tmp_path / "inbox").glob("IN*")) and len(list((tmp_path / "done").glob("IN*"))) == len(
        files
    )
    assert ChannelHealth.objects.get(channel=sms_channel).last_success_at is not None
