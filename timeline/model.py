"""The values the library hands out: frozen, so a result can be cached and shared safely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "century",
]
Prefer = Literal["auto", "past", "future"]

TIMEX_TYPES: tuple[TimexType, ...] = ("DATE", "TIME", "DURATION", "SET")
GRANULARITIES: tuple[Granularity, ...] = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "century",
)
PREFERENCES: tuple[Prefer, ...] = ("auto", "past", "future")
PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the input text, start inclusive, end exclusive."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved time expression in TIMEX3 terms, with its interval on the time axis.

    `start`/`end` are set only for expressions that sit on the axis (dates and times);
    durations, sets and vague references such as PAST_REF keep both `None`.
    """

    type: TimexType
    value: str
    start: datetime | None = None
    end: datetime | None = None
    granularity: Granularity | None = None
    anchor: str = PUBLISHED
    # Asked for with `explain`: the rules that found the phrase ("date_at_clock(weekday,
    # clock)") and the meaning they gave, so that a wrong value leads straight to its rule.
    rule: str | None = None
    meaning: str | None = None

    @property
    def is_dated(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True, slots=True)
class Event:
    """One time expression and the clause and sentence it dates."""

    id: str
    phrase: str
    span: Span
    event: str
    sentence: str
    sentence_span: Span
    time: TimeValue


@dataclass(frozen=True, slots=True)
class Detected:
    """The language `language="auto"` found: the detector's probability for it, and whether
    the text was read in English instead because that probability was too low."""

    language: str
    confidence: float
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class Timeline:
    """The ordered events of one document: dated ones by start, then the undated ones."""

    published: datetime
    language: str
    events: tuple[Event, ...]
    elapsed_ms: float = 0.0
    title: str | None = None
    detected: Detected | None = None  # only when the language was asked to be detected
