"""Pieces of Dutch patterns, built from the word lists: the rules assemble these.

Every quantifier is bounded (`{0,3}`, `?`, fixed words) except inside single tokens, so a
pattern matches only a short stretch of text from any position. Matching is
case-insensitive.
"""

from __future__ import annotations

from timeline.engine.wordlists import alternation
from timeline.lang.nl.holidays import NAMES_PATTERN
from timeline.lang.nl.words import (
    FRACTIONS,
    HOUR_PLURALS,
    HOUR_WORDS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    RELATIONS,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

_ = r"[ \t\u00a0]{1,3}"  # a short run of blanks inside a phrase (no line breaks)
OPT = r"[ \t\u00a0]{0,3}"  # an optional short run of blanks: "4u", "4 u"
HY = r"(?:-|[ \t\u00a0]{1,3})"
APOSTROPHE = r"['‘’´`]"

_SHORT_MONTHS = ("jan", "feb", "febr", "mrt", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                 "okt", "oct", "nov", "dec")  # fmt: skip
_FULL_MONTHS = [name for name in MONTHS if name not in _SHORT_MONTHS]
MONTH = (
    "(?:"
    + alternation(_FULL_MONTHS)
    + "|"
    + alternation(name for name in MONTHS if name not in _FULL_MONTHS)
    + r"\.?)"
)
WEEKDAY = alternation(WEEKDAYS)
WEEKDAY_ABBR = alternation(WEEKDAY_ABBREVIATIONS) + r"\.?"
# A weekday, "morgen" or "gisteren" with a part of its day in one word: "maandagochtend",
# "morgenavond", "gisterenmiddag".
COMPOUND_PART = r"(?:ochtend|morgen|voormiddag|middag|namiddag|avond|nacht)"
# "'s ochtends", "'s avonds" ...
S_PART = (
    APOSTROPHE + r"s" + OPT + r"(?:ochtends|morgens|voormiddags|middags|namiddags|avonds|nachts)"
)
DAY_PART = r"(?:" + S_PART + r"|ochtend|morgen|voormiddag|middag|namiddag|avond|nacht)"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
ORDINAL_WORD = alternation(ORDINALS)
# A day as Dutch writes it: "3e", "1ste", "2de", "derde", "vierentwintigste".
ORD_DAY = r"(?:" + DAY_NUM + r"(?:ste|de|e)\b|" + ORDINAL_WORD + r")"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2[1-9][0-9]{2})"
NUMBER_WORD = alternation(NUMBERS)
FRACTION_WORD = alternation(FRACTIONS)
HOUR_WORD = alternation(HOUR_WORDS)
HOUR_PLURAL = alternation(HOUR_PLURALS)
NUMBER = (
    r"(?:\d{1,4}(?:[,.]\d{1,3})?(?:" + OPT + r"½)?|½|" + FRACTION_WORD + r"|" + NUMBER_WORD + r")"
)
UNIT = (
    r"(?:"
    + alternation(word for word in UNITS if word not in ("u", "sec", "min"))
    + r"|(?:sec|min)\.?)"
)
CYCLE = r"(?:dag|week|weekend|maand|kwartaal|halfjaar|jaar|decennium|eeuw)"
REL = alternation(RELATIONS)
HOLIDAY = NAMES_PATTERN
