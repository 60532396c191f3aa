"""French words, each list spelled once (with accents; the builders add the spellings without
them): the rules build their patterns from `LEXICON`."""

from __future__ import annotations

from typing import Final

from timeline.lang.fr.holidays import HOLIDAY_NAMES
from timeline.lang.romance.lexicon import Lexicon
from timeline.meaning import Part, Rel, Unit

MONTHS: Final = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "décembre": 12, "déc": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "lundi": 0, "lundis": 0, "lun": 0, "mardi": 1, "mardis": 1, "mar": 1, "mercredi": 2,
    "mercredis": 2, "mer": 2, "jeudi": 3, "jeudis": 3, "jeu": 3, "vendredi": 4, "vendredis": 4,
    "ven": 4, "samedi": 5, "samedis": 5, "sam": 5, "dimanche": 6, "dimanches": 6, "dim": 6,
}  # fmt: skip
# "mer" is the sea, "jeu" a game, "sept" seven: names only in a date-like place.
AMBIGUOUS: Final = frozenset({"mar", "mer", "jeu", "ven", "sam", "dim", "lun", "sept", "mars"})

_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
          "quinze seize dix-sept dix-huit dix-neuf").split()  # fmt: skip
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _compounds() -> dict[str, float]:
    """Twenty-one to ninety-nine: "vingt et un", "quarante-deux", "soixante-dix-sept",
    "quatre-vingt-dix"."""
    found: dict[str, float] = {}
    for tens, value in _TENS.items():
        found[f"{tens} et un"] = found[f"{tens} et une"] = value + 1
        for unit in range(2, 10):
            found[f"{tens}-{_UNITS[unit]}"] = value + unit
    found["soixante et onze"] = 71
    for unit in range(10, 20):
        if unit != 11:
            found[f"soixante-{_UNITS[unit]}"] = 60 + unit
    found["quatre-vingts"] = found["quatre-vingt"] = 80
    for unit in range(1, 20):
        found[f"quatre-vingt-{_UNITS[unit]}"] = 80 + unit
    return found


