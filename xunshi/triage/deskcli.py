"""`xunshi triage train --from-db [--round R]`: refit from the labels staff confirmed.

Called from the engine's `xunshi triage` command (cli.py), which owns the parser."""

from __future__ import annotations

import argparse
from pathlib import Path

from xunshi.cli.main import CliError


def train_command(args: argparse.Namespace) -> int:
    from django.db.models import Q

    from xunshi.rounds.models import Round
    from xunshi.triage.services import TriageError, triage_train_from_db

    rnd = None
    if args.round_name:
        rnd = Round.objects.filter(Q(slug=args.round_name) | Q(name=args.round_name)).first()
        if rnd is None:
            raise CliError(f"unknown round: {args.round_name}")
    try:
        result = triage_train_from_db(round=rnd, model_out=Path(args.model_out) if args.model_out else None)
    except (TriageError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    print(f"staff-confirmed labels: {result.labels} (written to {result.labels_path})")
    print(f"trained on {result.trained_on} items; topics: {'、'.join(result.topics) or 'none'}")
    print(f"saved: {result.model_path}")
    return 0
