"""German words, each list spelled once: the rules build their patterns from these, and the
rules' `produce` functions read their meaning from them. Austrian and Swiss spellings
("Jänner", "Feber", "ss" for "ß") stand beside the German ones."""

from __future__ import annotations

from typing import Final

from timeline.engine.wordlists import lower_words
from timeline.meaning import Rel, Unit

MONTHS: Final = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2,
    "febr": 2, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}  # fmt: skip
# Abbreviations, read as weekdays only before a date ("Mo. 3.7.", "Fr, 23.6."): "so" and
# "do" are words too.
WEEKDAY_ABBREVIATIONS: Final = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}

_UNITS: Final = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9,
}  # fmt: skip
_TENS: Final = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
NUMBERS: Final = {
    "eins": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    **{word: value for word, value in _UNITS.items() if value > 1},
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, **_TENS,
    **{unit + "und" + ten: value + tens for unit, value in _UNITS.items()
       for ten, tens in _TENS.items()},
    "hundert": 100, "einhundert": 100, "zwei dutzend": 24, "dutzend": 12, "ein dutzend": 12,
    "paar": 2, "ein paar": 2, "einige": 3, "einigen": 3, "mehrere": 3, "mehreren": 3,
    "wenige": 3, "wenigen": 3, "etliche": 3, "etlichen": 3,
}  # fmt: skip
# Quantities that say "some number of": their durations get an X ("PXY").
VAGUE_NUMBERS: Final = frozenset(
    {"einige", "einigen", "mehrere", "mehreren", "etliche", "etlichen", "wenige", "wenigen"}
)
# Fractions said before a unit: "eineinhalb Stunden", "anderthalb Jahre", "eine halbe Stunde".
FRACTIONS: Final = {
    "halb": 0.5, "halbe": 0.5, "halben": 0.5, "eine halbe": 0.5, "einer halben": 0.5,
    "einen halben": 0.5, "ein halbes": 0.5, "eineinhalb": 1.5, "anderthalb": 1.5,
    "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5,
}  # fmt: skip

_ORDINAL_STEMS: Final = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
    "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17,
    "achtzehnt": 18, "neunzehnt": 19,
    **{ten + "st": value for ten, value in _TENS.items() if value <= 30},
    **{unit + "und" + ten + "st": value + tens for unit, value in _UNITS.items()
       for ten, tens in _TENS.items() if tens == 20},
    "einunddreißigst": 31, "einunddreissigst": 31,
}  # fmt: skip
# Every inflected ordinal: "erste", "ersten", "erster", "erstes", "erstem".
ORDINALS: Final = {
    stem + ending: value
    for stem, value in _ORDINAL_STEMS.items()
    for ending in ("e", "en", "er", "es", "em")
}
# Ordinals that count from the end.
LAST_WORDS: Final = frozenset(
    {"letzte", "letzten", "letzter", "letztes", "letztem"}
)  # fmt: skip

# Unit word stem (lower case, as the words start) -> the unit it counts in. Inflections are
# matched by the pattern (`patterns.UNIT`), read back by `unit_of`.
UNITS: Final[dict[str, Unit]] = {
    "sekunde": "second", "sek": "second", "minute": "minute", "min": "minute",
    "stunde": "hour", "std": "hour", "tag": "day", "nacht": "day",
    "nächte": "day", "woche": "week", "wochenende": "weekend", "monat": "month",
    "quartal": "quarter", "halbjahr": "half", "jahr": "year", "jahrzehnt": "decade",
    "jahrhundert": "century",
}  # fmt: skip
# Units of calendar cycles ("letzte Woche", "nächstes Jahr").
CYCLE_UNITS: Final[dict[str, Unit]] = {
    "tag": "day", "woche": "week", "wochenende": "weekend", "monat": "month",
    "quartal": "quarter", "halbjahr": "half", "jahr": "year", "jahrzehnt": "decade",
    "jahrhundert": "century",
}  # fmt: skip

