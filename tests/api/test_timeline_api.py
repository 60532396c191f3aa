"""POST /v1/timeline: the HTTP contract of a successful request."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient


def _post_json(client: FlaskClient, **fields: Any) -> dict[str, Any]:
    response = client.post("/v1/timeline", json=fields)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def _without_timing(body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "stats": {**body["stats"], "elapsed_ms": None}}


def _by_phrase(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {event["phrase"].lower(): event for event in body["events"]}


def test_json_and_plain_text_bodies_give_the_same_timeline(
    client: FlaskClient, transit_strike: str, published: str
) -> None:
    as_json = client.post(
        "/v1/timeline",
        json={"text": transit_strike, "published": published, "title": "Strike", "prefer": "past"},
    )
    as_text = client.post(
        f"/v1/timeline?published={published}&title=Strike&prefer=past",
        data=transit_strike.encode(),
        content_type="text/plain",
    )
    assert as_json.status_code == as_text.status_code == 200
    assert _without_timing(as_json.get_json()) == _without_timing(as_text.get_json())


def test_yesterday_resolves_to_the_day_before_publication(
    client: FlaskClient, transit_strike: str, published: str
) -> None:
    body = _post_json(client, text=transit_strike, published=published)
    assert _by_phrase(body)["yesterday"]["time"]["value"] == "2022-03-13"


def test_every_phrase_and_sentence_is_the_text_at_its_span(
    client: FlaskClient, transit_strike: str, published: str
) -> None:
    body = _post_json(client, text=transit_strike, published=published)
    assert body["events"], "the article has time expressions"
    for event in body["events"]:
        start, end = event["span"]
        assert event["phrase"] == transit_strike[start:end]
        sentence_start, sentence_end = event["sentence_span"]
        assert event["sentence"] == transit_strike[sentence_start:sentence_end]
        assert sentence_start <= start < end <= sentence_end


def test_offsets_count_code_points_of_non_ascii_text(client: FlaskClient, published: str) -> None:
    text = "Die Büros in Zürich — 🏢 — schlossen yesterday, sagte der Sprecher."
    body = _post_json(client, text=text, published=published)
    [event] = [e for e in body["events"] if e["phrase"] == "yesterday"]
    assert text[event["span"][0] : event["span"][1]] == "yesterday"


def test_answer_has_the_documented_fields(
    client: FlaskClient, transit_strike: str, published: str
) -> None:
    body = _post_json(client, text=transit_strike, published=published)
    assert list(body) == ["published", "language", "title", "events", "stats"]
    assert set(body["stats"]) == {"expressions", "elapsed_ms"}
    assert body["stats"]["expressions"] == len(body["events"])
    for event in body["events"]:
        assert set(event) == {"id", "phrase", "span", "event", "sentence", "sentence_span", "time"}
        assert set(event["time"]) == {"type", "value", "start", "end", "granularity", "anchor"}
    assert len({event["id"] for event in body["events"]}) == len(body["events"])


def test_dated_events_come_first_in_time_order(
    client: FlaskClient, transit_strike: str, published: str
) -> None:
    events = _post_json(client, text=transit_strike, published=published)["events"]
    dated = [event["time"]["start"] is not None for event in events]
    assert dated == sorted(dated, reverse=True)
    starts = [event["time"]["start"] for event in events if event["time"]["start"] is not None]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("fields", "published", "language", "title"),
    [
        ({}, "2022-03-14T00:00:00", "en", None),
        ({"title": "Bus strike"}, "2022-03-14T00:00:00", "en", "Bus strike"),
        ({"title": None}, "2022-03-14T00:00:00", "en", None),
        ({"published": "2022-03-14T09:30:00-05:00"}, "2022-03-14T09:30:00-05:00", "en", None),
        ({"published": "2022-03-14T09:30:00Z"}, "2022-03-14T09:30:00+00:00", "en", None),
        ({"timezone": "Europe/Minsk"}, "2022-03-14T00:00:00+03:00", "en", None),
        ({"language": "de"}, "2022-03-14T00:00:00", "de", None),
        ({"language": "EN"}, "2022-03-14T00:00:00", "en", None),
        ({"language": "zh-hans"}, "2022-03-14T00:00:00", "zh-Hans", None),
    ],
)
def test_options_shape_the_echoed_header(
    client: FlaskClient,
    transit_strike: str,
    fields: dict[str, Any],
    published: str,
    language: str,
    title: str | None,
) -> None:
    body = _post_json(client, **{"text": transit_strike, "published": "2022-03-14", **fields})
    assert (body["published"], body["language"], body["title"]) == (published, language, title)


def test_a_text_without_time_expressions_gives_no_events(
    client: FlaskClient, published: str
) -> None:
    body = _post_json(client, text="The committee thanked the volunteers.", published=published)
    assert body["events"] == []
    assert body["stats"]["expressions"] == 0


@pytest.mark.parametrize(
    "content_type", ["text/plain", "text/plain; charset=utf-8", "TEXT/PLAIN; charset=UTF-8"]
)
def test_plain_text_is_read_as_utf8_whatever_the_parameters(
    client: FlaskClient, published: str, content_type: str
) -> None:
    text = "Le maire a démissionné yesterday à Genève."
    response = client.post(
        f"/v1/timeline?published={published}", data=text.encode(), content_type=content_type
    )
    assert response.status_code == 200
    [event] = response.get_json()["events"]
    assert text[event["span"][0] : event["span"][1]] == event["phrase"] == "yesterday"


def test_json_body_may_declare_its_charset(client: FlaskClient, published: str) -> None:
    response = client.post(
        "/v1/timeline",
        data=f'{{"text": "He resigned yesterday.", "published": "{published}"}}',
        content_type="application/json; charset=utf-8",
    )
    assert response.status_code == 200
