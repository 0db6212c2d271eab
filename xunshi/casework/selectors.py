"""Reads of case work: what is overdue, what still needs an answer, how an item may be
answered, receivers to suggest, and the figures behind the dashboard charts.

Access is decided in xunshi.accounts.access; these functions shape what it lets through."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from xunshi.casework import rules, taxonomy
from xunshi.casework.models import (
    OPEN_TRANSFER_STATES,
    SEND_LEASE,
    Clue,
    Department,
    ItemCase,
    ReporterFeedback,
    ResponseRecord,
    Satisfaction,
    Transfer,
)
from xunshi.channels.email.outbound import mailer_configured
from xunshi.channels.sms.outbound import smsd_configured
from xunshi.core.workcalendar import add_workdays, is_workday
from xunshi.intake.models import IdentityKind, Item, ReporterIdentity, Response
from xunshi.roster.models import RosterPerson
from xunshi.rounds.models import Channel, Round, TargetUnit

# An item "ends" with one of these; an acceptance notice alone is not an end.
FINAL_KINDS = (Response.Kind.RESULT, Response.Kind.REDIRECT)


def unanswered_items(round: Round, items: QuerySet[Item] | None = None) -> QuerySet[Item]:
    qs = items if items is not None else Item.objects.filter(round=round)
    final = Response.objects.filter(item=OuterRef("pk"), kind__in=FINAL_KINDS)
    return qs.filter(~Exists(final))


def is_real_name(item: Item) -> bool:
    """实名: a name (or unit) plus a usable contact; only these reporters are owed notices."""
    return item.identity_kind in (IdentityKind.NAMED, IdentityKind.JOINT) and item.has_contact


# ---------------------------------------------------------------- transfers


def transfer_is_overdue(transfer: Transfer, today: dt.date | None = None) -> bool:
    day = today or timezone.localdate()
    return transfer.status in OPEN_TRANSFER_STATES and day > transfer.due_date


def transfer_escalation_date(transfer: Transfer) -> dt.date:
    return add_workdays(transfer.due_date, rules.transfer_escalate_workdays())


def transfer_should_escalate(transfer: Transfer, today: dt.date | None = None) -> bool:
    day = today or timezone.localdate()
    return transfer_is_overdue(transfer, day) and day > transfer_escalation_date(transfer)


def transfers_overdue(transfers: QuerySet[Transfer], today: dt.date | None = None) -> QuerySet[Transfer]:
    day = today or timezone.localdate()
    return transfers.filter(status__in=OPEN_TRANSFER_STATES, due_date__lt=day)


def transfers_escalated(transfers: QuerySet[Transfer], today: dt.date | None = None) -> list[Transfer]:
    day = today or timezone.localdate()
    return [
        t
        for t in transfers_overdue(transfers, day).select_related("department", "target", "item")
        if t.escalated_at is not None or transfer_should_escalate(t, day)
    ]


_PLACE_PREFIXES = ("县（市）", "县", "市", "区")
_KIND_SUFFIXES = ("委员会", "部门", "政府", "中心", "大队", "分局", "局", "委", "部", "院", "所")


def _stem(name: str, county: str = "") -> str:
    """ "县自然资源局" and "任丘市自然资源和规划局" both give a stem starting "自然资源"."""
    if county and name.startswith(county):
        name = name[len(county) :]
    for prefix in _PLACE_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
            break
    name = name.split("（")[0]
    for suffix in _KIND_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def departments_suggest(round: Round, target: TargetUnit | None, oos_code: str) -> list[Department]:
    """Receivers of the directory that match the taxonomy's `route_to` for the code,
    the item's county first."""
    route = taxonomy.route_to(oos_code) if oos_code else ""
    wanted = [_stem(p.strip()) for p in route.replace("、", "；").split("；") if p.strip()]
    depts = Department.objects.filter(round=round).filter(Q(target=target) | Q(target__isnull=True))
    ranked: list[tuple[bool, int, str, Department]] = []
    for dept in depts.select_related("target"):
        core = _stem(dept.name, dept.target.name if dept.target else "")
        hits = [n for n, w in enumerate(wanted) if len(w) >= 2 and (core.startswith(w) or w.startswith(core))]
        if hits:
            # The county's own first, then in the order route_to names them.
            ranked.append((dept.target_id is None, hits[0], dept.name, dept))
    return [r[-1] for r in sorted(ranked, key=lambda r: r[:3])]


