"""Tense cues: whether the clause around a time expression speaks of the past or the future."""

from __future__ import annotations

import re
from typing import Literal

from timeline.model import Span
from timeline.prefilter import fold_case

Direction = Literal["past", "future"]

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
