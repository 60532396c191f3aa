"""Dutch words, each list spelled once: the rules build their patterns from these, and the
rules' `produce` functions read their meaning from them. Flemish forms ("voormiddag", "4u")
stand beside the Netherlands' ones."""

from __future__ import annotations

from typing import Final

from timeline.engine.wordlists import lower_words
from timeline.meaning import Rel, Unit

MONTHS: Final = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6,
}  # fmt: skip
# Abbreviations, read as weekdays only before a date or typed alone ("di 3 mei", "za."):
# "do", "zo", "zat" are words too.
WEEKDAY_ABBREVIATIONS: Final = {
    "ma": 0, "maa": 0, "di": 1, "din": 1, "dins": 1, "dinsd": 1, "wo": 2, "woe": 2, "do": 3,
    "don": 3, "dond": 3, "vr": 4, "vrij": 4, "za": 5, "zat": 5, "zo": 6, "zon": 6,
}  # fmt: skip

_UNITS: Final = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9,
}  # fmt: skip
_TENS: Final = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip


def _joined(unit: str, ten: str) -> str:
    """ "eenentwintig", "tweeëntwintig": an "ë" keeps "twee" and "drie" apart from "en"."""
    return unit + ("ën" if unit.endswith("e") else "en") + ten


NUMBERS: Final = {
    **_UNITS, "één": 1, "eén": 1, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, **_TENS,
    **{_joined(unit, ten): value + tens for unit, value in _UNITS.items()
       for ten, tens in _TENS.items()},
    **{unit + "en" + ten: value + tens for unit, value in _UNITS.items()
       for ten, tens in _TENS.items() if unit.endswith("e")},
    "honderd": 100, "paar": 2, "een paar": 2, "enkele": 3, "een aantal": 3, "aantal": 3,
    "meerdere": 3, "verscheidene": 3, "een stuk of": 3,
}  # fmt: skip
# Quantities that say "some number of": their durations get an X ("PXD").
VAGUE_NUMBERS: Final = frozenset(
    {"enkele", "een aantal", "aantal", "meerdere", "verscheidene", "een stuk of"}
)
# Fractions said before a unit: "anderhalf uur", "een half jaar", "tweeënhalf uur".
FRACTIONS: Final = {
    "half": 0.5, "een half": 0.5, "halve": 0.5, "een halve": 0.5, "anderhalf": 1.5,
    "anderhalve": 1.5, "een kwart": 0.25, "kwart": 0.25, "driekwart": 0.75,
    "een driekwart": 0.75, "tweeënhalf": 2.5, "tweeëneenhalf": 2.5, "drieënhalf": 3.5,
    "drieëneenhalf": 3.5, "vierenhalf": 4.5, "viereneenhalf": 4.5, "vijfenhalf": 5.5,
}  # fmt: skip

_ORDINAL_WORDS: Final = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13,
    "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18,
    "negentiende": 19, "twintigste": 20, "dertigste": 30,
}  # fmt: skip
ORDINALS: Final = {
    **_ORDINAL_WORDS,
    **{_joined(unit, "twintigste"): 20 + value for unit, value in _UNITS.items()},
    **{unit + "entwintigste": 20 + value for unit, value in _UNITS.items() if unit.endswith("e")},
    "eenendertigste": 31,
}  # fmt: skip
LAST_WORDS: Final = frozenset({"laatste"})

# Unit word (as written, lower case) -> the unit it counts in.
UNITS: Final[dict[str, Unit]] = {
    "seconde": "second", "seconden": "second", "sec": "second", "minuut": "minute",
    "minuten": "minute", "min": "minute", "uur": "hour", "uren": "hour", "u": "hour",
    "dag": "day", "dagen": "day", "nacht": "day", "nachten": "day", "week": "week",
    "weken": "week", "weekend": "weekend", "weekenden": "weekend", "maand": "month",
    "maanden": "month", "kwartaal": "quarter", "kwartalen": "quarter", "halfjaar": "half",
    "jaar": "year", "jaren": "year", "decennium": "decade", "decennia": "decade",
    "decenniën": "decade", "eeuw": "century", "eeuwen": "century",
}  # fmt: skip
CYCLE_UNITS: Final = frozenset({"day", "week", "weekend", "month", "quarter", "half", "year",
                                "decade", "century"})  # fmt: skip

