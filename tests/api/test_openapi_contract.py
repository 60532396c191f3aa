"""The OpenAPI document against the running app: every route, status, media type and example.

Each route is sent a request for every status it can answer; the statuses seen must be
exactly those the document lists for it, each answer of a media type documented for that
status, and each error of the code its example shows. The statuses our gunicorn worker
answers before the app (`SERVER_ERRORS`: 408, 503) cannot be provoked through the app: they
are checked here as documented on every route, and provoked against the real server in
tests/reliability (test_serving_e2e.py, test_long_work_e2e.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openapi_schema_validator import OAS30Validator
from werkzeug.test import TestResponse

from service import create_app
from service.contract import SERVER_ERRORS

KEY = "contract-test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
LIMIT = 5_000
TOO_BIG = b'{"text": "' + b"x" * LIMIT + b'"}'
TIMELINE = {"text": "It rained on Friday.", "published": "2022-03-14"}

# route -> status -> (method, query, body, headers): a request that gets that status.
Request = tuple[str, str, Any, dict[str, str]]
JSON_HEADERS = {"Content-Type": "application/json"}
FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}
HTML_HEADERS = {"Content-Type": "text/html"}
PAGE = b"<html><body><article><p>It rained on Friday.</p></article></body></html>"
PROVOKED: dict[str, dict[int, Request]] = {
    "/v1/timeline": {
        200: ("POST", "", TIMELINE, {}),
        400: ("POST", "", b"{", JSON_HEADERS),
        406: ("POST", "?format=pdf", TIMELINE, {}),
        413: ("POST", "", TOO_BIG, JSON_HEADERS),
        415: ("POST", "", b"<x/>", {"Content-Type": "application/xml"}),
        422: ("POST", "", {"text": "Rain.", "publishd": "2022-03-14"}, {}),
    },
    "/v1/resolve": {
        200: ("POST", "", {"phrase": "last week", "published": "2022-03-14"}, {}),
        400: ("POST", "", b"\xff", {"Content-Type": "text/plain"}),
        406: ("POST", "", {"phrase": "x", "published": "2022-03-14"}, {"Accept": "text/csv"}),
        413: ("POST", "", TOO_BIG, JSON_HEADERS),
        415: ("POST", "", b"<p>last week</p>", {"Content-Type": "text/html"}),
        422: ("POST", "", {"phrase": "last week"}, {}),
    },
    "/v1/timelines": {
        200: ("POST", "", {"documents": [TIMELINE]}, {}),
        400: ("POST", "", b"[", JSON_HEADERS),
        406: ("POST", "?format=tsv", {"documents": [TIMELINE]}, {}),
        413: ("POST", "", TOO_BIG, JSON_HEADERS),
        415: ("POST", "", b"x", {"Content-Type": "text/plain"}),
        422: ("POST", "", {"documents": [TIMELINE], "merj": True}, {}),
    },
    "/parse": {
        200: ("POST", "", b"text=tomorrow&reftime=1647250200000", FORM_HEADERS),
        400: ("POST", "", b"text=%FF", FORM_HEADERS),
        406: ("POST", "?format=xml", b"text=tomorrow", FORM_HEADERS),
        413: ("POST", "", b"text=" + b"x" * LIMIT, FORM_HEADERS),
        415: ("POST", "", {"text": "tomorrow"}, {}),
        422: ("POST", "", b"text=tomorrow&reftime=noon", FORM_HEADERS),
    },
    "/v1/extract": {
        200: ("POST", "", PAGE, HTML_HEADERS),
        400: ("POST", "", b"\x1f\x8b\x08", {**HTML_HEADERS, "Content-Encoding": "gzip"}),
        406: ("POST", "?format=tsv", PAGE, HTML_HEADERS),
        413: ("POST", "", b"<p>" + b"x" * LIMIT, HTML_HEADERS),
        415: ("POST", "", b"x", {"Content-Type": "text/plain"}),
        422: ("POST", "", b"<html><body></body></html>", HTML_HEADERS),
    },
    "/healthz": {
        200: ("GET", "", None, {}),
        406: ("GET", "", None, {"Accept": "text/html"}),
    },
    "/openapi.json": {
        200: ("GET", "", None, {}),
        406: ("GET", "?format=yaml", None, {}),
    },
}


@pytest.fixture(scope="module", params=[False, True], ids=["keys-off", "keys-on"])
def keyed_app(request: pytest.FixtureRequest) -> Flask:
    settings: dict[str, Any] = {"TESTING": True, "MAX_CONTENT_LENGTH": LIMIT}
    if request.param:
        settings["API_KEYS"] = KEY
    return create_app(settings)


@pytest.fixture(scope="module")
def document(keyed_app: Flask) -> dict[str, Any]:
    spec: dict[str, Any] = keyed_app.test_client().get("/openapi.json").get_json()
    return spec


def _keys_on(app: Flask) -> bool:
    return bool(app.extensions["security"]["api_keys"])


def _send(client: FlaskClient, path: str, request: Request, auth: bool) -> TestResponse:
    method, query, body, headers = request
    headers = {**headers, **(AUTH if auth else {})}
    if isinstance(body, dict):
        return client.open(path + query, method=method, json=body, headers=headers)
    return client.open(path + query, method=method, data=body, headers=headers)


def _operation(document: dict[str, Any], path: str) -> dict[str, Any]:
    (operation,) = document["paths"][path].values()
    assert isinstance(operation, dict)
    return operation


def _answers(keyed_app: Flask) -> Iterator[tuple[str, int, TestResponse]]:
    client = keyed_app.test_client()
    keys = _keys_on(keyed_app)
    for path, requests in PROVOKED.items():
        for status, request in requests.items():
            yield path, status, _send(client, path, request, auth=keys)
        if keys and path not in ("/healthz", "/openapi.json"):
            yield path, 401, _send(client, path, requests[200], auth=False)


def test_every_api_route_of_the_app_is_in_the_document(
    keyed_app: Flask, document: dict[str, Any]
) -> None:
    routes = {
        rule.rule
        for rule in keyed_app.url_map.iter_rules()
        if rule.endpoint != "static" and not rule.endpoint.startswith("pages.")
    }
    assert routes == set(document["paths"]) == set(PROVOKED)


def test_each_route_answers_exactly_the_statuses_the_document_lists(
    keyed_app: Flask, document: dict[str, Any]
) -> None:
    seen: dict[str, set[int]] = {path: set() for path in PROVOKED}
    for path, status, response in _answers(keyed_app):
        assert response.status_code == status, (path, status, response.get_data(as_text=True))
        seen[path].add(status)
    for path, statuses in seen.items():
        documented = {int(status) for status in _operation(document, path)["responses"]}
        assert documented == statuses | set(SERVER_ERRORS), path


def test_every_route_documents_the_answers_the_server_gives_before_the_app(
    document: dict[str, Any],
) -> None:
    for path in PROVOKED:
        operation = _operation(document, path)
        codes = {
            status: set(
                operation["responses"][str(status)]["content"]["application/json"]["examples"]
            )
            for status in SERVER_ERRORS
        }
        reads_body = "requestBody" in operation
        assert codes[408] == {"request_timeout"} | ({"body_timeout"} if reads_body else set())
        streams = "application/x-ndjson" in operation.get("requestBody", {}).get("content", {})
        assert codes[503] == {"server_stopping"} | ({"too_many_streams"} if streams else set())
        assert "Retry-After" in operation["responses"]["503"]["headers"], path


def test_each_answer_has_a_documented_media_type_and_errors_the_documented_code(
    keyed_app: Flask, document: dict[str, Any]
) -> None:
    for path, status, response in _answers(keyed_app):
        documented = _operation(document, path)["responses"][str(status)]["content"]
        assert response.mimetype in documented, (path, status)
        if status >= 400:
            codes = set(documented["application/json"]["examples"])
            assert response.get_json()["error"]["code"] in codes, (path, status)


def test_the_bearer_scheme_guards_exactly_the_routes_that_need_a_key(
    keyed_app: Flask, document: dict[str, Any]
) -> None:
    keys = _keys_on(keyed_app)
    schemes = document.get("components", {}).get("securitySchemes", {})
    assert schemes == ({"bearerAuth": {**schemes.get("bearerAuth", {})}} if keys else {})
    if keys:
        assert schemes["bearerAuth"]["type"] == "http"
        assert schemes["bearerAuth"]["scheme"] == "bearer"
    for path in PROVOKED:
        guarded = keys and path not in ("/healthz", "/openapi.json")
        operation = _operation(document, path)
        assert operation.get("security") == ([{"bearerAuth": []}] if guarded else None), path


def test_summaries_are_the_views_docstrings(keyed_app: Flask, document: dict[str, Any]) -> None:
    for rule in keyed_app.url_map.iter_rules():
        if rule.rule not in PROVOKED:
            continue
        view = keyed_app.view_functions[rule.endpoint]
        first_line = (view.__doc__ or "").strip().splitlines()[0]
        assert _operation(document, rule.rule)["summary"] == first_line


def test_query_parameters_carry_nothing_swagger_ui_would_send_unasked(
    document: dict[str, Any],
) -> None:
    for path in PROVOKED:
        for parameter in _operation(document, path)["parameters"]:
            assert parameter["required"] is False, (path, parameter["name"])
            assert "example" not in parameter and "example" not in parameter["schema"]
            assert "default" not in parameter["schema"], (path, parameter["name"])


def _example_requests(document: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for path in PROVOKED:
        body = _operation(document, path).get("requestBody")
        for media, content in (body or {}).get("content", {}).items():
            yield path, media, content["example"]


def test_every_example_request_is_answered_200(keyed_app: Flask, document: dict[str, Any]) -> None:
    client = keyed_app.test_client()
    auth = AUTH if _keys_on(keyed_app) else {}
    for path, media, example in _example_requests(document):
        # A text/plain body takes the required publish date from the query string.
        query = "?published=2022-03-14" if media == "text/plain" else ""
        if media == "application/json":
            response = client.post(path + query, json=example, headers=auth)
        else:
            data = example.encode() if isinstance(example, str) else example
            response = client.post(path + query, data=data, content_type=media, headers=auth)
        assert response.status_code == 200, (path, media, response.get_data(as_text=True))


def _without_timing(answer: Any) -> Any:
    if isinstance(answer, dict):
        return {k: _without_timing(v) for k, v in answer.items() if k != "elapsed_ms"}
    if isinstance(answer, list):
        return [_without_timing(item) for item in answer]
    return answer


def test_the_documented_answers_are_the_answers_to_the_example_requests(
    keyed_app: Flask, document: dict[str, Any]
) -> None:
    client = keyed_app.test_client()
    auth = AUTH if _keys_on(keyed_app) else {}
    for path in ("/v1/timeline", "/v1/resolve", "/v1/timelines"):
        operation = _operation(document, path)
        example = operation["requestBody"]["content"]["application/json"]["example"]
        answer = client.post(path, json=example, headers=auth).get_json()
        documented = operation["responses"]["200"]["content"]["application/json"]["example"]
        assert _without_timing(answer) == _without_timing(documented), path
    parse = _operation(document, "/parse")
    form = parse["requestBody"]["content"]["application/x-www-form-urlencoded"]["example"]
    answer = client.post("/parse", data=form, headers=auth).get_json()
    assert answer == parse["responses"]["200"]["content"]["application/json"]["example"]


def test_the_documented_json_answers_fit_their_schemas(document: dict[str, Any]) -> None:
    for path in PROVOKED:
        for status, response in _operation(document, path)["responses"].items():
            content = response["content"].get("application/json")
            if content is None:
                continue
            examples = [e["value"] for e in content.get("examples", {}).values()]
            schema = {**content["schema"], "components": document["components"]}
            for example in examples + ([content["example"]] if "example" in content else []):
                errors = [e.message for e in OAS30Validator(schema).iter_errors(example)]
                assert errors == [], (path, status)
