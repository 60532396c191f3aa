"""What the resolvers of several kinds share: the day a phrase counts from (the publish date, the
story's last date, the frame of a composed phrase), the anchor a value records, and the choice
among a day's occurrences in neighbouring years by the tense of the clause."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.meaning import Rel
from timeline.model import PUBLISHED, TimeValue
from timeline.situation import Situation
from timeline.tense import Direction


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick_by_tense(
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


def frame_day(situation: Situation) -> date | None:
    frame = situation.frame
    return None if frame is None or frame.start is None else frame.start.date()


def base_of(rel: Rel | None, unit: str, situation: Situation) -> tuple[date, str]:
    """The day a relation of a cycle counts from ("the next day": the day last named), and
    what it is anchored to."""
    if rel is not None and rel.narrative:
        return situation.narrative_base(unit)
    if rel is not None and rel.story and situation.story is not None:
        reached = situation.story()
        if reached is not None:
            return reached
    return situation.today, PUBLISHED


def named_base(rel: Rel | None, situation: Situation) -> tuple[date, str]:
    """The day a relation of a named time counts from ("the following March": after the
    last date named, however coarse), and what it is anchored to."""
    if rel is not None and rel.narrative:
        return situation.named_base(forward=rel.step >= 0)
    return situation.today, PUBLISHED


def anchored(value: TimeValue | None, anchor: str) -> TimeValue | None:
    """`value` counted from the event `anchor` (as it is when counted from the publish date)."""
    return value if value is None or anchor == PUBLISHED else replace(value, anchor=anchor)


def by_relation(occurrences: Sequence[date], base: date, step: int) -> date | None:
    """Of sorted occurrences, the |step|-th before `base` (step < 0) or after it (step > 0)."""
    if step < 0:
        before = [day for day in occurrences if day < base]
        return before[step] if len(before) >= -step else None
    after = [day for day in occurrences if day > base]
    return after[step - 1] if len(after) >= step else None