CARDINALS: Final[dict[str, float]] = {
    **{word: value for value, word in enumerate(_UNITS)}, "une": 1, **_TENS, **_compounds(),
    "cent": 100, "cents": 100, "mille": 1000, "mil": 1000,
}  # fmt: skip
VAGUE_AMOUNTS: Final = frozenset({"quelques", "plusieurs", "des", "nombreux", "nombreuses"})
ORDINALS: Final = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
    "neuvième": 9, "dixième": 10, "dernier": -1, "dernière": -1,
}  # fmt: skip
UNITS: Final[dict[str, Unit]] = {
    "seconde": "second", "secondes": "second", "sec": "second", "minute": "minute",
    "minutes": "minute", "min": "minute", "mn": "minute", "heure": "hour", "heures": "hour",
    "h": "hour", "jour": "day", "jours": "day", "journée": "day", "journées": "day",
    "nuit": "day", "nuits": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "trimestre": "quarter", "trimestres": "quarter", "semestre": "half", "semestres": "half",
    "an": "year", "ans": "year", "année": "year", "années": "year", "décennie": "decade",
    "décennies": "decade", "siècle": "century", "siècles": "century",
}  # fmt: skip
RELATIONS_BEFORE: Final = {
    "prochain": Rel(1), "prochaine": Rel(1), "dernier": Rel(-1), "dernière": Rel(-1),
    "ce": Rel(0), "cet": Rel(0), "cette": Rel(0), "même": Rel(0, narrative=True),
}  # fmt: skip
RELATIONS_AFTER: Final = {
    "prochain": Rel(1), "prochaine": Rel(1), "dernier": Rel(-1), "dernière": Rel(-1),
    "passé": Rel(-1), "passée": Rel(-1), "qui vient": Rel(1), "en cours": Rel(0),
    "suivant": Rel(1, narrative=True), "suivante": Rel(1, narrative=True),
    "d'après": Rel(1, narrative=True), "précédent": Rel(-1, narrative=True),
    "précédente": Rel(-1, narrative=True), "d'avant": Rel(-1, narrative=True),
    "après la prochaine": Rel(2), "après le prochain": Rel(2), "avant la dernière": Rel(-2),
    "avant le dernier": Rel(-2),
}  # fmt: skip
DEICTIC: Final[dict[str, tuple[int, str | None]]] = {
    "aujourd'hui": (0, None), "hier": (-1, None), "demain": (1, None),
    "après-demain": (2, None), "avant-hier": (-2, None), "ce soir": (0, "evening"),
    "ce matin": (0, "morning"), "cet après-midi": (0, "afternoon"), "cette nuit": (0, "night"),
}  # fmt: skip
NARRATIVE_DAYS: Final = {
    "le lendemain": 1, "lendemain": 1, "la veille": -1, "le jour suivant": 1,
    "le jour d'après": 1, "le jour précédent": -1, "l'avant-veille": -2,
    "le surlendemain": 2,
}  # fmt: skip
DAY_PARTS: Final = {
    "matin": "morning", "matinée": "morning", "après-midi": "afternoon", "soir": "evening",
    "soirée": "evening", "nuit": "night",
}  # fmt: skip
MERIDIEM_PARTS: Final = {
    "du matin": "am", "de l'après-midi": "pm", "du soir": "pm", "de la nuit": "am",
    "dans la soirée": "pm", "dans l'après-midi": "pm", "dans la matinée": "am",
    "l'après-midi": "pm", "le soir": "pm", "le matin": "am", "après-midi": "pm",
}  # fmt: skip
NAMED_CLOCKS: Final = {"midi": 12, "minuit": 0}
HOUR_WORDS: Final = {
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt et une": 21, "vingt-deux": 22, "vingt-trois": 23,
}  # fmt: skip
SEASONS: Final = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
EDGES: Final[dict[str, Part]] = {
    "début": "beginning", "commencement": "beginning", "milieu": "middle", "mi-": "middle",
    "fin": "end",
}  # fmt: skip
SET_PERIODS: Final = {
    "jour": "P1D", "jours": "P1D", "semaine": "P1W", "semaines": "P1W", "mois": "P1M",
    "an": "P1Y", "ans": "P1Y", "année": "P1Y", "années": "P1Y", "heure": "PT1H",
    "heures": "PT1H", "minute": "PT1M", "minutes": "PT1M", "trimestre": "P3M",
    "trimestres": "P3M", "week-end": "XXXX-WXX-WE", "week-ends": "XXXX-WXX-WE",
    "matin": "XXXX-XX-XXTMO", "matins": "XXXX-XX-XXTMO", "soir": "XXXX-XX-XXTEV",
    "soirs": "XXXX-XX-XXTEV", "nuit": "XXXX-XX-XXTNI", "nuits": "XXXX-XX-XXTNI",
}  # fmt: skip
SET_ADVERBS: Final = {
    "quotidiennement": "P1D", "journellement": "P1D", "hebdomadairement": "P1W",
    "mensuellement": "P1M", "annuellement": "P1Y", "trimestriellement": "P3M",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W", "mensuel": "P1M", "mensuelle": "P1M",
    "mensuels": "P1M", "mensuelles": "P1M", "annuel": "P1Y", "annuelle": "P1Y",
    "annuels": "P1Y", "annuelles": "P1Y", "trimestriel": "P3M", "trimestrielle": "P3M",
    "semestriel": "P6M", "semestrielle": "P6M",
}  # fmt: skip
STRETCH_WORDS: Final = {
    "prochains": 1, "prochaines": 1, "derniers": -1, "dernières": -1, "passés": -1,
    "passées": -1,
}  # fmt: skip
VAGUE_WORDS: Final = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "à présent": "PRESENT_REF",
    "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "récemment": "PAST_REF", "dernièrement": "PAST_REF", "dans le passé": "PAST_REF",
    "bientôt": "FUTURE_REF", "prochainement": "FUTURE_REF", "à l'avenir": "FUTURE_REF",
}  # fmt: skip
DECADE_WORDS: Final = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
}  # fmt: skip