# ---------------------------------------------------------------- responses


@dataclass(frozen=True)
class ResponseMethod:
    code: str
    label: str
    allowed: bool
    reason: str
    delivery: str


# Methods by which this system itself sends the answer to the reporter.
SENDING_METHODS = frozenset({"email", "sms"})
GROUP_ONLY_RECEIVES = "本轮巡视组只受理、不答复，不由巡视组发送"


def sending_refusal(item: Item, method: str) -> str:
    """Why this system cannot send the group's answer to `item` by `method` now ("" = it can:
    the answer is queued; otherwise it waits to be sent by hand)."""
    if item.round.answerer == Round.Answerer.RECEIVER:
        return GROUP_ONLY_RECEIVES
    if method == "email":
        return "" if mailer_configured() else "未配置发信服务器（XUNSHI_SMTP_HOST），请人工发送后标记为已发送"
    if method == "sms":
        channel = item.channel if item.channel_kind == Channel.Kind.SMS else None
        if smsd_configured(channel):
            return ""
        return "短信渠道未配置 gammu-smsd 发件，请由值班手机人工发送后标记为已发送"
    return "该答复方式不由本系统发送"


def resend_refusal(record: ResponseRecord) -> str:
    """Why "重新发送" is not offered for this answer ("" = it is): a failed answer, or one
    waiting to be sent by hand once a way to send it has been configured."""
    D = ResponseRecord.Delivery
    if record.method not in SENDING_METHODS or not (record.delivery in (D.FAILED, D.MANUAL)
                                                     or record.claim_stale()):
        return "只有发送失败、待人工发送或发送中断的邮件、短信答复可以重新发送"
    if record.answered_by != ResponseRecord.AnsweredBy.GROUP:
        return "承办单位的答复不由巡视组发送"
    return sending_refusal(record.response.item, record.method)


def response_methods(item: Item, *, answered_by: str = "") -> list[ResponseMethod]:
    """Ways this item's reporter can be answered, and why the others cannot be used.

    `answered_by` is "group" or "receiver" (default: the round's setting). In a round where
    the group only receives (只受理、不答复) the group sends no e-mail or SMS itself; a
    receiving body's answer by those means is still recorded."""
    identity = ReporterIdentity.objects.filter(item=item).first()
    email = bool(
        identity and (identity.email or (item.channel_kind == Channel.Kind.EMAIL and identity.sender))
    )
    phone = bool(
        identity
        and (
            identity.phone
            or (item.channel_kind in (Channel.Kind.SMS, Channel.Kind.PHONE) and identity.sender)
        )
    )
    address = bool(identity and identity.address)
    sms_channel = item.channel if item.channel_kind == Channel.Kind.SMS else None
    sms_ok = phone and sms_channel is not None and not sms_channel.receive_only
    if sms_channel is not None and sms_channel.receive_only:
        sms_reason = "本渠道的手机号仅接收短信，不得外发"
    elif not phone:
        sms_reason = "没有可用的手机号码"
    elif sms_channel is None:
        sms_reason = "来件不是经短信渠道收到的"
    else:
        sms_reason = ""
    D = ResponseRecord.Delivery
    methods = [
        ResponseMethod(
            "portal",
            "查询页公开",
            bool(item.receipt_hash),
            "" if item.receipt_hash else "该件没有查询码",
            D.SHOWN,
        ),
        ResponseMethod("email", "电子邮件", email, "" if email else "没有电子邮箱地址", D.SENT),
        ResponseMethod("letter", "书面答复函", address, "" if address else "没有通信地址", D.PRINTED),
        ResponseMethod("sms", "短信", sms_ok, sms_reason, D.SENT),
        ResponseMethod("phone", "电话告知", phone, "" if phone else "没有联系电话", D.TOLD),
        ResponseMethod(
            "in_person",
            "当面告知",
            item.channel_kind == Channel.Kind.VISIT,
            "" if item.channel_kind == Channel.Kind.VISIT else "非来访件",
            D.TOLD,
        ),
    ]
    by = answered_by or (
        ResponseRecord.AnsweredBy.RECEIVER
        if item.round.answerer == Round.Answerer.RECEIVER
        else ResponseRecord.AnsweredBy.GROUP
    )
    if by == ResponseRecord.AnsweredBy.GROUP and item.round.answerer == Round.Answerer.RECEIVER:
        methods = [
            ResponseMethod(m.code, m.label, False, GROUP_ONLY_RECEIVES, m.delivery)
            if m.code in SENDING_METHODS and m.allowed
            else m
            for m in methods
        ]
    usable = any(m.allowed for m in methods)
    methods.append(
        ResponseMethod(
            "record",
            "仅登记（无可用联系渠道）",
            not usable,
            "" if not usable else "该件有可用的答复渠道，请选用",
            D.RECORDED,
        )
    )
    # A receiving body that answers through its own channel: recorded on our side only.
    methods.append(ResponseMethod("receiver", "承办单位自行答复", True, "", D.RECORDED))
    return methods


