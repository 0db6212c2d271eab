"""`xunshi bench item-list`: the workbench item list's first page at scale.

Measured on the corpus `xunshi bench matching` generated (PostgreSQL database
`xunshi_bench`, 1,000,000 items by default; XUNSHI_BENCH_DATABASE_URL overrides). This
bench never generates, drops or rebuilds that corpus: without it, it says so and stops.
It applies only the migrations of the stored priority if they are missing, and every row
it writes (two staff accounts, a sample of judged items) is rolled back at the end.

The measuring runs in a child process whose default database is the bench database, so
what is measured is the same selectors the list view calls.
"""

from __future__ import annotations

import os

from django.conf import settings

from xunshi.bench import Report, benchmark, run_child
from xunshi.core.env import env_str
from xunshi.matching.bench import DEFAULT_URL


@benchmark("item-list", "工作台信访件列表首页（按收到时间、按优先级、按级别和标记筛选；100 万件语料）")
def bench_item_list(report: Report) -> None:
    url = env_str("XUNSHI_BENCH_DATABASE_URL", DEFAULT_URL)
    data_dir = settings.DATA_DIR / "bench"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DATABASE_URL": url, "XUNSHI_DATA_DIR": str(data_dir)}
    report.line("corpus", url.split("@")[-1])
    run_child(report, "xunshi.workbench.benchrun", [], env)
