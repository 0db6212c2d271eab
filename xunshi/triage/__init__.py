"""Triage of incoming reports (研判): scope, out-of-scope type, categories, accused, priority.

`xunshi.triage.engine.judge(text, *, roster=None)` is the pure-Python entry point; the
command line is `xunshi triage` (../shared/formats/triage.md).
"""
