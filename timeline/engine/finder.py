"""Find time expressions and what they mean, before anything is resolved.

One pass of an automaton over the text (`timeline.engine.index`) finds where an expression may
start and which rules may match there; those rules are tried on their own and the longest
plausible match that produces a meaning wins. Neighbouring expressions compose as they are
found, by the grammar's compositions ("Friday" + " at " + "3 p.m."), and pieces that only
compositions use (a bare number, "the end of") are dropped if none took them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from timeline.engine.fold import as_bytes
from timeline.engine.index import RuleIndex
from timeline.engine.records import Check, Composition, Grammar, Groups
from timeline.meaning import Both, Interval, Meaning, stretch_ends
from timeline.model import Span

# The longest text two expressions may have between them and still compose (", at about ").
_MAX_JOINT = 24
# How far back a composition's lead ("between ") is looked for.
_LEAD_REACH = 16
# A search with a limit reads this many expressions past it: joins at the end of what was
# read can still take a few away, and the count must stay over the limit.
_LIMIT_MARGIN = 8


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression found in a text: where it is, which rule or composition found it,
    what it means, and the mentions it was composed of."""

    span: Span
    rule: str
    meaning: Meaning
    parts: tuple[Mention, ...] = ()

    def text_in(self, text: str) -> str:
        return text[self.span.start : self.span.end]

    @property
    def trace(self) -> str:
        """The rules behind the meaning: "date_at_clock(weekday, clock)"."""
        if not self.parts:
            return self.rule
        return f"{self.rule}({', '.join(part.trace for part in self.parts)})"


@dataclass(slots=True)
class Work:
    """What a search cost, counted rather than timed: positions the index stopped at, rules
    tried there, and compositions tried."""

    positions: int = 0
    rule_attempts: int = 0
    compositions: int = 0

    @property
    def total(self) -> int:
        return self.positions + self.rule_attempts + self.compositions


# A rule as `_best_at` tries it: its pattern's match, its check, its producer and its name.
_Try = tuple[
    Callable[[str, int], "re.Match[str] | None"],
    Check | None,
    Callable[[Groups], "Meaning | None"],
    str,
]


@dataclass(frozen=True)
class _Joint:
    composition: Composition
    joint: re.Pattern[str]
    lead: re.Pattern[str] | None


