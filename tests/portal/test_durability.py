"""The portal's promise under load, against the real server: `xunshi serve` as a separate
process on a real SQLite file (WAL, synchronous=FULL), fed by the benchmark's raw-HTTP
client with the browser's multipart form.

- Acknowledged ⇒ committed: `kill -9` the whole server right after the last
  acknowledgement; every receipt code shown finds its item afterwards.
- Concurrent submissions get distinct registration numbers with no gap and no clash.
- A retried POST with the same form token makes one item and shows the same code.

`kill -9` stops the processes, not the machine: it checks that nothing acknowledged is
still only in a process's memory; surviving power loss rests on synchronous=FULL.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from xunshi.core.keys import receipt_key
from xunshi.portal.bench import Bodies, FormPage, exchange, form_page, receipt_code
from xunshi.portal.receipts import code_hash_with

pytestmark = pytest.mark.integration

XUNSHI = [sys.executable, "-m", "xunshi"]
HOST = "127.0.0.1"


@dataclass(frozen=True)
class Desk:
    data: Path
    db: Path
    env: dict[str, str]
    slug: str


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    data = tmp_path_factory.mktemp("durability")
    db = data / "xunshi.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    # Always a SQLite file, whatever DATABASE_URL the suite runs with: the durability of
    # the embedded database's settings is what is tested here.
    env.update(
        XUNSHI_DATA_DIR=str(data), DATABASE_URL=f"sqlite:///{db}",
        XUNSHI_PORTAL_POW_BITS="0", XUNSHI_PORTAL_THROTTLE="0",
    )
    for args in (["init"], ["round", "load-seed", "--demo"]):
        subprocess.run([*XUNSHI, *args], env=env, check=True, capture_output=True, timeout=120)
    with _read(db) as con:
        (slug,) = con.execute("SELECT slug FROM rounds_round WHERE is_demo").fetchone()
    return Desk(data=data, db=db, env=env, slug=slug)


class _read:
    def __init__(self, db: Path) -> None:
        self.con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)

    def __enter__(self) -> sqlite3.Connection:
        return self.con

    def __exit__(self, *exc: object) -> None:
        self.con.close()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    port: int

    def kill_9(self) -> None:
        # The server was started in its own session: its group is the master and workers.
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(desk: Desk) -> Iterator[Server]:
    with _serve(desk) as running:
        yield running


@pytest.fixture
def doomed_server(desk: Desk) -> Iterator[Server]:
    with _serve(desk) as running:
        yield running


@contextlib.contextmanager
def _serve(desk: Desk) -> Iterator[Server]:
    port = _free_port()
    proc = subprocess.Popen(
        [*XUNSHI, "serve", "--host", HOST, "--port", str(port), "--workers", "2"],
        env=desk.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    running = Server(proc, port)
    try:
        _wait_ready(running)
        yield running
    finally:
        if proc.poll() is None:
            running.kill_9()  # nothing to shut down gently: the data directory is thrown away


def _wait_ready(server: Server) -> None:
    request = f"GET / HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.proc.poll() is None, "xunshi serve exited during start-up"
        try:
            if asyncio.run(exchange(server.port, request))[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError("xunshi serve did not answer within 60 s")


def _page(desk: Desk, server: Server) -> FormPage:
    return form_page(server.port, f"/report/{desk.slug}/")


async def _post(port: int, payload: bytes) -> tuple[int, str | None, bytes]:
    status, body = await exchange(port, payload)
    return status, receipt_code(body) if status == 200 else None, body


def _stored_hashes(desk: Desk) -> set[str]:
    with _read(desk.db) as con:
        rows = con.execute("SELECT receipt_hash FROM intake_item WHERE receipt_hash IS NOT NULL")
        return {h for (h,) in rows}


def _token(n: int, tag: str) -> str:
    return f"durability-{tag}-{n:04d}-{os.urandom(6).hex()}"


def test_twenty_concurrent_reports_get_twenty_consecutive_numbers(desk: Desk, server: Server) -> None:
    bodies = Bodies(_page(desk, server), count=20, seed=2)
    with _read(desk.db) as con:
        (before,) = con.execute("SELECT COALESCE(MAX(seq), 0) FROM intake_item").fetchone()

    async def twenty() -> list[tuple[int, str | None, bytes]]:
        posts = (_post(server.port, bodies.request(i, _token(i, "n"))) for i in range(20))
        return await asyncio.gather(*posts)

    results = asyncio.run(twenty())
    assert [status for status, _, _ in results] == [200] * 20
    codes = {code for _, code, _ in results}
    assert len(codes) == 20 and None not in codes
    with _read(desk.db) as con:
        rows = con.execute(
            "SELECT seq, number FROM intake_item WHERE seq > ? ORDER BY seq", (before,)
        ).fetchall()
    assert [seq for seq, _ in rows] == list(range(before + 1, before + 21))
    assert len({number for _, number in rows}) == 20
    key = receipt_key(desk.data)
    assert {code_hash_with(key, code) for code in codes if code} <= _stored_hashes(desk)


def test_a_retried_post_with_the_same_token_makes_one_item(desk: Desk, server: Server) -> None:
    bodies = Bodies(_page(desk, server), count=1, seed=3)
    payload = bodies.request(0, _token(0, "retry"))

    async def double_click() -> list[tuple[int, str | None, bytes]]:
        return await asyncio.gather(_post(server.port, payload), _post(server.port, payload))

    first, second = asyncio.run(double_click())
    third = asyncio.run(_post(server.port, payload))
    assert first[0] == second[0] == third[0] == 200
    assert first[1] is not None and first[1] == second[1] == third[1]
    assert "这份表单此前已提交过".encode() in third[2]
    key = receipt_key(desk.data)
    with _read(desk.db) as con:
        (n,) = con.execute(
            "SELECT COUNT(*) FROM intake_item WHERE receipt_hash = ?", (code_hash_with(key, first[1]),)
        ).fetchone()
    assert n == 1


def test_every_acknowledged_report_survives_kill_9(desk: Desk, doomed_server: Server) -> None:
    server = doomed_server
    sent, acknowledge_then_kill = 30, 20
    bodies = Bodies(_page(desk, server), count=sent, seed=4)
    acked: list[str] = []
    outcomes: list[int] = []

    async def submit_and_kill() -> None:
        async def one(i: int) -> None:
            try:
                status, code, _ = await _post(server.port, bodies.request(i, _token(i, "crash")))
            except OSError:
                status, code = 0, None
            if server.proc.poll() is not None:
                return  # cut off by the kill, or answered too late to count: never acknowledged
            outcomes.append(status)
            if status == 200 and code is not None:
                acked.append(code)
                if len(acked) == acknowledge_then_kill:
                    server.kill_9()  # mid-stream: later reports are still in flight

        await asyncio.gather(*(one(i) for i in range(sent)))

    asyncio.run(submit_and_kill())
    assert set(outcomes) == {200}, f"reports refused or failed before the kill: {outcomes}"
    assert server.proc.poll() is not None, f"the server was not killed: {outcomes}"
    assert len(acked) >= acknowledge_then_kill
    key = receipt_key(desk.data)
    stored = _stored_hashes(desk)
    lost = [code for code in acked if code_hash_with(key, code) not in stored]
    assert lost == [], f"{len(lost)} acknowledged reports are not in the database after kill -9"
    with _read(desk.db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
