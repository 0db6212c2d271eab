"""The item registry (信访件登记): every letter, call, visit, message and web report.

Reporter identity lives in its own table, encrypted, apart from the content, so that
content can be shown, searched and exported without identity.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from xunshi.core.crypto import EncryptedTextField
from xunshi.intake.lifecycle import Status
from xunshi.rounds.models import Channel, Round, TargetUnit


class IdentityKind(models.TextChoices):
    NAMED = "named", "实名"
    ANONYMOUS = "anonymous", "匿名"
    JOINT = "joint", "联名"


class BoxCollection(models.Model):
    """One opening of a suggestion box (开箱取件): the batch its items are registered from."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="box_collections")
    box = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="collections")
    opened_at = models.DateTimeField("开箱时间")
    opened_by_first = models.CharField("开箱人一", max_length=50)
    opened_by_second = models.CharField("开箱人二", max_length=50)
    declared_count = models.PositiveIntegerField("取出件数")
    note = models.TextField("备注", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "开箱记录"
        verbose_name_plural = "开箱记录"
        ordering = ["-opened_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(opened_by_first=models.F("opened_by_second")),
                name="box_opened_by_two_people",
            )
        ]

    def __str__(self) -> str:
        return f"{self.box.label} {timezone.localtime(self.opened_at):%Y-%m-%d %H:%M}"


# The bits of Item.triage_flags (xunshi.triage.priority.FLAG_BITS; intake cannot import
# triage, which depends on it): one per priority flag, eight in all.
PRIORITY_FLAG_BITS = [1 << i for i in range(8)]


def flag_set(bit: int) -> GreaterThan:
    """`triage_flags & bit > 0`, written once so that the list's filter and the partial
    index's condition are the same SQL, which the database needs to match them."""
    return GreaterThan(F("triage_flags").bitand(bit), 0)


