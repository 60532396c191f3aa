"""Sentences, clauses and tense cues: the context a time expression is read in."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

from timeline.model import Span

Direction = Literal["past", "future"]

# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, a quote or a
# digit, or at a blank line / line break. Abbreviations before the dot are checked separately.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]{0,3}(?=[ \t\u00a0]{1,10}[\"“‘'(\[A-Z0-9])|\n")
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|st|jr|sr|inc|corp|co|ltd|vs|"
    r"no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri|sat|"
    r"sun|a\.m|p\.m|u\.s|u\.k|u\.n|e\.g|i\.e|approx|est|dept|univ|ave|blvd|mt|ft)|\b[A-Z])\.\Z",
    re.IGNORECASE,
)
# Clause boundaries inside a sentence: strong punctuation, dashes and quotation marks.
_CLAUSE_BREAK = re.compile(r"[;:—–()\[\]\"“”]|,|\s-\s")

_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going[ \t]to|gonna|is[ \t]to|are[ \t]to|due[ \t]to|"
    r"set[ \t]to|scheduled|expects?|expected|forecasts?|predicts?|plans?[ \t]to|"
    r"planned|planning[ \t]to|intends?|aims?[ \t]to|"
    r"hopes?[ \t]to|upcoming|next|until|till|would|wants?[ \t]to)\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|said|told|ago|last|"
    r"went|came|met|made|took|gave|saw|began|won|lost|left|held|spoke|ran|fell|rose|sold|"
    r"bought|paid|sent|found|got|knew|thought|became|brought|chose|drew|flew|fled|fought|hit|"
    r"kept|led|quit|shot|stood|struck|swore|threw|wrote|broke|built|caught|felt|heard|laid|"
    r"meant|paid|rang|sought|spent|taught|understood|woke|wore|\w{2,}(?<!need)(?<!feed)"
    r"(?<!seed)(?<!speed)(?<!indeed)(?<!hundred)(?<!expected)(?<!scheduled)(?<!planned)ed)\b",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Span]:
    """Sentence spans covering the text's non-blank stretches."""
    spans: list[Span] = []
    start = 0
    for end_match in _SENTENCE_END.finditer(text):
        end = end_match.end()
        if text[end_match.start()] == "." and _ABBREVIATION.search(text, 0, end_match.start() + 1):
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


def sentence_of(sentences: list[Span], starts: list[int], span: Span) -> Span:
    """The sentence holding `span` (merged with the next ones if the phrase crosses a break)."""
    index = max(0, bisect_right(starts, span.start) - 1)
    first = sentences[index]
    last = first
    while last.end < span.end and index + 1 < len(sentences):
        index += 1
        last = sentences[index]
    return Span(first.start, max(last.end, span.end))


def clause_of(text: str, sentence: Span, phrase: Span, min_words: int = 5) -> Span:
    """The clause around `phrase`: the sentence cut at clause breaks, widened until it says
    something beyond the phrase itself."""
    breaks = [sentence.start]
    breaks += [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
    breaks.append(sentence.end)
    cuts = sorted(set(breaks))
    left = max(i for i, cut in enumerate(cuts) if cut <= phrase.start)
    right = min(i for i, cut in enumerate(cuts) if cut >= phrase.end)
    while _word_count(text, cuts[left], cuts[right]) - _word_count(
        text, phrase.start, phrase.end
    ) < min_words and (left > 0 or right < len(cuts) - 1):
        if right < len(cuts) - 1 and (
            phrase.start - cuts[left] < 3 * (cuts[right] - phrase.end) or left == 0
        ):
            right += 1
        else:
            left -= 1
    return _strip_clause(text, cuts[left], cuts[right])


def _word_count(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _strip_clause(text: str, start: int, end: int) -> Span:
    junk = " \t\r\n,;:—–-\"“”'‘’()[]"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk + ".":
        end -= 1
    return Span(start, end)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)[ \t]{1,3}\Z", re.I)


def _is_passive(text: str, cue: re.Match[str]) -> bool:
    """ "is due to be published": a participle after "be" says nothing about the past."""
    word = cue.group(0).lower()
    if not word.endswith("ed"):
        return False
    return bool(_PASSIVE_AUXILIARY.search(text, max(0, cue.start() - 8), cue.start()))


_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had[ \t]been)[ \t]{1,3}\Z", re.I)


def _after_past_auxiliary(text: str, cue: re.Match[str]) -> bool:
    if not cue.group(0).lower().endswith("ed"):
        return False
    return bool(_PAST_AUXILIARY.search(text, max(0, cue.start() - 12), cue.start()))


def direction_near(text: str, clause: Span, phrase: Span) -> Direction | None:
    """Past or future by the nearest tense cue to the phrase within its clause, if any."""
    best: tuple[int, Direction] | None = None
    for pattern, direction in ((_FUTURE_CUE, "future"), (_PAST_CUE, "past")):
        for match in pattern.finditer(text, clause.start, clause.end):
            inside = phrase.start <= match.start() < phrase.end
            if inside or (direction == "past" and _is_passive(text, match)):
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
