"""Chinese working days: statutory holidays and 调休 make-up working days.

The dates come from the maintained `chinesecalendar` package, which follows the State
Council's yearly notices. For a year the package does not know yet we fall back to
"Monday to Friday, plus New Year's Day off" and say so, instead of failing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import chinese_calendar

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class DayKind:
    workday: bool
    holiday_name: str | None  # e.g. "National Day"; None on ordinary days
    makeup_workday: bool  # 调休: a weekend day that is worked
    estimated: bool  # the year is beyond the calendar data


def day_kind(day: dt.date) -> DayKind:
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        weekend = day.weekday() >= 5
        new_year = day.month == 1 and day.day == 1
        return DayKind(not (weekend or new_year), "New Year's Day" if new_year else None, False, True)
    weekend = day.weekday() >= 5
    workday = not on_holiday
    return DayKind(
        workday=workday,
        holiday_name=name if on_holiday and name else None,
        makeup_workday=workday and weekend,
        estimated=False,
    )


def is_workday(day: dt.date) -> bool:
    return day_kind(day).workday


def add_workdays(start: dt.date, days: int) -> dt.date:
    """The date `days` working days after `start` (start itself is not counted)."""
    current = start
    remaining = days
    while remaining > 0:
        current += dt.timedelta(days=1)
        if is_workday(current):
            remaining -= 1
    return current


def workdays_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (0 if end <= start)."""
    count = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        if is_workday(current):
            count += 1
    return count


@dataclass(frozen=True)
class WorkingHours:
    """Hours a channel is staffed, in Asia/Shanghai local time, on working days only."""

    periods: tuple[tuple[dt.time, dt.time], ...]

    @classmethod
    def parse(cls, text: str) -> WorkingHours:
        """Parse "08:00-12:00,14:30-17:30"."""
        periods = []
        for chunk in text.replace("，", ",").split(","):
            chunk = chunk.strip()
            if not chunk:
                continue
            start_s, _, end_s = chunk.partition("-")
            start = dt.time.fromisoformat(start_s.strip().zfill(5))
            end = dt.time.fromisoformat(end_s.strip().zfill(5))
            if end <= start:
                raise ValueError(f"period ends before it starts: {chunk!r}")
            periods.append((start, end))
        if not periods:
            raise ValueError("no working-hour period given")
        return cls(tuple(periods))

    def __str__(self) -> str:
        return ",".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in self.periods)

    def is_open(self, moment: dt.datetime) -> bool:
        if moment.tzinfo is None:
            raise ValueError("naive datetime")
        local = moment.astimezone(SHANGHAI)
        if not is_workday(local.date()):
            return False
        now = local.time()
        return any(start <= now < end for start, end in self.periods)
