"""The one place where access is decided. Views fetch objects through these functions,
which check rights in the same call; templates never decide who sees what.

Deny by default: a user sees nothing of a round without an active membership in it.
The system administrator runs the system and sees no report content.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as StaffUser
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from xunshi.accounts.models import Membership, Role
from xunshi.casework.models import Clue, ResponseRecord, Transfer
from xunshi.casework.tasks import SEND_TASKS
from xunshi.channels.models import DeadLetter, OcrPage
from xunshi.fieldwork.models import (
    DocumentRequest,
    Feedback,
    Meeting,
    Problem,
    Rectification,
    Talk,
    Visit,
)
from xunshi.intake.models import Attachment, BoxCollection, Item
from xunshi.matching.models import ItemGroup, PersonLink
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Round, TargetUnit

CONTENT_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF, Role.OFFICE}
ALL_COUNTIES_ROLES = {Role.LEADER, Role.DEPUTY, Role.OFFICE}
REGISTER_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF}
IDENTITY_ROLES = {Role.LEADER, Role.DEPUTY}

User = StaffUser | AnonymousUser


def membership_for(user: User, round: Round) -> Membership | None:
    if not user.is_authenticated:
        return None
    membership = (
        Membership.objects.filter(user=user, round=round, active=True).prefetch_related("targets").first()
    )
    if membership is None:
        return None
    # Access ends with the round, except for the inspection office that tracks results.
    if round.stage == Round.Stage.CLOSED and membership.role != Role.OFFICE:
        return None
    return membership


def rounds_for_user(user: User) -> QuerySet[Round]:
    if not user.is_authenticated:
        return Round.objects.none()
    return (
        Round.objects.filter(memberships__user=user, memberships__active=True)
        .filter(~Q(stage=Round.Stage.CLOSED) | Q(memberships__role=Role.OFFICE))
        .distinct()
    )


def items_visible_to(user: User, round: Round) -> QuerySet[Item]:
    membership = membership_for(user, round)
    if membership is None or membership.role not in CONTENT_ROLES:
        return Item.objects.none()
    items = Item.objects.filter(round=round)
    if membership.role in ALL_COUNTIES_ROLES:
        return items
    # Staff work their subgroup's counties; items not yet tied to a county are shared.
    return items.filter(Q(target__in=membership.targets.all()) | Q(target__isnull=True))


def item_get_for_user(user: User, number: str) -> Item:
    """The item, if this user may read it; 404 otherwise (existence is not revealed)."""
    item = Item.objects.select_related("round", "channel", "target").filter(number=number).first()
    if item is None or not items_visible_to(user, item.round).filter(pk=item.pk).exists():
        raise Http404("没有这个信访件")
    return item


def require_register(user: User, round: Round) -> Membership:
    membership = membership_for(user, round)
    if membership is None or membership.role not in REGISTER_ROLES:
        raise PermissionDenied("您没有在该轮次登记信访件的权限")
    return membership


def can_reveal_identity(user: User, item: Item) -> bool:
    membership = membership_for(user, item.round)
    return membership is not None and membership.role in IDENTITY_ROLES


def round_get_for_user(user: User, round_id: int | str | None) -> tuple[Round, Membership] | None:
    """The round the user works in: the one asked for if permitted, else their first."""
    rounds = list(rounds_for_user(user))
    chosen = next((r for r in rounds if str(r.pk) == str(round_id)), None) if round_id else None
    for rnd in ([chosen] if chosen else []) + rounds:
        membership = membership_for(user, rnd)
        if membership is not None:
            return rnd, membership
    return None


def box_collection_get_for_user(user: User, pk: int) -> BoxCollection:
    collection = BoxCollection.objects.select_related("round", "box").filter(pk=pk).first()
    if collection is None:
        raise Http404("没有这条开箱记录")
    require_register(user, collection.round)
    return collection


def attachment_get_for_user(user: User, number: str, attachment_id: int) -> Attachment:
    item = item_get_for_user(user, number)
    attachment = item.attachments.filter(pk=attachment_id).first()
    if attachment is None:
        raise Http404("没有这个附件")
    return attachment


# Channel operations (xunshi.channels): channel health, dead letters, OCR correction.


def round_get_for_member(user: User, round_id: str | int | None) -> Round | None:
    """A round the user is an active member of (the given one, else their first); None if none."""
    rounds = list(rounds_for_user(user))
    if round_id not in (None, ""):
        chosen = next((r for r in rounds if str(r.pk) == str(round_id)), None)
        if chosen is None:
            raise Http404("没有这个巡视轮次")
        return chosen
    return rounds[0] if rounds else None


def dead_letter_get_for_retry(user: User, letter_id: int) -> DeadLetter:
    """A failed queue job of a round where the user may register items; 404 otherwise."""
    letter = DeadLetter.objects.select_related("channel__round").filter(pk=letter_id).first()
    if letter is None or letter.channel is None or membership_for(user, letter.channel.round) is None:
        raise Http404("没有这个任务")
    require_register(user, letter.channel.round)
    if letter.task_name in SEND_TASKS:
        # Retrying a dead answer job resends that answer: the item page's own checks apply
        # (the item's county must be the user's, and case work writable by them).
        record_id = letter.args[0] if letter.args else letter.kwargs.get("record_id")
        numbers = ResponseRecord.objects.filter(pk=record_id).values_list("response__item__number", flat=True)
        number = numbers.first() if isinstance(record_id, int) else None
        if number is None:
            raise Http404("没有这个任务")
        item = item_get_for_user(user, number)
        require_casework(user, item.round, write=True)
    return letter


def ocr_page_get_for_edit(user: User, page_id: int) -> OcrPage:
    """An OCR page of an item the user can read, checked for the right to register/correct."""
    page = OcrPage.objects.select_related("scan__item__round").filter(pk=page_id).first()
    if page is None:
        raise Http404("没有这一页")
    item = item_get_for_user(user, page.scan.item.number)
    require_register(user, item.round)
    return page


ROSTER_EDIT_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF}


def require_roster_edit(user: User, round: Round) -> Membership:
    """The cadre roster is edited by the group's leaders and staff (not by liaisons)."""
    membership = membership_for(user, round)
    if membership is None or membership.role not in ROSTER_EDIT_ROLES | {Role.OFFICE}:
        raise PermissionDenied("您没有查看或维护该轮次干部名册的权限")
    return membership


