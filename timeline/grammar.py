"""The English grammar of time expressions: one named regular expression per kind of phrase.

Every quantifier here is bounded (`{0,3}`, `?`, fixed words) except inside single tokens, so a
pattern can match only a short stretch of text from any position: scanning a text costs time
linear in its length, whatever the text holds. Matching is case-insensitive; rules that care
about case (for "May", "March") check it when they resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from timeline.holidays import NAMES as HOLIDAY_NAMES
from timeline.lexicon import DECADE_WORDS, MONTHS, ORDINALS, SMALL_NUMBERS, TIMEZONES, WEEKDAYS


def _words(words: Iterable[str]) -> str:
    """An alternation of words, longest first so that "march" wins over "mar"."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(item).replace(r"\ ", r"\s") for item in items) + ")"


_ = r"[ \t\u00a0]{1,3}"  # a short run of blanks inside a phrase (no line breaks)
HY = r"(?:-|[ \t\u00a0]{1,3})"  # a hyphen or a short run of blanks: "three-day", "three day"
OPT = r"[ \t\u00a0]{0,3}"  # an optional short run of blanks: "3pm", "3 pm"
SEP = r"(?:[ \t\u00a0]{1,3}|\r?\n)"  # between words: blanks or one line break


def _names(names: Iterable[str]) -> str:
    """Full names, or abbreviations with an optional dot: "Friday", "Fri.", never "Friday."."""
    full = [name for name in names if len(name) > 4 or name in ("may", "june", "july")]
    short = [name for name in names if name not in full]
    return "(?:" + _words(full) + "|" + _words(short) + r"\.?)"


MONTH = _names(MONTHS)
WEEKDAY = _names(WEEKDAYS)
DAY_PART = (
    r"(?:(?:at"
    + "[ \t\u00a0]{1,3}"
    + r")?lunch(?:time)?|(?:morning|afternoon|evening|night|overnight)(?:ish)?)"
)
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
ORD_SUFFIX = r"(?:st|nd|rd|th)"
ORDINAL_WORD = _words(k for k in ORDINALS if k not in ("last", "final"))
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
NUMBER_WORD = _words(k for k in SMALL_NUMBERS if k not in ("a", "an"))
NUMBER = (
    r"(?:[1-9]/[1-9]|half" + _ + r"an?|\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?|"
    r"(?:a|an|one|two)(?:" + _ + r"and" + _ + r"a)?" + _ + r"half|"
    + NUMBER_WORD + r"(?:" + HY + NUMBER_WORD + r"){0,2}|an?|few|"
    r"a" + _ + r"few|several|many|some|a" + _ + r"number" + _ + r"of)"
)  # fmt: skip
UNIT = (
    r"(?:second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade)s?"
    r"|centur(?:y|ies)"
)
TIMEZONE = _words(TIMEZONES)
# After a unit: "a quarter-point rise" holds no duration, "a year-long war" does.
UNIT_END = r"(?!-(?!long\b)\w)"
AMPM = r"(?:[ap]\.?m\b\.?|(?<=\d)[ap]\b\.?)"
REL = (
    r"(?:this[ \t]{1,3}past|last|this|next|past|coming|previous|current|following|upcoming|same|"
    r"prior|preceding)"
)

