"""Italian words, each list spelled once (with accents; the builders add the spellings without
them): the rules build their patterns from `LEXICON`."""

from __future__ import annotations

from typing import Final

from timeline.lang.it.holidays import HOLIDAY_NAMES
from timeline.lang.romance.lexicon import Lexicon
from timeline.meaning import Part, Rel, Unit

MONTHS: Final = {
    "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
    "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7,
    "agosto": 8, "ago": 8, "settembre": 9, "set": 9, "sett": 9, "ottobre": 10, "ott": 10,
    "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "lunedì": 0, "lun": 0, "martedì": 1, "mar": 1, "mercoledì": 2, "mer": 2, "giovedì": 3,
    "gio": 3, "venerdì": 4, "ven": 4, "sabato": 5, "sabati": 5, "sab": 5, "domenica": 6,
    "domeniche": 6, "dom": 6,
}  # fmt: skip
# "mar" is the sea, "dic" says, "set" a set: names only in a date-like place.
AMBIGUOUS: Final = frozenset(
    {
        "mar",
        "set",
        "ago",
        "dic",
        "mag",
        "lun",
        "mer",
        "gio",
        "ven",
        "sab",
        "dom",
        "gen",
        "giu",
        "lug",
        "ott",
        "apr",
        "feb",
        "nov",
    }
)

_UNITS = ("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
          "quattordici quindici sedici diciassette diciotto diciannove").split()  # fmt: skip
_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
         "settanta": 70, "ottanta": 80, "novanta": 90}  # fmt: skip


def _compounds() -> dict[str, float]:
    """Twenty-one to ninety-nine, written as one word: "ventuno", "trentotto", "ventitré"."""
    found: dict[str, float] = {}
    for tens, value in _TENS.items():
        for unit in range(1, 10):
            word = _UNITS[unit] if unit != 3 else "tré"
            stem = tens[:-1] if unit in (1, 8) else tens
            found[stem + word] = value + unit
    return found