def roster_person_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> RosterPerson:
    person = RosterPerson.objects.select_related("round", "target").filter(pk=pk).first()
    if person is None:
        raise Http404("名册中没有此人")
    membership = require_roster_edit(user, person.round)
    if for_edit and membership.role not in ROSTER_EDIT_ROLES:
        raise PermissionDenied("巡视办只能查看名册")
    return person


def staff_user(user: User) -> StaffUser:
    """The logged-in staff member behind a request (views using it require login)."""
    if not isinstance(user, StaffUser) or not user.is_authenticated:
        raise PermissionDenied("请先登录")
    return user


LEAD_ROLES = {Role.LEADER, Role.DEPUTY}


def require_round_lead(user: User, round: Round) -> Membership:
    """Decisions for the whole round (stage changes, approvals) belong to 组长 and 副组长."""
    membership = membership_for(user, round)
    if membership is None or membership.role not in LEAD_ROLES:
        raise PermissionDenied("只有组长、副组长可以进行此操作")
    return membership


def can_lead_round(user: User, round: Round) -> bool:
    membership = membership_for(user, round)
    return membership is not None and membership.role in LEAD_ROLES


# Round set-up from an announcement (xunshi.rounds.views): configuration, not report content.
def require_round_setup(user: User) -> None:
    """The system administrator, or anyone with an active 巡视办 (office) role in a round."""
    if not user.is_authenticated:
        raise PermissionDenied("请先登录")
    if getattr(user, "is_superuser", False):
        return
    if not Membership.objects.filter(user=user, role=Role.OFFICE, active=True).exists():
        raise PermissionDenied("只有系统管理员或巡视办可以根据公告设置轮次")


# Fieldwork and rectification (xunshi.fieldwork). Talk records, purposes and notes are
# content; what the local liaison must arrange (who, when, where, what) is schedule.


FIELDWORK_PLAN_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF, Role.GROUP_LIAISON}
FEEDBACK_WRITE_ROLES = {Role.LEADER, Role.DEPUTY, Role.OFFICE}
COVERT_ROLES = {Role.LEADER, Role.DEPUTY}