def public_names_for(item: Item) -> set[str]:
    """Names a public text must not contain: the accused of this item, of the round's
    clues and of the round's roster."""
    names = {item.accused_name.strip()} if item.accused_name else set()
    names |= set(Clue.objects.filter(round=item.round_id).values_list("accused_name", flat=True))
    names |= set(RosterPerson.objects.filter(round=item.round_id).values_list("name", flat=True))
    return {n for n in names if n}


def reporter_strings(item: Item) -> list[str]:
    """The reporter's identity as it might appear in free text (name, numbers, addresses),
    longest first; only for checks and masking, never shown."""
    identity = ReporterIdentity.objects.filter(item=item).first()
    if identity is None:
        return []
    values = [
        identity.name,
        identity.phone,
        identity.id_number,
        identity.email,
        identity.address,
        identity.sender,
    ]
    values += [
        v.strip() for v in (identity.co_signers or "").replace("，", "、").replace(",", "、").split("、")
    ]
    return sorted({v for v in values if v and len(v) >= 2}, key=len, reverse=True)


def mask_reporter(item: Item, text: str) -> str:
    for value in reporter_strings(item):
        text = text.replace(value, "（反映人信息已隐去）")
    return text


@dataclass(frozen=True)
class Clock:
    item: Item
    kind: str  # "ack" | "result" | "recheck"
    due: dt.date
    overdue: bool

    @property
    def label(self) -> str:
        return {"ack": "受理告知", "result": "结果反馈", "recheck": "异议复查答复"}[self.kind]


@dataclass(frozen=True)
class ClockPage:
    """One page of open clocks, soonest due first (overdue ones lead), and the counts."""

    clocks: list[Clock]
    total: int
    overdue: int


# The kinds in the order they are listed when they fall due on the same day at the same moment.
_CLOCK_KINDS = ("ack", "result", "recheck")


@functools.lru_cache(maxsize=64)
def _last_overdue_start(day: dt.date, workdays: int) -> dt.date:
    """The latest start date whose deadline is already past on `day`. add_workdays never
    decreases as its start moves later, so a clock is overdue iff it started on or before
    this date, which the database can test as a comparison on the start column.

    add_workdays(s, n) < day iff at least n working days lie in (s, day - 1]: walk back
    from the day before, counting them."""
    start, counted = day - dt.timedelta(days=1), 0
    while counted < workdays:
        counted += is_workday(start)
        start -= dt.timedelta(days=1)
    return start


def _local_midnight_after(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))


def _not_with_reporter(record: str, now: dt.datetime) -> Q:
    """Answer records (at the path `record`) that have told the reporter nothing yet: failed,
    waiting to be sent by hand, or claimed by a send job whose worker died mid-send."""
    D = ResponseRecord.Delivery
    dead_claim = Q(**{f"{record}__delivery": D.SENDING}) & (
        Q(**{f"{record}__claimed_at__isnull": True}) | Q(**{f"{record}__claimed_at__lt": now - SEND_LEASE})
    )
    return Q(**{f"{record}__delivery__in": (D.FAILED, D.MANUAL)}) | dead_claim


