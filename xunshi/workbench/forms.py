"""Workbench forms: parse and check what staff type; services do the rest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from xunshi.intake.lifecycle import Status
from xunshi.intake.models import IdentityKind
from xunshi.intake.registration import Keyed
from xunshi.intake.services import Identity
from xunshi.portal.forms import MultipleFileField, read_uploads
from xunshi.rounds.models import Channel, Round, TargetUnit
from xunshi.triage.models import Priority
from xunshi.triage.priority import FLAG_CHOICES
from xunshi.triage.selectors import PENDING_LEVEL

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _now_local() -> dt.datetime:
    return timezone.localtime().replace(second=0, microsecond=0)


class ItemFieldsForm(forms.Form):
    """The fields every keyed-in item has."""

    received_at = forms.DateTimeField(label="收到时间", widget=DATETIME_WIDGET, initial=_now_local)
    target: forms.ModelChoiceField[TargetUnit] = forms.ModelChoiceField(
        label="涉及县（市）", queryset=None, required=False, empty_label="（未明确）"
    )
    identity_kind = forms.ChoiceField(
        label="署名情况", choices=IdentityKind.choices, initial=IdentityKind.ANONYMOUS
    )
    name = forms.CharField(label="反映人姓名", max_length=50, required=False)
    phone = forms.CharField(label="联系电话", max_length=30, required=False)
    id_number = forms.CharField(label="身份证号码", max_length=30, required=False)
    address = forms.CharField(label="地址", max_length=200, required=False)
    email = forms.EmailField(label="电子邮箱", required=False)
    co_signers = forms.CharField(
        label="联名人",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="联名反映时填写其他署名人，用顿号分隔",
    )
    accused_name = forms.CharField(label="被反映人姓名", max_length=100, required=False)
    accused_position = forms.CharField(label="被反映人职务", max_length=200, required=False)
    accused_unit = forms.CharField(label="被反映人单位", max_length=200, required=False)
    subject = forms.CharField(label="标题/事由", max_length=300, required=False)
    content = forms.CharField(label="内容", widget=forms.Textarea(attrs={"rows": 10}))
    attachments = MultipleFileField(label="附件（扫描件、照片、录音等）")

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.round = round
        self.fields["target"].queryset = round.targets.all()  # type: ignore[attr-defined]

    def clean_received_at(self) -> dt.datetime:
        value: dt.datetime = self.cleaned_data["received_at"]
        if value > timezone.now() + dt.timedelta(minutes=5):
            raise forms.ValidationError("收到时间不能晚于现在")
        return value

    def keyed(self, *, received_at: dt.datetime | None = None) -> Keyed:
        d = self.cleaned_data
        return Keyed(
            content=d["content"],
            received_at=received_at or d["received_at"],
            identity_kind=d["identity_kind"],
            identity=Identity(
                name=d["name"],
                phone=d["phone"],
                id_number=d["id_number"],
                address=d["address"],
                email=d["email"],
                co_signers=d["co_signers"],
            ),
            target=d["target"],
            accused_name=d["accused_name"],
            accused_position=d["accused_position"],
            accused_unit=d["accused_unit"],
            subject=d["subject"],
            attachments=read_uploads(d["attachments"]),
        )


def _channel_field(round: Round, kind: str, label: str) -> forms.ModelChoiceField:
    qs = round.channels.filter(kind=kind)
    return forms.ModelChoiceField(label=label, queryset=qs, initial=qs.first(), empty_label=None)


class LetterForm(ItemFieldsForm):
    postmark_date = forms.DateField(label="邮戳日期", required=False, widget=DATE_WIDGET)
    pages = forms.IntegerField(label="页数", min_value=1, required=False)

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, round=round, **kwargs)
        self.fields["channel"] = _channel_field(round, Channel.Kind.PO_BOX, "信箱")
        self.fields["content"].label = "来信内容（摘录或全文）"
        self.fields["attachments"].label = "信件扫描件（JPG、PNG、TIFF、PDF）"


class PhoneForm(ItemFieldsForm):
    caller_number = forms.CharField(label="来电号码", max_length=30, required=False)
    duration_minutes = forms.IntegerField(label="通话时长（分钟）", min_value=0, required=False)
    taken_by = forms.CharField(label="接听人", max_length=50)

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, round=round, **kwargs)
        self.fields["channel"] = _channel_field(round, Channel.Kind.PHONE, "值班电话")
        self.fields["received_at"].label = "来电时间"
        self.fields["content"].label = "来电记录"


class VisitForm(ItemFieldsForm):
    visitor_count = forms.IntegerField(label="来访人数", min_value=1, initial=1)
    reception_first = forms.CharField(label="接待人一", max_length=50)
    reception_second = forms.CharField(label="接待人二", max_length=50)

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, round=round, **kwargs)
        self.fields["channel"] = _channel_field(round, Channel.Kind.VISIT, "接待地点")
        self.fields["received_at"].label = "来访时间"
        self.fields["content"].label = "接谈记录"


class BoxItemForm(ItemFieldsForm):
    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, round=round, **kwargs)
        del self.fields["received_at"]  # items of a batch were received when the box was opened


class BoxCollectionForm(forms.Form):
    box: forms.ModelChoiceField[Channel] = forms.ModelChoiceField(
        label="意见箱", queryset=None, empty_label=None
    )
    opened_at = forms.DateTimeField(label="开箱时间", widget=DATETIME_WIDGET, initial=_now_local)
    opened_by_first = forms.CharField(label="开箱人一", max_length=50)
    opened_by_second = forms.CharField(label="开箱人二", max_length=50)
    declared_count = forms.IntegerField(label="取出件数", min_value=0)
    note = forms.CharField(label="备注", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["box"].queryset = round.channels.filter(kind=Channel.Kind.BOX)  # type: ignore[attr-defined]


class ItemFilterForm(forms.Form):
    target: forms.ModelChoiceField[TargetUnit] = forms.ModelChoiceField(
        label="县（市）", queryset=None, required=False, empty_label="全部"
    )
    channel = forms.ChoiceField(label="渠道", choices=[("", "全部"), *Channel.Kind.choices], required=False)
    status = forms.ChoiceField(label="状态", choices=[("", "全部"), *Status.choices], required=False)
    date_from = forms.DateField(label="收到日期自", required=False, widget=DATE_WIDGET)
    date_to = forms.DateField(label="至", required=False, widget=DATE_WIDGET)
    q = forms.CharField(label="关键词", required=False, max_length=100)
    priority = forms.ChoiceField(
        label="优先级",
        choices=[
            ("", "全部"),
            *[(str(value), label) for value, label in sorted(Priority.choices, reverse=True)],
            (PENDING_LEVEL, "研判中"),
        ],
        required=False,
    )
    flag = forms.ChoiceField(label="优先标记", choices=[("", "全部"), *FLAG_CHOICES], required=False)
    sort = forms.ChoiceField(
        label="排序", choices=[("", "按收到时间（新件在前）"), ("priority", "按优先级")], required=False
    )

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = round.targets.all()  # type: ignore[attr-defined]


class RevealForm(forms.Form):
    reason = forms.CharField(label="查看理由", max_length=200)
