"""build_timeline on whole articles: what is found, how it resolves, how it is ordered."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.articles import (
    COUNCIL_BUDGET,
    COUNCIL_PUBLISHED,
    STORM_PUBLISHED,
    STORM_REPORT,
)
from timeline import (
    MAX_EXPRESSIONS,
    Event,
    Timeline,
    TooManyExpressionsError,
    UnknownTimezoneError,
    UnsupportedLanguageError,
    build_timeline,
)


def _timeline(text: str, published: str, **options: str) -> Timeline:
    return build_timeline(text, datetime.fromisoformat(published), **options)  # type: ignore[arg-type]


def _by_phrase(timeline: Timeline) -> dict[str, Event]:
    return {event.phrase: event for event in timeline.events}


@pytest.fixture(scope="module")
def council() -> dict[str, Event]:
    return _by_phrase(_timeline(COUNCIL_BUDGET, COUNCIL_PUBLISHED))


@pytest.mark.parametrize(
    ("phrase", "kind", "value", "granularity"),
    [
        ("Tuesday", "DATE", "2023-06-13", "day"),
        ("two weeks ago", "DATE", "2023-05-31", "day"),
        ("next month", "DATE", "2023-07", "month"),
        ("2019", "DATE", "2019", "year"),
        ("last week", "DATE", "2023-W23", "week"),
        ("2021", "DATE", "2021", "year"),
        ("May 2", "DATE", "2023-05-02", "day"),
        ("The next day", "DATE", "2023-05-03", "day"),
        ("recent days", "DATE", "PAST_REF", None),
        ("the near future", "DATE", "FUTURE_REF", None),
        ("every Monday", "SET", "XXXX-WXX-1", None),
        ("six years", "DURATION", "P6Y", None),
        ("the past decade", "DURATION", "P10Y", None),
        ("Friday", "DATE", "2023-06-16", "day"),
    ],
)
def test_article_expressions_resolve_against_the_publish_date(
    council: dict[str, Event], phrase: str, kind: str, value: str, granularity: str | None
) -> None:
    time = council[phrase].time
    assert (time.type, time.value, time.granularity) == (kind, value, granularity)


def test_narrative_phrase_names_the_event_it_counts_from(council: dict[str, Event]) -> None:
    assert council["The next day"].time.anchor == council["May 2"].id
    assert council["two weeks ago"].time.anchor == "published"


@pytest.mark.parametrize("not_a_date", ["48", "1,200", "27-member", "52", "4 percent", "$48"])
def test_numbers_that_are_not_dates_are_not_found(
    council: dict[str, Event], not_a_date: str
) -> None:
    assert not any(not_a_date in phrase for phrase in council)


def test_week_interval_runs_monday_to_monday(council: dict[str, Event]) -> None:
    time = council["last week"].time
    assert (time.start, time.end) == (datetime(2023, 6, 5), datetime(2023, 6, 12))


def test_every_phrase_is_the_text_at_its_span() -> None:
    for event in _timeline(COUNCIL_BUDGET, COUNCIL_PUBLISHED).events:
        assert COUNCIL_BUDGET[event.span.start : event.span.end] == event.phrase
        sentence = COUNCIL_BUDGET[event.sentence_span.start : event.sentence_span.end]
        assert sentence == event.sentence
        assert event.phrase in event.event and event.event in event.sentence


def test_events_are_ordered_by_start_then_undated_by_position() -> None:
    events = _timeline(COUNCIL_BUDGET, COUNCIL_PUBLISHED).events
    dated = [event for event in events if event.time.start is not None]
    undated = [event for event in events if event.time.start is None]
    assert events == tuple(dated + undated)
    assert [e.time.start for e in dated] == sorted(e.time.start for e in dated)  # type: ignore[type-var]
    assert [e.span.start for e in undated] == sorted(e.span.start for e in undated)


def test_event_is_the_clause_not_the_whole_sentence(council: dict[str, Event]) -> None:
    event = council["Tuesday"]
    assert event.event.startswith("The city council voted on Tuesday")
    assert "two weeks ago" not in event.event or len(event.event) < len(event.sentence)


def test_two_expressions_in_one_sentence_give_two_events(council: dict[str, Event]) -> None:
    assert council["Tuesday"].sentence == council["two weeks ago"].sentence
    assert council["Tuesday"].id != council["two weeks ago"].id


def test_times_of_day_in_a_storm_report() -> None:
    storm = _by_phrase(_timeline(STORM_REPORT, STORM_PUBLISHED))
    assert storm["Sunday night"].time.value == "2024-01-14TNI"
    assert storm["Monday morning"].time.value == "2024-01-15TMO"
    assert storm["Thursday"].time.value == "2024-01-18"  # "expect": forecast, future
    assert storm["the 1990s"].time.value == "199"
    assert storm["the first quarter"].time.value == "2024-Q1"
    assert storm["April"].time.value == "2024-04"


def test_timezone_puts_an_offset_on_every_interval() -> None:
    timeline = _timeline(STORM_REPORT, STORM_PUBLISHED, timezone="Europe/Minsk")
    assert timeline.published.isoformat() == "2024-01-16T00:00:00+03:00"
    dated = [event for event in timeline.events if event.time.start is not None]
    assert dated and all(event.time.start.utcoffset() is not None for event in dated)  # type: ignore[union-attr]


def test_same_text_gives_the_same_timeline_twice() -> None:
    first = _timeline(COUNCIL_BUDGET, COUNCIL_PUBLISHED)
    second = _timeline(COUNCIL_BUDGET, COUNCIL_PUBLISHED)
    assert first.events == second.events


def test_unknown_language_and_timezone_are_refused() -> None:
    with pytest.raises(UnsupportedLanguageError):
        _timeline("today", "2022-03-14", language="xx")
    with pytest.raises(UnknownTimezoneError):
        _timeline("today", "2022-03-14", timezone="Mars/Olympus")


def test_too_many_expressions_are_refused_not_cut() -> None:
    text = "It happened on Friday. " * (MAX_EXPRESSIONS + 1)
    with pytest.raises(TooManyExpressionsError):
        _timeline(text, "2022-03-14")


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_publish_dates_at_the_ends_of_the_calendar_do_not_break(published: str) -> None:
    timeline = _timeline("Last year, next week, on Friday, in 2020 and tomorrow.", published)
    for event in timeline.events:
        if event.time.start is not None and event.time.end is not None:
            assert event.time.start < event.time.end


@pytest.mark.parametrize(
    ("text", "phrase", "anchor_phrase", "value"),
    [
        ("The storm hit on Aug. 3. Power came back 36 hours later.",
         "36 hours later", "Aug. 3", "2024-08-04T12:00"),
        ("The plant opened in 2019. It closed on March 2, 2020. Two days later it was sold.",
         "Two days later", "March 2, 2020", "2020-03-04"),
        ("The firm was founded in 1990. Two years later it went public.",
         "Two years later", "1990", "1992"),
        ("The strike began on May 2. It ended two weeks after.",
         "two weeks after", "May 2", "2024-05-16"),
        ("The vote was held on May 2. The day before, rallies filled the streets.",
         "The day before", "May 2", "2024-05-01"),
        ("Talks began on May 2 at 9 a.m. The following week, they collapsed.",
         "The following week", "May 2 at 9 a.m.", "2024-W19"),
    ],
)  # fmt: skip
def test_narrative_offsets_count_from_the_last_day_named(
    text: str, phrase: str, anchor_phrase: str, value: str
) -> None:
    events = _by_phrase(_timeline(text, "2024-08-07"))
    assert events[phrase].time.value == value
    assert events[phrase].time.anchor == events[anchor_phrase].id


def test_an_offset_from_an_event_is_a_duration_not_a_date() -> None:
    events = _by_phrase(_timeline("Talks collapsed on Friday, two weeks after they began.",
                                  "2022-03-14"))  # fmt: skip
    assert events["two weeks"].time.value == "P2W"
    assert events["Friday"].time.value == "2022-03-11"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The two leaders will meet on March 3 in Geneva.", "March 3", "2023-03-03"),
        ("The two leaders met on March 3 in Geneva.", "March 3", "2022-03-03"),
        ("The two leaders met on August 3 in Geneva.", "August 3", "2021-08-03"),
        ("The two leaders will meet on August 3 in Geneva.", "August 3", "2022-08-03"),
    ],
)
def test_a_date_without_a_year_takes_the_year_its_tense_points_to(
    text: str, phrase: str, value: str
) -> None:
    assert _by_phrase(_timeline(text, "2022-06-01"))[phrase].time.value == value


def test_two_expressions_in_one_sentence_date_their_own_clauses() -> None:
    text = "The envoy arrived in the capital on Monday, but he left on Friday after talks failed."
    events = _by_phrase(_timeline(text, "2022-03-14"))
    assert events["Monday"].event == "The envoy arrived in the capital on Monday"
    assert events["Friday"].event == "he left on Friday after talks failed"
