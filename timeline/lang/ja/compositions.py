"""Japanese compositions: two neighbouring expressions that make one, by the words between.

Japanese puts the larger unit first and joins with nothing or with の: 明日 + の + 朝8時,
来月 + の + 4日, 2015年 + の + 最初の週; a stretch joins its ends with から or a wave dash.
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
    PartWord,
    Quarter,
    Season,
    Weekday,
    Within,
    Year,
)

ENDS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayOfMonth, MonthName, Year, Weekday, DayShift, Within, Holiday,
)  # fmt: skip
_FROM = _GAP + r"(?:から|より|〜|～|~|-|－|ー)" + _GAP


DAY_AT_TIME = cjk.day_at_time(
    r"(?:の|、)?" + _GAP,
    (
        ex("明日の朝8時", "2022-03-15T08:00"),
        ex("10月14日午前8時31秒", "2021-10-14T08:00:31"),
        ex("土曜日の5時", "2022-03-12T05:00"),
        ex("来週水曜日の夜に", "2022-03-23TNI"),
        ex("２０１９年７月２５日朝", "2019-07-25TMO"),
        ex("今夜六時", "2022-03-14T18:00"),
        ex("今朝５時", "2022-03-14T05:00"),
    ),
)


CLOCK_RANGE = cjk.clock_to_clock(
    _FROM,
    (
        ex(
            "午後5時から6時",
            "2022-03-14T17:00",
            end="2022-03-14T18:00:00",
            text="午後5時から6時まで不在にします。",
        ),
        ex(
            "昨日の午後3時から8時",
            "2022-03-13T15:00",
            text="昨日の午後3時から8時までどこにいましたか。",
        ),
    ),
)


DATE_RANGE = cjk.date_to_date(
    _FROM,
    ENDS,
    (
        ex(
            "来月の4日から23日",
            "2022-04-04",
            end="2022-04-24T00:00:00",
            text="来月の4日から23日まで不在にします。",
        ),
        ex(
            "11月から3月",
            "2021-11",
            end="2022-04-01T00:00:00",
            text="11月から3月まで何がありましたか。",
        ),
        ex(
            "月曜日から金曜日",
            "2022-03-14",
            end="2022-03-19T00:00:00",
            text="月曜日から金曜日まで営業します。",
        ),
        ex(
            "2018年10月1日から10月7日",
            "2018-10-01",
            end="2018-10-08T00:00:00",
            text="休暇は2018年10月1日から10月7日までです。",
        ),
    ),
    day_in_period=True,
)


def _date_weekday(date: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if not isinstance(day, Weekday):
        return None
    if isinstance(date, Date) and date.weekday is None:
        return replace(date, weekday=day.weekday)
    if isinstance(date, DayOfMonth) and date.weekday is None:
        return replace(date, weekday=day.weekday)
    return None


DATE_WEEKDAY = Composition(
    name="date_weekday",
    left=(Date, DayOfMonth),
    joint=r"(?:の|、|[（(])?" + _GAP,
    right=(Weekday,),
    produce=_date_weekday,
    examples=(
        ex("21日の月曜日", "2019-01-21", reference="2019-01-21"),
        ex("1月15日火曜日", "2019-01-15", reference="2019-02-27"),
    ),
)


def _in_period(period: Meaning, joint: Groups, inner: Meaning) -> Meaning | None:
    """A time inside a larger one: 来月 + の + 4日, 今年 + の + 8月, 今週 + の + 日曜日."""
    period_unit = period.unit if isinstance(period, Cycle) else None
    if isinstance(period, Cycle) and not isinstance(inner, (Half, Quarter)):
        unit = period.unit
        if isinstance(inner, Weekday) and unit != "week":
            return None
        if isinstance(inner, (MonthName, Season)) and unit != "year":
            return None
        if isinstance(inner, DayOfMonth) and unit != "month":
            return None
        if isinstance(inner, Date) and unit != "year":
            return None
    elif isinstance(inner, Weekday):
        return None
    if isinstance(inner, (MonthName, Date, Season)) and inner.year is not None:
        return None
    if isinstance(inner, Half):
        return _year_half(period, inner)
    if isinstance(inner, Quarter) and (isinstance(period, Year) or period_unit == "year"):
        return Within(inner, period)
    if isinstance(inner, Quarter):
        return None
    if isinstance(period, Year) and isinstance(inner, (MonthName, Date, Season)):
        return replace(inner, year=period.year)
    return Within(inner, period)


def _year_half(year: Meaning, half: Half) -> Meaning | None:
    if isinstance(year, Year):
        return replace(half, year=year.year)
    if isinstance(year, Cycle) and year.unit == "year" and not year.rel.narrative:
        return replace(half, step=year.rel.step)
    return None


IN_PERIOD = Composition(
    name="in_period",
    left=(Year, Cycle, MonthName),
    joint=r"の?",
    right=(MonthName, Date, DayOfMonth, Season, Weekday, Quarter, Half),
    produce=_in_period,
    examples=(
        ex("今年の8月", "2022-08"),
        ex("来年の５月", "2023-05"),
        ex("2015年の夏", "2015-SU"),
        ex("来月の4日", "2022-04-04"),
        ex("今年の第3四半期", "2022-Q3"),
        ex("2016年の上半期", "2016-H1"),
    ),
)


NTH_OF = cjk.nth_of(
    r"の?",
    (ex("2015年の最初の週", "2015-W01"), ex("2018年の第3週", "2018-W03")),
)


def _part_of(whole: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    if not isinstance(part, PartWord):
        return None
    return PartOf(part.part, whole)


PART_OF = Composition(
    name="part_of",
    left=(Year, Cycle, MonthName),
    joint=r"の?",
    right=(PartWord,),
    produce=_part_of,
    examples=(
        ex("今週の終わりごろ", "2022-W11"),
        ex("今月の半ば", "2022-03"),
        ex("3月末", "2022-03"),
    ),
)

COMPOSITIONS: tuple[Composition, ...] = (
    DAY_AT_TIME,
    CLOCK_RANGE,
    DATE_RANGE,
    DATE_WEEKDAY,
    IN_PERIOD,
    NTH_OF,
    PART_OF,
)
