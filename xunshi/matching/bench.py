"""`xunshi bench matching`: near-duplicate lookup and dossier query over a generated corpus.

The corpus (XUNSHI_BENCH_ITEMS items, default 1,000,000, one round: the worst case for
the duplicate index, whose keys are per round) is generated straight into its own
database with COPY, and kept: PostgreSQL database `xunshi_bench` by default
(XUNSHI_BENCH_DATABASE_URL; a sqlite:/// URL works too), with a marker file in
XUNSHI_DATA_DIR/bench recording what was generated, so re-runs only measure.

The measuring runs in a child process whose default database is the bench database,
so the code measured is the same selectors the workbench calls.
"""

from __future__ import annotations

import os

from django.conf import settings

from xunshi.bench import Report, benchmark, run_child
from xunshi.core.env import env_int, env_str

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/xunshi_bench"


def _ensure_postgres_database(url: str) -> None:
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = config["NAME"]
    admin = psycopg.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
        autocommit=True,
    )
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')


@benchmark("matching", "近似重复件查找与人员档案查询（生成语料，默认 100 万件）")
def bench_matching(report: Report) -> None:
    size = env_int("XUNSHI_BENCH_ITEMS", 1_000_000)
    url = env_str("XUNSHI_BENCH_DATABASE_URL", DEFAULT_URL)
    data_dir = settings.DATA_DIR / "bench"
    data_dir.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgres"):
        _ensure_postgres_database(url)
    env = {**os.environ, "DATABASE_URL": url, "XUNSHI_DATA_DIR": str(data_dir)}
    report.line("corpus", f"{size:,} items · {url.split('@')[-1]}")
    run_child(report, "xunshi.matching.benchrun", ["--size", str(size)], env)