# "letzte/diese/nächste ..." before a weekday, month, holiday or cycle, in every inflection.
_RELATION_STEMS: Final = {
    "letzt": Rel(-1), "vergangen": Rel(-1), "vorig": Rel(-1), "verflossen": Rel(-1),
    "vorherig": Rel(-1, narrative=True), "vorangegangen": Rel(-1, narrative=True),
    "vorletzt": Rel(-2),
    "dies": Rel(0), "laufend": Rel(0), "aktuell": Rel(0), "jetzig": Rel(0),
    "derselb": Rel(0, narrative=True), "demselb": Rel(0, narrative=True),
    "desselb": Rel(0, narrative=True), "dieselb": Rel(0, narrative=True),
    "nächst": Rel(1), "naechst": Rel(1), "kommend": Rel(1), "anstehend": Rel(1),
    "bevorstehend": Rel(1),
    "folgend": Rel(1, narrative=True), "darauffolgend": Rel(1, narrative=True),
    "darauf folgend": Rel(1, narrative=True),
    "übernächst": Rel(2), "uebernächst": Rel(2),
}  # fmt: skip
RELATIONS: Final = {
    stem + ending: rel
    for stem, rel in _RELATION_STEMS.items()
    for ending in ("e", "en", "er", "es", "em")
}

SEASONS: Final = {
    "frühling": "SP", "frühjahr": "SP", "lenz": "SP", "sommer": "SU", "herbst": "FA",
    "winter": "WI",
}  # fmt: skip
# Parts of a day, as the resolver names them; adverbs ("morgens") and nouns ("Morgen").
DAY_PARTS: Final = {
    "morgen": "morning", "morgens": "morning", "früh": "morning", "frühmorgens": "morning",
    "früh morgens": "morning", "vormittag": "morning", "vormittags": "morning",
    "mittag": "noon", "mittags": "noon", "nachmittag": "afternoon", "nachmittags": "afternoon",
    "spätnachmittag": "afternoon", "spätnachmittags": "afternoon", "abend": "evening",
    "abends": "evening", "spätabends": "evening", "spät abends": "evening",
    "frühabends": "evening", "nacht": "night", "nachts": "night", "mitternacht": "night",
}  # fmt: skip
DEICTIC_DAYS: Final = {
    "vorgestern": -2, "gestern": -1, "heute": 0, "heut": 0, "morgen": 1, "übermorgen": 2,
    "uebermorgen": 2,
}  # fmt: skip
# "Anfang/Mitte/Ende" of a period.
PARTS: Final = {
    "anfang": "beginning", "beginn": "beginning", "start": "beginning", "mitte": "middle",
    "ende": "end", "schluss": "end",
}  # fmt: skip
EDGES: Final = {"früh": "beginning", "spät": "end"}

# "jeden/alle ...": periods by their word, as TIMEX3 SET values.
SET_PERIODS: Final = {
    "tag": "P1D", "täglich": "P1D", "tägliche": "P1D", "täglichen": "P1D", "nacht": "P1D",
    "woche": "P1W", "wöchentlich": "P1W", "wöchentliche": "P1W", "wöchentlichen": "P1W",
    "monat": "P1M", "monatlich": "P1M", "monatliche": "P1M", "monatlichen": "P1M",
    "quartal": "P3M", "vierteljährlich": "P3M", "quartalsweise": "P3M", "jahr": "P1Y",
    "jährlich": "P1Y", "jährliche": "P1Y", "jährlichen": "P1Y", "alljährlich": "P1Y",
    "alljährliche": "P1Y", "alljährlichen": "P1Y", "alljährliches": "P1Y", "jährliches": "P1Y",
    "halbjährlich": "P6M", "stündlich": "PT1H", "stunde": "PT1H", "minute": "PT1M",
    "wochenende": "XXXX-WXX-WE", "wochenenden": "XXXX-WXX-WE", "morgen": "XXXX-XX-XXTMO",
    "vormittag": "XXXX-XX-XXTMO", "nachmittag": "XXXX-XX-XXTAF", "abend": "XXXX-XX-XXTEV",
    "sommer": "XXXX-SU", "winter": "XXXX-WI", "frühling": "XXXX-SP", "herbst": "XXXX-FA",
    "zweiwöchentlich": "P2W", "vierzehntägig": "P2W", "werktag": "P1D",
}  # fmt: skip

