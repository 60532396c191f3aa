"""Dutch compositions: two neighbouring expressions that make one, by the words between.

"morgen om 9", "volgende vrijdag om 15.00", "van 2 tot 9 maart", "tussen maandag en
woensdag", "4 uur 's middags", "twee dagen voor kerst" need no pattern of their own. The
finder applies them left to right, again and again, so a composed expression composes
further ("22 april" + "van 5 tot 6 uur" + "'s middags").
"""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.engine.wordlists import lower_words
from timeline.lang.nl.patterns import OPT, _
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

# Meanings that name one day, which a clock time can sit in.
DAYS: tuple[type[Meaning], ...] = (
    Date, NumericDate, Weekday, DayShift, Holiday, Cycle, NthOf, DayOfMonth, Within, Shifted,
    PartOfDay,
)  # fmt: skip
# Periods that "de eerste week van", "eind" and "begin" read inside.
PERIODS: tuple[type[Meaning], ...] = (
    MonthName, Year, Cycle, Quarter, Season, Decade, Century, Weekend,
)  # fmt: skip
# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Clock, SaidClock, Number, Date, NumericDate, DayOfMonth, Weekday, MonthName, Year, Within,
    PartOf, Quarter, Season, DayShift, Holiday, Cycle, Vague,
)  # fmt: skip
_CA = r"(?:ca\.?|circa|ongeveer|omstreeks|omtrent)"


def _day_of(meaning: Meaning) -> Meaning:
    """A number that reads as a day on its own ("5.12" alone is a date) as that day."""
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
        return meaning  # "4 uur 's middags"
    return None


def _holds_a_time(day: Meaning) -> bool:
    return isinstance(day, Within) and isinstance(day.inner, (Clock, Interval, Within))


def _as_day(meaning: Meaning) -> Meaning:
    """ "over 4 jaar" read to the day, as a clock time said with it needs."""
    if isinstance(meaning, (Ahead, Offset)) and meaning.amount is not None:
        if not (isinstance(meaning, Offset) and meaning.narrative):
            sign = meaning.sign if isinstance(meaning, Offset) else 1
            return Shifted(meaning.amount, meaning.unit, sign, DayShift(0))
    return meaning


