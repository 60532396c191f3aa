"""Build, before run time, what the rule index needs: the rules' beginnings over bytes.

Python's `re` would try hundreds of rule beginnings at every position of a text one after the
other (0.66 ms for a 7.5 KB article); RE2 runs them as one automaton (about 0.06 ms), and
guarantees time linear in the text whatever it holds. It reads the text as `fold.as_bytes`
writes it.

Each rule beginning (`prefilter.rule_beginnings`) is rewritten over those bytes: a unit
becomes the class of every byte that stands for some character the unit matches, so the
rewritten beginning matches wherever the original does, and in a few places more. The rules
themselves then decide, in Python's `re`: only the few whose beginnings match at a hit.

Reading the rules with `re`'s own parser takes about a second, so it is done once, by
`python -m timeline.engine.index_build`, and its result kept beside each language's rules
(`index.json`); `timeline.engine.index` loads it, and a test rebuilds it and compares.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from timeline.engine.fold import (
    _BLANK,
    _DIGIT,
    _OTHER,
    _RE2_WORD,
    _STANDS_FOR_ITSELF,
    _START,
    _WORDS,
    _kind,
)
from timeline.engine.index import fingerprint
from timeline.engine.prefilter import WORD_BOUNDARY, rule_beginnings


def build_source(rules: Mapping[str, str]) -> dict[str, Any]:
    """The index of `rules` (name -> pattern) as RE2 sources: one pattern for where any rule
    may begin, one per rule for which may begin there, and how far a beginning reaches."""
    beginnings = {name: rule_beginnings(source) for name, source in rules.items()}
    if blind := [name for name, found in beginnings.items() if not found]:
        raise ValueError(f"rules that may begin with anything cannot be indexed: {blind}")
    rewritten = {
        name: {head for units in found if (head := _rewrite(units)) is not None}
        for name, found in beginnings.items()
    }
    everything: set[tuple[str, ...]] = set().union(*rewritten.values())
    return {
        "fingerprint": fingerprint(rules),
        "names": list(rewritten),
        "any": _alternation(everything),
        "which": [_alternation(rewritten[name]) for name in rewritten],
        # How far past its start a beginning can reach: what the set needs to see of the text.
        "reach": max(_reach(units) for found in beginnings.values() for units in found),
    }


def write_index(rules: Mapping[str, str], path: Path) -> bool:
    """Rebuild the index file at `path`; True when it changed."""
    text = json.dumps(build_source(rules), indent=1, ensure_ascii=True) + "\n"
    if path.is_file() and path.read_text() == text:
        return False
    path.write_text(text)
    return True


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


# A run of one unit: `\\s{1,3}` (blanks) or `(?i:[\\d]){1,4}` (`prefilter._run`).
_RUN = re.compile(r"(.*[^\\])\{(\d+),(\d*)\}", re.DOTALL)


@cache
def _ascii_word_only(unit: str) -> bool:
    if unit == WORD_BOUNDARY or _LOOKBEHIND.fullmatch(unit):
        return False
    if run := _RUN.fullmatch(unit):
        return int(run[2]) > 0 and _bytes_of(run[1]) <= _RE2_WORD
    return _bytes_of(unit) <= _RE2_WORD


@cache
def _byte_unit(unit: str) -> str:
    if run := _RUN.fullmatch(unit):
        return _byte_class(_bytes_of(run[1])) + f"{{{run[2]},{run[3]}}}"
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
    by_kind: dict[int, list[str]] = {_BLANK: [], _DIGIT: [], _OTHER: [], **{w: [] for w in _WORDS}}
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
        run = _RUN.fullmatch(unit)
        if run is None:
            total += 1
        elif run[3]:
            total += int(run[3])
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


def dateparser_languages() -> list[str]:
    """Every language code dateparser has locale data for."""
    from dateparser.languages.loader import default_loader

    return sorted(default_loader.get_locale_map())


def write_languages(path: Path) -> bool:
    """Rebuild the list of dateparser's languages at `path`; True when it changed."""
    text = json.dumps(dateparser_languages(), indent=0) + "\n"
    if path.is_file() and path.read_text() == text:
        return False
    path.write_text(text)
    return True


def main() -> int:
    """Rebuild the index of every language with a grammar of its own, and the list of the
    languages dateparser reads."""
    from timeline.lang import GRAMMARS, LANGUAGES_FILE, grammar_of, index_path

    changed = [code for code in GRAMMARS if write_index(grammar_of(code).sources, index_path(code))]
    if write_languages(LANGUAGES_FILE):
        changed.append(LANGUAGES_FILE.name)
    print(f"rebuilt: {', '.join(changed)}" if changed else "every file is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
