"""Spanish names of holidays -> their keys in `timeline.holidays`: the feasts of the Church
and the days every Spanish-speaking country keeps alike. A longer name comes before any
shorter one it starts with, because the first alternative that fits is taken."""

from __future__ import annotations

from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"nochebuena|víspera[ ]de[ ]navidad|vispera[ ]de[ ]navidad": "christmas_eve",
    r"(?:el[ ])?(?:día[ ]de[ ]|dia[ ]de[ ])?navidad(?:es)?": "christmas",
    r"nochevieja|noche[ ]vieja|fin[ ]de[ ]año|fin[ ]de[ ]ano": "new_years_eve",
    (
        r"(?:el[ ])?(?:día[ ]de[ ]|dia[ ]de[ ])?año[ ]nuevo"
        r"|(?:día[ ]de[ ])?ano[ ]nuevo"
    ): "new_years_day",
    r"(?:el[ ])?(?:día[ ]de[ ]|dia[ ]de[ ])?(?:los[ ])?(?:santos[ ])?reyes(?:[ ]magos)?"
    r"|epifanía|epifania": "epiphany",
    (
        r"(?:el[ ])?(?:día[ ]de[ ]|dia[ ]de[ ])?san[ ]valent[íi]n"
        r"|(?:el[ ])?(?:día|dia)[ ]de[ ]los[ ]enamorados"
    ): "valentines_day",
    r"(?:el[ ])?(?:día[ ]de[ ]|dia[ ]de[ ])san[ ]patricio|san[ ]patricio": "st_patricks_day",
    r"(?:el[ ])?(?:día|dia)[ ]de[ ]la[ ]tierra": "earth_day",
    r"(?:el[ ])?(?:día|dia)[ ]del[ ]trabaj(?:o|ador)|(?:el[ ])?(?:día|dia)[ ]internacional[ ]"
    r"de[ ]los[ ]trabajadores": "may_day",
    (
        r"(?:el[ ])?(?:día|dia)[ ]de[ ](?:todos[ ])?los[ ]santos"
        r"|todos[ ]los[ ]santos"
    ): "all_saints_day",
    (
        r"(?:el[ ])?(?:día|dia)[ ]de[ ](?:los[ ])?(?:muertos|difuntos"
        r"|fieles[ ]difuntos)"
    ): "all_souls_day",
    r"(?:el[ ])?(?:día|dia)[ ]de[ ]la[ ]asunción|(?:el[ ])?(?:día|dia)[ ]de[ ]la[ ]asuncion"
    r"|la[ ]asunción": "assumption_day",
    r"(?:el[ ])?(?:día|dia)[ ]de[ ]la[ ]inmaculada(?:[ ]concepción|[ ]concepcion)?"
    r"|la[ ]inmaculada[ ]concepci[óo]n": "immaculate_conception",
    (
        r"(?:el[ ])?(?:día|dia)[ ]de[ ]la[ ]hispanidad|(?:el[ ])?(?:día"
        r"|dia)[ ]de[ ]la[ ]raza"
    ): "hispanic_day",
    r"halloween|(?:la[ ])?noche[ ]de[ ]brujas": "halloween",
    r"viernes[ ]negro|black[ ]friday": "black_friday",
    r"cyber[ ]monday|ciberlunes": "cyber_monday",
    r"(?:el[ ])?(?:día|dia)[ ]de[ ]acción[ ]de[ ]gracias|(?:el[ ])?(?:día|dia)[ ]de[ ]accion"
    r"[ ]de[ ]gracias|acción[ ]de[ ]gracias": "thanksgiving",
    r"martes[ ]de[ ]carnaval": "shrove_tuesday",
    r"miércoles[ ]de[ ]ceniza|miercoles[ ]de[ ]ceniza": "ash_wednesday",
    r"domingo[ ]de[ ]ramos": "palm_sunday",
    r"jueves[ ]santo": "maundy_thursday",
    r"viernes[ ]santo": "good_friday",
    r"sábado[ ]santo|sabado[ ]santo|sábado[ ]de[ ]gloria": "holy_saturday",
    r"lunes[ ]de[ ]pascua": "easter_monday",
    (
        r"(?:el[ ])?domingo[ ]de[ ](?:pascua|resurrección|resurreccion)"
        r"|pascua(?:[ ]florida)?"
    ): "easter",
    r"(?:la[ ])?ascensión|(?:la[ ])?ascension": "ascension_day",
    r"pentecostés|pentecostes": "pentecost",
    r"corpus[ ]christi": "corpus_christi",
    r"cinco[ ]de[ ]mayo": "cinco_de_mayo",
}