def _day_then_clock(day: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    day = _as_day(_day_of(day))
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    if isinstance(day, (Ahead, Offset, SaidClock)):
        return None
    if joint.get("between") and not isinstance(clock, Interval):
        return None  # "Montag zwischen 8 und 9": the stretch first, then its day
    if isinstance(clock, Number) and not joint.get("at"):
        return None  # "vrijdag 13": a date, not an hour
    if isinstance(clock, Within) and isinstance(clock.outer, PartOfDay):
        return Within(clock.inner, Within(clock.outer, day))  # "maandag 5 uur 's middags"
    inner = _clock_of(clock)
    return None if inner is None else Within(inner, day)


DATE_AT_CLOCK = Composition(
    name="date_at_clock",
    left=(*DAYS, Ahead, Offset, SaidClock),
    joint=r",?"
    + _
    + r"(?:(?P<at>om|rond|rondom|tegen|vanaf|van|tot|@|"
    + _CA
    + r")"
    + _
    + r"(?:"
    + _CA
    + _
    + r")?|(?P<between>tussen)"
    + _
    + r"|(?:op"
    + _
    + r")?)?|(?P<at2>,)"
    + _
    + r"|"
    + OPT
    + r"-"
    + OPT,
    right=(Clock, Interval, Number, SaidClock, Within),
    produce=_day_then_clock,
    examples=(
        ex("vrijdag om 15.00", "2022-03-11T15:00"),
        ex("morgen om 9", "2022-03-15T09:00"),
        ex("volgende vrijdag om 15 uur", "2022-03-25T15:00"),
        ex("tweeëntwintig februari om 3.30", "2022-02-22T03:30"),
        ex("deze morgen om zeven", "2022-03-14T07:00"),
        ex("vanavond rond 19.00", "2022-03-14T19:00"),
        ex("22 mei - 11:30", "2022-05-22T11:30"),
        ex("de 22e februari 3.30", "2022-02-22T03:30"),
        ex(
            "volgende maandag tussen 3 en 8 uur 's morgens",
            "2022-03-21T03:00",
            end="2022-03-21T08:00:00",
        ),
        ex("maandag 21 tussen 9:30 en 15:00", "2022-03-21T09:30", end="2022-03-21T15:00:00"),
    ),
)


def _clock_then_day(clock: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    day = _as_day(_day_of(day))
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


CLOCK_ON_DATE = Composition(
    name="clock_on_date",
    left=(Clock, Interval, SaidClock, Within),
    joint=r",?" + _ + r"(?:(?:op|van)" + _ + r")?",
    right=(*DAYS, Ahead, SaidClock),
    produce=_clock_then_day,
    examples=(
        ex("15:00 vandaag", "2022-03-14T15:00"),
        ex("om 13.00 28 februari 2013", "2013-02-28T13:00"),
        ex("van 10:30 tot 15:00 op 1/1/2015", "2015-01-01T10:30", end="2015-01-01T15:00:00"),
    ),
)


def _clock_in_part(clock: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "4 uur 's middags", "van 5 tot 6 uur 's avonds": the clock read in the part of the
    day; after a date, in that day's part."""
    if not isinstance(part, PartOfDay):
        return None
    if isinstance(clock, Within) and isinstance(clock.inner, (Clock, Interval)):
        if isinstance(clock.outer, PartOfDay):  # "5 uur 's middags tot 6 uur 's middags"
            return clock if clock.outer == part else None
        return Within(clock.inner, Within(part, clock.outer))
    if isinstance(clock, SaidClock) and clock.fallback is not None:
        return None  # "5.12 's avonds": the evening of a date
    if isinstance(clock, Clock) and clock.hour == 12 and part.part in ("evening", "night"):
        return replace(clock, hour=0)  # "12 uur 's nachts": midnight
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


CLOCK_IN_PART = Composition(
    name="clock_in_part",
    left=(Clock, Interval, Within, SaidClock, Number),
    joint=_ + r"(?:in" + _ + r"de" + _ + r")?",
    right=(PartOfDay,),
    produce=_clock_in_part,
    examples=(
        ex("9 uur 's ochtends", "2022-03-14T09:00"),
        ex("4 uur 's middags", "2022-03-14T16:00"),
        ex("zes uur 's avonds", "2022-03-14T18:00"),
        ex(
            "van 5 uur 's middags tot 6 uur 's middags",
            "2022-03-14T17:00",
            end="2022-03-14T18:00:00",
        ),
        ex("van half acht tot 4 uur 's middags", "2022-03-14T07:30", end="2022-03-14T16:00:00"),
        ex("22 april van 5 tot 6 uur 's middags", "2022-04-22T17:00", end="2022-04-22T18:00:00"),
    ),
)


def _date_in_part(day: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "5 feb 's ochtends", "dinsdag, in de ochtend": the part of that day."""
    day = _day_of(day)
    if not isinstance(part, PartOfDay) or isinstance(day, (PartOfDay, SaidClock)):
        return None
    if _holds_a_time(day) or (isinstance(day, Cycle) and day.unit != "day"):
        return None
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay):
        return None
    return Within(part, day)


DATE_IN_PART = Composition(
    name="date_in_part",
    left=(Date, NumericDate, DayShift, Holiday, DayOfMonth, Within, Cycle, SaidClock, Weekday),
    joint=r"\)?,?" + _ + r"(?:(?:in|op)" + _ + r"de" + _ + r")?",
    right=(PartOfDay,),
    produce=_date_in_part,
    examples=(
        ex("5 feb 's ochtends", "2022-02-05TMO"),
        ex("dinsdag, in de ochtend", "2022-03-08TMO"),
    ),
)


def _part_of_day_of(part: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    """ "vroeg in de ochtend op dinsdag": the part of that day; "de nacht van 5 op 6
    december" the night that begins on the first."""
    if isinstance(day, Interval):
        day = day.start
    return _date_in_part(day, joint, part)


PART_OF_DAY_OF = Composition(
    name="part_of_day_of",
    left=(PartOfDay,),
    joint=_ + r"(?:(?:op|van)" + _ + r")?",
    right=(Weekday, Date, NumericDate, DayShift, Interval),
    produce=_part_of_day_of,
    examples=(
        ex("vroeg in de ochtend op dinsdag", "2022-03-08TMO"),
        ex("laat in de middag dinsdag", "2022-03-08TAF"),
    ),
)


def _part_or_part(first: Meaning, joint: Groups, second: Meaning) -> Meaning | None:
    """ "'s middags/'s avonds": either part; the first one stands for both."""
    said = first.inner if isinstance(first, Within) else first
    return first if isinstance(said, PartOfDay) and isinstance(second, PartOfDay) else None


PART_OR_PART = Composition(
    name="part_or_part",
    left=(PartOfDay, Within),
    joint=OPT + r"(?:/|of)" + OPT,
    right=(PartOfDay,),
    produce=_part_or_part,
    examples=(ex("22-08-2017 's middags of 's avonds", "2017-08-22TAF"),),
)


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


WEEKDAY_THEN_DATE = Composition(
    name="weekday_then_date",
    left=(Weekday, Within),
    joint=r"\.?,?" + _ + r"(?:de" + _ + r")?\(?|\.?,?\(|\.",
    right=(Date, NumericDate, DayOfMonth, SaidClock, Number),
    produce=_weekday_then_date,
    examples=(
        ex("maandag 15 januari 2017", "2017-01-15"),
        ex("vrijdag de vijftiende maart", "2022-03-15"),
        ex("donderdag 29/3", "2022-03-29"),
        ex("zondag 31", "2021-10-31"),
        ex("vrijdag de 26e", "2021-11-26"),
    ),
)


def _date_then_weekday(date: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if not isinstance(day, Weekday) or day.rel is not None:
        return None
    date = _day_of(date)
    if isinstance(date, Date) and date.weekday is None:
        return replace(date, weekday=day.weekday)
    return date if isinstance(date, NumericDate) else None


DATE_THEN_WEEKDAY = Composition(
    name="date_then_weekday",
    left=(Date, NumericDate, SaidClock),
    joint=r"," + _,
    right=(Weekday,),
    produce=_date_then_weekday,
    examples=(ex("2 juni 2017, vrijdag", "2017-06-02"),),
)


def _nth_of(item: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    return NthOf(item.nth, item.item, whole) if isinstance(item, NthItem) else None


NTH_OF = Composition(
    name="nth_of",
    left=(NthItem,),
    joint=_ + r"(?:van|in)" + _,
    right=PERIODS,
    produce=_nth_of,
    examples=(
        ex("de laatste week van juli", "2022-W30"),
        ex("de eerste week van dit jaar", "2022-W01"),
        ex("laatste week van 2015", "2015-W53"),
        ex("de derde week van 2027", "2027-W03"),
    ),
)


def _part_of(word: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    if isinstance(whole, Within) and not isinstance(whole.inner, PartOfDay):
        return None
    return PartOf(word.part, whole) if isinstance(word, PartWord) else None


PART_OF = Composition(
    name="part_of",
    left=(PartWord,),
    joint=r"(?:-|" + _ + r"(?:(?:van" + _ + r")?(?:de|het)" + _ + r"|op" + _ + r")?)",
    right=(*PERIODS, Within),
    produce=_part_of,
    examples=(
        ex("eind maart", "2022-03", start="2022-03-21T00:00:00"),
        ex("halverwege 2000", "2000", start="2000-04-01T00:00:00"),
        ex("begin van dinsdagmiddag", "2022-03-08TAF"),
        ex("laat op dinsdagavond", "2022-03-08TEV"),
        ex("einde van 2000", "2000", start="2000-09-01T00:00:00"),
    ),
)


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


WEEKDAY_OF_WEEK = Composition(
    name="weekday_of_week",
    left=(Weekday, Within),
    joint=_ + r"(?:van" + _ + r")?",
    right=(Cycle,),
    produce=_weekday_in_week,
    examples=(ex("maandag volgende week", "2022-03-21"), ex("vrijdag van vorige week",
                                                             "2022-03-11")),
)  # fmt: skip


def _week_then_weekday(week: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if joint.get("between") and not isinstance(day, Interval):
        return None  # the stretch of days first, then its week
    return _weekday_in_week(day, joint, week)


WEEK_THEN_WEEKDAY = Composition(
    name="week_then_weekday",
    left=(Cycle,),
    joint=r",?" + _ + r"(?:op" + _ + r"|(?P<between>tussen)" + _ + r")?",
    right=(Weekday, Within, Interval),
    produce=_week_then_weekday,
    examples=(
        ex("volgende week op dinsdag", "2022-03-22"),
        ex("op volgende week maandag om 9.00", "2022-03-21T09:00"),
        ex("volgende week tussen woensdag en vrijdag", "2022-03-23", end="2022-03-26T00:00:00"),
    ),
)


def _every_at(every: Meaning, joint: Groups, clock: Meaning) -> Meaning | None:
    """ "elke maandag om 16.00": the set of those times."""
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
        hour += 12  # "elke avond om 7", "elke dag om 3 uur 's middags"
    return Every(f"{stem}T{hour:02d}:{clock.minute:02d}")


_LATE_PARTS = ("afternoon", "evening", "night")
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI"}


def _every_in_part(every: Meaning, joint: Groups, part: Meaning) -> Meaning | None:
    """ "elke maandag 's middags", "elke dag om 3 uur 's middags"."""
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


EVERY_IN_PART = Composition(
    name="every_in_part",
    left=(Every,),
    joint=_,
    right=(PartOfDay,),
    produce=_every_in_part,
    examples=(
        ex("elke dag om 3 uur 's middags", "XXXX-XX-XXT15:00"),
        ex("elke maandag 's middags", "XXXX-WXX-1TAF"),
    ),
)


EVERY_AT = Composition(
    name="every_at",
    left=(Every,),
    joint=_ + r"(?:om|rond|tegen|vanaf)?" + OPT,
    right=(Clock, SaidClock),
    produce=_every_at,
    examples=(
        ex("elke maandag 16.00", "XXXX-WXX-1T16:00"),
        ex("iedere maandag om 16.00", "XXXX-WXX-1T16:00"),
        ex("elke avond om 19:13", "XXXX-XX-XXT19:13"),
    ),
)


def _clock_then_every(clock: Meaning, joint: Groups, every: Meaning) -> Meaning | None:
    return _every_at(every, joint, clock)


CLOCK_THEN_EVERY = Composition(
    name="clock_then_every",
    left=(Clock, SaidClock),
    joint=_ + r"(?:op" + _ + r")?",
    right=(Every,),
    produce=_clock_then_every,
    examples=(ex("9.00 op zondagen", "XXXX-WXX-7T09:00"),),
)

# What may be read inside a month ("de 15e dag van volgende maand") and inside a year
# ("week 3 van vorig jaar").
_IN_MONTH = (DayOfMonth, Interval)
_IN_YEAR = (Quarter, Season, WeekNumber, Half)


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


IN_PERIOD = Composition(
    name="in_period",
    left=(*_IN_MONTH, *_IN_YEAR),
    joint=_ + r"(?:dag" + _ + r")?(?:van|in)" + _,
    right=(Cycle, MonthName, Year),
    produce=_in_period,
    examples=(
        ex("de 15e dag van volgende maand", "2022-04-15"),
        ex("week 3 van vorig jaar", "2021-W03"),
    ),
)


def _holiday_in_year(holiday: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "Pasen volgend jaar", "carnaval in 2023": the one in that year."""
    if not isinstance(holiday, Holiday) or holiday.year is not None or holiday.rel is not None:
        return None
    if isinstance(year, Year):
        return replace(holiday, year=year.year)
    if isinstance(year, Cycle) and year.unit == "year" and not year.rel.narrative:
        return replace(holiday, months_away=12 * year.rel.step)
    return None


HOLIDAY_IN_YEAR = Composition(
    name="holiday_in_year",
    left=(Holiday,),
    joint=_ + r"(?:in" + _ + r"|van" + _ + r")?",
    right=(Cycle, Year),
    produce=_holiday_in_year,
    examples=(ex("Pasen volgend jaar", "2023-04-09"),),
)


def _shifted(amount: Meaning, joint: Groups, base: Meaning) -> Meaning | None:
    if not isinstance(amount, Duration) or amount.amount is None or amount.more:
        return None
    if isinstance(base, Cycle) and base.unit != "day":
        return None
    sign = -1 if lower_words(joint.get("dir")) == "voor" else 1
    return Shifted(amount.amount, amount.unit, sign, _day_of(base))


SHIFTED = Composition(
    name="shifted",
    left=(Duration,),
    joint=_ + r"(?P<dir>voor|na|vanaf|vanuit)" + _ + r"(?:de" + _ + r")?",
    right=DAYS,
    produce=_shifted,
    examples=(
        ex("twee dagen voor kerst", "2021-12-23"),
        ex("twee dagen na vandaag", "2022-03-16"),
        ex("twee dagen voor gisteren", "2022-03-11"),
        ex("3 dagen vanaf vandaag", "2022-03-17"),
        ex("3 dagen na de 12e januari", "2022-01-15"),
    ),
)


def _stretch(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Both ends as one interval, each taking from the other what it did not say: "5 tot 6
    uur" (the hour from a number), "2 tot 9 maart" (the month), "28e feb tot 1e maart"."""
    if isinstance(first, Within) and isinstance(first.inner, Weekday) and isinstance(last, Weekday):
        return Within(Interval(first.inner, last), first.outer)  # "volgende week di tot do"
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


# Ends of different kinds that may still make one stretch ("tussen 2007 en eind 2008").
_DATED = (Year, MonthName, Date, NumericDate, PartOf, Quarter, Season, DayShift, Holiday, Half)


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


RANGE = Composition(
    name="range",
    left=ENDS,
    joint=r",?[ \t]{0,3}(?:-|–|—|t/m|tot(?:[ \t]{1,3}en[ \t]{1,3}met|[ \t]{1,3}aan)?|op)"
    r"[ \t]{0,3}",
    right=ENDS,
    produce=_stretch,
    examples=(
        ex("van 5 tot 6 uur", "2022-03-14T05:00", end="2022-03-14T06:00:00"),
        ex("van 2 tot 9 maart", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("van 2014 tot en met 2018", "2014", end="2019-01-01T00:00:00"),
        ex("16:00-17:00", "2022-03-14T16:00", end="2022-03-14T17:00:00"),
        ex("van mei tot okt 2020", "2020-05", end="2020-11-01T00:00:00"),
        ex("28e feb tot 1e maart", "2022-02-28", end="2022-03-02T00:00:00"),
        ex("van 1-10-2018 - 7-10-2018", "2018-10-01", end="2018-10-08T00:00:00"),
        ex("18 nov 2014-19 dec 2015", "2014-11-18", end="2015-12-20T00:00:00"),
        ex("van half drie tot kwart voor drie", "2022-03-14T02:30", end="2022-03-14T02:45:00"),
        ex("van 1:30 tot 3", "2022-03-14T01:30", end="2022-03-14T03:00:00"),
        ex("maandagmorgen van 10:00 tot 12:00", "2022-03-14T10:00", end="2022-03-14T12:00:00"),
        ex("van Q1-2017 tot Q1-2018", "2017-Q1", end="2018-04-01T00:00:00"),
        # In a document each end is an expression of its own, as TimeML marks them.
        ex(
            "6 tot 7 januari 1916",
            "1916-01-06",
            text="De slag woedde van 6 tot 7 januari 1916 bij de rivier.",
        ),
    ),
)

RANGE_BETWEEN = Composition(
    name="range_between",
    left=ENDS,
    joint=_ + r"en" + _ + r"(?:de" + _ + r")?",
    right=ENDS,
    produce=_stretch,
    lead=r"tussen" + _,
    examples=(
        ex("tussen maandag en woensdag", "2022-03-14", end="2022-03-17T00:00:00"),
        ex("tussen 4 en 6 uur", "2022-03-14T04:00", end="2022-03-14T06:00:00"),
        ex("tussen augustus en oktober", "2022-08", end="2022-11-01T00:00:00"),
        ex("tussen 1 januari 2015 en 5 februari 2018", "2015-01-01", end="2018-02-06T00:00:00"),
        ex("tussen nu en november de 15e", "2022-03-14", end="2022-11-16T00:00:00"),
    ),
)


def _hours(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Two bare numbers after "van" or "tussen": a stretch of hours."""
    if not isinstance(first, Number) or not isinstance(last, Number):
        return None
    if not (0 <= first.value <= 24 and 0 <= last.value <= 24):
        return None
    start, end = (Clock(n.value % 24, twelve_hour=1 <= n.value < 12) for n in (first, last))
    return Interval(start, end)


RANGE_HOURS = Composition(
    name="range_hours",
    left=(Number,),
    joint=OPT + r"(?:-|–|tot)" + OPT,
    right=(Number,),
    produce=_hours,
    lead=r"(?:van|vanaf)" + _,
    examples=(ex("van 9 tot 11", "2022-03-14T09:00", end="2022-03-14T11:00:00"),),
)

RANGE_HOURS_BETWEEN = Composition(
    name="range_hours_between",
    left=(Number,),
    joint=_ + r"en" + _,
    right=(Number,),
    produce=_hours,
    lead=r"tussen" + _,
    examples=(ex("tussen 8 en 9", "2022-03-14T08:00", end="2022-03-14T09:00:00"),),
)


def _stretch_in_year(stretch: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "van 5 tot 9 maart, 1918": the year said after a stretch of days holds both ends."""
    if not isinstance(stretch, Interval) or not isinstance(year, Year):
        return None
    start, end = stretch.start, stretch.end
    if not isinstance(start, Date) or not isinstance(end, Date) or end.year is not None:
        return None
    return Interval(replace(start, year=start.year or year.year), replace(end, year=year.year))


STRETCH_IN_YEAR = Composition(
    name="stretch_in_year",
    left=(Interval,),
    joint=r",?" + _,
    right=(Year,),
    produce=_stretch_in_year,
    examples=(ex("5 tot 9 maart jaar 1918", "1918-03-05", end="1918-03-10T00:00:00"),),
)


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


_UNIT_ORDER = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
               "century")  # fmt: skip

DURATION_AND = Composition(
    name="duration_and",
    left=(Duration,),
    joint=r",?" + _ + r"(?:en" + _ + r")?",
    right=(Duration,),
    produce=_durations,
    examples=(
        ex("3 uur 30 minuten", "PT3H30M"),
        ex("1 jaar, 1 maand en 21 dagen", "P1Y1M21D"),
        ex("2 dagen, 1 maand", "P1M2D"),
    ),
)


def _lasting(start: Meaning, joint: Groups, length: Meaning) -> Meaning | None:
    """ "vanaf 10 uur gedurende 3 uur": a time and how long from it."""
    if not isinstance(length, Duration) or length.amount is None:
        return None
    return Lasting(start, length)


LASTING = Composition(
    name="lasting",
    left=(*DAYS, Clock),
    joint=_ + r"(?:voor|gedurende)" + _,
    right=(Duration,),
    produce=_lasting,
    typed_only=True,
    examples=(ex("vanaf 10:00 gedurende 3 uur", "2022-03-14T10:00", end="2022-03-14T13:00:00"),),
)

COMPOSITIONS: tuple[Composition, ...] = (
    NTH_OF,
    PART_OF,
    WEEKDAY_OF_WEEK,
    WEEK_THEN_WEEKDAY,
    WEEKDAY_THEN_DATE,
    DATE_THEN_WEEKDAY,
    EVERY_AT,
    EVERY_IN_PART,
    CLOCK_THEN_EVERY,
    IN_PERIOD,
    HOLIDAY_IN_YEAR,
    DURATION_AND,
    SHIFTED,
    RANGE,
    RANGE_BETWEEN,
    RANGE_HOURS,
    RANGE_HOURS_BETWEEN,
    STRETCH_IN_YEAR,
    CLOCK_IN_PART,
    DATE_AT_CLOCK,
    CLOCK_ON_DATE,
    DATE_IN_PART,
    PART_OF_DAY_OF,
    PART_OR_PART,
    LASTING,
)
