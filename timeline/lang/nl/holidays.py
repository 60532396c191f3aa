"""Dutch names of holidays in the Netherlands and Belgium -> keys of `timeline.holidays`.

Each name is a regular expression matched case-insensitively, `[ ]` standing for a blank.
A longer name comes before any shorter one it starts with, because the first alternative
that fits is the one taken.
"""

from __future__ import annotations

from typing import Final

from timeline.lang.shared.holidays import key_finder, names_pattern

_FIRST = r"(?:1ste|1e|eerste)"
_SECOND = r"(?:2de|2e|tweede)"

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"kerstavond": "christmas_eve",
    _SECOND + r"[ ]kerst(?:dag|feestdag)": "boxing_day",
    _FIRST + r"[ ]kerst(?:dag|feestdag)|kerstmis|kerstdag|kerst(?:feest)?": "christmas",
    r"oude?jaars(?:avond|dag)": "new_years_eve",
    r"nieuwjaars?(?:dag)?": "new_years_day",
    r"driekoningen|drie[ ]koningen": "epiphany",
    r"valentijn(?:sdag)?": "valentines_day",
    r"(?:internationale[ ])?vrouwendag": "womens_day",
    r"carnaval(?:szondag)?|vastenavond": "carnival_sunday",
    r"carnavalsmaandag|rozenmaandag": "rose_monday",
    r"carnavalsdinsdag": "shrove_tuesday",
    r"aswoensdag": "ash_wednesday",
    r"palmzondag|palmpasen": "palm_sunday",
    r"witte[ ]donderdag": "maundy_thursday",
    r"goede[ ]vrijdag": "good_friday",
    r"stille[ ]zaterdag|paaszaterdag": "holy_saturday",
    _SECOND + r"[ ]paasdag|paasmaandag": "easter_monday",
    _FIRST + r"[ ]paasdag|paaszondag|pasen": "easter",
    r"koninginnedag": "queens_day_nl",
    r"koningsdag": "kings_day_nl",
    r"dodenherdenking": "remembrance_day_nl",
    r"bevrijdingsdag": "liberation_day_nl",
    r"dag[ ]van[ ]de[ ]arbeid|(?:de[ ])?eerste[ ]mei": "may_day",
    r"moederdag": "mothers_day",
    r"vaderdag": "fathers_day",
    r"(?:onze[ -]lieve[ -]heer[ -])?hemelvaart(?:sdag)?": "ascension_day",
    _SECOND + r"[ ]pinksterdag|pinkstermaandag": "whit_monday",
    _FIRST + r"[ ]pinksterdag|pinksterzondag|pinksteren": "pentecost",
    r"sacramentsdag": "corpus_christi",
    r"vlaamse[ ]feestdag|feest[ ]van[ ]de[ ]vlaamse[ ]gemeenschap": "flemish_community_day",
    r"(?:belgische[ ])?nationale[ ]feestdag": "belgian_national_day",
    r"(?:maria|onze[ -]lieve[ -]vrouw)[ -]hemelvaart": "assumption_day",
    r"prinsjesdag": "prinsjesdag",
    r"halloween": "halloween",
    r"allerheiligen": "all_saints_day",
    r"allerzielen": "all_souls_day",
    r"sint[ -]maarten|sint[ -]martinus": "st_martins_day",
    r"wapenstilstand(?:sdag)?": "armistice_day",
    r"sinterklaas(?:avond)?|pakjesavond": "st_nicholas_eve",
    r"sint[ -]nicolaas(?:dag)?": "st_nicholas_day",
    r"thanksgiving(?:[ ]day)?": "thanksgiving",
    r"(?:martin[ ]luther[ ]king|mlk)(?:[ ])?dag": "mlk_day",
}
# One alternation of every name, for the holiday rule's pattern.
NAMES_PATTERN: Final = names_pattern(HOLIDAY_NAMES)
# The key of a holiday named in Dutch, whatever its case and spacing.
holiday_key: Final = key_finder(HOLIDAY_NAMES)
