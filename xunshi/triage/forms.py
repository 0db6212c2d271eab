"""The triage panel's form: staff confirm or correct the proposal."""

from __future__ import annotations

from typing import Any, cast

from django import forms

from xunshi.roster.models import RosterPerson
from xunshi.triage.models import OutType, Scope, TriageProposal
from xunshi.triage.priority import FLAG_CHOICES
from xunshi.triage.selectors import taxonomy_choices
from xunshi.triage.services import Decision

KEEP_AS_WRITTEN = ""


class DecisionForm(forms.Form):
    scope = forms.ChoiceField(label="是否属于受理范围", choices=Scope.choices, widget=forms.RadioSelect)
    out_type = forms.ChoiceField(
        label="范围外类型", choices=[("", "（范围内不填）"), *OutType.choices], required=False
    )
    mixed = forms.BooleanField(label="混合件（既有个人诉求，又反映干部问题）", required=False)
    codes = forms.MultipleChoiceField(
        label="问题类别（可多选）",
        choices=[],
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
    )
    accused_name = forms.CharField(label="被反映人（原文）", max_length=100, required=False)
    accused_position = forms.CharField(label="职务", max_length=200, required=False)
    accused_unit = forms.CharField(label="单位", max_length=200, required=False)
    person = forms.ChoiceField(label="名册中的人员", choices=[], required=False)
    flags = forms.MultipleChoiceField(
        label="优先标记", choices=FLAG_CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    reason = forms.CharField(
        label="理由（更正系统建议时必填）",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, persons: list[RosterPerson], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._persons = {str(p.pk): p for p in persons}
        codes = cast(forms.MultipleChoiceField, self.fields["codes"])
        person = cast(forms.ChoiceField, self.fields["person"])
        codes.choices = taxonomy_choices()
        person.choices = [(KEEP_AS_WRITTEN, "（按原文保留，不对应名册人员）")] + [
            (str(p.pk), f"{p.name}（{p.target.name} {p.unit} {'、'.join(p.posts)}）") for p in persons
        ]

    @classmethod
    def initial_from(cls, proposal: TriageProposal | None) -> dict[str, Any]:
        if proposal is None:
            return {}
        first = (proposal.accused[:1] or [{}])[0]
        candidates = [c for c in (proposal.routing or {}).get("candidates") or [] if not c.get("ambiguous")]
        return {
            "scope": proposal.scope,
            "out_type": proposal.out_type,
            "mixed": proposal.mixed,
            "codes": [c["code"] for c in proposal.codes],
            "accused_name": first.get("name") or "",
            "accused_position": first.get("position") or "",
            "accused_unit": first.get("unit") or "",
            # Only a match the engine is sure of is preselected; same-name persons are not.
            "person": str(candidates[0].get("person_id") or "") if len(candidates) == 1 else KEEP_AS_WRITTEN,
            "flags": [f["flag"] for f in proposal.flags],
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("scope") == Scope.OUT and not data.get("out_type"):
            self.add_error("out_type", "受理范围外的件须选择类型")
        return data

    def decision(self) -> Decision:
        d = self.cleaned_data
        return Decision(
            scope=d["scope"],
            out_type=d.get("out_type") or "",
            mixed=bool(d.get("mixed")),
            codes=list(d.get("codes") or []),
            accused_name=d.get("accused_name") or "",
            accused_position=d.get("accused_position") or "",
            accused_unit=d.get("accused_unit") or "",
            person=self._persons.get(d.get("person") or ""),
            flags=list(d.get("flags") or []),
            reason=d.get("reason") or "",
        )
