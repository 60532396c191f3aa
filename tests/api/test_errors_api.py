"""Every way a request can fail: the status, the one error shape, and the field at fault."""

from __future__ import annotations

import io
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from schemas.errors import ErrorSchema
from service import create_app

ARTICLE = "The minister resigned yesterday."
VALID: dict[str, Any] = {"text": ARTICLE, "published": "2022-03-14"}


def assert_error(response: TestResponse, status: int, code: str, field: str | None = None) -> None:
    """The response is an error of the documented shape; `field` is named when given."""
    body = response.get_json()
    assert response.status_code == status, body
    assert response.mimetype == "application/json"
    assert ErrorSchema().validate(body) == {}, body
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    if field is not None:
        assert body["error"]["fields"][field], body


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"published": None}, "published"),
        ({"published": ""}, "published"),
        ({"published": "yesterday"}, "published"),
        ({"published": "14/03/2022"}, "published"),
        ({"published": "March 14, 2022"}, "published"),
        ({"published": "2022-02-30"}, "published"),
        ({"published": "2022-03-14T25:00"}, "published"),
        ({"published": "2022-03-14T09:30:00+24:00"}, "published"),
        ({"published": "0000-01-01"}, "published"),
        ({"published": "2022-W10-1"}, "published"),
        ({"published": 1647216000}, "published"),
        ({"published": 1647216000.5}, "published"),
        ({"published": True}, "published"),
        ({"published": ["2022-03-14"]}, "published"),
        ({"text": ""}, "text"),
        ({"text": " \n\t "}, "text"),
        ({"text": None}, "text"),
        ({"text": 5}, "text"),
        ({"text": ["a", "b"]}, "text"),
        ({"text": {"body": ARTICLE}}, "text"),
        ({"title": 5}, "title"),
        ({"language": 5}, "language"),
        ({"language": "xx"}, "language"),
        ({"language": "english"}, "language"),
        ({"language": ""}, "language"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"timezone": "Europe"}, "timezone"),
        ({"timezone": "../../etc/passwd"}, "timezone"),
        ({"timezone": "x" * 5000}, "timezone"),
        ({"timezone": "europe/minsk"}, "timezone"),
        ({"timezone": 3}, "timezone"),
        ({"prefer": "sometimes"}, "prefer"),
        ({"prefer": None}, "prefer"),
        ({"timzone": "Europe/Minsk"}, "timzone"),
        ({"extra": 1}, "extra"),
    ],
)
def test_bad_field_is_named_in_a_422(
    client: FlaskClient, fields: dict[str, Any], field: str
) -> None:
    response = client.post("/v1/timeline", json={**VALID, **fields})
    assert_error(response, 422, "validation_error", field)


@pytest.mark.parametrize("missing", ["text", "published"])
def test_missing_required_field_is_named_in_a_422(client: FlaskClient, missing: str) -> None:
    fields = {name: value for name, value in VALID.items() if name != missing}
    assert_error(client.post("/v1/timeline", json=fields), 422, "validation_error", missing)


def test_every_fault_is_reported_at_once(client: FlaskClient) -> None:
    response = client.post("/v1/timeline", json={"text": "", "language": "xx", "foo": 1})
    assert_error(response, 422, "validation_error")
    assert set(response.get_json()["error"]["fields"]) == {"text", "published", "language", "foo"}


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"[]", "an array"),
        (b'"text"', "a string"),
        (b"42", "a number"),
        (b"null", "null"),
        (b"true", "a boolean"),
    ],
)
def test_json_body_that_is_not_an_object_is_a_422(
    client: FlaskClient, body: bytes, kind: str
) -> None:
    response = client.post("/v1/timeline", data=body, content_type="application/json")
    assert_error(response, 422, "validation_error", "_schema")
    assert kind in response.get_json()["error"]["message"]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"{",
        b'{"text": "a",}',
        b"{'text': 'a'}",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"published": ' + b"9" * 5000 + b"}",
    ],
    ids=["empty", "blank", "unclosed", "trailing-comma", "single-quotes", "deep", "huge-number"],
)
def test_body_that_is_not_json_is_a_400(client: FlaskClient, body: bytes) -> None:
    response = client.post("/v1/timeline", data=body, content_type="application/json")
    assert_error(response, 400, "malformed_json")


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/v1/timeline?published=2022-03-14", "text/plain"),
        ("/v1/resolve?published=2022-03-14", "text/plain"),
        ("/v1/timeline", "application/json"),
    ],
)
def test_bytes_that_are_not_utf8_are_a_400(
    client: FlaskClient, path: str, content_type: str
) -> None:
    body = b'{"text": "caf\xe9", "published": "2022-03-14"}'
    if content_type == "text/plain":
        body = "Le café a fermé hier.".encode("latin-1")
    response = client.post(path, data=body, content_type=content_type)
    assert_error(response, 400, "invalid_encoding")


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/htmlx",
        "application/xml",
        "application/jsonx",
        "text/plain-ish",
    ],
)
def test_unsupported_content_type_is_a_415_that_lists_the_accepted_ones(
    client: FlaskClient, content_type: str | None
) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    response = client.post("/v1/timeline", data=b"text=a", headers=headers)
    assert_error(response, 415, "unsupported_media_type")
    message = response.get_json()["error"]["message"]
    assert "application/json" in message and "text/plain" in message and "text/html" in message


