"""Fieldwork forms: parse what the user typed; the services check and write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.utils import timezone

from xunshi.fieldwork.models import DocumentRequest, Meeting, Phase, Rectification, TalkLead
from xunshi.fieldwork.selectors import group_staff
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round, TargetUnit

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class StaffChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.get_full_name() or obj.get_username())


class StaffMultipleChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.get_full_name() or obj.get_username())


class CountyForm(forms.Form):
    """Base for forms about one county, limited to the counties the user works in."""

    target: forms.ModelChoiceField[TargetUnit] = forms.ModelChoiceField(label="县（市）", queryset=None)

    def __init__(
        self, *args: Any, round: Round, counties: QuerySet[TargetUnit] | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.round = round
        self.fields["target"].queryset = counties if counties is not None else round.targets.all()  # type: ignore[attr-defined]


class TalkForm(CountyForm):
    person: forms.ModelChoiceField[RosterPerson] = forms.ModelChoiceField(
        label="谈话对象（从名册选择）", queryset=None, required=False, empty_label="（不在名册，手工填写）"
    )
    interviewee = forms.CharField(label="谈话对象姓名", max_length=50, required=False)
    interviewee_post = forms.CharField(label="单位职务", max_length=200, required=False)
    starts_at = forms.DateTimeField(label="开始时间", widget=DATETIME_WIDGET)
    ends_at = forms.DateTimeField(label="结束时间", widget=DATETIME_WIDGET)
    place = forms.CharField(label="地点（谈话室）", max_length=100)
    asker = StaffChoice(label="主谈人", queryset=User.objects.none())
    recorder = StaffChoice(label="记录人", queryset=User.objects.none())
    purpose = forms.CharField(
        label="谈话目的（内部，不向地方联络员显示）", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = RosterPerson.objects.filter(round=self.round).select_related("target")
        self.fields["person"].queryset = people  # type: ignore[attr-defined]
        staff = group_staff(self.round)
        self.fields["asker"].queryset = staff  # type: ignore[attr-defined]
        self.fields["recorder"].queryset = staff  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("person") and not (data.get("interviewee") or "").strip():
            self.add_error("interviewee", "请从名册选择或填写谈话对象")
        person = data.get("person")
        target = data.get("target")
        if person is not None and target is not None and person.target_id != target.pk:
            self.add_error("person", "谈话对象不在所选县（市）")
        return data


class RescheduleForm(forms.Form):
    starts_at = forms.DateTimeField(label="开始时间", widget=DATETIME_WIDGET)
    ends_at = forms.DateTimeField(label="结束时间", widget=DATETIME_WIDGET)
    place = forms.CharField(label="地点", max_length=100)


class TalkRecordForm(forms.Form):
    record = forms.CharField(label="谈话记录", widget=forms.Textarea(attrs={"rows": 14}))


class TalkLeadForm(forms.Form):
    use = forms.ChoiceField(label="用途", choices=TalkLead.Use.choices, widget=forms.RadioSelect)
    summary = forms.CharField(label="反映的问题（摘要）", widget=forms.Textarea(attrs={"rows": 4}))
    accused_name = forms.CharField(label="被反映人", max_length=100, required=False)
    accused_position = forms.CharField(label="被反映人职务", max_length=200, required=False)
    item_number = forms.CharField(
        label="已有信访件登记号",
        max_length=32,
        required=False,
        help_text="作为佐证时，填写登记号或线索编号之一",
    )
    clue_number = forms.CharField(label="已有问题线索编号", max_length=32, required=False)


class DocumentRequestForm(CountyForm):
    what = forms.CharField(label="调阅材料", max_length=300)
    copy_wanted = forms.BooleanField(label="需复制", required=False)
    due_on = forms.DateField(label="提供时限", widget=DATE_WIDGET, required=False)
    purpose = forms.CharField(
        label="调阅目的（内部，不向地方显示）", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    item_number = forms.CharField(label="关联信访件登记号", max_length=32, required=False)
    clue_number = forms.CharField(label="关联问题线索编号", max_length=32, required=False)


class CustodyForm(forms.Form):
    to = forms.ChoiceField(choices=DocumentRequest.Status.choices, widget=forms.HiddenInput)
    handed_by = forms.CharField(label="交出人", max_length=50, required=False)
    received_by = forms.CharField(label="接收人", max_length=50, required=False)
    note = forms.CharField(label="说明", max_length=300, required=False)


class FileForm(forms.Form):
    file = forms.FileField(label="文件")


class MeetingForm(CountyForm):
    kind = forms.ChoiceField(label="类型", choices=Meeting.Kind.choices)
    title = forms.CharField(label="会议名称", max_length=200)
    starts_at = forms.DateTimeField(label="时间", widget=DATETIME_WIDGET)
    place = forms.CharField(label="地点", max_length=100, required=False)
    attendees = forms.CharField(label="参加人员", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    notes = forms.CharField(
        label="会议记录（内部）", widget=forms.Textarea(attrs={"rows": 6}), required=False
    )


class NotesForm(forms.Form):
    attendees = forms.CharField(label="参加人员", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    notes = forms.CharField(label="记录", widget=forms.Textarea(attrs={"rows": 8}), required=False)


class VisitForm(CountyForm):
    covert = forms.BooleanField(label="暗访（仅组长、副组长和参加人员可见）", required=False)
    place = forms.CharField(label="走访单位/地点", max_length=200)
    on = forms.DateField(label="日期", widget=DATE_WIDGET)
    members = StaffMultipleChoice(
        label="参加人员（巡视组）", queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    attendees = forms.CharField(
        label="接待/陪同人员", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    notes = forms.CharField(label="走访情况", widget=forms.Textarea(attrs={"rows": 6}), required=False)
    sink_post = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = group_staff(self.round)  # type: ignore[attr-defined]


class ScheduleForm(CountyForm):
    phase = forms.ChoiceField(label="环节", choices=Phase.choices)
    starts_on = forms.DateField(label="开始", widget=DATE_WIDGET)
    ends_on = forms.DateField(label="结束", widget=DATE_WIDGET)


class ProblemForm(CountyForm):
    title = forms.CharField(label="问题", max_length=300)
    detail = forms.CharField(label="具体表现", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    item_number = forms.CharField(label="来源信访件登记号", max_length=32, required=False)


class FeedbackForm(CountyForm):
    doc_number = forms.CharField(label="文号", max_length=60, required=False)
    delivered_on = forms.DateField(label="反馈日期", widget=DATE_WIDGET, initial=timezone.localdate)


class ReportReceivedForm(forms.Form):
    on = forms.DateField(label="整改报告报送日期", widget=DATE_WIDGET)


class RectificationForm(forms.Form):
    measure = forms.CharField(label="整改措施", widget=forms.Textarea(attrs={"rows": 3}))
    kind = forms.ChoiceField(label="类别", choices=Rectification.Kind.choices)
    responsible_unit = forms.CharField(label="责任单位", max_length=200, required=False)
    responsible_person = forms.CharField(label="责任人", max_length=50)
    deadline = forms.DateField(label="完成时限", widget=DATE_WIDGET, required=False)


class ProgressForm(forms.Form):
    progress = forms.CharField(label="进展情况", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    evidence_text = forms.CharField(
        label="佐证材料说明", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    file = forms.FileField(label="佐证材料文件", required=False)


class CheckForm(forms.Form):
    accept = forms.TypedChoiceField(
        label="对账结果",
        choices=[("1", "通过，销号"), ("0", "退回")],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="说明（退回时必填）", max_length=500, required=False)
