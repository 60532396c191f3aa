"""Text as the rule index reads it: folded to lower case, one byte per character.

RE2 reads bytes, so the text, folded by `fold_case`, is copied one byte per character: a
character up to U+00FF as itself, any other as a stand-in byte for its kind (blank, digit,
word character, other). The offsets stay the text's own.
"""

from __future__ import annotations

import re

# With IGNORECASE an ASCII letter also matches four other letters (the `re` module documents
# them); lower() makes "K" (Kelvin) a "k", and these three need telling.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold_case(text: str) -> str:
    """`text` in lower case, character for character, as the beginnings are spelled.

    Every letter that IGNORECASE equates with an ASCII letter becomes that letter in lower case;
    every other character stays one that IGNORECASE equates with the original, so a rule that
    matches `text` matches here too, at the same offsets. The finder and the tense reader both
    fold the document they read: the last text folded is remembered, by identity (a string is
    immutable, and the one remembered is kept alive, so the same object is the same text).
    """
    global _last_folded
    last = _last_folded
    if last[0] is text:
        return last[1]
    original = text
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_TO_ASCII)
    folded = text.lower()
    if len(folded) != len(text):  # a character lowered into two: keep such ones as they are
        folded = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    _last_folded = (original, folded)  # one assignment: a thread sees the old pair or the new
    return folded


_last_folded: tuple[str, str] = ("", "")


# The stand-in bytes for characters past U+00FF, by kind: the kinds `re` itself uses for
# \s, \d and \w. Digits and word characters stand in as capitals, which folded text never
# holds and RE2 counts as word characters, as `re` counts what they stand for; blanks and
# the rest as control characters, which may occur themselves and so stand for themselves too.
_BLANK, _OTHER, _DIGIT = 0x01, 0x02, ord("D")
# Word characters spread over every other capital by code point: a rule that begins with
# Chinese or Japanese words ("上周", "来月") is then tried where a character of the same
# group stands, about one place in 25 for each character, not at every character of a text
# written without spaces.
_WORDS = tuple(ord(capital) for capital in "ABCEFGHIJKLMNOPQRSTUVWXYZ")
# Before the text: a byte that a lookbehind sees as no character at all.
_START = b"\x00"
_STANDS_FOR_ITSELF = frozenset({_BLANK, _OTHER})
_NOT_LATIN_1 = re.compile(r"[^\x00-\xff]")
_RE2_WORD = frozenset(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")


def _kind(char: str) -> int:
    """The stand-in byte for a character past U+00FF (what `re` calls \\s, \\d, \\w)."""
    if char.isspace():
        return _BLANK
    if char.isdecimal():
        return _DIGIT
    if char.isalnum() or char == "_":
        return _WORDS[ord(char) % len(_WORDS)]
    return _OTHER


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
