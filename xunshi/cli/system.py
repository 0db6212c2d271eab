"""`xunshi init` and `xunshi serve`."""

from __future__ import annotations

import argparse
from typing import Any

from xunshi.cli.main import Cli


def register(cli: Cli) -> None:
    cli.command("init", init, "创建或迁移数据库（可重复运行）")
    serve_parser = cli.command("serve", serve, "运行工作台和公众门户")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.add_argument("--workers", type=int, default=None, help="进程数（默认按 CPU 数）")
    demo = cli.command("demo-accounts", demo_accounts, "为演示轮次创建组长、组员、联络员账户")
    demo.add_argument("--reset", action="store_true", help="为已存在的演示账户重设密码")


def init(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    from xunshi.accounts.services import admin_ensure

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    created = admin_ensure()
    print("数据库已就绪。")
    if created:
        username, password = created
        print(f"已创建系统管理员：用户名 {username}，密码 {password}（仅显示这一次，请妥善保存）")
    return 0


def serve(args: argparse.Namespace) -> int:
    import os

    from django.db import connections
    from django.urls import get_resolver
    from gunicorn.app.base import BaseApplication

    from xunshi.wsgi import application

    # Import the URLconf, and with it every view and what the views import (matching,
    # triage, their libraries), once here before the workers fork: each worker would
    # otherwise spend ~1.5 s of CPU on it at its first request, all at once after a
    # (re)start. Nothing here may keep a database connection into the workers.
    get_resolver().url_patterns  # noqa: B018 — the property imports the URLconf
    connections.close_all()

    # A report POST spends much of its time waiting on the SQLite write lock and fsync, not
    # on the CPU: four sync workers per core keep the cores busy (measured with
    # `xunshi bench portal-intake`: 69/s with 4 workers, 180–190/s with 8 on 2 cores).
    workers = args.workers or int(os.environ.get("XUNSHI_WORKERS", (os.cpu_count() or 1) * 4))

    class Server(BaseApplication):
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{args.host}:{args.port}",
                "workers": workers,
                "worker_class": "sync",
                "accesslog": None,  # no access log: it would hold reporters' IP addresses
                "errorlog": "-",
                "loglevel": "warning",
                "timeout": 60,
                "backlog": 2048,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    print(
        f"xunshi 正在运行：http://{args.host}:{args.port}/ （公众门户），"
        f"http://{args.host}:{args.port}/workbench/ （工作台）",
        flush=True,
    )
    Server().run()
    return 0


DEMO_ACCOUNTS = [
    ("zuzhang", "王俊钟", "leader", []),
    ("fuzuzhang", "刘武英", "deputy", []),
    ("zuyuan", "组员甲", "staff", ["任丘市", "河间市"]),
    ("lianluo", "地方联络员（任丘市）", "local_liaison", ["任丘市"]),
]


def demo_accounts(args: argparse.Namespace) -> int:
    from django.contrib.auth import get_user_model

    from xunshi.accounts.services import generate_password, staff_create
    from xunshi.rounds.models import Round

    demo = Round.objects.filter(is_demo=True).order_by("-created_at").first()
    if demo is None:
        print("没有演示轮次：先运行 xunshi round load-seed --demo")
        return 1
    users = get_user_model()
    print(f"演示轮次“{demo.name}”的工作人员账户（密码仅显示这一次）：")
    for username, full_name, role, target_names in DEMO_ACCOUNTS:
        existing = users.objects.filter(username=username).first()
        if existing is not None:
            if not args.reset:
                print(f"  {username}（{full_name}）已存在；如忘记密码，运行 xunshi demo-accounts --reset")
                continue
            password = generate_password()
            existing.set_password(password)
            existing.save(update_fields=["password"])
        else:
            targets = list(demo.targets.filter(name__in=target_names))
            _, password = staff_create(
                username=username, full_name=full_name, round=demo, role=role, targets=targets
            )
        print(f"  用户名 {username}  密码 {password}  （{full_name}）")
    return 0
