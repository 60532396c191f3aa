"""`language: "auto"` at the HTTP edge, in the CLI and in the batch path: the detected language
and its confidence ride along in `detected`; every other field stays as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.cli import main

GERMAN = "Der Minister traf sich gestern mit den Vertretern der Gewerkschaft."
CHINESE = "市政府昨天宣布，地铁三号线将于明年五月开通。"


def _timeline(client: FlaskClient, **fields: Any) -> dict[str, Any]:
    response = client.post("/v1/timeline", json=fields)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def test_auto_reads_the_text_in_the_language_detected(client: FlaskClient, published: str) -> None:
    body = _timeline(client, text=GERMAN, published=published, language="auto")
    assert list(body) == ["published", "language", "title", "events", "stats", "detected"]
    assert body["language"] == body["detected"]["language"] == "de"
    assert body["detected"]["fallback"] is False
    assert 0.2 <= body["detected"]["confidence"] <= 1
    assert [e["time"]["value"] for e in body["events"]] == ["2022-03-13"]


def test_auto_in_the_query_string_of_a_plain_text_body(client: FlaskClient, published: str) -> None:
    response = client.post(
        f"/v1/timeline?published={published}&language=AUTO",
        data=CHINESE.encode(),
        content_type="text/plain",
    )
    body = response.get_json()
    assert (response.status_code, body["language"], body["detected"]["language"]) == (
        200,
        "zh",
        "zh",
    )


def test_an_unsure_detection_falls_back_to_english_and_says_so(
    client: FlaskClient, published: str
) -> None:
    body = _timeline(client, text="2021", published=published, language="auto")
    assert body["language"] == "en"
    assert body["detected"]["fallback"] is True


def test_a_given_language_gets_no_detected_field(client: FlaskClient, published: str) -> None:
    body = _timeline(client, text=GERMAN, published=published, language="de")
    assert "detected" not in body


def test_a_phrase_cannot_be_auto(client: FlaskClient, published: str) -> None:
    response = client.post(
        "/v1/resolve", json={"phrase": "gestern", "published": published, "language": "auto"}
    )
    assert response.status_code == 422
    assert "auto" in response.get_json()["error"]["fields"]["language"][0]


def test_each_batch_document_may_ask_for_auto(client: FlaskClient, published: str) -> None:
    documents = [
        {"id": "de", "text": GERMAN, "published": published, "language": "auto"},
        {"id": "zh", "text": CHINESE, "published": published, "language": "auto"},
        {"id": "en", "text": "It rained yesterday.", "published": published},
    ]
    response = client.post("/v1/timelines", json={"documents": documents})
    assert response.status_code == 200
    results = {r["id"]: r["timeline"] for r in response.get_json()["results"]}
    assert (results["de"]["language"], results["zh"]["language"]) == ("de", "zh")
    assert results["zh"]["events"][0]["time"]["value"] == "2022-03-13"
    assert "detected" not in results["en"]


def test_the_cli_extracts_with_auto(
    tmp_path: Path, published: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(CHINESE, encoding="utf-8")
    assert main(["extract", str(path), "--published", published, "--language", "auto"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["detected"]["language"] == printed["language"] == "zh"
