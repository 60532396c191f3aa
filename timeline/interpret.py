"""Turn a found mention into a TIMEX3 value by date arithmetic of our own.

Each grammar rule has one function here. A function gets the rule's named groups and the
`Situation` (publish moment, tense of the clause, the previous dated expression) and returns a
`TimeValue`, or `None` when the words name no real time (a 31st of February).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import partial

from timeline import calendar as cal
from timeline.context import Reference
from timeline.extract import CLOCK_RULES, Mention
from timeline.holidays import holiday_on
from timeline.lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    TIMEZONES,
    UNIT_MULTIPLIER,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    number_value,
    singular,
)
from timeline.model import GRANULARITIES, PUBLISHED, Granularity, TimeValue
from timeline.tense import Direction

Groups = Mapping[str, str | None]
GRAIN_RANK: dict[str, int] = {grain: rank for rank, grain in enumerate(GRANULARITIES)}


@dataclass(frozen=True, slots=True)
class Situation:
    """What a phrase is read against besides its own words."""

    reference: Reference
    # The tense of the clause around the phrase, read only when a rule asks (`lean`): most
    # phrases ("last week", "two weeks ago", "2020") mean the same in any tense.
    tense: Callable[[], Direction | None] | None = None
    # Earlier dated expressions in reading order, latest last, with their event ids.
    anchors: tuple[tuple[str, TimeValue], ...] = ()
    day: date | None = None  # the day a clock time sits on, when a date came with it
    standalone: bool = False  # a phrase typed alone: no clause around it to read tense from

    @property
    def today(self) -> date:
        return self.day or self.reference.now.date()

    def lean(self, default: Direction | None) -> Direction | None:
        """The caller's preference, else the clause's tense, else the rule's default."""
        if self.reference.prefer != "auto":
            return self.reference.prefer
        direction = None if self.tense is None else self.tense()
        return direction or default

    def narrative_base(self, unit: str) -> tuple[date, str]:
        """The day that "the next day" counts from, and the id of the event that named it."""
        found = self._anchor(unit)
        return (self.today, PUBLISHED) if found is None else (found[1].date(), found[0])

    def narrative_moment(self, unit: str) -> datetime:
        """The moment "36 hours later" counts from."""
        found = self._anchor(unit)
        return self.reference.now if found is None else found[1]

    def _anchor(self, unit: str) -> tuple[str, datetime] | None:
        """The latest earlier expression at least as fine as the unit counted ("the next day"
        skips a bare year): its id and start; None when the text named none."""
        # A day is the finest anchor prose keeps track of: "36 hours later" counts from the
        # day last named, not from a clock time in an unrelated sentence.
        limit = max(GRAIN_RANK.get(unit, GRAIN_RANK["year"]), GRAIN_RANK["day"])
        for anchor_id, value in reversed(self.anchors):
            if value.start is not None and GRAIN_RANK.get(value.granularity or "", 99) <= limit:
                return anchor_id, value.start
        return None


def interpret(mention: Mention, situation: Situation) -> TimeValue | None:
    if mention.parts:
        return _date_time(mention.parts, situation)
    return _RULES[mention.rule](mention.groups, situation)


# ---- helpers -------------------------------------------------------------------------------


def _word(groups: Groups, name: str) -> str:
    """A group's words in lower case, single-spaced, without a trailing dot."""
    return " ".join((groups.get(name) or "").lower().split()).rstrip(".")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[date], today: date, lean: Direction | None) -> date | None:
    """Of the same day-of-year in neighbouring years, the one the tense points to."""
    if not candidates:
        return None
    if lean == "past":
        earlier = [day for day in candidates if day <= today]
        return max(earlier) if earlier else min(candidates)
    if lean == "future":
        later = [day for day in candidates if day >= today]
        return min(later) if later else max(candidates)
    return min(candidates, key=lambda day: abs((day - today).days))


def _yearless(month: int, day: int, situation: Situation) -> date | None:
    today = situation.today
    years = (today.year - 1, today.year, today.year + 1)
    candidates = [d for year in years if (d := _safe_date(year, month, day)) is not None]
    return _pick(candidates, today, situation.lean(None))


