"""Phrase + reference -> TimeValue: our own rules first, dateparser for what they leave.

This is the only module that imports dateparser. It absorbs dateparser's quirks: the publish
moment goes in as `RELATIVE_BASE`, `None` comes back as "no match", and offsets stay ours.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader

from timeline import calendar as cal
from timeline.context import Reference
from timeline.extract import Mention, find_mentions
from timeline.foreign import find_foreign_mentions, pattern_for
from timeline.interpret import Situation, interpret
from timeline.model import TimeValue
from timeline.ranges import clock_range

SUPPORTED_LANGUAGES: frozenset[str] = frozenset(default_loader.get_locale_map())

# Words a single phrase may carry around its expression without changing it ("on Friday").
_FILLER = re.compile(
    r"^(?:\W|on|at|in|of|by|the|around|about|approximately|circa|during|for|from|since|ish|over|"
    r"throughout|until|till|within|fiscal)*$",
    re.IGNORECASE,
)
# dateparser costs ~10 ms on a phrase it cannot parse; a phrase with none of these is refused
# before it gets there.
_TEMPORAL_HINT = re.compile(
    r"\d ?[/.:-] ?\d|\b\d{4}\b|\b[ap]\.?m\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tomorrow|yesterday|tonight|now|noon|midnight|ago|week|month|year|day|hour|minute|"
    r"second|morning|evening|afternoon|night)",
    re.IGNORECASE,
)
_PREFER_DATES_FROM = {"auto": "current_period", "past": "past", "future": "future"}


def find_expressions(text: str, language: str) -> list[Mention]:
    """Every time expression in `text`: the full grammar for English, locale words otherwise."""
    if language == "en":
        return find_mentions(text)
    return find_foreign_mentions(text, pattern_for(locale_words(language)))


def resolve_mention(mention: Mention, situation: Situation) -> TimeValue | None:
    """The value of a mention found in a document."""
    if mention.rule == "foreign":
        return parse_with_dateparser(mention.groups["phrase"] or "", situation.reference)
    return interpret(mention, situation)


@lru_cache(maxsize=64)
def locale_words(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of dateparser's locale data that the foreign finder needs, lower-cased."""
    info = default_loader.get_locale(language).info

    def words(*keys: str, shortest: int = 3) -> tuple[str, ...]:
        """Each key's full name, and its other forms that are long enough not to be words
        of their own (German "Di" for Dienstag would match "die")."""
        found: set[str] = set()
        for key in keys:
            forms = [w.lower() for w in info.get(key, []) if isinstance(w, str)]
            found.update(w for w in forms if len(w) >= shortest)
            found.update(max(forms, key=len, default="").split(",")[:1])
        return tuple(sorted(w for w in found if len(w) > 1))

    relative = tuple(
        sorted({w.lower() for ws in info.get("relative-type", {}).values() for w in ws})
    )
    return (
        ("months", words(*_MONTH_KEYS, shortest=4)),
        ("weekdays", words(*_WEEKDAY_KEYS, shortest=99)),
        ("units", words("year", "month", "week", "day", "hour", "minute")),
        ("ago", words("ago")),
        ("in", words("in")),
        ("relative", relative),
    )


_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def resolve_text(phrase: str, reference: Reference) -> TimeValue | None:
    """The value of one phrase standing alone, or `None` if it names no time."""
    value = _resolve_alone(phrase, reference)
    return None if value is None else reference.localize_value(value)


def _resolve_alone(phrase: str, reference: Reference) -> TimeValue | None:
    if reference.language == "en":
        mentions = find_mentions(phrase, strict_case=False)
        situation = Situation(reference, standalone=True)
        if len(mentions) == 1 and _covers(phrase, mentions[0]):
            value = interpret(mentions[0], situation)
            if value is not None:
                return value
        stretch = clock_range(phrase, mentions, situation)
        if stretch is not None:
            return stretch
    return parse_with_dateparser(phrase, reference)


def _covers(phrase: str, mention: Mention) -> bool:
    rest = phrase[: mention.span.start] + " " + phrase[mention.span.end :]
    return bool(_FILLER.match(" ".join(rest.split())))


def parse_with_dateparser(phrase: str, reference: Reference) -> TimeValue | None:
    """Hand one phrase to dateparser, relative to the publish moment."""
    if len(phrase) > 200:
        return None
    if reference.language == "en" and not _TEMPORAL_HINT.search(phrase):
        return None
    if phrase.strip().isdigit() and len(phrase.strip()) < 4:
        return None  # "25" alone is a number; dateparser would make it a day of this month
    settings: dict[str, Any] = {
        "RELATIVE_BASE": reference.now,
        "PREFER_DATES_FROM": _PREFER_DATES_FROM[reference.prefer],
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        parser = DateDataParser(languages=[reference.language], settings=settings)
        data = parser.get_date_data(phrase)
    except (ValueError, OverflowError, TypeError):
        return None
    moment: datetime | None = data.date_obj
    if moment is None:
        return None
    if phrase.isdigit() and len(phrase) == 4:
        return cal.year_value(int(phrase))  # dateparser reads a bare year as a day in it
    return _from_period(moment.replace(tzinfo=None), data.period or "day")


def _from_period(moment: datetime, period: str) -> TimeValue | None:
    day = moment.date()
    if period == "time":
        return cal.time_value(moment, "second" if moment.second else "minute")
    if period == "week":
        return cal.week_value(day)
    if period == "month":
        return cal.month_value(day.year, day.month)
    if period == "year":
        return cal.year_value(day.year)
    return cal.day_value(day)
