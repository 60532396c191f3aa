"""German compositions: two neighbouring expressions that make one, by the words between.

"morgen um 9", "nächsten Freitag um 15 Uhr", "vom 2. bis 9. März", "zwischen Montag und
Mittwoch", "5 Uhr nachmittags", "drei Tage vor Weihnachten" need no pattern of their own.
The finder applies them left to right, again and again, so a composed expression composes
further ("22. April" + "von 5 bis 6 Uhr" + "nachmittags").
"""

from __future__ import annotations

from dataclasses import replace

from timeline.engine.records import Composition, Groups, ex
from timeline.engine.wordlists import lower_words
from timeline.lang.de.patterns import OPT, _
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
# Periods that "der ersten Woche im", "Ende" and "Anfang" read inside.
PERIODS: tuple[type[Meaning], ...] = (
    MonthName, Year, Cycle, Quarter, Season, Decade, Century, Weekend,
)  # fmt: skip
# What a stretch may run between.
ENDS: tuple[type[Meaning], ...] = (
    Clock, SaidClock, Number, Date, NumericDate, DayOfMonth, Weekday, MonthName, Year, Within,
    PartOf, Quarter, Season, DayShift, Holiday, Cycle, Vague,
)  # fmt: skip
_CA = r"(?:ca\.?|circa|etwa|ungefähr)"


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


def _as_day(meaning: Meaning) -> Meaning:
    """ "in 4 Jahren" read to the day, as a clock time said with it needs."""
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
        return None  # "Freitag 13": a date, not an hour
    if isinstance(clock, Within) and isinstance(clock.outer, PartOfDay):
        return Within(clock.inner, Within(clock.outer, day))  # "Montag 5 Uhr nachmittags"
    inner = _clock_of(clock)
    return None if inner is None else Within(inner, day)


