"""`xunshi ingest eml|mbox|sms-dir`, `xunshi worker` and `xunshi channels …` (see cli.md)."""

from __future__ import annotations

import argparse
import json
import logging
import mailbox
import sys
from collections.abc import Iterable
from pathlib import Path

from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    cli.group("ingest", "从渠道导入信访件（每条输出一行 JSON）")
    eml = cli.subcommand("ingest", "eml", ingest_eml, "登记 .eml 邮件文件")
    eml.add_argument("files", nargs="+", metavar="FILE")
    mbox = cli.subcommand("ingest", "mbox", ingest_mbox, "登记 mbox 邮箱文件中的全部邮件")
    mbox.add_argument("file", metavar="FILE")
    sms = cli.subcommand("ingest", "sms-dir", ingest_sms_dir, "登记 gammu-smsd files 收件目录中的短信")
    sms.add_argument("directory", metavar="DIR")
    for parser in (eml, mbox, sms):
        parser.add_argument("--round", dest="round_ref", metavar="R", help="轮次代号、名称或编号")

    worker = cli.command("worker", worker_run, "运行后台任务队列（收取邮件、短信，文字识别）")
    worker.add_argument("--workers", type=int, default=2, help="并行线程数")
    worker.add_argument("--no-kick", action="store_true", help="启动时不立即执行各渠道的收取")
    worker.add_argument("--verbose", action="store_true", help="输出队列日志")

    cli.group("channels", "受理渠道运维")
    poll = cli.subcommand("channels", "poll-email", channels_poll_email, "立即收取电子邮箱（不经队列）")
    poll.add_argument("--round", dest="round_ref", metavar="R", help="轮次代号、名称或编号")


def _channel(round_ref: str | None, kind: str):  # type: ignore[no-untyped-def]
    from xunshi.rounds.selectors import RoundNotFound, channel_for_kind, round_pick

    try:
        rnd = round_pick(round_ref)
        return rnd, channel_for_kind(rnd, kind)
    except RoundNotFound as exc:
        raise CliError(str(exc)) from exc


def _emit(results: Iterable[object]) -> int:
    status = 0
    for result in results:
        data = result.as_json()  # type: ignore[attr-defined]
        if data["error"]:
            status = 1
        print(json.dumps(data, ensure_ascii=False), flush=True)
    return status


def ingest_eml(args: argparse.Namespace) -> int:
    from xunshi.channels.email.ingest import mail_ingest
    from xunshi.channels.results import IngestResult

    rnd, channel = _channel(args.round_ref, "email")

    def results() -> Iterable[IngestResult]:
        for name in args.files:
            try:
                raw = Path(name).read_bytes()
            except OSError as exc:
                yield IngestResult(source=name, error=f"无法读取文件：{exc.strerror}")
                continue
            yield mail_ingest(round=rnd, channel=channel, raw=raw, source=name)

    return _emit(results())


def ingest_mbox(args: argparse.Namespace) -> int:
    from xunshi.channels.email.ingest import mail_ingest
    from xunshi.channels.results import IngestResult

    rnd, channel = _channel(args.round_ref, "email")
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到 mbox 文件：{args.file}")
    box = mailbox.mbox(str(path), create=False)

    def results() -> Iterable[IngestResult]:
        for index, key in enumerate(box.iterkeys()):
            source = f"{args.file}#{index + 1}"
            try:
                raw = box.get_bytes(key)
            except Exception as exc:  # a damaged mbox entry: report it, go on with the rest
                yield IngestResult(source=source, error=f"无法读取：{exc}")
                continue
            yield mail_ingest(round=rnd, channel=channel, raw=raw, source=source)

    try:
        return _emit(results())
    finally:
        box.close()


def ingest_sms_dir(args: argparse.Namespace) -> int:
    from xunshi.channels.sms.gammu import inbox_ingest

    _rnd, channel = _channel(args.round_ref, "sms")
    directory = Path(args.directory)
    if not directory.is_dir():
        raise CliError(f"找不到目录：{args.directory}")
    return _emit(inbox_ingest(channel=channel, directory=directory))


def channels_poll_email(args: argparse.Namespace) -> int:
    from xunshi.channels.email.imap import ChannelConfigError, mailbox_poll

    _rnd, channel = _channel(args.round_ref, "email")
    try:
        summary = mailbox_poll(
            channel=channel,
            on_result=lambda r: print(json.dumps(r.as_json(), ensure_ascii=False), flush=True),
        )
    except ChannelConfigError as exc:
        raise CliError(str(exc)) from exc
    print(
        f"收取 {summary.fetched} 封，新登记 {summary.registered}，重复 {summary.duplicates}，"
        f"出错 {summary.errors}",
        file=sys.stderr,
    )
    return 1 if summary.errors else 0


def worker_run(args: argparse.Namespace) -> int:
    from xunshi.channels.queue import huey
    from xunshi.channels.tasks import kick, load_all, lock_names

    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
        logging.getLogger("huey").setLevel(logging.INFO)
    load_all()
    # A worker killed while holding a poll lock would keep that mailbox locked for good.
    # (One worker process per queue: a second one would break the lock of the first.)
    huey.flush_locks(*lock_names())
    if not args.no_kick:
        kick()
    from xunshi.matching.warmup import band_index_warm_in_background

    # Once per start, so its one line is always shown: how long the band index took to read.
    logging.getLogger("xunshi.matching.warmup").setLevel(logging.INFO)
    # Beside the queue, not in it: intake goes on while the band index is read.
    band_index_warm_in_background()
    consumer = huey.create_consumer(
        workers=max(1, args.workers),
        worker_type="thread",
        periodic=True,
        initial_delay=0.1,
        backoff=1.15,
        # An idle worker still takes a new item within a quarter second (arrival → triage
        # shown, p95 ≤ 1 s); two threads polling a SQLite file four times a second cost nothing.
        max_delay=0.25,
        check_worker_health=True,
    )
    consumer.run()
    return 0
