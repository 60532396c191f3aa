"""Meanings -> TIMEX3 values against a situation: one resolver for every language.

Each meaning type has one function here; composed meanings resolve their parts first. No
words of any language appear here: what "last" or "Friday" says arrives as `Rel(-1)` and
`Weekday(4)`. A function returns None when the meaning names no real time (a 31st of
February, a date past the year 9999).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

from timeline import calendar as cal
from timeline.context import Reference
from timeline.holidays import AT_SUNDOWN, holiday_on
from timeline.meaning import (
    Ahead,
    Century,
    Clock,
    Cycle,
    Date,
    DayOfMonth,
    DayShift,
    Decade,
    Duration,
    Every,
    Half,
    Holiday,
    Interval,
    Lasting,
    Meaning,
    MonthName,
    NthOf,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    PartUnits,
    Quarter,
    Rel,
    Season,
    Shifted,
    Stretch,
    TwoDigitYear,
    Unit,
    Vague,
    Weekday,
    Weekend,
    WeekendOf,
    WeekNumber,
    WeekOf,
    Within,
    Year,
)
from timeline.model import PUBLISHED, Granularity, TimeValue
from timeline.situation import Situation
from timeline.tense import Direction

M = TypeVar("M", bound=Meaning)
Resolver = Callable[[Any, Situation], TimeValue | None]
_RESOLVERS: dict[type[Meaning], Resolver] = {}


def resolve(meaning: Meaning, situation: Situation) -> TimeValue | None:
    """The TIMEX3 value of `meaning` read in `situation`; None if it names no real time."""
    resolver = _RESOLVERS.get(type(meaning))
    return None if resolver is None else resolver(meaning, situation)


def resolves(kind: type[M]) -> Callable[[Callable[[M, Situation], TimeValue | None]], Resolver]:
    """Register the function that resolves meanings of type `kind`."""

    def register(function: Callable[[M, Situation], TimeValue | None]) -> Resolver:
        _RESOLVERS[kind] = function
        return function

    return register


# ---- helpers -------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(
    candidates: Sequence[date], today: date, lean: Direction | None, days_ahead: int = 0
) -> date | None:
    """Of the same day-of-year in neighbouring years, the one the tense points to. With
    `days_ahead`, a past tense still takes a day that near ahead over one most of a year back:
    "said it will open on October 12", written on October 4, is a report of what is coming."""
    if not candidates:
        return None
    if lean == "past":
        earlier = [day for day in candidates if day <= today]
        later = [day for day in candidates if day > today]
        if (
            days_ahead
            and earlier
            and later
            and (today - max(earlier)).days > 150
            and (min(later) - today).days <= days_ahead
        ):
            return min(later)
        return max(earlier) if earlier else min(candidates)
    if lean == "future":
        later = [day for day in candidates if day >= today]
        return min(later) if later else max(candidates)
    return min(candidates, key=lambda day: abs((day - today).days))


def _frame_day(situation: Situation) -> date | None:
    frame = situation.frame
    return None if frame is None or frame.start is None else frame.start.date()


def _base(rel: Rel | None, unit: str, situation: Situation) -> tuple[date, str]:
    """The day a relation of a cycle counts from ("the next day": the day last named), and
    what it is anchored to."""
    if rel is not None and rel.narrative:
        return situation.narrative_base(unit)
    return situation.today, PUBLISHED


def _named_base(rel: Rel | None, situation: Situation) -> tuple[date, str]:
    """The day a relation of a named time counts from ("the following March": after the
    last date named, however coarse), and what it is anchored to."""
    if rel is not None and rel.narrative:
        return situation.named_base(forward=rel.step >= 0)
    return situation.today, PUBLISHED


def _anchored(value: TimeValue | None, anchor: str) -> TimeValue | None:
    """`value` counted from the event `anchor` (as it is when counted from the publish date)."""
    return value if value is None or anchor == PUBLISHED else replace(value, anchor=anchor)


def _by_relation(occurrences: Sequence[date], base: date, step: int) -> date | None:
    """Of sorted occurrences, the |step|-th before `base` (step < 0) or after it (step > 0)."""
    if step < 0:
        before = [day for day in occurrences if day < base]
        return before[step] if len(before) >= -step else None
    after = [day for day in occurrences if day > base]
    return after[step - 1] if len(after) >= step else None


# ---- calendar dates ------------------------------------------------------------------------


def _story_year(situation: Situation) -> tuple[int, str] | None:
    """The year of the story a year-less expression sits in, and the event that named it."""
    story = None if situation.story is None else situation.story()
    return None if story is None else (story[0].year, story[1])


@resolves(Date)
def _date(meaning: Date, situation: Situation) -> TimeValue | None:
    if meaning.year is not None:
        return cal.day_value(_safe_date(meaning.year, meaning.month, meaning.day))
    frame = _frame_day(situation)
    if frame is not None:
        return cal.day_value(_safe_date(frame.year, meaning.month, meaning.day))
    if (story := _story_year(situation)) is not None:
        value = cal.day_value(_safe_date(story[0], meaning.month, meaning.day))
        return _anchored(value, story[1])
    return cal.day_value(_yearless(meaning.month, meaning.day, situation, meaning.weekday))


# How near ahead a year-less day of the year may be for a past tense to be read as reporting it
# ("said it will open on October 12") rather than as the same day most of a year back.
REPORTED_DAYS_AHEAD = 45


def _yearless(
    month: int, day: int | None, situation: Situation, weekday: int | None = None
) -> date | None:
    """A month and day (or a month: `day` None) placed in the year the tense points to; a
    weekday said with them ("Tuesday, Oct. 5") picks the year where the two agree, when one
    near does. Only a day is read as reported ahead: a past clause's month ("sales fell in
    April", written in March) is the one before."""
    today = situation.today
    years = range(today.year - 1, today.year + 2)
    candidates = [d for year in years if (d := _safe_date(year, month, day or 1)) is not None]
    if weekday is not None:  # of the last one before today and the first after, one agrees
        before = [d for d in candidates if d <= today][-1:]
        after = [d for d in candidates if d > today][:1]
        agreeing = [d for d in before + after if d.weekday() == weekday]
        if agreeing:
            candidates = agreeing
    ahead = 0 if day is None else REPORTED_DAYS_AHEAD
    return _pick(candidates, today, situation.lean(None), ahead)


