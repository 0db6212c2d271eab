"""xunshi (巡视) — the report desk of a party-committee inspection group."""

__version__ = "0.1.0"
