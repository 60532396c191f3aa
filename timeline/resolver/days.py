"""Days and weeks named by their place in the week or the year: "Friday", "the weekend",
"Christmas", "yesterday", "the weekend of March 5", "the week of June 6"."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from timeline import calendar as cal
from timeline.holidays import AT_SUNDOWN, holiday_on
from timeline.meaning import (
    DayShift,
    Holiday,
    Weekday,
    Weekend,
    WeekendOf,
    WeekOf,
)
from timeline.model import TimeValue
from timeline.resolver.common import anchored, base_of, by_relation, named_base, pick_by_tense
from timeline.resolver.registry import resolve, resolves
from timeline.situation import Situation


@resolves(Weekday)
def _weekday(meaning: Weekday, situation: Situation) -> TimeValue | None:
    weekday = meaning.weekday
    frame = situation.frame
    if frame is not None and frame.start is not None and frame.end is not None:
        first = frame.start.date()
        day = first + timedelta(days=(weekday - first.weekday()) % 7)
        return cal.day_value(day) if cal.midnight(day) < frame.end else None
    rel = meaning.rel
    if rel is None:
        today = situation.today
        if situation.lean("past") == "future":
            return cal.day_value(today + timedelta(days=(weekday - today.weekday()) % 7))
        return cal.day_value(today - timedelta(days=(today.weekday() - weekday) % 7))
    base, anchor = base_of(rel, "day", situation)
    if rel.step == 0:  # in the week of the base day
        value = cal.day_value(cal.add_days(base, weekday - base.weekday()))
    else:
        days = [base + timedelta(days=offset) for offset in range(-70, 71)]
        matching = [day for day in days if day.weekday() == weekday]
        value = cal.day_value(by_relation(matching, base, rel.step))
    return anchored(value, anchor)


@resolves(Weekend)
def resolve_weekend(meaning: Weekend, situation: Situation) -> TimeValue | None:
    """ "the weekend": the last one in a past-tense clause, else the coming one; "this
    coming weekend" and "next weekend" the first one after the base day."""
    rel = meaning.rel
    if rel is None:
        today = situation.today
        if situation.lean("past") == "past":
            return cal.weekend_value(cal.add_days(today, -((today.weekday() - 5) % 7)))
        return cal.weekend_value(today)
    base, anchor = base_of(rel, "day", situation)
    if rel.step == 0:
        return anchored(cal.weekend_value(base), anchor)
    saturdays = [
        base + timedelta(days=offset)
        for offset in range(-28, 29)
        if (base + timedelta(days=offset)).weekday() == 5
    ]
    if rel.step < 0:  # a weekend that has ended: its Sunday is before the base day
        ended = [day for day in saturdays if day + timedelta(days=1) < base]
        chosen = ended[rel.step] if len(ended) >= -rel.step else None
    else:
        chosen = by_relation(saturdays, base, rel.step)
    value = cal.weekend_value(chosen)
    return anchored(value, anchor)


@resolves(Holiday)
def _holiday(meaning: Holiday, situation: Situation) -> TimeValue | None:
    """A named day; one that begins at sundown (Rosh Hashanah) from six the evening before,
    its value still the day itself."""
    value = _holiday_day(meaning, situation)
    if value is None or value.start is None or meaning.key not in AT_SUNDOWN:
        return value
    return replace(value, start=value.start - timedelta(hours=6))


def _holiday_day(meaning: Holiday, situation: Situation) -> TimeValue | None:
    key = meaning.key
    if meaning.year is not None:
        return cal.day_value(holiday_on(key, meaning.year))
    today = situation.today
    if meaning.months_away:
        moved = cal.add_months(today, meaning.months_away)
        return None if moved is None else cal.day_value(holiday_on(key, moved.year))
    rel = meaning.rel
    base, anchor = named_base(rel, situation)
    days = [day for year in range(base.year - 3, base.year + 4) if (day := holiday_on(key, year))]
    if rel is None:
        return cal.day_value(pick_by_tense(days, today, situation.lean(None)))
    if rel.step == 0:
        value = cal.day_value(holiday_on(key, base.year))
    else:
        value = cal.day_value(by_relation(days, base, rel.step))
    return anchored(value, anchor)


@resolves(DayShift)
def _day_shift(meaning: DayShift, situation: Situation) -> TimeValue | None:
    return cal.day_value(cal.add_days(situation.today, meaning.days))


@resolves(WeekendOf)
def _weekend_of(meaning: WeekendOf, situation: Situation) -> TimeValue | None:
    day = resolve(meaning.day, situation)
    if day is None or day.start is None:
        return None
    first = day.start.date()
    if first.weekday() in (0, 1):  # Labor Day, a Monday: the weekend before it
        return anchored(cal.weekend_value(cal.add_days(first, -7)), day.anchor)
    return anchored(cal.weekend_value(first), day.anchor)


@resolves(WeekOf)
def _week_of(meaning: WeekOf, situation: Situation) -> TimeValue | None:
    day = resolve(meaning.day, situation)
    return None if day is None or day.start is None else cal.week_value(day.start.date())
