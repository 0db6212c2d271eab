"""Portal forms: parse and check what the public typed; services do the rest."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxLengthValidator

from xunshi.core.rows import first_row
from xunshi.intake.models import IdentityKind
from xunshi.rounds.models import Round, TargetUnit


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


def read_uploads(files: list[UploadedFile]) -> list[tuple[str, bytes]]:
    limit = settings.XUNSHI_MAX_ATTACHMENT_BYTES
    out = []
    for f in files:
        # Read one byte past the limit so the size check downstream can name the file.
        out.append((f.name or "", f.read(limit + 1)))
    return out


class RoundTargetField(forms.ModelChoiceField):
    """A county of the report's round. The choices shown come from the queryset; a posted
    choice is checked with one written-out query (by id and round) instead of the ORM's
    `queryset.get(pk=…)`, whose building cost more CPU than the rest of the form's checks."""

    round_id: int | None = None

    def to_python(self, value: Any) -> TargetUnit | None:
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        invalid = ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )
        try:
            pk = int(value.pk if isinstance(value, TargetUnit) else value)
        except (TypeError, ValueError):
            raise invalid from None
        if not 0 < pk < 2**63:  # the database refuses larger keys with an error, not "not found"
            raise invalid
        found = first_row(TargetUnit, id=pk, round_id=self.round_id)
        if found is None:
            raise invalid
        return found


class ReportForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    identity_kind = forms.ChoiceField(
        label="署名方式",
        choices=[(IdentityKind.ANONYMOUS, "匿名反映"), (IdentityKind.NAMED, "实名反映")],
        widget=forms.RadioSelect,
        initial=IdentityKind.ANONYMOUS,
    )
    name = forms.CharField(label="您的姓名", max_length=50, required=False)
    phone = forms.CharField(label="联系电话", max_length=30, required=False)
    id_number = forms.CharField(label="身份证号码", max_length=30, required=False)
    address = forms.CharField(label="联系地址", max_length=200, required=False)
    email = forms.EmailField(label="电子邮箱", required=False)
    target = RoundTargetField(
        label="涉及县（市）",
        queryset=TargetUnit.objects.none(),
        required=False,
        empty_label="请选择（可不选）",
    )
    accused_name = forms.CharField(label="被反映人姓名", max_length=100, required=False)
    accused_position = forms.CharField(label="被反映人职务", max_length=200, required=False)
    accused_unit = forms.CharField(label="被反映人单位", max_length=200, required=False)
    subject = forms.CharField(label="标题", max_length=300, required=False)
    content = forms.CharField(label="反映的主要问题", widget=forms.Textarea(attrs={"rows": 10}))
    attachments = MultipleFileField(label="证据材料（可选）")

    def __init__(self, *args: Any, round: Round, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        target = self.fields["target"]
        if isinstance(target, RoundTargetField):
            target.queryset = round.targets.all()
            target.round_id = round.pk
        content = self.fields["content"]
        if isinstance(content, forms.CharField):
            content.max_length = settings.XUNSHI_MAX_TEXT_CHARS
        content.validators.append(MaxLengthValidator(settings.XUNSHI_MAX_TEXT_CHARS))
        self.fields["content"].widget.attrs["maxlength"] = settings.XUNSHI_MAX_TEXT_CHARS
        self.fields["content"].error_messages["max_length"] = (
            f"反映内容过长：上限为 {settings.XUNSHI_MAX_TEXT_CHARS} 字，请精简或作为附件上传"
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("identity_kind") == IdentityKind.NAMED:
            if not data.get("name"):
                self.add_error("name", "实名反映请填写姓名")
            if not (data.get("phone") or data.get("address") or data.get("email")):
                self.add_error("phone", "实名反映请至少留一种联系方式，以便告知受理和办理情况")
        return data


class LookupForm(forms.Form):
    code = forms.CharField(label="回执码", max_length=40)


class AddInformationForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput)
    token = forms.CharField(widget=forms.HiddenInput)
    content = forms.CharField(label="补充内容", widget=forms.Textarea(attrs={"rows": 6}))
    attachments = MultipleFileField(label="补充材料（可选）")


class FeedbackForm(forms.Form):
    """The reporter's word on an answer (回访评价); 不满意 with reasons is an objection (异议)."""

    code = forms.CharField(widget=forms.HiddenInput)
    token = forms.CharField(widget=forms.HiddenInput)
    answer = forms.IntegerField(widget=forms.HiddenInput)
    satisfaction = forms.ChoiceField(
        label="您对答复是否满意",
        choices=[("satisfied", "满意"), ("basic", "基本满意"), ("unsatisfied", "不满意，提出异议")],
        widget=forms.RadioSelect,
    )
    reasons = forms.CharField(
        label="异议理由（不满意时必填）",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": 5000}),
    )
    attachments = MultipleFileField(label="新的证据材料（可选）")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The status page also carries the addition form: ids of their own, no clashes.
        kwargs.setdefault("auto_id", "id_feedback_%s")
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("satisfaction") == "unsatisfied" and not (data.get("reasons") or "").strip():
            self.add_error("reasons", "提出异议请写明理由")
        return data
