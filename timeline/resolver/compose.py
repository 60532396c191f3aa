"""Composed meanings, whose parts resolve first: a time within a day ("Friday at 3 p.m."), a part
or the nth of a period ("the end of 2008", "the last Monday of May"), a shift from a named
time ("two days before Christmas") and stretches from one time to another."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline import calendar as cal
from timeline.meaning import (
    Both,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    Interval,
    Meaning,
    MonthName,
    NthOf,
    PartOf,
    PartUnits,
    Rel,
    SamePeriod,
    Shifted,
    Weekday,
    WeekNumber,
    Within,
    Year,
)
from timeline.model import PUBLISHED, Granularity, TimeValue
from timeline.resolver.clock import toward
from timeline.resolver.common import anchored, safe_date
from timeline.resolver.counting import (
    CLOCK_UNITS,
    calendar_grain,
    offset_value,
    resolve_week_number,
)
from timeline.resolver.dates import time_meant, yearless
from timeline.resolver.registry import resolve, resolves
from timeline.situation import Situation


@resolves(Within)
def _within(meaning: Within, situation: Situation) -> TimeValue | None:
    outer = resolve(meaning.outer, situation)
    if outer is None or outer.start is None:
        return None
    inner = resolve(meaning.inner, replace(situation, frame=outer))
    if inner is None or outer.anchor == PUBLISHED:
        return inner
    return replace(inner, anchor=outer.anchor)


@resolves(PartOf)
def _part_of(meaning: PartOf, situation: Situation) -> TimeValue | None:
    whole = resolve(meaning.whole, situation)
    return None if whole is None else cal.part_of(whole, meaning.part)


@resolves(NthOf)
def _nth_of(meaning: NthOf, situation: Situation) -> TimeValue | None:
    whole = resolve(meaning.whole, situation)
    if whole is None or whole.start is None or whole.end is None:
        return None
    first, end = whole.start.date(), whole.end.date()
    nth, item = meaning.nth, meaning.item
    if isinstance(item, int):
        return cal.day_value(_nth_weekday_between(first, end, item, nth))
    if item == "day":
        day = cal.add_days(first, nth - 1) if nth > 0 else cal.add_days(end, nth)
        return cal.day_value(day) if day is not None and first <= day < end else None
    if item == "week" and whole.granularity == "year" and nth > 0:  # ISO week n of the year
        return resolve_week_number(WeekNumber(nth), replace(situation, frame=whole))
    if item == "week":  # the week that starts on the nth Monday
        return cal.week_value(_nth_weekday_between(first, end, 0, nth))
    if item == "weekend":
        return cal.weekend_value(_nth_weekday_between(first, end, 5, nth))
    if item in ("month", "quarter"):
        months = 1 if item == "month" else 3
        count = (end.year * 12 + end.month - first.year * 12 - first.month) // months
        index = nth - 1 if nth > 0 else count + nth
        if not 0 <= index < count:
            return None
        start = cal.add_months(first, index * months)
        if start is None:
            return None
        if item == "month":
            return cal.month_value(start.year, start.month)
        return cal.quarter_value(start.year, (start.month - 1) // 3 + 1)
    return None


def _nth_weekday_between(first: date, end: date, weekday: int, nth: int) -> date | None:
    """The nth such weekday on or after `first` and before `end` (-1: the last one)."""
    if nth > 0:
        day = cal.add_days(first, (weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = cal.add_days(end, -1)
        day = None if last is None else cal.add_days(last, -((last.weekday() - weekday) % 7))
        day = None if day is None else cal.add_days(day, 7 * (nth + 1))
    return day if day is not None and first <= day < end else None


def _first_monday_of_week_one(first: date) -> date:
    """The Monday that starts the first ISO week of a period beginning on `first`: the week
    holding the period's first Thursday."""
    if first.weekday() > 3:  # Friday to Sunday: that week belongs to the period before
        return first + timedelta(days=7 - first.weekday())
    return first - timedelta(days=first.weekday())


@resolves(PartUnits)
def _part_units(meaning: PartUnits, situation: Situation) -> TimeValue | None:
    whole = resolve(meaning.whole, situation)
    grain = calendar_grain(meaning.unit)
    if whole is None or whole.start is None or whole.end is None or grain is None:
        return None
    if grain == "week" and not meaning.from_end:  # "the first 2 weeks of 2021": ISO weeks
        start = _first_monday_of_week_one(whole.start.date())
    elif meaning.from_end:
        start = cal.shift(whole.end.date(), grain, -meaning.count) or whole.start.date()
    else:
        start = whole.start.date()
    end = cal.shift(start, grain, meaning.count) if not meaning.from_end else whole.end.date()
    value = cal.grain_interval(start, grain) if grain != "day" else cal.day_value(start)
    if value is None or end is None:
        return None
    return anchored(replace(value, end=cal.midnight(end)), whole.anchor)


@resolves(Shifted)
def _shifted(meaning: Shifted, situation: Situation) -> TimeValue | None:
    base = resolve(meaning.base, situation)
    if base is None or base.start is None:
        return None
    amount = meaning.sign * meaning.amount
    value = offset_value(base.start.date(), amount, meaning.unit, base.start)
    fine = base.granularity == "day" and meaning.unit not in CLOCK_UNITS
    if fine and value is not None and value.granularity != "day" and not amount % 1:
        grain: Granularity = "week" if meaning.unit == "weekend" else meaning.unit  # type: ignore[assignment]
        moved = cal.shift(base.start.date(), grain, int(amount))
        value = cal.day_value(moved)  # "4 months from tomorrow": a day, as its base is
    return anchored(value, base.anchor)


