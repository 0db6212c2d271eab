"""Crash test: kill -9 the worker while it ingests 1,000 mails from Dovecot; after a restart
every mail is registered exactly once.

Everything runs as separate processes on a real SQLite file, as in production: `xunshi
init`, `xunshi round load-seed`, `xunshi worker`.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import channel_mails as mails
import pytest
from channel_components import start_dovecot, stop

pytestmark = pytest.mark.integration

COUNT = 1000
XUNSHI = [sys.executable, "-m", "xunshi"]


def count(db: Path, sql: str = "SELECT COUNT(*) FROM intake_item") -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def wait_for(db: Path, predicate: object, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    n = 0
    while time.monotonic() < deadline:
        try:
            n = count(db)
        except sqlite3.OperationalError:
            n = 0  # tables not there yet, or a writer holds an exclusive lock
        if predicate(n):  # type: ignore[operator]
            return n
        time.sleep(0.25)
    return n


def test_kill_9_during_ingest_registers_every_mail_exactly_once(server_dir: Path) -> None:
    tmp_path = server_dir
    data = tmp_path / "data"
    data.mkdir()
    db = data / "crash.sqlite3"
    env = {
        **os.environ,
        "XUNSHI_DATA_DIR": str(data),
        "DATABASE_URL": f"sqlite:///{db}",
        "XUNSHI_QUEUE_URL": "",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run([*XUNSHI, "init"], env=env, check=True, capture_output=True, timeout=120)
    subprocess.run([*XUNSHI, "round", "load-seed"], env=env, check=True, capture_output=True, timeout=120)

    server = start_dovecot(tmp_path / "dovecot")
    worker = None
    try:
        server.append([mails.simple(n) for n in range(1, COUNT + 1)])
        settings = server.settings()
        configure = (
            "import json,sys,django; django.setup();"
            "from xunshi.rounds.models import Channel;"
            "Channel.objects.filter(kind='email').update(settings=json.loads(sys.argv[1]))"
        )
        import json

        subprocess.run(
            [sys.executable, "-c", configure, json.dumps(settings)],
            env={**env, "DJANGO_SETTINGS_MODULE": "xunshi.settings"},
            check=True,
            timeout=60,
        )

        started = time.monotonic()
        log = (tmp_path / "worker-1.log").open("wb")
        worker = subprocess.Popen(
            [*XUNSHI, "worker", "--workers", "2", "--verbose"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        reached = wait_for(db, lambda n: n >= 50, timeout=120)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        at_kill = count(db)
        assert reached >= 50 and at_kill < COUNT, f"killed too late: {at_kill} items already"

        log = (tmp_path / "worker-2.log").open("wb")
        worker = subprocess.Popen(
            [*XUNSHI, "worker", "--workers", "2", "--verbose"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        # Generous: each item also runs the desk's after-commit work (triage, matching),
        # which on a loaded machine costs far more than the e-mail path itself.
        final = wait_for(db, lambda n: n >= COUNT, timeout=600)
        time.sleep(1.0)  # let a doubled registration, if there were one, show up
        final = count(db)
        elapsed = time.monotonic() - started
    finally:
        if worker is not None:
            stop(worker)  # type: ignore[arg-type]
        stop(server.process)

    assert final == COUNT, f"{final} items after restart (killed at {at_kill})"
    assert count(db, "SELECT COUNT(DISTINCT source_key) FROM intake_item") == COUNT
    assert count(db, "SELECT COUNT(DISTINCT subject) FROM intake_item") == COUNT
    assert count(db, "SELECT MAX(seq) FROM intake_item") == COUNT  # no number was skipped
    print(f"\ncrash test: killed at {at_kill} items, {COUNT} registered once in {elapsed:.1f} s")
