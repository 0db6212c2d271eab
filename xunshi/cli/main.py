"""The `xunshi` command line (see ../shared/formats/cli.md for the contract).

Each business area contributes its commands from its own `cli.py` module, listed in
COMMAND_MODULES; a module's `register(cli)` adds parsers through `Cli.group`/`Cli.command`.
Errors go to standard error with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from typing import Any

COMMAND_MODULES = [
    "xunshi.cli.system",
    "xunshi.rounds.cli",
    "xunshi.intake.cli",
    "xunshi.audit.cli",
    "xunshi.roster.cli",
    "xunshi.bench.cli",
    "xunshi.channels.cli",
    "xunshi.security.cli",
    "xunshi.triage.cli",
    "xunshi.casework.cli",
]

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A failure to report on standard error with exit status 1 (or `status`)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


class Cli:
    def __init__(self) -> None:
        self.parser = argparse.ArgumentParser(prog="xunshi", description="巡视组信访受理系统")
        self.commands = self.parser.add_subparsers(dest="command", metavar="COMMAND")
        self.commands.required = True
        self._groups: dict[str, Any] = {}

    def command(self, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        parser = self.commands.add_parser(name, help=help, description=help)
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help: str) -> Any:
        if name not in self._groups:
            parser = self.commands.add_parser(name, help=help, description=help)
            sub = parser.add_subparsers(dest=f"{name}_command", metavar="SUBCOMMAND")
            sub.required = True
            self._groups[name] = sub
        return self._groups[name]

    def subcommand(self, group: str, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self.group(group, help="").add_parser(
            name, help=help, description=help
        )
        parser.set_defaults(handler=handler)
        return parser


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xunshi.settings")
    import django

    django.setup()


def build() -> Cli:
    cli = Cli()
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(cli)
    return cli


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")
    cli = build()
    args = cli.parser.parse_args(argv)
    try:
        setup_django()
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(f"xunshi: {exc}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:
        # `xunshi triage eval … | head`: the reader has what it wanted; no traceback. Point
        # stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
