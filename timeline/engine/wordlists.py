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


class EndsWith:
    """Whether a text ends with one of some words and a short run of blanks: the word before
    a phrase ("in 1999", "Section 2020 ", "from the 5th").

    A search for `(?:in|since|...)[ \\t]{1,3}\\Z` tries every word at every position of the
    text before the phrase (about 10 µs for 40 words and 24 characters); the same question
    asked of the text reversed is one match at its start. Words match as `re` would match
    them in the forward pattern: case aside, and with nothing asked of what comes before them.
    """

    def __init__(
        self, words: Iterable[str], *, blanks: tuple[int, int] = (1, 3), dot: bool = False
    ) -> None:
        """`blanks`: how many blanks or tabs may follow the word; `dot`: whether a full stop
        may end it ("sec. 3")."""
        backwards = sorted({word[::-1] for word in words}, key=lambda word: (-len(word), word))
        if not backwards:
            raise ValueError("EndsWith needs at least one word")
        low, high = blanks
        source = (
            rf"[ \t]{{{low},{high}}}"
            + (r"\.?" if dot else "")
            + "(?:"
            + "|".join(re.escape(word).replace(r"\ ", r"[ \t]") for word in backwards)
            + ")"
        )
        self.pattern = re.compile(source, re.IGNORECASE)

    def __call__(self, text: str) -> bool:
        return self.pattern.match(text[::-1]) is not None