def fieldwork_membership(user: User, round: Round) -> Membership:
    membership = membership_for(user, round)
    if membership is None:
        raise PermissionDenied("您没有该轮次的权限")
    return membership


def fieldwork_counties(membership: Membership) -> QuerySet[TargetUnit] | None:
    """The counties a member works in; None for all (leaders, the office, the group liaison)."""
    if membership.role in (Role.STAFF, Role.LOCAL_LIAISON):
        return membership.targets.all()
    return None


def _in_counties(qs: QuerySet[Any], membership: Membership, field: str = "target") -> QuerySet[Any]:
    counties = fieldwork_counties(membership)
    return qs if counties is None else qs.filter(**{f"{field}__in": counties})


def require_fieldwork_plan(user: User, round: Round, target: TargetUnit | None = None) -> Membership:
    """Planning talks, requests, meetings and visits: the group itself, in its counties."""
    membership = fieldwork_membership(user, round)
    if membership.role not in FIELDWORK_PLAN_ROLES:
        raise PermissionDenied("您没有安排巡视了解工作的权限")
    counties = fieldwork_counties(membership)
    if target is not None and counties is not None and not counties.filter(pk=target.pk).exists():
        raise PermissionDenied("该县（市）不在您的分工范围内")
    return membership


def talks_visible_to(user: User, round: Round) -> QuerySet[Talk]:
    """Every member may see the talk schedule of the counties they work in."""
    membership = membership_for(user, round)
    if membership is None:
        return Talk.objects.none()
    return _in_counties(Talk.objects.filter(round=round), membership)


def talk_content_visible(user: User, talk: Talk) -> bool:
    """Purpose and record: leaders and the office, and the two staff in the talk (本人/分工)."""
    membership = membership_for(user, talk.round)
    if membership is None:
        return False
    if membership.role in IDENTITY_ROLES | {Role.OFFICE}:
        return True
    if membership.role == Role.STAFF:
        return (
            user.pk in (talk.asker_id, talk.recorder_id)
            or membership.targets.filter(pk=talk.target_id).exists()
        )
    return False


def talk_get_for_user(user: User, pk: int, *, for_edit: bool = False, for_record: bool = False) -> Talk:
    talk = Talk.objects.select_related("round", "target", "asker", "recorder", "person").filter(pk=pk).first()
    if talk is None or not talks_visible_to(user, talk.round).filter(pk=talk.pk).exists():
        raise Http404("没有这次谈话")
    if for_edit:
        require_fieldwork_plan(user, talk.round, talk.target)
    if for_record and user.pk != talk.recorder_id:
        raise PermissionDenied("谈话记录由记录人填写")
    return talk


def document_requests_visible_to(user: User, round: Round) -> QuerySet[DocumentRequest]:
    membership = membership_for(user, round)
    if membership is None:
        return DocumentRequest.objects.none()
    qs = DocumentRequest.objects.filter(round=round)
    if membership.role == Role.LOCAL_LIAISON:
        # The county fulfils requests it has been sent; drafts are the group's business.
        qs = qs.exclude(status=DocumentRequest.Status.DRAFT)
    return _in_counties(qs, membership)


def document_purpose_visible(user: User, round: Round) -> bool:
    membership = membership_for(user, round)
    return membership is not None and membership.role in FIELDWORK_PLAN_ROLES | {Role.OFFICE}


def document_request_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> DocumentRequest:
    request = DocumentRequest.objects.select_related("round", "target").filter(pk=pk).first()
    if request is None or not document_requests_visible_to(user, request.round).filter(pk=pk).exists():
        raise Http404("没有这项调阅")
    if for_edit:
        require_fieldwork_plan(user, request.round, request.target)
    return request


def meetings_visible_to(user: User, round: Round) -> QuerySet[Meeting]:
    membership = membership_for(user, round)
    if membership is None:
        return Meeting.objects.none()
    return _in_counties(Meeting.objects.filter(round=round), membership)


def meeting_notes_visible(user: User, round: Round) -> bool:
    membership = membership_for(user, round)
    return membership is not None and membership.role in CONTENT_ROLES