@resolves(NumericDate)
def _numeric_date(meaning: NumericDate, situation: Situation) -> TimeValue | None:
    first, second, year = meaning.first, meaning.second, meaning.year
    day_first = meaning.day_first or situation.reference.day_first
    if first > 12 or (day_first and second <= 12):
        month, day = second, first
    else:
        month, day = first, second
    if year is None:
        return _date(Date(month, day), situation)
    if year < 100:
        pivot = situation.today.year % 100 + 10
        year += 2000 if year <= pivot else 1900
    return cal.day_value(_safe_date(year, month, day))


@resolves(DayOfMonth)
def _day_of_month(meaning: DayOfMonth, situation: Situation) -> TimeValue | None:
    frame = _frame_day(situation)
    if frame is not None:
        return cal.day_value(_safe_date(frame.year, frame.month, meaning.day))
    story = None if situation.story is None else situation.story()
    if story is not None:  # "on the 21st" after "March 3, 1918": that March
        day, anchor = story
        return _anchored(cal.day_value(_safe_date(day.year, day.month, meaning.day)), anchor)
    today = situation.today
    steps = range(-1, 2) if meaning.weekday is None else range(-6, 7)
    months = [cal.add_months(today.replace(day=1), step) for step in steps]
    days = [d for m in months if m and (d := _safe_date(m.year, m.month, meaning.day))]
    if meaning.weekday is not None:  # "Wednesday the 31st": the nearest month they agree in
        agreeing = [d for d in days if d.weekday() == meaning.weekday]
        return cal.day_value(min(agreeing, key=lambda d: abs((d - today).days), default=None))
    return cal.day_value(_pick(days, today, situation.lean(None)))