def _day_number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    for suffix in ("st", "nd", "rd", "th"):
        if word.endswith(suffix) and word[:-2].isdigit():
            return int(word[:-2])
    return ORDINALS.get(word) if ORDINALS.get(word, 0) > 0 else None


def _weekday_from(today: date, weekday: int, lean: Direction | None, rel: str) -> date:
    back = (today.weekday() - weekday) % 7  # days since the latest such weekday (0 = today)
    if rel in ("last", "past"):
        return today - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    if rel == "this":
        return today + timedelta(days=weekday - today.weekday())
    if lean == "future":
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    return today - timedelta(days=back)


def _with_part(day: date | None, part: str | None) -> TimeValue | None:
    part = " ".join((part or "").lower().split()).removeprefix("at ").removesuffix("ish")
    part = {"overnight": "night", "lunchtime": "lunch"}.get(part, part)
    return cal.day_part_value(day, part) if part else cal.day_value(day)


def _duration_value(amount: float | None, unit: str) -> str:
    grain_letter = UNITS[unit][1]
    clock = UNITS[unit][2]
    amount = None if amount is None else amount * UNIT_MULTIPLIER.get(unit, 1)
    if grain_letter == "DE" and amount is not None:
        amount, grain_letter = amount * 10, "Y"
    if grain_letter == "CE" and amount is not None:
        amount, grain_letter = amount * 100, "Y"
    if grain_letter == "Q" and amount is not None:
        amount, grain_letter = amount * 3, "M"
    text = "X" if amount is None else (f"{amount:g}" if amount % 1 else str(int(amount)))
    return ("PT" if clock else "P") + text + grain_letter


def _duration(amount: float | None, unit: str) -> TimeValue:
    return TimeValue(type="DURATION", value=_duration_value(amount, unit))


def _offset_value(base: date, amount: float, unit: str, now: datetime) -> TimeValue | None:
    """The point `amount` units away from `base`, at the grain of the unit."""
    grain, _letter, clock = UNITS[unit]
    amount *= UNIT_MULTIPLIER.get(unit, 1)
    if clock:
        seconds = {"hour": 3600, "minute": 60, "second": 1}[grain] * amount
        try:
            return cal.time_value(now + timedelta(seconds=seconds), "minute")
        except OverflowError:
            return None
    if amount % 1:  # "one and a half years": count in months instead
        months = {"year": 12, "decade": 120, "quarter": 3, "month": 1}.get(grain)
        if months is None:
            return cal.day_value(cal.add_days(base, round(amount * 7 if grain == "week" else 1)))
        return _offset_value(base, amount * months, "month", now)
    moved = cal.shift(base, grain, int(amount))
    if moved is None:
        return None
    if grain in ("day", "week"):
        return cal.day_value(moved)
    if grain in ("decade", "century"):
        return cal.year_value(moved.year)
    return cal.grain_interval(moved, grain)


def _narrative(value: TimeValue | None, anchor_id: str) -> TimeValue | None:
    return None if value is None else replace(value, anchor=anchor_id)


# ---- absolute dates ------------------------------------------------------------------------


def _iso_date(groups: Groups, situation: Situation) -> TimeValue | None:
    day = _safe_date(int(groups["y"] or 0), int(groups["m"] or 0), int(groups["d"] or 0))
    if day is None or groups.get("hh") is None:
        return cal.day_value(day)
    moment = datetime(day.year, day.month, day.day, int(groups["hh"] or 0), int(groups["mm"] or 0))
    seconds = groups.get("ss")
    if seconds is not None:
        return cal.time_value(moment.replace(second=int(seconds)), "second")
    return cal.time_value(moment, "minute")


def _numeric_date(groups: Groups, situation: Situation) -> TimeValue | None:
    if groups.get("a3") is not None:
        groups = {"a": groups["a3"], "b": groups["b3"], "y": groups["y3"]}
    first, second = int(groups["a"] or 0), int(groups.get("b") or groups.get("b2") or 0)
    year = int(groups["y"] or 0)
    if len(groups["y"] or "") == 2:
        pivot = situation.today.year % 100 + 10
        year += 2000 if year <= pivot else 1900
    dotted = groups.get("b2") is not None
    month, day = (second, first) if (dotted and second <= 12) or first > 12 else (first, second)
    return cal.day_value(_safe_date(year, month, day))