def meeting_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> Meeting:
    meeting = Meeting.objects.select_related("round", "target").filter(pk=pk).first()
    if meeting is None or not meetings_visible_to(user, meeting.round).filter(pk=pk).exists():
        raise Http404("没有这次会议")
    if for_edit:
        require_fieldwork_plan(user, meeting.round, meeting.target)
    return meeting


def visits_visible_to(user: User, round: Round) -> QuerySet[Visit]:
    """Open visits as the meetings; a secret visit only to the group's leaders and those who went."""
    membership = membership_for(user, round)
    if membership is None or membership.role == Role.LOCAL_LIAISON:
        return Visit.objects.none()
    qs = Visit.objects.filter(round=round)
    if membership.role not in COVERT_ROLES:
        qs = qs.filter(Q(covert=False) | Q(members=user)).distinct()
    if membership.role == Role.GROUP_LIAISON or membership.role == Role.OFFICE:
        return qs
    counties = fieldwork_counties(membership)
    if counties is None:
        return qs
    return qs.filter(Q(target__in=counties) | Q(members=user)).distinct()


def visit_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> Visit:
    visit = Visit.objects.select_related("round", "target").filter(pk=pk).first()
    if visit is None or not visits_visible_to(user, visit.round).filter(pk=pk).exists():
        raise Http404("没有这次走访")
    if for_edit:
        membership = fieldwork_membership(user, visit.round)
        if membership.role not in FIELDWORK_PLAN_ROLES:
            raise PermissionDenied("您没有记录走访的权限")
    return visit


def problems_visible_to(user: User, round: Round) -> QuerySet[Problem]:
    """Staff see their counties' problems; the local liaison its county's, once handed over
    (立行立改 or with the feedback)."""
    membership = membership_for(user, round)
    if membership is None:
        return Problem.objects.none()
    qs = Problem.objects.filter(round=round)
    if membership.role == Role.LOCAL_LIAISON:
        qs = qs.filter(issued_at__isnull=False)
    return _in_counties(qs, membership)


def require_feedback_write(user: User, round: Round) -> Membership:
    membership = fieldwork_membership(user, round)
    if membership.role not in FEEDBACK_WRITE_ROLES:
        raise PermissionDenied("问题清单和反馈意见由组长、副组长或巡视办填写")
    return membership


def problem_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> Problem:
    problem = Problem.objects.select_related("round", "target").filter(pk=pk).first()
    if problem is None or not problems_visible_to(user, problem.round).filter(pk=pk).exists():
        raise Http404("没有这个问题")
    if for_edit:
        require_feedback_write(user, problem.round)
    return problem


def ledger_may_update(user: User, problem: Problem) -> bool:
    """Measures, progress, evidence and sign-off: the county (its liaison) and the writers."""
    membership = membership_for(user, problem.round)
    if membership is None:
        return False
    if membership.role == Role.LOCAL_LIAISON:
        return problem.issued_at is not None and membership.targets.filter(pk=problem.target_id).exists()
    return membership.role in FEEDBACK_WRITE_ROLES


def ledger_may_check(user: User, round: Round) -> bool:
    """对账销号 is the group's or the office's, never the county's own."""
    membership = membership_for(user, round)
    return membership is not None and membership.role in FEEDBACK_WRITE_ROLES


def rectification_get_for_user(user: User, pk: int, *, for_update: bool = False) -> Rectification:
    rect = Rectification.objects.select_related("problem__round", "problem__target").filter(pk=pk).first()
    if rect is None:
        raise Http404("没有这项整改任务")
    problem = problem_get_for_user(user, rect.problem_id)
    if for_update and not ledger_may_update(user, problem):
        raise PermissionDenied("您不能更新这项整改任务")
    return rect


def feedback_document_visible(user: User, round: Round, target: TargetUnit) -> bool:
    """The county reads its feedback once delivered; the group and the office at any time."""
    membership = membership_for(user, round)
    if membership is None:
        return False
    if membership.role != Role.LOCAL_LIAISON:
        return True
    return Feedback.objects.filter(round=round, target=target, delivered_on__isnull=False).exists()


# Related items and person dossiers (xunshi.matching).

MATCHING_EDIT_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF}


