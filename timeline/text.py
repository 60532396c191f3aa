"""Sentences, clauses and tense cues: the context a time expression is read in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Literal

from timeline.model import Span

Direction = Literal["past", "future"]

# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, a quote or a
# digit, or at a blank line; a single line break is only a wrapped line. A run of stops is
# matched once, from its first character, so that "....." costs linear time (the class comes
# first so that the engine can skip ahead to it). Abbreviations are checked separately.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=\n)[ \t]{0,20}\n|(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]{0,3}"
    r"(?=[ \t\u00a0]{1,10}[\"“‘'(\[A-Z0-9]))"
)
# Longest context an event carries: a "sentence" with no full stop in 100 KB is cut to this
# window around its phrase, so that no answer repeats a huge text once per expression.
MAX_SENTENCE = 600
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|st|jr|sr|inc|corp|co|ltd|vs|"
    r"no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri|sat|"
    r"sun|a\.m|p\.m|u\.s|u\.k|u\.n|e\.g|i\.e|approx|est|dept|univ|ave|blvd|mt|ft)|\b[A-Z])\.\Z",
    re.IGNORECASE,
)
# Clause boundaries inside a sentence: strong punctuation, dashes and quotation marks.
_CLAUSE_BREAK = re.compile(r"[;:—–()\[\]\"“”]|,|\s-\s")

_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going[ \t]to|gonna|is[ \t]to|are[ \t]to|due|"
    r"set[ \t]to|scheduled|expects?|expected|forecasts?|predicts?|plans?[ \t]to|"
    r"planned|planning[ \t]to|intends?|aims?[ \t]to|"
    r"hopes?[ \t]to|upcoming|next|until|till|would|wants?[ \t]to)\b"
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|said|told|ago|last|"
    r"went|came|met|made|took|gave|saw|began|won|lost|left|held|spoke|ran|fell|rose|sold|"
    r"bought|paid|sent|found|got|knew|thought|became|brought|chose|drew|flew|fled|fought|hit|"
    r"kept|led|quit|shot|stood|struck|swore|threw|wrote|broke|built|caught|felt|heard|laid|"
    r"meant|rang|sought|spent|taught|understood|woke|wore|[a-z]{2,20}ed)\b"
)
# Words in -ed that are not past tenses, or that announce a plan rather than report a past.
_NOT_PAST = frozenset(
    {"need", "feed", "seed", "speed", "indeed", "hundred", "expected", "scheduled", "planned",
     "proceed", "exceed", "succeed", "breed", "weed", "greed", "shed", "embed", "bed", "red"}
)  # fmt: skip
# How far from the phrase a tense cue may stand and still speak for it.
_CUE_REACH = 160


def split_sentences(text: str) -> list[Span]:
    """Sentence spans covering the text's non-blank stretches."""
    spans: list[Span] = []
    start = 0
    for end_match in _SENTENCE_END.finditer(text):
        end = end_match.end()
        dot = end_match.start()
        if text[dot] == "." and _ABBREVIATION.search(text, max(0, dot - 10), dot + 1):
            continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def sentence_of(text: str, sentences: list[Span], starts: list[int], span: Span) -> Span:
    """The sentence holding `span` (merged with the next ones if the phrase crosses a break),
    cut to `MAX_SENTENCE` characters around the phrase at word boundaries."""
    index = max(0, bisect_right(starts, span.start) - 1)
    first = sentences[index] if sentences else Span(span.start, span.end)
    last = first
    while last.end < span.end and index + 1 < len(sentences):
        index += 1
        last = sentences[index]
    start, end = min(first.start, span.start), max(last.end, span.end)
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


def clause_of(text: str, sentence: Span, phrase: Span, min_words: int = 5) -> Span:
    """The clause around `phrase`: the sentence cut at clause breaks, widened until it says
    something beyond the phrase itself."""
    inner = _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)
    cuts = sorted({sentence.start, sentence.end, *(match.end() for match in inner)})
    left = bisect_right(cuts, phrase.start) - 1
    right = bisect_left(cuts, phrase.end)
    words = _word_count(text, cuts[left], phrase.start) + _word_count(text, phrase.end, cuts[right])
    while words < min_words and (left > 0 or right < len(cuts) - 1):
        widen_right = right < len(cuts) - 1 and (
            phrase.start - cuts[left] < 3 * (cuts[right] - phrase.end) or left == 0
        )
        if widen_right:
            words += _word_count(text, cuts[right], cuts[right + 1])
            right += 1
        else:
            words += _word_count(text, cuts[left - 1], cuts[left])
            left -= 1
    return _strip_clause(text, cuts[left], cuts[right], phrase.start)


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


_LEADING_CONJUNCTION = re.compile(r"(?:and|but|or|so|yet)[ \t\r\n]{1,3}", re.IGNORECASE)


def _strip_clause(text: str, start: int, end: int, phrase_start: int) -> Span:
    """Trim punctuation, and a leading "and"/"but" the clause does not need to be read."""
    junk = " \t\r\n,;:—–-\"“”'‘’()[]"
    while start < end and text[start] in junk:
        start += 1
    conjunction = _LEADING_CONJUNCTION.match(text, start, phrase_start)
    if conjunction is not None:
        start = conjunction.end()
    while end > start and text[end - 1] in junk + ".":
        end -= 1
    return Span(start, end)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)[ \t]{1,3}\Z", re.I)


def _not_past(text: str, cue: re.Match[str]) -> bool:
    """-ed words that say nothing about the past: "need", and participles after "be"
    ("is due to be published")."""
    word = cue.group(0).lower()
    if not word.endswith("ed"):
        return False
    if word in _NOT_PAST:
        return True
    return bool(_PASSIVE_AUXILIARY.search(text, max(0, cue.start() - 8), cue.start()))


_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had[ \t]been)[ \t]{1,3}\Z", re.I)


def _after_past_auxiliary(text: str, cue: re.Match[str]) -> bool:
    if not cue.group(0).lower().endswith("ed"):
        return False
    return bool(_PAST_AUXILIARY.search(text, max(0, cue.start() - 12), cue.start()))


def direction_near(
    text: str, folded: str, phrase: Span, clause: Span, sentence: Span
) -> Direction | None:
    """Past or future by the nearest tense cue to the phrase: within its clause, else within
    its sentence ("would resume next month, or by Christmas"). `folded` is `text` in lower
    case with the same offsets (`prefilter.fold_case`), which the cue patterns read."""
    return _nearest_cue(text, folded, phrase, clause) or _nearest_cue(
        text, folded, phrase, sentence
    )


def _nearest_cue(text: str, folded: str, phrase: Span, within: Span) -> Direction | None:
    best: tuple[int, Direction] | None = None
    start = max(within.start, phrase.start - _CUE_REACH)
    end = min(within.end, phrase.end + _CUE_REACH)
    for pattern, direction in ((_FUTURE_CUE, "future"), (_PAST_CUE, "past")):
        for match in pattern.finditer(folded, start, end):
            inside = phrase.start <= match.start() < phrase.end
            if inside or (direction == "past" and _not_past(text, match)):
                continue
            said: Direction = direction  # type: ignore[assignment]
            if direction == "future" and _after_past_auxiliary(text, match):
                said = "past"  # "were planned", "was expected": a plan made in the past
            distance = (
                phrase.start - match.end()
                if match.end() <= phrase.start
                else 2 * (match.start() - phrase.end)  # cues after the phrase count for less
            )
            if best is None or distance < best[0]:
                best = (distance, said)
    return None if best is None else best[1]
