"""The worker reads the near-duplicate band index once at start-up, on PostgreSQL only:
with pg_prewarm where it may, else by an index-only scan; on SQLite it does nothing."""

from __future__ import annotations

import logging
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from xunshi.matching.models import SketchBand
from xunshi.matching.warmup import (
    SCAN_SETTINGS,
    band_index_name,
    band_index_warm,
    band_index_warm_in_background,
    scan_statement,
)

ROWS = 20_000


def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the warm-up only acts on PostgreSQL (run with DATABASE_URL=postgres://…)")


def _bands() -> None:
    rng = random.Random(6)
    SketchBand.objects.bulk_create(
        [SketchBand(key=rng.getrandbits(62), item_id=i // 32) for i in range(ROWS)], batch_size=5000
    )


def _index_pages() -> int:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT pg_relation_size(%s::regclass) / current_setting('block_size')::int", [band_index_name()]
        )
        return int(cur.fetchone()[0])


@pytest.mark.django_db
def test_on_sqlite_there_is_nothing_to_warm() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    assert band_index_warm().method == "skipped"
    assert band_index_warm_in_background() is None  # no thread, no query


@pytest.mark.django_db
def test_pg_prewarm_reads_every_page_of_the_band_index() -> None:
    _postgres_only()
    _bands()
    result = band_index_warm()
    assert result.method == "pg_prewarm"
    assert result.index == band_index_name()
    assert result.blocks == _index_pages() > 10


@pytest.mark.django_db
def test_without_the_right_to_create_pg_prewarm_an_index_only_scan_reads_the_index() -> None:
    _postgres_only()
    _bands()
    table = SketchBand._meta.db_table
    with connection.cursor() as cur:
        # All inside the test's transaction, rolled back afterwards.
        cur.execute("DROP EXTENSION IF EXISTS pg_prewarm")
        cur.execute("CREATE ROLE xunshi_warm_reader NOLOGIN")
        cur.execute("GRANT USAGE ON SCHEMA public TO xunshi_warm_reader")
        cur.execute(f"GRANT SELECT ON {table} TO xunshi_warm_reader")
        cur.execute("SET ROLE xunshi_warm_reader")
    try:
        result = band_index_warm()
    finally:
        with connection.cursor() as cur:
            cur.execute("RESET ROLE")
    assert result.method == "index-only scan"
    assert result.rows == ROWS and result.blocks == _index_pages()
    # The scan reads the index itself (not the table): its plan is an index-only scan of it.
    with connection.cursor() as cur:
        cur.execute("SAVEPOINT plan")
        for statement in SCAN_SETTINGS:
            cur.execute(statement)
        cur.execute("EXPLAIN " + scan_statement())
        plan = "\n".join(row[0] for row in cur.fetchall())
        cur.execute("ROLLBACK TO SAVEPOINT plan")
    assert f"Index Only Scan using {band_index_name()}" in plan, plan


@pytest.mark.django_db(transaction=True)
def test_the_warm_up_runs_in_its_own_thread_and_says_what_it_did(caplog: pytest.LogCaptureFixture) -> None:
    _postgres_only()
    _bands()
    caplog.set_level(logging.INFO, logger="xunshi.matching.warmup")
    thread = band_index_warm_in_background()
    assert thread is not None
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert any(
        f"band index {band_index_name()} warmed by pg_prewarm" in r.getMessage() for r in caplog.records
    ), [r.getMessage() for r in caplog.records]


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_xunshi_worker_warms_the_band_index_at_start_beside_the_queue(tmp_path: Path) -> None:
    """The real `xunshi worker` against the test database: the queue starts, the warm-up line follows."""
    _postgres_only()
    _bands()
    db = connection.settings_dict
    login = f"{db['USER']}:{db['PASSWORD']}" if db.get("PASSWORD") else db["USER"]
    server = f"{login}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    env = {
        **os.environ,
        "XUNSHI_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"postgres://{server}/{db['NAME']}",
        "XUNSHI_QUEUE_URL": "",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log_path = tmp_path / "worker.log"
    with log_path.open("wb") as log:
        worker = subprocess.Popen(
            [sys.executable, "-m", "xunshi", "worker", "--no-kick", "--verbose"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while "warmed by" not in log_path.read_text() and time.monotonic() < deadline:
                assert worker.poll() is None, log_path.read_text()
                time.sleep(0.2)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    text = log_path.read_text()
    assert "Huey consumer started" in text, text
    assert f"band index {band_index_name()} warmed by pg_prewarm: {_index_pages()} pages" in text, text
