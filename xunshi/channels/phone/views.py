"""Workbench page of the duty phone: log a missed call or voicemail, the call-back list."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from xunshi.accounts.access import require_register, round_get_for_user, staff_user
from xunshi.channels.models import DutyCall
from xunshi.channels.phone.selectors import callback_list, duty_log
from xunshi.channels.phone.services import duty_call_called_back, duty_call_log, duty_call_reveal_number
from xunshi.core.masking import mask_digits
from xunshi.intake.models import Item
from xunshi.intake.validation import IntakeError
from xunshi.portal.forms import MultipleFileField, read_uploads
from xunshi.rounds.models import Channel, Round


class MissedCallForm(forms.Form):
    at = forms.DateTimeField(label="来电时间", widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    caller = forms.CharField(label="来电号码", max_length=40, required=False)
    kind = forms.ChoiceField(
        label="类型", choices=[(DutyCall.Kind.MISSED, "未接来电"), (DutyCall.Kind.VOICEMAIL, "语音留言")]
    )
    voicemail = MultipleFileField(label="留言录音（可选）")


class CallbackForm(forms.Form):
    outcome = forms.CharField(label="回拨结果", max_length=200)
    item_number = forms.CharField(label="形成的信访件登记号（如有）", max_length=32, required=False)


def _context(request: HttpRequest) -> Round:
    found = round_get_for_user(request.user, request.session.get("round"))
    if found is None:
        raise Http404("没有授权的轮次")
    require_register(request.user, found[0])  # the duty officers: 组长, 副组长, 组员
    return found[0]


def _phone(rnd: Round) -> Channel:
    channel = rnd.channels.filter(kind=Channel.Kind.PHONE).first()
    if channel is None:
        raise Http404("本轮没有值班电话")
    return channel


def _call(rnd: Round, pk: int) -> DutyCall:
    call = DutyCall.objects.select_related("channel").filter(pk=pk, channel__round=rnd).first()
    if call is None:
        raise Http404("没有这条来电记录")
    return call


@login_required
@require_http_methods(["GET", "POST"])
def duty_phone(request: HttpRequest) -> HttpResponse:
    rnd = _context(request)
    form = MissedCallForm(request.POST or None, request.FILES or None, initial={"at": timezone.localtime()})
    if request.method == "POST" and form.is_valid():
        uploads = read_uploads(form.cleaned_data["voicemail"])
        try:
            duty_call_log(
                channel=_phone(rnd),
                at=form.cleaned_data["at"],
                caller=form.cleaned_data["caller"],
                kind=form.cleaned_data["kind"],
                actor=staff_user(request.user),
                voicemail=uploads[0] if uploads else None,
            )
        except IntakeError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已记入回拨清单")
            return redirect("channels:duty_phone")
    return _render(request, rnd, form, revealed={})


def _render(request: HttpRequest, rnd: Round, form: MissedCallForm, revealed: dict[int, str]) -> HttpResponse:
    pending = list(callback_list(round=rnd))
    rows = [(c, revealed.get(c.pk) or mask_digits(c.caller)) for c in pending]
    return render(
        request,
        "channels/duty_phone.html",
        {
            "round": rnd,
            "form": form,
            "pending": rows,
            "log": duty_log(round=rnd),
            "callback_form": CallbackForm(),
        },
        status=400 if request.method == "POST" and form.errors else 200,
    )


@login_required
@require_POST
def duty_call_reveal(request: HttpRequest, pk: int) -> HttpResponse:
    rnd = _context(request)
    call = _call(rnd, pk)
    number = duty_call_reveal_number(call=call, actor=staff_user(request.user))
    return _render(
        request, rnd, MissedCallForm(initial={"at": timezone.localtime()}), revealed={call.pk: number}
    )


@login_required
@require_POST
def duty_call_callback(request: HttpRequest, pk: int) -> HttpResponse:
    rnd = _context(request)
    call = _call(rnd, pk)
    form = CallbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请填写回拨结果")
        return redirect("channels:duty_phone")
    number = form.cleaned_data["item_number"].strip()
    item = Item.objects.filter(round=rnd, number=number).first() if number else None
    if number and item is None:
        messages.error(request, f"本轮没有登记号为 {number} 的信访件")
        return redirect("channels:duty_phone")
    try:
        duty_call_called_back(
            call=call, actor=staff_user(request.user), outcome=form.cleaned_data["outcome"], item=item
        )
    except IntakeError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "已记录回拨")
    return redirect("channels:duty_phone")
