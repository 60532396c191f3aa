"""The rule index may find more places and rules than the grammar matches, never fewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.articles import COUNCIL_BUDGET, STORM_REPORT
from timeline.engine.fold import _PUNCTUATION, as_bytes, fold_case
from timeline.engine.index import RuleIndex
from timeline.engine.index_build import build_source
from timeline.lang import finder_for, grammar_of

_RULE_INDEX = finder_for("en").index
PATTERNS = grammar_of("en").compiled

# Letters that IGNORECASE equates with ASCII ones (the long s, dotted and dotless i, Kelvin),
# and characters past U+00FF of each kind that stands in for them: digits, letters, blanks.
TRICKY = (
    "weeK ſeptember FrİDAY laſt Monday at 3 P.M. the ’90s 2020’s KELVIN Kelvin "
    "٣ days ago, ж2020, 1999–2001,\u2009March\u20093, D-Day W 2021 \x00\x01 5 p.m."
)
TEXTS = [COUNCIL_BUDGET, STORM_REPORT, TRICKY]
TEST_FILES = sorted(Path(__file__).parent.glob("test_*.py"))


def _assert_sound(text: str) -> None:
    data = as_bytes(text)
    assert len(data) == len(text) + 1  # one byte per character, after the start byte
    for position in range(len(text)):
        matched = [
            rule
            for rule, pattern in PATTERNS.items()
            if (match := pattern.match(text, position)) is not None and match.end() > position
        ]
        if matched:
            context = text[max(0, position - 5) : position + 30]
            assert _RULE_INDEX.next_start(data, position) == position, (context, matched)
            missing = set(matched) - set(_RULE_INDEX.rules_at(data, position))
            assert not missing, (context, missing)


def test_every_rule_match_in_articles_is_found_by_the_index() -> None:
    for text in TEXTS + [path.read_text(encoding="utf-8") for path in TEST_FILES]:
        _assert_sound(text)


ODD_CHARACTERS = list("ſİıKk sMmAaYy0123456789-–'’.,:/ \u2009\u00a0٣жéDW\x00\x01")


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(ODD_CHARACTERS), max_size=60))
def test_every_rule_match_in_odd_text_is_found_by_the_index(text: str) -> None:
    _assert_sound(text)


def test_the_index_skips_what_no_rule_begins_with() -> None:
    text = "The 48,000-strong brigade held 3 percent of the line."
    data = as_bytes(text)
    assert _RULE_INDEX.next_start(data, 0) == text.index("48")
    assert "year" not in _RULE_INDEX.rules_at(data, text.index("48"))


def test_a_number_tries_only_the_rules_that_may_follow_it() -> None:
    """A run of digits is followed by what comes after it ("3 percent" is no duration), and
    a run longer than the index follows still finds its rule."""
    text = "It held 3 percent of the 38th line for 48,000 hours, then 1,000 days."
    data = as_bytes(text)
    for number in ("3 percent", "38th"):
        rules = set(_RULE_INDEX.rules_at(data, text.index(number)))
        assert not rules & {"duration", "offset", "upcoming", "weekdays_away"}, (number, rules)
    assert "duration" in _RULE_INDEX.rules_at(data, text.index("1,000"))
    _assert_sound(text)
    days = RuleIndex(build_source({"days": r"\b\d+\s?days\b"}))
    text = "For 12 days, 1234567 days, 3 percent, 12345 percent."
    data = as_bytes(text)
    assert [days.rules_at(data, text.index(n)) for n in ("12 d", "1234567", "3 p", "12345")] == [
        ("days",),
        ("days",),
        (),
        ("days",),  # past the longest run followed: tried, and refused by the rule itself
    ]


def test_rules_are_named_in_the_order_given() -> None:
    index = RuleIndex(build_source({"second": r"\bfriday\b", "first": r"\bfri(?:day)?\b"}))
    data = as_bytes("On Friday.")
    assert index.rules_at(data, 3) == ("second", "first")


def test_a_rule_that_may_begin_with_anything_is_refused() -> None:
    with pytest.raises(ValueError, match="begin with anything"):
        build_source({"anything": r".?day"})


def test_folding_keeps_offsets() -> None:
    text = "İstanbul ſeptember ß Σ"
    assert len(fold_case(text)) == len(text)


def test_punctuation_replaced_in_bulk_gets_the_stand_in_of_its_kind() -> None:
    for char in _PUNCTUATION:
        assert as_bytes(char) == as_bytes("\u2030")  # the per mille sign: punctuation too
