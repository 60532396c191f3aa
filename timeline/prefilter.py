"""One fast pattern that finds every place where some grammar rule may start to match.

Searching the text with an alternation of all the rules is correct but slow: at every position
the regular expression engine tries each rule in turn. This module reads each rule with the
standard library's own regex parser and lists the ways a match of it can begin: its first words
("last", "the past", "monday", "mid-") and leading classes such as a digit. Those beginnings,
merged into a prefix tree, make one pattern that the engine runs quickly. It reads the text
in lower case (`fold_case`) and spells letters in lower case, because the engine skips a
letter that does not match at once but must try a case-blind one the slow way.

The pattern is a superset by construction: wherever a rule matches, one of its beginnings
matches too. Each step keeps or widens what a rule accepts (a complex lookbehind keeps only its
last character, a lookahead is dropped, a run of blanks becomes `\\s` with the same bounds,
anything unfamiliar ends the beginning there), so a false hit merely costs the caller a closer
look. A rule with no usable beginning joins the pattern whole, and without the parser the
pattern is the plain alternation of every rule.
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
_MAX_CHARS = 6
# Past this many beginnings for one rule, stop extending them (cheaper, and still a superset).
_MAX_HEADS = 4000
_CATEGORIES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S",
               "WORD": r"\w", "NOT_WORD": r"\W"}  # fmt: skip
# With IGNORECASE an ASCII letter also matches four other letters (the `re` module documents
# them); lower() makes "K" (Kelvin) a "k", and these three need telling.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
# Units known to match word characters only (letters, digits); see `_tree_source`.
_WORD_UNITS: set[str] = set()
# Lookbehinds that say the character before is no word character (or that there is none).
_AFTER_NON_WORD: set[str] = set()


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


def fold_case(text: str) -> str:
    """`text` in lower case, character for character, as `start_pattern` patterns read it.

    Every letter that IGNORECASE equates with an ASCII letter becomes that letter in lower case;
    every other character stays one that IGNORECASE equates with the original, so a rule that
    matches `text` matches here too, at the same offsets.
    """
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_TO_ASCII)
    folded = text.lower()
    if len(folded) != len(text):  # a character lowered into two: keep such ones as they are
        folded = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return folded


def start_pattern(sources: Iterable[str]) -> re.Pattern[str]:
    """A pattern that matches, in text folded by `fold_case`, wherever any of `sources`
    (regular expressions meant for IGNORECASE) may match the text."""
    sources = [without_group_names(source) for source in sources]
    if _sre is None:
        return re.compile("|".join(sources), re.IGNORECASE)
    heads: set[tuple[str, ...]] = set()
    whole: list[str] = []
    for source in sources:
        found = _sequence(_sre.parse(source, re.IGNORECASE), _MAX_CHARS)
        if any(head.chars == 0 for head in found):
            whole.append(f"(?i:{source})")  # it may begin with anything: only the rule will do
        else:
            heads.update(_at_word_start(head.units) for head in found)
    tree = [_prefix_tree(heads)] if heads else []
    return re.compile("|".join([*tree, *whole]))


def _at_word_start(units: tuple[str, ...]) -> tuple[str, ...]:
    """The beginning with `\\b` in front when it implies one: a lookbehind that excludes a word
    character before, then a word character. The engine tests `\\b` in passing, whereas each
    lookbehind costs it a call at every position of the text."""
    if len(units) > 1 and units[0] in _AFTER_NON_WORD and units[1] in _WORD_UNITS:
        return (r"\b", *units)
    return units


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
    """A lookbehind in a form the prefilter can use, or `None` to drop it (which only widens).

    One made of single characters and word boundaries stays whole, as `(?<=\\bin )`; of any
    other, a positive one keeps its last character: `(?<=[-–])` for `(?<=\\d{2}[-–])`.
    """
    items = list(body)
    units = [_single(item) for item in items]
    known = [unit for unit in units if unit is not None]
    if direction != -1 or not units:
        return None
    sign = "=" if name == "ASSERT" else "!"
    last = units[-1]
    if len(known) == len(units):
        look = f"(?<{sign}{''.join(known)})"
    elif sign == "=" and last and last not in (r"\b", r"\B"):
        look = f"(?<={last})"
    else:
        return None
    if _excludes_word_before(sign, items):
        _AFTER_NON_WORD.add(look)
    return look


def _excludes_word_before(sign: str, items: list[tuple[Any, Any]]) -> bool:
    """Whether a lookbehind fails after a word character: `(?<=in )`, `(?<![\\w$])`."""
    op, value = items[-1]
    members = [(op, value)] if op.name == "LITERAL" else value if op.name == "IN" else []
    kinds = {(kind.name, getattr(code, "name", None)) for kind, code in members}
    if sign == "=":  # the last character it wants is never a word character
        return bool(members) and all(
            kind.name == "LITERAL" and not re.match(r"\w", chr(code)) for kind, code in members
        )
    # a negative one: the class it refuses holds every word character
    return (
        len(items) == 1 and ("CATEGORY", "CATEGORY_WORD") in kinds and ("NEGATE", None) not in kinds
    )


def _single(item: tuple[Any, Any]) -> str | None:
    """The source of an item that is one character or a word boundary, else `None`."""
    op, value = item
    if op.name == "LITERAL":
        return _case_blind(chr(value))
    if op.name == "IN":
        return _class_source(value)
    if op.name == "AT":
        return {"AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B"}.get(value.name)
    return None


def _case_blind(char: str) -> str:
    """A character as source that matches, in folded text, what IGNORECASE lets it match."""
    if char.isascii() and char.isalpha():
        unit = char.lower()
    elif char.lower() != char.upper():
        unit = f"(?i:{re.escape(char)})"
    else:
        unit = re.escape(char)
    if char.isalnum() and char.isascii():
        _WORD_UNITS.add(unit)
    return unit


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
    word_only = True
    for op, value in members:
        name = op.name
        word_only = word_only and _is_word_member(name, value)
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
    unit = "(?i:[" + "".join(parts) + "])"
    if word_only:
        _WORD_UNITS.add(unit)
    return unit


def _is_word_member(name: str, value: Any) -> bool:
    """A class member that holds ASCII letters and digits only, or all digits."""
    if name == "LITERAL":
        return chr(value).isascii() and chr(value).isalnum()
    if name == "RANGE":
        return any(
            low <= value[0] and value[1] <= high
            for low, high in ((ord("0"), ord("9")), (ord("a"), ord("z")), (ord("A"), ord("Z")))
        )
    return name == "CATEGORY" and value.name in ("CATEGORY_DIGIT", "CATEGORY_WORD")


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
    """The source of a subtree. Branches that begin with a letter or digit share one `(?=\\w)`
    test, so that where none can match (at the end of a word) the engine tries them no further.
    """
    if "" in node:
        return ""
    words = [unit + _tree_source(node[unit]) for unit in sorted(node) if _word_led(unit, node)]
    others = [unit + _tree_source(node[unit]) for unit in sorted(node) if not _word_led(unit, node)]
    if len(words) > 1:
        words = [r"(?=\w)(?:" + "|".join(words) + ")"]
    return (
        "|".join(words + others)
        if len(words + others) == 1
        else "(?:" + "|".join(words + others) + ")"
    )


def _word_led(unit: str, node: dict[str, Any]) -> bool:
    """Whether the branch from `node` through `unit` always begins with a word character: its
    unit is one, or consumes nothing (`\\b`, a lookbehind) and every branch after it is."""
    if unit in _WORD_UNITS:
        return True
    child = node[unit]
    zero_width = unit in (r"\b", r"\B") or unit.startswith("(?<")
    return (
        zero_width and "" not in child and all(_word_led(next_unit, child) for next_unit in child)
    )