def dossier_person_get_for_user(user: User, pk: int) -> tuple[RosterPerson, Membership]:
    """A roster person's dossier: content roles only, and staff only for their own counties."""
    person = RosterPerson.objects.select_related("round", "target").filter(pk=pk).first()
    if person is None:
        raise Http404("名册中没有此人")
    membership = membership_for(user, person.round)
    if membership is None or membership.role not in CONTENT_ROLES:
        raise Http404("名册中没有此人")
    covered = {target.pk for target in membership.targets.all()}  # prefetched by membership_for
    if membership.role not in ALL_COUNTIES_ROLES and person.target_id not in covered:
        raise Http404("名册中没有此人")
    return person, membership


def linked_items_filter(
    user: User,
    round: Round,
    prefix: str = "item__",
    *,
    membership: Membership | None = None,
    round_field: str = "",
) -> Q | None:
    """The items_visible_to rule as a filter on a relation to items; None: nothing visible.

    Rows that point at items (person links) can then be filtered without a subquery over
    every item of the round, which matters for dossiers over a large round. A membership
    already fetched for this user and round may be passed in to save the queries.
    `round_field` names a round column on the row itself (default: the item's), so the
    roles that see every county need no join to the item table.
    """
    mine = membership is not None and (membership.user_id, membership.round_id) == (user.pk, round.pk)
    if not mine:
        membership = membership_for(user, round)
    if membership is None or membership.role not in CONTENT_ROLES:
        return None
    in_round = Q(**{round_field or f"{prefix}round": round})
    if membership.role in ALL_COUNTIES_ROLES:
        return in_round
    targets = [target.pk for target in membership.targets.all()]
    return in_round & (Q(**{f"{prefix}target__in": targets}) | Q(**{f"{prefix}target__isnull": True}))


def person_links_filter(user: User, round: Round, *, membership: Membership | None = None) -> Q | None:
    """linked_items_filter for person links (the dossier): a link carries its item's round."""
    return linked_items_filter(user, round, membership=membership, round_field="round")


def require_matching_edit(user: User, round: Round) -> Membership:
    membership = membership_for(user, round)
    if membership is None or membership.role not in MATCHING_EDIT_ROLES:
        raise PermissionDenied("您没有并件或确认被反映人的权限")
    return membership


def item_group_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> ItemGroup:
    """A grouping is visible only if every one of its items is."""
    group = ItemGroup.objects.select_related("round").filter(pk=pk).first()
    if group is None:
        raise Http404("没有这个并件组")
    visible = items_visible_to(user, group.round)
    member_ids = set(group.members.values_list("item_id", flat=True))
    if not member_ids or visible.filter(pk__in=member_ids).count() != len(member_ids):
        raise Http404("没有这个并件组")
    if for_edit:
        require_matching_edit(user, group.round)
    return group


def person_link_get_for_edit(user: User, pk: int) -> PersonLink:
    link = PersonLink.objects.select_related("item__round").filter(pk=pk).first()
    if link is None:
        raise Http404("没有这条关联")
    item_get_for_user(user, link.item.number)
    require_matching_edit(user, link.item.round)
    return link


# Case work (xunshi.casework): clues, transfers, the receivers' directory, answers.

CASE_WRITE_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF}
CLUE_APPROVE_ROLES = {Role.LEADER, Role.DEPUTY}


def require_casework(user: User, round: Round, *, write: bool = False) -> Membership:
    """Group members read case work (巡视办 too); leaders and staff change it."""
    membership = membership_for(user, round)
    roles = CASE_WRITE_ROLES if write else CONTENT_ROLES
    if membership is None or membership.role not in roles:
        raise PermissionDenied("您没有办理该轮次线索、转办和答复的权限")
    return membership


def can_write_casework(user: User, round: Round) -> bool:
    """For pages that show write actions only to those allowed them (require_casework)."""
    membership = membership_for(user, round)
    return membership is not None and membership.role in CASE_WRITE_ROLES


def can_approve_clue(user: User, round: Round) -> bool:
    membership = membership_for(user, round)
    return membership is not None and membership.role in CLUE_APPROVE_ROLES


def is_local_liaison(user: User, round: Round) -> bool:
    membership = membership_for(user, round)
    return membership is not None and membership.role == Role.LOCAL_LIAISON


