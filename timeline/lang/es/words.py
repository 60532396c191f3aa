"""Spanish words, each list spelled once (with accents; the builders add the spellings
without them): the rules build their patterns from `LEXICON`."""

from __future__ import annotations

from typing import Final

from timeline.lang.es.holidays import HOLIDAY_NAMES
from timeline.lang.romance.lexicon import Lexicon
from timeline.meaning import Part, Rel, Unit

MONTHS: Final = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "lunes": 0, "lun": 0, "martes": 1, "mar": 1, "miércoles": 2, "mié": 2, "mier": 2,
    "jueves": 3, "jue": 3, "viernes": 4, "vie": 4, "sábado": 5, "sábados": 5, "sáb": 5,
    "domingo": 6, "domingos": 6, "dom": 6,
}  # fmt: skip
# "mar" is the sea, "dom" and "set" other words: names only in a date-like place.
AMBIGUOUS: Final = frozenset({"mar", "set", "dom", "vie", "jue", "lun", "sep", "ago", "may"})

_UNITS = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
          "quince dieciséis diecisiete dieciocho diecinueve veinte").split()  # fmt: skip
_TWENTIES = ("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
             "veintiocho veintinueve").split()  # fmt: skip
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
         "ochenta": 80, "noventa": 90}  # fmt: skip
_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
             "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
             "ochocientos": 800, "novecientos": 900, "mil": 1000}  # fmt: skip