# Order matters only for ties: at one position the longest match wins, then the earlier rule.
RULES: Final[dict[str, str]] = {
    "iso_date": r"\b(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)\b"
    r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?)?",
    "numeric_date": r"\b(?P<a>[0-3]?\d)(?:/(?P<b>[0-3]?\d)/|\.(?P<b2>[0-3]?\d)\.)"
    r"(?P<y>\d{4}|\d{2})\b(?![/.]\d)|\b(?P<a3>1[0-2]|0?[1-9])-(?P<b3>[12]\d|3[01]|0?[1-9])-"
    r"(?P<y3>\d{4}|\d{2})\b(?!-\d)",
    "month_day": r"\b(?:(?P<wd>" + WEEKDAY + r"),?" + _ + r")?(?P<month>" + MONTH + r")" + _
    + r"(?P<day>" + DAY_NUM + ORD_SUFFIX + r"?|" + ORDINAL_WORD + r")\b(?!:|\.\d|,\d{3})(?:,?" + _
    + r"(?P<year>" + YEAR + r")\b)?",
    "day_month": r"\b(?:the" + _ + r")?(?P<day>" + DAY_NUM + r"|" + ORDINAL_WORD + r")"
    + ORD_SUFFIX + r"?" + _ + r"(?:of" + _ + r")?(?P<month>" + MONTH + r")(?:,?" + _
    + r"(?P<year>" + YEAR + r")\b)?",
    "month_year": r"\b(?:(?P<mod>early|mid|late)" + HY + r")?(?P<month>" + MONTH + r"),?"
    + _ + r"(?:of" + _ + r")?(?P<year>" + YEAR + r")\b",
    "month": r"\b(?:(?P<rel>last|this|next|coming|past)" + _
    + r"|(?P<mod>early|mid|late)" + HY + r")?(?P<month>" + MONTH + r")\b",
    "year": r"(?<![\w$£€#.,/-])(?:(?P<pre>mid|early|late)" + HY + r")?(?P<year>" + YEAR
    + r")(?=['’]s\b|\b)(?![.,]\d|[-/]\d{3})",
    "year_tail": r"(?<=(?P<century>\d{2})\d{2}[-–])(?P<yy>\d{2})\b(?![-/.]\d)",
    "decade": r"\b(?P<the>the" + _ + r")?(?:(?P<mod>early|mid|late)" + HY + r")?"
    r"(?:(?P<cent>1\d|20)|(?P<apostrophe>['’])?)(?P<dec>\d)0['’]?s\b",
    "decade_word": r"\b(?:the" + _ + r")(?:(?P<mod>early|mid|late)" + HY + r")?(?P<word>"
    + _words(DECADE_WORDS) + r")\b",
    "century": r"\b(?P<ord>\d{1,2}" + ORD_SUFFIX + r"|" + ORDINAL_WORD + r")" + HY
    + r"century\b",
    "quarter": r"\b(?:the" + _ + r")?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
    + HY + r"(?:fiscal" + _ + r")?(?:quarter|qtr)\b(?:" + _ + r"(?:of" + _ + r")?(?P<year>"
    + YEAR + r")\b)?",
    "quarter_code": r"\b(?:Q(?P<q>[1-4])" + OPT + r"(?P<year>" + YEAR + r")?|(?P<year2>" + YEAR
    + r")" + OPT + r"Q(?P<q2>[1-4]))\b",
    "half": r"\b(?:the" + _ + r")?(?P<ord>first|second|1st|2nd)" + _ + r"half" + _ + r"of" + _
    + r"(?:(?P<year>" + YEAR + r")|(?P<rel>the|this|last|next)" + _ + r"year)\b",
    "season": r"\b(?:(?P<rel>last|this|next|past|coming)" + _ + r"|the" + _ + r")?"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?:" + _ + r"(?:of" + _ + r")?(?P<year>"
    + YEAR + r")\b)?",
    "weekday": r"\b(?:(?P<rel>last|this|next|coming|past)" + _ + r"|(?P<mod>early|late)" + _
    + r")?(?P<wd>" + WEEKDAY
    + r")(?:['’]s)?(?:" + _ + r"(?P<part>" + DAY_PART + r"))?(?!\w)",
    "deictic": r"\b(?:the" + _ + r"day" + _ + r"(?P<shift>before|after)" + _ + r")?"
    r"(?P<word>yesterday|today|tomorrow|tonight)(?:['’]s)?(?:" + _ + r"(?P<part>" + DAY_PART
    + r"))?\b",
    "this_part": r"\b(?P<rel>this|last|tomorrow|yesterday)" + _ + r"(?P<part>" + DAY_PART
    + r")\b",
    "weekend": r"\bthe" + _ + r"weekend\b",
    # "the day before." counts from the last date named; "the day before the vote" from an
    # event, which this grammar does not resolve.
    "unit_before": r"\bthe" + _ + r"(?P<unit>day|week|month|year)" + _
    + r"(?P<dir>before|after)(?=[ \t]{0,3}[,.;:!?)]|[ \t]{0,3}$|" + SEP + r"(?:that|and)\b)",
    "day_part": r"\b(?P<part>morning|afternoon|evening|night)\b",
    "relative_unit": r"\b(?:(?P<mod>earlier|later|early|late)" + _ + r")?(?P<the>the" + _
    + r")?(?P<rel>" + REL + r"|that)" + _ + r"(?P<unit>day|week|weekend|month|year|yr|quarter"
    r"|decade|century|seasons?)\b",
    "offset": r"\b(?P<num>" + NUMBER + r")" + HY + r"(?P<unit>" + UNIT + r")" + SEP
    # "two weeks after." counts from the last date named; "two weeks after they began" from an
    # event, so there only "two weeks" is an expression (a duration).
    + r"(?P<dir>ago|earlier|later|hence|from" + _ + r"(?:now|today)|(?:after|before)"
    r"(?=[ \t]{0,3}[,.;:!?)]|[ \t]{0,3}$|" + SEP + r"(?:that|and)\b))",
    "ago": r"\b(?P<word>years|decades|months|weeks|days|centuries)" + SEP + r"ago\b",
    "future_offset": r"(?:(?<=\bin )|(?<=\bwithin ))(?P<num>" + NUMBER + r")" + OPT
    + r"(?P<unit>" + UNIT + r"|h)(?:['’]" + _ + r"time)?\b" + UNIT_END,
    "duration": r"\b(?:the" + _ + r"(?P<rel>past|last|next|coming|previous|first|final|"
    r"following|better" + _ + r"part" + _ + r"of" + _ + r"the)" + _ + r")?(?P<num>" + NUMBER
    + r")(?P<hyphen>" + HY + r")(?P<unit>" + UNIT + r")\b(?P<old>-old)?" + UNIT_END,
    "vague_duration": r"\b(?P<unit>years|decades|months|weeks|days|hours|minutes)\b",
    "vague": r"\b(?P<phrase>recently|lately|"
    r"nowadays|currently|soon|shortly|recent" + _ + r"(?:days|weeks|months|years|times)|"
    r"the" + _ + r"(?:near|distant|coming)" + _ + r"(?:future|days|weeks|months|years)|"
    r"the" + _ + r"(?:past|future)|"
    r"at" + _ + r"the" + _ + r"(?:time|moment)|at" + _ + r"present|for" + _ + r"now|"
    r"these" + _ + r"days|(?:right" + _ + r")?now|the" + _ + r"present|"
    r"some" + _ + r"day|one" + _ + r"day" + _ + r"soon)\b",
    "set": r"\b(?:(?P<quant>every|each|per)" + _ + r"(?:(?P<count>other|two|three|four|"
    r"\d{1,2})" + _ + r")?(?P<what>" + WEEKDAY + r"|" + DAY_PART + r"|day|week|weekend|month|"
    r"year|quarter|decade|summer|winter|spring|autumn|fall|hour|minute)s?|(?P<times>once|"
    r"twice|three" + _ + r"times|\d" + _ + r"times)" + _ + r"(?:a|an|per|every)" + _
    + r"(?P<per>day|week|month|year|decade|hour)|(?P<adverb>daily|weekly|monthly|annually|"
    r"yearly|hourly|nightly|quarterly|biweekly|fortnightly|annual)|(?P<plural>mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|saturdays|sundays|weekends))\b",
    "holiday": r"\b(?:(?P<rel>last|next|this|coming)" + _ + r")?(?P<name>" + HOLIDAY_NAMES
    + r")(?:" + _ + r"(?:of" + _ + r"|in" + _ + r")?(?P<year>" + YEAR + r")|" + _ + r"(?:in"
    + _ + r"(?P<ahead>" + NUMBER + r")" + _ + r"(?P<unit_ahead>years?|months?)|(?P<shift>"
    + NUMBER + r")" + _ + r"(?P<unit_shift>years?|months?)" + _ + r"(?P<dir>ago|hence|from"
    + _ + r"now)))?(?!\w)",
    "nth_weekday": r"\b(?:the" + _ + r")?(?P<ord>" + ORDINAL_WORD + r"|[1-5]" + ORD_SUFFIX
    + r"|last)" + _ + r"(?P<wd>" + WEEKDAY + r")" + _ + r"(?:of|in)" + _ + r"(?:(?P<month>"
    + MONTH + r")(?:,?" + _ + r"(?P<year>" + YEAR + r"))?|(?P<rel>this|next|last|the)" + _
    + r"month)\b",
    "nth_week": r"\b(?:the" + _ + r")?(?P<ord>" + ORDINAL_WORD + r"|[1-5]" + ORD_SUFFIX
    + r"|last)" + _ + r"week" + _ + r"(?:of|in)" + _ + r"(?P<month>" + MONTH + r")(?:,?" + _
    + r"(?P<year>" + YEAR + r"))?\b",
    "week_of": r"\b(?:the" + _ + r")?week" + _ + r"of" + _ + r"(?P<month>" + MONTH + r")" + _
    + r"(?P<day>" + DAY_NUM + r")" + ORD_SUFFIX + r"?(?:,?" + _ + r"(?P<year>" + YEAR + r"))?\b",
    "weekday_of_week": r"\b(?P<wd>" + WEEKDAY + r")" + _ + r"(?:of" + _ + r")?(?P<rel>this|"
    r"next|last|the" + _ + r"following|the" + _ + r"previous)" + _ + r"week\b",
    "period_part": r"\b(?:the" + _ + r")?(?:(?P<abbr>[BE]O[YMW])\b|(?P<part>beginning|start|end|"
    r"middle|close)" + _
    + r"of" + _ + r"(?:(?:the|this|"
    r"current|that)" + _ + r")?(?:around" + _ + r")?(?:(?P<rel>next|last|previous|past|coming|"
    r"current)" + _
    + r")?(?:(?P<unit>week|month|year)|(?P<month>" + MONTH + r")(?:" + _ + r"(?P<myear>" + YEAR
    + r"))?|(?P<year>" + YEAR + r")))\b",
    "day_range": r"\b(?:the" + _ + r")?(?:(?P<month>" + MONTH + r")"
    + _ + r"(?P<d1>" + DAY_NUM + r")" + ORD_SUFFIX + r"?" + OPT + r"(?:-|–|to|through|thru|till|"
    r"until)" + OPT + r"(?:the" + _ + r")?(?P<d2>" + DAY_NUM + r")" + ORD_SUFFIX + r"?|(?P<e1>"
    + DAY_NUM + r")" + ORD_SUFFIX + r"?" + OPT + r"(?:-|–|to|through|thru|till|until)" + OPT
    + r"(?:the" + _ + r")?(?P<e2>" + DAY_NUM + r")" + ORD_SUFFIX + r"?" + _ + r"(?:of" + _
    + r")?(?P<month2>" + MONTH + r"))(?:,?" + _ + r"(?P<year>" + YEAR + r"))?\b(?!:)",
    "upcoming": r"\b(?:upcoming" + _ + r"(?P<num>" + NUMBER + r")|(?P<num2>" + NUMBER + r")"
    + _ + r"upcoming)" + _ + r"(?P<unit>" + UNIT + r")\b",
    "clock_offset": r"\b(?P<minutes>\d{1,2}|" + NUMBER_WORD + r"|a" + _
    + r"quarter|quarter|half)(?:" + _ + r"minutes?)?" + _ + r"(?P<rel>past|after|to|before|"
    r"till|from)" + _ + r"(?:(?P<bh>1\d|2[0-3]|0?[1-9])(?:" + OPT + r"(?P<bampm>" + AMPM
    + r")|h\b)?|(?P<bnamed>noon|midnight))",
    "clock": r"\b(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?" + OPT + r"(?P<ampm>" + AMPM
    + r")|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\.\d|:\d\d\d)(?::(?P<s24>[0-5]\d))?|"
    r"(?P<ho>1[0-2]|0?[1-9]|" + _words(k for k, v in SMALL_NUMBERS.items() if 1 <= v <= 12)
    + r")" + _ + r"o['’]clock|(?P<named>noon|midnight|midday)|(?P<hb>1[0-2]|0?[1-9])(?=" + _
    + r"(?:tomorrow|today|tonight|"
    r"this" + _ + r"(?:morning|afternoon|evening)))|(?P<hf>[01]?\d|2[0-3])h(?P<mf>"
    r"[0-5]\d)?|(?:at|@|around|approximately)" + _ + r"(?:(?P<mil>(?:[01]\d|2[0-3])[0-5]\d|"
    r"[1-9][0-5]\d)|(?P<hat>1[0-2]|0?[1-9]))(?![\d.,:/%-])(?!" + OPT
    + r"(?:%|percent|per|[ap]\b|[ap]\.?m"
    r"|of|years?|days?|weeks?|months?|hours?|minutes?|people|times|o['’]clock)))(?:" + OPT
    + r"(?:ish)?\(?(?P<tz>"
    + TIMEZONE + r")\b)?",
}  # fmt: skip

PATTERNS: Final = {name: re.compile(src, re.IGNORECASE) for name, src in RULES.items()}

# Joins between a date and a clock time that make them one expression: "Friday at 3 p.m.".
JOIN = re.compile(r",?[ \t]{1,3}(?:(?:at|on|around|about|by|for|@)[ \t]{1,3})?")