def _month_day(groups: Groups, situation: Situation) -> TimeValue | None:
    month = MONTHS[_word(groups, "month")]
    day_number = _day_number(groups["day"] or "")
    if day_number is None:
        return None
    if groups.get("year"):
        return cal.day_value(_safe_date(int(groups["year"] or 0), month, day_number))
    return cal.day_value(_yearless(month, day_number, situation))


def _month_year(groups: Groups, situation: Situation) -> TimeValue | None:
    whole = cal.month_value(int(groups["year"] or 0), MONTHS[_word(groups, "month")])
    return _early_mid_late(whole, groups.get("mod"))


def _month(groups: Groups, situation: Situation) -> TimeValue | None:
    month = MONTHS[_word(groups, "month")]
    today = situation.today
    rel = _word(groups, "rel")
    if rel == "this":
        year: int | None = today.year
    elif rel in ("last", "past"):
        year = today.year - (month >= today.month)
    elif rel in ("next", "coming"):
        year = today.year + (month <= today.month)
    else:
        chosen = _yearless(month, 1, situation)
        year = None if chosen is None else chosen.year
    whole = None if year is None else cal.month_value(year, month)
    return _early_mid_late(whole, groups.get("mod"))


_EDGE_PARTS = {"early": "beginning", "mid": "middle", "late": "end"}


def _early_mid_late(whole: TimeValue | None, modifier: str | None) -> TimeValue | None:
    """ "late March": the end of the month, keeping the month's TIMEX3 value."""
    if whole is None or not modifier:
        return whole
    return cal.part_of(whole, _EDGE_PARTS[modifier.lower()])


def _year(groups: Groups, situation: Situation) -> TimeValue | None:
    return _early_mid_late(cal.year_value(int(groups["year"] or 0)), groups.get("pre"))


def _year_tail(groups: Groups, situation: Situation) -> TimeValue | None:
    century = groups.get("century")
    if century is None:
        return None
    return cal.year_value(int(century) * 100 + int(groups["yy"] or 0))


def _decade(groups: Groups, situation: Situation) -> TimeValue | None:
    tens = int(groups["dec"] or 0) * 10
    century = groups.get("cent")
    if century is not None:
        return cal.decade_value(int(century) * 100 + tens)
    this_century = situation.today.year - situation.today.year % 100
    start = this_century + tens
    return cal.decade_value(start if start <= situation.today.year else start - 100)


def _decade_word(groups: Groups, situation: Situation) -> TimeValue | None:
    tens = DECADE_WORDS[_word(groups, "word")]
    this_century = situation.today.year - situation.today.year % 100
    start = this_century + tens
    return cal.decade_value(start if start <= situation.today.year else start - 100)


def _century(groups: Groups, situation: Situation) -> TimeValue | None:
    number = _day_number(groups["ord"] or "")
    if number is None or number < 1:
        return None
    return cal.century_value((number - 1) * 100)


def _quarter_year(year: str | None, quarter: int, situation: Situation) -> TimeValue | None:
    if year:
        return cal.quarter_value(int(year), quarter)
    today = situation.today
    current = (today.month - 1) // 3 + 1
    lean = situation.lean(None)
    if lean == "past" and quarter > current:
        return cal.quarter_value(today.year - 1, quarter)
    if lean == "future" and quarter < current:
        return cal.quarter_value(today.year + 1, quarter)
    return cal.quarter_value(today.year, quarter)


def _quarter(groups: Groups, situation: Situation) -> TimeValue | None:
    word = _word(groups, "ord")
    quarter = 4 if word == "final" else _day_number(word)
    return None if quarter is None else _quarter_year(groups.get("year"), quarter, situation)


def _quarter_code(groups: Groups, situation: Situation) -> TimeValue | None:
    quarter = int(groups.get("q") or groups.get("q2") or 0)
    return _quarter_year(groups.get("year") or groups.get("year2"), quarter, situation)