@dataclass
class Finder:
    """A grammar made ready to search texts."""

    grammar: Grammar
    index: RuleIndex
    _joints: list[_Joint] = field(init=False)

    def __post_init__(self) -> None:
        # Each rule's matcher, check and producer, looked up once per rule tried.
        compiled = self.grammar.compiled
        self._tries: dict[str, _Try] = {
            rule.name: (compiled[rule.name].match, rule.accept, rule.produce, rule.name)
            for rule in self.grammar.rules
        }
        self._joints = [
            _Joint(c, re.compile(c.joint, re.IGNORECASE), _lead(c.lead))
            for c in self.grammar.compositions
        ]
        # The compositions a meaning of each type may start, found once per type.
        self._by_left: dict[type[Meaning], list[_Joint]] = {}

    def find(
        self,
        text: str,
        *,
        strict_case: bool = True,
        work: Work | None = None,
        limit: int | None = None,
        split_stretches: bool = False,
    ) -> list[Mention]:
        """Every time expression in `text`, in text order, none overlapping.

        `strict_case` demands capitals on words that are also common words ("May", "March");
        single phrases typed by a person are read without it. With `limit`, the search stops
        once it has found more expressions than that (the caller refuses such a text, and
        need not pay for reading all of it). With `split_stretches`, a stretch ("6-7 January
        1916") comes back as its two ends, each with what the other said ("6" is 6 January
        1916), as TimeML annotates documents.
        """
        work = work if work is not None else Work()
        composed: list[Mention] = []
        strong = 0  # mentions found that are not weak pieces
        position = 0
        data = as_bytes(text)  # what the index reads: the text folded, one byte per character
        while (start := self.index.next_start(data, position)) is not None:
            work.positions += 1
            rules = self.index.rules_at(data, start)
            work.rule_attempts += len(rules)
            mention = self._best_at(text, start, rules, strict_case)
            if mention is None:
                position = start + 1
                continue
            position = max(mention.span.end, start + 1)
            strong += self._add(text, composed, mention, work, strict_case)
            if limit is not None and strong > limit + _LIMIT_MARGIN:
                break
        found = [alone for mention in composed if (alone := _alone(mention)) is not None]
        return [end for mention in found for end in _ends(mention)] if split_stretches else found

    def _best_at(
        self, text: str, start: int, rules: tuple[str, ...], strict_case: bool
    ) -> Mention | None:
        """The longest plausible match of `rules` at `start` (the earlier rule on a tie)."""
        found: list[tuple[int, _Try, re.Match[str]]] = []
        tries = self._tries
        for name in rules:
            attempt = tries[name]
            match = attempt[0](text, start)
            if match is not None and match.end() > start:  # not empty
                found.append((-match.end(), attempt, match))
        if len(found) > 1:
            found.sort(key=_longest_first)  # stable: the earlier rule first on a tie
        for _, (_, accept, produce, name), match in found:
            if accept is not None and not accept(text, match, strict_case):
                continue
            meaning = produce(match.groupdict())
            if meaning is not None:
                return Mention(Span(start, match.end()), name, meaning)
        return None

    def _add(
        self, text: str, composed: list[Mention], mention: Mention, work: Work, strict_case: bool
    ) -> int:
        """Append `mention`, then join the last two by the grammar's compositions as long as
        any applies; how many strong mentions that added (a join takes one away)."""
        added = 0 if mention.meaning.weak else 1
        composed.append(mention)
        while len(composed) >= 2:
            work.compositions += 1
            left, right = composed[-2], composed[-1]
            merged = self._merge(text, left, right, strict_case)
            if merged is None:
                break
            strong_before = (not left.meaning.weak) + (not right.meaning.weak)
            added += (not merged.meaning.weak) - strong_before
            composed[-2:] = [merged]
        return added

    def _merge(self, text: str, left: Mention, right: Mention, strict_case: bool) -> Mention | None:
        gap_start, gap_end = left.span.end, right.span.start
        if gap_end - gap_start > _MAX_JOINT:
            return None
        gap = text[gap_start:gap_end]
        kind = type(left.meaning)
        joints = self._by_left.get(kind)
        if joints is None:
            joints = [j for j in self._joints if issubclass(kind, j.composition.left)]
            self._by_left[kind] = joints
        for joint in joints:
            composition = joint.composition
            if composition.typed_only and strict_case:
                continue
            if not isinstance(right.meaning, composition.right):
                continue
            found = joint.joint.fullmatch(gap)
            if found is None:
                continue
            if joint.lead is not None and not joint.lead.search(
                text, max(0, left.span.start - _LEAD_REACH), left.span.start
            ):
                continue
            meaning = composition.produce(left.meaning, found.groupdict(), right.meaning)
            if meaning is not None:
                span = Span(left.span.start, right.span.end)
                return Mention(span, composition.name, meaning, (left, right))
        return None


def _alone(mention: Mention) -> Mention | None:
    """A mention as it stands when no composition took it (a weak piece may mean nothing)."""
    if not mention.meaning.weak:
        return mention
    meaning = mention.meaning.alone()
    return None if meaning is None else replace(mention, meaning=meaning)


def _ends(mention: Mention) -> tuple[Mention, ...]:
    """A stretch between two expressions as those two, each spanning its own words and the
    words it shares on its side ("Saturday, 9:30" and "11:00"); anything else as it is,
    including a stretch from a bare number ("6-7 January 1916"), which is no expression."""
    ends = stretch_ends(mention.meaning)
    if ends is None:
        return (mention,)
    inner = _stretch_inside(mention)
    if inner is None:
        return (mention,)
    first, second = inner.parts
    if (first.meaning.weak or second.meaning.weak) and not isinstance(inner.meaning, Both):
        return (mention,)  # "6-7 January 1916": "6" alone says nothing; "18 and 19 June" does
    return (
        Mention(Span(mention.span.start, first.span.end), mention.rule, ends[0], mention.parts),
        Mention(Span(second.span.start, mention.span.end), mention.rule, ends[1], mention.parts),
    )


def _stretch_inside(mention: Mention) -> Mention | None:
    """The composed mention that joined the two ends of a stretch: the innermost one that
    means a stretch ("March 5-9" in "March 5-9, 1918")."""
    parts = mention.parts
    if (
        isinstance(mention.meaning, (Interval, Both))
        and len(parts) == 2
        and not any(isinstance(part.meaning, (Interval, Both)) for part in parts)
    ):
        return mention
    for part in mention.parts:
        if (found := _stretch_inside(part)) is not None:
            return found
    return None


def _longest_first(found: tuple[int, _Try, re.Match[str]]) -> int:
    return found[0]


def _lead(source: str | None) -> re.Pattern[str] | None:
    return None if source is None else re.compile(f"(?:{source})\\Z", re.IGNORECASE)