@pytest.fixture
def small_client() -> FlaskClient:
    return create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 100}).test_client()


@pytest.mark.parametrize("content_type", ["text/plain", "application/json"])
def test_body_over_the_configured_limit_is_a_413(
    small_client: FlaskClient, content_type: str
) -> None:
    response = small_client.post(
        "/v1/timeline?published=2022-03-14", data=b"x" * 101, content_type=content_type
    )
    assert_error(response, 413, "body_too_large")
    assert "100 bytes" in response.get_json()["error"]["message"]


def _post_streamed(client: FlaskClient, body: bytes) -> TestResponse:
    """A body without Content-Length, as gunicorn hands on a chunked request."""
    return client.post(
        "/v1/timeline?published=2022-03-14",
        input_stream=io.BytesIO(body),
        headers={"Content-Type": "text/plain", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )


@pytest.mark.parametrize("size", [101, 1000, 100_000])
def test_streamed_body_over_the_limit_is_a_413(small_client: FlaskClient, size: int) -> None:
    assert_error(_post_streamed(small_client, b"x" * size), 413, "body_too_large")


def test_streamed_body_at_the_limit_is_read(small_client: FlaskClient) -> None:
    text = "He left yesterday. " + "x" * 81
    response = _post_streamed(small_client, text.encode())
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["events"][0]["phrase"] == "yesterday"


def test_body_at_the_limit_is_read(small_client: FlaskClient) -> None:
    text = "He left yesterday. " + "x" * 81
    response = small_client.post(
        "/v1/timeline?published=2022-03-14", data=text.encode(), content_type="text/plain"
    )
    assert len(text.encode()) == 100
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("", "published"),
        ("?published=", "published"),
        ("?published=2022-03-14%2009:30%2005:00", "published"),
        ("?published=2022-03-14&language=xx", "language"),
        ("?published=2022-03-14&timezone=Nowhere", "timezone"),
        ("?published=2022-03-14&prefer=never", "prefer"),
        ("?published=2022-03-14&lang=en", "lang"),
        ("?published=2022-03-14&text=more", "text"),
        ("?published=2022-03-14&published=2022-03-15", "published"),
    ],
)
def test_bad_query_string_of_the_plain_text_form_is_a_422(
    client: FlaskClient, query: str, field: str
) -> None:
    response = client.post(f"/v1/timeline{query}", data=ARTICLE.encode(), content_type="text/plain")
    assert_error(response, 422, "validation_error", field)


def test_unencoded_plus_in_the_query_string_gets_a_hint(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timeline?published=2022-03-14T09:30:00+03:00",
        data=ARTICLE.encode(),
        content_type="text/plain",
    )
    assert_error(response, 422, "validation_error", "published")
    assert "%2B" in response.get_json()["error"]["fields"]["published"][0]


def test_blank_plain_text_body_is_a_422(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timeline?published=2022-03-14", data=b" \n", content_type="text/plain"
    )
    assert_error(response, 422, "validation_error", "text")


def test_query_string_with_a_json_body_is_a_422(client: FlaskClient) -> None:
    response = client.post("/v1/timeline?language=de", json=VALID)
    assert_error(response, 422, "validation_error", "language")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({}, "phrase"),
        ({"phrase": ""}, "phrase"),
        ({"phrase": "x" * 1001}, "phrase"),
        ({"phrase": "yesterday", "title": "Not here"}, "title"),
        ({"phrase": "yesterday", "published": "soon"}, "published"),
    ],
)
def test_bad_resolve_request_is_a_422(
    client: FlaskClient, fields: dict[str, Any], field: str
) -> None:
    response = client.post("/v1/resolve", json={"published": "2022-03-14", **fields})
    assert_error(response, 422, "validation_error", field)


def test_unknown_path_is_a_json_404(client: FlaskClient) -> None:
    assert_error(client.get("/v2/timeline"), 404, "not_found")


def test_wrong_method_is_a_json_405_with_allow(client: FlaskClient) -> None:
    response = client.get("/v1/timeline")
    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_a_bug_is_logged_and_answered_with_a_bare_500(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> str:
        raise ZeroDivisionError("secret detail in /srv/app/module.py")

    app.add_url_rule("/broken", view_func=broken)
    response = app.test_client().get("/broken")
    assert_error(response, 500, "internal_error")
    assert "secret" not in response.get_data(as_text=True)
    assert "ZeroDivisionError" in caplog.text