def clues_visible_to(user: User, round: Round) -> QuerySet[Clue]:
    membership = membership_for(user, round)
    if membership is None or membership.role not in CONTENT_ROLES:
        return Clue.objects.none()
    clues = Clue.objects.filter(round=round)
    if membership.role in ALL_COUNTIES_ROLES:
        return clues
    return clues.filter(Q(target__in=membership.targets.all()) | Q(target__isnull=True))


def clue_get_for_user(user: User, pk: int, *, for_edit: bool = False) -> Clue:
    clue = Clue.objects.select_related("round", "target", "person").filter(pk=pk).first()
    if clue is None or not clues_visible_to(user, clue.round).filter(pk=clue.pk).exists():
        raise Http404("没有这条线索")
    if for_edit:
        require_casework(user, clue.round, write=True)
    return clue


def transfers_visible_to(user: User, round: Round) -> QuerySet[Transfer]:
    """The group sees its transfers; a local liaison only those sent to its own county."""
    membership = membership_for(user, round)
    if membership is None:
        return Transfer.objects.none()
    transfers = Transfer.objects.filter(round=round)
    if membership.role in ALL_COUNTIES_ROLES:
        return transfers
    if membership.role in (Role.STAFF, Role.LOCAL_LIAISON):
        return transfers.filter(target__in=membership.targets.all())
    return Transfer.objects.none()


def transfer_get_for_user(
    user: User, pk: int, *, as_receiver: bool = False, for_edit: bool = False
) -> Transfer:
    """A transfer the user may see. `as_receiver`: sign and report back (the county's local
    liaison, or group staff keying in a paper reply); `for_edit`: the group's own steps."""
    transfer = Transfer.objects.select_related("round", "item", "department", "target").filter(pk=pk).first()
    if transfer is None or not transfers_visible_to(user, transfer.round).filter(pk=transfer.pk).exists():
        raise Http404("没有这张转办单")
    if for_edit or (as_receiver and not is_local_liaison(user, transfer.round)):
        require_casework(user, transfer.round, write=True)
    return transfer


# Triage (xunshi.triage): the engine's proposals and staff decisions. The group's leaders
# and staff decide (staff in their counties); the office reads; liaisons see nothing.
TRIAGE_DECIDE_ROLES = {Role.LEADER, Role.DEPUTY, Role.STAFF}
TRIAGE_READ_ROLES = TRIAGE_DECIDE_ROLES | {Role.OFFICE}


def require_triage_read(user: User, round: Round) -> Membership:
    membership = membership_for(user, round)
    if membership is None or membership.role not in TRIAGE_READ_ROLES:
        raise PermissionDenied("您没有查看该轮次研判的权限")
    return membership


def triage_items_visible_to(user: User, round: Round) -> QuerySet[Item]:
    membership = membership_for(user, round)
    if membership is None or membership.role not in TRIAGE_READ_ROLES:
        return Item.objects.none()
    return items_visible_to(user, round)


def triage_may_read(user: User, item: Item) -> bool:
    membership = membership_for(user, item.round)
    return membership is not None and membership.role in TRIAGE_READ_ROLES


def triage_may_decide(user: User, item: Item) -> bool:
    membership = membership_for(user, item.round)
    if membership is None or membership.role not in TRIAGE_DECIDE_ROLES:
        return False
    if membership.role in ALL_COUNTIES_ROLES:
        return True
    # Items not yet tied to a county are shared (as for reading): triage is what ties them.
    return item.target_id is None or membership.targets.filter(pk=item.target_id).exists()


def triage_item_get_for_user(user: User, number: str, *, for_decide: bool = False) -> Item:
    item = item_get_for_user(user, number)
    if not triage_may_read(user, item):
        raise Http404("没有这个信访件")
    if for_decide and not triage_may_decide(user, item):
        raise PermissionDenied("您不能对该件作出研判决定")
    return item


def require_audit_reader(user: User, round: Round) -> Membership:
    """The audit log of a round is read by the 组长 and the 巡视办 (who supervises the group)."""
    membership = membership_for(user, round)
    if membership is None or membership.role not in {Role.LEADER, Role.OFFICE}:
        raise PermissionDenied("审计日志仅供组长和巡视办查阅")
    return membership