CARDINALS: Final[dict[str, float]] = {
    **{word: value for value, word in enumerate(_UNITS)}, "un": 1, "una": 1, "un'": 1,
    **_TENS, **_compounds(), "cento": 100, "mille": 1000, "mila": 1000, "duemila": 2000,
}  # fmt: skip
VAGUE_AMOUNTS: Final = frozenset(
    {"alcuni", "alcune", "qualche", "diversi", "diverse", "parecchi", "parecchie", "vari",
     "varie", "pochi", "poche", "molti", "molte"}
)  # fmt: skip
ORDINALS: Final = {
    "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4,
    "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6, "settimo": 7,
    "settima": 7, "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10,
    "ultimo": -1, "ultima": -1,
}  # fmt: skip
UNITS: Final[dict[str, Unit]] = {
    "secondo": "second", "secondi": "second", "sec": "second", "minuto": "minute",
    "minuti": "minute", "min": "minute", "ora": "hour", "ore": "hour", "h": "hour",
    "giorno": "day", "giorni": "day", "giornata": "day", "giornate": "day", "notte": "day",
    "notti": "day", "settimana": "week", "settimane": "week", "mese": "month", "mesi": "month",
    "trimestre": "quarter", "trimestri": "quarter", "semestre": "half", "semestri": "half",
    "anno": "year", "anni": "year", "decennio": "decade", "decenni": "decade",
    "secolo": "century", "secoli": "century",
}  # fmt: skip
RELATIONS_BEFORE: Final = {
    "prossimo": Rel(1), "prossima": Rel(1), "scorso": Rel(-1), "scorsa": Rel(-1),
    "ultimo": Rel(-1), "ultima": Rel(-1), "passato": Rel(-1), "passata": Rel(-1),
    "questo": Rel(0), "questa": Rel(0), "quest'": Rel(0), "stesso": Rel(0, narrative=True),
    "stessa": Rel(0, narrative=True),
}  # fmt: skip
RELATIONS_AFTER: Final = {
    "prossimo": Rel(1), "prossima": Rel(1), "scorso": Rel(-1), "scorsa": Rel(-1),
    "passato": Rel(-1), "passata": Rel(-1), "venturo": Rel(1), "ventura": Rel(1),
    "entrante": Rel(1), "corrente": Rel(0), "in corso": Rel(0),
    "seguente": Rel(1, narrative=True), "successivo": Rel(1, narrative=True),
    "successiva": Rel(1, narrative=True), "dopo": Rel(1, narrative=True),
    "precedente": Rel(-1, narrative=True), "prima": Rel(-1, narrative=True),
    "dopo la prossima": Rel(2), "dopo il prossimo": Rel(2), "prima della scorsa": Rel(-2),
    "prima dello scorso": Rel(-2),
}  # fmt: skip
DEICTIC: Final[dict[str, tuple[int, str | None]]] = {
    "oggi": (0, None), "ieri": (-1, None), "domani": (1, None), "dopodomani": (2, None),
    "dopo domani": (2, None), "l'altro ieri": (-2, None), "l'altroieri": (-2, None),
    "altroieri": (-2, None), "ieri l'altro": (-2, None), "stasera": (0, "evening"),
    "stanotte": (0, "night"), "stamattina": (0, "morning"), "stamane": (0, "morning"),
    "stamani": (0, "morning"), "questa sera": (0, "evening"), "questa mattina": (0, "morning"),
    "questo pomeriggio": (0, "afternoon"), "questa notte": (0, "night"),
}  # fmt: skip
NARRATIVE_DAYS: Final = {"l'indomani": 1, "la vigilia": -1}
DAY_PARTS: Final = {
    "mattina": "morning", "mattino": "morning", "mattinata": "morning",
    "pomeriggio": "afternoon", "sera": "evening", "serata": "evening", "notte": "night",
    "nottata": "night",
}  # fmt: skip
MERIDIEM_PARTS: Final = {
    "di mattina": "am", "del mattino": "am", "della mattina": "am", "di notte": "am",
    "della notte": "am", "del pomeriggio": "pm", "di pomeriggio": "pm", "di sera": "pm",
    "della sera": "pm", "stasera": "pm",
}  # fmt: skip
NAMED_CLOCKS: Final = {"mezzogiorno": 12, "mezzanotte": 0}
HOUR_WORDS: Final = {
    "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "venti": 20, "ventuno": 21, "ventidue": 22, "ventitré": 23,
}  # fmt: skip
SEASONS: Final = {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"}
EDGES: Final[dict[str, Part]] = {
    "inizio": "beginning", "principio": "beginning", "metà": "middle", "fine": "end",
}  # fmt: skip
SET_PERIODS: Final = {
    "giorno": "P1D", "giorni": "P1D", "settimana": "P1W", "settimane": "P1W", "mese": "P1M",
    "mesi": "P1M", "anno": "P1Y", "anni": "P1Y", "ora": "PT1H", "ore": "PT1H",
    "minuto": "PT1M", "minuti": "PT1M", "trimestre": "P3M", "fine settimana": "XXXX-WXX-WE",
    "weekend": "XXXX-WXX-WE", "mattina": "XXXX-XX-XXTMO", "mattine": "XXXX-XX-XXTMO",
    "sera": "XXXX-XX-XXTEV", "sere": "XXXX-XX-XXTEV", "notte": "XXXX-XX-XXTNI",
    "notti": "XXXX-XX-XXTNI",
}  # fmt: skip
SET_ADVERBS: Final = {
    "quotidianamente": "P1D", "giornalmente": "P1D", "settimanalmente": "P1W",
    "mensilmente": "P1M", "annualmente": "P1Y", "trimestralmente": "P3M",
    "semestralmente": "P6M", "annuale": "P1Y", "annuali": "P1Y", "mensile": "P1M",
    "mensili": "P1M", "settimanale": "P1W", "settimanali": "P1W", "quotidiano": "P1D",
    "quotidiani": "P1D", "quotidiana": "P1D", "quotidiane": "P1D",
}  # fmt: skip
STRETCH_WORDS: Final = {
    "prossimi": 1, "prossime": 1, "successivi": 1, "ultimi": -1, "ultime": -1, "scorsi": -1,
    "scorse": -1, "passati": -1, "passate": -1,
}  # fmt: skip
VAGUE_WORDS: Final = {
    "adesso": "PRESENT_REF", "attualmente": "PRESENT_REF", "al momento": "PRESENT_REF",
    "oggigiorno": "PRESENT_REF", "in questo momento": "PRESENT_REF",
    "recentemente": "PAST_REF", "di recente": "PAST_REF", "ultimamente": "PAST_REF",
    "in passato": "PAST_REF", "presto": "FUTURE_REF", "prossimamente": "FUTURE_REF",
    "in futuro": "FUTURE_REF", "a breve": "FUTURE_REF",
}  # fmt: skip
DECADE_WORDS: Final = {
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
    "settanta": 70, "ottanta": 80, "novanta": 90,
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
    part_link=r"di|del|della|in|nel|nella|la|il|al|alla|verso[ \t]{1,3}(?:la|il)",
    meridiem_parts=MERIDIEM_PARTS,
    named_clocks=NAMED_CLOCKS,
    clock_leads=(
        "le ",
        "alle ",
        "dalle ",
        "delle ",
        "sulle ",
        "verso le ",
        "ore ",
        "l'",
        "all'",
        "dall'",
        "entro le ",
        "tra le ",
        "fra le ",
    ),
    hour_words=HOUR_WORDS,
    hour_unit=r"ore|h",
    minute_unit=r"minuti?|min",
    past_word="e",
    to_word="meno",
    quarter_words=r"(?:un[ \t]{1,3})?quarto",
    half_words="mezza|mezzo|mezz",
    oclock=r"in[ \t]{1,3}punto|precise",
    seasons=SEASONS,
    edges=EDGES,
    articles=("il", "lo", "la", "i", "gli", "le", "l'"),
    of=("di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "d'"),
    and_word="e",
    ago_before=r"(?!)",
    ago_after=r"fa|or[ \t]{1,3}sono|addietro",
    later_after=r"dopo|più[ \t]{1,3}tardi|piu[ \t]{1,3}tardi",
    earlier_after=r"prima",
    ahead_before="tra|fra|entro|in|di qui a|da qui a",
    from_now_after=r"da[ \t]{1,3}(?:ora|adesso|oggi)|a[ \t]{1,3}partire[ \t]{1,3}da[ \t]{1,3}"
    r"(?:ora|oggi|adesso)",
    every="ogni",
    every_plural=r"tutt[ie][ \t]{1,3}(?:i|gli|le)",
    set_periods=SET_PERIODS,
    set_adverbs=SET_ADVERBS,
    stretch_words=STRETCH_WORDS,
    whole_before=r"tutt[oa][ \t]{1,3}(?:il|la|lo|l['’])",
    whole_after=r"inter[oa]|complet[oa]",
    duration_leads="per|durante|da|in|tra|fra|entro",
    vague_words=VAGUE_WORDS,
    weekend=r"fine[ \t]{1,3}settimana|week-?end",
    decade_years="anni",
    decade_article="gli",
    decade_words=DECADE_WORDS,
    century_word="secolo",
    quarter_word="trimestre",
    half_year_word="semestre",
    week_word="settimana",
    year_word="anno",
    day_word="giorno",
    half_noun="metà",
    at_words=(
        "alle",
        "all'",
        "a",
        "verso le",
        "intorno alle",
        "dalle",
        "le",
        "ore",
        "alle ore",
        "l'",
        "verso l'",
        "entro le",
    ),
    on_words=("del", "di", "il", "lo", "la", "dello", "dell'"),
    before_words=r"prima[ \t]{1,3}d(?:i|el|ella|ello|ell['’])",
    after_words=r"dopo",
    range_words=("a", "al", "alle", "all'", "fino a", "fino al", "fino alle", "ad"),
    range_leads="da|dal|dalle|dall'",
    between_lead="tra|fra",
    between_and=("e", "e il", "e le", "e la", "e l'", "e i"),
    day_leads=("il ", "dal ", "al ", "del ", "il giorno ", "entro il ", "fino al "),
    narrative_days=NARRATIVE_DAYS,
    season_leads=r"\b(?:in|l['’]|quest['’]|questa|nel|nell['’]|d['’]|di|del|dell['’]|durante|"
    r"ogni)",
    weekday_leads=r"\b(?:il|lo|di|del|al|dal|questo|prossimo|ogni|entro|fino[ \t]{1,3}a|da|a)",
    month_leads=r"\b(?:di|a|in|da|fino[ \t]{1,3}a|entro|del|dal)",
    holidays=HOLIDAY_NAMES,
    ambiguous_names=AMBIGUOUS,
    hours_tell_time=False,
)
ABBREVIATIONS: Final = tuple(
    "sig sigg dott prof ing avv gen feb mar apr mag giu lug ago set sett ott nov dic lun mer gio "
    "ven sab dom ecc".split()
)
CONJUNCTIONS: Final = ("e", "ma", "o", "però", "mentre")
FILLER: Final = tuple(
    "il lo la i gli le l' di del della dei da dal dalla in nel nella a al alla alle entro fino "
    "per durante verso circa intorno tra fra prima dopo qui ore nel nell' dall' all'".split()
)
