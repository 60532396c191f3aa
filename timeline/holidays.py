"""Named days: Gregorian fixed dates, nth weekdays and Easter's feasts computed here; Hindu
festivals and the Chinese New Year looked up in the `holidays` package's calendar tables.

Islamic and Jewish holidays are left out on purpose: their dates hang on moon sighting and on
whether the eve counts, and a date a day off is worse than none.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Final, Literal

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], date]:
    """The nth (1-based; -1 for the last) given weekday of a month."""

    def on(year: int) -> date:
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return on


def _easter(offset: int, method: Literal[1, 2, 3] = EASTER_WESTERN) -> Callable[[int], date]:
    return lambda year: easter(year, method) + timedelta(days=offset)


def _workday_near(month: int, day: int) -> Callable[[int], date]:
    """A fixed date moved to the nearest weekday when it falls on a weekend."""

    def on(year: int) -> date:
        fixed = date(year, month, day)
        return fixed - timedelta(days={5: 1, 6: -1}.get(fixed.weekday(), 0))

    return on


def _day_after(rule: Callable[[int], date], days: int) -> Callable[[int], date]:
    return lambda year: rule(year) + timedelta(days=days)


def _kings_day(year: int) -> date:
    """The Dutch King's Day: 27 April, or the 26th when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


_THANKSGIVING = _nth_weekday(11, 3, 4)

# Regular expression for the name (matched case-insensitively) -> the day in a given year.
HOLIDAYS: Final[dict[str, Callable[[int], date]]] = {
    r"christmas[ ]eve|xmas[ ]eve": _fixed(12, 24),
    r"christmas(?:[ ]day)?|xmas(?:[ ]day)?": _fixed(12, 25),
    r"boxing[ ]day": _fixed(12, 26),
    r"new[ ]year['’]?s?[ ]eve|nye": _fixed(12, 31),
    r"new[ ]year['’]?s?(?:[ ]day)?": _fixed(1, 1),
    r"valentine['’]?s?(?:[ ]day)?": _fixed(2, 14),
    r"groundhog[ ]day": _fixed(2, 2),
    r"(?:saint|st\.?)[ ](?:patrick|paddy)['’]?s(?:[ ]day)?": _fixed(3, 17),
    r"april[ ]fools['’]?(?:[ ]day)?": _fixed(4, 1),
    r"earth[ ]day": _fixed(4, 22),
    r"may[ ]day": _fixed(5, 1),
    r"cinco[ ]de[ ]mayo": _fixed(5, 5),
    r"juneteenth": _fixed(6, 19),
    r"independence[ ]day|(?:the[ ])?fourth[ ]of[ ]july": _fixed(7, 4),
    r"bastille[ ]day": _fixed(7, 14),
    r"halloween": _fixed(10, 31),
    r"all[ ]saints['’]?(?:[ ]day)?|world[ ]vegan[ ]day": _fixed(11, 1),
    r"veterans['’]?[ ]day|armistice[ ]day|remembrance[ ]day": _fixed(11, 11),
    r"boss['’]?s?(?:[ ]day)?": _workday_near(10, 16),
    r"king['’]?s[ ]day|koningsdag": _kings_day,
    r"(?:martin[ ]luther[ ]king(?:[ ]jr\.?)?|mlk)(?:['’]s)?[ ]day": _nth_weekday(1, 0, 3),
    r"presidents['’]?[ ]day|washington['’]s[ ]birthday": _nth_weekday(2, 0, 3),
    r"mother['’]?s['’]?[ ]day": _nth_weekday(5, 6, 2),
    r"memorial[ ]day": _nth_weekday(5, 0, -1),
    r"father['’]?s['’]?[ ]day": _nth_weekday(6, 6, 3),
    r"labou?r[ ]day": _nth_weekday(9, 0, 1),
    r"columbus[ ]day|indigenous[ ]peoples['’]?[ ]day": _nth_weekday(10, 0, 2),
    r"thanksgiving(?:[ ]day)?": _THANKSGIVING,
    r"black[ ]friday": _day_after(_THANKSGIVING, 1),
    r"cyber[ ]monday": _day_after(_THANKSGIVING, 4),
    r"election[ ]day": _day_after(_nth_weekday(11, 0, 1), 1),
    r"orthodox[ ]easter(?:[ ]sunday)?": _easter(0, EASTER_ORTHODOX),
    r"easter[ ]mon(?:day)?": _easter(1),
    r"easter(?:[ ]sunday)?": _easter(0),
    r"good[ ]friday": _easter(-2),
    r"holy[ ]saturday": _easter(-1),
    r"maundy[ ]thursday|holy[ ]thursday": _easter(-3),
    r"palm[ ]sunday|branch[ ]sunday": _easter(-7),
    r"ash[ ]wednesday": _easter(-46),
    r"ascension(?:[ ]day|[ ]thursday)?": _easter(39),
    r"pentecost(?:[ ]sunday)?|whit(?:e)?[ ]sunday": _easter(49),
    r"whit(?:e)?[ ]monday|pentecost[ ]monday": _easter(50),
    r"trinity[ ]sunday": _easter(56),
    r"corpus[ ]christi": _easter(60),
}
# Regular expression for the name -> (country, the holiday's name in that country's table).
TABLE_HOLIDAYS: Final[dict[str, tuple[str, str]]] = {
    r"diwali|deepavali|lakshmi[ ]puja": ("IN", "Diwali"),
    r"bhai[ ](?:dooj|duj)|bhau[ ]beej": ("IN", "Bhai Duj"),
    r"govardhan[ ]puja": ("IN", "Govardhan Puja"),
    r"holi|phagwah|dhulandi": ("IN", "Holi"),
    r"holika[ ]dahan": ("IN", "Holika Dahan"),
    r"maha[ ]?shivaratri|maha[ ]?shivratri": ("IN", "Maha Shivaratri"),
    r"makara?[ ]sankrant(?:h)?i": ("IN", "Makar Sankranti"),
    r"(?:thai[ ])?pongal": ("IN", "Pongal"),
    r"ugadi|yugadi|gudi[ ]padwa|chaitra[ ]sukh?ladi|cheti[ ]chand": ("IN", "Ugadi"),
    r"ram[ ]navami": ("IN", "Ram Navami"),
    r"raksha[ ]bandhan|rakhi": ("IN", "Raksha Bandhan"),
    r"(?:krishna[ ])?janmashtami": ("IN", "Janmashtami (Vaishnava)"),
    r"ganesh[ ]chaturthi|vinayaka?[ ]chaturthi": ("IN", "Ganesh Chaturthi / Vinayak Chaturthi"),
    r"onam": ("IN", "Onam"),
    r"dussehra|vijaya[ ]?dashami": ("IN", "Dussehra"),
    r"(?:maha|durga)[ ]saptami": ("IN", "Dussehra (Saptami)"),
    r"karva[ ]chauth|karwa[ ]chauth": ("IN", "Karaka Chaturthi (Karwa Chouth)"),
    r"chhath(?:[ ]puja)?|dala[ ](?:puja|chhath)": (
        "IN", "Pratihar Shashthi or Surya Shashthi (Chhath Puja)"),
    r"valmiki[ ]jayanti|pargat[ ]diwas": ("IN", "Maharishi Valmiki's Birthday"),
    r"guru[ ]ravid(?:a|aa)ss?[ ](?:jayanti|birthday)": ("IN", "Guru Ravi Das's Birthday"),
    r"rabindranath[ ]jayanti|tagore[ ]jayanti": ("IN", "Guru Rabindranath's Birthday"),
    r"guru[ ]gobind[ ]singh(?:['’]s)?[ ](?:jayanti|birthday)": (
        "IN", "Guru Gobind Singh's Birthday"),
    r"buddha[ ](?:purnima|day|jayanti)|vesak": ("IN", "Buddha Purnima"),
    r"mahavir[ ]jayanti": ("IN", "Mahavira's Birthday"),
    r"jamshedi[ ]navroz|parsi[ ]new[ ]year": ("IN", "Parsi New Year"),
    r"(?:chinese[ ]lunar|chinese|lunar)[ ]new[ ]year(?:['’]s)?(?:[ ]day)?|spring[ ]festival": (
        "CN", "Chinese New Year (Spring Festival)"),
}  # fmt: skip

