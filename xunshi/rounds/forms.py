"""Forms of the round set-up page: the pasted announcement and the reviewed proposal."""

from __future__ import annotations

import re
from typing import Any

from django import forms

from xunshi.rounds.models import GroupMember, Round

LINES_HELP = "每行一项"


def _lines(value: str) -> list[str]:
    seen: list[str] = []
    for line in value.splitlines():
        item = line.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


class AnnouncementForm(forms.Form):
    text = forms.CharField(
        label="公告原文", max_length=50_000, widget=forms.Textarea(attrs={"rows": 18}),
        help_text="粘贴巡视（巡察）进驻公告或动员会新闻的全文",
    )
    group = forms.IntegerField(min_value=0, max_value=99, required=False, widget=forms.HiddenInput)


class RoundProposalForm(forms.Form):
    """The proposal as a person corrects it; `round_data()` gives round_load's shape."""

    text = forms.CharField(max_length=50_000, widget=forms.HiddenInput)
    group_name = forms.CharField(label="巡视组", max_length=100)
    issuer = forms.CharField(label="派出机关", max_length=100)
    level = forms.ChoiceField(label="层级", choices=Round.Level.choices)
    kind = forms.ChoiceField(label="类型", choices=Round.Kind.choices)
    round_label = forms.CharField(label="轮次", max_length=40, required=False)
    name = forms.CharField(label="轮次名称", max_length=200)
    period_start = forms.DateField(label="进驻日期", widget=forms.DateInput(attrs={"type": "date"}))
    period_end = forms.DateField(label="结束日期", widget=forms.DateInput(attrs={"type": "date"}))
    duration_text = forms.CharField(label="工作时长（原文）", max_length=40, required=False)
    targets = forms.CharField(
        label="被巡视（巡察）单位", widget=forms.Textarea(attrs={"rows": 4}), help_text=LINES_HELP
    )
    leaders = forms.CharField(
        label="组长、副组长", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="每行“姓名 职务”，职务为组长或副组长",
    )
    phones = forms.CharField(
        label="电话、手机", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="每行“号码 | 受理时间（原文） | 仅短信”，后两项可省略",
    )
    emails = forms.CharField(label="电子邮箱", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                             help_text=LINES_HELP)
    po_boxes = forms.CharField(label="邮政信箱", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                               help_text=LINES_HELP)
    boxes = forms.CharField(label="意见箱放置地点", required=False,
                            widget=forms.Textarea(attrs={"rows": 2}), help_text=LINES_HELP)
    scope_text = forms.CharField(label="受理范围（受理反映谁的问题）", required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))
    focus = forms.CharField(label="监督重点", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                            help_text=LINES_HELP)
    out_of_scope = forms.CharField(label="不予受理的事项", required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}), help_text=LINES_HELP)
    slug = forms.SlugField(
        label="代号", max_length=80, help_text="英文字母、数字和连字符，如 hebei-2015-r2-g7"
    )
    number_prefix = forms.RegexField(
        label="登记号前缀", max_length=16, regex=r"^[A-Z][A-Z0-9]{0,15}$",
        help_text="大写字母开头，如 HB7", error_messages={"invalid": "只能用大写字母和数字，以字母开头"},
    )

    def clean_targets(self) -> list[str]:
        items = _lines(self.cleaned_data["targets"])
        if not items:
            raise forms.ValidationError("至少需要一个被巡视（巡察）单位")
        too_long = [t for t in items if len(t) > 100]
        if too_long:
            raise forms.ValidationError(f"单位名称过长：{too_long[0][:20]}…")
        return items

    def clean_leaders(self) -> list[dict[str, str]]:
        out = []
        roles = {GroupMember.Role.LEADER.value, GroupMember.Role.DEPUTY.value}
        for line in _lines(self.cleaned_data["leaders"]):
            parts = line.split()
            if len(parts) != 2 or parts[1] not in roles or len(parts[0]) > 50:
                raise forms.ValidationError(f"无法识别：“{line}”（应为“姓名 组长”或“姓名 副组长”）")
            out.append({"name": parts[0], "role": parts[1]})
        return out

    def clean_phones(self) -> list[dict[str, Any]]:
        out = []
        for line in _lines(self.cleaned_data["phones"]):
            parts = [p.strip() for p in line.split("|")]
            number = parts[0]
            if not re.fullmatch(r"[\d()\- ]{5,30}", number):
                raise forms.ValidationError(f"不是电话号码：“{number}”")
            hours = parts[1] if len(parts) > 1 else ""
            sms = len(parts) > 2 and parts[2] in ("仅短信", "短信", "是", "sms")
            out.append({"number": number, "hours_text": hours[:100], "sms_only": sms})
        return out

    def clean_emails(self) -> list[str]:
        items = _lines(self.cleaned_data["emails"])
        validator = forms.EmailField()
        for item in items:
            validator.clean(item)
        return items

    def clean_po_boxes(self) -> list[str]:
        return [x[:200] for x in _lines(self.cleaned_data["po_boxes"])]

    def clean_boxes(self) -> list[str]:
        return [x[:200] for x in _lines(self.cleaned_data["boxes"])]

    def clean_focus(self) -> list[str]:
        return _lines(self.cleaned_data["focus"])

    def clean_out_of_scope(self) -> list[str]:
        return _lines(self.cleaned_data["out_of_scope"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "结束日期早于进驻日期")
        return data

    def round_data(self) -> dict[str, Any]:
        """The reviewed proposal in the shape of the seed file (see rounds/services.round_load)."""
        d = self.cleaned_data

        def literal(s: str) -> str:
            # round_load formats labels and addresses with per-target fields; escape braces.
            return s.replace("{", "{{").replace("}", "}}")

        channels: list[dict[str, Any]] = []
        for phone in d["phones"]:
            sms = phone["sms_only"]
            channels.append({
                "kind": "sms" if sms else "phone",
                "label": "手机（仅接收短信）" if sms else "值班电话",
                "address": literal(phone["number"]),
                "hours_text": phone["hours_text"] or ("仅接收短信" if sms else ""),
                "receive_only": sms,
            })
        channels += [{"kind": "email", "label": "电子邮箱", "address": literal(e)} for e in d["emails"]]
        channels += [{"kind": "po_box", "label": "邮政信箱", "address": literal(b)} for b in d["po_boxes"]]
        channels += [
            {"kind": "box", "label": literal(f"征求意见箱（{b}）"[:100]), "address": literal(b)}
            for b in d["boxes"]
        ]
        return {
            "slug": d["slug"],
            "name": d["name"],
            "issuer": d["issuer"],
            "level": d["level"],
            "kind": d["kind"],
            "round_label": d["round_label"],
            "year": d["period_start"].year,
            "group_name": d["group_name"],
            "period_start": d["period_start"],
            "period_end": d["period_end"],
            "duration_text": d["duration_text"],
            "scope_text": d["scope_text"],
            "focus": [{"text": f} for f in d["focus"]],
            "out_of_scope": [{"text": o} for o in d["out_of_scope"]],
            "number_prefix": d["number_prefix"],
            "members": [
                {"name": m["name"], "role": m["role"], "title": f"{d['group_name']}{m['role']}"}
                for m in d["leaders"]
            ],
            "targets": [{"name": t} for t in d["targets"]],
            "channels": channels,
            "facts": {"set_up_from": "announcement"},
            "source_name": "进驻公告",
            "source_text": d["text"],
        }
