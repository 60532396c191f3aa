"""Pattern pieces of a Romance grammar, built from its `Lexicon`: the rules assemble these.

Every quantifier is bounded, so a pattern matches only a short stretch from any position and
scanning a text costs time linear in its length. Matching is case-insensitive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from timeline.lang.romance.lexicon import Lexicon, _spelled, alternation, names, plain

_ = r"[ \t\u00a0]{1,3}"  # a short run of blanks inside a phrase
OPT = r"[ \t\u00a0]{0,3}"
HY = r"(?:-|[ \t\u00a0]{1,3})"
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
AMPM = r"(?:[ap]\.?[ \t]?m\b\.?|(?<=\d)[ap]\b\.?)"
ROMAN = r"(?=[IVXivx])(?:X{0,2}(?:IX|IV|V?I{0,3}))"


def then(words: Iterable[str]) -> str:
    """Words each followed by a short run of blanks, or by nothing when they end in an
    apostrophe ("l'", "quest'"): what stands before the next word."""
    items = {form.strip() for word in words for form in (word, plain(word))}
    ordered = sorted(items, key=lambda word: (-len(word), word))
    return "(?:" + "|".join(_spelled(w) + ("" if w.endswith("'") else _) for w in ordered) + ")"


def behind(words: Iterable[str]) -> str:
    """A lookbehind for each word (with its trailing blank, as given): the place right after
    one of them. Each is fixed-width, as lookbehinds must be."""
    items = {form for word in words for form in (word, plain(word))}
    looks = []
    for word in sorted(items):
        spelled = word.replace("'", "['’]") if "'" in word else word
        boundary = r"\b" if word[:1].isalpha() else ""
        looks.append(f"(?<={boundary}{spelled})")
    return "(?:" + "|".join(looks) + ")"


@dataclass(frozen=True)
class Pieces:
    """The patterns one language's rules are made of."""

    month: str
    weekday: str
    day: str  # a day of the month: "3", "3º", "1er", "tres", "primero"
    ordinal: str  # an ordinal word or a digit with its mark
    number: str  # a quantity: "3", "3,5", "tres", "veinticuatro", "unos"
    cardinal_seq: str  # number words in a row, for years in words
    unit: str
    rel_before: str
    rel_after: str
    article: str  # optional leading article, with its blank
    of: str  # "de", "del", "d'", with what follows it
    day_part: str
    part_link: str
    meridiem_part: str
    hour_word: str
    minute_word: str
    season: str
    holiday: str
    cycle: str
    edge: str
    deictic: str
    narrative_day: str
    vague: str
    set_adverb: str
    decade_word: str
    stretch: str
    vague_amount: str
    time_word: str  # a word that begins a time: what "después" before it leaves to a join


def build(lexicon: Lexicon) -> Pieces:
    """The pattern pieces of `lexicon`."""
    numbers = [w for w in lexicon.cardinals if w not in lexicon.vague_amounts]
    minutes = [w for w, v in lexicon.cardinals.items() if 1 <= v <= 59 and v % 1 == 0]
    days = [w for w, v in lexicon.cardinals.items() if 1 <= v <= 31 and v % 1 == 0]
    day_ordinals = [w for w, v in lexicon.ordinals.items() if 1 <= v <= 31]
    cycles = [w for w, unit in lexicon.units.items() if unit not in ("second", "minute", "hour")]
    return Pieces(
        month=names(lexicon.months),
        weekday=names(lexicon.weekdays),
        day=r"(?:" + DAY_NUM + r"(?:" + lexicon.ordinal_mark + r")?(?!\d)|"
        + alternation(days + day_ordinals) + r")",
        ordinal=r"(?:" + alternation(lexicon.ordinals) + r"|[1-9](?:" + lexicon.ordinal_mark
        + r"))",
        number=r"(?:\d{1,4}(?:[.,]\d{1,3})?|" + alternation(numbers) + r"(?:" + _
        + lexicon.and_word + _ + alternation(numbers) + r"){0,2}|" + alternation(
            lexicon.vague_amounts) + r")",
        cardinal_seq=alternation(numbers) + r"(?:" + _ + r"(?:" + lexicon.and_word + _ + r")?"
        + alternation(numbers) + r"){1,5}",
        unit=alternation(lexicon.units),
        rel_before=alternation(lexicon.relations_before),
        rel_after=alternation(lexicon.relations_after),
        article=then(lexicon.articles),
        of=then(lexicon.of),
        day_part=alternation(lexicon.day_parts),
        part_link=lexicon.part_link,
        meridiem_part=alternation(lexicon.meridiem_parts),
        hour_word=alternation(lexicon.hour_words),
        minute_word=alternation(minutes),
        season=alternation(lexicon.seasons),
        holiday="(?:" + "|".join(n.replace("[ ]", _) for n in lexicon.holidays) + ")"
        if lexicon.holidays else r"(?!)",
        cycle=alternation(cycles),
        edge=alternation(lexicon.edges),
        deictic=alternation(lexicon.deictic),
        narrative_day=alternation(lexicon.narrative_days),
        vague=alternation(lexicon.vague_words),
        set_adverb=alternation(lexicon.set_adverbs),
        decade_word=alternation(lexicon.decade_words),
        stretch=alternation(lexicon.stretch_words),
        vague_amount=alternation(lexicon.vague_amounts),
        time_word=r"(?:\d|" + alternation([*lexicon.months, *lexicon.weekdays, *lexicon.deictic,
                                           *lexicon.named_clocks]) + r"\b|(?:" + "|".join(
            n.replace("[ ]", _) for n in lexicon.holidays) + r")\b)",
    )  # fmt: skip
