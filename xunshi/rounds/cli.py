"""`xunshi round …` commands of the rounds area."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    cli.group("round", "巡视轮次")
    seed = cli.subcommand("round", "load-seed", load_seed, "载入种子轮次（可重复运行）")
    seed.add_argument("--demo", action="store_true", help="另建一个从今天开始的演示副本")
    parse = cli.subcommand("round", "parse", parse_announcement, "从巡视（巡察）公告读出轮次配置建议（JSON）")
    parse.add_argument("file", metavar="FILE", help="UTF-8 文本文件；- 表示标准输入")
    parse.add_argument("--jsonl", action="store_true", help='FILE 每行一个 {"id": …, "text": …}')
    ev = cli.subcommand("round", "eval", eval_announcements, "用标注好的公告评估解析：各字段得分与平均分")
    ev.add_argument("file", metavar="FILE.jsonl", help='每行 {"id", "text", "labels"}')
    ev.add_argument("--json", action="store_true", help="输出一个 JSON 对象")


def load_seed(args: argparse.Namespace) -> int:
    from xunshi.rounds.services import round_load_seed

    rnd, created = round_load_seed()
    print(("已载入" if created else "已存在") + f"：{rnd.name}（{rnd.slug}）")
    if args.demo:
        demo, created = round_load_seed(demo=True)
        print(("已载入" if created else "已存在") + f"：{demo.name}（{demo.slug}），"
              f"受理期 {demo.period_start} 至 {demo.period_end}")
    return 0


def _open_text(path: str) -> TextIO:
    if path == "-":
        reconfigure = getattr(sys.stdin, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"无法读取 {path}：{exc.strerror}") from exc


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    stream = _open_text(path)
    records = []
    try:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CliError(f"{path} 第 {n} 行不是 JSON：{exc.msg}") from exc
            if not isinstance(rec, dict):
                raise CliError(f"{path} 第 {n} 行不是 JSON 对象")
            records.append(rec)
    except UnicodeDecodeError as exc:
        raise CliError(f"{path} 不是 UTF-8 文本") from exc
    finally:
        if stream is not sys.stdin:
            stream.close()
    return records


def _emit(obj: dict[str, Any]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def parse_announcement(args: argparse.Namespace) -> int:
    from xunshi.rounds.announcement import parse

    if args.jsonl:
        for rec in _read_jsonl(args.file):
            result = parse(str(rec.get("text") or ""))
            if result.problem:
                print(f"xunshi: {rec.get('id')}: {result.problem}（输出空建议）", file=sys.stderr)
            _emit({"id": rec.get("id"), **result.contract()})
        return 0
    stream = _open_text(args.file)
    try:
        text = stream.read()
    except UnicodeDecodeError as exc:
        raise CliError(f"{args.file} 不是 UTF-8 文本") from exc
    finally:
        if stream is not sys.stdin:
            stream.close()
    result = parse(text)
    if result.problem:
        print(f"xunshi: {result.problem}（输出空建议）", file=sys.stderr)
    _emit(result.contract())
    return 0


def eval_announcements(args: argparse.Namespace) -> int:
    from xunshi.rounds.announcement.scoring import evaluate

    records = _read_jsonl(args.file)
    if not records:
        raise CliError(f"{args.file} 中没有标注的公告")
    report = evaluate(records).report()
    if args.json:
        _emit(report)
        return 0
    print(f"公告 {report['count']} 篇")
    for key, score in report["fields"].items():
        wrong = report["misjudged"].get(key, [])
        print(f"  {key:<14} {score:.3f}" + (f"  误判：{', '.join(wrong)}" if wrong else ""))
    print(f"  {'平均':<12} {report['mean']:.3f}")
    invented = report["invented_channels"]
    print("凭空多出的渠道：" + ("; ".join(f"{k}: {', '.join(v)}" for k, v in invented.items()) or "无"))
    return 0