def _clock_sources(items: QuerySet[Item]) -> dict[str, tuple[QuerySet[Any], str, int]]:
    """Per kind: the rows with an open clock, the column its clock starts from, and its length."""
    now = timezone.now()
    given = Response.objects.filter(item=OuterRef("pk")).exclude(_not_with_reporter("record", now))
    acked = given.filter(kind__in=(Response.Kind.ACKNOWLEDGE, *FINAL_KINDS))
    resulted = given.filter(kind__in=FINAL_KINDS)
    named = items.filter(identity_kind__in=(IdentityKind.NAMED, IdentityKind.JOINT), has_contact=True)
    # An objection owes the reporter a new answer, on a clock of its own from its arrival.
    objections = ReporterFeedback.objects.filter(
        item__in=named.values("pk"), satisfaction=Satisfaction.UNSATISFIED
    ).filter(Q(answer__isnull=True) | _not_with_reporter("answer__record", now))
    return {
        "ack": (named.filter(~Exists(acked)), "registered_at", rules.ACK_WORKDAYS),
        "result": (
            named.filter(case__concluded_at__isnull=False).filter(~Exists(resulted)),
            "case__concluded_at",
            rules.RESULT_WORKDAYS,
        ),
        "recheck": (objections, "received_at", rules.RESULT_WORKDAYS),
    }


def clock_page(
    items: QuerySet[Item], *, today: dt.date | None = None, offset: int = 0, limit: int | None = 200
) -> ClockPage:
    """Open clocks of 实名 items: acceptance notice within 15 working days of registration,
    result within 15 working days of the conclusion, and the new answer to an objection
    (异议) within 15 working days of its arrival. A notice stops its clock once it is
    with the reporter or on its way (queued for sending); one that failed to send or still
    waits to be sent by hand has told the reporter nothing yet.

    Selected, counted and paged in the database: the due date only grows with the start, so
    each kind is read in start order up to the page's end and the kinds are merged; only
    those rows reach Python (a round of 200,000 items read every 实名 item before).
    Order: due date, then start time, then kind, then row id. `limit=None`: every clock."""
    day = today or timezone.localdate()
    sources = _clock_sources(items)
    due_after = functools.lru_cache(maxsize=None)(add_workdays)
    keyed: list[tuple[dt.date, dt.datetime, int, int, Clock]] = []
    total = overdue = 0
    for rank, kind in enumerate(_CLOCK_KINDS):
        qs, column, workdays = sources[kind]
        late = Q(**{f"{column}__lt": _local_midnight_after(_last_overdue_start(day, workdays))})
        counts = qs.order_by().aggregate(n=Count("pk"), late=Count("pk", filter=late))
        total += counts["n"]
        overdue += counts["late"]
        rows = qs.order_by(column, "pk")
        if kind == "recheck":
            rows = rows.select_related("item__case", "item__target", "item__channel")
        else:
            rows = rows.select_related("case", "target", "channel")
        if limit is not None:
            rows = rows[: offset + limit]
        for row in rows:
            item = row.item if kind == "recheck" else row
            started = (
                row.received_at
                if kind == "recheck"
                else (row.case.concluded_at if kind == "result" else row.registered_at)
            )
            due = due_after(timezone.localtime(started).date(), workdays)
            keyed.append((due, started, rank, row.pk, Clock(item, kind, due, day > due)))
    keyed.sort(key=lambda k: k[:4])
    chosen = keyed[offset:] if limit is None else keyed[offset : offset + limit]
    return ClockPage([k[-1] for k in chosen], total, overdue)


def response_clocks(items: QuerySet[Item], today: dt.date | None = None) -> list[Clock]:
    """Every open clock of these items (the item page's few); see clock_page."""
    return clock_page(items, today=today, limit=None).clocks


# ---------------------------------------------------------------- charts


def _counts(rows: Any, key: str) -> list[tuple[str, int]]:
    return [(str(r[key] or "（未明确）"), int(r["n"])) for r in rows]


