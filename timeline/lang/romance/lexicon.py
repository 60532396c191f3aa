"""The words a Romance grammar is built from, in one record per language, and the helpers
that read numbers and relations out of them.

Every word is spelled once, lower case, with its accents; `alternation` adds each word's
spelling without accents, since news text and queries often drop them ("amanha", "apres-midi").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from timeline.meaning import Part, Rel, Unit


@dataclass(frozen=True)
class Lexicon:
    """One language's words for dates and times, as the shared builders need them."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]  # every form, plurals too ("lundis")
    cardinals: Mapping[str, float]  # number words, single words or spaced ("treinta y uno")
    ordinals: Mapping[str, int]  # ordinal words; -1 for "the last"
    ordinal_mark: str  # what follows a digit to make an ordinal ("º", "er", "ème")
    units: Mapping[str, Unit]  # unit words, singular and plural
    vague_amounts: frozenset[str]  # "unos", "plusieurs": some number of
    relations_before: Mapping[str, Rel]  # "próximo", "dernier" before a noun
    relations_after: Mapping[str, Rel]  # "pasado", "que viene" after it
    deictic: Mapping[str, tuple[int, str | None]]  # "ayer": (-1, None), "anoche": (-1, night)
    day_parts: Mapping[str, str]  # "tarde": "afternoon"
    part_link: str  # between a day and its part: "por la", "de", "à"
    meridiem_parts: Mapping[str, str]  # after a clock time: "de la tarde": "pm"
    named_clocks: Mapping[str, int]  # "mediodía": 12
    clock_leads: tuple[str, ...]  # words right before a bare hour that make it one ("las ")
    hour_words: Mapping[str, int]  # hours in words ("tres": 3)
    hour_unit: str  # pattern of the hour word after a number ("horas?|h")
    minute_unit: str
    past_word: str  # "y" in "las tres y cuarto"
    to_word: str  # "menos"
    quarter_words: str  # "cuarto"
    half_words: str  # "media|medio"
    oclock: str  # "en punto"
    seasons: Mapping[str, str]
    edges: Mapping[str, Part]  # "principios": the beginning of what follows
    articles: tuple[str, ...]  # definite articles ("el", "l'"); an apostrophe ends a word
    of: tuple[str, ...]  # "of" with its article forms ("de la", "del", "d'")
    and_word: str
    ago_before: str  # "hace"
    ago_after: str  # "atrás"
    later_after: str  # "después": counted from the last date named
    earlier_after: str  # "antes"
    ahead_before: str  # "en", "dans": ahead of now
    from_now_after: str  # "a partir de ahora"
    every: str  # "cada"
    every_plural: str  # "todos los", "tous les"
    set_periods: Mapping[str, str]  # period words after "cada" -> TIMEX3 SET values
    set_adverbs: Mapping[str, str]  # words that are a set alone ("semanalmente")
    stretch_words: Mapping[str, int]  # "próximos": 1, "últimos": -1 around "5 días"
    whole_before: str  # "todo el", "toute la"
    whole_after: str  # "entero"
    duration_leads: str  # "durante", "pendant": a length follows
    vague_words: Mapping[str, str]  # "ahora": PRESENT_REF
    weekend: str  # pattern of the weekend's name
    decade_years: str  # "años", "années": what a decade's number follows
    decade_article: str  # "los": a decade's number alone after it ("los 90")
    decade_words: Mapping[str, int]  # "noventa": 90
    century_word: str  # "siglo"
    quarter_word: str  # "trimestre"
    half_year_word: str  # "semestre"
    week_word: str  # "semana": its number follows
    year_word: str  # "año": a year follows ("el año 2015")
    day_word: str  # "día": a day number follows ("el día 21")
    half_noun: str  # "mitad": the first half of the year
    at_words: tuple[str, ...]  # before a clock time after a day: "a las", "à", "alle"
    on_words: tuple[str, ...]  # before a day after a clock time: "del", "le"
    before_words: str  # "antes de": a length before a day
    after_words: str  # "después de"
    range_words: tuple[str, ...]  # "a", "al", "hasta": from one time to the next
    range_leads: str  # "de|desde|del": what opens a range joined by a short word
    between_lead: str  # "entre"
    between_and: tuple[str, ...]  # "y", "y las": the second end of "entre ... y ..."
    day_leads: tuple[str, ...]  # right before a day number that makes it one ("el ", "del ")
    narrative_days: Mapping[str, int]  # "el día siguiente": 1, counted from the last date named
    season_leads: str  # what a season name needs before it in running text ("en", "el")
    weekday_leads: str  # what an ambiguous weekday name needs before it ("na", "próxima")
    month_leads: str  # what an ambiguous month name needs before it ("de", "en")
    holidays: Mapping[str, str] = field(default_factory=dict)  # name pattern -> key
    # Weekday and month names that are common words too (Spanish "mar", the sea).
    ambiguous_names: frozenset[str] = frozenset()
    # Whether "<number> <hour unit>" alone is a clock time ("9 heures") or a length ("3 horas").
    hours_tell_time: bool = False


