"""Hostile inputs cost time in proportion to their length: no pattern backtracks out of hand.

Each check times the same work on an input and on the same input ten (or a hundred) times
longer and asserts a generous bound on the ratio. That catches a quadratic or exponential
blow-up (a hang in production); it does not judge how fast the code is.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime

import pytest

from timeline import TimelineError, build_timeline
from timeline.extract import _RULE_INDEX
from timeline.grammar import PATTERNS
from timeline.scan import as_bytes

PUBLISHED = datetime(2022, 3, 14)
KB = 1000
MB = 1000 * KB


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
    "pm": _repeat("3 p.m. "),
    "apostrophes": _repeat("'s "),
    "number_words": _repeat("twenty-one "),
}
PLAIN = _repeat(
    "The minister said on Friday that the talks, begun two weeks ago, would resume in 2023. "
)

# The bound on time(long) / time(short): linear is the length ratio, a blow-up is far beyond.
SLACK = 5.0
# Below this, a timer measures the machine, not the work: the short run is taken as this long.
FLOOR_SECONDS = 0.005


def _seconds(work: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def assert_linear(
    work: Callable[[str], object], make: Callable[[int], str], short: int, long: int
) -> None:
    """`work` on a `long` input costs at most SLACK times its share of the `short` one."""
    small, large = make(short), make(long)
    short_time = max(_seconds(lambda: work(small), repeat=3), FLOOR_SECONDS)
    bound = SLACK * (long / short) * short_time
    long_time = _seconds(lambda: work(large))
    if long_time >= bound:  # noise only ever adds time: a second look filters a busy machine
        long_time = min(long_time, _seconds(lambda: work(large), repeat=2))
    assert long_time < bound, (
        f"{long_time:.3f}s for {long:,} chars vs {short_time:.4f}s for {short:,}"
    )


def _scan(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: sum(1 for _ in pattern.finditer(text))


def _build(text: str) -> object:
    try:
        return build_timeline(text, PUBLISHED)
    except TimelineError:  # too many expressions: refused, which must also come quickly
        return None


def _index(text: str) -> object:
    """Every place the rule index stops at, and the rules it names there."""
    data = as_bytes(text)
    position, stops = 0, 0
    while (start := _RULE_INDEX.next_start(data, position)) is not None:
        stops += len(_RULE_INDEX.rules_at(data, start))
        position = start + 1
    return stops


@pytest.mark.parametrize(("name", "pattern"), PATTERNS.items(), ids=list(PATTERNS))
def test_each_pattern_scans_hostile_text_in_linear_time(
    name: str, pattern: re.Pattern[str]
) -> None:
    for kind, make in HOSTILE.items():
        try:
            assert_linear(_scan(pattern), make, 10 * KB, 100 * KB)
        except AssertionError as exc:
            raise AssertionError(f"pattern {name} on {kind}: {exc}") from None


@pytest.mark.parametrize("kind", HOSTILE)
def test_the_rule_index_scans_hostile_text_in_linear_time(kind: str) -> None:
    assert_linear(_index, HOSTILE[kind], 10 * KB, 100 * KB)


# The shapes that reach the resolver; the others are covered pattern by pattern above.
PIPELINE_KINDS = ["counting", "years", "may_may", "pm", "month_days", "digit_hyphens", "commas"]


@pytest.mark.parametrize("kind", PIPELINE_KINDS)
def test_the_whole_pipeline_is_linear_on_hostile_text(kind: str) -> None:
    assert_linear(_build, HOSTILE[kind], 10 * KB, 100 * KB)


@pytest.mark.parametrize("kind", ["no_spaces", "spaces"])
def test_a_megabyte_line_costs_a_hundred_times_ten_kilobytes(kind: str) -> None:
    assert_linear(_build, HOSTILE[kind], 10 * KB, 1 * MB)


def test_plain_prose_is_linear_too() -> None:
    assert_linear(_build, PLAIN, 10 * KB, 100 * KB)
