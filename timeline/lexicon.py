"""English words the finder and resolver share: months, weekdays, numbers, units, cues."""

from __future__ import annotations

from typing import Final

from timeline.model import Granularity

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

SMALL_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "dozen": 12, "a dozen": 12, "half a": 0.5, "half an": 0.5,
    "a half": 0.5, "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2,
    "a pair of": 2, "pair of": 2, "a single": 1, "single": 1,
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
    "thirty-first": 31, "last": -1, "final": -1,
}  # fmt: skip

# Unit word (singular, lower case) -> (grain, TIMEX3 duration letter, is a clock unit).
UNITS: Final[dict[str, tuple[Granularity, str, bool]]] = {
    "second": ("second", "S", True), "sec": ("second", "S", True),
    "minute": ("minute", "M", True), "min": ("minute", "M", True),
    "hour": ("hour", "H", True), "hr": ("hour", "H", True), "h": ("hour", "H", True),
    "day": ("day", "D", False), "night": ("day", "D", False),
    "week": ("week", "W", False), "fortnight": ("week", "W", False),
    "month": ("month", "M", False), "quarter": ("quarter", "Q", False),
    "year": ("year", "Y", False), "yr": ("year", "Y", False),
    "decade": ("decade", "DE", False), "century": ("century", "CE", False),
}  # fmt: skip
# How many of the base unit one word stands for ("a fortnight" is two weeks).
UNIT_MULTIPLIER: Final = {"fortnight": 2}

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
    if not words:
        return None
    if words in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[words])
    try:
        return float(words.replace(",", ""))
    except ValueError:
        pass
    numerator, slash, denominator = words.partition("/")
    if slash and numerator.isdigit() and denominator.isdigit() and int(denominator):
        return int(numerator) / int(denominator)
    parts = words.split()
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
