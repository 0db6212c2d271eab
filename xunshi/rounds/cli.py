"""`xunshi round …` commands of the rounds area."""

from __future__ import annotations

import argparse

from xunshi.cli.main import Cli


def register(cli: Cli) -> None:
    cli.group("round", "巡视轮次")
    seed = cli.subcommand("round", "load-seed", load_seed, "载入种子轮次（可重复运行）")
    seed.add_argument("--demo", action="store_true", help="另建一个从今天开始的演示副本")


def load_seed(args: argparse.Namespace) -> int:
    from xunshi.rounds.services import round_load_seed

    rnd, created = round_load_seed()
    print(("已载入" if created else "已存在") + f"：{rnd.name}（{rnd.slug}）")
    if args.demo:
        demo, created = round_load_seed(demo=True)
        print(("已载入" if created else "已存在") + f"：{demo.name}（{demo.slug}），"
              f"受理期 {demo.period_start} 至 {demo.period_end}")
    return 0