_COMPILED = [(re.compile(name, re.IGNORECASE), rule) for name, rule in HOLIDAYS.items()]
_COMPILED_TABLE = [(re.compile(name, re.IGNORECASE), key) for name, key in TABLE_HOLIDAYS.items()]
# The tables list a longer name before any shorter one it starts with ("christmas eve" before
# "christmas"), because the first alternative that fits is the one taken.
NAMES = "(?:" + "|".join(
    name.replace("[ ]", r"[ \t]{1,3}") for name in [*HOLIDAYS, *TABLE_HOLIDAYS]
) + ")"  # fmt: skip


def holiday_on(name: str, year: int) -> date | None:
    """The date of the named holiday in `year`, or None if the name or year is unknown."""
    normal = " ".join(name.split())
    for pattern, rule in _COMPILED:
        if pattern.fullmatch(normal):
            try:
                return rule(year)
            except (ValueError, OverflowError):
                return None
    for pattern, (country, holiday) in _COMPILED_TABLE:
        if pattern.fullmatch(normal):
            return _from_table(country, year).get(holiday)
    return None


@lru_cache(maxsize=256)
def _from_table(country: str, year: int) -> dict[str, date]:
    """Holiday name -> first date in `year`, from the `holidays` package (loaded on first use:
    most documents name no such holiday)."""
    if not 1900 <= year <= 2100:
        return {}
    import holidays  # noqa: PLC0415 - a heavy import that most requests never need

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns for years outside its tables: we answer None
        try:
            table = holidays.country_holidays(
                country, years=year, categories=("public", "optional")
            )
        except ValueError:  # a country with no "optional" category
            table = holidays.country_holidays(country, years=year)
    first: dict[str, date] = {}
    for day, names in sorted(table.items()):
        for holiday in str(names).split("; "):
            first.setdefault(holiday, day)
    return first