# "vorige/deze/volgende ..." before a weekday, month, holiday or cycle.
RELATIONS: Final = {
    "vorige": Rel(-1), "vorig": Rel(-1), "afgelopen": Rel(-1), "voorbije": Rel(-1),
    "voorbij": Rel(-1), "verleden": Rel(-1), "laatste": Rel(-1), "deze afgelopen": Rel(-1),
    "jongstleden": Rel(-1), "voorgaande": Rel(-1), "voorgaand": Rel(-1),
    "voorvorige": Rel(-2), "voorvorig": Rel(-2),
    "deze": Rel(0), "dit": Rel(0), "huidige": Rel(0), "huidig": Rel(0), "lopende": Rel(0),
    "diezelfde": Rel(0, narrative=True), "datzelfde": Rel(0, narrative=True),
    "dezelfde": Rel(0, narrative=True), "hetzelfde": Rel(0, narrative=True),
    "volgende": Rel(1), "volgend": Rel(1), "komende": Rel(1), "komend": Rel(1),
    "aankomende": Rel(1), "aankomend": Rel(1), "aanstaande": Rel(1), "eerstvolgende": Rel(1),
    "eerstkomende": Rel(1), "eerstkomend": Rel(1), "deze komende": Rel(1),
    "daaropvolgende": Rel(1, narrative=True), "daaropvolgend": Rel(1, narrative=True),
    "erop volgende": Rel(1, narrative=True), "erop volgend": Rel(1, narrative=True),
    "daarop volgende": Rel(1, narrative=True),
    "overvolgende": Rel(2),
}  # fmt: skip

SEASONS: Final = {
    "lente": "SP", "voorjaar": "SP", "zomer": "SU", "herfst": "FA", "najaar": "FA",
    "winter": "WI",
}  # fmt: skip
# Parts of a day, as the resolver names them.
DAY_PARTS: Final = {
    "ochtend": "morning", "morgen": "morning", "voormiddag": "morning", "middag": "afternoon",
    "namiddag": "afternoon", "avond": "evening", "nacht": "night", "middaguur": "noon",
    "'s ochtends": "morning", "'s morgens": "morning", "'s middags": "afternoon",
    "'s avonds": "evening", "'s nachts": "night", "'s voormiddags": "morning",
    "'s namiddags": "afternoon", "vroeg": "morning", "laat": "evening",
}  # fmt: skip
DEICTIC_DAYS: Final = {
    "eergisteren": -2, "eergister": -2, "gisteren": -1, "gister": -1, "vandaag": 0,
    "morgen": 1, "overmorgen": 2,
}  # fmt: skip
# "van-" + a part of today: "vanavond", "vannacht", "vanochtend".
TODAY_PARTS: Final = {
    "vanochtend": "morning", "vanmorgen": "morning", "vanmiddag": "afternoon",
    "vanavond": "evening", "vannacht": "night", "vanvoormiddag": "morning",
    "vannamiddag": "afternoon",
}  # fmt: skip
PARTS: Final = {
    "begin": "beginning", "start": "beginning", "aanvang": "beginning", "midden": "middle",
    "halverwege": "middle", "medio": "middle", "eind": "end", "einde": "end", "eindje": "end",
    "laat": "end", "vroeg": "beginning",
}  # fmt: skip

# "elke/iedere ..." and adverbs: periods by their word, as TIMEX3 SET values.
SET_PERIODS: Final = {
    "dag": "P1D", "dagelijks": "P1D", "dagelijkse": "P1D", "weekdag": "P1D", "werkdag": "P1D",
    "nacht": "P1D", "week": "P1W", "wekelijks": "P1W", "wekelijkse": "P1W",
    "tweewekelijks": "P2W", "tweewekelijkse": "P2W", "maand": "P1M", "maandelijks": "P1M",
    "maandelijkse": "P1M", "driemaandelijks": "P3M", "driemaandelijkse": "P3M",
    "kwartaal": "P3M", "jaar": "P1Y", "jaarlijks": "P1Y", "jaarlijkse": "P1Y",
    "halfjaarlijks": "P0.5Y", "halfjaarlijkse": "P0.5Y", "uur": "PT1H", "minuut": "PT1M",
    "weekend": "XXXX-WXX-WE", "ochtend": "XXXX-XX-XXTMO", "morgen": "XXXX-XX-XXTMO",
    "middag": "XXXX-XX-XXTAF", "avond": "XXXX-XX-XXTEV",
    "zomer": "XXXX-SU", "winter": "XXXX-WI", "lente": "XXXX-SP", "herfst": "XXXX-FA",
}  # fmt: skip

