"""Channel benchmarks for `xunshi bench`.

imap-ingest: a private Dovecot holds N generated GBK/UTF-8 mails. In the same run we time
(1) fetching them all over IMAP without registering (the ceiling set by the server and
the network path), (2) fetching and parsing, and (3) the real poll that registers every
message durably through item_receive into a fresh SQLite database (in a child process,
so the database of this installation is not touched).

ocr-page: A4 pages at 300 dpi, 40 lines × 40 characters of the seed announcement, printed
with Noto Sans CJK and Noto Serif CJK, clean and as a degraded scan; seconds per page for
one page alone and for a 4-page document (pages run side by side), and character accuracy
(1 − CER after NFKC and whitespace removal). A page is cut into bands at blank rows so
that one page uses every core; CPU seconds are printed beside wall seconds because a
loaded machine stretches the wall time.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

from xunshi.bench import Report, benchmark, median

MAILS = 400
RUNS = 3
OCR_TARGET_SECONDS = 3.0
OCR_TARGET_ACCURACY = 0.95


def _mail(n: int) -> bytes:
    m = EmailMessage()
    m["From"] = f"reporter{n}@example.org"
    m["To"] = "hbswxsz07@hebei.gov.cn"
    m["Subject"] = f"反映沧县某局局长违规问题（第{n}封）"
    m["Message-ID"] = f"<bench-{n}@example.org>"
    m["Date"] = "Wed, 05 Aug 2015 10:00:00 +0800"
    body = f"第{n}封：东光县某局局长经常公车私用，周末开公车回老家，油费在单位报销。" * 8
    m.set_content(body, charset="gb18030" if n % 2 else "utf-8")
    return bytes(m)


def _child_env(data: Path) -> dict[str, str]:
    env = {**os.environ, "XUNSHI_DATA_DIR": str(data), "DATABASE_URL": f"sqlite:///{data / 'bench.sqlite3'}"}
    env.pop("XUNSHI_QUEUE_URL", None)
    return env


def _fetch_rate(server: object, *, parse: bool) -> float:
    from xunshi.channels.email.imap import fetch_messages
    from xunshi.channels.email.parse import mail_parse

    client = server.client()  # type: ignore[attr-defined]
    try:
        started = time.perf_counter()
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        count = 0
        for _uid, raw, _when in fetch_messages(client, uids):
            if parse:
                mail_parse(raw)
            count += 1
        elapsed = time.perf_counter() - started
    finally:
        client.logout()
    return count / elapsed


@benchmark("imap-ingest", "IMAP 邮件登记速度（封/秒），旁列同一邮箱仅收取不登记的速度")
def imap_ingest(report: Report) -> None:
    from xunshi.channels.testing import ComponentMissing, start_dovecot, stop

    fetch, fetch_parse, ingest = [], [], []
    for run in range(RUNS):
        with tempfile.TemporaryDirectory(prefix="xunshi-bench-imap-") as tmp:
            root = Path(tmp)
            try:
                server = start_dovecot(root / "dovecot")
            except ComponentMissing as exc:
                report.line("skipped", str(exc))
                return
            try:
                server.append([_mail(n) for n in range(1, MAILS + 1)])
                fetch.append(_fetch_rate(server, parse=False))
                fetch_parse.append(_fetch_rate(server, parse=True))
                data = root / "data"
                data.mkdir()
                env = _child_env(data)
                for cmd in (["init"], ["round", "load-seed"]):
                    subprocess.run(  # noqa: S603 - this interpreter, our own CLI
                        [sys.executable, "-m", "xunshi", *cmd],
                        env=env,
                        check=True,
                        capture_output=True,
                        timeout=300,
                    )
                out = subprocess.run(  # noqa: S603 - this interpreter, this module
                    [sys.executable, "-m", "xunshi.channels.bench", json.dumps(server.settings())],
                    env=env,
                    check=True,
                    capture_output=True,
                    timeout=600,
                    text=True,
                )
                result = json.loads(out.stdout.strip().splitlines()[-1])
                if result["registered"] != MAILS:
                    report.line(f"run {run + 1}: registered", f"{result['registered']} of {MAILS} (!)")
                ingest.append(result["registered"] / result["seconds"])
            finally:
                stop(server.process)
    report.line(f"fetch only (BODY.PEEK[] in batches of 50), {MAILS} mails", f"{median(fetch):8.0f} msg/s")
    report.line("fetch + parse (MIME, charsets, HTML)", f"{median(fetch_parse):8.0f} msg/s")
    report.line("fetch + parse + register durably (item_receive, SQLite)", f"{median(ingest):8.0f} msg/s")
    report.line("registering costs, per message", f"{1000 / median(ingest) - 1000 / median(fetch):8.2f} ms")


def _ingest_child(settings_json: str) -> None:
    """Runs in a child process on its own database: configure the mailbox, poll once, time it."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xunshi.settings")
    import django

    django.setup()
    from xunshi.channels.email.imap import mailbox_poll
    from xunshi.rounds.models import Channel

    channel = Channel.objects.select_related("round").get(kind=Channel.Kind.EMAIL, round__is_demo=False)
    channel.settings = json.loads(settings_json)
    channel.save(update_fields=["settings"])
    started = time.perf_counter()
    summary = mailbox_poll(channel=channel)
    seconds = time.perf_counter() - started
    print(json.dumps({"registered": summary.registered, "seconds": seconds}))


