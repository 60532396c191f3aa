"""Chinese compositions: two neighbouring expressions that make one, by the words between.

Chinese puts the larger unit first and joins with nothing or with 的: 明天 + 下午5点, 本月 +
十日, 2021年 + 的 + 第三个月; a stretch joins its ends with 到, 至 or a dash.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.meaning import (
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Half,
    Holiday,
    Interval,
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    Quarter,
    Season,
    Shifted,
    Weekday,
    Within,
    Year,
)

# Meanings that name one day, which a clock time or a part of the day can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayShift, Weekday, DayOfMonth, Within, Holiday, Cycle, Offset, NthOf,
)  # fmt: skip
# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayOfMonth, MonthName, Year, Weekday, DayShift, Within, Holiday, PartOf,
)  # fmt: skip
_GAP = r"[ \t\u3000]?"
_TO = _GAP + r"(?:到|至|-|－|~|～|—|–)" + _GAP


def _holds_a_time(day: Meaning) -> bool:
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval, PartOfDay))


def _a_day(meaning: Meaning) -> bool:
    """Whether a meaning names one day (Cycle and Offset only when they count days)."""
    if isinstance(meaning, (Cycle, Offset)):
        return meaning.unit == "day"
    if isinstance(meaning, Within):
        return not _holds_a_time(meaning) and isinstance(meaning.inner, (Weekday, DayOfMonth, Date))
    return not isinstance(meaning, NthOf) or meaning.item == "day"


def _day_then_time(day: Meaning, joint: Groups, time: Meaning) -> Meaning | None:
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay) and isinstance(time, Clock):
        return Within(time, day)  # the evening's clock time: 今夜 + 六時 is 18:00
    if not _a_day(day):
        return None
    if isinstance(time, Interval) and not isinstance(time.end, Clock):
        return None
    return Within(time, day)


DAY_AT_TIME = Composition(
    name="day_at_time",
    left=DAYS,
    joint=r"(?:的|，|,)?" + _GAP,
    right=(Clock, Interval, PartOfDay),
    produce=_day_then_time,
    examples=(
        ex("明天下午5:00", "2022-03-15T17:00"),
        ex("明天下午", "2022-03-15TAF"),
        ex("今天晚上八点", "2022-03-14T20:00"),
        ex("2010.01.29晚上六点", "2010-01-29T18:00"),
        ex("周一上午10点", "2022-03-14T10:00"),
        ex("今晚八点", "2022-03-14T20:00"),
    ),
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


CLOCK_RANGE = Composition(
    name="clock_to_clock",
    left=(Clock, Within),
    joint=_TO,
    right=(Clock,),
    produce=_clock_range,
    examples=(
        ex(
            "下午五点一刻到六点",
            "2022-03-14T17:15",
            end="2022-03-14T18:00:00",
            text="从下午五点一刻到六点都有空。",
        ),
        ex("昨天5:00-6:00", "2022-03-13T05:00", text="从昨天5:00-6:00在开会。"),
    ),
)


def _date_range(left: Meaning, joint: Groups, right: Meaning) -> Meaning | None:
    if _holds_a_time(left) or _holds_a_time(right):
        return None
    if isinstance(left, Date) and isinstance(right, DayOfMonth):  # 一月十日到十二日
        return Interval(left, Date(left.month, right.day, left.year))
    return Interval(left, _after_start(left, _in_year_of(left, right)))


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


DATE_RANGE = Composition(
    name="date_to_date",
    left=ENDS,
    joint=_TO,
    right=ENDS,
    produce=_date_range,
    examples=(
        ex(
            "2016年一月十日到十二日",
            "2016-01-10",
            end="2016-01-13T00:00:00",
            text="时间从2016年一月十日到十二日",
        ),
        ex("5月-10月", "2022-05", end="2022-11-01T00:00:00", text="可以给我5月-10月的数据吗?"),
        ex("8月至2月", "2022-08", end="2023-03-01T00:00:00", text="可以给我8月至2月的数据吗?"),
        ex("周一到周五", "2022-03-14", end="2022-03-19T00:00:00", text="周一到周五营业。"),
        ex("2020年1月至3月", "2020-01", end="2020-04-01T00:00:00", text="2020年1月至3月销量上升。"),
    ),
)


def _date_weekday(date: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if not isinstance(date, Date) or not isinstance(day, Weekday) or date.weekday is not None:
        return None
    return replace(date, weekday=day.weekday)


DATE_WEEKDAY = Composition(
    name="date_weekday",
    left=(Date,),
    joint=r"[，,、（(]?" + _GAP,
    right=(Weekday,),
    produce=_date_weekday,
    examples=(ex("10月12号，星期一", "2020-10-12", reference="2021-03-14"),),
)


def _in_period(period: Meaning, joint: Groups, inner: Meaning) -> Meaning | None:
    """A time inside a larger one: 本月 + 十日, 明年 + 3月, 2015年 + 夏天."""
    if isinstance(period, Cycle) and period.unit not in ("year", "month", "week"):
        return None
    if isinstance(period, Cycle) and period.unit != "year" and isinstance(inner, MonthName):
        return None
    if isinstance(inner, (MonthName, Date, Season)) and getattr(inner, "year", None) is not None:
        return None
    if isinstance(inner, Quarter):
        if inner.year is not None or isinstance(period, Cycle) and period.unit != "year":
            return None
        return (
            replace(inner, year=period.year) if isinstance(period, Year) else Within(inner, period)
        )
    if isinstance(period, Year) and isinstance(inner, (MonthName, Date, Season)):
        return replace(inner, year=period.year)
    return Within(inner, period)


IN_PERIOD = Composition(
    name="in_period",
    left=(Year, Cycle),
    joint=r"的?",
    right=(MonthName, Date, DayOfMonth, Season, Quarter),
    produce=_in_period,
    examples=(
        ex("本月十日", "2022-03-10"),
        ex("明年3月", "2023-03"),
        ex("2015年夏天", "2015-SU"),
        ex("今年的8月", "2022-08"),
        ex("今年第二季度", "2022-Q2"),
        ex("2019年第一季度", "2019-Q1"),
    ),
)


def _year_half(year: Meaning, joint: Groups, half: Meaning) -> Meaning | None:
    if not isinstance(half, Half):
        return None
    if isinstance(year, Year):
        return replace(half, year=year.year)
    if isinstance(year, Cycle) and year.unit == "year" and not year.rel.narrative:
        return replace(half, step=year.rel.step)
    return None


YEAR_HALF = Composition(
    name="year_half",
    left=(Year, Cycle),
    joint=r"的?",
    right=(Half,),
    produce=_year_half,
    examples=(ex("去年上半年", "2021-H1"), ex("二零一七年下半年", "2017-H2")),
)


def _nth_of(whole: Meaning, joint: Groups, item: Meaning) -> Meaning | None:
    if not isinstance(item, NthItem):
        return None
    return NthOf(item.nth, item.item, whole)


NTH_OF = Composition(
    name="nth_of",
    left=(Year, Cycle, MonthName),
    joint=r"的?",
    right=(NthItem,),
    produce=_nth_of,
    examples=(ex("2021年的第三个月", "2021-03"), ex("2018年的第3周", "2018-W03")),
)

COMPOSITIONS: tuple[Composition, ...] = (
    DAY_AT_TIME,
    CLOCK_RANGE,
    DATE_RANGE,
    DATE_WEEKDAY,
    IN_PERIOD,
    YEAR_HALF,
    NTH_OF,
)
