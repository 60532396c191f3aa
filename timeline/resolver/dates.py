"""Calendar dates and periods named by the calendar: "March 3", "3/14", "the 21st", "April",
"1998", "'99", "the 1990s", "the 19th century", "Q3", "the first half", "the summer"."""

from __future__ import annotations

from datetime import date

from timeline import calendar as cal
from timeline.meaning import (
    Century,
    Clock,
    Date,
    DayOfMonth,
    Decade,
    Half,
    MonthName,
    NumericDate,
    Quarter,
    Season,
    TwoDigitYear,
    Within,
    Year,
)
from timeline.model import TimeValue
from timeline.resolver.common import (
    anchored,
    by_relation,
    frame_day,
    named_base,
    pick_by_tense,
    safe_date,
)
from timeline.resolver.registry import resolve, resolves
from timeline.situation import Situation


def _story_year(situation: Situation) -> tuple[int, str] | None:
    """The year of the story a year-less expression sits in, and the event that named it."""
    story = None if situation.story is None else situation.story()
    return None if story is None else (story[0].year, story[1])


@resolves(Date)
def _date(meaning: Date, situation: Situation) -> TimeValue | None:
    if meaning.year is not None:
        clock = Clock.of_digits(meaning.year) if meaning.or_time else None
        if clock is not None and time_meant(meaning, situation):
            return resolve(Within(clock, yearless(meaning)), situation)
        return cal.day_value(safe_date(meaning.year, meaning.month, meaning.day))
    frame = frame_day(situation)
    if frame is not None:
        return cal.day_value(safe_date(frame.year, meaning.month, meaning.day))
    if (story := _story_year(situation)) is not None:
        value = cal.day_value(safe_date(story[0], meaning.month, meaning.day))
        return anchored(value, story[1])
    return cal.day_value(_yearless(meaning.month, meaning.day, situation, meaning.weekday))


# How far back a year may lie and still be meant by a phrase typed for the future: such a
# query speaks of what is coming, and of the past only as recent as a past trip or invoice.
YEARS_BACK_MEANT = 50


def time_meant(meaning: Date, situation: Situation) -> bool:
    """Whether the four digits said as a date's year are a 24-hour time: only in a phrase
    typed alone for the future, where a year gone by is meant only if it is a recent one
    and the weekday said, if any, agrees with it rather than with the coming day ("Thurs 2
    Nov 2015", said in October 2017, is 20:15 on Thursday 2 November 2017; "18 Aug 1930"
    is 19:30)."""
    year = meaning.year
    if not situation.standalone or situation.reference.prefer != "future" or year is None:
        return False
    if year >= situation.today.year:
        return False
    if year < situation.today.year - YEARS_BACK_MEANT:
        return True
    said = meaning.weekday
    dated = safe_date(year, meaning.month, meaning.day)
    if said is None or (dated is not None and dated.weekday() == said):
        return False
    coming = _date(yearless(meaning), situation)
    return coming is not None and coming.start is not None and coming.start.weekday() == said


def yearless(meaning: Date) -> Date:
    """The date as said, without its year."""
    return Date(meaning.month, meaning.day, None, meaning.weekday)


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
    candidates = [d for year in years if (d := safe_date(year, month, day or 1)) is not None]
    if weekday is not None:  # of the last one before today and the first after, one agrees
        before = [d for d in candidates if d <= today][-1:]
        after = [d for d in candidates if d > today][:1]
        agreeing = [d for d in before + after if d.weekday() == weekday]
        if agreeing:
            candidates = agreeing
    ahead = 0 if day is None else REPORTED_DAYS_AHEAD
    return pick_by_tense(candidates, today, situation.lean(None), ahead)


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
    return cal.day_value(safe_date(year, month, day))


@resolves(DayOfMonth)
def _day_of_month(meaning: DayOfMonth, situation: Situation) -> TimeValue | None:
    frame = frame_day(situation)
    if frame is not None:
        return cal.day_value(safe_date(frame.year, frame.month, meaning.day))
    story = None if situation.story is None else situation.story()
    if story is not None:  # "on the 21st" after "March 3, 1918": that March
        day, anchor = story
        return anchored(cal.day_value(safe_date(day.year, day.month, meaning.day)), anchor)
    today = situation.today
    steps = range(-1, 2) if meaning.weekday is None else range(-6, 7)
    months = [cal.add_months(today.replace(day=1), step) for step in steps]
    days = [d for m in months if m and (d := safe_date(m.year, m.month, meaning.day))]
    if meaning.weekday is not None:  # "Wednesday the 31st": the nearest month they agree in
        agreeing = [d for d in days if d.weekday() == meaning.weekday]
        # ... ahead or back when the caller asks so ("Saturday 23" typed for the future); a
        # clause's tense does not move it, as a sentence names the month it means.
        lean = situation.reference.prefer
        ahead = [d for d in agreeing if d >= today] if lean == "future" else agreeing
        behind = [d for d in ahead if d <= today] if lean == "past" else ahead
        nearest = min(behind or agreeing, key=lambda d: abs((d - today).days), default=None)
        return cal.day_value(nearest)
    return cal.day_value(pick_by_tense(days, today, situation.lean(None)))


@resolves(MonthName)
def _month_name(meaning: MonthName, situation: Situation) -> TimeValue | None:
    month = meaning.month
    if meaning.year is not None:
        return cal.month_value(meaning.year, month)
    frame = frame_day(situation)
    if frame is not None:
        return cal.month_value(frame.year, month)
    rel = meaning.rel
    if rel is None and (story := _story_year(situation)) is not None:
        return anchored(cal.month_value(story[0], month), story[1])
    if rel is None:
        chosen = _yearless(month, None, situation)
        return None if chosen is None else cal.month_value(chosen.year, month)
    base, anchor = named_base(rel, situation)
    if rel.step == 0:
        return anchored(cal.month_value(base.year, month), anchor)
    firsts = [date(year, month, 1) for year in range(base.year - 3, base.year + 4)]
    this_month = base.replace(day=1)
    chosen = by_relation(firsts, this_month, rel.step)
    value = None if chosen is None else cal.month_value(chosen.year, month)
    return anchored(value, anchor)


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
    return value if story is None else anchored(value, story[1])


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
    frame = frame_day(situation)
    if frame is not None:
        return cal.quarter_value(frame.year, quarter)
    if (story := _story_year(situation)) is not None:
        return anchored(cal.quarter_value(story[0], quarter), story[1])
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
    frame = frame_day(situation)
    if frame is not None:
        return cal.season_value(frame.year, code)
    rel = meaning.rel
    if rel is None and (story := _story_year(situation)) is not None:
        return anchored(cal.season_value(story[0], code), story[1])
    base, anchor = named_base(rel, situation)
    this_year = cal.season_value(base.year, code)
    if this_year is None or this_year.start is None or this_year.end is None:
        return None
    if rel is None:  # "spent the spring", written before this spring began: last year's
        lean = situation.lean(None)
        if lean == "past" and this_year.start.date() > base:
            return anchored(cal.season_value(base.year - 1, code), anchor)
        if lean == "future" and this_year.end.date() <= base:
            return anchored(cal.season_value(base.year + 1, code), anchor)
        return anchored(this_year, anchor)
    if rel.step == 0:
        return anchored(this_year, anchor)
    if rel.step < 0:
        ended = this_year.end.date() <= base
        year = base.year + rel.step + (1 if ended else 0)
    else:
        upcoming = this_year.start.date() > base
        year = base.year + rel.step - (1 if upcoming else 0)
    value = cal.season_value(year, code)
    return anchored(value, anchor)
