"""English words, each list spelled once: the rules build their patterns from these, and the
rules' `produce` functions read their meaning from them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from timeline.meaning import Part, Rel, Unit

MONTHS: Final = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5,
    "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
# Words that are dates only when capitalised and in a date-like position ("May" the modal,
# "march" the verb, "sun" the star).
AMBIGUOUS_NAMES: Final = frozenset({"may", "march", "mar", "jan", "sat", "sun", "wed", "fall"})

# Nouns of events a month or season may name the time of ("a March operation", "the spring
# offensive", "the February Revolution", "autumn elections"): before one, the word is a time.
EVENT_NOUNS: Final = frozenset(
    {"offensive", "offensives", "campaign", "campaigns", "operation", "operations", "revolution",
     "uprising", "uprisings", "election", "elections", "session", "sessions", "semester",
     "term", "summit", "meeting", "meetings", "assault", "invasion", "retreat", "talks",
     "polls", "primary", "primaries", "referendum"}
)  # fmt: skip

SMALL_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "dozen": 12, "a dozen": 12, "half a": 0.5, "half an": 0.5,
    "a half": 0.5, "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2,
    "a pair of": 2, "pair of": 2, "a single": 1, "single": 1,
    "three quarters of an": 0.75, "three quarters of a": 0.75, "a quarter of an": 0.25,
    "quarter of an": 0.25,
}  # fmt: skip
# Quantities that say "some number of": their durations get an X ("PXY").
VAGUE_NUMBERS: Final = frozenset({"a few", "few", "several", "some", "many", "a number of"})
ORDINALS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip
# Minutes said in words after an hour: "ten-thirty", "twelve oh three", "four twenty-three".
MINUTE_WORDS: Final = {
    **{f"{zero} {unit}": value for zero in ("o", "oh", "ou", "zero")
       for unit, value in (("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
                           ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))},
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    **{f"{tens} {unit}" if unit else tens: value + extra
       for tens, value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50))
       for unit, extra in (("", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4),
                           ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))},
}  # fmt: skip
HOUR_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Ordinals that count from the end.
LAST_WORDS: Final = frozenset({"last", "final"})

# Unit word (singular, lower case) -> the unit it counts in.
UNITS: Final[dict[str, Unit]] = {
    "second": "second", "sec": "second", "minute": "minute", "min": "minute",
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "night": "day",
    "week": "week", "fortnight": "week", "month": "month", "quarter": "quarter",
    "year": "year", "yr": "year", "decade": "decade", "century": "century",
}  # fmt: skip
# How many of the unit one word stands for ("a fortnight" is two weeks).
UNIT_MULTIPLIER: Final = {"fortnight": 2}
# Units of calendar cycles ("last week", "the following quarter").
CYCLE_UNITS: Final[dict[str, Unit]] = {
    "day": "day", "week": "week", "weekend": "weekend", "month": "month", "year": "year",
    "yr": "year", "quarter": "quarter", "decade": "decade", "century": "century",
    "season": "season", "workweek": "week",
}  # fmt: skip

DECADE_WORDS: Final = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

TIMEZONES: Final = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "msk": 180, "ist": 330, "jst": 540, "kst": 540, "aest": 600, "est": -300, "edt": -240,
    "et": -300, "cst": -360, "cdt": -300, "ct": -360, "mst": -420, "mdt": -360, "mt": -420,
    "pst": -480, "pdt": -420, "pt": -480,
}  # fmt: skip

# "this/next/last ..." before a weekday, month, season, holiday or cycle: spelled once here.
RELATIONS: Final = {
    "last": Rel(-1), "past": Rel(-1), "this past": Rel(-1),
    "previous": Rel(-1, narrative=True), "prior": Rel(-1, narrative=True),
    "preceding": Rel(-1, narrative=True),
    "this": Rel(0), "current": Rel(0),
    "same": Rel(0, narrative=True), "that": Rel(0, narrative=True),
    "next": Rel(1), "coming": Rel(1), "this coming": Rel(1), "upcoming": Rel(1),
    "this upcoming": Rel(1),
    "following": Rel(1, narrative=True), "ensuing": Rel(1, narrative=True),
    "subsequent": Rel(1, narrative=True),
}  # fmt: skip
# ... and after one: "Friday before last", "the week after next".
RELATIONS_AFTER: Final = {"before last": Rel(-2), "after next": Rel(2)}

SEASONS: Final = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Parts of a day, as the resolver names them.
DAY_PARTS: Final = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "overnight": "night", "tonight": "night", "lunch": "lunch", "lunchtime": "lunch",
    "midday": "midday", "noon": "noon", "dinnertime": "evening", "suppertime": "evening",
}  # fmt: skip
DEICTIC_DAYS: Final = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# "early/mid/late" and "the beginning/middle/end of" a period.
EDGES: Final[dict[str, Part]] = {"early": "beginning", "mid": "middle", "late": "end"}
PARTS: Final[dict[str, Part]] = {
    "beginning": "beginning", "start": "beginning", "middle": "middle", "end": "end",
    "close": "end",
}  # fmt: skip

# Every / each: periods by their word, as TIMEX3 SET values.
SET_PERIODS: Final = {
    "day": "P1D", "daily": "P1D", "night": "P1D", "nightly": "P1D", "week": "P1W",
    "weekly": "P1W", "annual": "P1Y", "biweekly": "P2W", "fortnightly": "P2W", "month": "P1M",
    "monthly": "P1M", "year": "P1Y", "annually": "P1Y", "yearly": "P1Y", "quarter": "P3M",
    "quarterly": "P3M", "decade": "P10Y", "hour": "PT1H", "hourly": "PT1H", "minute": "PT1M",
    "weekend": "XXXX-WXX-WE", "weekends": "XXXX-WXX-WE", "morning": "XXXX-XX-XXTMO",
    "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV", "summer": "XXXX-SU",
    "winter": "XXXX-WI", "spring": "XXXX-SP", "autumn": "XXXX-FA", "fall": "XXXX-FA",
    # Half a period, as TimeML writes fractions: "semi-annually" is twice a year.
    "semiannually": "P0.5Y", "semiannual": "P0.5Y", "semimonthly": "P0.5M",
    "semiweekly": "P0.5W",
}  # fmt: skip

# Vague references: what the words point at.
PAST_WORDS: Final = ("recent", "lately", "formerly", "previously", "past", "at the time")
FUTURE_WORDS: Final = (
    "soon", "shortly", "future", "coming", "next", "some day", "one day", "term",
)  # fmt: skip


def singular(word: str) -> str:
    """'centuries' -> 'century', 'weeks' -> 'week'; unknown words come back lower-cased."""
    word = word.lower().rstrip(".")
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and (word[:-1] in UNITS or word[:-1] in ("season", "weekend")):
        return word[:-1]
    return word


def number_value(words: str) -> float | None:
    """The number a quantity phrase names; None for vague ones ("several") or non-numbers."""
    words = " ".join(words.lower().replace("-", " ").split())
    for glyph, share in (("½", 0.5), ("¼", 0.25), ("¾", 0.75)):
        if words.endswith(glyph):
            units = words[: -len(glyph)].strip()
            return share + (float(units) if units.isdigit() else 0.0)
    if not words:
        return None
    if words in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[words])
    try:
        return float(words.replace(",", ""))
    except ValueError:
        pass
    parts = words.split()
    if len(parts) == 2 and parts[0].isdigit() and "/" in parts[1]:  # "1 1/2"
        fraction = number_value(parts[1])
        return None if fraction is None else int(parts[0]) + fraction
    numerator, slash, denominator = words.partition("/")
    if slash and numerator.isdigit() and denominator.isdigit() and int(denominator):
        return int(numerator) / int(denominator)
    if parts[-1] == "half" and len(parts) >= 3 and parts[-2] in ("a", "and"):
        whole = number_value(" ".join(parts[:-3] if parts[-3] == "and" else parts[:-2]))
        return None if whole is None else whole + 0.5
    total = 0.0
    for part in parts:
        if part not in SMALL_NUMBERS:
            return None
        value = SMALL_NUMBERS[part]
        total = total * value if value in (12, 100) and total else total + value
    return total


def ordinal_value(word: str) -> int | None:
    """ "3rd", "third", "twenty-first", "twenty first" -> the number; "last", "final" -> -1."""
    word = "-".join(word.lower().split())
    if word in LAST_WORDS:
        return -1
    if word.isdigit():
        return int(word)
    for suffix in ("st", "nd", "rd", "th"):
        if word.endswith(suffix) and word[:-2].isdigit():
            return int(word[:-2])
    return ORDINALS.get(word)


def lower_words(text: str | None) -> str:
    """Words in lower case, single-spaced, without a trailing dot."""
    return " ".join((text or "").lower().split()).rstrip(".")


def relation(words: str | None) -> Rel | None:
    """The `Rel` that "last", "this coming", "the following" ... name; None for none."""
    key = lower_words(words).removeprefix("the ")
    return RELATIONS.get(key) or RELATIONS_AFTER.get(key)


# ---- pattern pieces ------------------------------------------------------------------------


def alternation(words: Iterable[str]) -> str:
    """An alternation of words, longest first so that "march" wins over "mar"."""
    items = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(item).replace(r"\ ", r"\s") for item in items) + ")"


def names(words: Iterable[str]) -> str:
    """Full names, or abbreviations with an optional dot: "Friday", "Fri.", never "Friday."."""
    words = list(words)
    full = [name for name in words if len(name) > 4 or name in ("may", "june", "july")]
    short = [name for name in words if name not in full]
    return "(?:" + alternation(full) + "|" + alternation(short) + r"\.?)"


def blanks_between(words: Iterable[str]) -> str:
    """An alternation of words whose inner spaces match a short run of blanks."""
    items = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in items) + ")"


# Words whose full stop ends an abbreviation, not a sentence; a single capital letter does too.
ABBREVIATIONS: Final = tuple(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc corp co ltd vs no jan feb mar "
    "apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun a.m p.m u.s u.k "
    "u.n e.g i.e approx est dept univ ave blvd mt ft".split()
)
# Words a phrase typed alone may carry around its expression ("on Friday", "by 2020").
FILLER: Final = tuple(
    "on at in of by the around about approximately circa during for from since ish over between "
    "throughout until till within fiscal more less than least almost nearly roughly".split()
)
# What a phrase needs before it is worth dateparser's time.
DATEPARSER_HINT: Final = (
    r"\d ?[/.:-] ?\d|\b\d{4}\b|\b[ap]\.?m\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tomorrow|yesterday|tonight|now|noon|midnight|ago|week|month|year|day|hour|minute|"
    r"second|morning|evening|afternoon|night)"
)
# Words that open a clause without saying what happened.
CONJUNCTIONS: Final = ("and", "but", "or", "so", "yet")

# 1-99 in words, for years said in words ("nineteen eighty-six", "two thousand and thirty two").
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TO_NINETY_NINE: Final = {
    **{word: n for n, word in enumerate(_UNITS_WORDS, 1)},
    **{word: n for n, word in enumerate(_TEENS, 10)},
    **{tens: 10 * n for n, tens in enumerate(_TENS, 2)},
    **{f"{tens} {unit}": 10 * n + u for n, tens in enumerate(_TENS, 2)
       for u, unit in enumerate(_UNITS_WORDS, 1)},
}  # fmt: skip
# The first two digits of a year said in words ("nineteen", "twenty").
CENTURY_WORDS: Final = {word: n for n, word in enumerate(_TEENS, 10)} | {"twenty": 20}


def year_in_words(century: str, rest: str) -> int | None:
    """ "nineteen" + "eighty six" -> 1986; "two thousand" + "thirty two" -> 2032."""
    rest = " ".join(rest.lower().replace("-", " ").split()).removeprefix("and ")
    if century.lower() == "two thousand":
        if not rest:
            return 2000
        tail = TO_NINETY_NINE.get(rest)
        return None if tail is None else 2000 + tail
    head = CENTURY_WORDS.get(century.lower())
    if head is None:
        return None
    if rest == "hundred":
        return head * 100
    tail = TO_NINETY_NINE.get(rest.removeprefix("oh ").removeprefix("o "))
    return None if tail is None else head * 100 + tail
