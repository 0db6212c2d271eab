"""What the desk keeps of triage: the engine's proposal per item, and staff decisions.

The proposal is the machine's reading and may be recomputed (roster changed, model
retrained); a decision is a person's, never overwritten: a correction is a new row, so
who decided what, when and why stays readable, and the latest decision per item is
the label the model learns from.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from xunshi.intake.models import Item
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round


class Scope(models.TextChoices):
    IN = "in", "受理范围内"
    OUT = "out", "受理范围外"


class OutType(models.TextChoices):
    LITIGATION = "涉法涉诉", "涉法涉诉"
    LAND = "征地拆迁", "征地拆迁"
    PERSONAL = "个人利益诉求", "个人利益诉求"
    OTHER = "其他", "其他"


class Priority(models.IntegerChoices):
    """Higher is more urgent, so that ordering by -priority puts urgent items first."""

    LOW = 1, "一般"
    NORMAL = 2, "较高"
    HIGH = 3, "重点"
    URGENT = 4, "紧急"


class TriageProposal(models.Model):
    """The engine's proposal for one item (one row per item, refreshed on re-triage)."""

    class State(models.TextChoices):
        READY = "ready", "已生成"
        FAILED = "failed", "无法研判"

    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="triage_proposal")
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    state = models.CharField(max_length=8, choices=State.choices, default=State.READY)
    scope = models.CharField("范围", max_length=3, choices=Scope.choices)
    out_type = models.CharField("范围外类型", max_length=8, choices=OutType.choices, blank=True)
    mixed = models.BooleanField("混合件", default=False)
    confidence = models.FloatField("范围判断置信度", default=0.0)
    # [{"code": "IS.INT.01", "confidence": 0.8}, ...], strongest first.
    codes = models.JSONField("问题类别", default=list, blank=True)
    topics = models.JSONField("主题", default=list, blank=True)
    accused = models.JSONField("被反映人", default=list, blank=True)
    places = models.JSONField("地点", default=list, blank=True)
    dates = models.JSONField("时间", default=list, blank=True)
    jurisdiction = models.JSONField("管辖", null=True, blank=True)
    routing = models.JSONField("建议承办", default=dict, blank=True)
    reasons = models.JSONField("依据", default=list, blank=True)
    # [{"flag": "threat_to_life", "cue": "跳楼", "label": "危及生命"}, ...]
    flags = models.JSONField("标记", default=list, blank=True)
    priority = models.PositiveSmallIntegerField("优先级", choices=Priority.choices, default=Priority.LOW)
    priority_reasons = models.JSONField("优先级依据", default=list, blank=True)
    roster_version = models.PositiveIntegerField(default=0)
    model_source = models.CharField(max_length=200, blank=True)
    error = models.CharField("错误", max_length=300, blank=True)
    engine_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "研判建议"
        verbose_name_plural = "研判建议"
        indexes = [models.Index(fields=["round", "priority"])]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.scope}"


class TriageDecision(models.Model):
    """A staff member's confirmation or correction of an item's triage."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="triage_decisions")
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    proposal_snapshot = models.JSONField("当时的研判建议", default=dict, blank=True)
    scope = models.CharField("范围", max_length=3, choices=Scope.choices)
    out_type = models.CharField("范围外类型", max_length=8, choices=OutType.choices, blank=True)
    mixed = models.BooleanField("混合件", default=False)
    codes = models.JSONField("问题类别", default=list, blank=True)
    # [{"name", "position", "unit", "person_id"}]; person_id None: kept as written.
    accused = models.JSONField("被反映人", default=list, blank=True)
    person = models.ForeignKey(
        RosterPerson, null=True, blank=True, on_delete=models.SET_NULL, related_name="triage_decisions"
    )
    flags = models.JSONField("优先标记", default=list, blank=True)
    priority = models.PositiveSmallIntegerField("优先级", choices=Priority.choices, default=Priority.LOW)
    corrected = models.JSONField("改动的项目", default=list, blank=True)
    reason = models.CharField("理由", max_length=500)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "研判决定"
        verbose_name_plural = "研判决定"
        ordering = ["-decided_at", "-id"]
        indexes = [models.Index(fields=["round", "item", "decided_at"])]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.scope} by {self.decided_by_id}"


class RosterVersion(models.Model):
    """A counter per round, bumped by every roster change, so that each process (web and
    queue worker) knows when its cached engine roster is stale."""

    round = models.OneToOneField(Round, on_delete=models.CASCADE, primary_key=True, related_name="+")
    version = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)
