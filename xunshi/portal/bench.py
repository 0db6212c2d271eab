"""`xunshi bench portal-intake`: durable web reports per second through the real server.

What counts as a submission: one POST of the complete report form, as a browser sends
it (multipart/form-data, CSRF cookie and field, a fresh form token), answered 200 with
a receipt code — which the server sends only after the item's transaction committed.
Each simulated reporter loads the form once for its CSRF cookie; the form token is made
client-side, as `valid_token` allows, so the POST path is what is measured. A second
row measures the whole browser flow (GET the form, then POST) for comparison.

The load generator is a lean asyncio raw-HTTP client in this process: no HTTP library
on the hot path, bodies assembled from pre-encoded parts, so on a 2-core machine the
server gets nearly all the CPU. Every run stops issuing new requests at its deadline and
waits for those in flight, so each acknowledged receipt is known, and afterwards the
database must hold exactly one item per acknowledged receipt.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import re
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from xunshi.bench import Report, benchmark, median

HOST = "127.0.0.1"
CONCURRENCY = (16, 64)
RUNS = 3
RUN_SECONDS = 5.0
RAW_SECONDS = 2.0
REQUEST_TIMEOUT = 120.0
_CODE_RE = re.compile(rb'id="receipt-code">(\d{4} \d{4} \d{4} \d{4})<')
_CSRF_FIELD_RE = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
_TARGET_RE = re.compile(rb'<option value="(\d+)"')
_COOKIE_RE = re.compile(rb"csrftoken=([^;]+);", re.IGNORECASE)


# --- realistic reports -------------------------------------------------------------

_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN = "建国志强明华伟军海燕丽娟秀英桂兰玉梅振东国庆春生德福永红卫东小龙文杰晓峰俊杰宏伟淑珍凤英"
_PLACES = ["任丘市", "河间市", "献县", "泊头市", "青县", "沧县", "肃宁县", "吴桥县", "东光县", "盐山县"]
_TOWNS = ["城关镇", "出岸镇", "石门桥镇", "吕公堡镇", "长丰镇", "鄚州镇", "苟各庄镇", "梁召镇", "辛中驿镇"]
_POSTS = ["党委书记", "镇长", "副镇长", "村党支部书记", "村委会主任", "局长", "副局长", "办公室主任",
          "财政所所长", "国土资源所所长", "住建局副局长", "扶贫办主任", "水务局局长", "民政局副局长"]
# Reports are composed clause by clause from these lists, so that two reports share
# words, as real ones do, without being near-copies of each other (which would make the
# duplicate matcher see every report as a repeat of the last).
_OPENINGS = [
    "尊敬的巡视组领导：我们是{place}{town}的群众，现将有关情况反映如下。",
    "巡视组：我是{town}的一名退休教师，有几件事憋在心里很久了，今天实名向你们反映。",
    "各位领导好！听说省委巡视组来了，我们几个村民商量后决定把问题写出来。",
    "反映人系{place}某单位职工，因担心报复不便留名，请组织核查以下问题。",
    "我们是{town}{k}个村的党员和群众代表，联名反映{post}{who}的问题。",
]
_WHEN = [
    "{y}年{m}月", "{y}年春节前后", "去年{m}月份", "从{y}年开始", "近两年来", "今年{m}月{d}日", "{y}年汛期",
]
_MISDEEDS = [
    "把{project}交给他小舅子的施工队，没有招标", "虚报{project}工程量，多结算工程款",
    "收受承包商送的现金和烟酒", "在评低保时优亲厚友", "挪用征地补偿款给镇里还债",
    "违规给自己的亲戚安排公益岗位，人不上班照领工资", "让下属单位报销他家的装修费",
    "用公款在{place}的宾馆长期包房", "把集体的机动地低价租给自己的合伙人",
    "借检查名义向企业摊派赞助费", "在干部调整中收钱，按价码给人安排位置",
    "把危房改造指标给了不符合条件的关系户", "违规审批宅基地，给开发商开绿灯",
    "将粮食直补款截留在村委账上不发", "组织公款旅游，以培训的名义去{place}游玩",
    "对群众反映的污染问题压着不办，和厂方老板称兄道弟", "在{project}中指定使用他表哥厂里的管材",
    "伪造会议记录，冒签村民代表的名字", "把扶贫羊分给了自家亲戚养", "大操大办母亲的丧事，收礼金不计其数",
]
_AMOUNTS = [
    "，涉及金额约{n}万元", "，前后有{k}次之多", "，光这一项就有{n}多万", "，受影响的农户有{k}十户",
    "，账上对不上的钱有{n}千多元", "", "",
]
_AFTER = [
    "群众敢怒不敢言。", "村民去镇里问，被工作人员推来推去。", "有知情人可以作证。",
    "我们手里有收据复印件。", "去年有人向纪委写过信，至今没有下文。", "这件事在{town}几乎人人都知道。",
    "老百姓说这是“小官大贪”。", "现在那段路已经坑坑洼洼，下雨天根本没法走。",
    "当事人还放话说告到哪里都没用。", "希望巡视组能派人下来暗访。", "请领导为我们做主。",
    "他在{place}还有两套房子，来源说不清楚。",
]
_CLOSINGS = [
    "以上情况属实，如有不实愿承担责任。", "恳请巡视组深入调查，还群众一个公道。",
    "我们相信党和政府，期待早日得到答复。", "特此反映，盼复。", "",
]
_PROJECTS = ["村村通道路", "饮水安全工程", "美丽乡村建设", "高标准农田", "棚户区改造",
             "学校校舍维修", "污水处理厂", "光伏扶贫电站", "河道清淤", "农贸市场改建"]


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice((1, 2))))


def _content(rng: random.Random) -> tuple[str, str, str]:
    """A report of 300–1,500 characters, with the accused person's name and post."""
    who, post = _name(rng), rng.choice(_POSTS)
    target_len = rng.randint(300, 1500)

    def fill(template: str) -> str:
        return template.format(
            y=rng.randint(2009, 2015), m=rng.randint(1, 12), d=rng.randint(1, 28), k=rng.randint(2, 9),
            n=rng.randint(3, 980), who=who, post=post, town=rng.choice(_TOWNS), place=rng.choice(_PLACES),
            project=rng.choice(_PROJECTS),
        )

    parts = [fill(rng.choice(_OPENINGS))]
    while sum(map(len, parts)) < target_len:
        subject = rng.choice([f"{post}{who}", who, "他", f"{who}这个人"])
        parts.append(fill(
            f"{rng.choice(_WHEN)}，{subject}{rng.choice(_MISDEEDS)}{rng.choice(_AMOUNTS)}，{rng.choice(_AFTER)}"
        ))
    parts.append(fill(rng.choice(_CLOSINGS)))
    text = "".join(parts)
    if len(text) > 1500:
        text = text[:1499] + "。"
    return text, who, post


