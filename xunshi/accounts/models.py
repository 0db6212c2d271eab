"""Who may do what in which round (一次一授权: every grant is for one round)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from xunshi.rounds.models import Round, TargetUnit


class Role(models.TextChoices):
    LEADER = "leader", "组长"
    DEPUTY = "deputy", "副组长"
    STAFF = "staff", "巡视专员/组员"
    GROUP_LIAISON = "group_liaison", "联络员（巡视组）"
    LOCAL_LIAISON = "local_liaison", "地方联络员"
    OFFICE = "office", "巡视办"


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("角色", max_length=16, choices=Role.choices)
    targets = models.ManyToManyField(
        TargetUnit,
        blank=True,
        related_name="+",
        verbose_name="负责的县（市）",
        help_text="组员：分工负责的县（市）；地方联络员：所在县（市）",
    )
    active = models.BooleanField("有效", default=True)
    granted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "轮次授权"
        verbose_name_plural = "轮次授权"
        constraints = [models.UniqueConstraint(fields=["user", "round"], name="one_membership_per_round")]

    def __str__(self) -> str:
        return f"{self.user} · {self.round.slug} · {self.get_role_display()}"
