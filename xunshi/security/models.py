"""Shared counters for throttling and spent proof-of-work challenges.

They live in the database so that every gunicorn worker sees the same counts. Keys are
keyed hashes that include the time window: once a window has passed its row is deleted,
and nothing left on disk links a count to a client address.
"""

from __future__ import annotations

from django.db import models


class RateBucket(models.Model):
    key = models.CharField(max_length=64, unique=True)
    window_end = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)


class SpentChallenge(models.Model):
    nonce = models.CharField(max_length=64, unique=True)
    # Keyed hash of the form's submission token: a retried POST of the same form may
    # present the same solution again, a different report may not.
    token_hash = models.CharField(max_length=64)
    expires_at = models.DateTimeField(db_index=True)


class RetentionRun(models.Model):
    """What was done to a closed round's reporter identities, and where the archive went."""

    class Policy(models.TextChoices):
        PURGE = "purge", "清除"
        SEAL = "seal", "封存"

    round = models.ForeignKey("rounds.Round", on_delete=models.PROTECT, related_name="+")
    policy = models.CharField(max_length=8, choices=Policy.choices)
    at = models.DateTimeField()
    items = models.PositiveIntegerField()
    identities = models.PositiveIntegerField()
    # Identity-bearing originals (raw e-mails, voicemails) sealed away or deleted.
    originals = models.PositiveIntegerField(default=0)
    archive_name = models.CharField(max_length=200)
    sealed_name = models.CharField(max_length=200, blank=True)


class RoundRetention(models.Model):
    """A round's own retention policy; without one, settings.XUNSHI_RETENTION_POLICY applies."""

    round = models.OneToOneField("rounds.Round", on_delete=models.CASCADE, related_name="+")
    policy = models.CharField(max_length=8, choices=RetentionRun.Policy.choices)