@resolves(MonthName)
def _month_name(meaning: MonthName, situation: Situation) -> TimeValue | None:
    month = meaning.month
    if meaning.year is not None:
        return cal.month_value(meaning.year, month)
    frame = _frame_day(situation)
    if frame is not None:
        return cal.month_value(frame.year, month)
    rel = meaning.rel
    if rel is None and (story := _story_year(situation)) is not None:
        return _anchored(cal.month_value(story[0], month), story[1])
    if rel is None:
        chosen = _yearless(month, None, situation)
        return None if chosen is None else cal.month_value(chosen.year, month)
    base, anchor = _named_base(rel, situation)
    if rel.step == 0:
        return _anchored(cal.month_value(base.year, month), anchor)
    firsts = [date(year, month, 1) for year in range(base.year - 3, base.year + 4)]
    this_month = base.replace(day=1)
    chosen = _by_relation(firsts, this_month, rel.step)
    value = None if chosen is None else cal.month_value(chosen.year, month)
    return _anchored(value, anchor)


@resolves(Year)
def _year(meaning: Year, situation: Situation) -> TimeValue | None:
    return cal.year_value(meaning.year)


@resolves(TwoDigitYear)
def _two_digit_year(meaning: TwoDigitYear, situation: Situation) -> TimeValue | None:
    story = _story_year(situation)
    base = story[0] if story is not None else situation.today.year
    year = base - base % 100 + meaning.last_two
    if year > base + 10:
        year -= 100
    value = cal.year_value(year)
    return value if story is None else _anchored(value, story[1])


@resolves(Decade)
def _decade(meaning: Decade, situation: Situation) -> TimeValue | None:
    if meaning.century is not None:
        return cal.decade_value(meaning.century * 100 + meaning.tens)
    this_century = situation.today.year - situation.today.year % 100
    start = this_century + meaning.tens
    return cal.decade_value(start if start <= situation.today.year else start - 100)


@resolves(Century)
def _century(meaning: Century, situation: Situation) -> TimeValue | None:
    if meaning.ordinal < 1:
        return None
    return cal.century_value((meaning.ordinal - 1) * 100)


@resolves(Quarter)
def _quarter(meaning: Quarter, situation: Situation) -> TimeValue | None:
    quarter = meaning.quarter
    if meaning.year is not None:
        return cal.quarter_value(meaning.year, quarter)
    frame = _frame_day(situation)
    if frame is not None:
        return cal.quarter_value(frame.year, quarter)
    if (story := _story_year(situation)) is not None:
        return _anchored(cal.quarter_value(story[0], quarter), story[1])
    today = situation.today
    current = (today.month - 1) // 3 + 1
    lean = situation.lean(None)
    if lean == "past" and quarter > current:
        starts = date(today.year, 3 * quarter - 2, 1)
        if (starts - today).days <= 45 and quarter - current == 1:
            return cal.quarter_value(today.year, quarter)  # "said the fourth quarter", in August
        return cal.quarter_value(today.year - 1, quarter)
    if lean == "future" and quarter < current:
        return cal.quarter_value(today.year + 1, quarter)
    return cal.quarter_value(today.year, quarter)


@resolves(Half)
def _half(meaning: Half, situation: Situation) -> TimeValue | None:
    year = meaning.year if meaning.year is not None else situation.today.year + meaning.step
    return cal.half_value(year, meaning.half)


