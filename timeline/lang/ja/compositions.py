"""Japanese compositions: two neighbouring expressions that make one, by the words between.

Japanese puts the larger unit first and joins with nothing or with の: 明日 + の + 朝8時,
来月 + の + 4日, 2015年 + の + 最初の週; a stretch joins its ends with から or a wave dash.
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
    PartWord,
    Quarter,
    Season,
    Shifted,
    Weekday,
    Within,
    Year,
)

DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayShift, Weekday, DayOfMonth, Within, Holiday, Cycle, Offset, NthOf,
)  # fmt: skip
ENDS: tuple[type[Meaning], ...] = (
    Date, NumericDate, DayOfMonth, MonthName, Year, Weekday, DayShift, Within, Holiday,
)  # fmt: skip
_GAP = r"[ \t\u3000]?"
_FROM = _GAP + r"(?:から|より|〜|～|~|-|－|ー)" + _GAP


def _holds_a_time(day: Meaning) -> bool:
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval, PartOfDay))


def _a_day(meaning: Meaning) -> bool:
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
    joint=r"(?:の|、)?" + _GAP,
    right=(Clock, Interval, PartOfDay),
    produce=_day_then_time,
    examples=(
        ex("明日の朝8時", "2022-03-15T08:00"),
        ex("10月14日午前8時31秒", "2021-10-14T08:00:31"),
        ex("土曜日の5時", "2022-03-12T05:00"),
        ex("来週水曜日の夜に", "2022-03-23TNI"),
        ex("２０１９年７月２５日朝", "2019-07-25TMO"),
        ex("今夜六時", "2022-03-14T18:00"),
        ex("今朝５時", "2022-03-14T05:00"),
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
    joint=_FROM,
    right=(Clock,),
    produce=_clock_range,
    examples=(
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


def _date_range(left: Meaning, joint: Groups, right: Meaning) -> Meaning | None:
    if _holds_a_time(left) or _holds_a_time(right):
        return None
    if isinstance(left, Date) and isinstance(right, DayOfMonth):  # 10月1日から7日まで
        return Interval(left, Date(left.month, right.day, left.year))
    if isinstance(left, Within) and isinstance(right, DayOfMonth):  # 来月の4日から23日まで
        return Interval(left, Within(right, left.outer))
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
    """The second end of a stretch in the first one's year when it names none (2018年10月1日
    から10月7日まで), or in the next year when it would come first."""
    if not isinstance(first, (Date, MonthName)) or first.year is None:
        return second
    if not isinstance(second, (Date, MonthName)) or second.year is not None:
        return second
    later = (second.month, getattr(second, "day", 1)) >= (first.month, getattr(first, "day", 1))
    return replace(second, year=first.year if later else first.year + 1)


DATE_RANGE = Composition(
    name="date_to_date",
    left=ENDS,
    joint=_FROM,
    right=ENDS,
    produce=_date_range,
    examples=(
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


def _nth_of(whole: Meaning, joint: Groups, item: Meaning) -> Meaning | None:
    if not isinstance(item, NthItem):
        return None
    return NthOf(item.nth, item.item, whole)


NTH_OF = Composition(
    name="nth_of",
    left=(Year, Cycle, MonthName),
    joint=r"の?",
    right=(NthItem,),
    produce=_nth_of,
    examples=(ex("2015年の最初の週", "2015-W01"), ex("2018年の第3週", "2018-W03")),
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
