"""State the background channels keep: health, failed jobs, mailbox position, SMS parts
and OCR pages. Items themselves live in xunshi.intake; these tables only point at them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from xunshi.core.crypto import EncryptedTextField
from xunshi.intake.models import Attachment, Item
from xunshi.rounds.models import Channel


class ChannelHealth(models.Model):
    """How a background channel is doing, so a failing mailbox or modem is seen at once."""

    channel = models.OneToOneField(Channel, on_delete=models.CASCADE, related_name="health")
    last_success_at = models.DateTimeField("最近一次成功", null=True, blank=True)
    last_error_at = models.DateTimeField("最近一次出错", null=True, blank=True)
    last_error = models.TextField("最近的错误", blank=True)
    backlog = models.PositiveIntegerField("待处理", default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "渠道运行状况"
        verbose_name_plural = "渠道运行状况"

    @property
    def failing(self) -> bool:
        if self.last_error_at is None:
            return False
        return self.last_success_at is None or self.last_error_at > self.last_success_at


class DeadLetter(models.Model):
    """A queue job that failed after all its retries; staff can retry it from the workbench."""

    task_name = models.CharField(max_length=200)
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    channel = models.ForeignKey(Channel, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    error = models.TextField()
    failed_at = models.DateTimeField(default=timezone.now)
    retried_at = models.DateTimeField(null=True, blank=True)
    retried_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "失败任务"
        verbose_name_plural = "失败任务"
        ordering = ["-failed_at", "-id"]


class ImapState(models.Model):
    """Where polling of one mailbox stands: only UIDs above `last_uid` are fetched next time."""

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="+")
    mailbox = models.CharField(max_length=200, default="INBOX")
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    last_uid = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["channel", "mailbox"], name="imap_state_one_per_mailbox")
        ]


class MailRecord(models.Model):
    """The raw message behind an e-mail item (bytes stored by SHA-256) and its dedupe keys."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="mail_records")
    raw_sha256 = models.CharField(max_length=64)
    raw_size = models.PositiveBigIntegerField()
    message_id_hash = models.CharField(max_length=64, blank=True, db_index=True)
    content_hash = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)


class SmsGroup(models.Model):
    """One long SMS being reassembled from its parts (concatenation reference, total)."""

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="+")
    # The sender is reporter identity: parts are grouped by a keyed digest of the number,
    # and the number itself is kept only encrypted until the item takes it over.
    sender_key = models.CharField(max_length=64)
    sender = EncryptedTextField(blank=True)
    ref = models.PositiveIntegerField()
    total = models.PositiveSmallIntegerField()
    first_seen = models.DateTimeField(default=timezone.now)
    item = models.ForeignKey(Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    incomplete = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["channel", "sender_key", "ref", "total"], name="channels_sm_channel_sk_idx")
        ]


class SmsPart(models.Model):
    group = models.ForeignKey(SmsGroup, on_delete=models.CASCADE, related_name="parts")
    seq = models.PositiveSmallIntegerField()
    text = models.TextField()
    received_at = models.DateTimeField()
    merged = models.BooleanField(default=False, help_text="已写入信访件（正文或补充）")

    class Meta:
        ordering = ["seq"]
        constraints = [models.UniqueConstraint(fields=["group", "seq"], name="sms_part_once")]


class WebhookNonce(models.Model):
    """Signatures already accepted by the SMS webhook, kept past the freshness window."""

    signature = models.CharField(max_length=64, unique=True)
    seen_at = models.DateTimeField(default=timezone.now, db_index=True)


class LetterScan(models.Model):
    """OCR of one scanned attachment of a letter; the original attachment stays as it is."""

    class Status(models.TextChoices):
        PENDING = "pending", "等待识别"
        DONE = "done", "已识别"
        FAILED = "failed", "识别失败"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="letter_scans")
    attachment = models.OneToOneField(Attachment, on_delete=models.CASCADE, related_name="scan")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    engine = models.CharField(max_length=100, blank=True)
    seconds = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]


class OcrPage(models.Model):
    scan = models.ForeignKey(LetterScan, on_delete=models.CASCADE, related_name="pages")
    page = models.PositiveIntegerField("页码")
    text = models.TextField("识别文字", blank=True)
    confidence = models.FloatField("置信度", null=True, blank=True)
    corrected_text = models.TextField("校对后文字", blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    corrected_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["scan", "page"]
        constraints = [models.UniqueConstraint(fields=["scan", "page"], name="ocr_page_once")]

    @property
    def best_text(self) -> str:
        return self.corrected_text or self.text


class DutyCall(models.Model):
    """One line of the duty phone log (值班电话记录). Calls that were missed or left a
    voicemail stay on the call-back list until somebody has called back: none is lost."""

    class Kind(models.TextChoices):
        ANSWERED = "answered", "已接听"
        MISSED = "missed", "未接来电"
        VOICEMAIL = "voicemail", "语音留言"

    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField("来电时间")
    caller = EncryptedTextField("来电号码", blank=True)
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    after_hours = models.BooleanField("非值守时间", default=False)
    voicemail_sha256 = models.CharField(max_length=64, blank=True)
    item = models.ForeignKey(Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    called_back_at = models.DateTimeField("回拨时间", null=True, blank=True)
    called_back_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    callback_outcome = models.CharField("回拨结果", max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["channel", "called_back_at", "at"])]

    @property
    def awaits_callback(self) -> bool:
        return self.kind != self.Kind.ANSWERED and self.called_back_at is None
