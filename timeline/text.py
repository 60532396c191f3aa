"""Sentences and clauses: the context a time expression is read in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from timeline.model import Span

# A sentence ends at . ! ? (and closing quotes) followed by space or one line break and a
# capital, a quote or a digit, or at a blank line; a line break after no stop is only a
# wrapped line. A run of stops is
# matched once, from its first character, so that "....." costs linear time. One pattern per
# first character: the engine leaps to a fixed character but tests a class of them at every
# position, which took most of the time. As no two matches overlap, together they find what
# one pattern starting with the class would. Abbreviations are checked separately.
_AFTER_STOP = (
    r"(?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]{0,3}"
    r"(?=(?:[ \t\u00a0]{1,10}|[ \t]{0,3}\r?\n[ \t]{0,10})[\"“‘'(\[A-Z0-9])"
)
_FULL_STOP_END = re.compile(r"\." + _AFTER_STOP)  # unless it ends an abbreviation
# Each with the character it starts with: a text without that character (`in` finds it in C,
# far faster than a scan by the pattern) is not searched.
_OTHER_ENDS = (
    *((stop, re.compile(re.escape(stop) + _AFTER_STOP)) for stop in "!?…"),
    ("\n", re.compile(r"\n[ \t]{0,20}\n")),
    # Chinese and Japanese end a sentence with a full-width stop and no space after it.
    *((stop, re.compile(stop + r"++[」』”’）)]{0,3}")) for stop in "。！？"),
)
# Longest context an event carries: a "sentence" with no full stop in 100 KB is cut to this
# window around its phrase, so that no answer repeats a huge text once per expression.
MAX_SENTENCE = 600


@cache
def abbreviation_stop(words: tuple[str, ...]) -> re.Pattern[str]:
    """An empty pattern that matches just after "<word>." or "<letter>.", read backwards from
    the stop in one call rather than searched for in the ten characters before it. `words` are
    a language's abbreviations (`Grammar.abbreviations`); a single capital letter always counts.

    A lookbehind must have a fixed width, so the words are grouped by their length.
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    behinds = [rf"(?<=\b(?:{'|'.join(group)})\.)" for group in by_length.values()]
    return re.compile("|".join([*behinds, r"(?<=\b[A-Z]\.)"]), re.IGNORECASE)


# Clause boundaries inside a sentence: strong punctuation, dashes and quotation marks, and
# a hyphen between spaces. Two patterns, as neither can match inside the other's matches:
# the engine skips ahead to a character of a class, but tries a choice at every position.
_CLAUSE_PUNCTUATION = re.compile(r"[;:—–()\[\]\"“”,]")
_SPACED_HYPHEN = re.compile(r"\s-\s")


def split_sentences(text: str, abbreviations: tuple[str, ...] = ()) -> list[Span]:
    """Sentence spans covering the text's non-blank stretches."""
    edges = [0, *sentence_breaks(text, abbreviations), len(text)]
    spans = (_trimmed(text, start, end) for start, end in zip(edges, edges[1:], strict=False))
    return [span for span in spans if span.start < span.end]


def sentence_breaks(text: str, abbreviations: tuple[str, ...] = ()) -> list[int]:
    """Where one sentence ends and the next may begin, in order: the stretches between them
    are the sentences, white space included. `build_events` trims only the few that hold a
    phrase; trimming every sentence cost more than finding them all."""
    after_abbreviation = abbreviation_stop(abbreviations)
    breaks = [
        match.end()
        for match in _FULL_STOP_END.finditer(text)
        if not after_abbreviation.match(text, match.start() + 1)
    ]
    for first, pattern in _OTHER_ENDS:
        if first in text:
            breaks.extend(match.end() for match in pattern.finditer(text))
    breaks.sort()  # no two ends overlap, so their ends come in the order of their starts
    return breaks


def _trimmed(text: str, start: int, end: int) -> Span:
    """`start:end` without its outer white space (`str.strip` trims in C what a loop over
    characters would do in Python); empty where nothing else is left."""
    stretch = text[start:end]
    kept = stretch.strip()
    start += len(stretch) - len(stretch.lstrip())
    return Span(start, start + len(kept))


