"""Fieldwork (巡视了解) and its results (反馈、整改): talks, document requests, meetings,
visits, the round schedule, the problems fed back and the county's rectification ledger.

What is confidential (talk records, purposes, notes) is encrypted at rest like reporter
identity; what the local liaison must arrange (who, when, where, what) stays plain.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from xunshi.core.crypto import EncryptedTextField
from xunshi.intake.models import Item
from xunshi.roster.models import CareerPost, RosterPerson
from xunshi.rounds.models import Round, Subgroup, TargetUnit

if TYPE_CHECKING:
    from django.contrib.auth.models import User

USER = settings.AUTH_USER_MODEL


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's end (8月31日 + 1 → 9月30日)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------- talks (个别谈话)


class Talk(models.Model):
    """One individual talk: two staff (one asks, one records) with one interviewee."""

    class Status(models.TextChoices):
        PLANNED = "planned", "已安排"
        DONE = "done", "已谈话"
        CANCELLED = "cancelled", "已取消"

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="talks")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="talks", verbose_name="县（市）"
    )
    person = models.ForeignKey(
        RosterPerson,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="talks",
        verbose_name="谈话对象（名册）",
    )
    interviewee = models.CharField("谈话对象", max_length=50)
    interviewee_post = models.CharField("单位职务", max_length=200, blank=True)
    starts_at = models.DateTimeField("开始时间")
    ends_at = models.DateTimeField("结束时间")
    place = models.CharField("地点", max_length=100)
    asker = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+", verbose_name="主谈人")
    recorder = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+", verbose_name="记录人")
    purpose = EncryptedTextField("谈话目的（内部）", blank=True)
    status = models.CharField("状态", max_length=12, choices=Status.choices, default=Status.PLANNED)
    record = EncryptedTextField("谈话记录", blank=True)
    recorded_at = models.DateTimeField("记录时间", null=True, blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "个别谈话"
        verbose_name_plural = "个别谈话"
        ordering = ["starts_at", "id"]
        indexes = [models.Index(fields=["round", "starts_at"])]
        constraints = [
            models.CheckConstraint(condition=~models.Q(asker=models.F("recorder")), name="talk_two_staff"),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="talk_ends_after"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.interviewee} {timezone.localtime(self.starts_at):%m-%d %H:%M}"


class TalkLead(models.Model):
    """A lead raised in a talk: registered as a new item (信访件), or kept as evidence for an
    item or a clue (问题线索) the group already has."""

    class Use(models.TextChoices):
        ITEM = "item", "登记为信访件"
        EVIDENCE = "evidence", "作为线索佐证"

    talk = models.ForeignKey(Talk, on_delete=models.CASCADE, related_name="leads")
    use = models.CharField("用途", max_length=10, choices=Use.choices)
    summary = EncryptedTextField("线索摘要")
    item = models.ForeignKey(
        Item,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="talk_leads",
        verbose_name="信访件",
    )
    clue = models.ForeignKey(
        "casework.Clue",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="talk_leads",
        verbose_name="问题线索",
    )
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(item__isnull=False) | models.Q(clue__isnull=False), name="talk_lead_linked"
            )
        ]


# ---------------------------------------------------------------- document requests (调阅、复制)


class DocumentRequest(models.Model):
    """One entry of the request list sent to a county: what is asked for (plain) and why
    (internal, never shown to the county)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "待发出"
        ISSUED = "issued", "已发出"
        RECEIVED = "received", "已收到"
        RETURNED = "returned", "已退还"

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="document_requests")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="+", verbose_name="县（市）"
    )
    what = models.CharField("调阅材料", max_length=300)
    copy_wanted = models.BooleanField("需复制", default=False)
    purpose = EncryptedTextField("调阅目的（内部）", blank=True)
    due_on = models.DateField("提供时限", null=True, blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    issued_at = models.DateTimeField("发出时间", null=True, blank=True)
    received_at = models.DateTimeField("收到时间", null=True, blank=True)
    returned_at = models.DateTimeField("退还时间", null=True, blank=True)
    item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="关联信访件"
    )
    clue = models.ForeignKey(
        "casework.Clue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="document_requests",
        verbose_name="关联问题线索",
    )
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "调阅材料"
        verbose_name_plural = "调阅材料"
        ordering = ["target__order", "created_at", "id"]

    def __str__(self) -> str:
        return self.what


class CustodyEvent(models.Model):
    """A hand-over of requested documents (保管记录): who gave what to whom, when."""

    request = models.ForeignKey(DocumentRequest, on_delete=models.CASCADE, related_name="custody")
    at = models.DateTimeField(default=timezone.now)
    action = models.CharField(max_length=10, choices=DocumentRequest.Status.choices)
    handed_by = models.CharField("交出人", max_length=50, blank=True)
    received_by = models.CharField("接收人", max_length=50, blank=True)
    note = models.CharField("说明", max_length=300, blank=True)
    actor = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["at", "id"]


class DocumentCopy(models.Model):
    """A copy (复制件) of a requested document; bytes live in the attachment store."""

    request = models.ForeignKey(DocumentRequest, on_delete=models.CASCADE, related_name="copies")
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()
    original_name = models.CharField(max_length=200, blank=True)
    added_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["added_at", "id"]


# ---------------------------------------------------------------- meetings and visits


