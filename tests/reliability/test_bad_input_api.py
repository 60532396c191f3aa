"""Hostile and odd requests get a clean status and a JSON error, never a 500 or a hang.

Only what `tests/api` does not already try: the default size limit, odd code points sent as
JSON escapes, huge numbers of date-like tokens, deep objects, and lying Content-Lengths
against a real gunicorn.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from schemas.errors import ErrorSchema
from service import create_app
from service.localserver import running_server

PUBLISHED = "2022-03-14"
LIMIT = 1_000_000
# A request of any of these sizes must finish well inside gunicorn's worker timeout (30 s).
SECONDS = 20.0


@pytest.fixture(scope="module")
def shared() -> FlaskClient:
    return create_app({"TESTING": True}).test_client()


def assert_error(response: TestResponse, status: int, field: str | None = None) -> None:
    body = response.get_json()
    assert response.status_code == status, body
    assert ErrorSchema().validate(body) == {}, body
    if field is not None:
        assert field in body["error"]["fields"], body


def _text_body(text: str) -> bytes:
    return json.dumps({"text": text, "published": PUBLISHED}).encode()


def _json_of_size(size: int) -> bytes:
    """A valid request body of exactly `size` bytes."""
    empty = _text_body("")
    return _text_body("x" * (size - len(empty)))


def test_a_body_of_the_default_limit_plus_one_byte_is_a_413(shared: FlaskClient) -> None:
    body = _json_of_size(LIMIT + 1)
    response = shared.post("/v1/timeline", data=body, content_type="application/json")
    assert_error(response, 413)


def test_a_body_just_under_the_default_limit_is_answered_in_time(shared: FlaskClient) -> None:
    body = _json_of_size(LIMIT)
    started = time.monotonic()
    response = shared.post("/v1/timeline", data=body, content_type="application/json")
    assert response.status_code == 200, response.get_json()
    assert time.monotonic() - started < SECONDS


def _tokens(unit: str, count: int) -> str:
    return " ".join(unit.format(n=n) for n in range(count))


@pytest.mark.parametrize(
    "text",
    [
        _tokens("{n}", 50_000),
        _tokens("May", 50_000),
        _tokens("20{n}", 50_000),
        "x" * (LIMIT - 100),
    ],
    ids=["counting", "may", "years", "one-line-no-spaces"],
)
def test_a_flood_of_tokens_is_answered_or_refused_quickly(shared: FlaskClient, text: str) -> None:
    started = time.monotonic()
    response = shared.post("/v1/timeline", json={"text": text, "published": PUBLISHED})
    assert time.monotonic() - started < SECONDS
    if response.status_code != 200:
        assert_error(response, 422, "text")


ODD_TEXTS = {
    "nul": '"before\\u0000after yesterday"',
    "lone-high-surrogate": '"yesterday \\ud800 tomorrow"',
    "lone-low-surrogate": '"\\udfff on Friday"',
    "reversed-pair": '"\\udc00\\ud800 last week"',
    "rtl": '"\\u05d0\\u05ea\\u05de\\u05d5\\u05dc on Friday \\u202e2020\\u202c"',
    "emoji": '"\\ud83d\\udc4d\\ud83c\\udffd yesterday \\ud83d\\udc68\\u200d\\ud83d\\udc69"',
}


@pytest.mark.parametrize("escaped", ODD_TEXTS.values(), ids=list(ODD_TEXTS))
def test_odd_code_points_as_json_escapes_are_read_with_offsets_kept(
    shared: FlaskClient, escaped: str
) -> None:
    body = f'{{"text": {escaped}, "published": "{PUBLISHED}"}}'.encode()
    response = shared.post("/v1/timeline", data=body, content_type="application/json")
    assert response.status_code == 200, response.get_json()
    text = json.loads(escaped)
    for event in response.get_json()["events"]:
        assert text[event["span"][0] : event["span"][1]] == event["phrase"]


@pytest.mark.parametrize("field", ["text", "published", "title", "language", "prefer"])
@pytest.mark.parametrize("value", [None, 1, 1.5, True, [], {}])
def test_wrong_types_are_named(shared: FlaskClient, field: str, value: Any) -> None:
    if value is None and field == "title":
        return  # title is optional and null means none
    fields = {"text": "It rained yesterday.", "published": PUBLISHED, field: value}
    assert_error(shared.post("/v1/timeline", json=fields), 422, field)


@pytest.mark.parametrize("field", ["phrase", "published", "language", "timezone", "prefer"])
@pytest.mark.parametrize("value", [1, True, [], {}])
def test_wrong_types_are_named_by_resolve(shared: FlaskClient, field: str, value: Any) -> None:
    fields = {"phrase": "yesterday", "published": PUBLISHED, field: value}
    assert_error(shared.post("/v1/resolve", json=fields), 422, field)


def test_unknown_fields_are_all_named(shared: FlaskClient) -> None:
    fields = {"text": "Yesterday.", "published": PUBLISHED, "txt": "a", "Published": "b"}
    response = shared.post("/v1/timeline", json=fields)
    assert_error(response, 422)
    assert {"txt", "Published"} <= set(response.get_json()["error"]["fields"])


@pytest.mark.parametrize(
    "published",
    ["2022-03-14T09:30:00+14:00", "2022-03-14T09:30:00-12:00", "0001-01-01", "9999-12-31"],
)
def test_edge_publish_dates_are_accepted(shared: FlaskClient, published: str) -> None:
    response = shared.post("/v1/timeline", json={"text": "Yesterday.", "published": published})
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize("published", ["1647216000", "2022-03-14T09:30:00+14", "+2022-03-14"])
def test_unparseable_publish_dates_are_named(shared: FlaskClient, published: str) -> None:
    response = shared.post("/v1/timeline", json={"text": "Yesterday.", "published": published})
    assert_error(response, 422, "published")


def _nested(depth: int, opener: str, closer: str) -> bytes:
    return (opener * depth + "1" + closer * depth).encode()


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": ' + _nested(10_000, '{"a":', "}") + b', "published": "2022-03-14"}',
        b'{"text": "x", "published": "2022-03-14", "extra": ' + _nested(10_000, "[", "]") + b"}",
        _nested(10_000, '{"a":', "}"),
    ],
    ids=["deep-text", "deep-unknown-field", "deep-body"],
)
def test_deeply_nested_json_is_a_client_error(shared: FlaskClient, body: bytes) -> None:
    response = shared.post("/v1/timeline", data=body, content_type="application/json")
    assert response.status_code in {400, 422}, response.get_json()
    assert_error(response, response.status_code)


# ---- against a real gunicorn: what the test client cannot send ------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    with running_server(workers=1, extra_args=("--timeout", "10")) as (base_url, _process):
        host, port = base_url.removeprefix("http://").split(":")
        yield host, int(port)


def _raw_exchange(address: tuple[str, int], request: bytes) -> bytes:
    """Send `request`, half-close, and read until the server closes or 15 s pass."""
    with socket.create_connection(address, timeout=15) as conn:
        conn.sendall(request)
        conn.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def _post(body: bytes, length: int) -> bytes:
    head = (
        "POST /v1/timeline HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


@pytest.mark.e2e
@pytest.mark.parametrize(
    "delta", [-10, -1, 1, 1000], ids=["short-10", "short-1", "long-1", "long-1000"]
)
def test_a_lying_content_length_never_gets_a_500_or_hangs(
    server: tuple[str, int], delta: int
) -> None:
    body = _text_body("It rained yesterday.")
    started = time.monotonic()
    reply = _raw_exchange(server, _post(body, len(body) + delta))
    assert time.monotonic() - started < 15
    status_line = reply.split(b"\r\n", 1)[0]
    assert not status_line.startswith(b"HTTP/1.1 5"), reply[:300]
    if reply:
        assert status_line.split()[1] in {b"200", b"400", b"422"}, reply[:300]
    # And the worker still serves the next request.
    assert b" 200 " in _raw_exchange(server, _post(body, len(body))).split(b"\r\n", 1)[0]


@pytest.mark.e2e
@pytest.mark.parametrize("length", ["abc", "-1", "1e3", "99999999999999999999"])
def test_a_content_length_that_is_no_number_is_refused(
    server: tuple[str, int], length: str
) -> None:
    head = f"POST /v1/timeline HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n"
    reply = _raw_exchange(server, head.encode() + b"{}")
    status = reply.split(b"\r\n", 1)[0]
    assert not status.startswith(b"HTTP/1.1 5"), reply[:300]
