"""Times of day: clock times in the newsroom's zone or the one the text states ("10 a.m. CET"),
the direction `prefer` moves a bare time in, and parts of the day ("this morning")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from timeline import calendar as cal
from timeline.context import Reference
from timeline.meaning import (
    Clock,
    PartOfDay,
)
from timeline.model import PUBLISHED, Granularity, TimeValue
from timeline.resolver.common import anchored, frame_day
from timeline.resolver.registry import resolves
from timeline.situation import Situation
from timeline.tense import Direction


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
    day, anchor = _day_of_clock(situation)
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
    if value is not None and frame is None and anchor == PUBLISHED:
        value = _as_preferred(value, situation, meaning.twelve_hour)
    value = anchored(value, anchor)
    if value is None or meaning.zone is None or situation.reference.tz is not None:
        return value
    # "10 a.m. CET" with no zone of the newsroom's to move it to: the wall time as stated,
    # and the TIMEX3 value says in which zone ("T10:00+01:00", "T14:00Z").
    return replace(value, value=value.value + _offset_suffix(meaning.zone))


def _day_of_clock(situation: Situation) -> tuple[date, str]:
    """The day a clock time falls on: its frame's ("Friday at 3 p.m."); the day named before
    it in its sentence ("flew Tuesday in Everett at 18:00 UTC"); in a narrative, the last day
    the story named ("On 11 November ... At 10:57 the guns fell silent"); else the publish
    date."""
    framed = frame_day(situation)
    if framed is not None:
        return framed, PUBLISHED
    if situation.day_in_sentence is not None:
        return situation.day_in_sentence
    if situation.story is not None and situation.story() is not None:
        day, anchor = situation.narrative_base("day")
        if anchor != PUBLISHED:
            return day, anchor
    return situation.today, PUBLISHED


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
    frame = frame_day(situation)
    if frame is not None:
        return cal.day_part_value(frame, meaning.part)
    day, anchor = situation.narrative_base("day")
    return anchored(cal.day_part_value(day, meaning.part), anchor)
