"""Holiday names written as regular expressions (`[ ]` standing for a blank), as English,
German and Dutch keep them: one alternation of every name for a rule's pattern, and the key of
the name a match said. Each language's `holidays` module keeps its names and hands them here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping


def names_pattern(names: Iterable[str]) -> str:
    """One alternation of every name, each `[ ]` a run of one to three blanks."""
    return "(?:" + "|".join(name.replace("[ ]", r"[ \t]{1,3}") for name in names) + ")"


def key_finder(names: Mapping[str, str]) -> Callable[[str], str | None]:
    """The function that gives the key of a holiday named by one of `names` (name -> key),
    whatever its case and spacing; the first name that fits wins."""
    compiled = [(re.compile(name, re.IGNORECASE), key) for name, key in names.items()]

    def holiday_key(name: str) -> str | None:
        normal = " ".join(name.split())
        return next((key for pattern, key in compiled if pattern.fullmatch(normal)), None)

    return holiday_key