@dataclass(frozen=True)
class FormPage:
    path: str
    cookie: str
    csrf: str
    targets: list[str]


class Bodies:
    """Multipart bodies split around the token, so each request only joins bytes."""

    BOUNDARY = "----xunshibench7MA4YWxkTrZu0gW"

    def __init__(self, page: FormPage, count: int, seed: int) -> None:
        rng = random.Random(seed)  # noqa: S311 — reproducible test data, not secrets
        self.cookie = page.cookie
        self.templates: list[tuple[bytes, bytes]] = []
        for i in range(count):
            content, who, post = _content(rng)
            named = i % 2 == 0
            fields = {
                "csrfmiddlewaretoken": page.csrf,
                "identity_kind": "named" if named else "anonymous",
                "name": _name(rng) if named else "",
                "phone": f"1{rng.randint(3, 9)}{rng.randint(0, 10**9 - 1):09d}" if named or i % 3 else "",
                "id_number": f"1309{rng.randint(10, 99)}19{rng.randint(50, 99)}{rng.randint(1010, 1228)}"
                             f"{rng.randint(100, 999)}{rng.choice('0123456789X')}" if named else "",
                "address": f"{rng.choice(_TOWNS)}{rng.randint(1, 30)}号" if named else "",
                "email": "",
                "target": rng.choice(page.targets) if page.targets and i % 4 else "",
                "accused_name": who,
                "accused_position": post,
                "accused_unit": f"{rng.choice(_PLACES)}{rng.choice(_TOWNS)}",
                "subject": f"反映{post}{who}的问题",
                "content": content,
            }
            head = "".join(self._part(k, v) for k, v in fields.items())
            tail = (
                f"--{self.BOUNDARY}\r\n"
                'Content-Disposition: form-data; name="attachments"; filename=""\r\n'
                f"Content-Type: application/octet-stream\r\n\r\n\r\n--{self.BOUNDARY}--\r\n"
            )
            before_token = f'{head}--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="token"\r\n\r\n'
            self.templates.append((before_token.encode(), ("\r\n" + tail).encode()))
        self.request_head = (
            f"POST {page.path} HTTP/1.1\r\nHost: {HOST}\r\nUser-Agent: xunshi-bench\r\n"
            f"Origin: http://{HOST}\r\nCookie: csrftoken={page.cookie}\r\n"
            f"Content-Type: multipart/form-data; boundary={self.BOUNDARY}\r\nConnection: close\r\n"
        ).encode()

    def _part(self, name: str, value: str) -> str:
        return f'--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'

    def request(self, i: int, token: str) -> bytes:
        before, after = self.templates[i % len(self.templates)]
        body = before + token.encode() + after
        return self.request_head + b"Content-Length: %d\r\n\r\n" % len(body) + body


