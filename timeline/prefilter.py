"""One fast pattern that finds every place where some grammar rule may start to match.

Searching the text with an alternation of all the rules is correct but slow: at every position
the regular expression engine tries each rule in turn. This module reads each rule with the
standard library's own regex parser and lists the ways a match of it can begin: its first words
("last", "the past", "monday", "mid-") and leading classes such as a digit. Those beginnings,
merged into a prefix tree, make one pattern that the engine runs quickly.

The pattern is a superset by construction: wherever a rule matches, one of its beginnings
matches too. Each step keeps or widens what a rule accepts (lookarounds are dropped, a run of
blanks becomes `\\s` with the same bounds, anything unfamiliar ends the beginning there), so
a false hit merely costs the caller a closer look. A rule with no usable beginning joins the
pattern whole, and without the parser the pattern is the plain alternation of every rule.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any, NamedTuple

try:  # private, so an unknown Python may lack it: then we fall back to the plain alternation
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _sre = None

# A beginning this many characters long is selective enough; longer ones cost more to build.
_MAX_CHARS = 5
# Past this many beginnings for one rule, stop extending them (cheaper, and still a superset).
_MAX_HEADS = 4000
_CATEGORIES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S",
               "WORD": r"\w", "NOT_WORD": r"\W"}  # fmt: skip


class _Head(NamedTuple):
    """The start of a match as regex pieces; `closed` once nothing more may be appended."""

    units: tuple[str, ...] = ()
    chars: int = 0
    closed: bool = False

    def then(self, tail: _Head) -> _Head:
        return _Head(self.units + tail.units, self.chars + tail.chars, tail.closed)

    def close(self) -> _Head:
        return self._replace(closed=True)


_EMPTY = _Head()
_UNKNOWN = _Head(closed=True)


def start_pattern(sources: Iterable[str], flags: int) -> re.Pattern[str]:
    """A pattern that matches wherever any of `sources` (compiled with `flags`) may match."""
    sources = [_without_group_names(source) for source in sources]
    if _sre is None:
        return re.compile("|".join(sources), flags)
    heads: set[tuple[str, ...]] = set()
    whole: list[str] = []
    for source in sources:
        found = _sequence(_sre.parse(source, flags), _MAX_CHARS)
        if any(head.chars == 0 for head in found):
            whole.append(source)  # it may begin with anything: only the rule itself will do
        else:
            heads.update(head.units for head in found)
    tree = [_prefix_tree(heads)] if heads else []
    return re.compile("|".join([*tree, *whole]), flags)


def _without_group_names(source: str) -> str:
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
        return {_Head((re.escape(chr(value)),), 1)}
    if name == "IN":
        unit = _class_source(value)
        return {_Head((unit,), 1)} if unit else {_UNKNOWN}
    if name == "AT":
        boundary = {"AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B"}.get(value.name)
        return {_Head((boundary,))} if boundary else {_EMPTY}  # other anchors: dropped
    if name in ("ASSERT", "ASSERT_NOT"):
        return {_Head((look,))} if (look := _lookbehind(name, *value)) else {_EMPTY}
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, body = value
        return {_UNKNOWN} if add_flags or del_flags else _sequence(body, budget)
    if name == "BRANCH":
        return {head for branch in value[1] for head in _sequence(branch, budget)}
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = value
        return _repeat(low, high, body, budget)
    return {_UNKNOWN}


def _lookbehind(name: str, direction: int, body: Any) -> str | None:
    """A cheap form of a lookbehind that keeps the rules from starting inside a word.

    `(?<![\\w$])` stays as it is; `(?<=\\bin )` keeps only its last character, `(?<= )`.
    Any other lookaround is dropped (`None`): consuming nothing, it can only narrow a match.
    """
    items = list(body)
    if direction != -1 or not items or items[-1][0].name not in ("LITERAL", "IN"):
        return None
    last_units = _item(items[-1], 1).pop().units
    if not last_units:
        return None
    last = last_units[0]
    if name == "ASSERT":
        return f"(?<={last})"
    return f"(?<!{last})" if len(items) == 1 else None


def _repeat(low: int, high: int, body: Any, budget: int) -> set[_Head]:
    blanks = _blank_run(body, low, high)
    if blanks:
        return {_Head((blanks,))}
    once = _sequence(body, budget)
    heads = once if high == 1 else {head.close() for head in once}
    return heads | {_EMPTY} if low == 0 else heads


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
    """A parsed character class as source, e.g. `[0-3]`; `None` for anything unusual."""
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
    return "[" + "".join(parts) + "]"


def _prefix_tree(heads: Iterable[tuple[str, ...]]) -> str:
    """One alternation of `heads` that shares their common starts, as a trie does."""
    tree: dict[str, Any] = {}
    for units in sorted(heads, key=len):
        node = tree
        for unit in units:
            if node.get("") is not None:
                break  # a shorter beginning already matches here
            node = node.setdefault(unit, {})
        node.clear()
        node[""] = {}
    return _tree_source(tree)


def _tree_source(node: dict[str, Any]) -> str:
    if "" in node:
        return ""
    branches = [unit + _tree_source(child) for unit, child in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
