"""Properties of `build_timeline` that hold for any text and any valid publish date."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline, TimelineError, build_timeline

# Fragments that make events likely, so the properties are not only checked on empty results.
DATE_WORDS = [
    "yesterday",
    "on Friday",
    "last week",
    "two weeks ago",
    "in 2020",
    "the 2020's",
    "March 3",
    "3 March 2021",
    "next month",
    "in recent days",
    "the near future",
    "over the last dozen years",
    "three-day",
    "9999",
    "0001",
    "31/12/9999",
    "1 January 1",
    "Dec. 31, 9999",
    "at 25:61",
    "the 19th century",
    "every Monday",
    "tomorrow morning",
    "in the spring of 1999",
    " ",
    ". ",
    ", ",
    "\n\n",
]
ODD = [
    "\x00",
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "أمس",  # Arabic: yesterday
    "في عام 2020",  # Arabic: in the year 2020
    "אתמול",  # Hebrew: yesterday
    "👍🏽",
    "👨‍👩‍👧",
    "\ufeff",
    "\u0301",  # combining accent
    "𝟐𝟎𝟐𝟎",  # mathematical digits
    "٢٠٢٠",  # Arabic-Indic digits
]
texts = st.lists(
    st.one_of(
        st.text(max_size=30),  # any code point but surrogates, NUL included
        st.sampled_from(DATE_WORDS),
        st.sampled_from(ODD),
    ),
    max_size=12,
).map("".join)

offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
publish_dates = st.datetimes(
    min_value=datetime(1, 1, 1),
    max_value=datetime(9999, 12, 31, 23, 59, 59),
    timezones=st.one_of(st.none(), offsets),
)

PROPERTY = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def build(text: str, published: datetime) -> Timeline | None:
    """The timeline without its timing, or None for a refusal the library means to make."""
    try:
        result = build_timeline(text, published)
    except TimelineError:
        return None
    return dataclasses.replace(result, elapsed_ms=0.0)


@PROPERTY
@given(text=texts, published=publish_dates)
def test_every_span_indexes_the_text_and_holds_its_phrase(text: str, published: datetime) -> None:
    result = build(text, published)
    if result is None:
        return
    for event in result.events:
        assert 0 <= event.span.start < event.span.end <= len(text)
        assert text[event.span.start : event.span.end] == event.phrase
        sentence = event.sentence_span
        assert 0 <= sentence.start <= event.span.start
        assert event.span.end <= sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == event.sentence


@PROPERTY
@given(text=texts, published=publish_dates)
def test_dated_events_come_first_in_time_order_then_undated_by_span(
    text: str, published: datetime
) -> None:
    result = build(text, published)
    if result is None:
        return
    dated = [e for e in result.events if e.time.start is not None]
    undated = [e for e in result.events if e.time.start is None]
    assert list(result.events) == dated + undated
    dated_keys = [(e.time.start, e.span.start) for e in dated]
    assert dated_keys == sorted(dated_keys)
    assert [e.span.start for e in undated] == sorted(e.span.start for e in undated)


@PROPERTY
@given(text=texts, published=publish_dates)
def test_intervals_start_before_they_end(text: str, published: datetime) -> None:
    result = build(text, published)
    if result is None:
        return
    for event in result.events:
        if event.time.start is not None and event.time.end is not None:
            assert event.time.start < event.time.end, event


@PROPERTY
@given(
    text=texts,
    published=publish_dates,
    others=st.lists(st.tuples(texts, publish_dates), min_size=1, max_size=3),
)
def test_result_is_the_same_again_and_after_other_documents(
    text: str, published: datetime, others: list[tuple[str, datetime]]
) -> None:
    first = build(text, published)
    assert build(text, published) == first
    for other_text, other_published in others:
        build(other_text, other_published)
    assert build(text, published) == first
