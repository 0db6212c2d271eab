"""Benchmarks of xunshi.matching (filled in below)."""