def _half(groups: Groups, situation: Situation) -> TimeValue | None:
    half = _day_number(_word(groups, "ord")) or 1
    year = int(groups.get("year") or situation.today.year)
    year += {"last": -1, "next": 1}.get(_word(groups, "rel"), 0)
    return cal.half_value(year, half)


def _season(groups: Groups, situation: Situation) -> TimeValue | None:
    code = cal.SEASON_CODES[_word(groups, "season")]
    if groups.get("year"):
        return cal.season_value(int(groups["year"] or 0), code)
    today = situation.today
    this_year = cal.season_value(today.year, code)
    rel = _word(groups, "rel")
    if this_year is None or this_year.start is None or this_year.end is None:
        return None
    if rel in ("last", "past"):
        ended = this_year.end.date() <= today
        return this_year if ended else cal.season_value(today.year - 1, code)
    if rel in ("next", "coming"):
        upcoming = this_year.start.date() > today
        return this_year if upcoming else cal.season_value(today.year + 1, code)
    return this_year


# ---- days relative to the publish date -----------------------------------------------------


def _weekday(groups: Groups, situation: Situation) -> TimeValue | None:
    weekday = WEEKDAYS[_word(groups, "wd")]
    day = _weekday_from(situation.today, weekday, situation.lean("past"), _word(groups, "rel"))
    return _with_part(day, groups.get("part"))


_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _deictic(groups: Groups, situation: Situation) -> TimeValue | None:
    word = _word(groups, "word")
    days = _DEICTIC_DAYS[word] + {"before": -1, "after": 1}.get(_word(groups, "shift"), 0)
    day = cal.add_days(situation.today, days)
    part = groups.get("part") or ("night" if word == "tonight" else None)
    return _with_part(day, part)


def _unit_before(groups: Groups, situation: Situation) -> TimeValue | None:
    """The day (week, month, year) before or after the last date named."""
    unit = _word(groups, "unit")
    grain: Granularity = unit  # type: ignore[assignment]
    base, anchor_id = situation.narrative_base(unit)
    moved = cal.shift(base, grain, -1 if _word(groups, "dir") == "before" else 1)
    return _narrative(None if moved is None else cal.grain_interval(moved, grain), anchor_id)


def _weekend(groups: Groups, situation: Situation) -> TimeValue | None:
    """ "the weekend": the last one in a past-tense clause, else the coming one."""
    today = situation.today
    if situation.lean("past") == "past":
        days_back = (today.weekday() - 5) % 7
        return cal.weekend_value(cal.add_days(today, -days_back))
    return cal.weekend_value(today)


def _day_part(groups: Groups, situation: Situation) -> TimeValue | None:
    return _with_part(situation.today, groups.get("part"))


def _this_part(groups: Groups, situation: Situation) -> TimeValue | None:
    rel = _word(groups, "rel")
    part = _word(groups, "part")
    days = {"yesterday": -1, "tomorrow": 1, "last": -1 if part == "night" else 0}.get(rel, 0)
    return _with_part(cal.add_days(situation.today, days), part)


