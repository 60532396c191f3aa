"""Find time expressions and their character offsets, before anything is resolved.

One pass of an automaton over the text (`timeline.scan`) finds where an expression may start
and which rules may match there; those rules are tried on their own and the longest plausible
match wins. A date next to a clock time ("Friday at 3 p.m.") becomes one mention with two
parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from timeline.grammar import JOIN, PATTERNS, RULES
from timeline.lexicon import AMBIGUOUS_NAMES
from timeline.model import Span
from timeline.scan import RuleIndex, as_bytes


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression found in a text: where it is, which rule found it, what it said."""

    span: Span
    rule: str
    groups: Mapping[str, str | None]
    parts: tuple[Mention, ...] = ()

    def text_in(self, text: str) -> str:
        return text[self.span.start : self.span.end]


# Finds where some rule may match and which ones, quickly; the rules then decide.
_RULE_INDEX = RuleIndex(RULES)
_DATE_RULES = frozenset(
    {"weekday", "deictic", "month_day", "day_month", "iso_date", "numeric_date", "relative_unit",
     "this_part", "holiday", "nth_weekday", "weekday_of_week"}
)  # fmt: skip
# Rules that find a clock time, which joins a date next to it into one mention.
CLOCK_RULES = frozenset({"clock", "clock_offset"})
# A year after one of these words is a label, not a date ("Section 2020", "Flight 1549").
_LABEL_WORDS = re.compile(
    r"(?:section|sec|article|art|rule|route|flight|room|page|pp?|chapter|resolution|no|number|"
    r"model|version|level|grade|highway|interstate|bill|item|line|code|unit|lot|suite|box|"
    r"exit|channel|platform|gate|bus|apt|apartment|ticket|case)\.?[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_COUNTED_NOUN = re.compile(
    r"[ \t]{0,2}(?:%|percent|per[ \t]cent|km|kg|mph|miles?|feet|foot|meters?|metres?|people|"
    r"troops|soldiers|members|votes|points|units|tons|tonnes|barrels|dollars|euros|pounds|"
    r"acres|hectares|cars|homes|jobs|words|pages|copies|residents|students|workers|cases|"
    r"deaths|patients|employees|times|-|–)",
    re.IGNORECASE,
)
_DATE_PREPOSITION = re.compile(
    r"(?:in|since|from|until|till|by|of|during|before|after|between|and|to|through|circa|"
    r"around|year|early|late|mid|or|c\.|the)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_DURATION_LEAD = re.compile(
    r"(?:for|over|within|in|after|took|take|takes|taking|lasted|lasting|spent|spend|spending)"
    r"[ \t]{1,3}\Z",
    re.IGNORECASE,
)


def find_mentions(text: str, *, strict_case: bool = True) -> list[Mention]:
    """Every English time expression in `text`, in text order, none overlapping.

    `strict_case` demands capitals on words that are also common words ("May", "March");
    single phrases typed by a person are read without it.
    """
    found: list[Mention] = []
    position = 0
    data = as_bytes(text)  # what the index reads: the text folded, one byte per character
    while (start := _RULE_INDEX.next_start(data, position)) is not None:
        mention = _best_at(text, start, _RULE_INDEX.rules_at(data, start), strict_case)
        if mention is None:
            position = start + 1
            continue
        found.append(mention)
        position = max(mention.span.end, start + 1)
    return _join_dates_and_clocks(text, found)


def _best_at(text: str, start: int, rules: list[str], strict_case: bool) -> Mention | None:
    """The longest plausible match of `rules` at `start` (the earlier rule on a tie)."""
    matches: list[tuple[int, str, re.Match[str]]] = []
    for rule in rules:
        match = PATTERNS[rule].match(text, start)
        if match is not None and match.end() > start:  # not empty
            matches.append((start - match.end(), rule, match))
    if len(matches) > 1:
        matches.sort(key=_longest_first)  # stable: the earlier rule first on a tie
    for _, rule, match in matches:
        check = _PLAUSIBLE.get(rule)
        if check is None or check(text, match, strict_case):
            return _mention(rule, match)
    return None


def _longest_first(found: tuple[int, str, re.Match[str]]) -> int:
    return found[0]


def _mention(rule: str, match: re.Match[str]) -> Mention:
    return Mention(Span(*match.span()), rule, match.groupdict())


def _join_dates_and_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and _pairs(previous, mention):
            gap = text[previous.span.end : mention.span.start]
            if JOIN.fullmatch(gap):
                span = Span(previous.span.start, mention.span.end)
                joined[-1] = Mention(span, "date_time", {}, (previous, mention))
                continue
        joined.append(mention)
    return joined


def _pairs(first: Mention, second: Mention) -> bool:
    rules = {first.rule, second.rule}
    return bool(rules & CLOCK_RULES) and bool(rules & _DATE_RULES) and not first.parts


