"""Fixed rules of case work: clocks, transfer state flow, vetted public phrasings and the
check on free text that goes to a reporter."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xunshi.casework import taxonomy
from xunshi.casework.models import TransferStatus
from xunshi.core.env import env_int

# 检举控告规则: acceptance notice and result feedback to a 实名 reporter, 15 working days each.
ACK_WORKDAYS = 15
RESULT_WORKDAYS = 15


def transfer_due_workdays() -> int:
    """Default time a department has for a transfer (the slip may set another)."""
    return env_int("XUNSHI_TRANSFER_DUE_WORKDAYS", 15)


def transfer_escalate_workdays() -> int:
    """Working days after the due date before an overdue transfer joins the escalation list."""
    return env_int("XUNSHI_TRANSFER_ESCALATE_WORKDAYS", 5)


TRANSFER_FLOW: dict[str, frozenset[str]] = {
    TransferStatus.PENDING: frozenset({TransferStatus.SIGNED}),
    TransferStatus.SIGNED: frozenset({TransferStatus.IN_PROGRESS, TransferStatus.REPORTED}),
    TransferStatus.IN_PROGRESS: frozenset({TransferStatus.REPORTED}),
    TransferStatus.REPORTED: frozenset({TransferStatus.APPROVED, TransferStatus.RETURNED}),
    TransferStatus.RETURNED: frozenset({TransferStatus.IN_PROGRESS, TransferStatus.REPORTED}),
    TransferStatus.APPROVED: frozenset(),
}

# Dispositions that end the group's work on an item at once (nothing is sent anywhere).
CONCLUDING_DISPOSITIONS = frozenset({"DSP.REFER", "DSP.ARCHIVE", "DSP.MERGE"})
CLUE_DISPOSITIONS = frozenset({"DSP.DEEP", "DSP.XFER_JW", "DSP.XFER_ORG", "DSP.ARCHIVE"})
HANDOVER_DISPOSITION = {"discipline": "DSP.XFER_JW", "organisation": "DSP.XFER_ORG"}
# Receiver reports that end the matter for the reporter's result notice.
CONCLUDING_RECEIVER_STATUS = frozenset({"RS.CLOSE", "RS.CASE", "RS.ORG_ACTION"})

# The vetted public phrasings: what a reporter may be told without investigative detail.
PHRASES: dict[str, str] = {
    "received": "您反映的问题已收到，我们将按规定办理。",
    "accepted": "您反映的问题已受理，将按有关规定认真办理。",
    "handled": "您反映的问题已按有关规定处理。",
    "handed_over": "您反映的问题已按规定转交有关地方和部门办理。",
    "receiver_answered": "您反映的问题已转交有关部门办理，承办单位已按规定作出答复。",
    "out_of_scope": "您反映的问题不属于巡视受理范围，已按规定转交有关地方和部门处理。",
    "legal_channel": (
        "您反映的问题属于应当通过诉讼、仲裁、行政复议等法定途径解决的事项，请依法向有关机关提出。"
    ),
    "late": "本次巡视受理期已结束，请向当地纪检监察机关或信访部门反映。",
    "filed": "您反映的问题已登记留存，供有关工作参考。",
}

# Words that would tell a reporter (or the accused) how a clue is being handled.
_INVESTIGATIVE = [label for _code, label in taxonomy.receiver_statuses()] + [
    "立案",
    "留置",
    "审查调查",
    "线索",
    "移交纪检监察机关",
    "移交组织部门",
    "重点了解",
]


@dataclass(frozen=True)
class TextProblem:
    message: str


def public_text_problems(text: str, *, names: set[str], number_prefix: str) -> list[str]:
    """Why `text` may not go to a reporter: names of accused persons, clue or slip numbers,
    words about how a clue is handled. Empty when it is fit to send."""
    problems: list[str] = []
    for name in sorted(n for n in names if len(n) >= 2):
        if name in text:
            problems.append(f"含被反映人姓名“{name}”")
    if re.search(rf"{re.escape(number_prefix)}-(XS|ZB|YJ)-\d+", text) or re.search(
        r"\b[A-Z0-9]+-XS-\d+", text
    ):
        problems.append("含线索或转办单编号")
    for word in _INVESTIGATIVE:
        if word and word in text:
            problems.append(f"含办理细节“{word}”")
            break
    return problems


def mail_attempts() -> int:
    """How often the queue tries to send one answer e-mail before it is marked failed
    (the queue's retries plus the first attempt)."""
    return env_int("XUNSHI_QUEUE_RETRIES", 5) + 1