@resolves(Season)
def _season(meaning: Season, situation: Situation) -> TimeValue | None:
    code = meaning.code
    if meaning.year is not None:
        return cal.season_value(meaning.year, code)
    frame = _frame_day(situation)
    if frame is not None:
        return cal.season_value(frame.year, code)
    rel = meaning.rel
    if rel is None and (story := _story_year(situation)) is not None:
        return _anchored(cal.season_value(story[0], code), story[1])
    base, anchor = _named_base(rel, situation)
    this_year = cal.season_value(base.year, code)
    if this_year is None or this_year.start is None or this_year.end is None:
        return None
    if rel is None or rel.step == 0:
        return _anchored(this_year, anchor)
    if rel.step < 0:
        ended = this_year.end.date() <= base
        year = base.year + rel.step + (1 if ended else 0)
    else:
        upcoming = this_year.start.date() > base
        year = base.year + rel.step - (1 if upcoming else 0)
    value = cal.season_value(year, code)
    return _anchored(value, anchor)


# ---- days and weeks ------------------------------------------------------------------------


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
    base, anchor = _base(rel, "day", situation)
    if rel.step == 0:  # in the week of the base day
        value = cal.day_value(cal.add_days(base, weekday - base.weekday()))
    else:
        days = [base + timedelta(days=offset) for offset in range(-70, 71)]
        matching = [day for day in days if day.weekday() == weekday]
        value = cal.day_value(_by_relation(matching, base, rel.step))
    return _anchored(value, anchor)


@resolves(Weekend)
def _weekend(meaning: Weekend, situation: Situation) -> TimeValue | None:
    """ "the weekend": the last one in a past-tense clause, else the coming one; "this
    coming weekend" and "next weekend" the first one after the base day."""
    rel = meaning.rel
    if rel is None:
        today = situation.today
        if situation.lean("past") == "past":
            return cal.weekend_value(cal.add_days(today, -((today.weekday() - 5) % 7)))
        return cal.weekend_value(today)
    base, anchor = _base(rel, "day", situation)
    if rel.step == 0:
        return _anchored(cal.weekend_value(base), anchor)
    saturdays = [
        base + timedelta(days=offset)
        for offset in range(-28, 29)
        if (base + timedelta(days=offset)).weekday() == 5
    ]
    if rel.step < 0:  # a weekend that has ended: its Sunday is before the base day
        ended = [day for day in saturdays if day + timedelta(days=1) < base]
        chosen = ended[rel.step] if len(ended) >= -rel.step else None
    else:
        chosen = _by_relation(saturdays, base, rel.step)
    value = cal.weekend_value(chosen)
    return _anchored(value, anchor)


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
    base, anchor = _named_base(rel, situation)
    days = [day for year in range(base.year - 3, base.year + 4) if (day := holiday_on(key, year))]
    if rel is None:
        return cal.day_value(_pick(days, today, situation.lean(None)))
    if rel.step == 0:
        value = cal.day_value(holiday_on(key, base.year))
    else:
        value = cal.day_value(_by_relation(days, base, rel.step))
    return _anchored(value, anchor)


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
        return _anchored(cal.weekend_value(cal.add_days(first, -7)), day.anchor)
    return _anchored(cal.weekend_value(first), day.anchor)


@resolves(WeekOf)
def _week_of(meaning: WeekOf, situation: Situation) -> TimeValue | None:
    day = resolve(meaning.day, situation)
    return None if day is None or day.start is None else cal.week_value(day.start.date())


# ---- cycles, offsets and lengths ------------------------------------------------------------


