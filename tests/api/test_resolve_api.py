"""POST /v1/resolve: one phrase against a publish date."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient


def _resolve(client: FlaskClient, **fields: Any) -> dict[str, Any]:
    response = client.post("/v1/resolve", json=fields)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def test_two_weeks_ago_resolves_to_the_end_of_february(client: FlaskClient, published: str) -> None:
    body = _resolve(client, phrase="two weeks ago", published=published)
    assert body["phrase"] == "two weeks ago"
    assert body["time"]["type"] == "DATE"
    assert body["time"]["value"] in {"2022-02-28", "2022-W09"}
    assert body["time"]["start"] <= "2022-02-28T00:00:00" < body["time"]["end"]


@pytest.mark.parametrize("phrase", ["this is the one", "the committee", "48,000-man-strong"])
def test_a_phrase_that_is_no_time_expression_gives_null(
    client: FlaskClient, published: str, phrase: str
) -> None:
    assert _resolve(client, phrase=phrase, published=published) == {"phrase": phrase, "time": None}


def test_plain_text_phrase_with_query_options(client: FlaskClient) -> None:
    response = client.post(
        "/v1/resolve?published=2022-03-14T23:30:00%2B00:00&timezone=Europe/Minsk",
        data=b"yesterday",
        content_type="text/plain",
    )
    assert response.status_code == 200
    # 23:30 UTC is already 15 March in Minsk, so its yesterday is the 14th.
    assert response.get_json()["time"]["value"] == "2022-03-14"


def test_time_carries_the_zone_of_the_publish_date(client: FlaskClient) -> None:
    body = _resolve(client, phrase="yesterday", published="2022-03-14T09:30:00-05:00")
    assert body["time"]["start"] == "2022-03-13T00:00:00-05:00"
    assert body["time"]["end"] == "2022-03-14T00:00:00-05:00"
