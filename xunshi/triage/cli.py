"""`xunshi triage FILE | --jsonl FILE | eval FILE.jsonl | train FILE.jsonl | bundle FILE.jsonl`.

argparse cannot tell `triage FILE` from `triage eval FILE` with subparsers, so the
command takes positional words and dispatches on the first one itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from xunshi.cli.main import Cli, CliError

VERBS = ("eval", "train", "bundle")


def register(cli: Cli) -> None:
    parser = cli.command("triage", run, "研判一件反映：是否受理范围、类别、被反映人（见 triage.md）")
    parser.add_argument("words", nargs="+", metavar="FILE | eval FILE | train FILE",
                        help="a UTF-8 text file or - (stdin); or eval/train with a JSON Lines file")
    parser.add_argument("--jsonl", action="store_true", help="FILE holds JSON Lines of {id, text}")
    parser.add_argument("--round", dest="round_name", metavar="R",
                        help="also decide jurisdiction for round R")
    parser.add_argument("--split", default="all", metavar="NAME",
                        help="eval: only items whose `split` field has this value "
                             "(dev, heldout, real2, ...; default all)")
    parser.add_argument("--only", metavar="PREFIX", help="eval: only items whose id starts with PREFIX")
    parser.add_argument("--cross-batch", metavar="PREFIX",
                        help="eval: leave one batch out over the splits PREFIX2, PREFIX3, … (e.g. real): "
                             "each judged by a model fitted on dev and the other batches")
    parser.add_argument("--by-round", action="store_true",
                        help="eval --cross-batch: leave out together the batches of one sealed round "
                             "(their `round` field)")
    parser.add_argument("--rules-only", action="store_true", help="judge without the trained model")
    parser.add_argument("--model-out", metavar="PATH", help="train: write the model here instead")
    parser.add_argument("--from-db", action="store_true",
                        help="train: from the labels staff confirmed in the workbench")


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc


def _roster(args: argparse.Namespace) -> Any:
    """The round's roster, loaded once per command (None without --round)."""
    if not args.round_name:
        return None
    cached = getattr(args, "_roster", None)
    if cached is None:
        from xunshi.triage.roster import roster_for_round

        cached = roster_for_round(args.round_name)
        if cached is None:
            raise CliError(f"unknown round: {args.round_name}")
        args._roster = cached
    return cached


def _judge(text: str, args: argparse.Namespace) -> dict[str, Any]:
    from xunshi.triage.engine import judge

    return judge(text, roster=_roster(args), round_name=args.round_name,
                 use_model=not args.rules_only)


def run(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if words == ["train"] and args.from_db:
        from xunshi.triage.deskcli import train_command

        return train_command(args)
    if words[0] in VERBS:
        if len(words) != 2:
            raise CliError(f"usage: xunshi triage {words[0]} FILE.jsonl")
        if words[0] == "bundle":
            return _bundle(words[1])
        return _evaluate(words[1], args) if words[0] == "eval" else _train(words[1], args)
    if len(words) != 1:
        raise CliError("usage: xunshi triage FILE  (or - for standard input)")
    from xunshi.triage.normalize import InputError, decode_bytes

    data = _read(words[0])
    if args.jsonl:
        return _jsonl(data, args)
    try:
        text = decode_bytes(data)
    except InputError as exc:
        raise CliError(str(exc)) from exc
    print(json.dumps(_judge(text, args), ensure_ascii=False))
    return 0


def _jsonl(data: bytes, args: argparse.Namespace) -> int:
    from xunshi.triage.normalize import InputError, decode_bytes

    try:
        content = decode_bytes(data)
    except InputError as exc:
        raise CliError(str(exc)) from exc
    status = 0
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str):
                raise ValueError("no string `text`")
        except (ValueError, AttributeError) as exc:
            print(json.dumps({"id": None, "line": n, "error": f"bad input line: {exc}"}, ensure_ascii=False))
            status = 1
            continue
        print(json.dumps({"id": row.get("id"), **_judge(text, args)}, ensure_ascii=False), flush=True)
    return status


def _rows(path: str) -> list[dict[str, Any]]:
    from xunshi.triage.model import read_jsonl

    try:
        return read_jsonl(Path(path))
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from exc


