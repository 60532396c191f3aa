"""Tense: whether the clause around a time expression speaks of the past or the future, by the
nearest cue word of its language (`TenseCues`, declared in each language's folder)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from timeline.engine.fold import fold_case
from timeline.model import Span

Direction = Literal["past", "future"]


def by_first_letter(words: str) -> str:
    """The alternation `words` ("was|were|went") grouped by first letter ("w(?:as|ere|ent)"),
    so that the engine tests a score of letters at each word rather than ninety words.

    The order of the words does not matter: no two of them match at the same place.
    """
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        head = word[: word.index("]") + 1] if word.startswith("[") else word[0]
        groups.setdefault(head, []).append(word[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(tails)})" for head, tails in groups.items())


@dataclass(frozen=True)
class TenseCues:
    """A language's words that tell past from future, and the forms that only look past.

    `future` and `past` are alternations of lower-case words; `regular_past` the pattern of a
    regular past form ("[a-z]{2,20}ed"), whose `suffix` marks the forms `not_past` lists or
    that follow a `passive` auxiliary ("is due to be published"); a future cue after a
    `planned` auxiliary ("was expected", "had until") reports a plan made in the past.
    """

    future: str
    past: str
    regular_past: str
    suffix: str
    not_past: frozenset[str]
    passive: re.Pattern[str]
    planned: re.Pattern[str]
    # Future cues that count only after a present auxiliary ("are planned").
    after_auxiliary: frozenset[str] = frozenset()
    # Future cues that can only look ahead from the moment of writing ("will", "is due"),
    # unlike "would" or "planned", which look ahead from a past the text tells of.
    from_now: frozenset[str] = frozenset()
    # Whether cues are whole words between word boundaries; a language written without
    # spaces (Chinese, Japanese) has none, and its cues say what may not follow them.
    bounded: bool = True
    # What, before a phrase in its clause, tells of a time before the story's own ("troops
    # that had invaded Burma in late 1943"): a date there does not move the story on.
    before_the_story: re.Pattern[str] | None = None
    # Past cues that are also a verb's bare form ("last", "hit"), and what before them makes
    # them that verb ("is expected to start in the autumn and last three weeks").
    bare_forms: frozenset[str] = frozenset()
    bare_lead: re.Pattern[str] | None = None
    # Present-tense verbs of a schedule ("voters go to the polls on Sunday", "the court hears
    # the case on Tuesday"): with no other cue in its clause, the clause looks ahead, as news
    # writes what is planned. Not a cue from now: a history told in the present ("in
    # 1644 the army reaches the town") keeps its story.
    scheduled: re.Pattern[str] | None = None
    pattern: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Both kinds of cue in one pass, named by their group. Where both match ("won't" and
        # "won", "planned"), the future one is found: the past one could never be nearer
        # ("won" ends sooner) or counts for nothing ("planned" is not a past). Every cue
        # starts with a letter or an apostrophe, so the lookahead lets the engine drop the end
        # of each word at once.
        cues = (
            rf"(?:(?P<future>{by_first_letter(self.future)})"
            rf"|(?P<past>{by_first_letter(self.past)}|{self.regular_past}))"
        )
        pattern = re.compile(rf"\b(?=[^\W\d_]|['’]){cues}\b" if self.bounded else cues)
        object.__setattr__(self, "pattern", pattern)

    def not_a_past(self, text: str, cue: re.Match[str]) -> bool:
        """Past forms that say nothing about the past: "need", participles after "be" ("is
        due to be published", "will be heard"), and a bare verb that looks like a past cue
        ("to last")."""
        word = cue.group(0).lower()
        if word in self.bare_forms and self.bare_lead is not None:
            return bool(self.bare_lead.search(text, max(0, cue.start() - 12), cue.start()))
        if word.endswith(self.suffix) and word in self.not_past:
            return True
        # A participle after "be" is a passive, of any tense: "is due to be published", "will
        # be heard on 15 January", "are held every May".
        return bool(self.passive.search(text, max(0, cue.start() - 8), cue.start()))

    def after_planned(self, text: str, cue: re.Match[str]) -> bool:
        """Whether a future cue follows a past auxiliary ("was expected", "had until")."""
        return bool(self.planned.search(text, max(0, cue.start() - 12), cue.start()))


# How far from the phrase a tense cue may stand and still speak for it.
_CUE_REACH = 160


class TenseReader:
    """Reads the tense around phrases of one text, on demand: most phrases never ask, so the
    text is folded to lower case (`fold.fold_case`) only when the first one does. Without
    cues (a language that has none yet) every phrase reads as tenseless."""

    def __init__(self, text: str, cues: TenseCues | None) -> None:
        self._text = text
        self._cues = cues
        self._folded: str | None = None

    def direction(self, phrase: Span, clause: Span, sentence: Span) -> Direction | None:
        """`direction_near` the phrase."""
        reading = self._reading(phrase, clause, sentence)
        return None if reading is None else reading[0]

    def ahead_of_now(self, phrase: Span, clause: Span, sentence: Span) -> bool:
        """Whether the phrase's clause looks ahead from the moment of writing ("is due to be
        published in May"), not from a past the text tells of ("would sail in May")."""
        reading = self._reading(phrase, clause, sentence)
        if reading is None or self._cues is None:
            return False
        return reading[0] == "future" and reading[1] in self._cues.from_now

    def before_the_story(self, phrase: Span, clause: Span) -> bool:
        """Whether the phrase's clause tells of a time before the story's (a past perfect)."""
        cue = None if self._cues is None else self._cues.before_the_story
        return cue is not None and cue.search(self._text, clause.start, phrase.start) is not None

    def _reading(self, phrase: Span, clause: Span, sentence: Span) -> tuple[Direction, str] | None:
        if self._cues is None:
            return None
        if self._folded is None:
            self._folded = fold_case(self._text)
        return _reading_near(self._text, self._folded, phrase, clause, sentence, self._cues)


def _scheduled(
    folded: str, phrase: Span, clause: Span, cues: TenseCues
) -> tuple[Direction, str] | None:
    """A schedule in the present in the phrase's clause, which has no other cue: "the
    leaders meet on Friday, officials said" looks ahead whatever the rest of the sentence
    says."""
    if cues.scheduled is None:
        return None
    for verb in cues.scheduled.finditer(folded, clause.start, clause.end):
        if not phrase.start <= verb.start() < phrase.end:
            return "future", verb.group(0)
    return None


def direction_near(
    text: str, folded: str, phrase: Span, clause: Span, sentence: Span, cues: TenseCues
) -> Direction | None:
    """Past or future by the nearest tense cue to the phrase: within its clause, else a
    schedule in the present there, else within its sentence ("would resume next month, or by
    Christmas"). `folded` is `text` in lower case with the same offsets (`fold.fold_case`),
    which the cue patterns read."""
    reading = _reading_near(text, folded, phrase, clause, sentence, cues)
    return None if reading is None else reading[0]


def _reading_near(
    text: str, folded: str, phrase: Span, clause: Span, sentence: Span, cues: TenseCues
) -> tuple[Direction, str] | None:
    return (
        _nearest_cue(text, folded, phrase, clause, cues)
        or _scheduled(folded, phrase, clause, cues)
        or _nearest_cue(text, folded, phrase, sentence, cues)
    )


def _nearest_cue(
    text: str, folded: str, phrase: Span, within: Span, cues: TenseCues
) -> tuple[Direction, str] | None:
    """What the nearest cue says, and the cue itself."""
    # (distance, rank, direction, cue): on a tie a future cue wins, then the one read first.
    best: tuple[int, int, Direction, str] | None = None
    start = max(within.start, phrase.start - _CUE_REACH)
    end = min(within.end, phrase.end + _CUE_REACH)
    for match in cues.pattern.finditer(folded, start, end):
        after = match.start() - phrase.end
        if after >= 0 and best is not None and 2 * after > best[0]:
            break  # the cues still to come stand even further off
        reading = _read_cue(text, match, phrase, cues)
        if reading is not None and (best is None or reading[:2] < best[:2]):
            best = reading
    return None if best is None else (best[2], best[3])


def _read_cue(
    text: str, cue: re.Match[str], phrase: Span, cues: TenseCues
) -> tuple[int, int, Direction, str] | None:
    """The cue's distance from the phrase, its rank among equals and what it says; `None`
    for a cue inside the phrase or a regular past form that is no past."""
    if phrase.start <= cue.start() < phrase.end:
        return None
    future = cue.lastgroup == "future"
    if not future and cues.not_a_past(text, cue):
        return None
    if (
        future
        and cue.group(0).lower() in cues.after_auxiliary
        and not (
            cues.passive.search(text, max(0, cue.start() - 8), cue.start())
            or cues.after_planned(text, cue)
        )
    ):
        return None
    said: Direction = "future" if future else "past"
    if future and cues.after_planned(text, cue):
        said = "past"  # "were planned", "was expected": a plan made in the past
    distance = (
        phrase.start - cue.end()
        if cue.end() <= phrase.start
        else 2 * (cue.start() - phrase.end)  # cues after the phrase count for less
    )
    return distance, 0 if future else 1, said, cue.group(0)
