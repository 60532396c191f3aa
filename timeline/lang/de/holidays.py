"""German names of holidays in Germany, Austria and Switzerland -> keys of `timeline.holidays`.

Each name is a regular expression matched case-insensitively, `[ ]` standing for a blank.
A longer name comes before any shorter one it starts with, because the first alternative
that fits is the one taken.
"""

from __future__ import annotations

from typing import Final

from timeline.lang.shared.holidays import key_finder, names_pattern

_FIRST = r"(?:1\.|erste[nrs]?)"
_SECOND = r"(?:2\.|zweite[nrs]?)"
_THIRD = r"(?:3\.|dritte[nrs]?)"
_FOURTH = r"(?:4\.|vierte[nrs]?)"
_CHRISTMAS_DAY = r"weihnachts(?:feier)?tag(?:e?s)?"
_BETTAG = r"bu(?:ß|ss)-?[ ]und[ ]bettag(?:e?s)?"

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"heilig(?:e[nr]?)?(?:[ ])?abend(?:s)?": "christmas_eve",
    _FIRST + r"[ ]" + _CHRISTMAS_DAY + r"|christtag(?:e?s)?": "christmas",
    _SECOND + r"[ ]" + _CHRISTMAS_DAY + r"|stephanstag(?:e?s)?|stefanitag": "boxing_day",
    r"weihnacht(?:en|stag(?:e?s)?|sfeiertag(?:e?s)?)?": "christmas",
    r"silvester(?:abend)?|altjahr(?:es)?abend": "new_years_eve",
    r"neujahr(?:s?tag(?:e?s)?|es|s)?": "new_years_day",
    r"heilige[nr]?[ ]drei[ ]könige|dreikönig(?:s?tag(?:e?s)?)?|epiphani(?:as|e)": "epiphany",
    r"berchtold(?:s)?tag(?:e?s)?": "berchtolds_day",
    r"mari(?:ä|a|e)[ ]lichtmess|lichtmess": "candlemas",
    r"valentinstag(?:e?s)?": "valentines_day",
    r"(?:internationale[nr]?[ ])?(?:welt)?frauentag(?:e?s)?": "womens_day",
    r"josef(?:s|i)tag(?:e?s)?|josephstag(?:e?s)?": "st_josephs_day",
    r"weiberfastnacht|altweiberfastnacht|schmutzige[nr]?[ ]donnerstag": "fat_thursday",
    r"fastnachtssonntag(?:e?s)?|faschingssonntag(?:e?s)?|karneval(?:s)?|fasching(?:s)?": (
        "carnival_sunday"
    ),
    r"rosenmontag(?:e?s)?": "rose_monday",
    r"fastnachtsdienstag(?:e?s)?|faschingsdienstag(?:e?s)?|fastnacht|veilchendienstag": (
        "shrove_tuesday"
    ),
    r"aschermittwoch(?:e?s)?": "ash_wednesday",
    r"palm(?:en)?sonntag(?:e?s)?": "palm_sunday",
    r"gründonnerstag(?:e?s)?": "maundy_thursday",
    r"karfreitag(?:e?s)?": "good_friday",
    r"karsamstag(?:e?s)?|ostersamstag(?:e?s)?": "holy_saturday",
    r"ostermontag(?:e?s)?": "easter_monday",
    r"oster(?:n|sonntag(?:e?s)?|fest(?:e?s)?)": "easter",
    r"walpurgisnacht": "walpurgis_night",
    r"tag[ ]der[ ]arbeit|maifeiertag(?:e?s)?": "may_day",
    r"muttertag(?:e?s)?": "mothers_day",
    r"vatertag(?:e?s)?|(?:christi[ ])?himmelfahrt(?:stag(?:e?s)?)?": "ascension_day",
    r"pfingstsamstag(?:e?s)?": "whit_saturday",
    r"pfingstmontag(?:e?s)?": "whit_monday",
    r"pfingst(?:en|sonntag(?:e?s)?|fest(?:e?s)?)": "pentecost",
    r"dreifaltigkeitssonntag(?:e?s)?|trinitatis": "trinity_sunday",
    r"fronleichnam(?:s)?": "corpus_christi",
    r"johannistag(?:e?s)?": "st_johns_day",
    r"(?:schweizer(?:ische[nr]?)?[ ])?bundesfeiertag(?:e?s)?": "swiss_national_day",
    r"mari(?:ä|a|e)[ ]himmelfahrt": "assumption_day",
    r"(?:schweizer(?:ische[nr]?)?|eidgenössische[nr]?)[ ](?:dank-?,?[ ])?"
    + _BETTAG
    + r"|eidgenössische[nr]?[ ]bettag(?:e?s)?": "swiss_fast_day",
    r"tag(?:e?s)?[ ]der[ ]deutschen[ ]einheit": "german_unity_day",
    r"(?:österreichische[nr]?[ ])?nationalfeiertag(?:e?s)?": "austrian_national_day",
    r"reformationstag(?:e?s)?|reformationsfest(?:e?s)?": "reformation_day",
    r"halloween": "halloween",
    r"allerheiligen": "all_saints_day",
    r"allerseelen": "all_souls_day",
    r"martinstag(?:e?s)?|sankt[ ]martin|st\.[ ]martin": "st_martins_day",
    r"volkstrauertag(?:e?s)?": "national_mourning_day",
    _BETTAG: "repentance_day",
    r"ewigkeitssonntag(?:e?s)?|totensonntag(?:e?s)?|totenfest(?:e?s)?": "eternity_sunday",
    _FIRST + r"[ ]advent(?:ssonntag(?:e?s)?|s)?": "advent_1",
    _SECOND + r"[ ]advent(?:ssonntag(?:e?s)?|s)?": "advent_2",
    _THIRD + r"[ ]advent(?:ssonntag(?:e?s)?|s)?": "advent_3",
    _FOURTH + r"[ ]advent(?:ssonntag(?:e?s)?|s)?": "advent_4",
    r"nikolaus(?:tag(?:e?s)?)?": "st_nicholas_day",
    r"mari(?:ä|a|e)[ ]empfängnis": "immaculate_conception",
    r"thanksgiving": "thanksgiving",
}
# One alternation of every name, for the holiday rule's pattern.
NAMES_PATTERN: Final = names_pattern(HOLIDAY_NAMES)
# The key of a holiday named in German, whatever its case and spacing.
holiday_key: Final = key_finder(HOLIDAY_NAMES)
