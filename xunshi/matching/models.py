"""Related and duplicate items, and the link from items to the persons they accuse.

Nothing here changes an item: a grouping is a separate row that staff confirm or undo,
and the originals stay as they came in. The near-duplicate index lives in two tables
(a signature per item, a row per LSH band key) so that every process sees the same
index and it works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from xunshi.intake.models import Item
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round


class ItemSketch(models.Model):
    """What the matcher knows of one item, written after the item's transaction commits."""

    item = models.OneToOneField(Item, primary_key=True, on_delete=models.CASCADE, related_name="sketch")
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    signature = models.BinaryField()
    shingle_count = models.PositiveIntegerField(default=0)
    # Years the text mentions and triage codes: inputs of the 三种人 flags and categories.
    # On PostgreSQL also in the covering index matching_sketch_facts (migration 0003), so
    # the dossier counts a busy person's items without reading the signatures' pages.
    years = models.JSONField(default=list, blank=True)
    codes = models.JSONField(default=list, blank=True)
    indexed_at = models.DateTimeField(default=timezone.now)


class SketchBand(models.Model):
    """One LSH band key of one item. The composite key is also the lookup index."""

    pk = models.CompositePrimaryKey("key", "item_id")
    key = models.BigIntegerField()
    # A plain integer, not a foreign key: bulk loads skip a constraint check per row, and
    # lookups join ItemSketch, so a band row of a vanished item is never returned.
    item_id = models.BigIntegerField()


class ContactFingerprint(models.Model):
    """A keyed hash (HMAC) of a normalised reporter phone or e-mail address.

    Lets the desk see that two items came from the same contact without decrypting
    either identity. The key lives in DATA_DIR/keys, outside the database.
    """

    class Kind(models.TextChoices):
        PHONE = "phone", "电话"
        EMAIL = "email", "电子邮箱"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="contact_fingerprints")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    digest = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "kind", "digest"], name="contact_fingerprint_unique")
        ]
        indexes = [models.Index(fields=["digest"])]


class ItemGroup(models.Model):
    """A set of items that are copies of one report or concern one matter (并件)."""

    class Kind(models.TextChoices):
        DUPLICATE = "duplicate", "重复件"
        RELATED = "related", "关联件"

    class State(models.TextChoices):
        PROPOSED = "proposed", "待确认"
        CONFIRMED = "confirmed", "已确认"
        UNDONE = "undone", "已撤销"

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="item_groups")
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    state = models.CharField("状态", max_length=12, choices=State.choices, default=State.PROPOSED)
    reason = models.CharField("依据", max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undo_reason = models.CharField("撤销理由", max_length=200, blank=True)

    class Meta:
        verbose_name = "并件组"
        verbose_name_plural = "并件组"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["round", "state"])]

    def __str__(self) -> str:
        return f"G{self.pk}"

    @property
    def label(self) -> str:
        return f"{self.get_kind_display()}组 G{self.pk}"


class ItemGroupMember(models.Model):
    group = models.ForeignKey(ItemGroup, on_delete=models.CASCADE, related_name="members")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="group_memberships")
    # Exact Jaccard against the group's first item (1.0 for the first; null if added by hand).
    similarity = models.FloatField(null=True, blank=True)
    added_at = models.DateTimeField(default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["item__received_at", "id"]
        constraints = [models.UniqueConstraint(fields=["group", "item"], name="group_member_unique")]


class PersonLink(models.Model):
    """An item names a person: as written in the item, and (once known) who in the roster."""

    class Source(models.TextChoices):
        ITEM = "item", "登记信息"
        TRIAGE = "triage", "研判提取"
        STAFF = "staff", "人工"

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="person_links")
    person = models.ForeignKey(
        RosterPerson, null=True, blank=True, on_delete=models.SET_NULL, related_name="item_links"
    )
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    name = models.CharField("被反映人（原文）", max_length=100)
    position = models.CharField("职务（原文）", max_length=200, blank=True)
    unit = models.CharField("单位（原文）", max_length=200, blank=True)
    source = models.CharField("来源", max_length=8, choices=Source.choices)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # A copy of the item's 收到时间, which never changes once registered: the dossier
    # orders and pages a person's links by it without joining a million-row item table.
    received_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "被反映人关联"
        verbose_name_plural = "被反映人关联"
        constraints = [models.UniqueConstraint(fields=["item", "name"], name="person_link_unique")]
        indexes = [
            models.Index(fields=["person", "item"]),
            models.Index(fields=["round", "person", "name"]),
            models.Index(fields=["person", "-received_at"], name="matching_link_person_recv"),
        ]

    def __str__(self) -> str:
        return f"{self.item_id} → {self.name}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Every way a link is made (intake indexing, a triage decision, staff) passes here.
        if self.received_at is None and self.item_id is not None:
            self.received_at = (
                Item.objects.filter(pk=self.item_id).values_list("received_at", flat=True).first()
            )
        super().save(*args, **kwargs)