# ---- spelling --------------------------------------------------------------------------------


def plain(word: str) -> str:
    """The word without its accents: "mañana" -> "manana", "après" -> "apres"."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def lower_words(text: str | None) -> str:
    """Words in lower case, single-spaced, apostrophes made straight, no trailing dot."""
    words = " ".join((text or "").lower().replace("’", "'").split()).rstrip(".")
    return words.replace(" '", "'").replace("' ", "'")


def _key(words: str) -> str:
    return plain(lower_words(words)).replace("-", " ")


def lookup(table: Mapping[str, object], words: str | None) -> object | None:
    """The entry of `table` for `words`, whatever their case, spacing, hyphens or accents."""
    key = lower_words(words)
    if key in table:
        return table[key]
    bare = _key(key)
    for name, value in table.items():
        if _key(name) == bare:
            return value
    return None


def alternation(words: Iterable[str]) -> str:
    """An alternation of words and their unaccented spellings, longest first; a blank inside
    a word matches a short run of blanks, a hyphen a hyphen or a blank, an apostrophe either
    apostrophe."""
    items = {form for word in words for form in (word, plain(word))}
    ordered = sorted(items, key=lambda word: (-len(word), word))
    return "(?:" + "|".join(_spelled(item) for item in ordered) + ")"


def _spelled(word: str) -> str:
    escaped = re.escape(word)
    escaped = escaped.replace(r"\ ", r"[ \t\u00a0]{1,3}").replace(r"\-", r"[-\s]")
    return escaped.replace("'", "['’]")


def names(words: Iterable[str]) -> str:
    """Names, abbreviations of four letters or fewer with an optional dot ("sáb.", "janv.")."""
    words = list(words)
    full = [w for w in words if len(w) > 4 or " " in w or "-" in w]
    short = [w for w in words if w not in full]
    if not short:
        return alternation(full)
    return "(?:" + alternation(full) + "|" + alternation(short) + r"\.?)"


# ---- numbers --------------------------------------------------------------------------------

_DECIMAL = re.compile(r"\d{1,4}(?:[.,]\d{1,3})?")


def number_value(words: str | None, lexicon: Lexicon) -> float | None:
    """The number a quantity names ("tres", "veinticuatro", "3,5", "dos mil veinte"); None
    for vague ones ("unos") or words that are no number."""
    text = lower_words(words).replace("-", " ")
    if not text:
        return None
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    found = lookup(lexicon.cardinals, text)
    if isinstance(found, (int, float)):
        return float(found)
    text = text.replace("'", " ")
    total, current = 0.0, 0.0
    for part in text.split():
        if part == lexicon.and_word:
            continue
        value = lookup(lexicon.cardinals, part)
        if not isinstance(value, (int, float)):
            return None
        if value == 1000:
            total += (current or 1) * 1000
            current = 0.0
        elif value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return total + current


def ordinal_value(word: str | None, lexicon: Lexicon) -> int | None:
    """ "3º", "1er", "primero", "tercera" -> the number; "último" -> -1."""
    text = lower_words(word)
    digits = re.match(r"\d{1,2}", text)
    if digits:
        return int(digits.group())
    found = lookup(lexicon.ordinals, text)
    if isinstance(found, int):
        return found
    value = number_value(text, lexicon)
    return None if value is None or value % 1 else int(value)


def relation(words: str | None, lexicon: Lexicon) -> Rel | None:
    """The `Rel` that words before or after a noun name ("próximo", "que viene")."""
    if not words:
        return None
    found = lookup(lexicon.relations_before, words) or lookup(lexicon.relations_after, words)
    return found if isinstance(found, Rel) else None
