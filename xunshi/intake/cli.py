"""`xunshi item …` commands."""

from __future__ import annotations

import argparse
import json

from xunshi.cli.main import Cli, CliError


def register(cli: Cli) -> None:
    cli.group("item", "信访件")
    show = cli.subcommand("item", "show", item_show, "显示一件及其处理记录")
    show.add_argument("number", metavar="NUMBER")
    show.add_argument("--json", action="store_true", help="输出 JSON")
    show.add_argument("--reveal", action="store_true", help="显示举报人身份（将被记录）")
    show.add_argument("--reason", default="命令行查看", help="显示身份的理由")


def item_show(args: argparse.Namespace) -> int:
    from django.db import transaction

    from xunshi.intake.models import Item
    from xunshi.intake.selectors import IDENTITY_LABELS, item_as_dict
    from xunshi.intake.services import item_event, item_record_view

    item = Item.objects.select_related("round", "channel", "target").filter(number=args.number).first()
    if item is None:
        raise CliError(f"没有登记号为 {args.number} 的信访件")
    if args.reveal:
        with transaction.atomic():
            item_event(
                item=item,
                actor_label="命令行",
                kind="identity_revealed",
                summary=f"在命令行显示举报人身份：{args.reason}",
                data={"reason": args.reason},
            )
    else:
        item_record_view(item=item, actor=None, actor_label="命令行")
    data = item_as_dict(item, reveal=args.reveal)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['number']}  {data['status_label']}  {data['channel_label']}  收到于 {data['received_at']}")
    if data["target"]:
        print(f"涉及：{data['target']}")
    accused = data["accused"]
    if any(accused.values()):
        print("被反映人：" + " ".join(v for v in accused.values() if v))
    print(f"署名：{item.get_identity_kind_display()}")
    for key, value in data["identity"].items():
        print(f"  {IDENTITY_LABELS[key]}：{value}")
    if data["subject"]:
        print(f"标题：{data['subject']}")
    print("内容：")
    print(data["content"])
    print("处理记录：")
    for event in data["history"]:
        print(f"  {event['at']}  {event['actor']}  {event['summary']}")
    return 0
