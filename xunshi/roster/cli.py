"""`xunshi roster import FILE [--round R]`: prints a per-row report."""

from __future__ import annotations

import argparse
from pathlib import Path

from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    cli.group("roster", "干部名册")
    parser = cli.subcommand("roster", "import", roster_import_cmd, "导入被巡视单位干部名册（Excel 或 CSV）")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--round", dest="round_ref", default=None)


def roster_import_cmd(args: argparse.Namespace) -> int:
    from xunshi.roster.services import RosterFileError, roster_import
    from xunshi.rounds.selectors import RoundNotFound, round_pick

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件：{path}")
    try:
        rnd = round_pick(args.round_ref)
        results = roster_import(round=rnd, path=path)
    except (RoundNotFound, RosterFileError) as exc:
        raise CliError(str(exc)) from exc
    labels = {"imported": "已导入", "updated": "已更新", "error": "错误"}
    for r in results:
        print(f"第 {r.row} 行\t{labels[r.status]}\t{r.name}" + (f"\t{r.message}" if r.message else ""))
    errors = sum(r.status == "error" for r in results)
    print(
        f"共 {len(results)} 行：导入 {sum(r.status == 'imported' for r in results)}，"
        f"更新 {sum(r.status == 'updated' for r in results)}，错误 {errors}"
    )
    return 1 if errors else 0
