"""The prefilter may find more places than the rules, never fewer."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.articles import COUNCIL_BUDGET, STORM_REPORT
from timeline.extract import _ANY_RULE
from timeline.grammar import PATTERNS
from timeline.prefilter import fold_case

# Letters that IGNORECASE equates with ASCII ones (the long s, dotted and dotless i, Kelvin).
TRICKY = "weeK ſeptember FrİDAY laſt Monday at 3 P.M. the ’90s 2020’s KELVIN Kelvin"
TEXTS = [COUNCIL_BUDGET, STORM_REPORT, TRICKY]
TEST_FILES = sorted(Path(__file__).parent.glob("test_*.py"))


def _assert_sound(text: str) -> None:
    folded = fold_case(text)
    assert len(folded) == len(text)
    for position in range(len(text)):
        matched = [
            rule
            for rule, pattern in PATTERNS.items()
            if (match := pattern.match(text, position)) is not None and match.end() > position
        ]
        if matched:
            assert _ANY_RULE.match(folded, position), (text[position : position + 30], matched)


def test_every_rule_match_in_articles_is_a_prefilter_hit() -> None:
    for text in TEXTS + [path.read_text(encoding="utf-8") for path in TEST_FILES]:
        _assert_sound(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ſİıKk sMmAaYy0123456789-'’.,:/ ")), max_size=60))
def test_every_rule_match_in_odd_text_is_a_prefilter_hit(text: str) -> None:
    _assert_sound(text)