LEXICON: Final = Lexicon(
    months=MONTHS,
    weekdays=WEEKDAYS,
    cardinals=CARDINALS,
    ordinals=ORDINALS,
    ordinal_mark=r"ère|ere|er|re|ème|eme|e|è|ᵉ|nde|nd",
    units=UNITS,
    vague_amounts=VAGUE_AMOUNTS,
    relations_before=RELATIONS_BEFORE,
    relations_after=RELATIONS_AFTER,
    deictic=DEICTIC,
    day_parts=DAY_PARTS,
    part_link=r"dans[ \t]{1,3}l[ea]|dans[ \t]{1,3}l['’]|en|au|le|la|l['’]|du|de[ \t]{1,3}la",
    meridiem_parts=MERIDIEM_PARTS,
    named_clocks=NAMED_CLOCKS,
    clock_leads=("à ", "vers ", "dès "),
    hour_words=HOUR_WORDS,
    hour_unit=r"heures?|h",
    minute_unit=r"minutes?|min|mn",
    past_word="et",
    to_word="moins",
    quarter_words=r"(?:le[ \t]{1,3})?quart",
    half_words="demie|demi",
    oclock=r"pile|précises?|precises?",
    seasons=SEASONS,
    edges=EDGES,
    articles=("le", "la", "les", "l'"),
    of=("de", "du", "des", "de la", "de l'", "d'"),
    and_word="et",
    ago_before=r"il[ \t]{1,3}y[ \t]{1,3}a",
    ago_after=r"(?!)",
    later_after=r"plus[ \t]{1,3}tard|après|apres|ensuite",
    earlier_after=r"plus[ \t]{1,3}tôt|plus[ \t]{1,3}tot|avant|auparavant",
    ahead_before="dans|d'ici|en",
    from_now_after=r"à[ \t]{1,3}partir[ \t]{1,3}d['’](?:aujourd['’]hui|maintenant)|à[ \t]{1,3}"
    r"compter[ \t]{1,3}d['’]aujourd['’]hui",
    every="chaque",
    every_plural=r"tou(?:te)?s[ \t]{1,3}les",
    set_periods=SET_PERIODS,
    set_adverbs=SET_ADVERBS,
    stretch_words=STRETCH_WORDS,
    whole_before=r"tout[ \t]{1,3}le|toute[ \t]{1,3}la|toute[ \t]{1,3}l['’]",
    whole_after=r"entiers?|entières?|complets?|complètes?",
    duration_leads="pendant|durant|depuis|en|dans|il y a|pour",
    vague_words=VAGUE_WORDS,
    weekend=r"week-?ends?|fin[ \t]{1,3}de[ \t]{1,3}semaine",
    decade_years="années",
    decade_article="les",
    decade_words=DECADE_WORDS,
    century_word="siècles?|siecles?",
    quarter_word="trimestre",
    half_year_word="semestre",
    week_word="semaine",
    year_word="année|an",
    day_word="jour",
    half_noun="moitié",
    at_words=("à", "a", "vers", "dès", "aux alentours de", "autour de"),
    on_words=("le", "du", "de", "ce", "en ce"),
    before_words=r"avant",
    after_words=r"après|apres",
    range_words=("à", "au", "a", "jusqu'à", "jusqu'au", "jusqu'aux", "à la"),
    range_leads="de|du|des|depuis",
    between_lead="entre",
    between_and=("et", "et le", "et la", "et les", "et l'"),
    day_leads=("le ", "du ", "au ", "dès le ", "depuis le ", "jusqu'au "),
    narrative_days=NARRATIVE_DAYS,
    season_leads=r"\b(?:en|l['’]|cet|cette|ce|au|d['’]|de|du|l')",
    weekday_leads=r"\b(?:le|ce|du|au|chaque|dès|depuis|jusqu['’]au|de)",
    month_leads=r"\b(?:en|de|d['’]|début|fin|mi|depuis|jusqu['’]en|le|du|au)",
    holidays=HOLIDAY_NAMES,
    ambiguous_names=AMBIGUOUS,
    hours_tell_time=True,
)
ABBREVIATIONS: Final = tuple(
    "m mm mme mlle dr pr st ste janv févr fév avr juil sept oct nov déc lun mar mer jeu ven "
    "sam dim etc av bd".split()
)
CONJUNCTIONS: Final = ("et", "mais", "ou", "donc", "car", "puis")
FILLER: Final = tuple(
    "le la les l' de du des d' en à au aux dans depuis jusqu jusqu'à pendant durant pour vers "
    "entre dès environ autour alentours avant après il y a ici partir quelques".split()
)