class Meeting(models.Model):
    """A report heard, a forum held or a meeting attended (听取汇报、座谈会、列席会议)."""

    class Kind(models.TextChoices):
        MOBILISATION = "mobilisation", "巡视工作动员会"
        REPORT = "report", "听取工作汇报"
        THEMATIC = "thematic", "听取专题汇报"
        FORUM = "forum", "座谈会"
        ATTENDED = "attended", "列席会议"

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="meetings")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="+", verbose_name="县（市）"
    )
    kind = models.CharField("类型", max_length=14, choices=Kind.choices)
    title = models.CharField("会议名称", max_length=200)
    starts_at = models.DateTimeField("时间")
    place = models.CharField("地点", max_length=100, blank=True)
    attendees = models.TextField("参加人员", blank=True)
    notes = EncryptedTextField("会议记录", blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "会议与汇报"
        verbose_name_plural = "会议与汇报"
        ordering = ["starts_at", "id"]

    def __str__(self) -> str:
        return self.title


class Visit(models.Model):
    """A visit (明察暗访), including going one level down (下沉一级) to a unit where a current
    leader was earlier the top official. A secret visit is known only to the group's
    leaders and to those who went."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="visits")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="+", verbose_name="县（市）"
    )
    covert = models.BooleanField("暗访", default=False)
    place = models.CharField("走访单位/地点", max_length=200)
    on = models.DateField("日期")
    members: models.ManyToManyField[User, Any] = models.ManyToManyField(
        USER, related_name="+", verbose_name="参加人员（巡视组）"
    )
    attendees = models.TextField("接待/陪同人员", blank=True)
    notes = EncryptedTextField("走访情况", blank=True)
    sink_post = models.ForeignKey(
        CareerPost,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="下沉一级依据",
    )
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "走访"
        verbose_name_plural = "走访"
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return self.place


# ---------------------------------------------------------------- round schedule


class Phase(models.TextChoices):
    ENTRY = "entry", "进驻"
    MOBILISATION = "mobilisation", "动员会"
    TALKS = "talks", "个别谈话"
    VISITS = "visits", "下沉走访"
    EXIT = "exit", "撤离"


class ScheduleEntry(models.Model):
    """One phase of the work in one county; a subgroup's counties follow each other (压茬推进)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="schedule")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.CASCADE, related_name="+", verbose_name="县（市）"
    )
    subgroup = models.ForeignKey(
        Subgroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="小组"
    )
    phase = models.CharField("环节", max_length=14, choices=Phase.choices)
    starts_on = models.DateField("开始")
    ends_on = models.DateField("结束")

    class Meta:
        ordering = ["target__order", "starts_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["target", "phase"], name="schedule_phase_once_per_county"),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="schedule_order"
            ),
        ]


# ---------------------------------------------------------------- feedback and rectification


class Feedback(models.Model):
    """The feedback (反馈意见) to one county; the two-month rectification report runs from it."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="feedbacks")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="+", verbose_name="县（市）"
    )
    doc_number = models.CharField("文号", max_length=60, blank=True)
    delivered_on = models.DateField("反馈日期", null=True, blank=True)
    report_received_on = models.DateField("整改报告报送日期", null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "target"], name="feedback_once_per_county")]

    @property
    def report_due(self) -> dt.date | None:
        # 巡视工作条例: the inspected committee reports its rectification within two months.
        return add_months(self.delivered_on, 2) if self.delivered_on else None


class Problem(models.Model):
    """A problem found in a county (问题清单). It reaches the county either early, as a
    立行立改 hand-over during the round, or with the feedback."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="problems")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="+", verbose_name="县（市）"
    )
    seq = models.PositiveIntegerField("序号")
    title = models.CharField("问题", max_length=300)
    detail = models.TextField("具体表现", blank=True)
    immediate = models.BooleanField("立行立改", default=False)
    issued_at = models.DateTimeField("交办时间", null=True, blank=True)
    item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="来源信访件"
    )
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "问题"
        verbose_name_plural = "问题清单"
        ordering = ["target__order", "seq"]
        constraints = [models.UniqueConstraint(fields=["round", "target", "seq"], name="problem_seq_unique")]

    def __str__(self) -> str:
        return self.title


class Rectification(models.Model):
    """One line of the county's ledger (任务清单、责任清单): a measure against a problem."""

    class Kind(models.TextChoices):
        IMMEDIATE = "immediate", "立行立改"
        DEADLINE = "deadline", "限期整改"
        LONG_TERM = "long_term", "长期坚持"

    class Status(models.TextChoices):
        OPEN = "open", "整改中"
        SIGNED_OFF = "signed_off", "已完成待销号"
        CHECKED = "checked", "已销号"

    problem = models.ForeignKey(Problem, on_delete=models.CASCADE, related_name="measures")
    measure = models.TextField("整改措施")
    kind = models.CharField("类别", max_length=10, choices=Kind.choices)
    responsible_unit = models.CharField("责任单位", max_length=200, blank=True)
    responsible_person = models.CharField("责任人", max_length=50)
    deadline = models.DateField("完成时限", null=True, blank=True)
    progress = models.TextField("进展情况", blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.OPEN)
    signed_off_at = models.DateTimeField("县（市）确认完成", null=True, blank=True)
    signed_off_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_at = models.DateTimeField("对账销号", null=True, blank=True)
    checked_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "整改任务"
        verbose_name_plural = "整改台账"
        ordering = ["problem__target__order", "problem__seq", "id"]

    def __str__(self) -> str:
        return self.measure[:40]


class RectificationEvidence(models.Model):
    """Proof that a measure was carried out (整改佐证材料): a note and optionally a file."""

    rectification = models.ForeignKey(Rectification, on_delete=models.CASCADE, related_name="evidence")
    text = models.TextField("说明", blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    size = models.PositiveIntegerField(default=0)
    original_name = models.CharField(max_length=200, blank=True)
    added_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["added_at", "id"]
