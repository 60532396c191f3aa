"""Where in a text some rule may match, and which rules: one RE2 pass, linear time.

The index is read from the file `index_build` wrote beside a language's rules; when that file
is missing or was built from other rules (a rule was just edited), it is rebuilt here, which
costs about a second, and a test fails until the file is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline.engine.automaton import FirstMatch, WhichMatch

# How many windows of text `RuleIndex.rules_at` remembers (a few hundred kB at the most).
_KNOWN = 4096


class RuleIndex:
    """The rules' beginnings as two RE2 patterns: one that finds the next place where any rule
    may match, and one set that names the rules that may match there."""

    def __init__(self, source: Mapping[str, Any]) -> None:
        self._any = FirstMatch(source["any"])
        self._names: list[str] = list(source["names"])
        self._which = WhichMatch(source["which"])
        self._reach: int = source["reach"]
        # The rules for each window of text seen, up to `_KNOWN` of them: the same few dozen
        # words ("last week", "on Friday") begin most windows in every article.
        self._known: dict[bytes, tuple[str, ...]] = {}

    def next_start(self, data: bytes, position: int) -> int | None:
        """The first offset from `position` where some rule may match the text of `data`
        (`fold.as_bytes`, whose byte `i` is the character before `text[i]`)."""
        start = self._any.start(data, position)
        return None if start < 0 else start

    def rules_at(self, data: bytes, start: int) -> tuple[str, ...]:
        """The rules that may match at `start`, in the order they were given."""
        window = data[start : start + 1 + self._reach]
        rules = self._known.get(window)
        if rules is None:
            rules = tuple(self._names[index] for index in self._which.matching(window))
            if len(self._known) >= _KNOWN:
                self._known.clear()
            self._known[window] = rules
        return rules


def load_index(rules: Mapping[str, str], path: Path) -> RuleIndex:
    """The index of `rules` from `path`, or built anew when the file does not fit them."""
    return RuleIndex(index_source(rules, path))


def fingerprint(rules: Mapping[str, str]) -> str:
    """What an index was built from: any change to a rule's name, order or pattern changes it."""
    return hashlib.sha256(json.dumps(list(rules.items())).encode()).hexdigest()


def index_source(rules: Mapping[str, str], path: Path) -> dict[str, Any]:
    """The index file's content when it was built from `rules`, else a new build."""
    try:
        source: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError):
        source = {}
    if source.get("fingerprint") == fingerprint(rules):
        return source
    from timeline.engine.index_build import build_source  # slow: only for a stale file

    return build_source(rules)
