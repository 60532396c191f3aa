"""The real server: gunicorn with the Procfile's settings on a free 127.0.0.1 port."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from service.localserver import running_server

pytestmark = pytest.mark.e2e

# Small enough to cross with a test body, large enough for the articles.
BODY_LIMIT = 5000


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    env = {"TIMELINE_MAX_CONTENT_LENGTH": str(BODY_LIMIT)}
    with running_server(workers=2, env=env) as (url, _process):
        yield url


def _post(url: str, body: bytes, content_type: str) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.load(error)


def test_health_answers_ok(base_url: str) -> None:
    with urllib.request.urlopen(f"{base_url}/healthz", timeout=10) as response:
        assert response.status == 200
        assert json.load(response) == {"status": "ok"}


def test_json_article_gives_its_timeline(
    base_url: str, transit_strike: str, published: str
) -> None:
    body = json.dumps({"text": transit_strike, "published": published, "title": "Strike"})
    status, answer = _post(f"{base_url}/v1/timeline", body.encode(), "application/json")
    assert status == 200, answer
    assert answer["title"] == "Strike"
    values = {event["phrase"].lower(): event["time"]["value"] for event in answer["events"]}
    assert values["yesterday"] == "2022-03-13"
    for event in answer["events"]:
        assert transit_strike[event["span"][0] : event["span"][1]] == event["phrase"]


def test_plain_text_article_gives_the_same_timeline_as_json(
    base_url: str, harbour_fire: str, published: str
) -> None:
    url = f"{base_url}/v1/timeline"
    fields = {"text": harbour_fire, "published": published}
    _, as_json = _post(url, json.dumps(fields).encode(), "application/json")
    status, as_text = _post(f"{url}?published={published}", harbour_fire.encode(), "text/plain")
    assert status == 200, as_text
    as_json["stats"]["elapsed_ms"] = as_text["stats"]["elapsed_ms"] = 0
    assert as_text == as_json
    assert as_text["events"], "the article has time expressions"


def test_malformed_json_is_a_400_in_the_error_shape(base_url: str) -> None:
    status, answer = _post(f"{base_url}/v1/timeline", b'{"text": ', "application/json")
    assert status == 400
    assert answer["error"]["code"] == "malformed_json"
    assert set(answer["error"]) == {"code", "message", "fields"}


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_body_over_the_limit_set_in_the_environment_is_a_413(base_url: str, chunked: bool) -> None:
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=30)
    body = b"It rained yesterday. " * (BODY_LIMIT // 10)
    try:
        if chunked:
            connection.request(
                "POST", "/v1/timeline?published=2022-03-14", body=iter([body]),
                headers={"Content-Type": "text/plain"}, encode_chunked=True,
            )  # fmt: skip
        else:
            connection.request(
                "POST", "/v1/timeline?published=2022-03-14", body=body,
                headers={"Content-Type": "text/plain"},
            )  # fmt: skip
        response = connection.getresponse()
        assert response.status == 413
        assert json.load(response)["error"]["code"] == "body_too_large"
    finally:
        connection.close()
