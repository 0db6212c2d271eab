"""`xunshi round close` and `xunshi transfer remind` (see ../shared/formats/cli.md)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from xunshi.cli.main import Cli, CliError

if TYPE_CHECKING:
    from xunshi.rounds.models import Round


def register(cli: Cli) -> None:
    close = cli.subcommand(
        "round", "close", round_close, "结束巡视轮次；仍有信访件未记录答复时拒绝（列出这些件）"
    )
    close.add_argument(
        "--round", dest="round_ref", metavar="R", help="轮次代号、名称或编号；缺省为唯一进行中的轮次"
    )
    remind = cli.subcommand(
        "transfer", "remind", transfers_remind, "对逾期未办结的转办单催办，并列出督办清单"
    )
    remind.add_argument("--round", dest="round_ref", metavar="R", help="轮次代号、名称或编号")


def _round(ref: str | None) -> Round:
    from xunshi.rounds.selectors import RoundNotFound, round_pick

    try:
        return round_pick(ref)
    except RoundNotFound as exc:
        raise CliError(str(exc)) from exc


def round_close(args: argparse.Namespace) -> int:
    from xunshi.casework.services import CaseworkError, RoundCloseRefused
    from xunshi.casework.services import round_close as close

    rnd = _round(args.round_ref)
    try:
        close(round=rnd, actor_label="命令行")
    except RoundCloseRefused as exc:
        lines = [f"  {i.number}  {i.get_status_display()}  {i.subject or i.content[:30]}" for i in exc.items]
        raise CliError(f"{exc}\n" + "\n".join(lines)) from exc
    except CaseworkError as exc:
        raise CliError(str(exc)) from exc
    print(f"已结束：{rnd.name}（{rnd.slug}）")
    return 0


def transfers_remind(args: argparse.Namespace) -> int:
    from django.db.models import QuerySet

    from xunshi.casework.models import Transfer
    from xunshi.casework.selectors import transfers_escalated
    from xunshi.casework.services import transfers_remind_overdue

    rnd = _round(args.round_ref)
    for t in transfers_remind_overdue(round=rnd, actor=None):
        print(f"催办 {t.number}  {t.department}  期限 {t.due_date:%Y-%m-%d}  第{t.reminder_count}次")
    qs: QuerySet[Transfer] = Transfer.objects.filter(round=rnd)
    escalated = transfers_escalated(qs)
    if escalated:
        print("督办清单：")
        for t in escalated:
            print(f"  {t.number}  {t.target.name}  {t.department.name}  期限 {t.due_date:%Y-%m-%d}")
    return 0
