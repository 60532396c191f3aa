"""English names of holidays -> their keys in `timeline.holidays`.

Each name is a regular expression matched case-insensitively, `[ ]` standing for a blank. A
longer name comes before any shorter one it starts with ("christmas eve" before "christmas"),
because the first alternative that fits is the one taken.
"""

from __future__ import annotations

import re
from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"christmas[ ]eve|xmas[ ]eve": "christmas_eve",
    r"christmas(?:[ ]day)?|xmas(?:[ ]day)?": "christmas",
    r"boxing[ ]day": "boxing_day",
    r"new[ ]year['’]?s?[ ]eve|nye": "new_years_eve",
    r"new[ ]year['’]?s?(?:[ ]day)?": "new_years_day",
    r"valentine['’]?s?(?:[ ]day)?": "valentines_day",
    r"groundhog[ ]day": "groundhog_day",
    r"(?:saint|st\.?)[ ](?:patrick|paddy)['’]?s(?:[ ]day)?": "st_patricks_day",
    r"april[ ]fools['’]?(?:[ ]day)?": "april_fools_day",
    r"earth[ ]day": "earth_day",
    r"may[ ]day": "may_day",
    r"cinco[ ]de[ ]mayo": "cinco_de_mayo",
    r"juneteenth|freedom[ ]day|jubilee[ ]day|emancipation[ ]day": "juneteenth",
    r"independence[ ]day|(?:the[ ])?fourth[ ]of[ ]july": "independence_day_us",
    r"bastille[ ]day": "bastille_day",
    r"halloween": "halloween",
    r"all[ ]saints['’]?(?:[ ]day)?|world[ ]vegan[ ]day": "all_saints_day",
    r"veterans['’]?[ ]day|armistice[ ]day|remembrance[ ]day": "armistice_day",
    r"boss(?:['’]s(?:[ ]day)?|['’]?s?[ ]day)": "bosss_day",
    r"king['’]?s[ ]day|koningsdag": "kings_day_nl",
    r"(?:martin[ ]luther[ ]king(?:[ ]jr\.?)?|mlk)(?:['’]s)?[ ]day": "mlk_day",
    r"presidents['’]?[ ]day|washington['’]s[ ]birthday": "presidents_day",
    r"mother['’]?s['’]?[ ]day": "mothers_day",
    r"memorial[ ]day": "memorial_day",
    r"father['’]?s['’]?[ ]day": "fathers_day",
    r"labou?r[ ]day": "labor_day",
    r"columbus[ ]day|indigenous[ ]peoples['’]?[ ]day": "columbus_day",
    r"thanksgiving(?:[ ]day)?": "thanksgiving",
    r"black[ ]friday": "black_friday",
    r"cyber[ ]monday": "cyber_monday",
    r"election[ ]day": "election_day_us",
    r"orthodox[ ]easter(?:[ ]sunday)?": "orthodox_easter",
    r"easter[ ]mon(?:day)?": "easter_monday",
    r"easter(?:[ ]sunday)?": "easter",
    r"good[ ]friday": "good_friday",
    r"holy[ ]saturday": "holy_saturday",
    r"maundy[ ]thursday|holy[ ]thursday": "maundy_thursday",
    r"palm[ ]sunday|branch[ ]sunday": "palm_sunday",
    r"ash[ ]wednesday": "ash_wednesday",
    r"ascension(?:[ ]day|[ ]thursday)?": "ascension_day",
    r"pentecost(?:[ ]sunday)?|whit(?:e)?[ ]sunday": "pentecost",
    r"whit(?:e)?[ ]monday|pentecost[ ]monday": "whit_monday",
    r"trinity[ ]sunday": "trinity_sunday",
    r"corpus[ ]christi": "corpus_christi",
    r"rosh[ ]hashanah?|rosh[ ]ha-?shanah?": "rosh_hashanah",
    r"yom[ ]kippur": "yom_kippur",
    r"shemini[ ]atzeret": "shemini_atzeret",
    r"simchat[ ]torah|simhat[ ]torah": "simchat_torah",
    r"sukkot|sukkoth|succos|succot|feast[ ]of[ ]tabernacles": "sukkot",
    r"hanukkah|hanukah|chanukah|chanukkah|hannukah": "hanukkah",
    r"passover|pesach": "passover",
    r"shavuot|shavuos|shavuoth": "shavuot",
    r"purim": "purim",
    r"lag[ ]b['’]?a?['’]?omer": "lag_baomer",
    r"tisha[ ]b['’]?av": "tisha_bav",
    r"e?id(?:[ ])?(?:al|ul)?-?(?:[ ])?fitr": "eid_al_fitr",
    r"e?id(?:[ ])?(?:al|ul)?-?(?:[ ])?adha": "eid_al_adha",
    r"(?:the[ ])?feast[ ]of[ ](?:the[ ])?sacrifice": "eid_al_adha",
    r"sacrifice[ ]feast|bakri?(?:[ ])?eid": "eid_al_adha",
    r"ramadan|ramazan": "ramadan",
    r"layl[ae]t[ ]al-?(?:[ ])?qadr|lailat[ ]al-?(?:[ ])?qadr": "laylat_al_qadr",
    r"night[ ]of[ ](?:power|measures|destiny)": "laylat_al_qadr",
    r"jumu['’]?atul-?(?:[ ])?wida|jamat[ ]ul-?(?:[ ])?vida": "jumuatul_wida",
    r"islamic[ ]new[ ]year|hijri[ ]new[ ]year": "islamic_new_year",
    r"mawlid(?:[ ]al-?(?:[ ])?nabi)?|milad[ ]un[ ]nabi": "mawlid",
    r"(?:the[ ])?prophet['’]s[ ]birthday": "mawlid",
    r"ashura": "ashura",
    r"isra[ ](?:and|&)[ ]mi['’]?raj": "isra_and_miraj",
    r"[bv]asant[ ]panchami|saraswati[ ]puja": "basant_panchami",
    r"bh?ogi(?:[ ]pandigai)?": "bhogi",
    r"diwali|deepavali|lakshmi[ ]puja": "diwali",
    r"bhai[ ](?:dooj|duj)|bhau[ ]beej": "bhai_duj",
    r"govardhan[ ]puja": "govardhan_puja",
    r"holika[ ]dahan": "holika_dahan",
    r"holi|phagwah|dhulandi": "holi",
    r"maha(?:[ ])?shivaratri|maha(?:[ ])?shivratri": "maha_shivaratri",
    r"makara?[ ]sankrant(?:h)?i": "makar_sankranti",
    r"(?:thai[ ])?pongal": "pongal",
    r"ugadi|yugadi|gudi[ ]padwa|chaitra[ ]sukh?ladi|cheti[ ]chand": "ugadi",
    r"ram[ ]navami": "ram_navami",
    r"raksha[ ]bandhan|rakhi": "raksha_bandhan",
    r"(?:krishna[ ])?janmashtami": "janmashtami",
    r"ganesh[ ]chaturthi|vinayaka?[ ]chaturthi": "ganesh_chaturthi",
    r"onam": "onam",
    r"dussehra|vijaya(?:[ ])?dashami": "dussehra",
    r"(?:maha|durga)[ ]saptami": "maha_saptami",
    r"karva[ ]chauth|karwa[ ]chauth": "karva_chauth",
    r"chhath(?:[ ]puja)?|dala[ ](?:puja|chhath)": "chhath_puja",
    r"valmiki[ ]jayanti|pargat[ ]diwas": "valmiki_jayanti",
    r"guru[ ]ravid(?:a|aa)ss?[ ](?:jayanti|birthday)": "guru_ravidas_jayanti",
    r"rabindranath[ ]jayanti|tagore[ ]jayanti": "tagore_jayanti",
    r"guru[ ]gobind[ ]singh(?:['’]s)?[ ](?:jayanti|birthday)": "guru_gobind_singh_jayanti",
    r"buddha[ ](?:purnima|day|jayanti)|vesak": "buddha_purnima",
    r"mahavir[ ]jayanti": "mahavir_jayanti",
    r"jamshedi[ ]navroz|parsi[ ]new[ ]year": "parsi_new_year",
    r"(?:chinese[ ]lunar|chinese|lunar)[ ]new[ ]year(?:['’]s)?(?:[ ]day)?|spring[ ]festival": (
        "chinese_new_year"
    ),
}
# One alternation of every name, for the holiday rule's pattern.
NAMES_PATTERN: Final = (
    "(?:" + "|".join(name.replace("[ ]", r"[ \t]{1,3}") for name in HOLIDAY_NAMES) + ")"
)
_COMPILED: Final = [(re.compile(name, re.IGNORECASE), key) for name, key in HOLIDAY_NAMES.items()]


def holiday_key(name: str) -> str | None:
    """The key of a holiday named in English, whatever its case and spacing."""
    normal = " ".join(name.split())
    return next((key for pattern, key in _COMPILED if pattern.fullmatch(normal)), None)