def sentence_of(text: str, breaks: list[int], span: Span) -> Span:
    """The sentence holding `span` (merged with the next ones if the phrase crosses a break),
    cut to `MAX_SENTENCE` characters around the phrase at word boundaries. `breaks` are the
    text's `sentence_breaks`."""
    first = bisect_right(breaks, span.start)
    last = bisect_left(breaks, span.end, first)
    lead = text[breaks[first - 1] if first else 0 : span.start]
    tail = text[span.end : breaks[last] if last < len(breaks) else len(text)]
    start = span.start - len(lead.lstrip())
    end = span.end + len(tail.rstrip())
    if end - start <= MAX_SENTENCE:
        return Span(start, end)
    room = max(0, MAX_SENTENCE - (span.end - span.start)) // 2
    start = _word_start(text, max(start, span.start - room), span.start)
    end = _word_end(text, min(end, span.end + room), span.end)
    return Span(start, end)


def _word_start(text: str, position: int, limit: int) -> int:
    """`position` moved forward to the start of a word, never past `limit`."""
    space = text.find(" ", position, limit)
    return position if position == 0 or text[position - 1].isspace() or space < 0 else space + 1


def _word_end(text: str, position: int, limit: int) -> int:
    """`position` moved back to the end of a word, never before `limit`."""
    if position >= len(text) or text[position].isspace():
        return position
    space = text.rfind(" ", limit, position)
    return position if space < 0 else space


def clause_cuts(text: str, sentence: Span) -> list[int]:
    """Where `sentence` may be cut into clauses, in order: its two ends and every break.

    Phrases often share a sentence, so `build_events` works these out once per sentence.
    """
    start, end = sentence.start, sentence.end
    cuts = {start, end}
    cuts.update(match.end() for match in _CLAUSE_PUNCTUATION.finditer(text, start, end))
    if text.find("-", start, end) >= 0:  # most sentences hold no hyphen at all
        cuts.update(match.end() for match in _SPACED_HYPHEN.finditer(text, start, end))
    return sorted(cuts)


def clause_of(
    text: str,
    sentence: Span,
    phrase: Span,
    min_words: int = 5,
    cuts: list[int] | None = None,
    conjunctions: tuple[str, ...] = (),
) -> Span:
    """The clause around `phrase`: the sentence cut at clause breaks, widened until it says
    something beyond the phrase itself. `cuts` are the sentence's `clause_cuts`, if known;
    a leading word of `conjunctions` ("and", "but") is left out."""
    if cuts is None:
        cuts = clause_cuts(text, sentence)
    left = bisect_right(cuts, phrase.start) - 1
    right = bisect_left(cuts, phrase.end)
    words = _word_count(text, cuts[left], phrase.start) + _word_count(text, phrase.end, cuts[right])
    while words < min_words and (left > 0 or right < len(cuts) - 1):
        # An opening quotation mark starts the words the phrase belongs to: `He said, "In
        # recent days, we saw...` dates what was seen, not the saying.
        quoted = _opens_quote(text, cuts[left])
        widen_right = right < len(cuts) - 1 and (
            phrase.start - cuts[left] < 3 * (cuts[right] - phrase.end) or left == 0 or quoted
        )
        if widen_right:
            words += _word_count(text, cuts[right], cuts[right + 1])
            right += 1
        else:
            words += _word_count(text, cuts[left - 1], cuts[left])
            left -= 1
    return _strip_clause(text, cuts[left], cuts[right], phrase.start, conjunctions)


_OPENING_QUOTES = frozenset("“‘«")


def _opens_quote(text: str, cut: int) -> bool:
    """Whether the character before `cut` opens a quotation ("“", or '"' after a blank)."""
    if cut <= 0:
        return False
    mark = text[cut - 1]
    if mark in _OPENING_QUOTES:
        return True
    return mark == '"' and (cut == 1 or text[cut - 2].isspace())


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


@cache
def _leading_word(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})[ \t\r\n]{{1,3}}", re.IGNORECASE)


def _strip_clause(
    text: str, start: int, end: int, phrase_start: int, conjunctions: tuple[str, ...]
) -> Span:
    """Trim punctuation, and a leading "and"/"but" the clause does not need to be read."""
    junk = " \t\r\n,;:—–-\"“”'‘’()[]"
    while start < end and text[start] in junk:
        start += 1
    leading = _leading_word(conjunctions)
    conjunction = None if leading is None else leading.match(text, start, phrase_start)
    if conjunction is not None:
        start = conjunction.end()
    while end > start and text[end - 1] in junk + ".":
        end -= 1
    return Span(start, end)
