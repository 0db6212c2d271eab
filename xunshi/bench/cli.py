"""`xunshi bench [NAME…]`."""

from __future__ import annotations

import argparse

from xunshi.bench import Report, load
from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    parser = cli.command("bench", run, "运行性能基准（每项数字旁给出同一次运行中测得的上限）")
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--list", action="store_true", help="列出所有基准")


def run(args: argparse.Namespace) -> int:
    registry = load()
    if args.list or not registry:
        for name, (description, _) in sorted(registry.items()):
            print(f"{name:<24} {description}")
        return 0
    unknown = [n for n in args.names if n not in registry]
    if unknown:
        raise CliError("未知基准：" + "、".join(unknown) + "；可用：" + "、".join(sorted(registry)))
    for name in args.names or sorted(registry):
        description, fn = registry[name]
        print(f"== {name}: {description}", flush=True)
        fn(Report(name))
    return 0
