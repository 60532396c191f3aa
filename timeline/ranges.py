"""A typed phrase that names a stretch between two clock times: "from 3:30 to 6:00pm",
"9:30 - 11:00 on Thursday", "between 9h30 and 11h00".

In a document each end of such a stretch is an expression of its own (TimeML marks them
apart); a phrase sent on its own asks for one interval, so only `resolve_text` uses this.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from timeline import calendar as cal
from timeline.extract import Mention
from timeline.interpret import Situation, interpret, toward
from timeline.model import TimeValue

_CONNECTOR = re.compile(r"\s{0,3}(?:-|–|/|to|until|untill|till|through|thru|and)\s{0,3}", re.I)
_AROUND = re.compile(r"(?:\W|from|between|on|at|in|the|ish)*", re.IGNORECASE)
_CLOCKED = frozenset({"clock", "date_time", "iso_date"})


def clock_range(phrase: str, mentions: list[Mention], situation: Situation) -> TimeValue | None:
    """One TIME interval from the start of the first clock time to the end of the second."""
    ends = [mention for mention in mentions if mention.rule in _CLOCKED]
    days = [mention for mention in mentions if mention.rule not in _CLOCKED]
    if len(ends) != 2 or len(days) > 1:
        return None
    first, second = ends
    if not _CONNECTOR.fullmatch(phrase[first.span.end : second.span.start]):
        return None
    if not _only_filler(phrase, mentions):
        return None
    day_value = interpret(days[0], situation) if days else None
    named_day = day_value.start.date() if day_value is not None and day_value.start else None
    # Both ends on one day: the one named, else the publish day (`prefer` moves the stretch).
    situation = replace(situation, day=named_day or situation.today)
    later = interpret(second, situation)
    if later is None or later.start is None or later.end is None:
        return None
    situation = replace(situation, day=later.start.date())
    earlier = interpret(first, situation)
    if earlier is None or earlier.start is None:
        return None
    if _same_half_day_as(first, second) and earlier.start.hour + 12 <= later.start.hour:
        earlier = cal.time_value(earlier.start + timedelta(hours=12), earlier.granularity or "hour")
    if earlier is None or earlier.start is None or earlier.start >= later.end:
        return None
    stretch = replace(earlier, end=later.end)
    prefer = situation.reference.prefer
    # "11:00 on Thursday", "2015-03-29 21:00": an end with a day of its own fixes the stretch.
    said_a_day = named_day is not None or any(end.rule != "clock" for end in ends)
    if said_a_day or prefer == "auto":
        return stretch
    return toward(stretch, prefer, situation.reference.now, timedelta(days=1))


def _only_filler(phrase: str, mentions: list[Mention]) -> bool:
    """Nothing but the mentions, connectors and little words: the phrase is the range."""
    position = 0
    for mention in mentions:
        gap = phrase[position : mention.span.start]
        if not (_AROUND.fullmatch(gap) or _CONNECTOR.fullmatch(gap)):
            return False
        position = mention.span.end
    return bool(_AROUND.fullmatch(phrase[position:]))


def _same_half_day_as(first: Mention, second: Mention) -> bool:
    """ "3:30-6 p.m.": a first time with no am/pm takes the second's afternoon."""
    first_ampm = _ampm(first)
    return first_ampm is None and (_ampm(second) or "").lower().startswith("p")


def _ampm(mention: Mention) -> str | None:
    clock = next((part for part in mention.parts if part.rule == "clock"), mention)
    return clock.groups.get("ampm")
