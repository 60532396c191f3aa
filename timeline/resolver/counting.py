"""Times counted in units from a base: "last week", "two years ago", "in 100 days", lengths
("three days", "the past two weeks"), "week 12", the vague "recently", and sets ("every Monday")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from timeline import calendar as cal
from timeline.meaning import (
    Ahead,
    Cycle,
    Duration,
    Every,
    Lasting,
    Offset,
    Stretch,
    Unit,
    Vague,
    Weekend,
    WeekNumber,
)
from timeline.model import Granularity, TimeValue
from timeline.resolver.common import anchored, base_of, frame_day
from timeline.resolver.days import resolve_weekend
from timeline.resolver.registry import resolve, resolves
from timeline.situation import Situation


@resolves(Cycle)
def _cycle(meaning: Cycle, situation: Situation) -> TimeValue | None:
    unit, rel = meaning.unit, meaning.rel
    if unit == "weekend":
        return resolve_weekend(Weekend(rel), situation)
    base, anchor = base_of(rel, unit, situation)
    if unit == "season":
        value = cal.season_step(base, rel.step)
    elif unit == "half":
        half = (base.month - 1) // 6 + rel.step
        value = cal.half_value(base.year + half // 2, half % 2 + 1)
    else:
        grain: Granularity = unit
        moved = cal.shift(base, grain, rel.step)
        value = None if moved is None else cal.grain_interval(moved, grain)
    return anchored(value, anchor)


CLOCK_UNITS = {"hour": 3600, "minute": 60, "second": 1}


_MONTHS_IN = {"year": 12, "decade": 120, "century": 1200, "quarter": 3, "half": 6, "month": 1}


def offset_value(base: date, amount: float, unit: Unit, now: datetime) -> TimeValue | None:
    """The point `amount` units away from `base` (or from `now`, for clock units), at the
    grain of the unit."""
    if unit in CLOCK_UNITS:
        try:
            return cal.time_value(now + timedelta(seconds=CLOCK_UNITS[unit] * amount), "minute")
        except OverflowError:
            return None
    if amount % 1:  # "one and a half years": count in months instead
        months = _MONTHS_IN.get(unit)
        if months is None or unit == "month":  # a fraction of a month counts in days
            days = amount * {"week": 7, "weekend": 7, "month": 30}.get(unit, 1)
            return cal.day_value(cal.add_days(base, round(days)))
        return offset_value(base, amount * months, "month", now)
    grain: Granularity = "week" if unit == "weekend" else unit  # type: ignore[assignment]
    if unit == "half":
        moved = cal.add_months(base, 6 * int(amount))
        grain = "month"
    else:
        moved = cal.shift(base, grain, int(amount))
    if moved is None:
        return None
    if grain in ("day", "week"):
        return cal.day_value(moved)
    if grain in ("decade", "century"):
        return cal.year_value(moved.year)
    return cal.grain_interval(moved, grain)


@resolves(Offset)
def _offset(meaning: Offset, situation: Situation) -> TimeValue | None:
    if meaning.amount is None:
        return TimeValue(type="DATE", value="PAST_REF" if meaning.sign < 0 else "FUTURE_REF")
    amount = meaning.sign * meaning.amount
    if not meaning.narrative:
        return offset_value(situation.today, amount, meaning.unit, situation.now)
    grain = "week" if meaning.unit == "weekend" else meaning.unit
    base, anchor = situation.narrative_base(grain)
    now = situation.narrative_moment(grain)
    value = offset_value(base, amount, meaning.unit, now)
    return anchored(value, anchor)


@resolves(Ahead)
def _ahead(meaning: Ahead, situation: Situation) -> TimeValue | None:
    """ "in 100 days": a point ahead when the clause looks ahead (or a phrase typed alone),
    else a length of time ("did it in 100 days")."""
    ahead = situation.standalone or meaning.looks_ahead
    if situation.lean("future" if ahead else None) != "future":
        return _duration(Duration(meaning.amount, meaning.unit), situation)
    amount = 3.0 if meaning.amount is None else meaning.amount  # "in a few hours"
    return offset_value(situation.today, amount, meaning.unit, situation.now)


_LETTERS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "half": "M", "season": "M", "year": "Y", "decade": "DE",
    "century": "CE",
}  # fmt: skip


# Units TIMEX3 writes in another: a quarter is three months, a decade ten years.
_IN_OTHER_UNITS: dict[str, tuple[int, str]] = {
    "half": (6, "month"), "season": (3, "month"),
    "decade": (10, "year"), "century": (100, "year"),
}  # fmt: skip


def duration_value(
    amount: float | None, unit: Unit, more: Sequence[tuple[float, Unit]] = ()
) -> str:
    """TIMEX3 for a length: P3D, PT2H, P2.5Y, PXY (some years), PT3H30M."""
    date_part, time_part = "", ""
    for count, part_unit in [(amount, unit), *more]:
        letter_unit: str = part_unit
        if count is not None and part_unit in _IN_OTHER_UNITS:
            factor, letter_unit = _IN_OTHER_UNITS[part_unit]
            count *= factor
        text = "X" if count is None else (f"{count:g}" if count % 1 else str(int(count)))
        if part_unit in CLOCK_UNITS:
            time_part += text + _LETTERS[part_unit]
        else:
            date_part += text + _LETTERS[letter_unit]
    return "P" + date_part + ("T" + time_part if time_part else "")


@resolves(Duration)
def _duration(meaning: Duration, situation: Situation) -> TimeValue | None:
    return TimeValue(
        type="DURATION", value=duration_value(meaning.amount, meaning.unit, meaning.more)
    )


def _floor(moment: datetime, unit: Unit) -> datetime:
    """The start of the clock unit holding `moment`."""
    if unit == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    if unit == "minute":
        return moment.replace(second=0, microsecond=0)
    return moment.replace(microsecond=0)


@resolves(Stretch)
def _stretch(meaning: Stretch, situation: Situation) -> TimeValue | None:
    """ "the past 4 days": in running text a length (P4D), as TimeML writes it; asked alone,
    the stretch itself: the last 4 whole days up to today, or the next 3 weeks from the
    next one on."""
    if not situation.standalone:
        return _duration(Duration(meaning.amount, meaning.unit), situation)
    count, unit = meaning.amount, meaning.unit
    if unit in CLOCK_UNITS:
        seconds = CLOCK_UNITS[unit]
        step = timedelta(seconds=seconds * count)
        now = situation.now
        if meaning.sign < 0:
            start = now - step
        else:
            start = _floor(now, unit) + timedelta(seconds=seconds)
        value = cal.time_value(start, "second" if unit == "second" else "minute")
        return None if value is None else replace(value, end=start + step)
    grain = calendar_grain(unit)
    if count % 1 or grain is None or grain == "season":
        return None
    here = cal.grain_interval(situation.today, grain)
    if here is None or here.start is None or here.end is None:
        return None
    first: date | None
    last: date | None
    if meaning.sign < 0:
        first, last = cal.shift(here.start.date(), grain, -int(count)), here.start.date()
    else:
        first = here.end.date()
        last = cal.shift(first, grain, int(count))
    value = None if first is None else cal.grain_interval(first, grain)
    if value is None or last is None:
        return None
    return replace(value, end=cal.midnight(last))


@resolves(Lasting)
def _lasting(meaning: Lasting, situation: Situation) -> TimeValue | None:
    """A time and a length from its start: "from 10 am for 3 hours"."""
    start = resolve(meaning.start, situation)
    length = meaning.length
    if start is None or start.start is None or not isinstance(length, Duration):
        return None
    if length.amount is None:
        return None
    end = _later(start.start, length.amount, length.unit)
    for amount, unit in length.more:
        end = None if end is None else _later(end, amount, unit)
    return None if end is None or end <= start.start else replace(start, end=end)


def _later(moment: datetime, amount: float, unit: Unit) -> datetime | None:
    """`moment` moved `amount` units later (by days for a fraction of a long unit)."""
    try:
        if unit in CLOCK_UNITS:
            return moment + timedelta(seconds=CLOCK_UNITS[unit] * amount)
        if amount % 1 or unit in ("weekend", "half", "season"):
            days = amount * {"week": 7, "weekend": 7, "month": 30, "year": 365}.get(unit, 1)
            return moment + timedelta(days=days)
    except OverflowError:
        return None
    grain = calendar_grain(unit)
    moved = None if grain is None else cal.shift(moment.date(), grain, int(amount))
    return None if moved is None else datetime.combine(moved, moment.time())


def calendar_grain(unit: Unit) -> Granularity | None:
    """The calendar grain a unit counts in: a weekend counts in weeks; a half in none."""
    if unit == "weekend":
        return "week"
    if unit == "half":
        return None
    return unit


@resolves(WeekNumber)
def resolve_week_number(meaning: WeekNumber, situation: Situation) -> TimeValue | None:
    frame = frame_day(situation)
    year = (frame or situation.today).year
    try:
        monday = date.fromisocalendar(year, meaning.week, 1)
    except ValueError:
        return None
    return cal.week_value(monday)


@resolves(Vague)
def _vague(meaning: Vague, situation: Situation) -> TimeValue | None:
    return TimeValue(type="DATE", value=meaning.value)


@resolves(Every)
def _every(meaning: Every, situation: Situation) -> TimeValue | None:
    return TimeValue(type="SET", value=meaning.value)
