"""Sentences, clauses and tense cues: the context a time expression is read in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Literal

from timeline.model import Span
from timeline.prefilter import fold_case

Direction = Literal["past", "future"]

# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, a quote or a
# digit, or at a blank line; a single line break is only a wrapped line. A run of stops is
# matched once, from its first character, so that "....." costs linear time. One pattern per
# first character: the engine leaps to a fixed character but tests a class of them at every
# position, which took most of the time. As no two matches overlap, together they find what
# one pattern starting with the class would. Abbreviations are checked separately.
_AFTER_STOP = r"(?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]{0,3}(?=[ \t\u00a0]{1,10}[\"“‘'(\[A-Z0-9])"
_FULL_STOP_END = re.compile(r"\." + _AFTER_STOP)  # unless it ends an abbreviation
_OTHER_ENDS = (
    *(re.compile(re.escape(stop) + _AFTER_STOP) for stop in "!?…"),
    re.compile(r"\n[ \t]{0,20}\n"),
)
# Longest context an event carries: a "sentence" with no full stop in 100 KB is cut to this
# window around its phrase, so that no answer repeats a huge text once per expression.
MAX_SENTENCE = 600
# Words whose full stop ends an abbreviation, not a sentence; a single letter does too.
_ABBREVIATIONS = (
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc corp co ltd vs no jan feb mar "
    "apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun a.m p.m u.s u.k "
    "u.n e.g i.e approx est dept univ ave blvd mt ft"
).split()


def _after_abbreviation(words: list[str]) -> re.Pattern[str]:
    """An empty pattern that matches just after "<word>." or "<letter>.", read backwards from
    the stop in one call rather than searched for in the ten characters before it.

    A lookbehind must have a fixed width, so the words are grouped by their length.
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    behinds = [rf"(?<=\b(?:{'|'.join(group)})\.)" for group in by_length.values()]
    return re.compile("|".join([*behinds, r"(?<=\b[A-Z]\.)"]), re.IGNORECASE)


_AFTER_ABBREVIATION = _after_abbreviation(_ABBREVIATIONS)
# Clause boundaries inside a sentence: strong punctuation, dashes and quotation marks, and
# a hyphen between spaces. Two patterns, as neither can match inside the other's matches:
# the engine skips ahead to a character of a class, but tries a choice at every position.
_CLAUSE_PUNCTUATION = re.compile(r"[;:—–()\[\]\"“”,]")
_SPACED_HYPHEN = re.compile(r"\s-\s")

_FUTURE_WORDS = (
    r"will|won['’]t|shall|['’]ll|going[ \t]to|gonna|is[ \t]to|are[ \t]to|due|"
    r"set[ \t]to|scheduled|expects?|expected|forecasts?|predicts?|plans?[ \t]to|"
    r"planned|planning[ \t]to|intends?|aims?[ \t]to|"
    r"hopes?[ \t]to|upcoming|next|until|till|would|wants?[ \t]to"
)
_PAST_WORDS = (
    r"was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|said|told|ago|last|"
    r"went|came|met|made|took|gave|saw|began|won|lost|left|held|spoke|ran|fell|rose|sold|"
    r"bought|paid|sent|found|got|knew|thought|became|brought|chose|drew|flew|fled|fought|hit|"
    r"kept|led|quit|shot|stood|struck|swore|threw|wrote|broke|built|caught|felt|heard|laid|"
    r"meant|rang|sought|spent|taught|understood|woke|wore"
)


def _by_first_letter(words: str) -> str:
    """The alternation `words` ("was|were|went") grouped by first letter ("w(?:as|ere|ent)"),
    so that the engine tests a score of letters at each word rather than ninety words.

    The order of the words does not matter: no two of them match at the same place.
    """
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        head = word[: word.index("]") + 1] if word.startswith("[") else word[0]
        groups.setdefault(head, []).append(word[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(tails)})" for head, tails in groups.items())


# Both kinds of cue in one pass, named by their group. Where both match ("won't" and "won",
# "planned"), the future one is found: the past one could never be nearer ("won" ends
# sooner) or counts for nothing ("planned" is not a past). Every cue starts with a letter or
# an apostrophe, so the lookahead lets the engine drop the end of each word at once.
_TENSE_CUE = re.compile(
    rf"\b(?=[a-z'’])(?:(?P<future>{_by_first_letter(_FUTURE_WORDS)})"
    rf"|(?P<past>{_by_first_letter(_PAST_WORDS)}|[a-z]{{2,20}}ed))\b"
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
    edges = [0, *sentence_breaks(text), len(text)]
    spans = (_trimmed(text, start, end) for start, end in zip(edges, edges[1:], strict=False))
    return [span for span in spans if span.start < span.end]


def sentence_breaks(text: str) -> list[int]:
    """Where one sentence ends and the next may begin, in order: the stretches between them
    are the sentences, white space included. `build_events` trims only the few that hold a
    phrase; trimming every sentence cost more than finding them all."""
    breaks = [
        match.end()
        for match in _FULL_STOP_END.finditer(text)
        if not _AFTER_ABBREVIATION.match(text, match.start() + 1)
    ]
    for pattern in _OTHER_ENDS:
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
    text: str, sentence: Span, phrase: Span, min_words: int = 5, cuts: list[int] | None = None
) -> Span:
    """The clause around `phrase`: the sentence cut at clause breaks, widened until it says
    something beyond the phrase itself. `cuts` are the sentence's `clause_cuts`, if known."""
    if cuts is None:
        cuts = clause_cuts(text, sentence)
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


class TenseReader:
    """Reads the tense around phrases of one text, on demand: most phrases never ask, so the
    text is folded to lower case (`prefilter.fold_case`) only when the first one does."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: str | None = None

    def direction(self, phrase: Span, clause: Span, sentence: Span) -> Direction | None:
        """`direction_near` the phrase."""
        if self._folded is None:
            self._folded = fold_case(self._text)
        return direction_near(self._text, self._folded, phrase, clause, sentence)


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
    # (distance, rank, direction): on a tie a future cue wins, then the one read first.
    best: tuple[int, int, Direction] | None = None
    start = max(within.start, phrase.start - _CUE_REACH)
    end = min(within.end, phrase.end + _CUE_REACH)
    for match in _TENSE_CUE.finditer(folded, start, end):
        after = match.start() - phrase.end
        if after >= 0 and best is not None and 2 * after > best[0]:
            break  # the cues still to come stand even further off
        reading = _read_cue(text, match, phrase)
        if reading is not None and (best is None or reading[:2] < best[:2]):
            best = reading
    return None if best is None else best[2]


def _read_cue(text: str, cue: re.Match[str], phrase: Span) -> tuple[int, int, Direction] | None:
    """The cue's distance from the phrase, its rank among equals and what it says; `None`
    for a cue inside the phrase or an -ed word that is no past."""
    if phrase.start <= cue.start() < phrase.end:
        return None
    future = cue.lastgroup == "future"
    if not future and _not_past(text, cue):
        return None
    said: Direction = "future" if future else "past"
    if future and _after_past_auxiliary(text, cue):
        said = "past"  # "were planned", "was expected": a plan made in the past
    distance = (
        phrase.start - cue.end()
        if cue.end() <= phrase.start
        else 2 * (cue.start() - phrase.end)  # cues after the phrase count for less
    )
    return distance, 0 if future else 1, said
