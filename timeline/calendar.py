"""Calendar intervals and their TIMEX3 values: the arithmetic behind every dated answer.

Every interval is [start, end) on naive local wall time. Functions here never raise for
dates near year 1 or 9999: they return `None` when an interval would leave the calendar.
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, datetime, timedelta

from timeline.model import Granularity, TimeValue, TimexType

SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Astronomical seasons (approximate equinox and solstice days), as the Duckling corpus uses.
_SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 23), "WI": (12, 21)}
_SEASON_END = {"SP": (6, 21), "SU": (9, 23), "FA": (12, 21), "WI": (3, 20)}


def midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def add_months(day: date, months: int) -> date | None:
    """Shift by whole months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_days(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _dated(
    value: str, start: date | datetime | None, end: date | datetime | None, grain: Granularity
) -> TimeValue | None:
    if start is None or end is None:
        return None
    if not isinstance(start, datetime):
        start = midnight(start)
    if not isinstance(end, datetime):
        end = midnight(end)
    kind: TimexType = "TIME" if grain in ("hour", "minute", "second") or "T" in value else "DATE"
    return TimeValue(type=kind, value=value, start=start, end=end, granularity=grain)


def day_value(day: date | None) -> TimeValue | None:
    if day is None:
        return None
    return _dated(day.isoformat(), day, add_days(day, 1), "day")


def week_value(day: date | None) -> TimeValue | None:
    """The ISO week (Monday to Sunday) that holds `day`."""
    if day is None:
        return None
    monday = add_days(day, -day.weekday())
    if monday is None:
        return None
    iso_year, iso_week, _ = monday.isocalendar()
    return _dated(f"{iso_year:04d}-W{iso_week:02d}", monday, add_days(monday, 7), "week")


def weekend_value(day: date | None) -> TimeValue | None:
    if day is None:
        return None
    saturday = add_days(day, 5 - day.weekday())
    if saturday is None:
        return None
    iso_year, iso_week, _ = saturday.isocalendar()
    return _dated(f"{iso_year:04d}-W{iso_week:02d}-WE", saturday, add_days(saturday, 2), "day")


def month_value(year: int, month: int) -> TimeValue | None:
    if not 1 <= year <= 9999:
        return None
    start = date(year, month, 1)
    return _dated(f"{year:04d}-{month:02d}", start, add_months(start, 1), "month")


def quarter_value(year: int, quarter: int) -> TimeValue | None:
    if not 1 <= year <= 9999 or not 1 <= quarter <= 4:
        return None
    start = date(year, 3 * quarter - 2, 1)
    return _dated(f"{year:04d}-Q{quarter}", start, add_months(start, 3), "quarter")


def half_value(year: int, half: int) -> TimeValue | None:
    if not 1 <= year <= 9999 or half not in (1, 2):
        return None
    start = date(year, 6 * half - 5, 1)
    return _dated(f"{year:04d}-H{half}", start, add_months(start, 6), "month")


def season_value(year: int, code: str) -> TimeValue | None:
    """A season of `year`; winter runs from December of `year` into the next year."""
    end_year = year + 1 if code == "WI" else year
    if not 1 <= year <= 9999 or not 1 <= end_year <= 9999:
        return None
    start = date(year, *_SEASON_START[code])
    end = date(end_year, *_SEASON_END[code])
    return _dated(f"{year:04d}-{code}", start, end, "season")


def year_value(year: int) -> TimeValue | None:
    if not 1 <= year <= 9998:
        return None
    return _dated(f"{year:04d}", date(year, 1, 1), date(year + 1, 1, 1), "year")


def decade_value(first_year: int) -> TimeValue | None:
    first_year -= first_year % 10
    if not 1 <= first_year or first_year + 10 > 9999:
        return None
    value = f"{first_year // 10:03d}"  # TimeML writes a decade by its first three digits
    return _dated(value, date(first_year, 1, 1), date(first_year + 10, 1, 1), "decade")


def century_value(first_year: int) -> TimeValue | None:
    """The century starting at `first_year` (1900 for "the 20th century"); TIMEX3 value "19"."""
    first_year -= first_year % 100
    if first_year + 100 > 9999:
        return None
    start = date(max(first_year, 1), 1, 1)
    return _dated(f"{first_year // 100:02d}", start, date(first_year + 100, 1, 1), "century")


def time_value(moment: datetime | None, grain: Granularity) -> TimeValue | None:
    """A clock time; its interval is one unit of its grain."""
    if moment is None:
        return None
    step = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1)}.get(
        grain, timedelta(seconds=1)
    )
    try:
        end = moment + step
    except OverflowError:
        return None
    # isoformat, not strftime: strftime writes the year 1 as "1", not "0001".
    if grain == "second":
        text = moment.isoformat()
    else:
        text = moment.replace(tzinfo=None).isoformat(timespec="minutes")
    return TimeValue(type="TIME", value=text, start=moment, end=end, granularity=grain)


