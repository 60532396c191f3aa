"""Italian names of holidays -> their keys in `timeline.holidays`. A longer name comes before
any shorter one it starts with, because the first alternative that fits is taken."""

from __future__ import annotations

from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"(?:la[ ])?vigilia[ ]di[ ]natale": "christmas_eve",
    r"natale": "christmas",
    r"(?:il[ ])?giorno[ ]di[ ]santo[ ]stefano|santo[ ]stefano": "boxing_day",
    r"(?:la[ ])?notte[ ]di[ ]san[ ]silvestro|san[ ]silvestro": "new_years_eve",
    r"capodanno": "new_years_day",
    r"(?:l['’])?epifania|(?:la[ ])?befana": "epiphany",
    r"san[ ]valentino|(?:la[ ])?festa[ ]degli[ ]innamorati": "valentines_day",
    r"san[ ]patrizio": "st_patricks_day",
    r"(?:la[ ])?giornata[ ]della[ ]terra": "earth_day",
    r"(?:la[ ])?festa[ ]della[ ]liberazione": "liberation_day_it",
    (
        r"(?:la[ ])?festa[ ]dei[ ]lavoratori|(?:la[ ])?festa[ ]del[ ]lavoro"
        r"|(?:il[ ])?primo[ ]maggio"
    ): "may_day",
    r"(?:la[ ])?festa[ ]della[ ]repubblica": "republic_day_it",
    r"ferragosto|(?:l['’])?assunzione": "assumption_day",
    r"halloween": "halloween",
    r"ognissanti|(?:la[ ])?festa[ ]di[ ]tutti[ ]i[ ]santi|tutti[ ]i[ ]santi": "all_saints_day",
    r"(?:il[ ])?giorno[ ]dei[ ]morti|(?:la[ ])?commemorazione[ ]dei[ ]defunti": "all_souls_day",
    r"(?:l['’])?immacolata(?:[ ]concezione)?": "immaculate_conception",
    r"black[ ]friday": "black_friday",
    r"cyber[ ]monday": "cyber_monday",
    r"(?:il[ ])?giorno[ ]del[ ]ringraziamento": "thanksgiving",
    r"marted[ìi][ ]grasso": "shrove_tuesday",
    r"mercoled[ìi][ ]delle[ ]ceneri": "ash_wednesday",
    r"(?:la[ ])?domenica[ ]delle[ ]palme": "palm_sunday",
    r"gioved[ìi][ ]santo": "maundy_thursday",
    r"venerd[ìi][ ]santo": "good_friday",
    r"sabato[ ]santo": "holy_saturday",
    r"pasquetta|(?:il[ ])?luned[ìi][ ]dell['’]angelo": "easter_monday",
    r"(?:la[ ])?domenica[ ]di[ ]pasqua|pasqua": "easter",
    r"(?:l['’])?ascensione": "ascension_day",
    r"(?:la[ ])?pentecoste": "pentecost",
    r"corpus[ ]domini": "corpus_christi",
}
