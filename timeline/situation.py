"""What a meaning is read against besides itself: the publish moment, the tense of its
clause, the dates the text named before it, and the period it sits in when composed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from timeline.context import Reference
from timeline.model import GRANULARITIES, PUBLISHED, TimeValue
from timeline.tense import Direction

GRAIN_RANK: dict[str, int] = {grain: rank for rank, grain in enumerate(GRANULARITIES)}


@dataclass(frozen=True, slots=True)
class Situation:
    """The context one meaning is resolved in."""

    reference: Reference
    # The tense of the clause around the phrase, read only when a meaning asks (`lean`): most
    # ("last week", "two weeks ago", "2020") mean the same in any tense.
    tense: Callable[[], Direction | None] | None = None
    # Earlier dated expressions in reading order, latest last, with their event ids.
    anchors: tuple[tuple[str, TimeValue], ...] = ()
    # The period a composed meaning sits in: the day of "Friday at 3 p.m." for its clock time.
    frame: TimeValue | None = None
    standalone: bool = False  # a phrase typed alone: no clause around it to read tense from
    # The time the text is talking about, when it is not the publish date: the day of the
    # last date a narrative named, and that event's id (`timeline.story`); asked only by the
    # meanings that need it, as the tense is.
    story: Callable[[], tuple[date, str] | None] | None = None
    # The last day named earlier in the phrase's own sentence, and that event's id: the day a
    # bare clock time there falls on ("flew Tuesday in Everett at 18:00 UTC").
    day_in_sentence: tuple[date, str] | None = None

    @property
    def today(self) -> date:
        return self.reference.now.date()

    @property
    def now(self) -> datetime:
        return self.reference.now

    def lean(self, default: Direction | None) -> Direction | None:
        """The caller's preference, else the clause's tense, else the meaning's default."""
        if self.reference.prefer != "auto":
            return self.reference.prefer
        direction = None if self.tense is None else self.tense()
        return direction or default

    def narrative_base(self, unit: str) -> tuple[date, str]:
        """The day that "the next day" counts from, and the id of the event that named it."""
        found = self._anchor(unit)
        return (self.today, PUBLISHED) if found is None else (found[1].date(), found[0])

    def named_base(self, forward: bool) -> tuple[date, str]:
        """The day "the following March" or "the previous spring" counts from: the last date
        the text named, however coarse ("the flood of 1953"), from its last day when counting
        forward and its first when counting back; the publish day when it named none."""
        for anchor_id, value in reversed(self.anchors):
            if value.start is not None and value.end is not None:
                if forward:
                    return (value.end - timedelta(microseconds=1)).date(), anchor_id
                return value.start.date(), anchor_id
        return self.today, PUBLISHED

    def narrative_moment(self, unit: str) -> datetime:
        """The moment "36 hours later" counts from."""
        found = self._anchor(unit)
        return self.now if found is None else found[1]

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
