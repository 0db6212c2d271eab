"""Fieldwork pages: parse input, call one service, render. Objects come through
xunshi.accounts.access, which checks rights in the same call; the templates get flags
(what may be shown) computed there, never decide themselves."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from xunshi.accounts.access import (
    FIELDWORK_PLAN_ROLES,
    clue_get_for_user,
    document_purpose_visible,
    document_request_get_for_user,
    document_requests_visible_to,
    feedback_document_visible,
    fieldwork_counties,
    fieldwork_membership,
    item_get_for_user,
    ledger_may_check,
    ledger_may_update,
    meeting_get_for_user,
    meeting_notes_visible,
    meetings_visible_to,
    problem_get_for_user,
    problems_visible_to,
    rectification_get_for_user,
    require_feedback_write,
    require_fieldwork_plan,
    require_roster_edit,
    round_get_for_user,
    staff_user,
    talk_content_visible,
    talk_get_for_user,
    talks_visible_to,
    visit_get_for_user,
    visits_visible_to,
)
from xunshi.accounts.models import Membership, Role
from xunshi.casework.models import Clue
from xunshi.fieldwork import exports, services
from xunshi.fieldwork.forms import (
    CheckForm,
    CustodyForm,
    DocumentRequestForm,
    FeedbackForm,
    FileForm,
    MeetingForm,
    NotesForm,
    ProblemForm,
    ProgressForm,
    RectificationForm,
    ReportReceivedForm,
    RescheduleForm,
    ScheduleForm,
    TalkForm,
    TalkLeadForm,
    TalkRecordForm,
    VisitForm,
)
from xunshi.fieldwork.models import (
    DocumentRequest,
    Feedback,
    Rectification,
    RectificationEvidence,
    Talk,
    TalkLead,
)
from xunshi.fieldwork.selectors import (
    feedback_overview,
    ledger,
    schedule_rows,
    schedule_svg,
    sink_suggestions,
)
from xunshi.fieldwork.services import FieldworkError
from xunshi.intake.models import Item
from xunshi.intake.storage import read_bytes
from xunshi.roster.models import CareerPost
from xunshi.rounds.models import Round, TargetUnit

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _context(request: HttpRequest) -> tuple[Round, Membership]:
    found = round_get_for_user(request.user, request.session.get("round"))
    if found is None:
        raise PermissionDenied("您没有进行中的巡视轮次")
    return found


def _render(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    """Render with the navigation flag: the local liaison's pages show only what it arranges."""
    found = round_get_for_user(request.user, request.session.get("round"))
    context.setdefault("is_local", found is not None and found[1].role == Role.LOCAL_LIAISON)
    return render(request, template, context)


def _may_plan(membership: Membership) -> bool:
    return membership.role in FIELDWORK_PLAN_ROLES


def _county_choices(round: Round, membership: Membership) -> Any:
    return fieldwork_counties(membership)


def _county_filter(request: HttpRequest, qs: Any, round: Round) -> tuple[Any, str]:
    county = request.GET.get("target", "")
    if county.isdigit():
        qs = qs.filter(target_id=int(county))
    return qs, county


def _item(user: Any, number: str) -> Item | None:
    number = number.strip()
    return item_get_for_user(user, number) if number else None


def _clue(user: Any, round: Round, number: str) -> Clue | None:
    """The clue by its number, through the casework access check (404 if not visible)."""
    number = number.strip()
    if not number:
        return None
    found = Clue.objects.filter(round=round, number=number).values_list("pk", flat=True).first()
    if found is None:
        raise Http404("没有这条线索")
    return clue_get_for_user(user, found)


def _error(request: HttpRequest, exc: Exception) -> None:
    messages.error(request, str(exc))


