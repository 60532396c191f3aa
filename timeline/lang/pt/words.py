"""Portuguese words, each list spelled once (with accents; the builders add the spellings
without them): the rules build their patterns from `LEXICON`."""

from __future__ import annotations

from typing import Final

from timeline.lang.pt.holidays import HOLIDAY_NAMES
from timeline.lang.romance.lexicon import Lexicon
from timeline.meaning import Part, Rel, Unit

MONTHS: Final = {
    "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "mar": 3, "abril": 4,
    "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8,
    "ago": 8, "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11, "nov": 11,
    "dezembro": 12, "dez": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "segunda-feira": 0, "segundas-feiras": 0, "segunda": 0, "segundas": 0, "seg": 0,
    "terça-feira": 1, "terças-feiras": 1, "terça": 1, "terças": 1, "ter": 1,
    "quarta-feira": 2, "quartas-feiras": 2, "quarta": 2, "quartas": 2, "qua": 2,
    "quinta-feira": 3, "quintas-feiras": 3, "quinta": 3, "quintas": 3, "qui": 3,
    "sexta-feira": 4, "sextas-feiras": 4, "sexta": 4, "sextas": 4, "sex": 4, "sábado": 5,
    "sábados": 5, "sáb": 5, "domingo": 6, "domingos": 6, "dom": 6,
}  # fmt: skip
# "segunda" is also "second", "dez" ten, "mar" the sea: names only in a date-like place.
AMBIGUOUS: Final = frozenset({
    "segunda", "terça", "quarta", "quinta", "sexta", "segundas", "quartas", "quintas",
    "sextas", "seg", "ter", "qua", "qui", "sex", "sáb", "dom", "mar", "set", "dez", "out",
    "mai", "jan", "jun", "jul", "ago", "abr", "nov", "fev",
})  # fmt: skip

_UNITS = ("zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze "
          "quinze dezesseis dezessete dezoito dezenove vinte").split()  # fmt: skip
_TENS = {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
         "setenta": 70, "oitenta": 80, "noventa": 90}  # fmt: skip
_HUNDREDS = {"cem": 100, "cento": 100, "duzentos": 200, "trezentos": 300,
             "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600, "setecentos": 700,
             "oitocentos": 800, "novecentos": 900, "mil": 1000}  # fmt: skip
