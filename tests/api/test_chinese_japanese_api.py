"""POST /v1/timeline in Chinese and Japanese: a real sentence each, through the HTTP contract."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "台风昨天登陆广东，气象台预计明天下午3点风力减弱，两周后恢复通航。",
         {"昨天": "2022-03-13", "明天下午3点": "2022-03-15T15:00", "两周后": "2022-03-28"}),
        ("zh-Hant", "颱風昨天登陸，氣象台預計下週一恢復通航。",
         {"昨天": "2022-03-13", "下週一": "2022-03-21"}),
        ("ja", "台風は昨日上陸し、気象庁は明日の午後3時に風が弱まり、2週間後に運航が"
               "再開すると発表した。",
         {"昨日": "2022-03-13", "明日の午後3時": "2022-03-15T15:00", "2週間後": "2022-03-28"}),
    ],
)  # fmt: skip
def test_a_news_sentence_is_read_in_its_language(
    client: FlaskClient, published: str, language: str, text: str, expected: dict[str, str]
) -> None:
    response = client.post(
        "/v1/timeline", json={"text": text, "published": published, "language": language}
    )
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    assert body["language"] == language
    assert {e["phrase"]: e["time"]["value"] for e in body["events"]} == expected
    for event in body["events"]:
        start, end = event["span"]
        assert text[start:end] == event["phrase"]


def test_resolve_reads_a_japanese_era_year(client: FlaskClient, published: str) -> None:
    response = client.post(
        "/v1/resolve", json={"phrase": "平成31年4月30日", "published": published, "language": "ja"}
    )
    assert response.status_code == 200
    assert response.get_json()["time"]["value"] == "2019-04-30"