CARDINALS: Final[dict[str, float]] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **{word: 21 + index for index, word in enumerate(_TWENTIES)},
    "un": 1, "una": 1, "veintiún": 21, "veintiuna": 21, **_TENS, **_HUNDREDS,
    **{f"{tens} y {unit}": value + index + 1 for tens, value in _TENS.items()
       for index, unit in enumerate(_UNITS[1:10])},
}  # fmt: skip
VAGUE_AMOUNTS: Final = frozenset(
    {"unos", "unas", "algunos", "algunas", "varios", "varias", "pocos", "pocas", "muchos",
     "muchas"}
)  # fmt: skip
ORDINALS: Final = {
    "primero": 1, "primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3,
    "tercer": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6,
    "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9,
    "novena": 9, "décimo": 10, "décima": 10, "último": -1, "última": -1,
}  # fmt: skip
UNITS: Final[dict[str, Unit]] = {
    "segundo": "second", "segundos": "second", "seg": "second", "minuto": "minute",
    "minutos": "minute", "min": "minute", "mins": "minute", "hora": "hour", "horas": "hour",
    "hr": "hour", "hra": "hour", "hrs": "hour", "hras": "hour", "h": "hour", "día": "day",
    "días": "day", "noche": "day", "noches": "day", "semana": "week", "semanas": "week",
    "mes": "month", "meses": "month", "trimestre": "quarter", "trimestres": "quarter",
    "semestre": "half", "semestres": "half", "año": "year", "años": "year",
    "década": "decade", "décadas": "decade", "decenio": "decade", "decenios": "decade",
    "siglo": "century", "siglos": "century",
}  # fmt: skip
RELATIONS_BEFORE: Final = {
    "próximo": Rel(1), "próxima": Rel(1), "pasado": Rel(-1), "pasada": Rel(-1),
    "último": Rel(-1), "última": Rel(-1), "este": Rel(0), "esta": Rel(0),
    "mismo": Rel(0, narrative=True), "misma": Rel(0, narrative=True),
    "siguiente": Rel(1, narrative=True),
}  # fmt: skip
RELATIONS_AFTER: Final = {
    "pasado": Rel(-1), "pasada": Rel(-1), "próximo": Rel(1), "próxima": Rel(1),
    "que viene": Rel(1), "que entra": Rel(1), "entrante": Rel(1), "actual": Rel(0),
    "en curso": Rel(0), "siguiente": Rel(1, narrative=True),
    "anterior": Rel(-1, narrative=True),
    "después de la próxima": Rel(2), "después del próximo": Rel(2),
    "antes de la pasada": Rel(-2), "antes del pasado": Rel(-2),
}  # fmt: skip
DEICTIC: Final[dict[str, tuple[int, str | None]]] = {
    "hoy": (0, None), "ayer": (-1, None), "mañana": (1, None), "pasado mañana": (2, None),
    "anteayer": (-2, None), "antier": (-2, None), "antes de ayer": (-2, None),
    "anoche": (-1, "night"), "antenoche": (-2, "night"), "esta noche": (0, "night"),
    "esta mañana": (0, "morning"), "esta tarde": (0, "evening"),
}  # fmt: skip
NARRATIVE_DAYS: Final = {
    "el día siguiente": 1, "al día siguiente": 1, "el día anterior": -1, "la víspera": -1,
    "el día después": 1, "el día antes": -1,
}  # fmt: skip
# "tarde" runs from lunch to dark: TIMEX3 evening, as the Spanish TimeML guidelines have it.
DAY_PARTS: Final = {
    "mañana": "morning", "madrugada": "morning", "tarde": "evening",
    "noche": "night",
}  # fmt: skip
MERIDIEM_PARTS: Final = {
    "de la mañana": "am", "de la madrugada": "am", "de la tarde": "pm", "de la noche": "pm",
    "por la mañana": "am", "por la tarde": "pm", "por la noche": "pm",
}  # fmt: skip
NAMED_CLOCKS: Final = {"mediodía": 12, "medianoche": 0}
HOUR_WORDS: Final = {
    "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12,
}  # fmt: skip
SEASONS: Final = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}
EDGES: Final[dict[str, Part]] = {
    "principios": "beginning", "principio": "beginning", "inicios": "beginning",
    "inicio": "beginning", "comienzos": "beginning", "comienzo": "beginning",
    "mediados": "middle", "mitad": "middle", "finales": "end", "fines": "end", "final": "end",
    "fin": "end",
}  # fmt: skip
SET_PERIODS: Final = {
    "día": "P1D", "días": "P1D", "semana": "P1W", "semanas": "P1W", "mes": "P1M",
    "meses": "P1M", "año": "P1Y", "años": "P1Y", "hora": "PT1H", "horas": "PT1H",
    "minuto": "PT1M", "minutos": "PT1M", "trimestre": "P3M", "trimestres": "P3M",
    "fin de semana": "XXXX-WXX-WE", "fines de semana": "XXXX-WXX-WE",
    "mañana": "XXXX-XX-XXTMO", "mañanas": "XXXX-XX-XXTMO", "tarde": "XXXX-XX-XXTEV",
    "tardes": "XXXX-XX-XXTEV", "noche": "XXXX-XX-XXTNI", "noches": "XXXX-XX-XXTNI",
}  # fmt: skip
SET_ADVERBS: Final = {
    "diariamente": "P1D", "semanalmente": "P1W", "mensualmente": "P1M", "anualmente": "P1Y",
    "quincenalmente": "P2W", "trimestralmente": "P3M", "semestralmente": "P6M",
    "anual": "P1Y", "anuales": "P1Y", "mensual": "P1M", "mensuales": "P1M", "semanal": "P1W",
    "semanales": "P1W", "bimensual": "P2M", "bimensuales": "P2M", "quincenal": "P2W",
    "quincenales": "P2W", "trimestral": "P3M", "trimestrales": "P3M", "semestral": "P6M",
    "semestrales": "P6M", "cotidianamente": "P1D",
}  # fmt: skip
STRETCH_WORDS: Final = {
    "próximos": 1, "próximas": 1, "siguientes": 1, "últimos": -1, "últimas": -1,
    "pasados": -1, "pasadas": -1,
}  # fmt: skip
VAGUE_WORDS: Final = {
    "ahora": "PRESENT_REF", "ahora mismo": "PRESENT_REF", "actualmente": "PRESENT_REF",
    "hoy en día": "PRESENT_REF", "en este momento": "PRESENT_REF",
    "recientemente": "PAST_REF", "últimamente": "PAST_REF", "en el pasado": "PAST_REF",
    "pronto": "FUTURE_REF", "en el futuro": "FUTURE_REF", "próximamente": "FUTURE_REF",
}  # fmt: skip
DECADE_WORDS: Final = {
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
}  # fmt: skip

