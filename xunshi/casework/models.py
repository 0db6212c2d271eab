"""Case work after triage: the round's directory of receiving departments, transfers
(转办/交办) with their states, problem clues (问题线索) with two-step approval and
hand-over lists (移交清单), the staff decision on each item, and how each answer was
given. Reporter identity is never copied here; it stays encrypted in intake."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from xunshi.intake.models import Item, Response
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round, TargetUnit

# Longer than any one send takes (SMTP and gammu-smsd-inject time out well before): a claim
# older than this belongs to a worker that died mid-send, and another job may take it over.
SEND_LEASE = datetime.timedelta(minutes=10)


class ReceiverKind(models.TextChoices):
    DISCIPLINE = "discipline", "纪检监察机关"
    ORGANISATION = "organisation", "组织部门"
    OTHER = "other", "其他部门"


class Department(models.Model):
    """A receiving body in the round's directory (per county; no county = city or above)."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="departments")
    target = models.ForeignKey(
        TargetUnit,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="departments",
        verbose_name="所属县（市）",
    )
    name = models.CharField("单位名称", max_length=100)
    kind = models.CharField("类别", max_length=16, choices=ReceiverKind.choices, default=ReceiverKind.OTHER)
    contact_person = models.CharField("联系人", max_length=50, blank=True)
    phone = models.CharField("联系电话", max_length=50, blank=True)
    address = models.CharField("地址", max_length=200, blank=True)
    note = models.CharField("备注", max_length=200, blank=True)

    class Meta:
        verbose_name = "承办单位"
        verbose_name_plural = "承办单位名录"
        ordering = ["round", "target__order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["round", "target", "name"], name="department_unique_per_county")
        ]

    def __str__(self) -> str:
        if self.target is None or self.name.startswith(self.target.name):
            return self.name
        return f"{self.target.name}{self.name}"


