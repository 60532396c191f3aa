"""Portuguese names of holidays -> their keys in `timeline.holidays`: the Church's feasts and
the fixed national days of Brazil and Portugal. A longer name comes before any shorter one it
starts with, because the first alternative that fits is taken."""

from __future__ import annotations

from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"(?:a[ ])?v[ée]spera[ ]de[ ]natal|(?:a[ ])?noite[ ]de[ ]natal|consoada": "christmas_eve",
    r"(?:o[ ])?(?:dia[ ]de[ ])?natal": "christmas",
    (
        r"(?:a[ ])?v[ée]spera[ ]de[ ]ano[ ]novo|r[ée]veillon"
        r"|(?:a[ ])?passagem[ ]de[ ]ano"
    ): "new_years_eve",
    r"(?:o[ ])?(?:dia[ ]de[ ])?ano[ ]novo|(?:o[ ])?dia[ ]da[ ]confraterniza[çc][ãa]o[ ]"
    r"universal": "new_years_day",
    r"(?:o[ ])?dia[ ]de[ ]reis|(?:a[ ])?epifania": "epiphany",
    r"(?:o[ ])?dia[ ]de[ ]s[ãa]o[ ]valentim": "valentines_day",
    r"(?:o[ ])?dia[ ]de[ ]s[ãa]o[ ]patr[íi]cio": "st_patricks_day",
    r"(?:o[ ])?dia[ ]da[ ]terra": "earth_day",
    r"(?:o[ ])?dia[ ]d[oa][ ]trabalh(?:o|ador)|(?:o[ ])?dia[ ]do[ ]trabalhador": "may_day",
    r"tiradentes|(?:o[ ])?dia[ ]de[ ]tiradentes": "tiradentes",
    r"(?:o[ ])?dia[ ]da[ ]liberdade|(?:o[ ])?25[ ]de[ ]abril": "freedom_day_pt",
    r"(?:o[ ])?dia[ ]de[ ]portugal": "portugal_day",
    (
        r"(?:o[ ])?dia[ ]da[ ]independ[êe]ncia(?:[ ]do[ ]brasil)?"
        r"|(?:o[ ])?sete[ ]de[ ]setembro"
    ): "independence_day_br",
    r"(?:o[ ])?dia[ ]da[ ]proclama[çc][ãa]o[ ]da[ ]rep[úu]blica": "republic_day_br",
    r"(?:o[ ])?dia[ ]de[ ]todos[ ]os[ ]santos": "all_saints_day",
    r"(?:o[ ])?dia[ ]de[ ]finados|finados": "all_souls_day",
    r"(?:o[ ])?dia[ ]da[ ]assun[çc][ãa]o|(?:a[ ])?assun[çc][ãa]o": "assumption_day",
    r"(?:o[ ])?dia[ ]da[ ]imaculada[ ]concei[çc][ãa]o": "immaculate_conception",
    r"halloween|(?:o[ ])?dia[ ]das[ ]bruxas": "halloween",
    r"black[ ]friday|sexta-feira[ ]negra": "black_friday",
    r"(?:o[ ])?dia[ ]de[ ]a[çc][ãa]o[ ]de[ ]gra[çc]as": "thanksgiving",
    r"(?:a[ ])?ter[çc]a-feira[ ]de[ ]carnaval|carnaval": "shrove_tuesday",
    r"(?:a[ ])?quarta-feira[ ]de[ ]cinzas": "ash_wednesday",
    r"(?:o[ ])?domingo[ ]de[ ]ramos": "palm_sunday",
    r"(?:a[ ])?quinta-feira[ ]santa": "maundy_thursday",
    r"(?:a[ ])?sexta-feira[ ]santa|(?:a[ ])?sexta-feira[ ]da[ ]paix[ãa]o": "good_friday",
    r"(?:o[ ])?s[áa]bado[ ]de[ ]aleluia": "holy_saturday",
    r"(?:o[ ])?domingo[ ]de[ ]p[áa]scoa|p[áa]scoa": "easter",
    r"(?:a[ ])?ascens[ãa]o": "ascension_day",
    r"pentecostes": "pentecost",
    r"corpus[ ]christi": "corpus_christi",
}