def _lines(text: str) -> list[str]:
    flat = re.sub(r"\s+", "", text)
    return [flat[i * 40 : (i + 1) * 40] for i in range(40)]


def _announcement() -> str:
    here = Path(__file__).resolve().parent.parent / "rounds" / "seeds" / "announcement.txt"
    return here.read_text(encoding="utf-8")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@benchmark("ocr-page", "扫描信件文字识别：每页秒数与字符准确率（目标 ≤ 3 秒/页，≥ 95%）")
def ocr_page(report: Report) -> None:
    import shutil

    from xunshi.channels.letters.accuracy import char_accuracy
    from xunshi.channels.letters.ocr import ocr_document
    from xunshi.channels.letters.render import FONT_CANDIDATES, encode, render_page

    if shutil.which("tesseract") is None:
        report.line("skipped", "tesseract is not installed (Debian tesseract-ocr, tesseract-ocr-chi-sim)")
        return
    lines = _lines(_announcement())
    truth = "".join(lines)
    fonts = [
        (label, path)
        for label, (path, _i) in zip(
            ("Noto Sans CJK SC", "Noto Serif CJK SC"), FONT_CANDIDATES[:2], strict=True
        )
        if Path(path).exists()
    ]
    cores = os.cpu_count() or 1
    report.line("cores / OMP_THREAD_LIMIT / load average (1 min)", f"{cores} / 1 / {os.getloadavg()[0]:.1f}")
    for label, path in fonts:
        for scan in (False, True):
            data = encode([render_page(lines, scan=scan, font_path=path)], "png")
            times, cpu, accs = [], [], []
            for _ in range(RUNS if not scan else 1):
                before, started = _children_cpu(), time.perf_counter()
                [result] = ocr_document(data, "image/png")
                times.append(time.perf_counter() - started)
                cpu.append(_children_cpu() - before)
                accs.append(char_accuracy(truth, result.text))
            kind = "scan" if scan else "clean"
            report.line(
                f"{label}, {kind}: one A4 page, wall (CPU)",
                f"{median(times):5.2f} s ({median(cpu):4.2f} s CPU) per page, limit {OCR_TARGET_SECONDS:.0f}",
            )
            report.line(
                f"{label}, {kind}: character accuracy",
                f"{median(accs) * 100:5.1f} %, limit {OCR_TARGET_ACCURACY * 100:.0f} %",
            )
    pdf = encode([render_page(lines, font_path=fonts[0][1])] * 4, "pdf")
    before, started = _children_cpu(), time.perf_counter()
    results = ocr_document(pdf, "application/pdf")
    wall = (time.perf_counter() - started) / len(results)
    cpu_page = (_children_cpu() - before) / len(results)
    mean = sum(char_accuracy(truth, r.text) for r in results) / len(results)
    report.line(
        f"4-page PDF, pages side by side on {cores} cores, wall (CPU)",
        f"{wall:5.2f} s ({cpu_page:4.2f} s CPU) per page",
    )
    report.line("4-page PDF character accuracy", f"{mean * 100:5.1f} %")
    report.line("note", "scan = 0.8° rotation, blur 1.2, speckles, as in components.md §5")


if __name__ == "__main__":
    _ingest_child(sys.argv[1])