# Parts of a day: TIMEX3 code and [start hour, end hour) (24 means the next midnight).
DAY_PARTS = {
    "morning": ("MO", 0, 12),
    "afternoon": ("AF", 12, 19),
    "evening": ("EV", 18, 24),
    "night": ("NI", 18, 24),
    "tonight": ("NI", 18, 24),
    "midday": ("MI", 11, 14),
    "noon": ("MI", 12, 13),
    "lunch": ("MI", 12, 14),
}


def day_part_value(day: date | None, part: str) -> TimeValue | None:
    if day is None or part not in DAY_PARTS:
        return None
    code, first, last = DAY_PARTS[part]
    start = midnight(day) + timedelta(hours=first)
    try:
        end = midnight(day) + timedelta(hours=last)
    except OverflowError:
        return None
    return TimeValue(
        type="TIME", value=f"{day.isoformat()}T{code}", start=start, end=end, granularity="hour"
    )


def grain_interval(day: date, grain: Granularity) -> TimeValue | None:
    """The calendar unit of size `grain` that holds `day`."""
    if grain == "day":
        return day_value(day)
    if grain == "week":
        return week_value(day)
    if grain == "month":
        return month_value(day.year, day.month)
    if grain == "quarter":
        return quarter_value(day.year, (day.month - 1) // 3 + 1)
    if grain == "year":
        return year_value(day.year)
    if grain == "decade":
        return decade_value(day.year)
    if grain == "century":
        return century_value(day.year)
    return None


def shift(day: date, grain: Granularity, amount: int) -> date | None:
    """Move `day` by `amount` units of `grain` (negative goes back)."""
    if grain == "day":
        return add_days(day, amount)
    if grain == "week":
        return add_days(day, 7 * amount)
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120, "century": 1200}
    if grain in months:
        return add_months(day, months[grain] * amount)
    return None


def season_of(day: date) -> tuple[int, str]:
    """The season holding `day`, named by the year it starts in (winter 2012 ends in 2013)."""
    for code in ("WI", "FA", "SU", "SP"):
        start = date(day.year, *_SEASON_START[code])
        if day >= start:
            return day.year, code
    return day.year - 1, "WI"


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_step(day: date, step: int) -> TimeValue | None:
    """The season `step` seasons away from the one holding `day`."""
    year, code = season_of(day)
    index = year * 4 + _SEASON_ORDER.index(code) + step
    return season_value(index // 4, _SEASON_ORDER[index % 4])


# Where "the beginning/middle/end of" a unit falls, as Duckling's corpus draws them:
# (grain of the whole, part) -> (offset of the start, offset of the end) in days or months.
_PART_BOUNDS: dict[tuple[str, str], tuple[int, int]] = {
    ("week", "beginning"): (0, 3), ("week", "middle"): (2, 5), ("week", "end"): (4, 7),
    ("month", "beginning"): (0, 10), ("month", "middle"): (10, 20), ("month", "end"): (20, 31),
    ("year", "beginning"): (0, 3), ("year", "middle"): (3, 8), ("year", "end"): (8, 12),
}  # fmt: skip
_PART_NAMES = {"start": "beginning", "close": "end", "beginning": "beginning", "end": "end",
               "middle": "middle"}  # fmt: skip


def part_of(whole: TimeValue, part: str) -> TimeValue | None:
    """The beginning, middle or end of a week, month or year; the value stays the whole's."""
    grain = whole.granularity or ""
    bounds = _PART_BOUNDS.get((grain, _PART_NAMES.get(part, part)))
    if bounds is None or whole.start is None or whole.end is None:
        return whole
    first, last = bounds
    if grain == "year":
        start = add_months(whole.start.date(), first)
        end = add_months(whole.start.date(), last)
        fine: Granularity = "month"
    else:
        start = add_days(whole.start.date(), first)
        end = min(add_days(whole.start.date(), last) or whole.end.date(), whole.end.date())
        fine = "day"
    if start is None or end is None:
        return None
    return TimeValue(
        type="DATE", value=whole.value, start=midnight(start), end=midnight(end), granularity=fine
    )