class Item(models.Model):
    """One incoming item (信访件), whatever channel it came through."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="items")
    seq = models.PositiveIntegerField("序号")
    number = models.CharField("登记号", max_length=32, unique=True)
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="items")
    channel_kind = models.CharField("渠道类型", max_length=8, choices=Channel.Kind.choices)
    channel_detail = models.JSONField("渠道信息", default=dict, blank=True)
    received_at = models.DateTimeField("收到时间")
    after_hours = models.BooleanField("非值守时间", default=False)
    late = models.BooleanField("受理期外来件", default=False)
    identity_kind = models.CharField(
        "署名情况", max_length=12, choices=IdentityKind.choices, default=IdentityKind.ANONYMOUS
    )
    has_name = models.BooleanField("留有姓名", default=False)
    has_contact = models.BooleanField("留有联系方式", default=False)
    target = models.ForeignKey(
        TargetUnit,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
        verbose_name="涉及县（市）",
    )
    accused_name = models.CharField("被反映人", max_length=100, blank=True)
    accused_position = models.CharField("职务", max_length=200, blank=True)
    accused_unit = models.CharField("单位", max_length=200, blank=True)
    subject = models.CharField("标题", max_length=300, blank=True)
    content = models.TextField("内容")
    status = models.CharField("状态", max_length=12, choices=Status.choices, default=Status.REGISTERED)
    registered_at = models.DateTimeField("登记时间", default=timezone.now)
    triaged_at = models.DateTimeField("研判时间", null=True, blank=True)
    disposed_at = models.DateTimeField("处置时间", null=True, blank=True)
    answered_at = models.DateTimeField("答复时间", null=True, blank=True)
    closed_at = models.DateTimeField("办结时间", null=True, blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    batch = models.ForeignKey(
        BoxCollection, null=True, blank=True, on_delete=models.PROTECT, related_name="items"
    )
    # NULL, not "", for "no code": unique constraints ignore NULLs, so items without one coexist.
    receipt_hash = models.CharField(max_length=64, null=True, blank=True, unique=True)
    submission_key = models.CharField(
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        help_text="哈希后的提交令牌：重复提交同一表单只生成一件",
    )
    source_key = models.CharField(
        max_length=128,
        null=True,
        blank=True,
        help_text="渠道侧的唯一标识（如邮件 Message-ID 的哈希），防止重复登记",
    )
    # The item's priority (优先级) as the triage desk last judged it — the latest staff
    # decision, else the engine's proposal — stored here so that lists sort and filter by
    # index instead of working it out per row. Written only by xunshi.triage.services
    # (item_priority_store), in the transaction that changes the proposal or decision.
    # 0: not judged yet (研判中); otherwise triage.models.Priority (higher is more urgent).
    # db_default too: rows written by raw SQL (the bench corpus is loaded by COPY with its
    # own column list) start 研判中 as well.
    triage_level = models.PositiveSmallIntegerField("优先级", default=0, db_default=0)
    # Bitmask of the priority flags (urgency, 三种人): xunshi.triage.priority.FLAG_BITS.
    triage_flags = models.PositiveIntegerField("优先标记", default=0, db_default=0)

    class Meta:
        verbose_name = "信访件"
        verbose_name_plural = "信访件"
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["round", "seq"], name="item_seq_unique_per_round"),
            models.UniqueConstraint(
                fields=["round", "source_key"],
                name="item_source_unique_per_round",
                condition=models.Q(source_key__isnull=False),
            ),
        ]
        indexes = [
            models.Index(fields=["round", "status", "received_at"]),
            models.Index(fields=["round", "channel_kind", "received_at"]),
            models.Index(fields=["round", "target", "received_at"]),
            # The item list's default order (newest first) and its priority order: without
            # the first, the arrival page sorted all of a round's items (0.6 s at 1M).
            models.Index(fields=["round", "-received_at", "-id"], name="item_round_arrival"),
            models.Index(
                fields=["round", "-triage_level", "-received_at", "-id"], name="item_round_priority"
            ),
            # One partial index per priority flag, holding only the items that carry it: a
            # bit test cannot use an index, and a flag few items carry would otherwise mean
            # reading the whole round to find none (4.5 s at 1M). Small: flags are rare.
            *[
                models.Index(
                    fields=["round", "-received_at", "-id"],
                    condition=models.Q(flag_set(bit)),
                    name=f"item_round_flag_{bit.bit_length() - 1}",
                )
                for bit in PRIORITY_FLAG_BITS
            ],
            # The same per flag in priority order: the flagged items of one level sit
            # together, so walking the whole priority index for them can cost 0.6 s.
            *[
                models.Index(
                    fields=["round", "-triage_level", "-received_at", "-id"],
                    condition=models.Q(flag_set(bit)),
                    name=f"item_flag_{bit.bit_length() - 1}_by_priority",
                )
                for bit in PRIORITY_FLAG_BITS
            ],
        ]

    def __str__(self) -> str:
        return self.number


class ReporterIdentity(models.Model):
    """Who reported (举报人身份). Every field is encrypted at rest; see xunshi.core.crypto."""

    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="identity")
    name = EncryptedTextField("姓名", blank=True)
    phone = EncryptedTextField("电话", blank=True)
    id_number = EncryptedTextField("身份证号", blank=True)
    address = EncryptedTextField("地址", blank=True)
    email = EncryptedTextField("电子邮箱", blank=True)
    sender = EncryptedTextField("发件地址/来电号码", blank=True)
    co_signers = EncryptedTextField("联名人", blank=True)

    class Meta:
        verbose_name = "举报人身份"
        verbose_name_plural = "举报人身份"


class Attachment(models.Model):
    """A file that came with an item; bytes live on disk, addressed by SHA-256."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="attachments")
    supplement = models.ForeignKey(
        "Supplement", null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    media_type = models.CharField(max_length=100)
    original_name = models.CharField(max_length=255, blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]


class Supplement(models.Model):
    """Information the reporter added later with the receipt code (补充材料)."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="supplements")
    content = models.TextField()
    received_at = models.DateTimeField(default=timezone.now)
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["received_at", "id"]


class ItemEvent(models.Model):
    """One line of an item's timeline: every change, with who made it."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=100)
    kind = models.CharField(max_length=40)
    summary = models.CharField(max_length=300)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]


class Response(models.Model):
    """An answer recorded against an item (回复): what the reporter is told, and how."""

    class Kind(models.TextChoices):
        ACKNOWLEDGE = "acknowledge", "受理告知"
        RESULT = "result", "办理结果"
        REDIRECT = "redirect", "引导告知"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="responses")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    public_text = models.TextField("答复内容（公开）")
    via = models.CharField("答复方式", max_length=40)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]
