"""Pieces of German patterns, built from the word lists: the rules assemble these.

Every quantifier is bounded (`{0,3}`, `?`, fixed words) except inside single tokens, so a
pattern matches only a short stretch of text from any position. Matching is
case-insensitive; rules that care about case ("Morgen" the noun, "morgen" tomorrow) check it
in their `accept`.
"""

from __future__ import annotations

from timeline.engine.wordlists import alternation
from timeline.lang.de.holidays import NAMES_PATTERN
from timeline.lang.de.words import (
    DAY_PARTS,
    FRACTIONS,
    HOUR_WORDS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    RELATIONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

_ = r"[ \t\u00a0]{1,3}"  # a short run of blanks inside a phrase (no line breaks)
OPT = r"[ \t\u00a0]{0,3}"  # an optional short run of blanks: "20Uhr", "20 Uhr"
HY = r"(?:-|[ \t\u00a0]{1,3})"  # a hyphen or blanks: "Mitte-März", "Mitte März"
DASH = r"[ \t]{0,3}(?:-|–|—)[ \t]{0,3}"

_SHORT_MONTHS = ("jan", "feb", "febr", "mär", "mrz", "apr", "jun", "jul", "aug", "sep", "sept",
                 "okt", "nov", "dez")  # fmt: skip
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
# A weekday with a part of its day in one word: "Dienstagmorgen", "Sonnabendabend".
COMPOUND_PART = r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh)"
DAY_PART = alternation(DAY_PARTS)
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
ORDINAL_WORD = alternation(ORDINALS)
# A day as German writes it: "2.", "10ter", "3ten", "dritten", "siebenundzwanzigsten".
ORD_DAY = r"(?:" + DAY_NUM + r"(?:\.|te[nrs]?\b|ter\b)|" + ORDINAL_WORD + r")"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
NUMBER_WORD = alternation(NUMBERS)
FRACTION_WORD = alternation(FRACTIONS)
HOUR_WORD = alternation(HOUR_WORDS)
NUMBER = r"(?:\d{1,4}(?:,\d{1,3})?(?:" + OPT + r"½)?|½|" + FRACTION_WORD + r"|" + NUMBER_WORD + r")"
UNIT = (
    r"(?:sekunde[n]?|sek\.?|minute[n]?|min\.?|stunde[n]?|std\.?|tag(?:e[ns]?|s)?|"
    r"n(?:a|ä)cht(?:e[n]?)?|wochenende[n]?|woche[n]?|monat(?:e[ns]?|s)?|quartal(?:e[n]?|s)?|"
    r"halbjahr(?:e[ns]?|s)?|jahrzehnt(?:e[ns]?|s)?|jahrhundert(?:e[ns]?|s)?|"
    r"jahr(?:e[ns]?|s)?)"
)
# Calendar cycles in any case: "Woche", "Monats", "Jahres", "Wochenende".
CYCLE = (
    r"(?:tag(?:e?s)?|wochenende|woche|monat(?:e?s)?|quartal(?:e?s)?|halbjahr(?:e?s)?|"
    r"jahrzehnt(?:e?s)?|jahrhundert(?:e?s)?|jahr(?:e?s)?)"
)
REL = alternation(RELATIONS)
HOLIDAY = NAMES_PATTERN
