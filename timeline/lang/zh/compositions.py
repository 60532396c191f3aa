"""Chinese compositions: two neighbouring expressions that make one, by the words between.

Chinese puts the larger unit first and joins with nothing or with 的: 明天 + 下午5点, 本月 +
十日, 2021年 + 的 + 第三个月; a stretch joins its ends with 到, 至 or a dash.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.lang.shared import cjk
from timeline.lang.shared.cjk import GAP as _GAP
from timeline.meaning import (
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Half,
    Holiday,
    Meaning,
    MonthName,
    NumericDate,
    PartOf,
    Quarter,
    Season,
    Weekday,
    Within,
    Year,
)

# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayOfMonth, MonthName, Year, Weekday, DayShift, Within, Holiday, PartOf,
)  # fmt: skip
_TO = _GAP + r"(?:到|至|-|－|~|～|—|–)" + _GAP


DAY_AT_TIME = cjk.day_at_time(
    r"(?:的|，|,)?" + _GAP,
    (
        ex("明天下午5:00", "2022-03-15T17:00"),
        ex("明天下午", "2022-03-15TAF"),
        ex("今天晚上八点", "2022-03-14T20:00"),
        ex("2010.01.29晚上六点", "2010-01-29T18:00"),
        ex("周一上午10点", "2022-03-14T10:00"),
        ex("今晚八点", "2022-03-14T20:00"),
    ),
)


CLOCK_RANGE = cjk.clock_to_clock(
    _TO,
    (
        ex(
            "下午五点一刻到六点",
            "2022-03-14T17:15",
            end="2022-03-14T18:00:00",
            text="从下午五点一刻到六点都有空。",
        ),
        ex("昨天5:00-6:00", "2022-03-13T05:00", text="从昨天5:00-6:00在开会。"),
    ),
)


DATE_RANGE = cjk.date_to_date(
    _TO,
    ENDS,
    (
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


NTH_OF = cjk.nth_of(
    r"的?",
    (ex("2021年的第三个月", "2021-03"), ex("2018年的第3周", "2018-W03")),
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
