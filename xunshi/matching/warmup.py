"""Warming the near-duplicate band index after a cold start (PostgreSQL only).

At 1,000,000 items the LSH band key index is 2.3 GB; the near-duplicate lookup reads a
few hundred of its pages per new item. From the page cache that is 4 ms (p95); after a
restart of the database or the machine each page comes from disk and the same lookup
took 359 ms (p95) until intake had touched enough of it. `xunshi worker` therefore reads
the whole index once at start-up, in a thread of its own: no queue worker is taken, and
intake goes on meanwhile (its lookups only get faster as the read proceeds).

The read is pg_prewarm's `read` mode (into the operating system's cache; shared_buffers
is far smaller than the index, so `buffer` mode would only evict itself). Without the
extension, and without the right to create it, an index-only scan of the band index
reads the same pages. On SQLite the database is a local file the kernel caches like any
other: nothing to do.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)

# pg_prewarm's `read` mode: synchronous reads into the OS page cache (see module docstring).
PREWARM_MODE = "read"
# A warm-up that takes longer than this is stopped: it is only an optimisation.
STATEMENT_TIMEOUT = "20min"


@dataclass(frozen=True)
class WarmResult:
    method: str  # "pg_prewarm", "index-only scan" or "skipped"
    index: str = ""
    blocks: int = 0  # pages of the index read (pg_prewarm) or its size in pages (scan)
    rows: int = 0  # index entries counted by the scan
    seconds: float = 0.0
    reason: str = ""


def band_index_name() -> str:
    """The band table's primary-key index (the composite key is the lookup index)."""
    from xunshi.matching.models import SketchBand

    with connection.cursor() as cur:
        cur.execute(
            "SELECT i.indexrelid::regclass::text FROM pg_index i"
            " WHERE i.indrelid = %s::regclass AND i.indisprimary",
            [SketchBand._meta.db_table],
        )
        row = cur.fetchone()
    if row is None:
        # During `xunshi bench matching` the key is dropped while rows are loaded.
        raise LookupError("the band table has no primary key index")
    return str(row[0])


def _prewarm_available() -> bool:
    with connection.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_prewarm'")
        if cur.fetchone():
            return True
    try:
        # In an atomic block of its own (a savepoint inside a caller's transaction): a refusal
        # (no privilege, contrib not installed) leaves the connection usable for the fallback.
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
    except DatabaseError as exc:
        logger.info("pg_prewarm not available (%s); the band index is read by an index-only scan", exc)
        return False
    return True


SCAN_SETTINGS = [
    # Only an index-only scan reads the index itself; a sequential scan would read the table.
    "SET LOCAL enable_seqscan = off",
    "SET LOCAL enable_bitmapscan = off",
    "SET LOCAL max_parallel_workers_per_gather = 0",  # two cores: no parallel workers
    f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT}'",
]


def scan_statement() -> str:
    from xunshi.matching.models import SketchBand

    table = connection.ops.quote_name(SketchBand._meta.db_table)
    return f"SELECT count(*) FROM {table}"  # noqa: S608 - our own table name


def band_index_warm(*, use_prewarm: bool = True) -> WarmResult:
    """Read the whole band index once; a no-op on anything but PostgreSQL."""
    if connection.vendor != "postgresql":
        return WarmResult("skipped", reason=f"{connection.vendor}: nothing to warm")
    started = time.perf_counter()
    index = band_index_name()
    if use_prewarm and _prewarm_available():
        try:
            with transaction.atomic(), connection.cursor() as cur:
                cur.execute(f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT}'")
                cur.execute("SELECT pg_prewarm(%s::regclass, %s)", [index, PREWARM_MODE])
                blocks = _one(cur)
            return WarmResult("pg_prewarm", index, blocks=blocks, seconds=time.perf_counter() - started)
        except DatabaseError as exc:  # e.g. installed by someone else, not granted to us
            logger.info("pg_prewarm failed (%s); the band index is read by an index-only scan", exc)
    with transaction.atomic(), connection.cursor() as cur:
        for statement in SCAN_SETTINGS:
            cur.execute(statement)
        cur.execute(scan_statement())
        rows = _one(cur)
        cur.execute("SELECT pg_relation_size(%s::regclass) / current_setting('block_size')::int", [index])
        blocks = _one(cur)
    return WarmResult(
        "index-only scan", index, blocks=blocks, rows=rows, seconds=time.perf_counter() - started
    )


def _one(cur: Any) -> int:
    row = cur.fetchone()
    return int(row[0]) if row else 0


def _warm_and_log() -> None:
    try:
        result = band_index_warm()
    except (DatabaseError, LookupError) as exc:
        logger.warning("band index warm-up failed: %s (lookups stay slow until intake has read it)", exc)
        return
    finally:
        connection.close()  # this thread's own connection
    if result.method == "skipped":
        logger.info("band index warm-up skipped (%s)", result.reason)
        return
    logger.info(
        "band index %s warmed by %s: %d pages in %.1f s",
        result.index,
        result.method,
        result.blocks,
        result.seconds,
    )


def band_index_warm_in_background() -> threading.Thread | None:
    """Start the warm-up beside the queue; None where there is nothing to warm."""
    if connection.vendor != "postgresql":
        return None
    thread = threading.Thread(target=_warm_and_log, name="band-index-warm-up", daemon=True)
    thread.start()
    return thread
