"""The compositions German and Dutch share: two neighbouring expressions that make one, by the
words between them ("morgen" + " um " + "9", "vom 2." + " bis " + "9. März", "ersten Montag" +
" im " + "März"). Each builder takes the language's joint pattern (and its lead, where the
composition has one) and its examples, and returns the record; the produce functions are the
same for both languages.

A joint may name groups the produce function reads: `at` (a clock word before the time, so a
bare number reads as an hour), `between` (a stretch word before it), `dir` (the direction of
a shift).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from timeline.engine.records import Composition, Example, Groups
from timeline.engine.wordlists import lower_words
from timeline.lang.shared.produce import as_day, lasting, stretch_in_year
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
    Meaning,
    MonthName,
    NthItem,
    NthOf,
    Number,
    NumericDate,
    Offset,
    PartOf,
    PartOfDay,
    PartWord,
    Quarter,
    SaidClock,
    Season,
    Shifted,
    Vague,
    Weekday,
    Weekend,
    WeekNumber,
    Within,
    Year,
)

Examples = tuple[Example, ...]

# Meanings that name one day, which a clock time can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, Weekday, DayShift, Holiday, Cycle, NthOf, DayOfMonth, Within, Shifted,
    PartOfDay,
)  # fmt: skip
# Periods that "the first week of", "the end" and "the beginning" read inside.
PERIODS: tuple[type[Meaning], ...] = (
    MonthName, Year, Cycle, Quarter, Season, Decade, Century, Weekend,
)  # fmt: skip
# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Clock, SaidClock, Number, Date, NumericDate, DayOfMonth, Weekday, MonthName, Year, Within,
    PartOf, Quarter, Season, DayShift, Holiday, Cycle, Vague,
)  # fmt: skip
# What may be read inside a month ("am 5. nächsten Monats") and inside a year ("das erste
# Quartal des letzten Jahres").
_IN_MONTH = (DayOfMonth, Interval)
_IN_YEAR = (Quarter, Season, WeekNumber, Half)
# Ends of different kinds that may still make one stretch ("zwischen 2007 und Ende 2008").
_DATED = (Year, MonthName, Date, NumericDate, PartOf, Quarter, Season, DayShift, Holiday, Half)
_LATE_PARTS = ("afternoon", "evening", "night")
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI"}
_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
               "century")  # fmt: skip


def _day_of(meaning: Meaning) -> Meaning:
    """A number that reads as a day on its own ("22.10" alone is a date) as that day."""
    if isinstance(meaning, SaidClock) and meaning.fallback is not None:
        return meaning.fallback
    return meaning


def _clock_of(meaning: Meaning) -> Meaning | None:
    """A clock time, or a stretch of them, that a day can hold; a bare number as an hour."""
    if isinstance(meaning, SaidClock):
        return meaning.clock
    if isinstance(meaning, Number):
        hour = meaning.value
        return Clock(hour, twelve_hour=1 <= hour < 12) if 0 <= hour <= 23 else None
    if isinstance(meaning, Clock):
        return meaning
    if isinstance(meaning, Interval) and isinstance(meaning.end, Clock):
        return meaning
    if isinstance(meaning, Within) and isinstance(meaning.outer, PartOfDay):
        return meaning  # "5 Uhr nachmittags"
    return None


def _holds_a_time(day: Meaning) -> bool:
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval, Within))


def _day_then_clock(day: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    day = as_day(_day_of(day))
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    if isinstance(day, (Ahead, Offset, SaidClock)):
        return None
    if joint.get("between") and not isinstance(clock, Interval):
        return None  # "Montag zwischen 8 und 9": the stretch first, then its day
    if isinstance(clock, Number) and not joint.get("at"):
        return None  # "Freitag 13": a date, not an hour
    if isinstance(clock, Within) and isinstance(clock.outer, PartOfDay):
        return Within(clock.inner, Within(clock.outer, day))  # "Montag 5 Uhr nachmittags"
    inner = _clock_of(clock)
    return None if inner is None else Within(inner, day)


def _clock_then_day(clock: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    day = as_day(_day_of(day))
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    if isinstance(day, SaidClock) or isinstance(clock, Number):
        return None
    if isinstance(clock, Within) and not isinstance(clock.outer, PartOfDay):
        return None
    inner = _clock_of(clock)
    if inner is None or isinstance(day, PartOfDay):
        return None
    return Within(inner, day)


def _clock_in_part(clock: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "5 Uhr nachmittags", "von 5 bis 6 Uhr nachmittags": the clock read in the part of
    the day; after a date, in that day's part."""
    if not isinstance(part, PartOfDay):
        return None
    if isinstance(clock, Within) and isinstance(clock.inner, (Clock, Interval)):
        if isinstance(clock.outer, PartOfDay):  # "5 Uhr nachmittags bis 6 Uhr nachmittags"
            return clock if clock.outer == part else None
        return Within(clock.inner, Within(part, clock.outer))
    if isinstance(clock, SaidClock) and clock.fallback is not None:
        return None  # "18.07 abends": the evening of a date
    if isinstance(clock, Clock) and clock.hour == 12 and part.part in ("evening", "night"):
        return replace(clock, hour=0)  # "12 Uhr nachts": midnight
    inner = _clock_of(clock)
    if inner is None or isinstance(inner, Within):
        return None
    if isinstance(inner, Interval) and isinstance(inner.start, Clock):
        start, end = inner.start, inner.end
        if isinstance(end, Clock) and _minutes(start) > _minutes(end):
            return Interval(start, Within(end, part))  # "from half past seven to 4 p.m."
    return Within(inner, part)