# --- the load generator ------------------------------------------------------------


def _get(path: str, cookie: str = "") -> bytes:
    extra = f"Cookie: csrftoken={cookie}\r\n" if cookie else ""
    head = f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nUser-Agent: xunshi-bench\r\n{extra}"
    return (head + "Connection: close\r\n\r\n").encode()


def receipt_code(body: bytes) -> str | None:
    """The receipt code on the acknowledgement page, digits only."""
    found = _CODE_RE.search(body)
    return found.group(1).decode().replace(" ", "") if found else None


async def exchange(port: int, payload: bytes) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        writer.write(payload)
        # Connection: close — the response ends at EOF. A request that never ends is an
        # error (TimeoutError is an OSError), not a hung benchmark.
        raw = await asyncio.wait_for(reader.read(), REQUEST_TIMEOUT)
    finally:
        writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, body


@dataclass
class Outcome:
    acked: dict[str, str] = field(default_factory=dict)  # form token -> receipt code
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0


async def _load(port: int, bodies: Bodies, clients: int, seconds: float, with_get: str | None) -> Outcome:
    out = Outcome()
    get_payload = _get(with_get, bodies.cookie) if with_get else b""
    counter = iter(range(10**9))
    start = time.perf_counter()
    deadline = start + seconds

    async def client() -> None:
        while time.perf_counter() < deadline:
            i = next(counter)
            token = secrets.token_urlsafe(24)
            t0 = time.perf_counter()
            try:
                if get_payload:
                    status, _ = await exchange(port, get_payload)
                    if status != 200:
                        out.errors.append(f"GET form: HTTP {status}")
                        continue
                status, body = await exchange(port, bodies.request(i, token))
            except OSError as exc:
                out.errors.append(f"{type(exc).__name__}: {exc}")
                continue
            code = receipt_code(body) if status == 200 else None
            if code is None:
                out.errors.append(f"HTTP {status}: {body[:200].decode(errors='replace')}")
                continue
            out.latencies.append(time.perf_counter() - t0)
            out.acked[token] = code

    await asyncio.gather(*(client() for _ in range(clients)))
    out.elapsed = time.perf_counter() - start
    return out


