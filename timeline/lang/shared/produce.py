"""Produce functions that combine two meanings the same way in grammars of different families
(English, German, Dutch and the Romance languages): no word is in them, only meanings.

A grammar whose reading differs keeps its own function; one that reads alike imports it here.
A factory here (`vague_reading`) takes a language's words and returns its produce function.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from timeline.engine.records import Groups
from timeline.engine.wordlists import lower_words
from timeline.meaning import (
    Ahead,
    Date,
    DayShift,
    Duration,
    Interval,
    Lasting,
    Meaning,
    Offset,
    Shifted,
    Vague,
    Year,
)


def as_day(meaning: Meaning) -> Meaning:
    """ "in 4 years" read to the day, as a clock time said with it needs ("in 4 years at
    5pm")."""
    if isinstance(meaning, (Ahead, Offset)) and meaning.amount is not None:
        if not (isinstance(meaning, Offset) and meaning.narrative):
            sign = meaning.sign if isinstance(meaning, Offset) else 1
            return Shifted(meaning.amount, meaning.unit, sign, DayShift(0))
    return meaning


def lasting(start: Meaning, joint: Groups, length: Meaning) -> Meaning | None:
    """ "from 10 am for 3 hours", "ab 10 Uhr für 3 Stunden": a time and how long from it."""
    if not isinstance(length, Duration) or length.amount is None:
        return None
    return Lasting(start, length)


def stretch_in_year(stretch: Meaning, joint: Groups, year: Meaning) -> Meaning | None:
    """ "5. bis 9. März 1918", "del 5 al 9 de marzo de 1918": the year said after a stretch of
    days holds both ends."""
    if not isinstance(stretch, Interval) or not isinstance(year, Year):
        return None
    start, end = stretch.start, stretch.end
    if not isinstance(start, Date) or not isinstance(end, Date) or end.year is not None:
        return None
    return Interval(replace(start, year=start.year or year.year), replace(end, year=year.year))


def vague_reading(
    future: Collection[str], past: Collection[str]
) -> Callable[[Groups], Meaning | None]:
    """The produce function of a vague reference said in the `phrase` group: the future when
    one of `future` is in it ("soon"), else the past when one of `past` is ("recently"), else
    the present ("now")."""

    def vague(groups: Groups) -> Meaning | None:
        phrase = lower_words(groups.get("phrase"))
        if any(word in phrase for word in future):
            return Vague("FUTURE_REF")
        if any(word in phrase for word in past):
            return Vague("PAST_REF")
        return Vague("PRESENT_REF")

    return vague