def _evaluate(path: str, args: argparse.Namespace) -> int:
    from xunshi.triage.evaluate import evaluate

    rows = _rows(path)
    if args.cross_batch:
        return _cross_batch(rows, args)
    if args.split != "all":
        rows = [r for r in rows if r.get("split") == args.split]
    if args.only:
        rows = [r for r in rows if str(r.get("id", "")).startswith(args.only)]
    if not rows:
        raise CliError("no labelled items to evaluate")
    scores = evaluate(rows, lambda t: _judge(t, args)).as_dict()
    for key in ("items", "scope_accuracy", "scope_type_accuracy", "mixed_accuracy", "topic_f1_micro",
                "accused_name_f1", "accused_position_f1"):
        print(f"{key:<22} {scores[key]}")
    for key, n in (("place_f1", "place_items"), ("date_f1", "date_items")):
        figure = scores[key] if scores[n] else "n/a (no item labels them)"
        print(f"{key:<22} {figure}" + (f" ({scores[n]} items label them)" if scores[n] else ""))
    print("misjudged (scope/type/mixed):", " ".join(scores["misjudged"]) or "none")
    print("accused names differ:", " ".join(scores["wrong_accused"]) or "none")
    real = [r for r in rows if str(r.get("source", "synthetic")) != "synthetic"]
    if real and len(real) < len(rows):
        sub = evaluate(real, lambda t: _judge(t, args)).as_dict()
        print(f"of which real public texts ({sub['items']}): scope {sub['scope_accuracy']}, "
              f"scope+type {sub['scope_type_accuracy']}, accused name F1 {sub['accused_name_f1']}")
    return 0


_FIGURES = ("scope_accuracy", "scope_type_accuracy", "mixed_accuracy", "topic_f1_micro",
            "accused_name_f1", "accused_position_f1")


def _cross_batch(rows: list[dict[str, Any]], args: argparse.Namespace) -> int:
    from xunshi.triage.evaluate import cross_batch

    results = cross_batch(rows, args.cross_batch, use_model=not args.rules_only, by_round=args.by_round)
    if len(results) < 2:
        raise CliError(f"no splits named {args.cross_batch}2, {args.cross_batch}3, … to leave out")
    width = max(8, *(len(name) for name, _ in results))
    print(f"{'batch':<{width}} {'items':>5}  scope  s+type mixed  topic  name   position")
    for name, s in results:
        d = s.as_dict()
        print(f"{name:<{width}} {d['items']:>5}  " + "  ".join(f"{d[k]:.3f}" for k in _FIGURES))
    total = results[-1][1].as_dict()
    print("misjudged (scope/type/mixed):", " ".join(total["misjudged"]) or "none")
    print("accused names differ:", " ".join(total["wrong_accused"]) or "none")
    return 0


def _bundle(path: str) -> int:
    """Ship the real batches of a labelled file with the package (data/train_real.json),
    so the model fitted at first use has learnt from real texts."""
    from xunshi.triage.evaluate import trainable
    from xunshi.triage.model import BUNDLED_REAL

    keep = ("id", "text", "labels", "split", "source")
    rows = [{k: r[k] for k in keep if k in r} for r in trainable(_rows(path)) if r.get("split") != "dev"]
    if not rows:
        raise CliError("no real batches (splits real2, real3, …) in the file")
    BUNDLED_REAL.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    splits = sorted({str(r["split"]) for r in rows})
    print(f"{len(rows)} items of {', '.join(splits)} -> {BUNDLED_REAL}")
    from xunshi.triage import attribution
    from xunshi.triage.model import bundled_rows

    weights = attribution.fit_from_rows(bundled_rows(), source="bundled development split and real batches")
    attribution.save(weights, attribution.BUNDLED_WEIGHTS)
    print(f"attribution model: {weights.trained_on} candidates -> {attribution.BUNDLED_WEIGHTS}")
    return 0


def _train(path: str, args: argparse.Namespace) -> int:
    from xunshi.triage import model

    rows = _rows(path)
    try:
        trained = model.train_from_rows(rows, source=path)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    out = model.save(trained, Path(args.model_out) if args.model_out else None)
    model.reset_cache()
    print(f"trained on {trained.trained_on} items; topics: {'、'.join(trained.topic_names) or 'none'}")
    print(f"saved: {out}")
    from xunshi.triage import attribution

    try:
        weights = attribution.fit_from_rows(rows, source=path)
    except ValueError as exc:
        print(f"attribution model kept as it was: {exc}")
        return 0
    saved = attribution.save(weights, out.with_name("attribution.json") if args.model_out else None)
    print(f"attribution weights ({weights.trained_on} candidates) written to {saved}")
    return 0