CARDINALS: Final[dict[str, float]] = {
    **{word: value for value, word in enumerate(_UNITS)},
    "uma": 1, "duas": 2, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19,
    **_TENS, **_HUNDREDS,
    **{f"{tens} e {unit}": value + index + 1 for tens, value in _TENS.items()
       for index, unit in enumerate(_UNITS[1:10])},
    **{f"{tens} e {unit}": value + number for tens, value in _TENS.items()
       for unit, number in (("uma", 1), ("duas", 2))},
}  # fmt: skip
VAGUE_AMOUNTS: Final = frozenset(
    {"alguns", "algumas", "vários", "várias", "uns", "umas", "poucos", "poucas", "muitos",
     "muitas"}
)  # fmt: skip
ORDINALS: Final = {
    "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3,
    "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "sétimo": 7,
    "sétima": 7, "oitavo": 8, "oitava": 8, "nono": 9, "nona": 9, "décimo": 10, "décima": 10,
    "último": -1, "última": -1,
}  # fmt: skip
UNITS: Final[dict[str, Unit]] = {
    "segundo": "second", "segundos": "second", "seg": "second", "minuto": "minute",
    "minutos": "minute", "min": "minute", "hora": "hour", "horas": "hour", "h": "hour",
    "hr": "hour", "hrs": "hour", "dia": "day", "dias": "day", "noite": "day", "noites": "day",
    "semana": "week", "semanas": "week", "mês": "month", "meses": "month",
    "trimestre": "quarter", "trimestres": "quarter", "semestre": "half", "semestres": "half",
    "ano": "year", "anos": "year", "década": "decade", "décadas": "decade",
    "século": "century", "séculos": "century",
}  # fmt: skip
RELATIONS_BEFORE: Final = {
    "próximo": Rel(1), "próxima": Rel(1), "último": Rel(-1), "última": Rel(-1),
    "passado": Rel(-1), "passada": Rel(-1), "este": Rel(0), "esta": Rel(0), "neste": Rel(0),
    "nesta": Rel(0), "mesmo": Rel(0, narrative=True), "mesma": Rel(0, narrative=True),
}  # fmt: skip
RELATIONS_AFTER: Final = {
    "passado": Rel(-1), "passada": Rel(-1), "que vem": Rel(1), "próximo": Rel(1),
    "próxima": Rel(1), "atual": Rel(0), "corrente": Rel(0),
    "seguinte": Rel(1, narrative=True), "anterior": Rel(-1, narrative=True),
    "depois da próxima": Rel(2), "depois do próximo": Rel(2), "antes da passada": Rel(-2),
    "antes do passado": Rel(-2),
}  # fmt: skip
DEICTIC: Final[dict[str, tuple[int, str | None]]] = {
    "hoje": (0, None), "ontem": (-1, None), "amanhã": (1, None), "depois de amanhã": (2, None),
    "anteontem": (-2, None), "antes de ontem": (-2, None), "esta noite": (0, "night"),
    "esta manhã": (0, "morning"), "esta tarde": (0, "evening"), "nesta manhã": (0, "morning"),
}  # fmt: skip
NARRATIVE_DAYS: Final = {
    "o dia seguinte": 1, "no dia seguinte": 1, "o dia anterior": -1, "no dia anterior": -1,
    "na véspera": -1, "a véspera": -1,
}  # fmt: skip
DAY_PARTS: Final = {
    "manhã": "morning", "madrugada": "morning", "tarde": "evening", "noite": "night",
}  # fmt: skip
MERIDIEM_PARTS: Final = {
    "da manhã": "am", "da madrugada": "am", "da tarde": "pm", "da noite": "pm",
    "de manhã": "am", "à tarde": "pm", "à noite": "pm", "de tarde": "pm", "de noite": "pm",
}  # fmt: skip
NAMED_CLOCKS: Final = {"meio-dia": 12, "meia-noite": 0}
HOUR_WORDS: Final = {
    "uma": 1, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15,
    "dezesseis": 16, "dezessete": 17, "dezoito": 18, "dezenove": 19, "vinte": 20,
    "vinte e uma": 21, "vinte e duas": 22, "vinte e três": 23,
}  # fmt: skip
SEASONS: Final = {"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"}
EDGES: Final[dict[str, Part]] = {
    "início": "beginning", "começo": "beginning", "princípio": "beginning",
    "meados": "middle", "metade": "middle", "final": "end", "finais": "end", "fim": "end",
    "fins": "end",
}  # fmt: skip
SET_PERIODS: Final = {
    "dia": "P1D", "dias": "P1D", "semana": "P1W", "semanas": "P1W", "mês": "P1M",
    "meses": "P1M", "ano": "P1Y", "anos": "P1Y", "hora": "PT1H", "horas": "PT1H",
    "minuto": "PT1M", "minutos": "PT1M", "trimestre": "P3M", "fim de semana": "XXXX-WXX-WE",
    "fins de semana": "XXXX-WXX-WE", "manhã": "XXXX-XX-XXTMO", "manhãs": "XXXX-XX-XXTMO",
    "tarde": "XXXX-XX-XXTEV", "tardes": "XXXX-XX-XXTEV", "noite": "XXXX-XX-XXTNI",
    "noites": "XXXX-XX-XXTNI",
}  # fmt: skip
SET_ADVERBS: Final = {
    "diariamente": "P1D", "semanalmente": "P1W", "mensalmente": "P1M", "anualmente": "P1Y",
    "trimestralmente": "P3M", "semestralmente": "P6M", "quinzenalmente": "P2W",
    "anual": "P1Y", "anuais": "P1Y", "mensal": "P1M", "mensais": "P1M", "semanal": "P1W",
    "semanais": "P1W", "quinzenal": "P2W", "semestral": "P6M", "trimestral": "P3M",
}  # fmt: skip
STRETCH_WORDS: Final = {
    "próximos": 1, "próximas": 1, "seguintes": 1, "últimos": -1, "últimas": -1,
    "passados": -1, "passadas": -1,
}  # fmt: skip
VAGUE_WORDS: Final = {
    "agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "actualmente": "PRESENT_REF",
    "hoje em dia": "PRESENT_REF", "neste momento": "PRESENT_REF",
    "recentemente": "PAST_REF", "ultimamente": "PAST_REF", "no passado": "PAST_REF",
    "em breve": "FUTURE_REF", "brevemente": "FUTURE_REF", "no futuro": "FUTURE_REF",
}  # fmt: skip
DECADE_WORDS: Final = {
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
    "oitenta": 80, "noventa": 90,
}  # fmt: skip

