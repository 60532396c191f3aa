"""Pieces of English patterns, built from the word lists: the rules assemble these.

Every quantifier here is bounded (`{0,3}`, `?`, fixed words) except inside single tokens, so a
pattern can match only a short stretch of text from any position: scanning a text costs time
linear in its length, whatever it holds. Matching is case-insensitive; rules that care about
case (for "May", "March") check it in their `accept`.
"""

from __future__ import annotations

from timeline.lang.en.holidays import NAMES_PATTERN
from timeline.lang.en.words import (
    CENTURY_WORDS,
    DECADE_WORDS,
    HOUR_WORDS,
    MINUTE_WORDS,
    MONTHS,
    ORDINALS,
    RELATIONS,
    RELATIONS_AFTER,
    SMALL_NUMBERS,
    TIMEZONES,
    TO_NINETY_NINE,
    WEEKDAYS,
    alternation,
    blanks_between,
    names,
)

_ = r"[ \t\u00a0]{1,3}"  # a short run of blanks inside a phrase (no line breaks)
HY = r"(?:-|[ \t\u00a0]{1,3})"  # a hyphen or a short run of blanks: "three-day", "three day"
OPT = r"[ \t\u00a0]{0,3}"  # an optional short run of blanks: "3pm", "3 pm"
SEP = r"(?:[ \t\u00a0]{1,3}|\r?\n)"  # between words: blanks or one line break

# A name ends its word: "3 of Dec" is not read in "3 of Decentralized", nor "2 June" in "2
# Junebugs".
MONTH = names(MONTHS) + r"(?![a-z])"
WEEKDAY = names(WEEKDAYS) + r"(?![a-z])"
DAY_PART = (
    r"(?:(?:at" + _ + r")?lunch(?:time)?|dinnertime|suppertime|"
    r"(?:morning|afternoon|evening|night|overnight)(?:ish)?)"
)
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
ORD_SUFFIX = r"(?:st|nd|rd|th)"
ORDINAL_WORD = alternation(ORDINALS).replace(r"\-", r"[-\s]")  # "twenty-first", "twenty first"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
NUMBER_WORD = alternation(k for k in SMALL_NUMBERS if k not in ("a", "an"))
CLOCK_WORD = alternation(
    k for k, v in SMALL_NUMBERS.items() if 1 <= v <= 12 and " " not in k and len(k) > 2
    and k not in ("single", "dozen", "couple")
)  # fmt: skip
NUMBER = (
    r"(?:\d{1,3}" + _ + r"[1-9]/[1-9]|[1-9]/[1-9]|[½¼¾]|\d{1,3}[½¼¾]|half" + _ + r"an?|"
    r"\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?|"
    r"(?:a|an|one|two)(?:" + _ + r"and" + _ + r"a)?" + _ + r"half|"
    + NUMBER_WORD + r"(?:" + HY + NUMBER_WORD + r"){0,2}|an?|few|"
    r"a" + _ + r"few|several|many|some|a" + _ + r"number" + _ + r"of)"
)  # fmt: skip
UNIT = (
    r"(?:second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade)s?"
    r"|centur(?:y|ies)"
)
TIMEZONE = alternation(TIMEZONES)
# After a unit: "a quarter-point rise" holds no duration, "a year-long war" does.
UNIT_END = r"(?!-(?!long\b)\w)"
# "p.m." keeps its last dot; "pm." at the end of a sentence leaves the full stop out.
AMPM = r"(?:[ap]\.m\b\.?|[ap]m\b|(?<=\d)[ap]\b\.?)"
# "last", "this coming", "the following" ... before a cycle ("that week", "the same day").
REL = blanks_between(RELATIONS)
# ... before a name: not "that" or "same", which in running text are mostly other words
# ("said that Friday's vote").
REL_NAME = blanks_between(k for k in RELATIONS if k not in ("that", "same"))
# ... after a name or a cycle: "Friday before last", "the week after next".
REL_AFTER = (
    r"(?:" + _ + r"(?P<after>" + blanks_between(RELATIONS_AFTER) + r")"
    r"(?!" + _ + r"(?:week|month|year|night|time)))?"
)
DECADE_WORD = alternation(DECADE_WORDS)
HOUR_WORD = alternation(HOUR_WORDS)
TO_99_WORD = alternation(TO_NINETY_NINE).replace(r"\s", r"[-\s]")  # "eighty six", "eighty-six"
CENTURY_WORD = alternation(CENTURY_WORDS)
# A day of the month in cardinal words ("twenty five January").
DAY_WORD = alternation(k for k, v in TO_NINETY_NINE.items() if v <= 31).replace(r"\s", r"[-\s]")
MINUTE_WORD = alternation(MINUTE_WORDS).replace(r"\s", r"[-\s]")  # "oh three", "twenty-three"
AMPM_WORD = r"(?:[ap]\.?[ \t]?m\b\.?)"  # "a m", "p.m."
HOLIDAY = NAMES_PATTERN
CYCLE = r"(?:day|week|week-?end|work-?week|month|year|yr|quarter|decade|century|seasons?)"