DATE_AT_CLOCK = Composition(
    name="date_at_clock",
    left=(*DAYS, Ahead, Offset, SaidClock),
    joint=r",?"
    + _
    + r"(?:(?P<at>um|gegen|ab|bis|von|vom|@|"
    + _CA
    + r")"
    + _
    + r"(?:"
    + _CA
    + _
    + r")?|(?P<between>zwischen)"
    + _
    + r")?|(?P<at2>,)"
    + _,
    right=(Clock, Interval, Number, SaidClock, Within),
    produce=_day_then_clock,
    examples=(
        ex("Freitag um 15 Uhr", "2022-03-11T15:00"),
        ex("morgen um 9", "2022-03-15T09:00"),
        ex("nächsten Freitag um 15 Uhr", "2022-03-18T15:00"),
        ex("14. Oktober um 8:00:31", "2021-10-14T08:00:31"),
        ex("21.04.2016 um 16 Uhr", "2016-04-21T16:00"),
        ex("diesen Morgen um 7", "2022-03-14T07:00"),
        ex("am 18.10 um 8:10", "2022-10-18T08:10", prefer="future"),
        ex("20.09. 22.10", "2022-09-20T22:10", prefer="future"),
        ex("08.09.2017 gegen 6:30 Uhr", "2017-09-08T06:30"),
        ex("29.11. ca. 18.00 h", "2022-11-29T18:00", prefer="future"),
        ex("Mittwoch 4:00", "2022-03-09T04:00"),
        ex("Montag zwischen 8 und 9", "2022-03-14T08:00", end="2022-03-14T09:00:00"),
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
    joint=r",?" + _ + r"(?:(?:am|an|vom)" + _ + r")?",
    right=(*DAYS, Ahead, SaidClock),
    produce=_clock_then_day,
    examples=(
        ex("15 Uhr am Freitag", "2022-03-11T15:00"),
        ex("13:00 Uhr 28.11.2017", "2017-11-28T13:00"),
        ex("von 17 bis 18 Uhr am 22. April", "2022-04-22T17:00", end="2022-04-22T18:00:00"),
    ),
)


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


CLOCK_IN_PART = Composition(
    name="clock_in_part",
    left=(Clock, Interval, Within, SaidClock, Number),
    joint=_ + r"(?:am" + _ + r"|in" + _ + r"der" + _ + r")?",
    right=(PartOfDay,),
    produce=_clock_in_part,
    examples=(
        ex("9 Uhr morgens", "2022-03-14T09:00"),
        ex("5 Uhr Nachmittags", "2022-03-14T17:00"),
        ex("ein Uhr Nachmittags", "2022-03-14T13:00"),
        ex(
            "von 5 Uhr Nachmittags bis 6 Uhr Nachmittags",
            "2022-03-14T17:00",
            end="2022-03-14T18:00:00",
        ),
        ex("22. April von 5 bis 6 Uhr Nachmittags", "2022-04-22T17:00", end="2022-04-22T18:00:00"),
    ),
)


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


DATE_IN_PART = Composition(
    name="date_in_part",
    left=(Date, NumericDate, DayShift, Holiday, DayOfMonth, Within, Cycle, SaidClock, Weekday),
    joint=r"\)?,?" + _ + r"(?:am" + _ + r"|in" + _ + r"der" + _ + r")?",
    right=(PartOfDay,),
    produce=_date_in_part,
    examples=(
        ex("22.05.2017 früh", "2017-05-22TMO"),
        ex("18.07 abends", "2022-07-18TEV"),
        ex("Sonntag, 20.08. am Nachmittag", "2022-08-20TAF", prefer="future"),
    ),
)


def _part_of_day_of(part: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    """ "am Abend des Mittwochs": the part of that day; "Nacht vom 5. auf den 6. Dezember"
    the night that begins on the first."""
    if isinstance(day, Interval):
        day = day.start
    return _date_in_part(day, joint, part)


PART_OF_DAY_OF = Composition(
    name="part_of_day_of",
    left=(PartOfDay,),
    joint=_ + r"(?:des|vom|am)" + _,
    right=(Weekday, Date, NumericDate, DayShift, Interval),
    produce=_part_of_day_of,
    examples=(
        ex("Abend des Mittwochs", "2022-03-09TEV", text="Am Abend des Mittwochs kam er an."),
        ex("Nacht vom 5. auf den 6. Dezember", "2021-12-05TNI"),
    ),
)


def _part_or_part(first: Meaning, joint: Groups, second: Meaning) -> Meaning | None:
    """ "nachmittags/abends": either part; the first one stands for both."""
    said = first.inner if isinstance(first, Within) else first
    return first if isinstance(said, PartOfDay) and isinstance(second, PartOfDay) else None


PART_OR_PART = Composition(
    name="part_or_part",
    left=(PartOfDay, Within),
    joint=OPT + r"(?:/|oder)" + OPT,
    right=(PartOfDay,),
    produce=_part_or_part,
    examples=(ex("22.08.2017 Nachmittags/abends", "2017-08-22TAF"),),
)


def _weekday_then_date(day: Meaning, joint: Groups, date: Meaning) -> Meaning | None:
    """ "Montag, den 15. Januar 2017", "Fr, 23.6.": the date, the weekday said with it."""
    part = None
    if isinstance(day, Within) and isinstance(day.inner, PartOfDay):
        part, day = day.inner, day.outer
    if not isinstance(day, Weekday):
        return None  # "diesen Donnerstag, 21.09.": the date says which Thursday
    date = _day_of(date)
    found: Meaning
    if isinstance(date, Date) and date.weekday is None:
        found = replace(date, weekday=day.weekday)
    elif isinstance(date, DayOfMonth) and date.weekday is None:
        found = DayOfMonth(date.day, day.weekday)
    elif isinstance(date, NumericDate):
        found = date
    else:
        return None
    return found if part is None else Within(part, found)


WEEKDAY_THEN_DATE = Composition(
    name="weekday_then_date",
    left=(Weekday, Within),
    joint=r"\.?,?" + _ + r"(?:den" + _ + r")?\(?|\.?,?\(|\.",
    right=(Date, NumericDate, DayOfMonth, SaidClock),
    produce=_weekday_then_date,
    examples=(
        ex("Montag den 15. Januar 2017", "2017-01-15"),
        ex("Mittwoch 09.08.", "2022-08-09", prefer="future"),
        ex("Sonntag 18ter", "2022-09-18"),
        ex("Donnerstag, den siebenundzwanzigsten zwölften", "2021-12-27"),
        ex("Do. 18. Mai 19:40", "2022-05-18T19:40", prefer="future"),
        ex("kommenden Mittwoch den 02.August 2017", "2017-08-02"),
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
    examples=(ex("02.06.2017, Freitag", "2017-06-02"),),
)


def _nth_of(item: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    return NthOf(item.nth, item.item, whole) if isinstance(item, NthItem) else None


NTH_OF = Composition(
    name="nth_of",
    left=(NthItem,),
    joint=_ + r"(?:im|in|des|der|von|vom)?" + OPT,
    right=PERIODS,
    produce=_nth_of,
    examples=(
        ex("der letzten Woche im Juli", "2022-W30"),
        ex("ersten Montag im März", "2022-03-07"),
        ex("letzten Freitag im Oktober", "2021-10-29"),
        ex("ersten Woche des nächsten Monats", "2022-W14"),
    ),
)


def _part_of(word: Meaning, joint: Groups, whole: Meaning) -> Meaning | None:
    if isinstance(whole, Within) and not isinstance(whole.inner, PartOfDay):
        return None
    return PartOf(word.part, whole) if isinstance(word, PartWord) else None


PART_OF = Composition(
    name="part_of",
    left=(PartWord,),
    joint=r"(?:-|" + _ + r"(?:de[sr]" + _ + r")?)",
    right=(*PERIODS, Within),
    produce=_part_of,
    examples=(
        ex("Ende März", "2022-03", start="2022-03-21T00:00:00"),
        ex("Mitte August", "2022-08", start="2022-08-11T00:00:00"),
        ex("Ende nächsten Monats", "2022-04", start="2022-04-21T00:00:00"),
        ex("Anfang 2010", "2010", start="2010-01-01T00:00:00"),
        ex("Ende Dienstagnachmittag", "2022-03-08TAF"),
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
    joint=_ + r"(?:der" + _ + r")?",
    right=(Cycle,),
    produce=_weekday_in_week,
    examples=(ex("Montag nächster Woche", "2022-03-21"), ex("Freitag der letzten Woche",
                                                            "2022-03-11")),
)  # fmt: skip


def _week_then_weekday(week: Meaning, joint: Groups, day: Meaning) -> Meaning | None:
    if joint.get("between") and not isinstance(day, Interval):
        return None  # the stretch of days first, then its week
    return _weekday_in_week(day, joint, week)


WEEK_THEN_WEEKDAY = Composition(
    name="week_then_weekday",
    left=(Cycle,),
    joint=r",?" + _ + r"(?:am" + _ + r"|(?P<between>zwischen)" + _ + r")?",
    right=(Weekday, Within, Interval),
    produce=_week_then_weekday,
    examples=(
        ex("nächste Woche Montag", "2022-03-21"),
        ex("übernächste Woche am Freitag", "2022-04-01"),
        ex("diese Woche Sonntag", "2022-03-20"),
        ex("nächste Woche Montag um 9 Uhr morgens", "2022-03-21T09:00"),
        ex("nächste Woche zwischen Mittwoch und Freitag", "2022-03-23", end="2022-03-26T00:00:00"),
    ),
)


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


_LATE_PARTS = ("afternoon", "evening", "night")
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI"}


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


EVERY_IN_PART = Composition(
    name="every_in_part",
    left=(Every,),
    joint=_,
    right=(PartOfDay,),
    produce=_every_in_part,
    examples=(
        ex("jeden Tag um 3 Uhr nachmittags", "XXXX-XX-XXT15:00"),
        ex("jeden Montag nachmittags", "XXXX-WXX-1TAF"),
    ),
)


EVERY_AT = Composition(
    name="every_at",
    left=(Every,),
    joint=_ + r"(?:um|gegen|ab)?" + OPT,
    right=(Clock, SaidClock),
    produce=_every_at,
    examples=(
        ex("jeden Mittwoch um 16 Uhr", "XXXX-WXX-3T16:00"),
        ex("montags um 9 Uhr", "XXXX-WXX-1T09:00"),
        ex("jeden Abend um 19:13 Uhr", "XXXX-XX-XXT19:13"),
    ),
)

# What may be read inside a month ("am 5. nächsten Monats") and inside a year ("das erste
# Quartal des letzten Jahres").
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
    joint=_ + r"(?:des|im|in|dieses|diesen)?" + OPT,
    right=(Cycle, MonthName, Year),
    produce=_in_period,
    examples=(
        ex("am 5. nächsten Monats", "2022-04-05"),
        ex("KW 3 des letzten Jahres", "2021-W03"),
    ),
)


def _holiday_in_year(holiday: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "Fastnachtssonntag im nächsten Jahr": the one in that year."""
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
    joint=_ + r"(?:im|in|des)" + _,
    right=(Cycle, Year),
    produce=_holiday_in_year,
    examples=(ex("Fastnachtssonntag im nächsten Jahr", "2023-02-19"),),
)


def _shifted(amount: Meaning, joint: Groups, base: Meaning) -> Meaning | None:
    if not isinstance(amount, Duration) or amount.amount is None or amount.more:
        return None
    if isinstance(base, Cycle) and base.unit != "day":
        return None
    sign = -1 if lower_words(joint.get("dir")) == "vor" else 1
    return Shifted(amount.amount, amount.unit, sign, _day_of(base))


SHIFTED = Composition(
    name="shifted",
    left=(Duration,),
    joint=_ + r"(?P<dir>vor|nach|ab|von)" + _,
    right=DAYS,
    produce=_shifted,
    examples=(
        ex("zwei Tage vor Weihnachten", "2021-12-23"),
        ex("drei Tage nach Ostern", "2022-04-20"),
        ex("3 Tage ab heute", "2022-03-17"),
    ),
)


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


# Ends of different kinds that may still make one stretch ("zwischen 2007 und Ende 2008").
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
    joint=r",?[ \t]{0,3}(?:-|–|—|/|bis(?:[ \t]{1,3}(?:zum|zur|einschließlich))?|auf[ \t]{1,3}den)"
    r"[ \t]{0,3}",
    right=ENDS,
    produce=_stretch,
    examples=(
        ex("von 5 bis 6 Uhr", "2022-03-14T05:00", end="2022-03-14T06:00:00"),
        ex("vom 2. bis 9. März", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("18.07.-19.07.2017", "2017-07-18", end="2017-07-20T00:00:00"),
        ex("16.-17.05.2017", "2017-05-16", end="2017-05-18T00:00:00"),
        ex("von 1939 bis 1945", "1939", end="1946-01-01T00:00:00"),
        ex("9:30 - 11:00", "2022-03-14T09:30", end="2022-03-14T11:00:00"),
        ex("vom 15. auf den 16.11.2017", "2017-11-15", end="2017-11-17T00:00:00"),
        ex("von Dienstag bis Donnerstag", "2022-03-08", end="2022-03-11T00:00:00"),
        ex("28/2-1/3", "2022-02-28", end="2022-03-02T00:00:00"),
        ex("kommende Woche Dienstag bis Donnerstag", "2022-03-22", end="2022-03-25T00:00:00"),
        ex(
            "31.05.2017, 15:00 Uhr, - 03.06.2017, 15:00 Uhr",
            "2017-05-31T15:00",
            end="2017-06-03T15:00:00",
        ),
        # In a document the stretch is one expression, with a start and an end.
        ex(
            "6. bis 7. Januar 1916",
            "1916-01-06",
            end="1916-01-08T00:00:00",
            text="Die Schlacht tobte vom 6. bis 7. Januar 1916 am Fluss.",
        ),
    ),
)

RANGE_BETWEEN = Composition(
    name="range_between",
    left=ENDS,
    joint=_ + r"und" + _ + r"(?:(?:dem|den)" + _ + r")?",
    right=ENDS,
    produce=_stretch,
    lead=r"zwischen" + _,
    examples=(
        ex("zwischen Montag und Mittwoch", "2022-03-14", end="2022-03-17T00:00:00"),
        ex("zwischen 4 und 6 Uhr", "2022-03-14T04:00", end="2022-03-14T06:00:00"),
        ex("zwischen 2007 und Ende 2008", "2007", end="2009-01-01T00:00:00"),
        ex("zwischen jetzt und dem 15. November", "2022-03-14", end="2022-11-16T00:00:00"),
    ),
)


def _hours(first: Meaning, joint: Groups, last: Meaning) -> Meaning | None:
    """Two bare numbers after "von" or "zwischen": a stretch of hours."""
    if not isinstance(first, Number) or not isinstance(last, Number):
        return None
    if not (0 <= first.value <= 24 and 0 <= last.value <= 24):
        return None
    start, end = (Clock(n.value % 24, twelve_hour=1 <= n.value < 12) for n in (first, last))
    return Interval(start, end)


RANGE_HOURS = Composition(
    name="range_hours",
    left=(Number,),
    joint=OPT + r"(?:-|–|bis)" + OPT,
    right=(Number,),
    produce=_hours,
    lead=r"(?:von|vom|ab)" + _,
    examples=(ex("von 9 bis 11", "2022-03-14T09:00", end="2022-03-14T11:00:00"),),
)

RANGE_HOURS_BETWEEN = Composition(
    name="range_hours_between",
    left=(Number,),
    joint=_ + r"und" + _,
    right=(Number,),
    produce=_hours,
    lead=r"zwischen" + _,
    examples=(ex("zwischen 8 und 9", "2022-03-14T08:00", end="2022-03-14T09:00:00"),),
)


def _stretch_in_year(stretch: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "5. bis 9. März 1918": the year said after a stretch of days holds both ends."""
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
    examples=(ex("5. bis 9. März im Jahr 1918", "1918-03-05", end="1918-03-10T00:00:00"),),
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
    joint=r",?" + _ + r"(?:und" + _ + r")?",
    right=(Duration,),
    produce=_durations,
    examples=(ex("3 Stunden 30 Minuten", "PT3H30M"), ex("1 Jahr und 6 Monate", "P1Y6M")),
)


def _lasting(start: Meaning, joint: Groups, length: Meaning) -> Meaning | None:
    """ "ab 10 Uhr für 3 Stunden": a time and how long from it."""
    if not isinstance(length, Duration) or length.amount is None:
        return None
    return Lasting(start, length)


LASTING = Composition(
    name="lasting",
    left=(*DAYS, Clock),
    joint=_ + r"für" + _,
    right=(Duration,),
    produce=_lasting,
    typed_only=True,
    examples=(ex("ab 10 Uhr für 3 Stunden", "2022-03-14T10:00", end="2022-03-14T13:00:00"),),
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