# A period's value: its year and what names the period in it ("-02", "-Q3", "-H1", "-SU",
# "-W05"), as the calendar writes them.
_PERIOD_VALUE = re.compile(r"(\d{4})-(?:(\d{2})|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\d{2}))")


def _period_kind(value: str) -> str | None:
    """The kind of period a value names ("2010-02": a month), None for any other value."""
    found = _PERIOD_VALUE.fullmatch(value)
    if found is None:
        return None
    kinds = ("month", "quarter", "half", "season", "week")
    return next(kind for kind, group in zip(kinds, found.groups()[1:], strict=True) if group)


def _years_back(value: TimeValue, years: int) -> TimeValue | None:
    """The same month, quarter, half, season or ISO week `years` earlier."""
    found = _PERIOD_VALUE.fullmatch(value.value)
    if found is None:
        return None
    year = int(found.group(1)) - years
    month, quarter, half, season, week = found.groups()[1:]
    if month:
        return cal.month_value(year, int(month))
    if quarter:
        return cal.quarter_value(year, int(quarter))
    if half:
        return cal.half_value(year, int(half))
    if season:
        return cal.season_value(year, season)
    try:
        return cal.week_value(date.fromisocalendar(year, int(week), 1))
    except ValueError:  # a week 53 the earlier year has not
        return None


@resolves(SamePeriod)
def _same_period(meaning: SamePeriod, situation: Situation) -> TimeValue | None:
    for anchor_id, named in reversed(situation.anchors):
        kind = _period_kind(named.value)
        if kind is not None and meaning.unit in (None, kind):
            return anchored(_years_back(named, meaning.years), anchor_id)
    if meaning.unit is None:
        return cal.year_value(situation.today.year - meaning.years)
    current = resolve(Cycle(meaning.unit, Rel(0)), situation)
    return None if current is None else _years_back(current, meaning.years)


@resolves(Both)
def _both(meaning: Both, situation: Situation) -> TimeValue | None:
    """Two days asked for as one phrase: the stretch from the first to the second."""
    return resolve(Interval(meaning.first, meaning.second), situation)


@resolves(Interval)
def _interval(meaning: Interval, situation: Situation) -> TimeValue | None:
    """One stretch from the start of the first time to the end of the second (to the start
    of a clock time: "3 to 5 p.m." ends at 5); an end that would come first moves to its next
    occurrence ("Friday to Monday")."""
    if (times := _times_of_day(meaning, situation)) is not None:
        return resolve(times, situation)
    start_meaning, end_meaning = meaning.ends()
    clocks_alone = isinstance(end_meaning, Clock) and situation.frame is None
    if clocks_alone:  # both on the publish day; `prefer` then moves the stretch as a whole
        situation = replace(situation, frame=cal.day_value(situation.today))
    first = resolve(start_meaning, situation)
    if first is None or first.start is None:
        return None
    if situation.frame is None and _without_year(end_meaning):
        last = resolve(end_meaning, replace(situation, frame=first))
    else:
        last = resolve(end_meaning, situation)
    if last is None or last.start is None:
        return None
    if last.start < first.start:
        last = _after(end_meaning, last, first, situation)
    if last is None or last.start is None or last.end is None:
        return None
    end = last.start if last.granularity in CLOCK_UNITS else last.end  # "to 5 p.m.": at 5
    if end <= first.start:
        return None
    stretch = replace(first, end=end)
    prefer = situation.reference.prefer
    if prefer == "auto" or not clocks_alone:
        return stretch
    return toward(stretch, prefer, situation.now, timedelta(days=1))


def _times_of_day(meaning: Interval, situation: Situation) -> Meaning | None:
    """ "Oct 31 1055-1215" typed for the future: from 10:55 to 12:15 that day, when the
    date's "year" is a time (`time_meant`); None to read it as a date and a year."""
    start, end = meaning.start, meaning.end
    if not isinstance(start, Date) or not start.or_time or not isinstance(end, Year):
        return None
    first = None if start.year is None else Clock.of_digits(start.year)
    last = Clock.of_digits(end.year)
    if first is None or last is None or not time_meant(start, situation):
        return None
    return Within(Interval(first, last), yearless(start))


def _without_year(meaning: Meaning) -> bool:
    return (
        isinstance(meaning, (Date, MonthName))
        and meaning.year is None
        or isinstance(meaning, DayOfMonth)
    )


def _after(
    meaning: Meaning, value: TimeValue, first: TimeValue, situation: Situation
) -> TimeValue | None:
    """The end of a stretch moved past its start, when it names a recurring time: a clock
    time by twelve hours or a day, a weekday by weeks, a day or month without a year by
    years."""
    if value.start is None or first.start is None:
        return None
    start = value.start
    if isinstance(meaning, Clock):
        step = timedelta(hours=12 if meaning.meridiem is None and meaning.hour < 12 else 24)
        while start < first.start:
            start += step
        return cal.time_value(start, value.granularity or "minute")
    if isinstance(meaning, Weekday):
        day = start.date()
        while day < first.start.date():
            day += timedelta(days=7)
        return cal.day_value(day)
    if isinstance(meaning, (Date, DayOfMonth)) and getattr(meaning, "year", None) is None:
        later = safe_date(start.year + 1, start.month, start.day)
        return cal.day_value(later)
    if isinstance(meaning, MonthName) and meaning.year is None:
        return cal.month_value(start.year + 1, start.month)
    return None
