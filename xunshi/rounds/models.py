"""The inspection round (巡视轮次) and what the announcement fixes about it: the group,
its subgroups, the inspected units (被巡视单位) and the reporting channels (受理渠道)."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone

from xunshi.core.workcalendar import WorkingHours


class Round(models.Model):
    """One inspection round of one group (一次一授权: access is granted per round)."""

    class Level(models.TextChoices):
        CENTRAL = "central", "中央"
        PROVINCIAL = "provincial", "省（自治区、直辖市）"
        CITY = "city", "市（地、州）"
        COUNTY = "county", "县（市、区）"
        OTHER = "other", "其他"

    class Kind(models.TextChoices):
        XUNSHI = "巡视", "巡视"
        XUNCHA = "巡察", "巡察"

    class Stage(models.TextChoices):
        PREPARE = "prepare", "巡视准备"
        ONSITE = "onsite", "巡视了解（进驻）"
        REPORT = "report", "巡视报告"
        FEEDBACK = "feedback", "巡视反馈"
        TRANSFER = "transfer", "巡视移交"
        RECTIFY = "rectify", "巡视整改"
        CLOSED = "closed", "结束"

    class Answerer(models.TextChoices):
        GROUP = "group", "巡视组直接答复"
        RECEIVER = "receiver", "由承办单位答复（只受理、不答复）"

    slug = models.SlugField("代号", max_length=80, unique=True)
    name = models.CharField("名称", max_length=200)
    issuer = models.CharField("派出机关", max_length=100)
    level = models.CharField("层级", max_length=16, choices=Level.choices)
    kind = models.CharField("类型", max_length=4, choices=Kind.choices, default=Kind.XUNSHI)
    round_label = models.CharField("轮次", max_length=40, blank=True)
    year = models.PositiveSmallIntegerField("年度")
    group_name = models.CharField("巡视组", max_length=100)
    host_place = models.CharField("驻地", max_length=100, blank=True)
    period_start = models.DateField("进驻日期")
    period_end = models.DateField("结束日期")
    duration_text = models.CharField("工作时长（原文）", max_length=40, blank=True)
    channels_close_at = models.DateTimeField(
        "受理截止时间",
        null=True,
        blank=True,
        help_text="此后收到的件标记为逾期来件并引导至当地纪委监委或信访部门",
    )
    stage = models.CharField("阶段", max_length=16, choices=Stage.choices, default=Stage.PREPARE)
    answerer = models.CharField(
        "答复方式", max_length=16, choices=Answerer.choices, default=Answerer.RECEIVER
    )
    # Like the 30 days a 信访 复查 request may be made in: after that the status page only
    # shows the answer and says where to turn instead.
    objection_window_days = models.PositiveSmallIntegerField(
        "答复后可提出异议的天数", default=30, help_text="举报人在答复送达后多少日内可在查询页评价或提出异议"
    )
    scope_text = models.TextField("受理范围", blank=True)
    focus = models.JSONField("监督重点", default=list, blank=True)
    out_of_scope = models.JSONField("不予受理的事项", default=list, blank=True)
    number_prefix = models.CharField("登记号前缀", max_length=16, unique=True)
    next_number = models.PositiveIntegerField("下一个登记序号", default=1)
    facts = models.JSONField("公告中的其他事实", default=dict, blank=True)
    source_name = models.CharField("来源", max_length=100, blank=True)
    source_text = models.TextField("公告原文", blank=True)
    is_demo = models.BooleanField("演示轮次", default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "巡视轮次"
        verbose_name_plural = "巡视轮次"
        ordering = ["-period_start", "slug"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_open(self) -> bool:
        return self.stage != self.Stage.CLOSED

    @property
    def accepting_now(self) -> bool:
        return self.period_start <= timezone.localdate() and self.accepting_at(timezone.now())

    def public_channels(self) -> list[Channel]:
        return [c for c in self.channels.all() if c.public]

    def accepting_at(self, moment: dt.datetime) -> bool:
        """Whether the channels take reports at `moment` (the published acceptance period)."""
        if self.channels_close_at is not None:
            return moment < self.channels_close_at
        local_day = timezone.localtime(moment).date()
        return local_day <= self.period_end


class StageChange(models.Model):
    """Timestamp of each stage the round has entered, with who moved it."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.CharField(max_length=16, choices=Round.Stage.choices)
    at = models.DateTimeField(default=timezone.now)
    actor = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["at", "id"]


class TargetUnit(models.Model):
    """An inspected unit (被巡视单位), e.g. 任丘市."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="targets")
    name = models.CharField("名称", max_length=100)
    party_committee = models.CharField("党委", max_length=100, blank=True)
    government = models.CharField("政府", max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "被巡视单位"
        verbose_name_plural = "被巡视单位"
        ordering = ["round", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["round", "name"], name="target_unique_per_round")]

    def __str__(self) -> str:
        return self.name


class GroupMember(models.Model):
    """A member of the inspection group as published or configured (组长, 副组长 …)."""

    class Role(models.TextChoices):
        LEADER = "组长", "组长"
        DEPUTY = "副组长", "副组长"
        SPECIALIST = "巡视专员", "巡视专员"
        MEMBER = "组员", "组员"
        LIAISON = "联络员", "联络员"

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="members")
    name = models.CharField("姓名", max_length=50)
    role = models.CharField("职务", max_length=8, choices=Role.choices)
    title = models.CharField("身份", max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["round", "order", "id"]

    def __str__(self) -> str:
        return f"{self.role} {self.name}"


class Subgroup(models.Model):
    """A subgroup covering some target units (分小组巡视、压茬推进)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="subgroups")
    name = models.CharField("名称", max_length=50)
    lead = models.ForeignKey(GroupMember, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    targets = models.ManyToManyField(TargetUnit, related_name="subgroups", blank=True)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["round", "name"]

    def __str__(self) -> str:
        return self.name


class Channel(models.Model):
    """A published way in (受理渠道). Every item records the channel it came through."""

    class Kind(models.TextChoices):
        PHONE = "phone", "值班电话"
        SMS = "sms", "短信"
        EMAIL = "email", "电子邮箱"
        PO_BOX = "po_box", "邮政信箱"
        BOX = "box", "征求意见箱"
        VISIT = "visit", "来访接待"
        WEB = "web", "网上举报"

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField("类型", max_length=8, choices=Kind.choices)
    label = models.CharField("名称", max_length=100)
    address = models.CharField(
        "号码/地址", max_length=200, blank=True, help_text="电话号码、手机号、邮箱地址、信箱地址或放置地点"
    )
    hours_text = models.CharField("受理时间（原文）", max_length=100, blank=True)
    working_hours = models.CharField(
        "值守时段", max_length=100, blank=True, help_text="如 08:00-12:00,14:30-18:00，仅在工作日"
    )
    receive_only = models.BooleanField(
        "仅接收", default=False, help_text="如只收短信的手机：不得经此渠道外发"
    )
    target = models.ForeignKey(
        TargetUnit, null=True, blank=True, on_delete=models.CASCADE, related_name="channels"
    )
    public = models.BooleanField("对外公布", default=True)
    settings = models.JSONField("技术参数", default=dict, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "受理渠道"
        verbose_name_plural = "受理渠道"
        ordering = ["round", "order", "id"]

    def __str__(self) -> str:
        return self.label

    def hours(self) -> WorkingHours | None:
        return WorkingHours.parse(self.working_hours) if self.working_hours else None

    def is_staffed_at(self, moment: dt.datetime) -> bool:
        """For the duty phone: inside its working hours on a Chinese working day."""
        hours = self.hours()
        return True if hours is None else hours.is_open(moment)
