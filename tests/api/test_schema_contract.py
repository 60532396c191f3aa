"""The schemas fit the library: requests load into its arguments, answers dump its values."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime
from typing import Any

import pytest

from schemas.batch import BATCH_DOCUMENT
from schemas.requests import RESOLVE_REQUEST, TIMELINE_REQUEST
from schemas.responses import TIMELINE_RESPONSE
from timeline import Timeline, build_timeline, resolve_phrase


def _parameters(function: object) -> set[str]:
    return set(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_a_timeline_request_loads_into_build_timeline_arguments() -> None:
    loaded = TIMELINE_REQUEST.load({"text": "It rained on Friday.", "published": "2022-03-14"})
    assert set(loaded) == _parameters(build_timeline)


def test_a_batch_document_loads_into_an_id_and_build_timeline_arguments() -> None:
    loaded = BATCH_DOCUMENT.load({"id": "a", "text": "Rain.", "published": "2022-03-14"})
    assert set(loaded) - {"id"} == _parameters(build_timeline)


def test_a_resolve_request_loads_into_resolve_phrase_arguments() -> None:
    loaded = RESOLVE_REQUEST.load({"phrase": "last week", "published": "2022-03-14"})
    assert set(loaded) == _parameters(resolve_phrase)


def _moment(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _expected_answer(timeline: Timeline) -> dict[str, Any]:
    """The documented answer, spelled out field by field from the library's values."""
    return {
        "published": timeline.published.isoformat(),
        "language": timeline.language,
        "title": timeline.title,
        "events": [
            {
                "id": event.id,
                "phrase": event.phrase,
                "span": [event.span.start, event.span.end],
                "event": event.event,
                "sentence": event.sentence,
                "sentence_span": [event.sentence_span.start, event.sentence_span.end],
                "time": {
                    "type": event.time.type,
                    "value": event.time.value,
                    "start": _moment(event.time.start),
                    "end": _moment(event.time.end),
                    "granularity": event.time.granularity,
                    "anchor": event.time.anchor,
                },
            }
            for event in timeline.events
        ],
        "stats": {"expressions": len(timeline.events), "elapsed_ms": timeline.elapsed_ms},
    }


def _key_orders(document: Any) -> list[list[str]]:
    if isinstance(document, dict):
        return [list(document), *(o for value in document.values() for o in _key_orders(value))]
    if isinstance(document, list):
        return [order for item in document for order in _key_orders(item)]
    return []


@pytest.mark.parametrize(
    "options",
    [
        {"published": datetime(2022, 3, 14)},
        {"published": datetime(2022, 3, 14, 9, 30, 15, 250), "title": "Strike"},
        {"published": datetime(2022, 3, 14, 9, 30, tzinfo=UTC), "timezone": "Europe/Minsk"},
    ],
)
def test_a_timeline_dumps_to_the_documented_answer_in_schema_order(
    transit_strike: str, options: dict[str, Any]
) -> None:
    timeline = build_timeline(transit_strike + " The talks lasted three days.", **options)
    assert any(event.time.start is None for event in timeline.events), "a duration is covered"
    answer = TIMELINE_RESPONSE.dump(timeline)
    expected = _expected_answer(timeline)
    assert answer == expected
    assert _key_orders(answer) == _key_orders(expected)