class ItemCase(models.Model):
    """The group's decision on one item (处置) and when its matter was concluded."""

    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="case")
    disposition = models.CharField("处置方式", max_length=16)
    oos_code = models.CharField("受理范围外类别", max_length=24, blank=True)
    note = models.TextField("处置意见", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    # The "conclusion" that starts the 15-working-day clock for the result notice.
    concluded_at = models.DateTimeField("办结时间", null=True, blank=True)

    class Meta:
        verbose_name = "处置决定"
        verbose_name_plural = "处置决定"


class TransferStatus(models.TextChoices):
    PENDING = "pending", "待签收"
    SIGNED = "signed", "已签收"
    IN_PROGRESS = "in_progress", "办理中"
    REPORTED = "reported", "已办结（报告）"
    APPROVED = "approved", "审核通过"
    RETURNED = "returned", "退回重办"


# Transfers the receiver still owes work on: they can go overdue.
OPEN_TRANSFER_STATES = (
    TransferStatus.PENDING,
    TransferStatus.SIGNED,
    TransferStatus.IN_PROGRESS,
    TransferStatus.RETURNED,
)


class Transfer(models.Model):
    """One slip (转办单) sending a matter to a department, tracked until the group approves."""

    class Kind(models.TextChoices):
        TRANSFER = "transfer", "转办（受理范围外）"
        RECTIFY = "rectify", "交办（立行立改）"

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="transfers")
    number = models.CharField("转办单号", max_length=32, unique=True)
    kind = models.CharField("类型", max_length=12, choices=Kind.choices, default=Kind.TRANSFER)
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="transfers")
    target = models.ForeignKey(
        TargetUnit, on_delete=models.PROTECT, related_name="transfers", verbose_name="县（市）"
    )
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="transfers")
    oos_code = models.CharField("问题类别", max_length=24, blank=True)
    matter = models.TextField("转办事项", help_text="承办单位办理所需的内容；不写举报人身份")
    requirement = models.TextField("办理要求", blank=True)
    due_workdays = models.PositiveSmallIntegerField("办理时限（工作日）")
    due_date = models.DateField("办理期限")
    status = models.CharField(
        "状态", max_length=12, choices=TransferStatus.choices, default=TransferStatus.PENDING
    )
    # Identity goes on the slip only by a decision of a permitted role, with its reason.
    include_identity = models.BooleanField("转办单附举报人身份", default=False)
    identity_reason = models.CharField("附身份理由", max_length=200, blank=True)
    identity_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField("转办时间", default=timezone.now)
    signed_at = models.DateTimeField("签收时间", null=True, blank=True)
    signed_by_name = models.CharField("签收人", max_length=50, blank=True)
    started_at = models.DateTimeField("开始办理时间", null=True, blank=True)
    reported_at = models.DateTimeField("报告时间", null=True, blank=True)
    report_text = models.TextField("办理结果", blank=True)
    answer_text = models.TextField("答复举报人情况", blank=True)
    approved_at = models.DateTimeField("审核通过时间", null=True, blank=True)
    returned_at = models.DateTimeField("退回时间", null=True, blank=True)
    return_reason = models.TextField("退回理由", blank=True)
    redo_count = models.PositiveSmallIntegerField("重办次数", default=0)
    reminder_count = models.PositiveSmallIntegerField("催办次数", default=0)
    last_reminded_at = models.DateTimeField("最近催办", null=True, blank=True)
    escalated_at = models.DateTimeField("列入督办时间", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "转办单"
        verbose_name_plural = "转办单"
        ordering = ["-sent_at", "-id"]
        indexes = [
            models.Index(fields=["round", "status", "due_date"]),
            models.Index(fields=["target", "status"]),
        ]

    def __str__(self) -> str:
        return self.number


class TransferEvent(models.Model):
    """The slip's own history, which the local liaison may see (it holds no item content)."""

    transfer = models.ForeignKey(Transfer, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=100)
    kind = models.CharField(max_length=24)
    summary = models.CharField(max_length=300)

    class Meta:
        ordering = ["at", "id"]


class ClueStatus(models.TextChoices):
    DRAFT = "draft", "草拟"
    PROPOSED = "proposed", "已提出处置建议"
    APPROVED = "approved", "已批准"


class HandoverList(models.Model):
    """A hand-over list (移交清单) of approved clues to one receiver at the end of the round."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="handover_lists")
    number = models.CharField("清单编号", max_length=32, unique=True)
    receiver_kind = models.CharField("接收类别", max_length=16, choices=ReceiverKind.choices)
    receiver_name = models.CharField("接收单位", max_length=100)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "移交清单"
        verbose_name_plural = "移交清单"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.number


class Clue(models.Model):
    """A problem clue (问题线索) about one person, drawn from one or more items."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="clues")
    number = models.CharField("线索编号", max_length=32, unique=True)
    target = models.ForeignKey(
        TargetUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="clues",
        verbose_name="县（市）",
    )
    person = models.ForeignKey(
        RosterPerson,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clues",
        verbose_name="名册人员",
    )
    accused_name = models.CharField("被反映人", max_length=100)
    accused_position = models.CharField("职务", max_length=200, blank=True)
    accused_unit = models.CharField("单位", max_length=200, blank=True)
    allegations = models.JSONField("问题类别", default=list)
    summary = models.TextField("主要问题")
    evidence = models.TextField("证据材料", blank=True)
    items = models.ManyToManyField(Item, related_name="clues", verbose_name="来源件")
    status = models.CharField("状态", max_length=12, choices=ClueStatus.choices, default=ClueStatus.DRAFT)
    proposed_disposition = models.CharField("拟处置方式", max_length=16, blank=True)
    proposal_reason = models.TextField("建议理由", blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_at = models.DateTimeField(null=True, blank=True)
    disposition = models.CharField("批准的处置方式", max_length=16, blank=True)
    decision_reason = models.TextField("审批意见", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    handover = models.ForeignKey(
        HandoverList, null=True, blank=True, on_delete=models.SET_NULL, related_name="clues"
    )
    receipt_by = models.CharField("签收人", max_length=50, blank=True)
    receipt_at = models.DateTimeField("签收时间", null=True, blank=True)
    receiver_status = models.CharField("受理单位处置", max_length=16, blank=True)
    receiver_status_at = models.DateTimeField(null=True, blank=True)
    finding = models.CharField("核查结论", max_length=16, blank=True)
    receiver_note = models.TextField("反馈情况", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "问题线索"
        verbose_name_plural = "问题线索"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["round", "status"])]

    def __str__(self) -> str:
        return self.number


class ClueEvent(models.Model):
    """What happened to a clue, by whom and why (proposal, approval, hand-over, feedback)."""

    clue = models.ForeignKey(Clue, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=100)
    kind = models.CharField(max_length=24)
    summary = models.CharField(max_length=300)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]


class ResponseRecord(models.Model):
    """How one recorded answer was given: by whom (group or receiving body), with which
    vetted phrasing, and whether it went out."""

    class AnsweredBy(models.TextChoices):
        GROUP = "group", "巡视组"
        RECEIVER = "receiver", "承办单位"

    class Delivery(models.TextChoices):
        SHOWN = "shown", "已在查询页公开"
        # E-mail and SMS go through the job queue: queued → sending (one job has claimed it)
        # → sent, or back to queued for the next retry, or failed after the last one.
        QUEUED = "queued", "待发送（发信队列）"
        SENDING = "sending", "发送中（发信队列）"
        SENT = "sent", "已发送"
        FAILED = "failed", "发送失败"
        # Nothing on this system can send it (SMS, or no mail server configured): staff send
        # it by hand and mark it sent, so the record never claims a sending that did not happen.
        MANUAL = "manual", "待人工发送"
        PRINTED = "printed", "已生成书面答复函"
        TOLD = "told", "已当面或电话告知"
        RECORDED = "recorded", "仅记录（无可用联系渠道）"

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="record")
    answered_by = models.CharField(max_length=12, choices=AnsweredBy.choices)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phrase = models.CharField(max_length=32, blank=True)
    method = models.CharField(max_length=12)
    delivery = models.CharField(max_length=12, choices=Delivery.choices)
    attempts = models.PositiveSmallIntegerField("发送次数", default=0)
    last_error = models.CharField("最近一次发送错误", max_length=300, blank=True)
    sent_at = models.DateTimeField("发送时间", null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message_id = models.CharField("邮件 Message-ID", max_length=200, blank=True)
    # When a send job claimed the answer (delivery "sending"): another job leaves it alone
    # unless the claim is older than SEND_LEASE, i.e. its worker died mid-send.
    claimed_at = models.DateTimeField("发送认领时间", null=True, blank=True)
    # Set when the answer was recorded for several items at once (one bulk action).
    batch = models.CharField("批量答复标识", max_length=32, blank=True)

    @property
    def outstanding(self) -> bool:
        """Recorded but not (yet) delivered to the reporter."""
        return self.delivery in (self.Delivery.QUEUED, self.Delivery.SENDING, self.Delivery.FAILED,
                                 self.Delivery.MANUAL)

    @property
    def hand_sendable(self) -> bool:
        """Staff may mark it sent by hand: nothing here sends it (waiting for hand-sending,
        failed after the last retry, or its send job's worker died mid-send)."""
        return self.delivery in (self.Delivery.MANUAL, self.Delivery.FAILED) or self.claim_stale()

    def claim_stale(self, now: datetime.datetime | None = None) -> bool:
        """A send job claimed it and has not finished within the lease: its worker died."""
        if self.delivery != self.Delivery.SENDING:
            return False
        return self.claimed_at is None or (now or timezone.now()) - self.claimed_at > SEND_LEASE


class Satisfaction(models.TextChoices):
    """The reporter's word on an answer, as 12345 回访 asks it."""

    SATISFIED = "satisfied", "满意"
    BASIC = "basic", "基本满意"
    UNSATISFIED = "unsatisfied", "不满意"


class RecheckOutcome(models.TextChoices):
    MAINTAIN = "maintain", "维持原答复"
    REDO = "redo", "重新办理"


class FeedbackVia(models.TextChoices):
    """How the reporter's word reached the desk: the status page, or staff recording what a
    reporter without a receipt code said by letter, phone, in person or by e-mail (回访)."""

    PORTAL = "portal", "查询页（回执码）"
    LETTER = "letter", "来信"
    PHONE = "phone", "电话（含回访）"
    VISIT = "visit", "来访"
    EMAIL = "email", "电子邮件"


class ReporterFeedback(models.Model):
    """The reporter's word on one delivered final answer (回访评价), given on the status page
    with the receipt code. 不满意 is an objection (异议): it carries reasons and perhaps new
    evidence, re-opens the item and stays open until staff record the re-check (复查) and a
    new answer."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="feedbacks")
    # One word per answer: the answer the reporter was shown when they gave it.
    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="feedback")
    satisfaction = models.CharField("评价", max_length=12, choices=Satisfaction.choices)
    reasons = models.TextField("异议理由", blank=True)
    # New evidence comes in as an intake supplement, so it passes the portal's file checks
    # and appears with the item's other attachments.
    supplement = models.ForeignKey(
        "intake.Supplement", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    received_at = models.DateTimeField("收到时间", default=timezone.now)
    via = models.CharField("评价方式", max_length=8, choices=FeedbackVia.choices, default=FeedbackVia.PORTAL)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    recheck_outcome = models.CharField("复查结论", max_length=12, choices=RecheckOutcome.choices, blank=True)
    recheck_reason = models.TextField("复查意见", blank=True)
    rechecked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rechecked_at = models.DateTimeField("复查时间", null=True, blank=True)
    # The new final answer that ends the objection.
    answer = models.ForeignKey(
        Response, null=True, blank=True, on_delete=models.SET_NULL, related_name="objections_answered"
    )

    class Meta:
        verbose_name = "举报人评价与异议"
        verbose_name_plural = "举报人评价与异议"
        ordering = ["received_at", "id"]
        indexes = [models.Index(fields=["item", "satisfaction"])]

    @property
    def is_objection(self) -> bool:
        return self.satisfaction == Satisfaction.UNSATISFIED

    @property
    def is_open(self) -> bool:
        return self.is_objection and self.answer_id is None