def items_per_day(items: QuerySet[Item]) -> list[tuple[str, int]]:
    rows = (
        items.annotate(day=TruncDate("received_at", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(n=Count("id"))
        .order_by("day")
    )
    return [(r["day"].strftime("%m-%d") if r["day"] else "", int(r["n"])) for r in rows]


def items_per_county(items: QuerySet[Item]) -> list[tuple[str, int]]:
    rows = items.values("target__name", "target__order").annotate(n=Count("id")).order_by("target__order")
    return _counts(rows, "target__name")


def items_per_channel(items: QuerySet[Item]) -> list[tuple[str, int]]:
    labels = dict(Channel.Kind.choices)
    rows = items.values("channel_kind").annotate(n=Count("id")).order_by("-n")
    return [(labels.get(r["channel_kind"], r["channel_kind"]), int(r["n"])) for r in rows]


def _category(code: str) -> str:
    parts = code.split(".")
    top = ".".join(parts[:2]) if code.startswith("IS.") else code
    return taxonomy.label(top)


# The triage engine's out-of-scope types and their taxonomy codes.
OUT_TYPE_CODES = {"涉法涉诉": "OOS.LIT", "征地拆迁": "OOS.LAND", "个人利益诉求": "OOS.PERSONAL"}


def _code_list(codes: Any) -> list[str]:
    """Codes as stored by triage: plain strings (decisions) or {"code": …} (proposals)."""
    out = []
    for c in codes or []:
        code = c.get("code") if isinstance(c, dict) else c
        if isinstance(code, str):
            out.append(code)
    return out


def _triage_model(name: str) -> Any:
    try:
        return apps.get_model("triage", name)
    except LookupError:
        return None


@dataclass(frozen=True)
class TriageHint:
    source: str  # who said so: a staff decision or the engine's proposal
    scope: str
    oos_code: str
    codes: list[str]


def triage_hint(item: Item) -> TriageHint | None:
    """What triage says about the item, if the triage area has run: the latest staff
    decision, else the engine's proposal. Case work only pre-fills from it."""
    decision_model, proposal_model = _triage_model("TriageDecision"), _triage_model("TriageProposal")
    row, source = None, ""
    if decision_model is not None:
        row = decision_model._default_manager.filter(item=item).order_by("-decided_at", "-id").first()
        source = "研判决定"
    if row is None and proposal_model is not None:
        row = proposal_model._default_manager.filter(item=item).first()
        source = "研判建议"
    if row is None:
        return None
    codes = _code_list(getattr(row, "codes", []))
    oos = next((c for c in codes if c.startswith("OOS.")), "")
    oos = oos or OUT_TYPE_CODES.get(str(getattr(row, "out_type", "") or ""), "")
    return TriageHint(source, str(getattr(row, "scope", "")), oos if row.scope == "out" else "", codes)


def _triage_codes(items: QuerySet[Item]) -> dict[int, list[str]]:
    """Taxonomy codes other areas stored per item: staff triage decisions first, then
    the engine's proposals, then the matching area's sketches."""
    out: dict[int, list[str]] = {}
    sources = [_triage_model("TriageDecision"), _triage_model("TriageProposal")]
    with contextlib.suppress(LookupError):
        sources.append(apps.get_model("matching", "ItemSketch"))
    for model in sources:
        if model is None:
            continue
        rows = model._default_manager.filter(item__in=items).exclude(item_id__in=list(out))
        if hasattr(model, "decided_at"):
            rows = rows.order_by("item_id", "-decided_at")
        for item_id, codes in rows.values_list("item_id", "codes"):
            out.setdefault(item_id, _code_list(codes))
    return out


def items_per_category(items: QuerySet[Item]) -> list[tuple[str, int]]:
    """Items per category: triage codes where stored, clue allegations, out-of-scope codes
    of the staff decision. An item counts once per category."""
    per_item: dict[int, set[str]] = {}
    for item_id, codes in _triage_codes(items).items():
        per_item.setdefault(item_id, set()).update(_category(c) for c in codes)
    for clue in Clue.objects.filter(items__in=items).prefetch_related("items").distinct():
        cats = {_category(c) for c in clue.allegations}
        for item in clue.items.all():
            per_item.setdefault(item.pk, set()).update(cats)
    for item_id, code in (
        ItemCase.objects.filter(item__in=items).exclude(oos_code="").values_list("item_id", "oos_code")
    ):
        per_item.setdefault(item_id, set()).add(_category(code))
    counter: Counter[str] = Counter()
    for cats in per_item.values():
        counter.update(cats)
    return counter.most_common(15)


def transfers_overdue_per_county(
    transfers: QuerySet[Transfer], today: dt.date | None = None
) -> list[tuple[str, int]]:
    rows = (
        transfers_overdue(transfers, today)
        .values("target__name", "target__order")
        .annotate(n=Count("id"))
        .order_by("target__order")
    )
    return _counts(rows, "target__name")


def concentration_per_person(round: Round, items: QuerySet[Item]) -> tuple[str, list[tuple[str, int]]]:
    """Distinct reporters per accused person where the matching area links items to
    people; otherwise items per accused name as written."""
    try:
        matching = importlib.import_module("xunshi.matching.selectors")
        links = apps.get_model("matching", "PersonLink")
    except (ImportError, LookupError):
        matching = None
    if matching is not None and hasattr(matching, "distinct_reporters"):
        per_person: dict[str, set[int]] = {}
        rows = links.objects.filter(item__in=items).values_list("person__name", "name", "item_id")
        for person_name, written, item_id in rows:
            per_person.setdefault(str(person_name or written), set()).add(int(item_id))
        figures = sorted(
            ((name, int(matching.distinct_reporters(ids))) for name, ids in per_person.items() if name),
            key=lambda p: (-p[1], p[0]),
        )
        if figures:
            return "按被反映人（不同反映人数）", figures[:15]
    rows2 = (
        items.exclude(accused_name="")
        .values("accused_name")
        .annotate(n=Count("id"))
        .order_by("-n", "accused_name")[:15]
    )
    return "按被反映人姓名（信访件数）", [(str(r["accused_name"]), int(r["n"])) for r in rows2]


# ---------------------------------------------------------------- answering several items

# How an item is answered "by its own channel", most fitting first.
CHANNEL_METHODS: dict[str, tuple[str, ...]] = {
    Channel.Kind.EMAIL: ("email", "portal", "letter", "phone"),
    Channel.Kind.WEB: ("portal", "email", "letter", "phone"),
    Channel.Kind.PO_BOX: ("letter", "portal", "email", "phone"),
    Channel.Kind.BOX: ("letter", "portal", "email", "phone"),
    Channel.Kind.SMS: ("sms", "phone", "portal", "letter"),
    Channel.Kind.PHONE: ("phone", "letter", "portal", "email"),
    Channel.Kind.VISIT: ("in_person", "phone", "letter", "portal"),
}


def preferred_method(item: Item, *, answered_by: str = "") -> ResponseMethod:
    """The method that answers this item through its own channel where the channel allows,
    else the next usable one; "仅登记" only when nothing else is possible."""
    allowed = {m.code: m for m in response_methods(item, answered_by=answered_by) if m.allowed}
    for code in (*CHANNEL_METHODS.get(item.channel_kind, ()), "record"):
        if code in allowed:
            return allowed[code]
    others = [m for code, m in allowed.items() if code != "receiver"]
    return others[0] if others else allowed["receiver"]


@dataclass(frozen=True)
class Sibling:
    item: Item
    why: str
    has_final: bool
    has_ack: bool


def answer_siblings(item: Item, visible: QuerySet[Item]) -> list[Sibling]:
    """Items answered together with `item`: the other members of its confirmed duplicate
    groups (并件) and the other source items of its clues. Only items in `visible` (what the
    user may see) are offered."""
    from xunshi.matching.models import ItemGroup, ItemGroupMember

    why: dict[int, list[str]] = {}
    groups = ItemGroup.objects.filter(
        kind=ItemGroup.Kind.DUPLICATE, state=ItemGroup.State.CONFIRMED, members__item=item
    )
    for group_id, item_id in ItemGroupMember.objects.filter(group__in=groups).values_list(
        "group_id", "item_id"
    ):
        why.setdefault(item_id, []).append(f"重复件组 G{group_id}")
    for number, item_id in Clue.items.through.objects.filter(clue__items=item).values_list(
        "clue__number", "item_id"
    ):
        why.setdefault(item_id, []).append(f"线索 {number}")
    why.pop(item.pk, None)
    if not why:
        return []
    final = Response.objects.filter(item=OuterRef("pk"), kind__in=FINAL_KINDS)
    ack = Response.objects.filter(item=OuterRef("pk"), kind=Response.Kind.ACKNOWLEDGE)
    rows = (
        visible.filter(pk__in=list(why))
        .annotate(has_final=Exists(final), has_ack=Exists(ack))
        .select_related("channel", "round")
        .order_by("seq")
    )
    return [Sibling(i, "、".join(dict.fromkeys(why[i.pk])), bool(i.has_final), bool(i.has_ack)) for i in rows]


# ---------------------------------------------------------------- clue from a group


def clue_prefill_from_group(group: Any) -> dict[str, Any]:
    """Initial values of the clue form for a matching group (并件组): its items, the
    accused person and the union of the staff-confirmed triage categories.

    The person is the one staff named most: the roster person of triage decisions, then
    confirmed person links, then any link to the roster; failing all, the name most often
    written. Categories come from the latest triage decision per item (staff-confirmed,
    not the engine's proposal), kept to the in-scope allegations a clue may carry."""
    from xunshi.matching.models import PersonLink

    items = list(Item.objects.filter(group_memberships__group=group).order_by("received_at", "id").distinct())
    ids = [i.pk for i in items]
    votes: Counter[int] = Counter()
    decision_model = _triage_model("TriageDecision")
    latest: dict[int, Any] = {}
    if decision_model is not None:
        for row in decision_model._default_manager.filter(item_id__in=ids).order_by(
            "item_id", "-decided_at", "-id"
        ):
            latest.setdefault(row.item_id, row)
    for row in latest.values():
        if row.person_id:
            votes[row.person_id] += 100  # a staff decision outweighs any link
    for person_id, confirmed in PersonLink.objects.filter(item_id__in=ids, person__isnull=False).values_list(
        "person_id", "confirmed_at"
    ):
        votes[person_id] += 10 if confirmed else 1
    person = None
    if votes:
        best = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0]
        person = RosterPerson.objects.filter(pk=best, round=group.round_id).first()
    names = Counter(i.accused_name.strip() for i in items if i.accused_name.strip())
    if not names:
        names.update(PersonLink.objects.filter(item_id__in=ids).values_list("name", flat=True))
    known = dict(taxonomy.allegations())
    codes: list[str] = []
    for item_id in ids:
        row = latest.get(item_id)
        codes += [c for c in _code_list(getattr(row, "codes", [])) if c in known]
    written = next((i for i in items if i.accused_name.strip()), None)
    return {
        "items": " ".join(i.number for i in items),
        "person": person.pk if person else None,
        "accused_name": "" if person else (names.most_common(1)[0][0] if names else ""),
        "accused_position": "" if person or written is None else written.accused_position,
        "accused_unit": "" if person or written is None else written.accused_unit,
        "allegations": list(dict.fromkeys(codes)),
        "target": (person.target_id if person else None)
        or next((i.target_id for i in items if i.target_id), None),
    }


def undelivered_responses(items: QuerySet[Item]) -> QuerySet[ResponseRecord]:
    """Answers recorded but not (yet) with the reporter: waiting in the mail queue, failed
    after the last retry, or waiting to be sent by hand."""
    D = ResponseRecord.Delivery
    return (
        ResponseRecord.objects.filter(
            response__item__in=items, delivery__in=(D.QUEUED, D.SENDING, D.FAILED, D.MANUAL)
        )
        .select_related("response__item")
        .order_by("response__created_at", "id")
    )


# ---------------------------------------------------------------- reporters' word (回访、异议)


def answer_delivered_at(response: Response) -> dt.datetime | None:
    """When the answer reached the reporter; None while it is queued, failed or waits to be
    sent by hand (nothing has reached them yet)."""
    record: ResponseRecord | None = getattr(response, "record", None)
    if record is None:
        return response.created_at
    if record.outstanding:
        return None
    return record.sent_at or response.created_at


def feedback_target(item: Item) -> Response | None:
    """The answer a reporter may give their word on: the latest delivered final answer."""
    finals = Response.objects.filter(item=item, kind__in=FINAL_KINDS).select_related("record")
    for response in finals.order_by("-created_at", "-id"):
        if answer_delivered_at(response) is not None:
            return response
    return None


def feedback_deadline(item: Item, response: Response) -> dt.date | None:
    delivered = answer_delivered_at(response)
    if delivered is None:
        return None
    return timezone.localtime(delivered).date() + dt.timedelta(days=item.round.objection_window_days)


def feedback_window_over(item: Item, deadline: dt.date | None) -> str:
    if deadline is None:
        return "答复尚未送达"
    return (
        f"对答复的评价和异议须在答复后 {item.round.objection_window_days} 日内提出"
        f"（至 {deadline:%Y年%m月%d日}），现已超过期限。"
        "如有新的问题或证据，可向当地纪委监委或信访部门反映。"
    )


# A 复查 and a 复核: after the second re-check no new objection on the same facts.
MAX_OBJECTIONS = 2


def open_objections(items: QuerySet[Item]) -> QuerySet[ReporterFeedback]:
    """Objections still owed a new recorded answer (异议待处理)."""
    return (
        ReporterFeedback.objects.filter(
            item__in=items, satisfaction=Satisfaction.UNSATISFIED, answer__isnull=True
        )
        .select_related("item", "item__target", "response")
        .order_by("received_at", "id")
    )


def satisfaction_counts(items: QuerySet[Item]) -> list[tuple[str, int]]:
    """Per item with a delivered final answer: the reporter's latest word, or no reply.

    Counted from the words' side: a word is only ever given on a delivered final answer, so
    the items with a word are a subset of the answered ones, and "no reply" is the rest.
    (Annotating every answered item with its latest word cost ~5x the unanswered count at
    200,000 items.)"""
    D = ResponseRecord.Delivery
    delivered = Response.objects.filter(item=OuterRef("pk"), kind__in=FINAL_KINDS).exclude(
        record__delivery__in=(D.QUEUED, D.SENDING, D.FAILED, D.MANUAL)
    )
    answered = items.filter(Exists(delivered)).count()
    later = ReporterFeedback.objects.filter(item=OuterRef("item")).filter(
        Q(received_at__gt=OuterRef("received_at"))
        | Q(received_at=OuterRef("received_at"), pk__gt=OuterRef("pk"))
    )
    rows = (
        ReporterFeedback.objects.filter(item__in=items)
        .filter(~Exists(later))
        .values("satisfaction")
        .annotate(n=Count("id"))
        .order_by()
    )
    found = {r["satisfaction"]: int(r["n"]) for r in rows}
    return [(label, found.get(code, 0)) for code, label in Satisfaction.choices] + [
        ("未评价", answered - sum(found.values()))
    ]


@dataclass(frozen=True)
class FeedbackState:
    """What the status page says about the reporter's word on the answers."""

    target: Response | None  # the answer a word may be given on now
    deadline: dt.date | None
    may_give: bool
    closed_reason: str  # why no word can be given on the target (window over, round ended)
    given: list[ReporterFeedback]


def feedback_state(item: Item, today: dt.date | None = None) -> FeedbackState:
    day = today or timezone.localdate()
    given = list(ReporterFeedback.objects.filter(item=item).select_related("answer"))
    target = feedback_target(item)
    if target is None:
        return FeedbackState(None, None, False, "", given)
    deadline = feedback_deadline(item, target)
    reason = ""
    if any(f.response_id == target.pk for f in given):
        reason = "given"
    elif item.round.stage == Round.Stage.CLOSED:
        reason = f"{item.round.group_name}已结束本轮巡视。如对答复有异议，请向当地纪委监委或信访部门反映。"
    elif deadline is None or day > deadline:
        reason = feedback_window_over(item, deadline)
    return FeedbackState(target, deadline, not reason, "" if reason == "given" else reason, given)
