from __future__ import annotations

from django import forms

from xunshi.roster.models import CareerPost, RosterPerson


class RosterPersonForm(forms.ModelForm):
    posts_text = forms.CharField(label="职务", required=False, help_text="多个职务用顿号分隔")

    class Meta:
        model = RosterPerson
        fields = [
            "name",
            "sex",
            "birth",
            "target",
            "unit",
            "rank",
            "team",
            "since",
            "management",
            "promotion_candidate",
            "note",
        ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["target"].queryset = self.instance.round.targets.all()  # type: ignore[attr-defined]
        self.fields["posts_text"].initial = "、".join(self.instance.posts)

    def save(self, commit: bool = True) -> RosterPerson:
        from xunshi.roster.parsing import parse_posts

        self.instance.posts = parse_posts(self.cleaned_data.get("posts_text", ""))
        return super().save(commit)


CareerFormSet: type[forms.BaseInlineFormSet[CareerPost, RosterPerson, forms.ModelForm[CareerPost]]] = (
    forms.inlineformset_factory(
        RosterPerson, CareerPost, fields=["start", "end", "text", "top_post"], extra=2, can_delete=True
    )
)


class RosterUploadForm(forms.Form):
    file = forms.FileField(label="名册文件（.xlsx 或 .csv）")
