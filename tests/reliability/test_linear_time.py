"""Hostile inputs cost work in proportion to their length: no pattern backtracks out of hand.

Nothing here is timed (a shared machine makes timings noise). Instead:
- every pattern the finder and the text stages run has only bounded quantifiers (or
  possessive ones), so a match from any position tries a bounded number of steps, whatever
  the text holds: scanning costs time linear in the text;
- the finder's own work (positions the index stops at, rules tried, compositions tried) on a
  hostile text ten times longer is at most about ten times as much.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from re import _parser as sre  # the test reads patterns with `re`'s own parser
from typing import Any

import pytest

from timeline import MAX_EXPRESSIONS, TimelineError, TooManyExpressionsError, build_timeline
from timeline import text as text_stage
from timeline.engine.finder import Work
from timeline.lang import GRAMMARS, finder_for, grammar_of

PUBLISHED = datetime(2022, 3, 14)
KB = 1000


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _counting(size: int) -> str:
    return " ".join(str(n) for n in range(1, size // 2))[:size]


def _years(size: int) -> str:
    return " ".join(str(2000 + n % 100) for n in range(size // 5 + 1))[:size]


HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": _repeat("1"),
    "spaces": _repeat(" "),
    "tabs_and_nbsp": _repeat(" \t\u00a0"),
    "line_breaks": _repeat("\n"),
    "counting": _counting,
    "years": _years,
    "may_may": _repeat("May "),
    "a_a": _repeat("a "),
    "no_spaces": _repeat("abcdefghijklmnopqrstuvwxyz"),
    "hyphens": _repeat("-"),
    "digit_hyphens": _repeat("1-"),
    "digit_spaces": _repeat("1 "),
    "commas": _repeat(","),
    "digit_commas": _repeat("1,"),
    "three_day": _repeat("three-day-"),
    "clock_colons": _repeat("12:"),
    "dots": _repeat("1."),
    "slashes": _repeat("1/"),
    "ordinals": _repeat("1st 2nd "),
    "last_last": _repeat("last "),
    "the_the": _repeat("the "),
    "month_days": _repeat("January 1, "),
    "weekday_at": _repeat("Friday at "),
    "from_to": _repeat("from 3 to 5 "),
    "pm": _repeat("3 p.m. "),
    "apostrophes": _repeat("'s "),
    "number_words": _repeat("twenty-one "),
    "plain": _repeat(
        "The minister said on Friday that the talks, begun two weeks ago, would resume in 2023. "
    ),
}


# ---- every pattern has bounded repeats ------------------------------------------------------


def _unbounded(items: Any) -> Iterator[str]:
    """The unbounded, backtracking repeats in a parsed pattern."""
    for op, value in items:
        name = op.name
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, body = value
            if high == sre.MAXREPEAT:
                yield f"{name} {{{low},}}"
            yield from _unbounded(body)
        elif name == "POSSESSIVE_REPEAT":
            yield from _unbounded(value[2])  # cannot backtrack: only its body is checked
        elif name == "SUBPATTERN":
            yield from _unbounded(value[3])
        elif name in ("ASSERT", "ASSERT_NOT"):
            yield from _unbounded(value[1])
        elif name == "BRANCH":
            for branch in value[1]:
                yield from _unbounded(branch)
        elif name == "ATOMIC_GROUP":
            yield from _unbounded(value)


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for language in GRAMMARS:
        grammar = grammar_of(language)
        for name, pattern in grammar.compiled.items():
            yield f"{language}:{name}", pattern
        for composition in grammar.compositions:
            yield f"{language}:{composition.name}", re.compile(composition.joint)
        if grammar.tense is not None:
            yield f"{language}:tense", grammar.tense.pattern
    for name in dir(text_stage):
        value = getattr(text_stage, name)
        if isinstance(value, re.Pattern):
            yield f"text:{name}", value
        if isinstance(value, tuple) and value and isinstance(value[0], re.Pattern):
            for index, pattern in enumerate(value):
                yield f"text:{name}[{index}]", pattern


PATTERNS = dict(_patterns())


@pytest.mark.parametrize("name", PATTERNS)
def test_every_pattern_repeats_only_a_bounded_number_of_times(name: str) -> None:
    pattern = PATTERNS[name]
    found = list(_unbounded(sre.parse(pattern.pattern, pattern.flags)))
    assert not found, f"{name} has unbounded repeats: {found}"


def test_the_check_itself_finds_an_unbounded_repeat() -> None:
    assert list(_unbounded(sre.parse(r"(?:a|b)+c")))
    assert not list(_unbounded(sre.parse(r"[.!?]*+(?=x)a{1,3}")))


# ---- the finder's work grows with the text, no faster ---------------------------------------


def _work(text: str) -> int:
    work = Work()
    finder_for("en").find(text, work=work)
    return work.total


@pytest.mark.parametrize("kind", HOSTILE)
def test_the_finder_works_in_proportion_to_the_text(kind: str) -> None:
    short, long = HOSTILE[kind](10 * KB), HOSTILE[kind](100 * KB)
    assert _work(long) <= 10 * _work(short) * 1.05 + 100


def test_the_work_count_sees_work() -> None:
    assert _work("Talks began on Friday at 3 p.m. and resumed two weeks ago.") > 0


@pytest.mark.parametrize("kind", ["years", "month_days", "pm", "weekday_at"])
def test_a_text_with_too_many_expressions_is_refused_before_the_finder_reads_it_all(
    kind: str,
) -> None:
    text = HOSTILE[kind](400 * KB)
    work = Work()
    finder_for("en").find(text, work=work, limit=MAX_EXPRESSIONS)
    whole = Work()
    finder_for("en").find(text, work=whole)
    assert work.total < whole.total / 2
    with pytest.raises(TooManyExpressionsError):
        build_timeline(text, PUBLISHED)


@pytest.mark.parametrize("kind", ["plain", "counting", "may_may", "no_spaces"])
def test_the_whole_pipeline_answers_hostile_text(kind: str) -> None:
    try:
        timeline = build_timeline(HOSTILE[kind](30 * KB), PUBLISHED)
    except TimelineError:  # too many expressions: refused, which is an answer too
        return
    assert all(event.phrase for event in timeline.events)
