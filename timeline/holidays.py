"""Named days by key, in any year: Gregorian fixed dates, nth weekdays and Easter's feasts
computed here; Hindu festivals and the Chinese New Year looked up in the `holidays` package's
calendar tables. Each language maps its own names to these keys (`timeline/lang/*/`).

Islamic and Jewish holidays are left out on purpose: their dates hang on moon sighting and on
whether the eve counts, and a date a day off is worse than none.
"""

from __future__ import annotations

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

# Holiday key -> its day in a given year.
COMPUTED: Final[dict[str, Callable[[int], date]]] = {
    "christmas_eve": _fixed(12, 24),
    "christmas": _fixed(12, 25),
    "boxing_day": _fixed(12, 26),
    "new_years_eve": _fixed(12, 31),
    "new_years_day": _fixed(1, 1),
    "valentines_day": _fixed(2, 14),
    "groundhog_day": _fixed(2, 2),
    "st_patricks_day": _fixed(3, 17),
    "april_fools_day": _fixed(4, 1),
    "earth_day": _fixed(4, 22),
    "may_day": _fixed(5, 1),
    "cinco_de_mayo": _fixed(5, 5),
    "juneteenth": _fixed(6, 19),
    "independence_day_us": _fixed(7, 4),
    "womens_day": _fixed(3, 8),
    "youth_day_cn": _fixed(5, 4),
    "childrens_day_cn": _fixed(6, 1),
    "army_day_cn": _fixed(8, 1),
    "teachers_day_cn": _fixed(9, 10),
    "bastille_day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "all_saints_day": _fixed(11, 1),
    "armistice_day": _fixed(11, 11),
    "bosss_day": _workday_near(10, 16),
    "kings_day_nl": _kings_day,
    "mlk_day": _nth_weekday(1, 0, 3),
    "presidents_day": _nth_weekday(2, 0, 3),
    "mothers_day": _nth_weekday(5, 6, 2),
    "memorial_day": _nth_weekday(5, 0, -1),
    "fathers_day": _nth_weekday(6, 6, 3),
    "labor_day": _nth_weekday(9, 0, 1),
    "columbus_day": _nth_weekday(10, 0, 2),
    "thanksgiving": _THANKSGIVING,
    "black_friday": _day_after(_THANKSGIVING, 1),
    "cyber_monday": _day_after(_THANKSGIVING, 4),
    "election_day_us": _day_after(_nth_weekday(11, 0, 1), 1),
    "orthodox_easter": _easter(0, EASTER_ORTHODOX),
    "easter_monday": _easter(1),
    "easter": _easter(0),
    "good_friday": _easter(-2),
    "holy_saturday": _easter(-1),
    "maundy_thursday": _easter(-3),
    "palm_sunday": _easter(-7),
    "ash_wednesday": _easter(-46),
    "ascension_day": _easter(39),
    "pentecost": _easter(49),
    "whit_monday": _easter(50),
    "trinity_sunday": _easter(56),
    "corpus_christi": _easter(60),
}
# Holiday key -> (country, the holiday's name in that country's table of `holidays`).
FROM_TABLES: Final[dict[str, tuple[str, str]]] = {
    "diwali": ("IN", "Diwali"),
    "bhai_duj": ("IN", "Bhai Duj"),
    "govardhan_puja": ("IN", "Govardhan Puja"),
    "holi": ("IN", "Holi"),
    "holika_dahan": ("IN", "Holika Dahan"),
    "maha_shivaratri": ("IN", "Maha Shivaratri"),
    "makar_sankranti": ("IN", "Makar Sankranti"),
    "pongal": ("IN", "Pongal"),
    "ugadi": ("IN", "Ugadi"),
    "ram_navami": ("IN", "Ram Navami"),
    "raksha_bandhan": ("IN", "Raksha Bandhan"),
    "janmashtami": ("IN", "Janmashtami (Vaishnava)"),
    "ganesh_chaturthi": ("IN", "Ganesh Chaturthi / Vinayak Chaturthi"),
    "onam": ("IN", "Onam"),
    "dussehra": ("IN", "Dussehra"),
    "maha_saptami": ("IN", "Dussehra (Saptami)"),
    "karva_chauth": ("IN", "Karaka Chaturthi (Karwa Chouth)"),
    "chhath_puja": ("IN", "Pratihar Shashthi or Surya Shashthi (Chhath Puja)"),
    "valmiki_jayanti": ("IN", "Maharishi Valmiki's Birthday"),
    "guru_ravidas_jayanti": ("IN", "Guru Ravi Das's Birthday"),
    "tagore_jayanti": ("IN", "Guru Rabindranath's Birthday"),
    "guru_gobind_singh_jayanti": ("IN", "Guru Gobind Singh's Birthday"),
    "buddha_purnima": ("IN", "Buddha Purnima"),
    "mahavir_jayanti": ("IN", "Mahavira's Birthday"),
    "parsi_new_year": ("IN", "Parsi New Year"),
    "chinese_new_year": ("CN", "Chinese New Year (Spring Festival)"),
    "qingming": ("CN", "Tomb-Sweeping Day"),
    "dragon_boat": ("CN", "Dragon Boat Festival"),
    "mid_autumn": ("CN", "Mid-Autumn Festival"),
    "national_day_cn": ("CN", "National Day"),
    "coming_of_age_day": ("JP", "Coming of Age Day"),
    "foundation_day_jp": ("JP", "Foundation Day"),
    "showa_day": ("JP", "Showa Day"),
    "constitution_day_jp": ("JP", "Constitution Day"),
    "greenery_day": ("JP", "Greenery Day"),
    "childrens_day_jp": ("JP", "Children's Day"),
    "marine_day": ("JP", "Marine Day"),
    "mountain_day": ("JP", "Mountain Day"),
    "respect_for_the_aged_day": ("JP", "Respect for the Aged Day"),
    "culture_day": ("JP", "Culture Day"),
    "labor_thanksgiving_day": ("JP", "Labor Thanksgiving Day"),
    "emperors_birthday": ("JP", "Emperor's Birthday"),
}
KEYS: Final = frozenset(COMPUTED) | frozenset(FROM_TABLES)


def holiday_on(key: str, year: int) -> date | None:
    """The day of the holiday `key` in `year`, or None if the key or year is unknown."""
    rule = COMPUTED.get(key)
    if rule is not None:
        try:
            return rule(year)
        except (ValueError, OverflowError):
            return None
    if key in FROM_TABLES:
        country, holiday = FROM_TABLES[key]
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