# ---- plausibility: lexical checks that keep common words and numbers out -------------------


def _before(text: str, match: re.Match[str], width: int = 24) -> str:
    return text[max(0, match.start() - width) : match.start()]


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _name_ok(word: str | None, strict_case: bool) -> bool:
    """Month and weekday names that are also English words need a capital in running text."""
    if word is None:
        return True
    bare = word.rstrip(".").lower()
    return not strict_case or bare not in AMBIGUOUS_NAMES or _capitalised(word)


def _dated_name_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    return _name_ok(match.group("month"), strict_case)


def _month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    word = match.group("month")
    bare = word.rstrip(".").lower()
    if not strict_case:
        return True
    if not _capitalised(word):
        return False
    if match.group("rel") or match.group("mod"):
        return True
    is_abbreviation = bare not in ("may", "june", "july") and len(bare) <= 4
    if is_abbreviation:
        return False
    if bare in AMBIGUOUS_NAMES:
        return bool(_DATE_PREPOSITION.search(_before(text, match)))
    following = text[match.end() : match.end() + 2]
    return not (following[:1] == " " and following[1:2].isupper())


def _year_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    year = int(match.group("year"))
    before = _before(text, match)
    if _LABEL_WORDS.search(before):
        return False
    after = text[match.end() : match.end() + 12]
    if after[:1] not in ("'", "’") and _COUNTED_NOUN.match(after) and not after.startswith("-"):
        return False
    if 1900 <= year <= 2099 or not strict_case:
        return True
    return bool(_DATE_PREPOSITION.search(before))


def _weekday_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    word = match.group("wd")
    bare = word.rstrip(".").lower()
    if not strict_case or len(bare) >= 6:
        return True
    if not _capitalised(word):
        return False
    if bare in AMBIGUOUS_NAMES:
        return bool(match.group("rel") or match.group("mod")) or text[
            match.end() : match.end() + 1
        ] in (",", ".")
    return True


def _season_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    if match.group("rel") or match.group("year"):
        return True
    if not strict_case:
        return True
    # "the fall of Rome", "spring into action": bare season words need "in the"/"this".
    return bool(re.search(r"(?:in|during|by|until|since)[ \t]{1,3}\Z", _before(text, match)))


def _clock_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "at 1030" and "at 5" read as clock times only in a phrase that is all about time."""
    typed_only = ("mil", "hat", "hb")
    return not strict_case or all(match.group(name) is None for name in typed_only)


def _holiday_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    name = match.group("name")
    return not strict_case or (name[0].isupper() and name.lower() not in ("boss's", "boss’s"))


def _decade_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "1990s" and "the 1990's" are decades; a bare "2020's election" is a year's possessive."""
    possessive = match.group("cent") and match.group(0)[-2] in "'’"
    bare = not match.group("cent") and not match.group("apostrophe")  # "80s" needs "the"
    return not (possessive or bare) or bool(match.group("the") or match.group("mod"))


def _duration_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    if match.group("old"):  # "a 10-year-old": an age, not a time
        return False
    unit = match.group("unit").lower()
    number = match.group("num").lower()
    if unit.startswith(("sec", "min", "hr", "yr")) and not number[0].isdigit():
        return number not in ("a", "an") and unit.startswith(("second", "minute"))
    return True


_MODIFIED = re.compile(r"[ \t]{1,3}(?:before|after)\b", re.IGNORECASE)


def _vague_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """Neither "as soon as" (a conjunction) nor "shortly before midnight" (a modifier)."""
    phrase = match.group("phrase").lower()
    if phrase == "soon" and _before(text, match, 4).lower().endswith("as "):
        return False
    return not (phrase in ("soon", "shortly") and _MODIFIED.match(text, match.end()))


def _vague_duration_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    return bool(_DURATION_LEAD.search(_before(text, match)))


_PLAUSIBLE: dict[str, Callable[[str, re.Match[str], bool], bool]] = {
    "month_day": _dated_name_ok,
    "day_month": _dated_name_ok,
    "month_year": _dated_name_ok,
    "month": _month_ok,
    "year": _year_ok,
    "weekday": _weekday_ok,
    "season": _season_ok,
    "decade": _decade_ok,
    "clock": _clock_ok,
    "day_part": lambda text, match, strict: not strict,  # "evening" alone, typed as a query
    "holiday": _holiday_ok,
    "nth_weekday": _dated_name_ok,
    "period_part": lambda text, match, strict: not strict or not match.group("abbr"),
    "day_range": lambda text, match, strict: _name_ok(
        match.group("month") or match.group("month2"), strict
    ),
    "duration": _duration_ok,
    "vague_duration": _vague_duration_ok,
    "vague": _vague_ok,
}
