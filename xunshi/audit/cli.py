"""`xunshi audit verify`."""

from __future__ import annotations

import argparse

from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    cli.group("audit", "审计日志")
    cli.subcommand("audit", "verify", verify, "校验审计日志的完整性（哈希链）")


def verify(args: argparse.Namespace) -> int:
    from xunshi.audit.services import audit_verify

    verdict = audit_verify()
    if not verdict.ok:
        raise CliError(f"审计日志校验失败：{verdict.problem}（此前 {verdict.checked} 条完好）")
    print(f"审计日志完好：共 {verdict.checked} 条")
    return 0