def _minutes(clock: Clock) -> int:
    """Minutes into a half day: 7:30 is later than 4:00 whatever the part of the day."""
    return (clock.hour % 12) * 60 + clock.minute


def _date_in_part(day: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "22.05.2017 früh", "Mittwoch 29.11. Nachmittag": the part of that day."""
    day = _day_of(day)
    if not isinstance(part, PartOfDay) or isinstance(day, (PartOfDay, SaidClock)):
        return None
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay):
        return None
    return Within(part, day)


def _part_of_day_of(part: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    """ "am Abend des Mittwochs": the part of that day; "Nacht vom 5. auf den 6. Dezember"
    the night that begins on the first."""
    if isinstance(day, Interval):
        day = day.start
    return _date_in_part(day, joint, part)


def _part_or_part(first: Meaning, joint: Groups, second: Meaning) -> Meaning | None:
    """ "nachmittags/abends": either part; the first one stands for both."""
    said = first.inner if isinstance(first, Within) else first
    return first if isinstance(said, PartOfDay) and isinstance(second, PartOfDay) else None


def _weekday_then_date(day: Meaning, joint: Groups, date: Meaning) -> Meaning | None:
    """ "maandag 15 januari 2017", "vrijdag de 26e": the date, the weekday said with it."""
    part = None
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay):
        part, day = day.inner, day.outer
    if not isinstance(day, Weekday):
        return None  # "deze donderdag 21/9": the date says which Thursday
    date = _day_of(date)
    found: Meaning
    if isinstance(date, Date) and date.weekday is None:
        found = replace(date, weekday=day.weekday)
    elif isinstance(date, DayOfMonth) and date.weekday is None:
        found = DayOfMonth(date.day, day.weekday)
    elif isinstance(date, NumericDate):
        found = date
    elif isinstance(date, Number) and 1 <= date.value <= 31:
        found = DayOfMonth(date.value, day.weekday)  # "zondag 31"
    else:
        return None
    return found if part is None else Within(part, found)


def _date_then_weekday(date: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if not isinstance(day, Weekday) or day.rel is not None:
        return None
    date = _day_of(date)
    if isinstance(date, Date) and date.weekday is None:
        return replace(date, weekday=day.weekday)
    return date if isinstance(date, NumericDate) else None


def _nth_of(item: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    return NthOf(item.nth, item.item, whole) if isinstance(item, NthItem) else None


def _part_of(word: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    if isinstance(whole, Within) and not isinstance(whole.inner, PartOfDay):
        return None
    return PartOf(word.part, whole) if isinstance(word, PartWord) else None


def _weekday_in_week(day: Meaning, joint: Groups, week: Meaning) -> Meaning | None:
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay):
        inner = _weekday_in_week(day.outer, joint, week)
        return None if inner is None else Within(day.inner, inner)
    if isinstance(day, Interval) and isinstance(day.start, Weekday):  # "... between Wed and Fri"
        if not isinstance(week, Cycle) or week.unit != "week":
            return None
        return Within(day, week) if isinstance(day.end, Weekday) else None
    if not isinstance(day, Weekday) or day.rel is not None:
        return None
    if not isinstance(week, Cycle) or week.unit != "week":
        return None
    return Within(day, week)


def _week_then_weekday(week: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if joint.get("between") and not isinstance(day, Interval):
        return None  # the stretch of days first, then its week
    return _weekday_in_week(day, joint, week)


def _every_at(every: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    """ "jeden Mittwoch um 16 Uhr": the set of those times."""
    if not isinstance(every, Every):
        return None
    if isinstance(clock, SaidClock):
        clock = clock.clock
    part: PartOfDay | None = None
    if isinstance(clock, Within) and isinstance(clock.outer, PartOfDay):
        part = clock.outer
        clock = clock.inner
    if not isinstance(clock, Clock):
        return None
    stem, _t, said_part = every.value.partition("T")
    if stem == "P1D":
        stem = "XXXX-XX-XX"
    if not stem.startswith(("XXXX-WXX-", "XXXX-XX-XX")) or ":" in said_part:
        return None
    hour = clock.hour24
    if hour < 12 and (said_part in ("AF", "EV", "NI") or part and part.part in _LATE_PARTS):
        hour += 12  # "jeden Abend um 7", "jeden Tag um 3 Uhr nachmittags"
    return Every(f"{stem}T{hour:02d}:{clock.minute:02d}")


def _every_in_part(every: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "jeden Montag nachmittags", "jeden Tag um 3 Uhr nachmittags"."""
    if not isinstance(every, Every) or not isinstance(part, PartOfDay):
        return None
    stem, _t, time = every.value.partition("T")
    if ":" in time:
        hour, minute = int(time[:2]), time[3:5]
        if hour < 12 and part.part in _LATE_PARTS:
            return Every(f"{stem}T{hour + 12:02d}:{minute}")
        return every
    if time or not stem.startswith(("XXXX-WXX-", "P1D")):
        return None
    stem = "XXXX-XX-XX" if stem == "P1D" else stem
    return Every(f"{stem}T{_PART_CODES.get(part.part, 'MO')}")


def _in_period(inner: Meaning, joint: Groups, outer: Meaning) -> Meaning | None:
    unit = (
        outer.unit if isinstance(outer, Cycle) else "year" if isinstance(outer, Year) else "month"
    )
    if isinstance(inner, Interval) and not isinstance(inner.start, DayOfMonth):
        return None
    if unit == "month" and isinstance(inner, _IN_MONTH):
        return Within(inner, outer)
    if unit == "year" and isinstance(inner, _IN_YEAR):
        return Within(inner, outer)
    return None


def _holiday_in_year(holiday: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "Fastnachtssonntag im nächsten Jahr": the one in that year."""
    if not isinstance(holiday, Holiday) or holiday.year is not None or holiday.rel is not None:
        return None
    if isinstance(year, Year):
        return replace(holiday, year=year.year)
    if isinstance(year, Cycle) and year.unit == "year" and not year.rel.narrative:
        return replace(holiday, months_away=12 * year.rel.step)
    return None


def _stretch(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Both ends as one interval, each taking from the other what it did not say: "5 bis 6
    Uhr" (the hour from a number), "2. bis 9. März" (the month), "16.-17.05.2017"."""
    if isinstance(first, Within) and isinstance(first.inner, Weekday) and isinstance(last, Weekday):
        return Within(Interval(first.inner, last), first.outer)  # "nächste Woche Di bis Do"
    if (
        isinstance(first, Within)
        and isinstance(first.inner, Clock)
        and isinstance(last, (Clock, Number, SaidClock))
    ):
        last = last.clock if isinstance(last, SaidClock) else last
        end = _number_like(last, first.inner) if isinstance(last, Number) else last
        return None if end is None else Within(Interval(first.inner, end), first.outer)
    if isinstance(first, SaidClock) and isinstance(last, (Clock, SaidClock, Number)):
        first = first.clock
    if isinstance(last, SaidClock):
        last = last.clock if isinstance(first, Clock) else _day_of(last)
    first, last = _now_as_today(_day_of(first)), _now_as_today(last)
    start = _number_like(first, last) if isinstance(first, (Number, DayOfMonth)) else first
    end = _number_like(last, first) if isinstance(last, (Number, DayOfMonth)) else last
    if start is None or end is None:
        return None
    if type(start) is not type(end) and not (isinstance(start, _DATED) and isinstance(end, _DATED)):
        return None
    if isinstance(start, Cycle) or isinstance(end, Cycle):
        return None
    return Interval(start, end)


def _now_as_today(meaning: Meaning) -> Meaning:
    """ "now" as one end of a stretch of days: today."""
    return DayShift(0) if meaning == Vague("PRESENT_REF") else meaning


def _number_like(number: Number | DayOfMonth, other: Meaning) -> Meaning | None:
    """A bare number, or a day of the month, read as the kind of time beside it."""
    value = number.value if isinstance(number, Number) else number.day
    if isinstance(other, Clock) and isinstance(number, Number) and 0 <= value <= 24:
        return Clock(value % 24, twelve_hour=1 <= value < 12)
    if isinstance(other, Date) and 1 <= value <= 31:
        return Date(other.month, value, other.year)
    if isinstance(other, NumericDate) and 1 <= value <= 31:
        return NumericDate(value, other.second, other.year, day_first=True)
    if isinstance(other, DayOfMonth) and 1 <= value <= 31:
        return DayOfMonth(value)
    return None


def _hours(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Two bare numbers after "von" or "zwischen": a stretch of hours."""
    if not isinstance(first, Number) or not isinstance(last, Number):
        return None
    if not (0 <= first.value <= 24 and 0 <= last.value <= 24):
        return None
    start, end = (Clock(n.value % 24, twelve_hour=1 <= n.value < 12) for n in (first, last))
    return Interval(start, end)


def _durations(first: Meaning, joint: Groups, second: Meaning) -> Meaning | None:
    """ "3 Stunden 30 Minuten", "2 dagen, 1 maand": one length, its parts longest first."""
    if not isinstance(first, Duration) or not isinstance(second, Duration):
        return None
    if first.amount is None or second.amount is None or second.more:
        return None
    parts = [(first.amount, first.unit), *first.more, (second.amount, second.unit)]
    units = [unit for _, unit in parts]
    if len(set(units)) != len(units) or any(unit not in _UNIT_ORDER for unit in units):
        return None
    parts.sort(key=lambda part: -_UNIT_ORDER.index(part[1]))
    (amount, unit), *more = parts
    return Duration(amount, unit, tuple(more))


def _clock_then_every(clock: Meaning, joint: Groups, every: Meaning) -> Meaning | None:
    return _every_at(every, joint, clock)


def _shift_by(before: Collection[str]) -> Callable[[Meaning, Groups, Meaning], Meaning | None]:
    """A length before or after a day: backwards where the joint's `dir` is one of `before`."""

    def shifted(amount: Meaning, joint: Groups, base: Meaning) -> Meaning | None:
        if not isinstance(amount, Duration) or amount.amount is None or amount.more:
            return None
        if isinstance(base, Cycle) and base.unit != "day":
            return None
        sign = -1 if lower_words(joint.get("dir")) in before else 1
        return Shifted(amount.amount, amount.unit, sign, _day_of(base))

    return shifted


def date_at_clock(joint: str, examples: Examples) -> Composition:
    """ "morgen um 9", "vrijdag om 15.00": a day and a clock time in it. The joint's `at`
    group marks a clock word (a bare number then reads as an hour), `between` a stretch."""
    return Composition(
        name="date_at_clock",
        left=(*DAYS, Ahead, Offset, SaidClock),
        joint=joint,
        right=(Clock, Interval, Number, SaidClock, Within),
        produce=_day_then_clock,
        examples=examples,
    )


def clock_on_date(joint: str, examples: Examples) -> Composition:
    """ "15 Uhr am Freitag", "15:00 vandaag": a clock time, then its day."""
    return Composition(
        name="clock_on_date",
        left=(Clock, Interval, SaidClock, Within),
        joint=joint,
        right=(*DAYS, Ahead, SaidClock),
        produce=_clock_then_day,
        examples=examples,
    )


def clock_in_part(joint: str, examples: Examples) -> Composition:
    """ "5 Uhr nachmittags", "4 uur 's middags": a clock time in a part of the day."""
    return Composition(
        name="clock_in_part",
        left=(Clock, Interval, Within, SaidClock, Number),
        joint=joint,
        right=(PartOfDay,),
        produce=_clock_in_part,
        examples=examples,
    )


def date_in_part(joint: str, examples: Examples) -> Composition:
    """ "22.05.2017 früh", "5 feb 's ochtends": a day, then a part of it."""
    return Composition(
        name="date_in_part",
        left=(Date, NumericDate, DayShift, Holiday, DayOfMonth, Within, Cycle, SaidClock, Weekday),
        joint=joint,
        right=(PartOfDay,),
        produce=_date_in_part,
        examples=examples,
    )


def part_of_day_of(joint: str, examples: Examples) -> Composition:
    """ "Abend des Mittwochs": a part of the day, then its day."""
    return Composition(
        name="part_of_day_of",
        left=(PartOfDay,),
        joint=joint,
        right=(Weekday, Date, NumericDate, DayShift, Interval),
        produce=_part_of_day_of,
        examples=examples,
    )


def part_or_part(joint: str, examples: Examples) -> Composition:
    """ "nachmittags/abends": one part of the day or another."""
    return Composition(
        name="part_or_part",
        left=(PartOfDay, Within),
        joint=joint,
        right=(PartOfDay,),
        produce=_part_or_part,
        examples=examples,
    )


def weekday_then_date(joint: str, examples: Examples, *, bare_day: bool = False) -> Composition:
    """ "Montag, den 15. Januar 2017": a weekday, then its date; with `bare_day`, a bare
    number after the weekday may be its day of the month ("zondag 31")."""
    right: tuple[type[Meaning], ...] = (Date, NumericDate, DayOfMonth, SaidClock)
    return Composition(
        name="weekday_then_date",
        left=(Weekday, Within),
        joint=joint,
        right=(*right, Number) if bare_day else right,
        produce=_weekday_then_date,
        examples=examples,
    )


def date_then_weekday(joint: str, examples: Examples) -> Composition:
    """ "02.06.2017, Freitag": a date, then its weekday."""
    return Composition(
        name="date_then_weekday",
        left=(Date, NumericDate, SaidClock),
        joint=joint,
        right=(Weekday,),
        produce=_date_then_weekday,
        examples=examples,
    )


def nth_of(joint: str, examples: Examples) -> Composition:
    """ "ersten Montag im März": the nth item of a period."""
    return Composition(
        name="nth_of",
        left=(NthItem,),
        joint=joint,
        right=PERIODS,
        produce=_nth_of,
        examples=examples,
    )


def part_of(joint: str, examples: Examples) -> Composition:
    """ "Ende März", "eind maart": a part of a period."""
    return Composition(
        name="part_of",
        left=(PartWord,),
        joint=joint,
        right=(*PERIODS, Within),
        produce=_part_of,
        examples=examples,
    )


def weekday_of_week(joint: str, examples: Examples) -> Composition:
    """ "Montag nächster Woche": a weekday, then its week."""
    return Composition(
        name="weekday_of_week",
        left=(Weekday, Within),
        joint=joint,
        right=(Cycle,),
        produce=_weekday_in_week,
        examples=examples,
    )


def week_then_weekday(joint: str, examples: Examples) -> Composition:
    """ "nächste Woche Montag": a week, then a weekday in it (`between`: a stretch of them)."""
    return Composition(
        name="week_then_weekday",
        left=(Cycle,),
        joint=joint,
        right=(Weekday, Within, Interval),
        produce=_week_then_weekday,
        examples=examples,
    )


def every_at(joint: str, examples: Examples) -> Composition:
    """ "jeden Mittwoch um 16 Uhr": a set of days at a clock time."""
    return Composition(
        name="every_at",
        left=(Every,),
        joint=joint,
        right=(Clock, SaidClock),
        produce=_every_at,
        examples=examples,
    )


def every_in_part(joint: str, examples: Examples) -> Composition:
    """ "jeden Montag nachmittags": a set of days in a part of the day."""
    return Composition(
        name="every_in_part",
        left=(Every,),
        joint=joint,
        right=(PartOfDay,),
        produce=_every_in_part,
        examples=examples,
    )


def clock_then_every(joint: str, examples: Examples) -> Composition:
    """ "9.00 op zondagen": a clock time, then the set of days it falls on."""
    return Composition(
        name="clock_then_every",
        left=(Clock, SaidClock),
        joint=joint,
        right=(Every,),
        produce=_clock_then_every,
        examples=examples,
    )


def in_period(joint: str, examples: Examples) -> Composition:
    """ "am 5. nächsten Monats", "KW 3 des letzten Jahres": a time inside a month or year."""
    return Composition(
        name="in_period",
        left=(*_IN_MONTH, *_IN_YEAR),
        joint=joint,
        right=(Cycle, MonthName, Year),
        produce=_in_period,
        examples=examples,
    )


def holiday_in_year(joint: str, examples: Examples) -> Composition:
    """ "Pasen volgend jaar": a holiday in a year."""
    return Composition(
        name="holiday_in_year",
        left=(Holiday,),
        joint=joint,
        right=(Cycle, Year),
        produce=_holiday_in_year,
        examples=examples,
    )


def shifted(joint: str, before: Collection[str], examples: Examples) -> Composition:
    """ "zwei Tage vor Weihnachten": a length before or after a day. The joint's `dir` group
    holds the direction word; one of `before` (in lower case) counts back."""
    return Composition(
        name="shifted",
        left=(Duration,),
        joint=joint,
        right=DAYS,
        produce=_shift_by(before),
        examples=examples,
    )


def range_of(joint: str, examples: Examples) -> Composition:
    """ "vom 2. bis 9. März", "van 5 tot 6 uur": a stretch from one time to another."""
    return Composition(
        name="range",
        left=ENDS,
        joint=joint,
        right=ENDS,
        produce=_stretch,
        examples=examples,
    )


def range_between(joint: str, lead: str, examples: Examples) -> Composition:
    """ "zwischen Montag und Mittwoch": a stretch between two times, after `lead`."""
    return Composition(
        name="range_between",
        left=ENDS,
        joint=joint,
        right=ENDS,
        produce=_stretch,
        lead=lead,
        examples=examples,
    )


def range_hours(joint: str, lead: str, examples: Examples) -> Composition:
    """ "von 9 bis 11": two bare numbers after `lead`, a stretch of hours."""
    return Composition(
        name="range_hours",
        left=(Number,),
        joint=joint,
        right=(Number,),
        produce=_hours,
        lead=lead,
        examples=examples,
    )


def range_hours_between(joint: str, lead: str, examples: Examples) -> Composition:
    """ "zwischen 8 und 9": two bare numbers after `lead`, a stretch of hours."""
    return Composition(
        name="range_hours_between",
        left=(Number,),
        joint=joint,
        right=(Number,),
        produce=_hours,
        lead=lead,
        examples=examples,
    )


def stretch_in_year_of(joint: str, examples: Examples) -> Composition:
    """ "5. bis 9. März 1918": a stretch of days, then the year of both ends."""
    return Composition(
        name="stretch_in_year",
        left=(Interval,),
        joint=joint,
        right=(Year,),
        produce=stretch_in_year,
        examples=examples,
    )


def duration_and(joint: str, examples: Examples) -> Composition:
    """ "3 Stunden 30 Minuten": two lengths as one."""
    return Composition(
        name="duration_and",
        left=(Duration,),
        joint=joint,
        right=(Duration,),
        produce=_durations,
        examples=examples,
    )


def lasting_for(joint: str, examples: Examples) -> Composition:
    """ "ab 10 Uhr für 3 Stunden": a time and how long from it (in a phrase typed alone)."""
    return Composition(
        name="lasting",
        left=(*DAYS, Clock),
        joint=joint,
        right=(Duration,),
        produce=lasting,
        typed_only=True,
        examples=examples,
    )
