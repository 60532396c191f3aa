"""The finder alone: spans, case rules, and words that only look like dates."""

from __future__ import annotations

import pytest

from timeline.engine.finder import Mention
from timeline.lang import finder_for


def find_mentions(text: str, *, strict_case: bool = True) -> list[Mention]:
    """As a document is read: each end of a stretch an expression of its own."""
    return finder_for("en").find(text, strict_case=strict_case, split_stretches=True)


def _phrases(text: str) -> list[str]:
    return [mention.text_in(text) for mention in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Troops may march in May.", ["May"]),
        ("Protesters will march on Friday.", ["Friday"]),
        ("The 38th Airborne Brigade has 48,000 men.", []),
        ("Only 3 percent agree, says Section 2020 of the act.", []),
        ("A 10-year-old boy was found.", []),
        ("He sold 1,500 cars in 2020.", ["2020"]),
        ("They left as soon as they could.", []),
        ("It started shortly before midnight.", ["midnight"]),
        ("Markets priced in a quarter-point rise.", []),
        ("It ended a year-long war.", ["a year"]),
        ("The deal, signed in 1957-58, lasted.", ["1957", "58"]),
        ("April Ryan asked in April.", ["April"]),
        ("The fall of the city came in the fall of 1453.", ["the fall of 1453"]),
    ],
)
def test_finds_time_expressions_and_only_those(text: str, phrases: list[str]) -> None:
    assert _phrases(text) == phrases


def test_a_date_and_its_clock_time_are_one_mention() -> None:
    mentions = find_mentions("The vote is on Friday at 3 p.m. in the hall.")
    assert [m.rule for m in mentions] == ["date_at_clock"]
    assert len(mentions[0].parts) == 2


def test_capitals_are_not_demanded_of_a_typed_phrase() -> None:
    assert [m.rule for m in find_mentions("march 3rd 2015", strict_case=False)] == ["month_day"]
    assert [m.rule for m in find_mentions("troops march 3 miles")] == []
    # In running text a lower-case "march" needs an ordinal day or a year to be a month.
    assert [m.rule for m in find_mentions("march 3rd 2015")] == ["month_day"]
