"""The roster of the inspected units' cadres (干部名册): who is in the round's scope.

A round's scope is decided by who is accused: the county leadership teams (县级领导班子)
and the principal heads of next-level units (下一级主要负责人). Career history feeds
下沉一级 (going one level down to where a leader was earlier the top official).
"""

from __future__ import annotations

from django.db import models

from xunshi.rounds.models import Round, TargetUnit


class TeamCategory(models.TextChoices):
    COUNTY_LEADERSHIP = "县级领导班子", "县级领导班子"
    NEXT_LEVEL_HEAD = "下一级主要负责人", "下一级主要负责人"
    OTHER = "其他", "其他"


class Management(models.TextChoices):
    PROVINCE = "省管", "省管"
    CITY = "市管", "市管"
    COUNTY = "县管", "县管"


class RosterPerson(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="roster")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.CASCADE, related_name="roster", verbose_name="所在县（市）"
    )
    name = models.CharField("姓名", max_length=50)
    sex = models.CharField("性别", max_length=2, blank=True)
    birth = models.CharField("出生年月", max_length=7, blank=True, help_text="YYYY-MM")
    unit = models.CharField("单位", max_length=200, blank=True)
    posts = models.JSONField("职务", default=list, blank=True)
    rank = models.CharField("职级", max_length=40, blank=True)
    team = models.CharField(
        "班子类别", max_length=16, choices=TeamCategory.choices, default=TeamCategory.OTHER
    )
    since = models.CharField("任现职时间", max_length=7, blank=True, help_text="YYYY-MM")
    management = models.CharField("管理权限", max_length=4, choices=Management.choices, blank=True)
    promotion_candidate = models.BooleanField("拟提拔", default=False)
    note = models.TextField("备注", blank=True)
    extra = models.JSONField("其他列", default=dict, blank=True)

    class Meta:
        verbose_name = "名册人员"
        verbose_name_plural = "名册人员"
        ordering = ["round", "target__order", "team", "id"]
        indexes = [models.Index(fields=["round", "name"])]
        constraints = [
            models.UniqueConstraint(fields=["round", "target", "name", "unit"], name="roster_person_unique")
        ]

    def __str__(self) -> str:
        return f"{self.name}（{self.target.name} {'、'.join(self.posts)}）"

    @property
    def in_scope(self) -> bool:
        return self.team in (TeamCategory.COUNTY_LEADERSHIP, TeamCategory.NEXT_LEVEL_HEAD)

    @property
    def posts_text(self) -> str:
        return "、".join(self.posts)


class CareerPost(models.Model):
    """An earlier post (曾任职务), with its period."""

    person = models.ForeignKey(RosterPerson, on_delete=models.CASCADE, related_name="career")
    start = models.CharField("起", max_length=7, blank=True, help_text="YYYY-MM")
    end = models.CharField("止", max_length=7, blank=True, help_text="YYYY-MM")
    text = models.CharField("单位及职务", max_length=200)
    top_post = models.BooleanField("一把手", default=False, help_text="党委书记、政府正职或部门主要负责人")

    class Meta:
        ordering = ["-start", "id"]

    def __str__(self) -> str:
        return f"{self.start}—{self.end} {self.text}"
