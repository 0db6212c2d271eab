import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from xunshi.core.workcalendar import WorkingHours, add_workdays, day_kind, is_workday, workdays_between

SH = ZoneInfo("Asia/Shanghai")


def test_national_day_is_a_holiday_and_the_makeup_saturday_a_workday() -> None:
    # 2015: 1–7 October off; Saturday 10 October worked (调休).
    assert not is_workday(dt.date(2015, 10, 5))
    saturday = day_kind(dt.date(2015, 10, 10))
    assert saturday.workday and saturday.makeup_workday


def test_the_2015_victory_day_holiday_is_known() -> None:
    # 3 September 2015 (抗战胜利70周年纪念日) was a one-off holiday inside the seed round.
    assert not is_workday(dt.date(2015, 9, 3))
    assert is_workday(dt.date(2015, 9, 6))  # the Sunday worked in exchange


def test_adding_working_days_skips_the_national_day_week() -> None:
    assert add_workdays(dt.date(2015, 9, 30), 1) == dt.date(2015, 10, 8)
    assert workdays_between(dt.date(2015, 9, 30), dt.date(2015, 10, 8)) == 1


def test_years_beyond_the_calendar_fall_back_to_weekdays_and_say_so() -> None:
    kind = day_kind(dt.date(2031, 3, 4))
    assert kind.estimated and kind.workday
    assert not day_kind(dt.date(2031, 3, 8)).workday


def test_duty_phone_hours_follow_working_days() -> None:
    hours = WorkingHours.parse("08:00-12:00, 14:30-17:30")
    assert hours.is_open(dt.datetime(2015, 8, 4, 9, 0, tzinfo=SH))
    assert not hours.is_open(dt.datetime(2015, 8, 4, 13, 0, tzinfo=SH))  # lunch break
    assert not hours.is_open(dt.datetime(2015, 8, 8, 9, 0, tzinfo=SH))  # Saturday
    assert not hours.is_open(dt.datetime(2015, 10, 2, 9, 0, tzinfo=SH))  # National Day
    assert hours.is_open(dt.datetime(2015, 10, 10, 9, 0, tzinfo=SH))  # make-up Saturday
    # stored in UTC, judged in Shanghai time: 01:30 UTC is 09:30 in Shanghai
    assert hours.is_open(dt.datetime(2015, 8, 4, 1, 30, tzinfo=dt.UTC))


@pytest.mark.parametrize("bad", ["", "18:00-08:00", "noon"])
def test_malformed_hours_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        WorkingHours.parse(bad)