LEXICON: Final = Lexicon(
    months=MONTHS,
    weekdays=WEEKDAYS,
    cardinals=CARDINALS,
    ordinals=ORDINALS,
    ordinal_mark=r"\.?º|\.?ª|°",
    units=UNITS,
    vague_amounts=VAGUE_AMOUNTS,
    relations_before=RELATIONS_BEFORE,
    relations_after=RELATIONS_AFTER,
    deictic=DEICTIC,
    day_parts=DAY_PARTS,
    part_link=r"à|a|de|pela|na|da|durante[ \t]{1,3}a",
    meridiem_parts=MERIDIEM_PARTS,
    named_clocks=NAMED_CLOCKS,
    clock_leads=("às ", "as ", "à ", "pelas ", "das ", "até às "),
    hour_words=HOUR_WORDS,
    hour_unit=r"horas?|hs?|hrs?",
    minute_unit=r"minutos?|min",
    past_word="e",
    to_word="menos",
    quarter_words=r"(?:um[ \t]{1,3})?quarto",
    half_words="meia|meio",
    oclock=r"em[ \t]{1,3}ponto",
    seasons=SEASONS,
    edges=EDGES,
    articles=("o", "a", "os", "as"),
    of=("de", "do", "da", "dos", "das"),
    and_word="e",
    ago_before="há|faz",
    ago_after="atrás",
    later_after=r"depois|mais[ \t]{1,3}tarde|após",
    earlier_after=r"antes",
    ahead_before="em|dentro de|daqui a",
    from_now_after=r"a[ \t]{1,3}partir[ \t]{1,3}de[ \t]{1,3}(?:agora|hoje)|de[ \t]{1,3}agora",
    every=r"a[ \t]{1,3}cada|cada|tod[oa]",
    every_plural=r"tod[oa]s[ \t]{1,3}[oa]s",
    set_periods=SET_PERIODS,
    set_adverbs=SET_ADVERBS,
    stretch_words=STRETCH_WORDS,
    whole_before=r"tod[oa][ \t]{1,3}[oa]",
    whole_after=r"inteir[oa]|complet[oa]",
    duration_leads="durante|por|há|em|dentro de|faz|daqui a",
    vague_words=VAGUE_WORDS,
    weekend=r"f(?:im|ins)[ \t]{1,3}de[ \t]{1,3}semana",
    decade_years="anos",
    decade_article="os",
    decade_words=DECADE_WORDS,
    century_word=r"s[ée]culo",
    quarter_word="trimestre",
    half_year_word="semestre",
    week_word="semana",
    year_word="ano",
    day_word="dia",
    half_noun="metade",
    at_words=("às", "as", "à", "a", "pelas", "por volta das", "cerca das", "de", "das", "até às"),
    on_words=("do", "de", "no", "em", "na", "o", "a", "do dia", "no dia"),
    before_words=r"antes[ \t]{1,3}d[eoa]s?",
    after_words=r"depois[ \t]{1,3}d[eoa]s?|após",
    range_words=(
        "a",
        "ao",
        "às",
        "à",
        "até",
        "até o",
        "até a",
        "até as",
        "até às",
        "até ao",
        "ao dia",
        "até o dia",
    ),
    range_leads="de|do|da|das|desde",
    between_lead="entre",
    between_and=("e", "e o", "e a", "e as", "e os"),
    day_leads=(
        "o ",
        "dia ",
        "no dia ",
        "do dia ",
        "ao dia ",
        "o dia ",
        "no ",
        "ao ",
        "até o ",
        "até o dia ",
    ),
    narrative_days=NARRATIVE_DAYS,
    season_leads=r"\b(?:no|o|neste|este|em|do|de|durante|cada|até|desde)",
    weekday_leads=r"\b(?:na|nesta|esta|próxima|última|de|da|até|desde|cada|toda|no|neste"
    r"|este|próximo|último|do)",
    month_leads=r"\b(?:de|em|até|desde|a)",
    holidays=HOLIDAY_NAMES,
    ambiguous_names=AMBIGUOUS,
    hours_tell_time=False,
)
ABBREVIATIONS: Final = tuple(
    "sr sra srta dr dra prof av etc jan fev mar abr mai jun jul ago set out nov dez seg ter qua "
    "qui sex sáb dom a.m p.m".split()
)
CONJUNCTIONS: Final = ("e", "mas", "ou", "porém", "enquanto")
FILLER: Final = tuple(
    "o a os as de do da dos das em no na nos nas ao aos à às até desde durante por para pelas "
    "pelo pela cerca volta entre antes depois dentro daqui há faz mais menos".split()
)