_STEP = {
    "this past": -1,
    "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "this": 0, "current": 0, "same": 0, "that": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip
_LONG_UNITS = frozenset({"month", "quarter", "year", "decade", "century"})
_NARRATIVE_STEPS = frozenset({"that", "same", "following", "previous", "prior", "preceding"})


def _relative_unit(groups: Groups, situation: Situation) -> TimeValue | None:
    rel = _word(groups, "rel")
    unit = singular(_word(groups, "unit"))
    unit = "year" if unit == "yr" else unit
    step = _STEP[rel]
    if groups.get("the") and rel in ("next", "coming") and unit in _LONG_UNITS:
        return _duration(1, unit)  # "over the next decade": a stretch of time ahead
    narrative = rel in _NARRATIVE_STEPS or (rel == "next" and unit == "day")
    base, anchor_id = situation.narrative_base(unit) if narrative else (situation.today, PUBLISHED)
    if unit == "weekend":
        value = cal.weekend_value(cal.add_days(base, 7 * step))
    elif unit == "season":
        value = cal.season_step(base, step)
    elif unit == "day" and rel in ("last", "past"):
        return None  # "the last day" of something: an ordinal position, not a date
    else:
        grain: Granularity = unit  # type: ignore[assignment]
        moved = cal.shift(base, grain, step)
        value = None if moved is None else cal.grain_interval(moved, grain)
    return _narrative(value, anchor_id)


def _offset(groups: Groups, situation: Situation) -> TimeValue | None:
    unit = singular(_word(groups, "unit"))
    amount = number_value(groups["num"] or "")
    direction = " ".join(_word(groups, "dir").split())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if amount is None:
        return TimeValue(type="DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF")
    narrative = direction in ("earlier", "later", "before", "after")
    grain = UNITS[unit][0]
    if not narrative:
        return _offset_value(situation.today, sign * amount, unit, situation.reference.now)
    base, anchor_id = situation.narrative_base(grain)
    now = situation.narrative_moment(grain)
    return _narrative(_offset_value(base, sign * amount, unit, now), anchor_id)


def _ago(groups: Groups, situation: Situation) -> TimeValue | None:
    return TimeValue(type="DATE", value="PAST_REF")


def _future_offset(groups: Groups, situation: Situation) -> TimeValue | None:
    unit = singular(_word(groups, "unit"))
    amount = number_value(groups["num"] or "")
    if situation.lean("future" if situation.standalone else None) != "future":
        return _duration(amount, unit)  # "did it in 100 days": a length, not a date
    if amount is None:
        amount = 3.0  # "in a few hours": the usual reading of "a few"
    return _offset_value(situation.today, amount, unit, situation.reference.now)


def _duration_rule(groups: Groups, situation: Situation) -> TimeValue | None:
    unit = singular(_word(groups, "unit"))
    number = (groups["num"] or "").lower()
    amount = None if number in VAGUE_NUMBERS else number_value(number)
    return _duration(amount, unit)


def _vague_duration(groups: Groups, situation: Situation) -> TimeValue | None:
    return _duration(None, singular(_word(groups, "unit")))


_PAST_WORDS = ("recent", "lately", "formerly", "previously", "past", "at the time")
_FUTURE_WORDS = ("soon", "shortly", "future", "coming", "next", "some day", "one day")


def _vague(groups: Groups, situation: Situation) -> TimeValue | None:
    phrase = " ".join(_word(groups, "phrase").split())
    if any(word in phrase for word in _FUTURE_WORDS):
        return TimeValue(type="DATE", value="FUTURE_REF")
    if any(word in phrase for word in _PAST_WORDS):
        return TimeValue(type="DATE", value="PAST_REF")
    return TimeValue(type="DATE", value="PRESENT_REF")


_SET_PERIODS = {
    "day": "P1D", "daily": "P1D", "night": "P1D", "nightly": "P1D", "week": "P1W",
    "weekly": "P1W", "annual": "P1Y", "biweekly": "P2W", "fortnightly": "P2W", "month": "P1M",
    "monthly": "P1M", "year": "P1Y", "annually": "P1Y", "yearly": "P1Y", "quarter": "P3M",
    "quarterly": "P3M", "decade": "P10Y", "hour": "PT1H", "hourly": "PT1H", "minute": "PT1M",
    "weekend": "XXXX-WXX-WE", "weekends": "XXXX-WXX-WE", "morning": "XXXX-XX-XXTMO",
    "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV", "summer": "XXXX-SU",
    "winter": "XXXX-WI", "spring": "XXXX-SP", "autumn": "XXXX-FA", "fall": "XXXX-FA",
}  # fmt: skip


def _set(groups: Groups, situation: Situation) -> TimeValue | None:
    word = singular(
        _word(groups, "what")
        or _word(groups, "per")
        or _word(groups, "adverb")
        or _word(groups, "plural")
    ).removesuffix("s")
    if word in WEEKDAYS:
        return TimeValue(type="SET", value=f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    value = _SET_PERIODS.get(word) or _SET_PERIODS.get(word + "s")
    count = _word(groups, "count")
    if value and count and value.startswith("P1"):
        step = 2 if count == "other" else int(number_value(count) or 1)
        value = value.replace("1", str(step), 1)
    return None if value is None else TimeValue(type="SET", value=value)


# ---- clock times ---------------------------------------------------------------------------


def _clock_moment(groups: Groups, day: date) -> tuple[datetime, Granularity] | None:
    minute = 0
    grain: Granularity = "hour"
    if groups.get("named"):
        hour = 0 if _word(groups, "named") == "midnight" else 12
    elif groups.get("h24") is not None:
        hour, minute, grain = int(groups["h24"] or 0), int(groups["m24"] or 0), "minute"
    elif groups.get("ho") is not None:
        word = _word(groups, "ho")
        hour = int(word) if word.isdigit() else int(number_value(word) or 0)
    elif groups.get("hf") is not None:
        hour, minute, grain = int(groups["hf"] or 0), int(groups.get("mf") or 0), "minute"
    elif groups.get("mil") is not None:
        hour, minute = divmod(int(groups["mil"] or 0), 100)
        grain = "minute"
    elif groups.get("hat") is not None or groups.get("hb") is not None:
        hour = int(groups.get("hat") or groups.get("hb") or 0)
    else:
        hour = int(groups["h"] or 0) % 12
        if (groups.get("ampm") or "").lower().startswith("p"):
            hour += 12
        if groups.get("m") is not None:
            minute, grain = int(groups["m"] or 0), "minute"
    return datetime(day.year, day.month, day.day, hour, minute), grain


def _in_reference_zone(moment: datetime, zone_name: str | None, reference: Reference) -> datetime:
    """A clock time stated in another zone ("3 p.m. GMT") moved to the reference's wall time;
    with no reference zone the stated wall time stands, as the text gave it."""
    if not zone_name or reference.tz is None:
        return moment
    offset = timezone(timedelta(minutes=TIMEZONES[zone_name.lower()]))
    target = reference.tz
    try:
        return moment.replace(tzinfo=offset).astimezone(target).replace(tzinfo=None)
    except OverflowError:
        return moment


def _clock_on(groups: Groups, day: date | None, situation: Situation) -> TimeValue | None:
    if day is None:
        return None
    found = _clock_moment(groups, day)
    if found is None:
        return None
    moment, grain = found
    moment = _in_reference_zone(moment, groups.get("tz"), situation.reference)
    return cal.time_value(moment, grain)


def _clock(groups: Groups, situation: Situation) -> TimeValue | None:
    value = _clock_on(groups, situation.today, situation)
    return _as_preferred(value, situation, partial(_twelve_hour, groups))


def _twelve_hour(groups: Groups) -> bool:
    """Whether the clock time, as written, could as well be twelve hours later: "3:30",
    "at 5", "three o'clock"; not "3:30 a.m.", "15:30", "03:30", "3h18", "noon" or "12:15"."""
    if any(groups.get(name) for name in ("ampm", "named", "hf", "mil")):
        return False
    written = groups.get("h24") or groups.get("hat") or groups.get("hb") or groups.get("ho") or ""
    if written.startswith("0"):
        return False
    hour = int(written) if written.isdigit() else int(number_value(written.lower()) or 0)
    return 1 <= hour < 12


def _as_preferred(
    value: TimeValue | None, situation: Situation, twelve_hour: Callable[[], bool]
) -> TimeValue | None:
    """A clock time said without a day, moved to the side of the publish moment that an
    explicit `prefer` asks for, as it does for bare names: "3:30" read for the future at
    4:30 a.m. is 3:30 p.m., "3h18" tomorrow's. News (`auto`) keeps it on the publish day.
    `twelve_hour` tells whether the time as written could be twelve hours later; it is asked
    only when the time moves."""
    prefer = situation.reference.prefer
    if value is None or situation.day is not None or prefer == "auto":
        return value
    step = timedelta(hours=12 if twelve_hour() else 24)
    return toward(value, prefer, situation.reference.now, step)


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


_LATE_PARTS = ("afternoon", "evening", "night", "tonight")


def _date_time(parts: tuple[Mention, ...], situation: Situation) -> TimeValue | None:
    clock = next(part for part in parts if part.rule in CLOCK_RULES)
    day_part = next(part for part in parts if part.rule not in CLOCK_RULES)
    day = interpret(day_part, situation)
    if day is None or day.start is None:
        return None
    value = _RULES[clock.rule](clock.groups, replace(situation, day=day.start.date()))
    if value is None or value.start is None:
        return None
    said = " ".join(str(v).lower() for v in day_part.groups.values() if v)
    bare_hour = not (clock.groups.get("ampm") or clock.groups.get("bampm"))
    if bare_hour and value.start.hour < 12 and any(part in said for part in _LATE_PARTS):
        value = cal.time_value(value.start + timedelta(hours=12), value.granularity or "hour")
    return None if value is None else replace(value, anchor=day.anchor)


def _clock_offset(groups: Groups, situation: Situation) -> TimeValue | None:
    """ "a quarter past noon", "20 minutes to 2pm"."""
    words = _word(groups, "minutes").replace("a ", "").strip()
    minutes = {"quarter": 15, "half": 30}.get(words) or int(number_value(words) or 0)
    base: dict[str, str | None] = {"named": groups.get("bnamed")}
    if not groups.get("bnamed"):
        hour = int(groups["bh"] or 0)
        base = {"h": str(hour), "ampm": groups.get("bampm")} if hour <= 12 else {"hf": str(hour)}
        if not groups.get("bampm") and hour <= 12:
            base = {"hf": str(hour)}
    value = _clock_on(base, situation.today, situation)
    if value is None or value.start is None:
        return None
    sign = -1 if _word(groups, "rel") in ("to", "before", "till") else 1  # past, after, from
    moved = cal.time_value(value.start + timedelta(minutes=sign * minutes), "minute")
    written = "" if groups.get("bampm") or groups.get("bnamed") else groups.get("bh") or ""
    return _as_preferred(moved, situation, lambda: 1 <= int(written or 0) < 12)


def _holiday(groups: Groups, situation: Situation) -> TimeValue | None:
    name = _word(groups, "name")
    if groups.get("year"):
        return cal.day_value(holiday_on(name, int(groups["year"] or 0)))
    shifted = _holiday_year_shift(groups, situation.today)
    if shifted is not None:  # "thanksgiving in 3 years": that year's thanksgiving
        return cal.day_value(holiday_on(name, shifted.year))
    today = situation.today
    years = range(today.year - 1, today.year + 2)
    days = [day for year in years if (day := holiday_on(name, year)) is not None]
    rel = _word(groups, "rel")
    if rel == "last":
        return cal.day_value(max((day for day in days if day < today), default=None))
    if rel in ("next", "coming"):
        return cal.day_value(min((day for day in days if day > today), default=None))
    if rel == "this":
        return cal.day_value(holiday_on(name, today.year))
    return cal.day_value(_pick(days, today, situation.lean(None)))


def _holiday_year_shift(groups: Groups, today: date) -> date | None:
    words, unit = groups.get("ahead"), groups.get("unit_ahead")
    sign = 1
    if words is None:
        words, unit = groups.get("shift"), groups.get("unit_shift")
        sign = -1 if _word(groups, "dir") == "ago" else 1
    amount = number_value(words or "")
    if amount is None or unit is None:
        return None
    months = int(amount) * (12 if unit.lower().startswith("year") else 1)
    return cal.add_months(today, sign * months)


def _month_of(groups: Groups, situation: Situation) -> tuple[int, int] | None:
    """The month a phrase such as "the first Monday of March" or "of next month" names."""
    today = situation.today
    if groups.get("month"):
        month = MONTHS[_word(groups, "month")]
        if groups.get("year"):
            return int(groups["year"] or 0), month
        chosen = _yearless(month, 1, situation)
        return None if chosen is None else (chosen.year, month)
    step = {"next": 1, "last": -1}.get(_word(groups, "rel"), 0)
    moved = cal.add_months(today.replace(day=1), step)
    return None if moved is None else (moved.year, moved.month)


def _nth_weekday_in(year: int, month: int, weekday: int, nth: int) -> date | None:
    if not 1 <= year <= 9998:
        return None
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day if day.month == month else None
    last = (cal.add_months(date(year, month, 1), 1) or date(9999, 12, 31)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _ordinal(word: str) -> int | None:
    return -1 if word in ("last", "final") else _day_number(word)


def _nth_weekday(groups: Groups, situation: Situation) -> TimeValue | None:
    found = _month_of(groups, situation)
    nth = _ordinal(_word(groups, "ord"))
    if found is None or nth is None:
        return None
    return cal.day_value(_nth_weekday_in(*found, WEEKDAYS[_word(groups, "wd")], nth))


def _nth_week(groups: Groups, situation: Situation) -> TimeValue | None:
    """ "the first week of October": the week that starts on its first Monday."""
    found = _month_of(groups, situation)
    nth = _ordinal(_word(groups, "ord"))
    if found is None or nth is None:
        return None
    return cal.week_value(_nth_weekday_in(*found, 0, nth))


def _week_of(groups: Groups, situation: Situation) -> TimeValue | None:
    day = _month_day(groups, situation)
    return None if day is None or day.start is None else cal.week_value(day.start.date())


def _weekday_of_week(groups: Groups, situation: Situation) -> TimeValue | None:
    rel = " ".join(_word(groups, "rel").split())
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(rel, 0)
    monday = situation.today - timedelta(days=situation.today.weekday() - 7 * step)
    return cal.day_value(monday + timedelta(days=WEEKDAYS[_word(groups, "wd")]))


_PART_ABBREVIATIONS = {"b": "beginning", "e": "end"}
_UNIT_ABBREVIATIONS = {"y": "year", "m": "month", "w": "week"}


def _period_part(groups: Groups, situation: Situation) -> TimeValue | None:
    abbreviation = _word(groups, "abbr")  # "EOY": the end of the year
    if abbreviation:
        groups = {"part": _PART_ABBREVIATIONS[abbreviation[0]],
                  "unit": _UNIT_ABBREVIATIONS[abbreviation[2]]}  # fmt: skip
    part = _word(groups, "part")
    if groups.get("year"):
        whole = cal.year_value(int(groups["year"] or 0))
    elif groups.get("month"):
        found = _month_of({"month": groups["month"], "year": groups.get("myear")}, situation)
        whole = None if found is None else cal.month_value(*found)
    else:
        rel = _word(groups, "rel")
        step = _STEP.get(rel, 0)
        grain: Granularity = _word(groups, "unit")  # type: ignore[assignment]
        moved = cal.shift(situation.today, grain, step)
        whole = None if moved is None else cal.grain_interval(moved, grain)
    return None if whole is None else cal.part_of(whole, part)


def _day_range(groups: Groups, situation: Situation) -> TimeValue | None:
    """ "July 13-15": one interval from the first day to the end of the last."""
    month = groups.get("month") or groups.get("month2")
    first, last = groups.get("d1") or groups.get("e1"), groups.get("d2") or groups.get("e2")
    start = _month_day({"month": month, "day": first, "year": groups.get("year")}, situation)
    if start is None or start.start is None:
        return None
    end = _safe_date(start.start.year, start.start.month, int(last or 0))
    if end is None or end < start.start.date():
        return None
    return replace(start, end=cal.midnight(end) + timedelta(days=1))


def _upcoming(groups: Groups, situation: Situation) -> TimeValue | None:
    amount = number_value(groups.get("num") or groups.get("num2") or "")
    if amount is None:
        return None
    unit = singular(_word(groups, "unit"))
    return _offset_value(situation.today, amount, unit, situation.reference.now)


_RULES: dict[str, Callable[[Groups, Situation], TimeValue | None]] = {
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "year_tail": _year_tail,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "quarter": _quarter,
    "quarter_code": _quarter_code,
    "half": _half,
    "season": _season,
    "weekday": _weekday,
    "deictic": _deictic,
    "this_part": _this_part,
    "day_part": _day_part,
    "weekend": _weekend,
    "unit_before": _unit_before,
    "relative_unit": _relative_unit,
    "offset": _offset,
    "ago": _ago,
    "future_offset": _future_offset,
    "duration": _duration_rule,
    "vague_duration": _vague_duration,
    "vague": _vague,
    "set": _set,
    "clock": _clock,
    "clock_offset": _clock_offset,
    "holiday": _holiday,
    "nth_weekday": _nth_weekday,
    "nth_week": _nth_week,
    "week_of": _week_of,
    "weekday_of_week": _weekday_of_week,
    "period_part": _period_part,
    "day_range": _day_range,
    "upcoming": _upcoming,
}
