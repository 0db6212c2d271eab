"""The tamper-evident audit log (审计日志).

Each entry carries an HMAC over its own fields and the previous entry's MAC, with a key
kept outside the database. Altering, deleting or inserting a row breaks the chain, and
without the key file nobody can forge a matching one. `AuditHead` is a single row
holding the last sequence number and MAC: writers lock it, so the chain never forks
under concurrency, and truncating the tail is detected too.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class AuditHead(models.Model):
    seq = models.PositiveBigIntegerField(default=0)
    mac = models.CharField(max_length=64, default="0" * 64)


class AuditEntry(models.Model):
    seq = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField(default=timezone.now)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_label = models.CharField(max_length=150)
    action = models.CharField(max_length=40)
    target_type = models.CharField(max_length=40, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    round_id = models.BigIntegerField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_mac = models.CharField(max_length=64)
    mac = models.CharField(max_length=64)

    class Meta:
        verbose_name = "审计记录"
        verbose_name_plural = "审计记录"
        ordering = ["seq"]
        indexes = [models.Index(fields=["round_id", "at"]), models.Index(fields=["target_type", "target_id"])]