@resolves(Cycle)
def _cycle(meaning: Cycle, situation: Situation) -> TimeValue | None:
    unit, rel = meaning.unit, meaning.rel
    if unit == "weekend":
        return _weekend(Weekend(rel), situation)
    base, anchor = _base(rel, unit, situation)
    if unit == "season":
        value = cal.season_step(base, rel.step)
    elif unit == "half":
        half = (base.month - 1) // 6 + rel.step
        value = cal.half_value(base.year + half // 2, half % 2 + 1)
    else:
        grain: Granularity = unit
        moved = cal.shift(base, grain, rel.step)
        value = None if moved is None else cal.grain_interval(moved, grain)
    return _anchored(value, anchor)


_CLOCK_UNITS = {"hour": 3600, "minute": 60, "second": 1}
_MONTHS_IN = {"year": 12, "decade": 120, "century": 1200, "quarter": 3, "half": 6, "month": 1}


def offset_value(base: date, amount: float, unit: Unit, now: datetime) -> TimeValue | None:
    """The point `amount` units away from `base` (or from `now`, for clock units), at the
    grain of the unit."""
    if unit in _CLOCK_UNITS:
        try:
            return cal.time_value(now + timedelta(seconds=_CLOCK_UNITS[unit] * amount), "minute")
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
    return _anchored(value, anchor)


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
        if part_unit in _CLOCK_UNITS:
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
    if unit in _CLOCK_UNITS:
        seconds = _CLOCK_UNITS[unit]
        step = timedelta(seconds=seconds * count)
        now = situation.now
        if meaning.sign < 0:
            start = now - step
        else:
            start = _floor(now, unit) + timedelta(seconds=seconds)
        value = cal.time_value(start, "second" if unit == "second" else "minute")
        return None if value is None else replace(value, end=start + step)
    grain = _calendar_grain(unit)
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
        if unit in _CLOCK_UNITS:
            return moment + timedelta(seconds=_CLOCK_UNITS[unit] * amount)
        if amount % 1 or unit in ("weekend", "half", "season"):
            days = amount * {"week": 7, "weekend": 7, "month": 30, "year": 365}.get(unit, 1)
            return moment + timedelta(days=days)
    except OverflowError:
        return None
    grain = _calendar_grain(unit)
    moved = None if grain is None else cal.shift(moment.date(), grain, int(amount))
    return None if moved is None else datetime.combine(moved, moment.time())


def _calendar_grain(unit: Unit) -> Granularity | None:
    """The calendar grain a unit counts in: a weekend counts in weeks; a half in none."""
    if unit == "weekend":
        return "week"
    if unit == "half":
        return None
    return unit


@resolves(WeekNumber)
def _week_number(meaning: WeekNumber, situation: Situation) -> TimeValue | None:
    frame = _frame_day(situation)
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


# ---- times of day --------------------------------------------------------------------------


def _in_reference_zone(moment: datetime, zone: int | None, reference: Reference) -> datetime:
    """A clock time stated in another zone ("3 p.m. GMT") moved to the reference's wall time;
    with no reference zone the stated wall time stands, as the text gave it."""
    if zone is None or reference.tz is None:
        return moment
    try:
        stated = moment.replace(tzinfo=timezone(timedelta(minutes=zone)))
        return stated.astimezone(reference.tz).replace(tzinfo=None)
    except OverflowError:
        return moment


@resolves(Clock)
def _clock(meaning: Clock, situation: Situation) -> TimeValue | None:
    frame = situation.frame
    day = _frame_day(situation) or situation.today
    hour = meaning.hour24
    if (
        frame is not None
        and frame.start is not None
        and meaning.meridiem is None
        and hour < 12
        and frame.granularity == "hour"
        and frame.start.hour >= 12
    ):
        hour += 12  # "this evening at 7", "tonight at 9": the evening's seven o'clock
    grain: Granularity = "hour"
    if meaning.second is not None:
        grain = "second"
    elif meaning.exact or meaning.minute:
        grain = "minute"
    moment = datetime(day.year, day.month, day.day, hour, meaning.minute, meaning.second or 0)
    moment = _in_reference_zone(moment, meaning.zone, situation.reference)
    value = cal.time_value(moment, grain)
    if value is not None and frame is None:
        value = _as_preferred(value, situation, meaning.twelve_hour)
    if value is None or meaning.zone is None or situation.reference.tz is not None:
        return value
    # "10 a.m. CET" with no zone of the newsroom's to move it to: the wall time as stated,
    # and the TIMEX3 value says in which zone ("T10:00+01:00", "T14:00Z").
    return replace(value, value=value.value + _offset_suffix(meaning.zone))


def _offset_suffix(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _as_preferred(value: TimeValue, situation: Situation, twelve_hour: bool) -> TimeValue:
    """A clock time said without a day, moved to the side of the publish moment that an
    explicit `prefer` asks for, as it does for bare names: "3:30" read for the future at
    4:30 a.m. is 3:30 p.m., "3h18" tomorrow's. News (`auto`) keeps it on the publish day."""
    prefer = situation.reference.prefer
    if prefer == "auto":
        return value
    step = timedelta(hours=12 if twelve_hour else 24)
    return toward(value, prefer, situation.now, step)


def toward(value: TimeValue, prefer: Direction, now: datetime, step: timedelta) -> TimeValue:
    """`value` moved by whole `step`s, its length kept, until its start is at or after `now`
    (future) or at or before it (past); as it was where no such move stays in the calendar."""
    start, end = value.start, value.end
    if start is None or end is None:
        return value
    shifts = list(_calendar_shifts(start, end, step))
    if prefer == "future":
        shift = min((s for s in shifts if start + s >= now), default=None)
    else:
        shift = max((s for s in shifts if start + s <= now), default=None)
    if not shift:  # none fits, or none is needed
        return value
    moved = cal.time_value(start + shift, value.granularity or "minute")
    if moved is None:
        return value
    return replace(value, value=moved.value, start=start + shift, end=end + shift)


def _calendar_shifts(start: datetime, end: datetime, step: timedelta) -> Iterator[timedelta]:
    """Up to two steps either way, leaving out those that would leave years 1 to 9999."""
    for count in range(-2, 3):
        shift = step * count
        earliest = datetime.min - min(shift, timedelta(0))  # what the start may be moved from
        latest = datetime.max - max(shift, timedelta(0))  # and the end
        if earliest <= start and end <= latest:
            yield shift


@resolves(PartOfDay)
def _part_of_day(meaning: PartOfDay, situation: Situation) -> TimeValue | None:
    """ "in the morning": of the day the text last named ("on Friday ... in the morning"), of
    the publish day when it named none."""
    frame = _frame_day(situation)
    if frame is not None:
        return cal.day_part_value(frame, meaning.part)
    day, anchor = situation.narrative_base("day")
    return _anchored(cal.day_part_value(day, meaning.part), anchor)


# ---- compositions --------------------------------------------------------------------------


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
        return _week_number(WeekNumber(nth), replace(situation, frame=whole))
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
    grain = _calendar_grain(meaning.unit)
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
    return _anchored(replace(value, end=cal.midnight(end)), whole.anchor)


@resolves(Shifted)
def _shifted(meaning: Shifted, situation: Situation) -> TimeValue | None:
    base = resolve(meaning.base, situation)
    if base is None or base.start is None:
        return None
    amount = meaning.sign * meaning.amount
    value = offset_value(base.start.date(), amount, meaning.unit, base.start)
    fine = base.granularity == "day" and meaning.unit not in _CLOCK_UNITS
    if fine and value is not None and value.granularity != "day" and not amount % 1:
        grain: Granularity = "week" if meaning.unit == "weekend" else meaning.unit  # type: ignore[assignment]
        moved = cal.shift(base.start.date(), grain, int(amount))
        value = cal.day_value(moved)  # "4 months from tomorrow": a day, as its base is
    return _anchored(value, base.anchor)


@resolves(Interval)
def _interval(meaning: Interval, situation: Situation) -> TimeValue | None:
    """One stretch from the start of the first time to the end of the second (to the start
    of a clock time: "3 to 5 p.m." ends at 5); an end that would come first moves to its next
    occurrence ("Friday to Monday")."""
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
    end = last.start if last.granularity in _CLOCK_UNITS else last.end  # "to 5 p.m.": at 5
    if end <= first.start:
        return None
    stretch = replace(first, end=end)
    prefer = situation.reference.prefer
    if prefer == "auto" or not clocks_alone:
        return stretch
    return toward(stretch, prefer, situation.now, timedelta(days=1))


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
        later = _safe_date(start.year + 1, start.month, start.day)
        return cal.day_value(later)
    if isinstance(meaning, MonthName) and meaning.year is None:
        return cal.month_value(start.year + 1, start.month)
    return None
