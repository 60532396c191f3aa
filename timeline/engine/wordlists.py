"""Pattern pieces built from a language's word lists, for any language's grammar.

These hold no words: each language folder (`timeline/lang/<code>/`) passes its own lists in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """An alternation of words, longest first so that "märz" wins over "mär"; an inner space
    matches one blank or more (up to three)."""
    items = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in items) + ")"


def lower_words(text: str | None) -> str:
    """Words in lower case, single-spaced, without a trailing dot."""
    return " ".join((text or "").lower().split()).rstrip(".")
