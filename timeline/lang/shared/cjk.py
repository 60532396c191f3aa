"""The compositions Chinese and Japanese share: both put the larger unit first and join two
expressions with nothing or with a particle (明天 + 下午5点, 明日 + の + 朝8時), and a stretch
joins its ends with a word or a dash. Each builder takes the language's joint pattern and its
examples and returns the record; the produce functions are the same for both languages.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Example, Groups
from timeline.meaning import (
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Holiday,
    Interval,
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    NumericDate,
    Offset,
    PartOfDay,
    Shifted,
    Weekday,
    Within,
    Year,
)

Examples = tuple[Example, ...]

# Meanings that name one day, which a clock time or a part of the day can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayShift, Weekday, DayOfMonth, Within, Holiday, Cycle, Offset, NthOf,
)  # fmt: skip
# An optional blank between two expressions, the ideographic space among them.
GAP = r"[ \t\u3000]?"


def holds_a_time(day: Meaning) -> bool:
    """Whether a meaning is a day with a time or a part of the day already in it."""
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval, PartOfDay))


def _a_day(meaning: Meaning) -> bool:
    """Whether a meaning names one day (Cycle and Offset only when they count days)."""
    if isinstance(meaning, (Cycle, Offset)):
        return meaning.unit == "day"
    if isinstance(meaning, Within):
        return not holds_a_time(meaning) and isinstance(meaning.inner, (Weekday, DayOfMonth, Date))
    return not isinstance(meaning, NthOf) or meaning.item == "day"


def _day_then_time(day: Meaning, joint: Groups, time: Meaning) -> Meaning | None:
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay) and isinstance(time, Clock):
        return Within(time, day)  # the evening's clock time: 今夜 + 六時 is 18:00
    if not _a_day(day):
        return None
    if isinstance(time, Interval) and not isinstance(time.end, Clock):
        return None
    return Within(time, day)


def day_at_time(joint: str, examples: Examples) -> Composition:
    """A day, then a clock time or a part of the day in it: 明天下午5:00, 明日の朝8時."""
    return Composition(
        name="day_at_time",
        left=DAYS,
        joint=joint,
        right=(Clock, Interval, PartOfDay),
        produce=_day_then_time,
        examples=examples,
    )


def _after_first(first: Clock, second: Clock) -> Clock:
    """The second of two clock times with the first one's half of the day when that keeps it
    later and it said none (午後5時から6時: 6 p.m.)."""
    if first.meridiem is None or second.meridiem is not None or second.hour > 12:
        return second
    shared = replace(second, meridiem=first.meridiem, twelve_hour=False)
    later = shared.hour24 * 60 + shared.minute > first.hour24 * 60 + first.minute
    return shared if later else second


def _clock_range(left: Meaning, joint: Groups, right: Meaning) -> Meaning | None:
    if not isinstance(right, Clock):
        return None
    if isinstance(left, Clock):
        return Interval(left, _after_first(left, right))
    if isinstance(left, Within) and isinstance(left.inner, Clock):
        return Within(Interval(left.inner, _after_first(left.inner, right)), left.outer)
    return None


def clock_to_clock(joint: str, examples: Examples) -> Composition:
    """A stretch of clock times, the second in the first one's half of the day."""
    return Composition(
        name="clock_to_clock",
        left=(Clock, Within),
        joint=joint,
        right=(Clock,),
        produce=_clock_range,
        examples=examples,
    )


def _date_range(left: Meaning, joint: Groups, right: Meaning) -> Meaning | None:
    if holds_a_time(left) or holds_a_time(right):
        return None
    if isinstance(left, Date) and isinstance(right, DayOfMonth):  # 一月十日到十二日
        return Interval(left, Date(left.month, right.day, left.year))
    return Interval(left, _after_start(left, _in_year_of(left, right)))


def _date_range_in_period(left: Meaning, joint: Groups, right: Meaning) -> Meaning | None:
    """A stretch whose second end is a day of the first one's period (来月の4日から23日まで)."""
    if isinstance(left, Within) and isinstance(right, DayOfMonth) and not holds_a_time(left):
        return Interval(left, Within(right, left.outer))
    return _date_range(left, joint, right)


def _after_start(first: Meaning, second: Meaning) -> Meaning:
    """The second end of a stretch of weekdays or months counted from the first, so that it
    comes after it once each end is read on its own: Monday to Friday, November to March."""
    if isinstance(first, Weekday) and isinstance(second, Weekday):
        if first.rel is None and second.rel is None:
            return Shifted((second.weekday - first.weekday) % 7 or 7, "day", 1, first)
    if isinstance(first, MonthName) and isinstance(second, MonthName):
        if (first.year, first.rel, second.year, second.rel) == (None, None, None, None):
            return Shifted((second.month - first.month) % 12 or 12, "month", 1, first)
    return second


def _in_year_of(first: Meaning, second: Meaning) -> Meaning:
    """The second end of a stretch in the first one's year when it names none (2020年1月至3月),
    or in the next year when it would come first (2020年11月至2月)."""
    if not isinstance(first, (Date, MonthName)) or first.year is None:
        return second
    if not isinstance(second, (Date, MonthName)) or second.year is not None:
        return second
    later = (second.month, getattr(second, "day", 1)) >= (first.month, getattr(first, "day", 1))
    return replace(second, year=first.year if later else first.year + 1)


def date_to_date(
    joint: str,
    ends: tuple[type[Meaning], ...],
    examples: Examples,
    *,
    day_in_period: bool = False,
) -> Composition:
    """A stretch between two of `ends`, the second counted after the first; with
    `day_in_period`, a bare day after a day of a period is in that period."""
    return Composition(
        name="date_to_date",
        left=ends,
        joint=joint,
        right=ends,
        produce=_date_range_in_period if day_in_period else _date_range,
        examples=examples,
    )


def _nth_of(whole: Meaning, joint: Groups, item: Meaning) -> Meaning | None:
    if not isinstance(item, NthItem):
        return None
    return NthOf(item.nth, item.item, whole)


def nth_of(joint: str, examples: Examples) -> Composition:
    """A period, then the nth item of it: 2021年的第三个月, 2015年の最初の週."""
    return Composition(
        name="nth_of",
        left=(Year, Cycle, MonthName),
        joint=joint,
        right=(NthItem,),
        produce=_nth_of,
        examples=examples,
    )