LEXICON: Final = Lexicon(
    months=MONTHS,
    weekdays=WEEKDAYS,
    cardinals=CARDINALS,
    ordinals=ORDINALS,
    ordinal_mark=r"\.?º|\.?ª|°|ro|do|er|to|vo|mo|no",
    units=UNITS,
    vague_amounts=VAGUE_AMOUNTS,
    relations_before=RELATIONS_BEFORE,
    relations_after=RELATIONS_AFTER,
    deictic=DEICTIC,
    day_parts=DAY_PARTS,
    part_link=r"por[ \t]{1,3}la|de[ \t]{1,3}la|en[ \t]{1,3}la|a[ \t]{1,3}la|al|en[ \t]{1,3}el"
    r"|por[ \t]{1,3}el|del",
    meridiem_parts=MERIDIEM_PARTS,
    named_clocks=NAMED_CLOCKS,
    clock_leads=("las ", "la "),
    hour_words=HOUR_WORDS,
    hour_unit=r"horas?|hrs?|h",
    minute_unit=r"minutos?|min",
    past_word="y",
    to_word="menos",
    quarter_words="cuarto",
    half_words="media|medio",
    oclock=r"en[ \t]{1,3}punto",
    seasons=SEASONS,
    edges=EDGES,
    articles=("el", "la", "los", "las", "lo"),
    of=("de", "del", "de la", "de los", "de las", "de el"),
    and_word="y",
    ago_before="hace",
    ago_after="atrás|antes[ \t]{1,3}de[ \t]{1,3}hoy",
    later_after=r"después|más[ \t]{1,3}tarde|luego",
    earlier_after=r"antes",
    ahead_before="en|dentro de|de aquí a|al cabo de",
    from_now_after=r"a[ \t]{1,3}partir[ \t]{1,3}de[ \t]{1,3}(?:ahora|hoy)|desde[ \t]{1,3}"
    r"(?:ahora|hoy)|de[ \t]{1,3}ahora",
    every="cada",
    every_plural=r"tod[oa]s[ \t]{1,3}l[oa]s",
    set_periods=SET_PERIODS,
    set_adverbs=SET_ADVERBS,
    stretch_words=STRETCH_WORDS,
    whole_before=r"tod[oa][ \t]{1,3}(?:el|la)",
    whole_after=r"enter[oa]|complet[oa]",
    duration_leads="durante|por|tras|en|hace|desde hace|dentro de",
    vague_words=VAGUE_WORDS,
    weekend=r"fin(?:es)?[ \t]{1,3}de[ \t]{1,3}semana",
    decade_years="a[ñn]os",
    decade_article="los",
    decade_words=DECADE_WORDS,
    century_word="siglo",
    quarter_word="trimestre",
    half_year_word="semestre",
    week_word="semana",
    year_word="año",
    day_word="día",
    half_noun="mitad",
    at_words=(
        "a las",
        "a la",
        "sobre las",
        "hacia las",
        "alrededor de las",
        "de",
        "las",
        "la",
        "a",
        "desde las",
        "hasta las",
    ),
    on_words=("del", "el", "de", "en", "para el", "del día", "el día"),
    before_words=r"antes[ \t]{1,3}de",
    after_words=r"después[ \t]{1,3}de|tras",
    range_words=(
        "a",
        "al",
        "hasta",
        "hasta el",
        "hasta la",
        "hasta las",
        "a las",
        "a la",
        "al día",
    ),
    range_leads="de|del|desde",
    between_lead="entre",
    between_and=("y", "y el", "y la", "y las", "y los"),
    day_leads=("el ", "del ", "al ", "el día ", "del día ", "al día ", "desde el ", "hasta el "),
    narrative_days=NARRATIVE_DAYS,
    season_leads=r"\b(?:en|el|este|cada|del|durante|de|hasta|desde)",
    weekday_leads=r"\b(?:el|del|al|este|próximo|cada|hasta|desde|de)",
    month_leads=r"\b(?:de|en|hasta|desde|a)",
    holidays=HOLIDAY_NAMES,
    ambiguous_names=AMBIGUOUS,
    hours_tell_time=False,
)
# Words whose full stop ends an abbreviation, not a sentence.
ABBREVIATIONS: Final = tuple(
    "sr sra srta dr dra ud uds lic ing prof gral av etc ene feb mar abr jun jul ago sep sept oct "
    "nov dic lun mié jue vie sáb dom a.m p.m".split()
)
CONJUNCTIONS: Final = ("y", "pero", "o", "aunque", "mientras")
FILLER: Final = tuple(
    "el la los las de del en a al desde hasta para por durante sobre hacia alrededor entre "
    "cerca antes después unos unas dentro aquí cabo más menos".split()
)