# Vague references: what the words point at.
PAST_WORDS: Final = ("kürzlich", "neulich", "jüngst", "unlängst", "vor kurzem", "früher",
                     "damals", "einst", "vergangenheit", "zuletzt")  # fmt: skip
FUTURE_WORDS: Final = ("bald", "demnächst", "künftig", "zukünftig", "zukunft", "möglich",
                       "baldig", "in kürze")  # fmt: skip

# Clock words: "halb drei" is 2:30, "Viertel nach drei" 3:15, "dreiviertel acht" 7:45.
HOUR_WORDS: Final = {word: value for word, value in NUMBERS.items() if 1 <= value <= 24
                     and word not in ("eine", "einen", "einem", "einer", "eines", "paar",
                                      "ein paar", "einige", "mehrere", "dutzend",
                                      "ein dutzend")}  # fmt: skip


def number_value(words: str | None) -> float | None:
    """The number a quantity names ("drei", "3,5", "eineinhalb", "½"); None for vague ones
    ("einige") and for what is no number."""
    said = lower_words(words).replace("-", " ")
    if not said:
        return None
    if said in VAGUE_NUMBERS:
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
        return float(said.replace(".", "").replace(",", ".")) if "," in said else float(said)
    except ValueError:
        return None


def ordinal_value(word: str | None) -> int | None:
    """ "2.", "10ter", "dritten", "siebenundzwanzigsten" -> the number; "letzten" -> -1."""
    said = lower_words(word).removesuffix(".")
    if said in LAST_WORDS:
        return -1
    digits = said.rstrip("tersn")
    if digits.isdigit():
        return int(digits)
    return ORDINALS.get(said)


def relation(words: str | None) -> Rel | None:
    """The `Rel` that "letzte", "diesen", "übernächsten" ... name; None for none."""
    return RELATIONS.get(lower_words(words))


def unit_of(word: str | None) -> Unit | None:
    """ "Stunden" -> "hour", "Tagen" -> "day", "Min." -> "minute", "Jahres" -> "year"."""
    said = lower_words(word).rstrip(".")
    for stem in sorted(UNITS, key=len, reverse=True):
        if said.startswith(stem) and len(said) - len(stem) <= 3:
            return UNITS[stem]
    return None


def cycle_of(word: str | None) -> Unit | None:
    """The cycle a unit word names ("Woche", "Jahres"); None for clock units."""
    unit = unit_of(word)
    return unit if unit in CYCLE_UNITS.values() else None


def part_of_day(word: str | None) -> str | None:
    """ "Nachmittags" -> "afternoon", "frühmorgens" -> "morning"; None for none."""
    return DAY_PARTS.get(lower_words(word))


# Words whose full stop ends an abbreviation, not a sentence: ordinals end in one too, and
# `text.sentence_breaks` keeps a dot after a digit ("am 3. März") inside the sentence.
ABBREVIATIONS: Final = tuple(
    "jan feb febr mär mrz apr jun jul aug sep sept okt nov dez mo di mi do fr sa so "
    "dr prof nr bzw ca ggf usw z.b d.h u.a v.a str abs art vgl st hl".split()
)
# Words a phrase typed alone may carry around its expression ("am Freitag", "bis 2020").
FILLER: Final = tuple(
    "am an im in um ab bis seit von vom zum zur für fuer während gegen ca circa etwa zwischen "
    "ungefähr den der die das dem des ist es zu auf ende".split()
)
# What a phrase needs before it is worth dateparser's time.
DATEPARSER_HINT: Final = (
    r"\d|\b(?:jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|heute|morgen|gestern|jetzt|woche|monat|jahr|tag|"
    r"stunde|minute|uhr)"
)
# Words that open a clause without saying what happened.
CONJUNCTIONS: Final = ("und", "aber", "oder", "doch", "sondern", "denn")
