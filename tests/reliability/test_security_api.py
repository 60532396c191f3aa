"""API keys, CORS, request ids and safe headers, through the Flask test client."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from schemas.errors import ErrorSchema
from service import create_app

ARTICLE = {"text": "The minister resigned yesterday.", "published": "2022-03-14"}
FIRST_KEY = "first-key-0123456789"
SECOND_KEY = "second-key-9876543210"
KEYS = f"{FIRST_KEY},{SECOND_KEY}"
ALLOWED = "https://news.example"


def make_client(**config: Any) -> FlaskClient:
    return create_app({"TESTING": True, **config}).test_client()


@pytest.fixture(scope="module")
def keyed() -> FlaskClient:
    return make_client(API_KEYS=KEYS)


@pytest.fixture(scope="module")
def cors() -> FlaskClient:
    return make_client(CORS_ORIGINS=f"{ALLOWED}, https://other.example")


def assert_unauthorized(response: TestResponse) -> None:
    body = response.get_json()
    assert response.status_code == 401, body
    assert ErrorSchema().validate(body) == {}
    assert body["error"]["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_without_keys_configured_the_api_is_open(client: FlaskClient) -> None:
    assert client.post("/v1/timeline", json=ARTICLE).status_code == 200


@pytest.mark.parametrize("key", [FIRST_KEY, SECOND_KEY])
def test_each_configured_key_is_accepted(keyed: FlaskClient, key: str) -> None:
    response = keyed.post("/v1/timeline", json=ARTICLE, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer wrong",
        f"Bearer {KEYS}",
        f"Bearer {FIRST_KEY}X",
        f"Bearer {FIRST_KEY[:-1]}",
        f"Basic {FIRST_KEY}",
        FIRST_KEY,
        f"Bearer f\u00efrst{FIRST_KEY[5:]}",
    ],
)
@pytest.mark.parametrize("path", ["/v1/timeline", "/v1/resolve", "/v1/nowhere"])
def test_missing_or_wrong_key_is_a_401(
    keyed: FlaskClient, authorization: str | None, path: str
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    assert_unauthorized(keyed.post(path, json=ARTICLE, headers=headers))


def test_scheme_is_case_insensitive(keyed: FlaskClient) -> None:
    response = keyed.post(
        "/v1/timeline", json=ARTICLE, headers={"Authorization": f"bearer {FIRST_KEY}"}
    )
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/openapi.json"])
def test_health_and_the_spec_stay_open(keyed: FlaskClient, path: str) -> None:
    assert keyed.get(path).status_code == 200


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_API_KEYS", "env-key-0123456789, 12345678901234567890")
    client = create_app({"TESTING": True}).test_client()
    assert_unauthorized(client.post("/v1/timeline", json=ARTICLE))
    for key in ("env-key-0123456789", "12345678901234567890"):
        headers = {"Authorization": f"Bearer {key}"}
        assert client.post("/v1/timeline", json=ARTICLE, headers=headers).status_code == 200


def test_a_numeric_key_from_the_environment_is_kept_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Flask parses TIMELINE_* values as JSON: "1e300000000000000" would otherwise become the
    # key "inf".
    monkeypatch.setenv("TIMELINE_API_KEYS", "1e300000000000000")
    client = create_app({"TESTING": True}).test_client()
    headers = {"Authorization": "Bearer 1e300000000000000"}
    assert client.post("/v1/timeline", json=ARTICLE, headers=headers).status_code == 200


def test_cors_is_off_by_default(client: FlaskClient) -> None:
    response = client.post("/v1/timeline", json=ARTICLE, headers={"Origin": ALLOWED})
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options("/v1/timeline", headers=_preflight_headers(ALLOWED))
    assert "Access-Control-Allow-Origin" not in preflight.headers


def _preflight_headers(origin: str, method: str = "POST") -> dict[str, str]:
    return {
        "Origin": origin,
        "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": "content-type, authorization",
    }


def test_preflight_from_an_allowed_origin_is_answered(cors: FlaskClient) -> None:
    response = cors.options("/v1/timeline", headers=_preflight_headers(ALLOWED))
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    allowed_headers = response.headers["Access-Control-Allow-Headers"].lower()
    assert "content-type" in allowed_headers and "authorization" in allowed_headers
    assert "Origin" in response.headers["Vary"]


def test_preflight_is_answered_before_the_key_check() -> None:
    # Browsers never send credentials on a preflight.
    client = make_client(API_KEYS=KEYS, CORS_ORIGINS=ALLOWED)
    response = client.options("/v1/timeline", headers=_preflight_headers(ALLOWED))
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "https://news.example.evil", "null", "http://news.example"]
)
def test_other_origins_get_no_cors_headers(cors: FlaskClient, origin: str) -> None:
    preflight = cors.options("/v1/timeline", headers=_preflight_headers(origin))
    assert "Access-Control-Allow-Origin" not in preflight.headers
    response = cors.post("/v1/timeline", json=ARTICLE, headers={"Origin": origin})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Origin" in response.headers["Vary"]


def test_preflight_for_a_method_the_route_refuses_gets_no_cors_headers(cors: FlaskClient) -> None:
    response = cors.options("/v1/timeline", headers=_preflight_headers(ALLOWED, "DELETE"))
    assert "Access-Control-Allow-Origin" not in response.headers


def test_actual_request_from_an_allowed_origin_may_read_the_request_id(cors: FlaskClient) -> None:
    response = cors.post("/v1/timeline", json=ARTICLE, headers={"Origin": ALLOWED})
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert response.headers["Access-Control-Expose-Headers"] == "X-Request-ID"


def test_wildcard_allows_any_origin() -> None:
    client = make_client(CORS_ORIGINS="*")
    response = client.options("/v1/resolve", headers=_preflight_headers("https://any.example"))
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"


REQUESTS = [
    ("GET", "/healthz", None),
    ("GET", "/openapi.json", None),
    ("POST", "/v1/timeline", ARTICLE),
    ("POST", "/v1/timeline", {"text": ""}),
    ("POST", "/v1/timeline", None),
    ("GET", "/v1/timeline", None),
    ("GET", "/nowhere", None),
]


@pytest.mark.parametrize(("method", "path", "body"), REQUESTS)
def test_every_response_has_nosniff_and_a_generated_request_id(
    client: FlaskClient, method: str, path: str, body: dict[str, Any] | None
) -> None:
    response = client.open(path, method=method, json=body)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])


def test_each_request_gets_its_own_id(client: FlaskClient) -> None:
    ids = {client.get("/healthz").headers["X-Request-ID"] for _ in range(5)}
    assert len(ids) == 5


@pytest.mark.parametrize(
    "given", ["abc-123", "0f8fad5b-d9cb-469f-a165-70867728950e", "req.1:2@edge/x+y=", "a" * 128]
)
def test_a_sane_client_request_id_is_echoed(client: FlaskClient, given: str) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": given})
    assert response.headers["X-Request-ID"] == given


@pytest.mark.parametrize(
    "given", ["", "a" * 129, "has space", "line\nbreak", "<script>", 'quote"d', "ünïcode", "a;b"]
)
def test_an_odd_client_request_id_is_replaced(client: FlaskClient, given: str) -> None:
    try:
        response = client.get("/healthz", headers={"X-Request-ID": given})
    except ValueError:  # Werkzeug itself refuses a newline in a header value
        return
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])


def test_the_401_and_the_401s_request_id_are_consistent(keyed: FlaskClient) -> None:
    response = keyed.post("/v1/timeline", json=ARTICLE, headers={"X-Request-ID": "trace-7"})
    assert response.status_code == 401
    assert response.headers["X-Request-ID"] == "trace-7"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_one_log_line_per_request_carries_the_id(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="service.requests"):
        client.post("/v1/timeline", json=ARTICLE, headers={"X-Request-ID": "trace-42"})
    lines = [r.getMessage() for r in caplog.records if r.name == "service.requests"]
    assert len(lines) == 1
    assert "rid=trace-42" in lines[0] and "POST /v1/timeline" in lines[0] and " 200 " in lines[0]


def test_request_log_can_be_switched_on_to_stderr() -> None:
    create_app({"TESTING": True, "LOG_REQUESTS": True})
    assert logging.getLogger("service.requests").isEnabledFor(logging.INFO)


def _failing_app() -> Flask:
    app = create_app({"TESTING": True})

    @app.get("/v1/boom")
    def boom() -> str:
        raise RuntimeError("secret at /work/main/service/secret.py line 12")

    return app


def test_a_500_carries_no_trace_path_or_message(caplog: pytest.LogCaptureFixture) -> None:
    app = _failing_app()
    app.config["PROPAGATE_EXCEPTIONS"] = False
    with caplog.at_level(logging.CRITICAL):
        response = app.test_client().get("/v1/boom")
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    for leak in ("Traceback", "secret", "/work", ".py", "RuntimeError"):
        assert leak not in text
    assert response.get_json()["error"]["code"] == "internal_error"
    assert response.headers["X-Request-ID"]


def test_debug_is_off_by_default() -> None:
    app = create_app()
    assert not app.debug and not app.testing
