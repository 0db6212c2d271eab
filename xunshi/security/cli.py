"""`xunshi keys rotate`, `xunshi round retention`, `xunshi backup`, `xunshi account reset-2fa`."""

from __future__ import annotations

import argparse
from pathlib import Path

from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    cli.group("keys", "加密密钥")
    rotate = cli.subcommand("keys", "rotate", keys_rotate, "启用新密钥，重新加密身份信息和原件，退役旧密钥")
    rotate.add_argument("--keep-old", action="store_true", help="完成后仍把旧密钥留在密钥环中")
    cli.group("round", "巡视轮次")
    retention = cli.subcommand(
        "round", "retention", round_retention, "轮次结束后归档，并按策略清除或封存举报人身份"
    )
    retention.add_argument("--round", help="轮次代号（默认：所有已结束的轮次）")
    retention.add_argument(
        "--policy", choices=["purge", "seal"], help="为该轮次设定策略（需同时给出 --round）"
    )
    retention.add_argument("--apply", action="store_true", help="真正执行（默认只列出将要做的事）")
    backup = cli.command("backup", backup_command, "在线备份数据库和附件目录（不含密钥）")
    backup.add_argument("dest", help="备份目录（须为空目录或不存在）")
    cli.group("account", "工作人员账户")
    reset = cli.subcommand(
        "account", "reset-2fa", reset_2fa, "手机丢失时：清除该用户的验证器，下次登录重新设置"
    )
    reset.add_argument("username")


def keys_rotate(args: argparse.Namespace) -> int:
    from xunshi.security.keyring import keys_rotate as rotate

    report = rotate(retire=not args.keep_old)
    print(f"新密钥 {report.new_key} 已启用：重新加密 {report.values} 个字段值、{report.files} 个原件文件。")
    if report.retired:
        print(f"旧密钥 {', '.join(report.retired)} 已移出密钥环，存于 keys/retired/（仅用于恢复旧备份）。")
    if report.unreadable:
        listed = "、".join(d[:12] for d in report.unreadable)
        raise CliError(f"{len(report.unreadable)} 个原件文件校验失败（{listed}），旧密钥暂留在密钥环中")
    return 0


def round_retention(args: argparse.Namespace) -> int:
    from xunshi.rounds.models import Round
    from xunshi.security.models import RoundRetention
    from xunshi.security.retention import RetentionError, retention_apply, retention_plan

    if args.round:
        rounds = list(Round.objects.filter(slug=args.round))
        if not rounds:
            raise CliError(f"没有代号为 {args.round} 的轮次")
    else:
        if args.policy:
            raise CliError("--policy 须与 --round 一起使用")
        rounds = list(Round.objects.filter(stage=Round.Stage.CLOSED).order_by("pk"))
    if args.policy:
        RoundRetention.objects.update_or_create(round=rounds[0], defaults={"policy": args.policy})
    if not rounds:
        print("没有已结束的轮次。")
        return 0
    for rnd in rounds:
        try:
            plan = retention_plan(rnd)
        except RetentionError as exc:
            raise CliError(str(exc)) from exc
        label = "清除" if plan.policy == "purge" else "封存"
        for warning in plan.warnings:
            print(f"{rnd.slug}：注意：{warning}，其中的号码未能检查。")
        if plan.done:
            print(f"{rnd.slug}：已处理，无留存的身份信息。")
            continue
        if rnd.stage != Round.Stage.CLOSED:
            print(f"{rnd.slug}：轮次尚未结束，跳过。")
            if args.round and args.apply:
                raise CliError(f"轮次 {rnd.slug} 尚未结束，不能清除或封存")
            continue
        if not args.apply:
            print(f"{rnd.slug}：将归档 {plan.items} 件，并{label} {plan.identities} 份举报人身份", end="")
            print(f"和 {plan.originals} 个身份原件（原始邮件、语音留言）", end="")
            if plan.smsd_files:
                print(f"、{plan.smsd_files} 个 gammu-smsd 文件（已发送、出错、发件箱、日志）", end="")
            print("（加 --apply 执行）。")
            continue
        try:
            run = retention_apply(rnd)
        except RetentionError as exc:
            raise CliError(str(exc)) from exc
        print(f"{rnd.slug}：已归档 {run.items} 件（archive/{run.archive_name}），", end="")
        print(f"已{label} {run.identities} 份身份、{run.originals} 个身份原件。")
        if run.sealed_name:
            print(f"  封存文件 archive/{run.sealed_name}；解封密钥 keys/sealed/{run.sealed_name}.key，")
            print("  请移交离线保管后从本机删除。")
    return 0


def backup_command(args: argparse.Namespace) -> int:
    from xunshi.security.backup import BackupError, backup_to

    try:
        report = backup_to(Path(args.dest))
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"已备份数据库到 {report.database}，附件 {report.files} 个。密钥未包含在备份中，请另行保管。")
    return 0


def reset_2fa(args: argparse.Namespace) -> int:
    from django.contrib.auth import get_user_model

    from xunshi.security.twofactor import two_factor_reset

    user = get_user_model().objects.filter(username=args.username).first()
    if user is None:
        raise CliError(f"没有用户 {args.username}")
    count = two_factor_reset(user=user, actor_label="系统管理员（命令行）")
    print(f"已清除 {args.username} 的 {count} 个验证器；其下次登录时重新设置。")
    return 0