# --- environment: data dir, server, raw commit rate --------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(XUNSHI_DATA_DIR=str(data_dir), DATABASE_URL=f"sqlite:///{data_dir / 'xunshi.sqlite3'}")
    # The bench measures the server's intake: the proof of work is the client's cost, and
    # the per-client rate limit would stop a load generator that is one address.
    env.update(XUNSHI_PORTAL_POW_BITS="0", XUNSHI_PORTAL_THROTTLE="0")
    return env


def _xunshi(*args: str) -> list[str]:
    return [sys.executable, "-m", "xunshi", *args]


@contextlib.contextmanager
def _server(data_dir: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    log = (data_dir / "serve.log").open("wb")
    proc = subprocess.Popen(  # noqa: S603 — our own CLI
        _xunshi("serve", "--host", HOST, "--port", str(port)), env=_env(data_dir),
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        _wait_ready(port, proc)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    until = time.monotonic() + timeout
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise RuntimeError("xunshi serve exited during start-up")
        try:
            status, _ = asyncio.run(exchange(port, _get("/")))
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError("xunshi serve did not answer in time")


def form_page(port: int, path: str) -> FormPage:
    async def fetch() -> bytes:
        reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(_get(path))
        raw = await reader.read()
        writer.close()
        return raw

    raw = asyncio.run(fetch())
    head, _, body = raw.partition(b"\r\n\r\n")
    cookie, csrf = _COOKIE_RE.search(head), _CSRF_FIELD_RE.search(body)
    if cookie is None or csrf is None:
        raise RuntimeError(f"report form without CSRF token: {head[:200]!r}")
    return FormPage(
        path=path, cookie=cookie.group(1).decode(), csrf=csrf.group(1).decode(),
        targets=[t.decode() for t in _TARGET_RE.findall(body)],
    )


def server_cpu_seconds(root: int) -> float:
    """User and system CPU used so far by a process and its children (gunicorn's master
    and workers): CPU per submission shows where a limit lies when the disk is not it."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(stat.parent.name) == root or int(fields[1]) == root:
            total += int(fields[11]) + int(fields[12])
    return total / tick


def raw_commit_rate(db_path: Path, seconds: float = RAW_SECONDS) -> float:
    """Durable commits/s of one small insert per transaction on one connection, with the
    same journal and sync settings as the server (WAL, synchronous=FULL)."""
    con = sqlite3.connect(db_path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE IF NOT EXISTS bench_raw_commit (id INTEGER PRIMARY KEY, v TEXT)")
        n, start = 0, time.perf_counter()
        while (now := time.perf_counter()) - start < seconds:
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO bench_raw_commit (v) VALUES (?)", (f"commit {n}",))
            con.execute("COMMIT")
            n += 1
        rate = n / (now - start)
        con.execute("DROP TABLE bench_raw_commit")
        return rate
    finally:
        con.close()


def _verify(db_path: Path, data_dir: Path, round_slug: str, acked: dict[str, str]) -> list[str]:
    """Nothing lost, nothing doubled: one item per acknowledged receipt, and no other."""
    from xunshi.core.keys import receipt_key
    from xunshi.portal.receipts import code_hash_with

    key = receipt_key(data_dir)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT i.receipt_hash, i.seq FROM intake_item i JOIN rounds_round r ON r.id = i.round_id "
            "WHERE r.slug = ?", (round_slug,),
        ).fetchall()
    finally:
        con.close()
    stored = {h for h, _ in rows}
    wanted = {code_hash_with(key, code) for code in acked.values()}
    problems = []
    if len(rows) != len(acked):
        problems.append(f"{len(rows)} items stored for {len(acked)} acknowledged submissions")
    if missing := wanted - stored:
        problems.append(f"{len(missing)} acknowledged receipts have no item")
    if len(set(acked.values())) != len(acked):
        problems.append("two submissions got the same receipt code")
    seqs = sorted(s for _, s in rows)
    if seqs != list(range(1, len(seqs) + 1)):
        problems.append("registration numbers have gaps or clashes")
    return problems


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@benchmark("portal-intake", "公众门户网上举报：经真实服务器持久登记的件数/秒，对比同一SQLite文件裸提交速率")
def portal_intake(report: Report) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="xunshi-bench-"))
    db_path = data_dir / "xunshi.sqlite3"
    try:
        for args in (("init",), ("round", "load-seed", "--demo")):
            subprocess.run(  # noqa: S603 — our own CLI
                _xunshi(*args), env=_env(data_dir), check=True, stdout=subprocess.DEVNULL,
            )
        con = sqlite3.connect(db_path)
        (slug,) = con.execute("SELECT slug FROM rounds_round WHERE is_demo ORDER BY id DESC").fetchone()
        con.close()
        raw = [raw_commit_rate(db_path)]
        port = _free_port()
        acked: dict[str, str] = {}
        rates: dict[int, float] = {}
        errors: list[str] = []
        with _server(data_dir, port) as server:
            page = form_page(port, f"/report/{slug}/")
            bodies = Bodies(page, count=400, seed=20150803)
            warm = asyncio.run(_load(port, bodies, clients=8, seconds=1.0, with_get=None))
            acked |= warm.acked
            errors += warm.errors
            for clients in CONCURRENCY:
                runs: list[Outcome] = []
                cpu_before = server_cpu_seconds(server.pid)
                for _ in range(RUNS):
                    out = asyncio.run(_load(port, bodies, clients, RUN_SECONDS, with_get=None))
                    acked |= out.acked
                    errors += out.errors
                    runs.append(out)
                rates[clients] = median([r.rate for r in runs])
                lat = [x for r in runs for x in r.latencies]
                report.line(
                    f"{clients} clients: submissions/s (median of {RUNS}×{RUN_SECONDS:.0f}s)",
                    f"{rates[clients]:8.1f}   runs "
                    + " ".join(f"{r.rate:.0f}" for r in runs),
                )
                report.line(
                    f"{clients} clients: latency p50 / p95 (ms)",
                    f"{_percentile(lat, 0.50) * 1000:8.1f} / {_percentile(lat, 0.95) * 1000:.1f}",
                )
                done = sum(len(r.latencies) for r in runs)
                cpu_ms = 1000 * (server_cpu_seconds(server.pid) - cpu_before) / max(done, 1)
                report.line(f"{clients} clients: server CPU per submission (ms)", f"{cpu_ms:8.1f}")
                report.line(f"{clients} clients: errors", f"{sum(len(r.errors) for r in runs):8d}")
            flow = asyncio.run(_load(port, bodies, 16, RUN_SECONDS, with_get=page.path))
            acked |= flow.acked
            errors += flow.errors
            report.line("16 clients, browser flow (GET form + POST): submissions/s",
                        f"{flow.rate:8.1f}   errors {len(flow.errors)}")
        report.line("server under test", "xunshi serve; portal proof of work and rate limits off")
        raw.append(raw_commit_rate(db_path))
        raw_rate = median(raw)
        report.line("raw durable commits/s, same SQLite file (WAL, synchronous=FULL)",
                    f"{raw_rate:8.1f}   runs " + " ".join(f"{r:.0f}" for r in raw))
        for clients, rate in rates.items():
            report.line(f"ratio at {clients} clients to the raw rate (target ≥ 40 %)",
                        f"{100 * rate / raw_rate:8.1f} %")
        problems = _verify(db_path, data_dir, slug, acked)
        verdict = "; ".join(problems) if problems else "one item each, none extra"
        report.line("acknowledged submissions / items in database", f"{len(acked):8d}   {verdict}")
        report.line("errors in all runs (must be 0)", f"{len(errors):8d}")
        for message in sorted(set(errors))[:5]:
            print(f"    error: {message}", flush=True)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
