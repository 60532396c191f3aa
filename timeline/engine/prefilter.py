"""The ways a match of a grammar rule can begin, read off the rule itself.

Each rule is read with the standard library's own regex parser, and its beginnings are listed
as short sequences of units: its first words ("last", "the past", "monday", "mid-") and leading
classes such as a digit. A unit is the source of a pattern that matches one character, a run
of one character class (`\\s{1,3}`, `(?i:[\\d]){1,4}`), a word boundary (`\\b`) or a
lookbehind on the character before (`(?<=[\\-–])`). `timeline.engine.index_build` turns them
into one fast automaton over the text folded by `timeline.engine.fold.fold_case`.

The beginnings are a superset by construction: wherever a rule matches, one of its beginnings
matches too. Each step keeps or widens what a rule accepts (a lookbehind keeps only its last
character, a lookahead is dropped, a run of blanks becomes `\\s` with the same bounds, anything
unfamiliar ends the beginning there), so a false hit merely costs the caller a closer look. A
rule that may begin with anything has no beginnings, and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser as _sre  # the parser `re` itself uses (private, stable since 3.11)
from typing import Any, NamedTuple

from timeline.engine.fold import fold_case  # noqa: F401 - the folding beginnings are spelled in

# A beginning this many characters long is selective enough; longer ones cost more to build.
_MAX_CHARS = 6
# Past this many beginnings for one rule, stop extending them (cheaper, and still a superset).
_MAX_HEADS = 4000
# A run of one class ("\\d+") is followed by what comes after it when it is this long at the
# most ("2020 election", "48,000-man"); a longer run is a beginning of its own. Without it
# every number would try every rule that may begin with one.
_MAX_RUN = 4
_CATEGORIES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S",
               "WORD": r"\w", "NOT_WORD": r"\W"}  # fmt: skip
WORD_BOUNDARY = r"\b"


class _Head(NamedTuple):
    """The start of a match as units; `closed` once nothing more may be appended."""

    units: tuple[str, ...] = ()
    chars: int = 0
    closed: bool = False

    def then(self, tail: _Head) -> _Head:
        return _Head(self.units + tail.units, self.chars + tail.chars, tail.closed)

    def close(self) -> _Head:
        return self._replace(closed=True)


_EMPTY = _Head()
_UNKNOWN = _Head(closed=True)


def rule_beginnings(source: str) -> frozenset[tuple[str, ...]]:
    """The beginnings of a rule (a regular expression meant for IGNORECASE), as unit sequences.

    Empty when the rule may begin with anything: no beginning can stand for it.
    """
    found = _sequence(_sre.parse(without_group_names(source), re.IGNORECASE), _MAX_CHARS)
    if any(head.chars == 0 for head in found):
        return frozenset()
    return frozenset(head.units for head in found)


def without_group_names(source: str) -> str:
    """The pattern with its named groups made plain, so that many can share one pattern."""
    return re.sub(r"\(\?P<\w+>", "(?:", source)


def _sequence(items: Iterable[Any], budget: int) -> set[_Head]:
    """The beginnings of a concatenation of parsed items, cut at the first word end past
    `budget` characters."""
    finished: set[_Head] = set()
    growing = {_EMPTY}
    for item in items:
        spent = {head for head in growing if head.chars >= budget and not _inside_word(item)}
        finished.update(head.close() for head in spent)
        growing -= spent
        tails: dict[int, set[_Head]] = {}  # one look at the item per room left, not per head
        longer: set[_Head] = set()
        for head in growing:
            room = budget - head.chars
            if room not in tails:
                tails[room] = _item(item, room)
            longer.update(head.then(tail) for tail in tails[room])
        finished.update(head for head in longer if head.closed)
        growing = {head for head in longer if not head.closed}
        if len(finished) + len(growing) > _MAX_HEADS:
            return finished | {head.close() for head in growing}
    return finished | growing


def _inside_word(item: tuple[Any, Any]) -> bool:
    """A letter or digit continues the word a beginning has reached: it ends there no sooner."""
    op, value = item
    return bool(op.name == "LITERAL" and chr(value).isalnum())


def _item(item: tuple[Any, Any], budget: int) -> set[_Head]:
    """The beginnings of one parsed item; `_UNKNOWN` where it could start with anything."""
    op, value = item
    name = op.name
    if name == "LITERAL":
        return {_Head((_case_blind(chr(value)),), 1)}
    if name == "IN":
        unit = _class_source(value)
        return {_Head((unit,), 1)} if unit else {_UNKNOWN}
    if name == "AT":  # a word boundary stays; other anchors and \B are dropped, which widens
        return {_Head((WORD_BOUNDARY,))} if value.name == "AT_BOUNDARY" else {_EMPTY}
    if name in ("ASSERT", "ASSERT_NOT"):  # kept only as what the character before must be
        before = _character_before(name == "ASSERT", *value)
        return {_Head((before,))} if before else {_EMPTY}  # dropping a lookaround widens
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, body = value
        return {_UNKNOWN} if add_flags or del_flags else _sequence(body, budget)
    if name == "BRANCH":
        return {head for branch in value[1] for head in _sequence(branch, budget)}
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = value
        return _repeat(low, high, body, budget)
    return {_UNKNOWN}


def _character_before(positive: bool, direction: int, body: Any) -> str | None:
    """A lookbehind reduced to the one character before: `(?<=[\\-–])` of `(?<=\\d{2}[-–])`.

    A positive one keeps its last character; a negative one only when it is one character,
    as `(?<![\\w$])`. Lookaheads and anything else give `None`: they are dropped.
    """
    items = list(body)
    if direction != -1 or not items or (not positive and len(items) != 1):
        return None
    last = _single(items[-1])
    if last is None:
        return None
    return f"(?<={last})" if positive else f"(?<!{last})"


def _single(item: tuple[Any, Any]) -> str | None:
    """The source of an item that matches one character, else `None`."""
    op, value = item
    if op.name == "LITERAL":
        return _case_blind(chr(value))
    if op.name == "IN":
        return _class_source(value)
    return None


def _case_blind(char: str) -> str:
    """A character as source that matches, in folded text, what IGNORECASE lets it match."""
    if char.isascii() and char.isalpha():
        return char.lower()
    if char.lower() != char.upper():
        return f"(?i:{re.escape(char)})"
    return re.escape(char)


def _repeat(low: int, high: int, body: Any, budget: int) -> set[_Head]:
    blanks = _blank_run(body, low, high)
    if blanks:
        return {_Head((blanks,))}
    items = list(body)
    unit = _single(items[0]) if len(items) == 1 and high > 1 else None
    if unit is not None:
        return _run(unit, low, high)
    once = _sequence(body, budget)
    heads = once if high == 1 else {head.close() for head in once}
    return heads | {_EMPTY} if low == 0 else heads


def _run(unit: str, low: int, high: int) -> set[_Head]:
    """A repeated character class as one unit `unit{low,high}` that later items may follow,
    when the run is at most `_MAX_RUN` long; a match with a longer run begins with
    `_MAX_RUN + 1` of them, a beginning that ends there (so each match has one of the two)."""
    if high <= _MAX_RUN:
        return {_Head((f"{unit}{{{low},{high}}}",), max(low, 1))}
    longer = max(low, _MAX_RUN + 1)
    heads = {_Head((f"{unit}{{{longer},{longer}}}",), longer, closed=True)}
    if low <= _MAX_RUN:
        heads.add(_Head((f"{unit}{{{low},{_MAX_RUN}}}",), max(low, 1)))
    return heads


def _blank_run(body: Any, low: int, high: int) -> str | None:
    """`\\s{low,high}` when `body` matches only whitespace characters, else `None`."""
    items = list(body)
    if len(items) != 1 or items[0][0].name != "IN":
        return None
    members = items[0][1]
    if not all(op.name == "LITERAL" and chr(code).isspace() for op, code in members):
        return None
    upper = "" if high == _sre.MAXREPEAT else str(high)
    return rf"\s{{{low},{upper}}}"


def _class_source(members: list[tuple[Any, Any]]) -> str | None:
    """A parsed character class as source, e.g. `(?i:[0-3])`; `None` for anything unusual."""
    parts = []
    for op, value in members:
        name = op.name
        if name == "LITERAL":
            parts.append(re.escape(chr(value)))
        elif name == "RANGE":
            parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif name == "NEGATE":
            parts.append("^")
        elif name == "CATEGORY" and value.name.removeprefix("CATEGORY_") in _CATEGORIES:
            parts.append(_CATEGORIES[value.name.removeprefix("CATEGORY_")])
        else:
            return None
    return "(?i:[" + "".join(parts) + "])"
