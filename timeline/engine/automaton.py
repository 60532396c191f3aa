"""The one place that talks to RE2: a pattern that finds where the next match starts, and a
set that names which of many patterns match at a place.

RE2's public `search` wraps each call in a generator and a match object (~6 µs); the binding
under it (`re2._re2`, private) gives the span in one call (~3 µs), and the finder calls it
once per candidate position. The binding is used when this version of google-re2 has it, the
public API otherwise: the answers are the same, only slower.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import re2

try:  # the private binding, pinned in constraints.txt; any change falls back to the public API
    from re2 import _re2

    _UNANCHORED: Any = _re2.RE2.Anchor.UNANCHORED
    _BINDING: Any = _re2.RE2
except (ImportError, AttributeError):  # pragma: no cover - only with another google-re2
    _BINDING = None

# RE2 builds its automaton lazily, in memory it is allowed; the whole grammar needs ~10 MB.
MAX_MEMORY = 64 << 20


def _options() -> Any:
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    options.max_mem = MAX_MEMORY
    return options


class FirstMatch:
    """A byte pattern (Latin-1) that tells where its first match from a position starts."""

    def __init__(self, source: str, *, private: bool = True) -> None:
        if private and _BINDING is not None:
            self._binding = _BINDING(source.encode("latin-1"), _options())
            if not self._binding.ok():
                raise re2.error(self._binding.error())
            self._public = None
        else:
            self._binding = None
            self._public = re2.compile(source.encode("latin-1"), _options())

    def start(self, data: bytes, position: int) -> int:
        """Where the first match at or after `position` starts; -1 when there is none."""
        if self._binding is not None:
            start: int = self._binding.Match(_UNANCHORED, data, position, len(data))[0][0]
            return start
        found = self._public.search(data, position)  # type: ignore[union-attr]
        return -1 if found is None else int(found.start())


class WhichMatch:
    """Many byte patterns at once: the indexes of those that match somewhere in a text."""

    def __init__(self, sources: Sequence[str]) -> None:
        self._set = re2.Set.MatchSet(_options())
        for source in sources:
            if self._set.Add(source.encode("latin-1")) < 0:
                raise re2.error(f"cannot add pattern to the set: {source[:60]}")
        self._set.Compile()

    def matching(self, data: bytes) -> list[int]:
        return sorted(self._set.Match(data) or [])
