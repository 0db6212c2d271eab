"""Case-work forms: parse and check what staff and liaisons type; services do the rest."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from xunshi.casework import rules, taxonomy
from xunshi.casework.models import (
    Department,
    FeedbackVia,
    ReceiverKind,
    RecheckOutcome,
    Satisfaction,
    Transfer,
    TransferStatus,
)
from xunshi.casework.selectors import ResponseMethod, Sibling, mask_reporter
from xunshi.intake.models import Item, Response
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round, TargetUnit

DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
TEXTAREA = forms.Textarea(attrs={"rows": 3})


def _blank(choices: list[tuple[str, str]], label: str = "（请选择）") -> list[tuple[str, str]]:
    return [("", label), *choices]


class DepartmentForm(forms.Form):
    target: forms.ModelChoiceField[TargetUnit] = forms.ModelChoiceField(
        label="所属县（市）", queryset=None, required=False, empty_label="（市级或以上）"
    )
    name = forms.CharField(label="单位名称", max_length=100)
    kind = forms.ChoiceField(label="类别", choices=ReceiverKind.choices, initial=ReceiverKind.OTHER)
    contact_person = forms.CharField(label="联系人", max_length=50, required=False)
    phone = forms.CharField(label="联系电话", max_length=50, required=False)
    address = forms.CharField(label="地址", max_length=200, required=False)
    note = forms.CharField(label="备注", max_length=200, required=False)

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = round.targets.all()  # type: ignore[attr-defined]


class DispositionForm(forms.Form):
    disposition = forms.ChoiceField(label="处置方式", choices=_blank(taxonomy.dispositions()))
    oos_code = forms.ChoiceField(
        label="受理范围外类别", choices=_blank(taxonomy.out_of_scope(), "（不适用）"), required=False
    )
    note = forms.CharField(label="处置意见", widget=TEXTAREA, required=False)


class TransferForm(forms.Form):
    kind = forms.ChoiceField(label="类型", choices=Transfer.Kind.choices)
    oos_code = forms.ChoiceField(
        label="问题类别", choices=_blank(taxonomy.out_of_scope(), "（不适用）"), required=False
    )
    department: forms.ModelChoiceField[Department] = forms.ModelChoiceField(
        label="承办单位", queryset=None, empty_label="（请选择）"
    )
    matter = forms.CharField(
        label="转办事项",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="只写承办单位办理所需的内容，不写举报人姓名和联系方式",
    )
    requirement = forms.CharField(
        label="办理要求", widget=TEXTAREA, required=False, help_text="留空则按办理时限自动生成"
    )
    due_workdays = forms.IntegerField(label="办理时限（工作日）", min_value=1, max_value=120)

    def __init__(self, *args: Any, item: Item, suggested: list[Department], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["department"]
        field.queryset = Department.objects.filter(round=item.round_id).select_related("target")  # type: ignore[attr-defined]
        if suggested and not self.is_bound:
            field.initial = suggested[0].pk
        self.fields["due_workdays"].initial = rules.transfer_due_workdays()
        if not self.is_bound:
            self.fields["matter"].initial = mask_reporter(item, item.content[:2000])


class ReceiverSignForm(forms.Form):
    signer_name = forms.CharField(label="签收人", max_length=50)


class ReceiverReportForm(forms.Form):
    report_text = forms.CharField(label="办理结果", widget=forms.Textarea(attrs={"rows": 5}))
    answer_text = forms.CharField(
        label="答复反映人情况",
        widget=TEXTAREA,
        required=False,
        help_text="由承办单位答复反映人的，写明答复方式和时间",
    )


class ReturnForm(forms.Form):
    reason = forms.CharField(label="退回理由", widget=TEXTAREA)


class ApproveForm(forms.Form):
    note = forms.CharField(label="审核意见", max_length=300, required=False)


class RemindForm(forms.Form):
    note = forms.CharField(label="催办说明", max_length=200, required=False)


class IdentityDecisionForm(forms.Form):
    include = forms.BooleanField(label="转办单附举报人身份", required=False)
    reason = forms.CharField(label="理由", max_length=200)


class TransferFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="状态", choices=_blank(TransferStatus.choices, "（全部）"), required=False
    )
    overdue = forms.BooleanField(label="只看逾期", required=False)


class ClueForm(forms.Form):
    items = forms.CharField(label="来源件登记号", help_text="多个登记号用逗号或空格分隔")
    person: forms.ModelChoiceField[RosterPerson] = forms.ModelChoiceField(
        label="名册人员", queryset=None, required=False, empty_label="（不在名册中，手填）"
    )
    accused_name = forms.CharField(label="被反映人", max_length=100, required=False)
    accused_position = forms.CharField(label="职务", max_length=200, required=False)
    accused_unit = forms.CharField(label="单位", max_length=200, required=False)
    target: forms.ModelChoiceField[TargetUnit] = forms.ModelChoiceField(
        label="县（市）", queryset=None, required=False, empty_label="（按来源件）"
    )
    allegations = forms.MultipleChoiceField(
        label="问题类别", choices=taxonomy.allegations(), widget=forms.SelectMultiple(attrs={"size": 8})
    )
    summary = forms.CharField(label="主要问题", widget=forms.Textarea(attrs={"rows": 5}))
    evidence = forms.CharField(label="证据材料", widget=TEXTAREA, required=False)

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = RosterPerson.objects.filter(round=round).order_by("name")  # type: ignore[attr-defined]
        self.fields["target"].queryset = round.targets.all()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("person") and not (data.get("accused_name") or "").strip():
            raise forms.ValidationError("请选择名册人员或填写被反映人姓名")
        return data

    def item_numbers(self) -> list[str]:
        raw = self.cleaned_data["items"].replace("，", ",").replace("、", ",").replace(",", " ")
        return [n for n in raw.split() if n]


CLUE_DISPOSITION_CHOICES = [
    (c, label) for c, label in taxonomy.dispositions() if c in rules.CLUE_DISPOSITIONS
]


class ProposeForm(forms.Form):
    disposition = forms.ChoiceField(label="拟处置方式", choices=_blank(CLUE_DISPOSITION_CHOICES))
    reason = forms.CharField(label="建议理由", widget=TEXTAREA)


class DecideForm(forms.Form):
    decision = forms.ChoiceField(
        label="审批",
        choices=[("approve", "批准"), ("reject", "退回")],
        widget=forms.RadioSelect,
        initial="approve",
    )
    disposition = forms.ChoiceField(
        label="批准的处置方式", choices=_blank(CLUE_DISPOSITION_CHOICES, "（同建议）"), required=False
    )
    reason = forms.CharField(label="审批意见", widget=TEXTAREA)


class ReceiptForm(forms.Form):
    received_by = forms.CharField(label="签收人", max_length=50)
    received_at = forms.DateTimeField(
        label="签收时间",
        widget=DATETIME_WIDGET,
        initial=lambda: timezone.localtime().replace(second=0, microsecond=0),
    )


class ReceiverStatusForm(forms.Form):
    status = forms.ChoiceField(
        label="受理单位处置", choices=_blank(taxonomy.receiver_statuses(), "（不变）"), required=False
    )
    finding = forms.ChoiceField(
        label="核查结论", choices=_blank(taxonomy.findings(), "（尚无）"), required=False
    )
    note = forms.CharField(label="反馈情况", widget=TEXTAREA, required=False)


class HandoverForm(forms.Form):
    receiver_kind = forms.ChoiceField(
        label="接收类别",
        choices=[
            (ReceiverKind.DISCIPLINE.value, "纪检监察机关（移交纪检监察机关的线索）"),
            (ReceiverKind.ORGANISATION.value, "组织部门（移交组织部门的线索）"),
        ],
    )
    receiver_name = forms.CharField(
        label="接收单位", max_length=100, help_text="如：省纪委监委案件监督管理室"
    )


class ResponseForm(forms.Form):
    kind = forms.ChoiceField(label="答复类型", choices=Response.Kind.choices)
    phrase = forms.ChoiceField(label="规范答复用语", choices=list(rules.PHRASES.items()))
    free_text = forms.CharField(
        label="补充说明（公开）",
        widget=TEXTAREA,
        required=False,
        help_text="将对反映人公开：不得写被反映人姓名、线索编号或办理细节",
    )
    method = forms.ChoiceField(label="答复方式")
    department: forms.ModelChoiceField[Department] = forms.ModelChoiceField(
        label="承办单位（由承办单位答复时）", queryset=None, required=False, empty_label="（巡视组答复）"
    )

    also = forms.MultipleChoiceField(
        label="同时答复同组、同线索的其他件",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="每件各自记录答复、按各自来件渠道答复、各自计算期限；反映人信息互不相见",
    )

    def __init__(
        self,
        *args: Any,
        item: Item,
        methods: list[ResponseMethod],
        siblings: list[Sibling] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        also = self.fields["also"]
        assert isinstance(also, forms.MultipleChoiceField)  # noqa: S101 - declared as one above
        if siblings:
            also.choices = [
                (
                    s.item.number,
                    f"{s.item.number}（{s.why}；{s.item.get_channel_kind_display()}"
                    + ("；已有办结答复" if s.has_final else "")
                    + "）",
                )
                for s in siblings
            ]
            also.initial = [s.item.number for s in siblings if not s.has_final]
        else:
            del self.fields["also"]
        method = self.fields["method"]
        assert isinstance(method, forms.ChoiceField)  # noqa: S101 - declared as one above
        method.choices = [
            (m.code, m.label if m.allowed else f"{m.label}（不可用：{m.reason}）") for m in methods
        ]
        first = next((m.code for m in methods if m.allowed), "")
        self.fields["method"].initial = first
        self.fields["department"].queryset = Department.objects.filter(round=item.round_id)  # type: ignore[attr-defined]
        if item.round.answerer == Round.Answerer.RECEIVER:
            transfer = Transfer.objects.filter(item=item).order_by("-sent_at").first()
            if transfer is not None:
                self.fields["department"].initial = transfer.department_id


class MarkSentForm(forms.Form):
    note = forms.CharField(label="发送说明", max_length=200, help_text="如：已由值班手机于当日发送短信")


class RecheckForm(forms.Form):
    """The re-check (复查) of a reporter's objection (异议)."""

    feedback = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(label="复查结论", choices=RecheckOutcome.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label="复查意见（理由）", max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ObjectionWindowForm(forms.Form):
    days = forms.IntegerField(label="答复送达后可评价、提出异议的天数", min_value=1, max_value=365)


class StaffFeedbackForm(forms.Form):
    """A reporter's word that reached the desk by letter, phone (回访), visit or e-mail."""

    via = forms.ChoiceField(
        label="评价方式", choices=[c for c in FeedbackVia.choices if c[0] != FeedbackVia.PORTAL]
    )
    satisfaction = forms.ChoiceField(
        label="举报人评价", choices=Satisfaction.choices, widget=forms.RadioSelect
    )
    reasons = forms.CharField(
        label="异议理由（不满意时必填，照录举报人所述）",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