PAST_WORDS: Final = ("onlangs", "recent", "kortgeleden", "kort geleden", "vroeger", "destijds",
                     "verleden", "laatst")  # fmt: skip
FUTURE_WORDS: Final = ("binnenkort", "spoedig", "straks", "toekomst", "mogelijk", "zsm",
                       "weldra", "eerdaags")  # fmt: skip

HOUR_WORDS: Final = {
    word: value for word, value in NUMBERS.items() if 1 <= value <= 24 and " " not in word
    and word not in ("paar", "aantal", "enkele", "meerdere", "verscheidene")
}  # fmt: skip
# "rond vieren": an hour said as a plural, 4 o'clock.
HOUR_PLURALS: Final = {
    "enen": 1, "tweeën": 2, "drieën": 3, "vieren": 4, "vijven": 5, "zessen": 6, "zevenen": 7,
    "achten": 8, "negenen": 9, "tienen": 10, "elven": 11, "twaalven": 12,
}  # fmt: skip


def number_value(words: str | None) -> float | None:
    """The number a quantity names ("drie", "3,5", "anderhalf", "½"); None for vague ones
    ("enkele") and for what is no number."""
    said = lower_words(words).replace("-", " ")
    if not said or said in VAGUE_NUMBERS:
        return None
    if said in NUMBERS:
        return float(NUMBERS[said])
    if said in FRACTIONS:
        return FRACTIONS[said]
    if said == "½":
        return 0.5
    if said.endswith("½") and said[:-1].strip().isdigit():
        return int(said[:-1]) + 0.5
    try:
        return float(said.replace(",", "."))
    except ValueError:
        return None


def ordinal_value(word: str | None) -> int | None:
    """ "3e", "1ste", "2de", "derde", "vierentwintigste" -> the number; "laatste" -> -1."""
    said = lower_words(word)
    if said in LAST_WORDS:
        return -1
    digits = said.removesuffix("ste").removesuffix("de").removesuffix("e")
    if digits.isdigit():
        return int(digits)
    return ORDINALS.get(said)


def relation(words: str | None) -> Rel | None:
    """The `Rel` that "vorige", "deze", "volgende" ... name; None for none."""
    return RELATIONS.get(lower_words(words))


def unit_of(word: str | None) -> Unit | None:
    """ "uren" -> "hour", "dagen" -> "day", "min." -> "minute"."""
    return UNITS.get(lower_words(word).rstrip("."))


def part_of_day(word: str | None) -> str | None:
    """ "'s avonds" -> "evening", "middag" -> "afternoon"; None for none."""
    said = lower_words(word).replace("‘", "'").replace("’", "'").removesuffix(" op de dag")
    return DAY_PARTS.get(" ".join(said.split()))


ABBREVIATIONS: Final = tuple(
    "jan feb febr mrt apr jun jul aug sep sept okt nov dec ma di wo do vr za zo dins dinsd "
    "dhr mevr dr prof nr ca bijv blz o.a m.b.t i.p.v z.g.a.n st vs".split()
)
# Words a phrase typed alone may carry around its expression ("op vrijdag", "in 2020").
FILLER: Final = tuple(
    "op om in rond rondom omstreeks omtrent tegen van vanaf tot tussen sinds na voor tijdens "
    "gedurende de het een ca circa ongeveer meer dan minder nog sinds binnen".split()
)
# What a phrase needs before it is worth dateparser's time.
DATEPARSER_HINT: Final = (
    r"\d|\b(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|gisteren|nu|week|maand|jaar|dag|uur|"
    r"minu)"
)
CONJUNCTIONS: Final = ("en", "maar", "of", "want", "dus", "doch")
