"""Named days by key, in any year: Gregorian fixed dates, nth weekdays and Easter's feasts
computed here; Hindu festivals and the Chinese New Year looked up in the `holidays` package's
calendar tables. Each language maps its own names to these keys (`timeline/lang/*/`).

Islamic, Jewish and the other lunar holidays come from the calendars of the `holidays`
package (its Hijri tables, observed dates where it has them and estimates beyond; its Hebrew
calendar). A Jewish holiday begins at sundown the evening before its first day: `AT_SUNDOWN`
says which, and the answer's interval starts then.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
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


def _advent(nth: int) -> Callable[[int], date]:
    """The nth Sunday of Advent: the fourth is the last Sunday before Christmas Day."""

    def on(year: int) -> date:
        christmas = date(year, 12, 25)
        fourth = christmas - timedelta(days=(christmas.weekday() + 1) % 7 or 7)
        return fourth - timedelta(weeks=4 - nth)

    return on


def _queens_day(year: int) -> date:
    """The Dutch Queen's Day (until 2013): 30 April, or the 29th when the 30th is a Sunday."""
    day = date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


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
    # Days of the German-, Dutch- and French-speaking calendars (some kept in the south too).
    "epiphany": _fixed(1, 6),
    "berchtolds_day": _fixed(1, 2),
    "candlemas": _fixed(2, 2),
    "st_josephs_day": _fixed(3, 19),
    "walpurgis_night": _fixed(4, 30),
    "queens_day_nl": _queens_day,
    "remembrance_day_nl": _fixed(5, 4),
    "liberation_day_nl": _fixed(5, 5),
    "st_johns_day": _fixed(6, 24),
    "flemish_community_day": _fixed(7, 11),
    "belgian_national_day": _fixed(7, 21),
    "swiss_national_day": _fixed(8, 1),
    "assumption_day": _fixed(8, 15),
    "german_unity_day": _fixed(10, 3),
    "austrian_national_day": _fixed(10, 26),
    "reformation_day": _fixed(10, 31),
    "all_souls_day": _fixed(11, 2),
    "st_martins_day": _fixed(11, 11),
    "st_nicholas_eve": _fixed(12, 5),
    "st_nicholas_day": _fixed(12, 6),
    "immaculate_conception": _fixed(12, 8),
    "prinsjesdag": _nth_weekday(9, 1, 3),
    "swiss_fast_day": _nth_weekday(9, 6, 3),
    "fat_thursday": _easter(-52),
    "carnival_sunday": _easter(-49),
    "rose_monday": _easter(-48),
    "shrove_tuesday": _easter(-47),
    "whit_saturday": _easter(48),
    "advent_1": _advent(1),
    "advent_2": _advent(2),
    "advent_3": _advent(3),
    "advent_4": _advent(4),
    "national_mourning_day": _day_after(_advent(1), -14),
    "repentance_day": _day_after(_advent(1), -11),
    "eternity_sunday": _day_after(_advent(1), -7),
    # Days of the Spanish-, Portuguese- and Italian-speaking calendars.
    "hispanic_day": _fixed(10, 12),
    "liberation_day_it": _fixed(4, 25),
    "republic_day_it": _fixed(6, 2),
    "freedom_day_pt": _fixed(4, 25),
    "portugal_day": _fixed(6, 10),
    "tiradentes": _fixed(4, 21),
    "independence_day_br": _fixed(9, 7),
    "republic_day_br": _fixed(11, 15),
    "independence_day_mx": _fixed(9, 16),
    "constitution_day_es": _fixed(12, 6),
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
# Holiday key -> (calendar, its method in the `holidays` package, days after that date). The
# calendars are the package's own classes; its tables are pinned with it in constraints.txt.
LUNAR: Final[dict[str, tuple[str, str, int]]] = {
    "rosh_hashanah": ("hebrew", "rosh_hashanah_date", 0),
    "yom_kippur": ("hebrew", "yom_kippur_date", 0),
    "sukkot": ("hebrew", "sukkot_date", 0),
    "shemini_atzeret": ("hebrew", "sukkot_date", 7),
    "simchat_torah": ("hebrew", "sukkot_date", 8),
    "hanukkah": ("hebrew", "hanukkah_date", 0),
    "passover": ("hebrew", "passover_date", 0),
    "shavuot": ("hebrew", "shavuot_date", 0),
    "purim": ("hebrew", "purim_date", 0),
    "lag_baomer": ("hebrew", "lag_baomer_date", 0),
    "tisha_bav": ("hebrew", "tisha_bav_date", 0),
    "eid_al_fitr": ("islamic", "eid_al_fitr_dates", 0),
    "eid_al_adha": ("islamic", "eid_al_adha_dates", 0),
    "ramadan": ("islamic", "ramadan_beginning_dates", 0),
    "laylat_al_qadr": ("islamic", "laylat_al_qadr_dates", 0),
    "jumuatul_wida": ("islamic", "jumuatul_wida_dates", 0),
    "islamic_new_year": ("islamic", "hijri_new_year_dates", 0),
    "mawlid": ("islamic", "mawlid_dates", 0),
    "ashura": ("islamic", "ashura_dates", 0),
    "isra_and_miraj": ("islamic", "isra_and_miraj_dates", 0),
    "basant_panchami": ("hindu", "basant_panchami_date", 0),
    "bhogi": ("hindu", "pongal_date", -1),
}
# Holidays whose day begins at sundown the evening before.
AT_SUNDOWN: Final = frozenset(
    key for key, (calendar, _, _) in LUNAR.items() if calendar == "hebrew"
)
KEYS: Final = frozenset(COMPUTED) | frozenset(FROM_TABLES) | frozenset(LUNAR)


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
    if key in LUNAR:
        return _lunar(key, year)
    return None


def _lunar(key: str, year: int) -> date | None:
    """The holiday's first day in `year` by its calendar; None outside the calendar's years."""
    calendar_name, method, days_after = LUNAR[key]
    if not 1900 <= year <= 2100:
        return None
    try:
        found = getattr(_calendar(calendar_name), method)(year)
    except (ValueError, KeyError, OverflowError):
        return None
    days = sorted(day for day in _dates(found) if day.year == year)
    return days[0] + timedelta(days=days_after) if days else None


def _dates(found: object) -> Iterator[date]:
    """The dates in what a calendar answers: a date, a (date, estimated) pair, a set of
    dates, or pairs for each Gregorian year the holiday falls near."""
    if isinstance(found, date):
        yield found
    elif _is_pair(found):
        yield found[0]  # type: ignore[index]
    elif isinstance(found, Iterable):
        for item in found:
            if isinstance(item, date):
                yield item
            elif _is_pair(item):
                yield item[0]


def _is_pair(item: object) -> bool:
    return isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], date)


@lru_cache(maxsize=4)
def _calendar(name: str) -> object:
    """The `holidays` package's calendar of that name (loaded on first use)."""
    from holidays.calendars import hebrew, hindu, islamic  # noqa: PLC0415 - heavy, rarely needed

    classes = {
        "hebrew": hebrew._HebrewLunisolar,  # noqa: SLF001 - the package's own calendar tables
        "islamic": islamic._IslamicLunar,  # noqa: SLF001
        "hindu": hindu._HinduLunisolar,  # noqa: SLF001
    }
    return classes[name]()


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
