"""`xunshi bench triage`: triage throughput beside raw jieba segmentation of the same texts.

Texts are letters of 300–1,500 characters assembled from the bundled labelled items
(so they read like reports, with posts, names and dates). One core, one process; the
model is fitted/loaded and jieba initialised before timing. Each stage is also timed
alone so the cost of accuracy is visible.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from typing import Any

from xunshi.bench import Report, benchmark, median


def _texts(n: int = 120, seed: int = 7) -> list[str]:
    from xunshi.triage.model import BUNDLED_TRAINING

    items = [str(r["text"]) for r in json.loads(BUNDLED_TRAINING.read_text("utf-8"))]
    rng = random.Random(seed)  # noqa: S311 - picks sample texts, not secrets
    out = []
    for _ in range(n):
        target = rng.randint(300, 1500)
        parts: list[str] = []
        while sum(map(len, parts)) < target:
            parts.append(rng.choice(items))
        out.append("\n".join(parts)[:target])
    return out


def _rate(fn: Callable[[Any], Any], texts: list[Any], repeats: int = 3) -> float:
    """Median seconds for one pass over `texts`."""
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        runs.append(time.perf_counter() - t0)
    return median(runs)


@benchmark("triage", "研判吞吐量（条/秒）与同一批文本的 jieba 分词速度对比，及各阶段耗时")
def bench_triage(report: Report) -> None:
    import jieba

    from xunshi.triage import extract as ex
    from xunshi.triage import rules
    from xunshi.triage.engine import judge
    from xunshi.triage.model import load
    from xunshi.triage.normalize import prepare

    texts = _texts()
    chars = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    model = load()
    judge(texts[0])

    seg = _rate(lambda t: jieba.lcut(t), texts)
    full = _rate(lambda t: judge(t), texts)
    rules_only = _rate(lambda t: judge(t, use_model=False), texts)
    from xunshi.triage import engine

    checked = engine._check_names
    engine._check_names = lambda accused, prepared: None  # the same triage without the tagger
    try:
        no_ner = _rate(lambda t: judge(t), texts)
    finally:
        engine._check_names = checked
    no_attribution = _rate(lambda t: judge(t, use_attribution=False), texts)
    n = len(texts)
    report.line(f"texts: {n}, {chars} chars, {chars // n} chars on average", "")
    report.line("raw jieba.lcut (limit)", f"{n / seg:8.1f} items/s  {chars / seg / 1000:7.0f} k chars/s")
    fast = _rate(lambda t: ex.segment(t), texts)
    report.line("  (triage cuts with rjieba: same cuts)",
                f"{n / fast:8.1f} items/s  {chars / fast / 1000:7.0f} k chars/s")
    report.line("triage, rules + model", f"{n / full:8.1f} items/s  = {seg / full:5.0%} of jieba")
    report.line("triage, rules only", f"{n / rules_only:8.1f} items/s  = {seg / rules_only:5.0%} of jieba")

    prepared = [prepare(t) for t in texts]
    stages: list[tuple[str, Callable[[int], Any]]] = [
        ("prepare (width, script, control chars)", lambda i: prepare(texts[i])),
        ("rjieba with post dictionary (full text)", lambda i: ex.segment(prepared[i].analysis)),
        ("officials: posts, names, units", lambda i: ex.officials(prepared[i])),
        ("places (jieba tags, gazetteer)", lambda i: ex.places(prepared[i])),
        ("dates", lambda i: ex.dates(prepared[i])),
        ("rule layer (acts, claims)", lambda i: rules.evaluate(
            prepared[i].analysis, ex.sentences(prepared[i].analysis), [], [])),
        ("model (scope, type, topics)", lambda i: model.predict(prepared[i].analysis)),
    ]
    report.line("stage: name check (LAC tagger, windows around accused names)",
                f"{(full - no_ner) / n * 1000:7.2f} ms/item  ({(full - no_ner) / full:4.0%} of triage)")
    report.line("stage: who is accused (jieba person tags, learnt weights)",
                f"{(full - no_attribution) / n * 1000:7.2f} ms/item  "
                f"({(full - no_attribution) / full:4.0%} of triage)")
    idx = list(range(n))
    for label, fn in stages:
        secs = _rate(fn, idx)
        report.line(f"stage: {label}", f"{secs / n * 1000:7.2f} ms/item  ({secs / full:4.0%} of triage)")
