"""Where in a text some grammar rule may match, and which rules: one RE2 pass, linear time.

Python's `re` tries hundreds of rule beginnings at every position of a text one after the
other (0.66 ms for a 7.5 KB article); RE2 runs them as one automaton (about 0.06 ms), and
guarantees time linear in the text whatever it holds. RE2 reads bytes, so the text, folded
to lower case by `fold_case`, is copied one byte per character: a character up to U+00FF as
itself, any other as a stand-in byte for its kind (blank, digit, word character, other). The
offsets stay the text's own.

Each rule beginning (`prefilter.rule_beginnings`) is rewritten over those bytes: a unit
becomes the class of every byte that stands for some character the unit matches, so the
rewritten beginning matches wherever the original does, and in a few places more. The rules
themselves then decide, in Python's `re`: only the few whose beginnings match at a hit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import re2
from re2 import _re2

from timeline.prefilter import WORD_BOUNDARY, fold_case, rule_beginnings

# The stand-in bytes for characters past U+00FF, by kind: the kinds `re` itself uses for
# \s, \d and \w. Digits and word characters stand in as capitals, which folded text never
# holds and RE2 counts as word characters, as `re` counts what they stand for; blanks and
# the rest as control characters, which may occur themselves and so stand for themselves too.
_BLANK, _OTHER, _DIGIT, _WORD = 0x01, 0x02, ord("D"), ord("W")
# Before the text: a byte that a lookbehind sees as no character at all.
_START = b"\x00"
_STANDS_FOR_ITSELF = frozenset({_BLANK, _OTHER})
_NOT_LATIN_1 = re.compile(r"[^\x00-\xff]")
_RE2_WORD = frozenset(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
# RE2 builds its automaton lazily, in memory it is allowed; the whole grammar needs ~10 MB.
_MAX_MEMORY = 64 << 20
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED


def _kind(char: str) -> int:
    """The stand-in byte for a character past U+00FF (what `re` calls \\s, \\d, \\w)."""
    if char.isspace():
        return _BLANK
    if char.isdecimal():
        return _DIGIT
    return _WORD if char.isalnum() or char == "_" else _OTHER


def _stand_in(match: re.Match[str]) -> str:
    return chr(_kind(match.group()))


# The characters past U+00FF that English prose uses most: replaced in bulk, not one by one.
_PUNCTUATION = "’‘“”–—…"


def as_bytes(text: str) -> bytes:
    """`text` as `RuleIndex` reads it: folded, one byte per character, after one byte that
    stands for the start of the text (so that byte `i` is the character before `text[i]`)."""
    folded = fold_case(text)
    if folded.isascii():
        return _START + folded.encode("ascii")
    for char in _PUNCTUATION:
        if char in folded:
            folded = folded.replace(char, chr(_OTHER))
    try:  # most often nothing past U+00FF is left: encoding tells at C speed
        return _START + folded.encode("latin-1")
    except UnicodeEncodeError:
        return _START + _NOT_LATIN_1.sub(_stand_in, folded).encode("latin-1")


class RuleIndex:
    """The rules' beginnings as two RE2 patterns: one that finds the next place where any rule
    may match, and one set that names the rules that may match there."""

    def __init__(self, rules: Mapping[str, str]) -> None:
        beginnings = {name: rule_beginnings(source) for name, source in rules.items()}
        if blind := [name for name, found in beginnings.items() if not found]:
            raise ValueError(f"rules that may begin with anything cannot be indexed: {blind}")
        rewritten = {
            name: {head for units in found if (head := _rewrite(units)) is not None}
            for name, found in beginnings.items()
        }
        options = re2.Options()
        options.encoding = re2.Options.Encoding.LATIN1
        options.max_mem = _MAX_MEMORY
        everything = set().union(*rewritten.values())
        # The binding under `re2.compile`: its `search` wraps each call in a generator and a
        # match object (~6 µs), where the binding's one call (~3 µs) gives the span we need.
        self._any = _re2.RE2(_alternation(everything).encode(), options)
        if not self._any.ok():
            raise re2.error(self._any.error())
        self._names = list(rewritten)
        self._which = re2.Set.MatchSet(options)
        for name in self._names:
            self._which.Add(_alternation(rewritten[name]).encode())
        self._which.Compile()
        # How far past its start a beginning can reach: what the set needs to see of the text.
        self._reach = max(_reach(units) for found in beginnings.values() for units in found)

    def next_start(self, data: bytes, position: int) -> int | None:
        """The first offset from `position` where some rule may match the text of `data`."""
        # From the byte before text[position]; a miss is the span (-1, -1).
        start: int = self._any.Match(_UNANCHORED, data, position, len(data))[0][0]
        return None if start < 0 else start

    def rules_at(self, data: bytes, start: int) -> list[str]:
        """The rules that may match at `start`, in the order they were given."""
        found = self._which.Match(data[start : start + 1 + self._reach]) or []
        return [self._names[index] for index in sorted(found)]


def _rewrite(units: tuple[str, ...]) -> tuple[str, ...] | None:
    """A beginning as RE2 source over the bytes of `as_bytes`, unit by unit, led by the class
    of the byte before it; `None` if no byte may come before it."""
    before = _ANY_BYTE
    rewritten: list[str] = []
    for index, unit in enumerate(units):
        if look := _LOOKBEHIND.fullmatch(unit):
            if not any(part != r"\b" for part in rewritten):  # checkable on the byte before
                before &= _bytes_of(look[2]) if look[1] == "=" else _bytes_not_of(look[2])
        elif unit != WORD_BOUNDARY:
            rewritten.append(_byte_unit(unit))
        elif _boundary_kept(units, index):
            rewritten.append(r"\b")
    return (_byte_class(before), *rewritten) if before else None


_LOOKBEHIND = re.compile(r"\(\?<([=!])(.*)\)", re.DOTALL)
_ANY_BYTE = frozenset(range(256))


def _boundary_kept(units: tuple[str, ...], index: int) -> bool:
    """RE2's \\b knows only ASCII word characters, so it sees a boundary wherever `re` does
    next to one (and more): it is kept beside a unit that matches those only, else dropped."""
    beside = [units[i] for i in (index - 1, index + 1) if 0 <= i < len(units)]
    return any(_ascii_word_only(unit) for unit in beside)


_BLANK_RUN = re.compile(r"\\s\{(\d+),(\d*)\}")
_BLANK_UNIT = r"\s"


@cache
def _ascii_word_only(unit: str) -> bool:
    if unit == WORD_BOUNDARY or _BLANK_RUN.fullmatch(unit) or _LOOKBEHIND.fullmatch(unit):
        return False
    return _bytes_of(unit) <= _RE2_WORD


@cache
def _byte_unit(unit: str) -> str:
    if run := _BLANK_RUN.fullmatch(unit):
        return _byte_class(_bytes_of(_BLANK_UNIT)) + f"{{{run[1]},{run[2]}}}"
    return _byte_class(_bytes_of(unit))


@cache
def _bytes_of(unit: str) -> frozenset[int]:
    """The bytes that stand for some character `unit` (one character's pattern) matches."""
    pattern = re.compile(unit)
    stand_ins = _samples()
    found = {
        code
        for code in range(256)
        if (code not in stand_ins or code in _STANDS_FOR_ITSELF) and pattern.fullmatch(chr(code))
    }
    for code, sample in stand_ins.items():
        if pattern.search(sample) or max(unit) > "\uffff":  # beyond the samples: any kind
            found.add(code)
    return frozenset(found)


@cache
def _samples() -> dict[int, str]:
    """Every character from U+0100 to U+FFFF, by the stand-in byte it becomes.

    The planes above add nothing a unit could tell apart: no rule names such a character,
    and each kind (what \\d, \\w, \\s or a negated class match) has members here too.
    """
    by_kind: dict[int, list[str]] = {_BLANK: [], _DIGIT: [], _WORD: [], _OTHER: []}
    for code in range(0x100, 0x10000):
        char = chr(code)
        by_kind[_kind(char)].append(char)
    return {kind: "".join(chars) for kind, chars in by_kind.items()}


@cache
def _bytes_not_of(unit: str) -> frozenset[int]:
    """The bytes that stand for some character `unit` does not match (or for none at all)."""
    return _bytes_of(f"(?!{unit})(?s:.)") | {_START[0]}


def _byte_class(codes: frozenset[int]) -> str:
    """`[...]` of the bytes, runs written as ranges: `[\\x30-\\x39\\x44]`."""
    parts: list[list[int]] = []
    for code in sorted(codes):
        if parts and parts[-1][1] == code - 1:
            parts[-1][1] = code
        else:
            parts.append([code, code])
    return "[" + "".join(_byte_range(low, high) for low, high in parts) + "]"


def _byte_range(low: int, high: int) -> str:
    return f"\\x{low:02x}" if low == high else f"\\x{low:02x}-\\x{high:02x}"


def _reach(units: tuple[str, ...]) -> int:
    """The most characters a beginning can match."""
    total = 0
    for unit in units:
        if unit == WORD_BOUNDARY:
            continue
        run = _BLANK_RUN.fullmatch(unit)
        if run is None:
            total += 1
        elif run[2]:
            total += int(run[2])
        else:
            return 1 << 30  # unbounded: the set must see the rest of the text
    return total


def _alternation(beginnings: set[tuple[str, ...]]) -> str:
    """One pattern for many beginnings, sharing their common starts as a prefix tree does."""
    tree: dict[str, Any] = {}
    for units in sorted(beginnings, key=len):
        node = tree
        for unit in units:
            if "" in node:
                break  # a shorter beginning already matches here
            node = node.setdefault(unit, {})
        node.clear()
        node[""] = {}
    return _tree_source(tree)


def _tree_source(node: dict[str, Any]) -> str:
    if "" in node:
        return ""
    branches = [unit + _tree_source(node[unit]) for unit in sorted(node)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
