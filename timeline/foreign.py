"""A finder for languages other than English, built from dateparser's own locale data.

It knows each language's month and weekday names, its words for "ago" and "in", its units and
its relative phrases ("gestern", "la semaine dernière"), plus numeric dates and years. That is
correct where it fires, if less complete than the English grammar; each candidate phrase is
then resolved by dateparser in that language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import Mention
from timeline.model import Span

_NUMERIC = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![./]?\d)"
_YEAR = r"(?<![\d.,])(?:1[89]|20)\d{2}(?![\d.,]\d)"
_GAP = r"[ \t\u00a0]{1,3}"
_LINK = r"(?:[ \t\u00a0]{1,3}[^\W\d]{1,3})?"  # "de", "du", "of": short words inside dates


def _alternation(words: set[str]) -> str:
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _GAP) for w in ordered) + ")"


@lru_cache(maxsize=64)
def pattern_for(words: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """One compiled pattern per language, from the word lists `resolve.locale_words` gives."""
    table = dict(words)
    month = _alternation(set(table["months"]))
    weekday = _alternation(set(table["weekdays"]))
    unit = _alternation(set(table["units"]))
    before = _alternation(set(table["ago"]) | set(table["in"]))
    quantity = r"(?:\d{1,3}|[^\W\d]{2,12})"
    parts = [
        _NUMERIC,
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
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def find_foreign_mentions(text: str, pattern: re.Pattern[str]) -> list[Mention]:
    """Candidate time expressions; each carries its own text for dateparser to read."""
    return [
        Mention(Span(*match.span()), "foreign", {"phrase": match.group(0)})
        for match in pattern.finditer(text)
    ]