@login_required
def home(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    user = request.user
    return _render(
        request,
        "fieldwork/home.html",
        {
            "round": rnd,
            "membership": membership,
            "is_local": membership.role == Role.LOCAL_LIAISON,
            "may_plan": _may_plan(membership),
            "talks": talks_visible_to(user, rnd).exclude(status="cancelled").count(),
            "documents": document_requests_visible_to(user, rnd).count(),
            "meetings": meetings_visible_to(user, rnd).count(),
            "visits": visits_visible_to(user, rnd).count(),
            "problems": problems_visible_to(user, rnd).count(),
            "deadlines": [
                (row, row.report_state(timezone.localdate()))
                for row in feedback_overview(rnd, problems_visible_to(user, rnd))
                if row.feedback is not None and row.feedback.delivered_on is not None
            ],
        },
    )


# ---------------------------------------------------------------- talks


@login_required
@require_http_methods(["GET", "POST"])
def talk_list(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    counties = _county_choices(rnd, membership)
    form = None
    if _may_plan(membership):
        form = TalkForm(request.POST or None, round=rnd, counties=counties)
        if request.method == "POST" and form.is_valid():
            d = form.cleaned_data
            require_fieldwork_plan(request.user, rnd, d["target"])
            try:
                talk = services.talk_plan(
                    round=rnd,
                    target=d["target"],
                    person=d["person"],
                    interviewee=d["interviewee"],
                    interviewee_post=d["interviewee_post"],
                    starts_at=d["starts_at"],
                    ends_at=d["ends_at"],
                    place=d["place"],
                    asker=d["asker"],
                    recorder=d["recorder"],
                    purpose=d["purpose"],
                    actor=staff_user(request.user),
                )
            except FieldworkError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"已安排谈话：{talk.interviewee}")
                return redirect("fieldwork:talk_detail", pk=talk.pk)
    elif request.method == "POST":
        raise PermissionDenied("您没有安排谈话的权限")
    talks, county = _county_filter(
        request, talks_visible_to(request.user, rnd).select_related("target", "asker", "recorder"), rnd
    )
    return _render(
        request,
        "fieldwork/talk_list.html",
        {
            "round": rnd,
            "talks": talks,
            "form": form,
            "county": county,
            "targets": rnd.targets.all() if counties is None else counties,
        },
    )


@login_required
def talk_detail(request: HttpRequest, pk: int) -> HttpResponse:
    talk = talk_get_for_user(request.user, pk)
    content = talk_content_visible(request.user, talk)
    if content and talk.record:
        services.talk_record_viewed(talk=talk, actor=staff_user(request.user))
    is_recorder = request.user.pk == talk.recorder_id
    membership = fieldwork_membership(request.user, talk.round)
    may_plan = _may_plan(membership) and membership.role != Role.LOCAL_LIAISON
    return _render(
        request,
        "fieldwork/talk_detail.html",
        {
            "talk": talk,
            "content": content,
            "record_form": TalkRecordForm(initial={"record": talk.record}) if is_recorder else None,
            "lead_form": TalkLeadForm(initial={"use": TalkLead.Use.ITEM})
            if content and talk.status == "done"
            else None,
            "reschedule_form": RescheduleForm(
                initial={
                    "starts_at": timezone.localtime(talk.starts_at),
                    "ends_at": timezone.localtime(talk.ends_at),
                    "place": talk.place,
                }
            )
            if may_plan and talk.status == "planned"
            else None,
            "leads": talk.leads.select_related("item", "clue") if content else [],
        },
    )


@login_required
@require_POST
def talk_record(request: HttpRequest, pk: int) -> HttpResponse:
    talk = talk_get_for_user(request.user, pk, for_record=True)
    form = TalkRecordForm(request.POST)
    if form.is_valid():
        try:
            services.talk_record(
                talk=talk, record=form.cleaned_data["record"], actor=staff_user(request.user)
            )
            messages.success(request, "谈话记录已保存")
        except FieldworkError as exc:
            _error(request, exc)
    else:
        messages.error(request, "请填写谈话记录")
    return redirect("fieldwork:talk_detail", pk=pk)


@login_required
@require_POST
def talk_lead(request: HttpRequest, pk: int) -> HttpResponse:
    talk = talk_get_for_user(request.user, pk)
    if not talk_content_visible(request.user, talk):
        raise PermissionDenied("您不能登记该谈话中的线索")
    form = TalkLeadForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            lead = services.talk_lead_add(
                talk=talk,
                use=d["use"],
                summary=d["summary"],
                accused_name=d["accused_name"],
                accused_position=d["accused_position"],
                item=_item(request.user, d["item_number"]) if d["use"] == TalkLead.Use.EVIDENCE else None,
                clue=_clue(request.user, talk.round, d["clue_number"])
                if d["use"] == TalkLead.Use.EVIDENCE
                else None,
                actor=staff_user(request.user),
            )
            linked = lead.item.number if lead.item else lead.clue.number if lead.clue else ""
            messages.success(request, f"线索已关联 {linked}")
        except (FieldworkError, Http404) as exc:
            _error(request, exc)
    else:
        messages.error(request, "请填写线索摘要并选择用途")
    return redirect("fieldwork:talk_detail", pk=pk)


@login_required
@require_POST
def talk_reschedule(request: HttpRequest, pk: int) -> HttpResponse:
    talk = talk_get_for_user(request.user, pk, for_edit=True)
    form = RescheduleForm(request.POST)
    if form.is_valid():
        try:
            services.talk_reschedule(talk=talk, actor=staff_user(request.user), **form.cleaned_data)
            messages.success(request, "谈话时间地点已调整")
        except FieldworkError as exc:
            _error(request, exc)
    return redirect("fieldwork:talk_detail", pk=pk)


@login_required
@require_POST
def talk_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    talk = talk_get_for_user(request.user, pk, for_edit=True)
    try:
        services.talk_cancel(talk=talk, actor=staff_user(request.user))
        messages.success(request, "谈话已取消")
    except FieldworkError as exc:
        _error(request, exc)
    return redirect("fieldwork:talk_detail", pk=pk)


@login_required
def talk_arrangement(request: HttpRequest, target_id: int) -> HttpResponse:
    rnd, membership = _context(request)
    counties = fieldwork_counties(membership)
    target = (rnd.targets.all() if counties is None else counties).filter(pk=target_id).first()
    if target is None:
        raise Http404("没有这个县（市）")
    talks = list(
        talks_visible_to(request.user, rnd)
        .filter(target=target, status=Talk.Status.PLANNED)
        .order_by("starts_at", "id")
    )
    data = exports.talk_arrangement_docx(round=rnd, target=target, talks=talks)
    return _download(data, DOCX, f"{target.name}谈话安排表.docx")


# ---------------------------------------------------------------- 下沉一级


@login_required
def sink(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    require_roster_edit(request.user, rnd)
    target = None
    county = request.GET.get("target", "")
    if county.isdigit():
        target = rnd.targets.filter(pk=int(county)).first()
    return _render(
        request,
        "fieldwork/sink.html",
        {
            "round": rnd,
            "suggestions": sink_suggestions(round=rnd, target=target),
            "county": county,
            "may_plan": _may_plan(membership),
        },
    )


# ---------------------------------------------------------------- document requests


@login_required
@require_http_methods(["GET", "POST"])
def document_list(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    counties = _county_choices(rnd, membership)
    form = None
    if _may_plan(membership):
        form = DocumentRequestForm(request.POST or None, round=rnd, counties=counties)
        if request.method == "POST" and form.is_valid():
            d = form.cleaned_data
            require_fieldwork_plan(request.user, rnd, d["target"])
            try:
                services.document_request_create(
                    round=rnd,
                    target=d["target"],
                    what=d["what"],
                    purpose=d["purpose"],
                    copy_wanted=d["copy_wanted"],
                    due_on=d["due_on"],
                    item=_item(request.user, d["item_number"]),
                    clue=_clue(request.user, rnd, d["clue_number"]),
                    actor=staff_user(request.user),
                )
            except (FieldworkError, Http404) as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "已加入调阅清单")
                return redirect("fieldwork:document_list")
    elif request.method == "POST":
        raise PermissionDenied("您没有提出调阅的权限")
    docs, county = _county_filter(
        request, document_requests_visible_to(request.user, rnd).select_related("target"), rnd
    )
    return _render(
        request,
        "fieldwork/document_list.html",
        {
            "round": rnd,
            "docs": docs,
            "form": form,
            "county": county,
            "targets": rnd.targets.all() if counties is None else counties,
            "show_purpose": document_purpose_visible(request.user, rnd),
        },
    )


@login_required
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    doc = document_request_get_for_user(request.user, pk)
    may_edit = _may_plan(fieldwork_membership(request.user, doc.round))
    next_status = services.DOC_NEXT.get(DocumentRequest.Status(doc.status))
    return _render(
        request,
        "fieldwork/document_detail.html",
        {
            "doc": doc,
            "show_purpose": document_purpose_visible(request.user, doc.round),
            "custody": doc.custody.all(),
            "copies": doc.copies.all() if may_edit else [],
            "next_status": DocumentRequest.Status(next_status) if next_status and may_edit else None,
            "custody_form": CustodyForm(initial={"to": next_status}) if next_status and may_edit else None,
            "file_form": FileForm() if may_edit and doc.status != DocumentRequest.Status.DRAFT else None,
        },
    )


@login_required
@require_POST
def document_advance(request: HttpRequest, pk: int) -> HttpResponse:
    doc = document_request_get_for_user(request.user, pk, for_edit=True)
    form = CustodyForm(request.POST)
    if form.is_valid():
        try:
            services.document_request_advance(
                request=doc, actor=staff_user(request.user), **form.cleaned_data
            )
            messages.success(request, "已记录交接")
        except FieldworkError as exc:
            _error(request, exc)
    return redirect("fieldwork:document_detail", pk=pk)


@login_required
@require_POST
def document_copy(request: HttpRequest, pk: int) -> HttpResponse:
    doc = document_request_get_for_user(request.user, pk, for_edit=True)
    form = FileForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.document_copy_add(
                request=doc, name=upload.name or "", data=upload.read(), actor=staff_user(request.user)
            )
            messages.success(request, "复制件已保存")
        except FieldworkError as exc:
            _error(request, exc)
    return redirect("fieldwork:document_detail", pk=pk)


@login_required
def document_copy_download(request: HttpRequest, pk: int, copy_id: int) -> HttpResponse:
    doc = document_request_get_for_user(request.user, pk, for_edit=True)
    copy = doc.copies.filter(pk=copy_id).first()
    if copy is None:
        raise Http404("没有这个复制件")
    return _stored_file(copy.sha256, copy.original_name)


# ---------------------------------------------------------------- meetings and visits


@login_required
@require_http_methods(["GET", "POST"])
def meeting_list(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    counties = _county_choices(rnd, membership)
    form = None
    if _may_plan(membership):
        form = MeetingForm(request.POST or None, round=rnd, counties=counties)
        if request.method == "POST" and form.is_valid():
            d = dict(form.cleaned_data)
            require_fieldwork_plan(request.user, rnd, d["target"])
            try:
                meeting = services.meeting_record(round=rnd, actor=staff_user(request.user), **d)
            except FieldworkError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"已记录：{meeting.title}")
                return redirect("fieldwork:meeting_detail", pk=meeting.pk)
    elif request.method == "POST":
        raise PermissionDenied("您没有记录会议的权限")
    meetings, county = _county_filter(
        request, meetings_visible_to(request.user, rnd).select_related("target"), rnd
    )
    return _render(
        request,
        "fieldwork/meeting_list.html",
        {
            "round": rnd,
            "meetings": meetings,
            "form": form,
            "county": county,
            "targets": rnd.targets.all() if counties is None else counties,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_get_for_user(request.user, pk, for_edit=request.method == "POST")
    show_notes = meeting_notes_visible(request.user, meeting.round)
    may_edit = show_notes and _may_plan(fieldwork_membership(request.user, meeting.round))
    form = NotesForm(request.POST or None, initial={"attendees": meeting.attendees, "notes": meeting.notes})
    if request.method == "POST" and may_edit and form.is_valid():
        services.meeting_update_notes(meeting=meeting, actor=staff_user(request.user), **form.cleaned_data)
        messages.success(request, "会议记录已保存")
        return redirect("fieldwork:meeting_detail", pk=pk)
    return _render(
        request,
        "fieldwork/meeting_detail.html",
        {"meeting": meeting, "show_notes": show_notes, "form": form if may_edit else None},
    )


@login_required
@require_http_methods(["GET", "POST"])
def visit_list(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    if membership.role == Role.LOCAL_LIAISON:
        raise PermissionDenied("走访记录不向被巡视地方提供")
    counties = _county_choices(rnd, membership)
    sink_post = None
    post_id = request.GET.get("sink_post") or request.POST.get("sink_post")
    if post_id and str(post_id).isdigit():
        sink_post = (
            CareerPost.objects.select_related("person").filter(pk=int(post_id), person__round=rnd).first()
        )
    form = None
    if _may_plan(membership):
        initial: dict[str, Any] = {}
        if sink_post is not None:
            initial = {
                "target": sink_post.person.target_id,
                "place": sink_post.text,
                "sink_post": sink_post.pk,
            }
        form = VisitForm(request.POST or None, round=rnd, counties=counties, initial=initial)
        if request.method == "POST" and form.is_valid():
            d = form.cleaned_data
            require_fieldwork_plan(request.user, rnd, d["target"])
            try:
                visit = services.visit_record(
                    round=rnd,
                    target=d["target"],
                    covert=d["covert"],
                    place=d["place"],
                    on=d["on"],
                    members=list(d["members"]),
                    attendees=d["attendees"],
                    notes=d["notes"],
                    sink_post=sink_post,
                    actor=staff_user(request.user),
                )
            except FieldworkError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"已记录走访：{visit.place}")
                return redirect("fieldwork:visit_detail", pk=visit.pk)
    elif request.method == "POST":
        raise PermissionDenied("您没有记录走访的权限")
    visits, county = _county_filter(
        request, visits_visible_to(request.user, rnd).select_related("target"), rnd
    )
    return _render(
        request,
        "fieldwork/visit_list.html",
        {
            "round": rnd,
            "visits": visits,
            "form": form,
            "sink_post": sink_post,
            "county": county,
            "targets": rnd.targets.all() if counties is None else counties,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def visit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    visit = visit_get_for_user(request.user, pk, for_edit=request.method == "POST")
    form = NotesForm(request.POST or None, initial={"attendees": visit.attendees, "notes": visit.notes})
    if request.method == "POST" and form.is_valid():
        services.visit_update_notes(visit=visit, actor=staff_user(request.user), **form.cleaned_data)
        messages.success(request, "走访情况已保存")
        return redirect("fieldwork:visit_detail", pk=pk)
    may_edit = _may_plan(fieldwork_membership(request.user, visit.round))
    if visit.covert:
        services.visit_viewed(visit=visit, actor=staff_user(request.user))
    return _render(
        request,
        "fieldwork/visit_detail.html",
        {"visit": visit, "members": visit.members.all(), "form": form if may_edit else None},
    )


# ---------------------------------------------------------------- schedule


@login_required
@require_http_methods(["GET", "POST"])
def schedule(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    if membership.role == Role.LOCAL_LIAISON:
        raise PermissionDenied("工作安排不向被巡视地方提供")
    may_edit = membership.role in {Role.LEADER, Role.DEPUTY, Role.GROUP_LIAISON}
    form = ScheduleForm(request.POST or None, round=rnd, counties=None) if may_edit else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied("工作安排由组长、副组长或联络员调整")
        if form.is_valid():
            try:
                services.schedule_set(round=rnd, actor=staff_user(request.user), **form.cleaned_data)
            except FieldworkError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "工作安排已更新")
                return redirect("fieldwork:schedule")
    return _render(
        request,
        "fieldwork/schedule.html",
        {
            "round": rnd,
            "chart": schedule_svg(rnd, today=timezone.localdate()),
            "rows": schedule_rows(rnd),
            "form": form,
        },
    )


@login_required
@require_POST
def schedule_plan(request: HttpRequest) -> HttpResponse:
    rnd, membership = _context(request)
    if membership.role not in {Role.LEADER, Role.DEPUTY, Role.GROUP_LIAISON}:
        raise PermissionDenied("工作安排由组长、副组长或联络员调整")
    created = services.schedule_plan_staggered(round=rnd, actor=staff_user(request.user))
    messages.success(request, f"已按压茬推进生成 {created} 项安排")
    return redirect("fieldwork:schedule")


# ---------------------------------------------------------------- feedback and rectification


@login_required
@require_http_methods(["GET", "POST"])
def rectification_home(request: HttpRequest) -> HttpResponse:
    rnd, _ = _context(request)
    writer = ledger_may_check(request.user, rnd)
    problem_form = ProblemForm(None, round=rnd, counties=None) if writer else None
    feedback_form = FeedbackForm(None, round=rnd, counties=None) if writer else None
    if request.method == "POST":
        require_feedback_write(request.user, rnd)
        actor = staff_user(request.user)
        if request.POST.get("action") == "feedback":
            feedback_form = FeedbackForm(request.POST, round=rnd, counties=None)
            if feedback_form.is_valid():
                try:
                    services.feedback_deliver(round=rnd, actor=actor, **feedback_form.cleaned_data)
                except FieldworkError as exc:
                    feedback_form.add_error(None, str(exc))
                else:
                    messages.success(request, "反馈意见已送达，整改报告时限开始计算")
                    return redirect("fieldwork:rectification")
        else:
            problem_form = ProblemForm(request.POST, round=rnd, counties=None)
            if problem_form.is_valid():
                d = problem_form.cleaned_data
                try:
                    problem = services.problem_add(
                        round=rnd,
                        target=d["target"],
                        title=d["title"],
                        detail=d["detail"],
                        item=_item(request.user, d["item_number"]),
                        actor=actor,
                    )
                except (FieldworkError, Http404) as exc:
                    problem_form.add_error(None, str(exc))
                else:
                    messages.success(request, "已加入问题清单")
                    return redirect("fieldwork:problem_detail", pk=problem.pk)
    problems = problems_visible_to(request.user, rnd)
    today = timezone.localdate()
    overview = [
        (row, row.report_state(today), feedback_document_visible(request.user, rnd, row.target))
        for row in feedback_overview(rnd, problems)
    ]
    return _render(
        request,
        "fieldwork/rectification.html",
        {
            "round": rnd,
            "overview": overview,
            "ledger": ledger(problems),
            "problem_form": problem_form,
            "feedback_form": feedback_form,
            "writer": writer,
            "report_form": ReportReceivedForm() if writer else None,
        },
    )


@login_required
@require_POST
def feedback_report(request: HttpRequest, target_id: int) -> HttpResponse:
    rnd, _ = _context(request)
    require_feedback_write(request.user, rnd)
    feedback = Feedback.objects.filter(round=rnd, target_id=target_id).first()
    form = ReportReceivedForm(request.POST)
    if feedback is None or not form.is_valid():
        messages.error(request, "请先送达反馈意见并填写日期")
    else:
        try:
            services.feedback_report_received(
                feedback=feedback, on=form.cleaned_data["on"], actor=staff_user(request.user)
            )
            messages.success(request, "已登记整改报告")
        except FieldworkError as exc:
            _error(request, exc)
    return redirect("fieldwork:rectification")


@login_required
@require_http_methods(["GET", "POST"])
def problem_detail(request: HttpRequest, pk: int) -> HttpResponse:
    problem = problem_get_for_user(request.user, pk)
    may_update = ledger_may_update(request.user, problem)
    form = RectificationForm(request.POST or None) if may_update and problem.issued_at else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied("您不能为该问题制定整改措施")
        if form.is_valid():
            try:
                services.rectification_add(
                    problem=problem, actor=staff_user(request.user), **form.cleaned_data
                )
            except FieldworkError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "整改措施已加入台账")
                return redirect("fieldwork:problem_detail", pk=pk)
    writer = ledger_may_check(request.user, problem.round)
    return _render(
        request,
        "fieldwork/problem_detail.html",
        {
            "problem": problem,
            "measures": problem.measures.all(),
            "form": form,
            "may_issue": writer and problem.issued_at is None,
        },
    )


@login_required
@require_POST
def problem_issue(request: HttpRequest, pk: int) -> HttpResponse:
    problem = problem_get_for_user(request.user, pk, for_edit=True)
    try:
        services.problem_issue_immediately(problem=problem, actor=staff_user(request.user))
        messages.success(request, "已作为立行立改事项交办被巡视地方")
    except FieldworkError as exc:
        _error(request, exc)
    return redirect("fieldwork:problem_detail", pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def measure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    rect = rectification_get_for_user(request.user, pk)
    problem = rect.problem
    may_update = ledger_may_update(request.user, problem) and rect.status != Rectification.Status.CHECKED
    may_check = (
        ledger_may_check(request.user, problem.round) and rect.status == Rectification.Status.SIGNED_OFF
    )
    form = ProgressForm(request.POST or None, request.FILES or None, initial={"progress": rect.progress})
    if request.method == "POST":
        if not may_update:
            raise PermissionDenied("您不能更新这项整改任务")
        if form.is_valid():
            d = form.cleaned_data
            upload = d["file"]
            try:
                services.rectification_progress(
                    rect=rect,
                    progress=d["progress"],
                    evidence_text=d["evidence_text"],
                    file=(upload.name or "", upload.read()) if upload else None,
                    actor=staff_user(request.user),
                )
            except FieldworkError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "进展已更新")
                return redirect("fieldwork:measure_detail", pk=pk)
    return _render(
        request,
        "fieldwork/measure_detail.html",
        {
            "rect": rect,
            "problem": problem,
            "evidence": rect.evidence.all(),
            "form": form if may_update else None,
            "may_sign_off": may_update and rect.status == Rectification.Status.OPEN,
            "check_form": CheckForm() if may_check else None,
        },
    )


@login_required
@require_POST
def measure_sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    rect = rectification_get_for_user(request.user, pk, for_update=True)
    try:
        services.rectification_sign_off(rect=rect, actor=staff_user(request.user))
        messages.success(request, "已确认完成，等待对账销号")
    except FieldworkError as exc:
        _error(request, exc)
    return redirect("fieldwork:measure_detail", pk=pk)


@login_required
@require_POST
def measure_check(request: HttpRequest, pk: int) -> HttpResponse:
    rect = rectification_get_for_user(request.user, pk)
    if not ledger_may_check(request.user, rect.problem.round):
        raise PermissionDenied("对账销号由巡视组或巡视办进行")
    form = CheckForm(request.POST)
    if form.is_valid():
        try:
            services.rectification_check(rect=rect, actor=staff_user(request.user), **form.cleaned_data)
            messages.success(request, "已销号" if form.cleaned_data["accept"] else "已退回")
        except FieldworkError as exc:
            _error(request, exc)
    return redirect("fieldwork:measure_detail", pk=pk)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = RectificationEvidence.objects.filter(pk=pk).first()
    if evidence is None or not evidence.sha256:
        raise Http404("没有这份材料")
    rectification_get_for_user(request.user, evidence.rectification_id)
    return _stored_file(evidence.sha256, evidence.original_name)


def _county_export(request: HttpRequest, target_id: int) -> tuple[Round, TargetUnit, Any, Feedback | None]:
    rnd, _ = _context(request)
    target = rnd.targets.filter(pk=target_id).first()
    if target is None:
        raise Http404("没有这个县（市）")
    problems = problems_visible_to(request.user, rnd).filter(target=target)
    if not problems.exists():
        raise Http404("该县（市）没有可导出的问题")
    return rnd, target, problems, Feedback.objects.filter(round=rnd, target=target).first()


def _stored_file(sha256: str, name: str) -> HttpResponse:
    # read_bytes verifies the hash (and opens files sealed at rest) before anything is sent.
    return _download(read_bytes(sha256), "application/octet-stream", name or sha256[:12])


def _download(data: bytes, media_type: str, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=media_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(name)}"
    return response


def _quote(name: str) -> str:
    return quote(name)


@login_required
def export_feedback_docx(request: HttpRequest, target_id: int) -> HttpResponse:
    rnd, target, problems, feedback = _county_export(request, target_id)
    if not feedback_document_visible(request.user, rnd, target):
        raise Http404("反馈意见尚未送达")
    data = exports.feedback_docx(round=rnd, target=target, feedback=feedback, problems=list(problems))
    return _download(data, DOCX, f"{target.name}反馈意见.docx")


@login_required
def export_ledger_docx(request: HttpRequest, target_id: int) -> HttpResponse:
    rnd, target, problems, feedback = _county_export(request, target_id)
    data = exports.ledger_docx(round=rnd, target=target, feedback=feedback, ledger=ledger(problems))
    return _download(data, DOCX, f"{target.name}整改台账.docx")


@login_required
def export_ledger_xlsx(request: HttpRequest, target_id: int) -> HttpResponse:
    rnd, target, problems, _ = _county_export(request, target_id)
    data = exports.ledger_xlsx(round=rnd, target=target, ledger=ledger(problems))
    return _download(data, XLSX, f"{target.name}整改台账.xlsx")
