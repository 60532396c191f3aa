"""The tier for languages without a grammar of our own: dateparser, behind our own API.

A finder built from dateparser's locale data knows each language's month and weekday names,
its words for "ago" and "in", its units and its relative phrases ("gestern", "la semaine
dernière"), plus numeric dates, clock times, years and numbers with a unit ("2019년", "3
dakika"); each phrase it finds is then read by dateparser in that language. Neighbouring
pieces that dateparser reads as one ("14:30, 3 de marzo de 2015", "2019년 1월 3일") are
kept whole. A number and a unit alone ("5 minutos") is a length of time, which dateparser
would read as that long ago. This is the only module that imports dateparser, and only when
first used. It absorbs dateparser's quirks: the publish moment goes in as `RELATIVE_BASE`,
`None` comes back as "no match", and offsets stay ours.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from timeline import calendar as cal
from timeline.context import Reference
from timeline.engine.finder import Mention
from timeline.lang import tier_compounds as compounds
from timeline.meaning import Written
from timeline.model import Span, TimeValue
from timeline.resolver import duration_value, resolves
from timeline.situation import Situation

_NUMERIC = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![./]?\d)"
_YEAR = r"(?<![\d.,])(?:1[89]|20)\d{2}(?![\d.,]\d)"
_GAP = r"[ \t\u00a0]{1,3}"
_LINK = r"(?:[ \t\u00a0]{1,3}[^\W\d]{1,3})?"  # "de", "du", "of": short words inside dates
_PREFER_DATES_FROM = {"auto": "current_period", "past": "past", "future": "future"}
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def find_mentions(text: str, language: str, limit: int | None = None) -> list[Mention]:
    """Candidate time expressions; each carries its own words for dateparser to read, or is a
    length of time. With `limit`, the search stops once it has found more than that many."""
    words = locale_words(language)
    pieces: list[tuple[int, int]] = []
    for match in _pattern_for(words).finditer(text):
        pieces.append(match.span())
        if limit is not None and len(pieces) > 2 * limit + 1:  # joins take a few away
            break
    found: list[Mention] = []
    table = dict(words)
    for start, end in compounds.joined(text, pieces, lambda phrase: _parses(phrase, language)):
        phrase = text[start:end]
        if compounds.ambiguous_count(phrase, table):
            continue
        meaning = compounds.length_of(phrase, words) or Written(phrase)
        found.append(Mention(Span(start, end), "dateparser", meaning))
        if limit is not None and len(found) > limit:
            break
    return found


@resolves(Written)
def _written(meaning: Written, situation: Situation) -> TimeValue | None:
    return parse(meaning.phrase, situation.reference)


def parse_alone(phrase: str, reference: Reference) -> TimeValue | None:
    """A phrase typed alone: a length of time as such ("5 minutos"), anything else as
    dateparser reads it."""
    length = compounds.length_of(phrase.strip(), locale_words(reference.language))
    if length is not None:
        return TimeValue(type="DURATION", value=duration_value(length.amount, length.unit))
    return parse(phrase, reference)


@lru_cache(maxsize=4096)
def _parses(phrase: str, language: str) -> bool:
    """Whether dateparser reads `phrase` as one time, on any day: what decides that two
    neighbouring pieces are one expression."""
    return parse(phrase, _ANY_DAY.get(language) or _any_day(language)) is not None


_ANY_DAY: dict[str, Reference] = {}


def _any_day(language: str) -> Reference:
    reference = Reference(
        published=datetime(2020, 6, 15), now=datetime(2020, 6, 15), tz=None,
        language=language, prefer="auto",
    )  # fmt: skip
    _ANY_DAY[language] = reference
    return reference


@lru_cache(maxsize=64)
def locale_words(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of dateparser's locale data that the finder needs, lower-cased."""
    from dateparser.languages.loader import default_loader  # noqa: PLC0415 - 0.3 s to import

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
        *((f"unit:{key}", compounds.unit_words(info.get(key))) for key in compounds.UNIT_KEYS),
    )


def _alternation(words: set[str]) -> str:
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _GAP) for w in ordered) + ")"


@lru_cache(maxsize=64)
def _pattern_for(words: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """One compiled pattern per language, from the word lists `locale_words` gives."""
    table = dict(words)
    month = _alternation(set(table["months"]))
    weekday = _alternation(set(table["weekdays"]))
    unit = _alternation(set(table["units"]))
    before = _alternation(set(table["ago"]) | set(table["in"]))
    quantity = r"(?:\d{1,3}|[^\W\d]{2,12})"
    counted = _alternation({w for key, ws in table.items() if key.startswith("unit:") for w in ws})
    parts = [
        _NUMERIC,
        compounds.CLOCK,
        compounds.COUNT + r"[ \t\u00a0]?" + counted,
        compounds.YEAR_COUNT + counted,
        r"\d{1,2}(?:\.|[^\W\d]{1,2})?" + _LINK + _GAP + month + r"(?:" + _LINK + _GAP + r"\d{4})?",
        month + _GAP + r"\d{1,2}(?:,?" + _GAP + r"\d{4})?",
        month + r"(?:" + _LINK + _GAP + r"\d{4})?",
        weekday,
        before + _GAP + quantity + _GAP + unit,
        quantity + _GAP + unit + _GAP + _alternation(set(table["ago"])),
    ]
    relative = set(table["relative"])
    if relative:
        parts.insert(0, _alternation(relative))
    parts.append(_YEAR)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")" + compounds.END, re.IGNORECASE)


def parse(
    phrase: str, reference: Reference, hint: re.Pattern[str] | None = None
) -> TimeValue | None:
    """Hand one phrase to dateparser, relative to the publish moment; `hint`, if given, must
    match first (dateparser costs ~10 ms on a phrase it cannot parse)."""
    if len(phrase) > 200:
        return None
    if hint is not None and not hint.search(phrase):
        return None
    if phrase.strip().isdigit() and len(phrase.strip()) < 4:
        return None  # "25" alone is a number; dateparser would make it a day of this month
    settings: dict[str, Any] = {
        "RELATIVE_BASE": reference.now,
        "PREFER_DATES_FROM": _PREFER_DATES_FROM[reference.prefer],
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        data = _parser(reference.language, tuple(sorted(settings.items()))).get_date_data(phrase)
    except (ValueError, OverflowError, TypeError):
        return None
    moment: datetime | None = data.date_obj
    if moment is None:
        return None
    if phrase.isdigit() and len(phrase) == 4:
        return cal.year_value(int(phrase))  # dateparser reads a bare year as a day in it
    return _from_period(moment.replace(tzinfo=None), data.period or "day")


def _parser(language: str, settings: tuple[tuple[str, Any], ...]) -> Any:
    from dateparser.date import DateDataParser  # noqa: PLC0415 - loaded on first use

    return DateDataParser(languages=[language], settings=dict(settings))


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


def warm_up(reference: Reference) -> None:
    """Load dateparser's data, so that a forked worker shares it rather than loads its own."""
    parse("12 March 2020", reference)
