"""GET /healthz and GET /openapi.json."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from service import create_app
from timeline import MAX_EXPRESSIONS


def test_health_is_ok(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


@pytest.fixture
def spec(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.get_json()
    return document


def test_openapi_document_is_valid_openapi_3(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.")


def test_openapi_lists_every_path_and_schema(spec: dict[str, Any]) -> None:
    assert {"/v1/timeline", "/v1/resolve", "/healthz", "/openapi.json"} <= set(spec["paths"])
    assert {
        "TimelineRequest",
        "TimelineResponse",
        "ResolveRequest",
        "ResolveResponse",
        "HealthResponse",
        "Error",
        "Event",
        "Time",
    } <= set(spec["components"]["schemas"])


@pytest.mark.parametrize(
    ("path", "body_field", "media_types"),
    [
        ("/v1/timeline", "text", {"application/json", "text/plain", "text/html"}),
        ("/v1/resolve", "phrase", {"application/json", "text/plain"}),
    ],
)
def test_openapi_documents_every_body_type_and_every_error(
    spec: dict[str, Any], path: str, body_field: str, media_types: set[str]
) -> None:
    post = spec["paths"][path]["post"]
    assert set(post["requestBody"]["content"]) == media_types
    query = {p["name"] for p in post["parameters"] if p["in"] == "query"}
    assert {"published", "format"} <= query and body_field not in query
    assert set(post["responses"]) == {"200", "400", "406", "408", "413", "415", "422", "503"}
    for status in ("400", "406", "413", "415", "422"):
        content = post["responses"][status]["content"]
        assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


def test_openapi_states_the_limits_in_force() -> None:
    client = create_app({"TESTING": True, "MAX_CONTENT_LENGTH": 12_345}).test_client()
    spec = client.get("/openapi.json").get_json()
    assert spec["x-limits"]["max_body_bytes"] == 12_345
    assert spec["x-limits"]["max_expressions"] == MAX_EXPRESSIONS
    assert "12,345 bytes" in spec["info"]["description"]


def _conforms(spec: dict[str, Any], component: str, instance: Any) -> list[str]:
    """Validation errors of `instance` against a component schema of `spec`."""
    schema = {"$ref": f"#/components/schemas/{component}", "components": spec["components"]}
    return [error.message for error in OAS30Validator(schema).iter_errors(instance)]


def test_answers_conform_to_the_documented_schemas(
    client: FlaskClient, spec: dict[str, Any], transit_strike: str, published: str
) -> None:
    timeline = client.post("/v1/timeline", json={"text": transit_strike, "published": published})
    resolved = client.post("/v1/resolve", json={"phrase": "last week", "published": published})
    unresolved = client.post("/v1/resolve", json={"phrase": "the one", "published": published})
    error = client.post("/v1/timeline", json={"text": ""})
    assert _conforms(spec, "TimelineResponse", timeline.get_json()) == []
    assert _conforms(spec, "ResolveResponse", resolved.get_json()) == []
    assert _conforms(spec, "ResolveResponse", unresolved.get_json()) == []
    assert _conforms(spec, "Error", error.get_json()) == []
    assert _conforms(spec, "HealthResponse", client.get("/healthz").get_json()) == []


def test_documented_requests_are_accepted(spec: dict[str, Any], client: FlaskClient) -> None:
    example = {"text": "It rained yesterday.", "published": "2022-03-14T09:30:00-05:00"}
    assert _conforms(spec, "TimelineRequest", example) == []
    assert client.post("/v1/timeline", json=example).status_code == 200


@pytest.mark.parametrize("limit", ["5MB", None, 0, -1, True, 1.5])
def test_app_refuses_to_start_with_a_body_limit_that_is_no_byte_count(limit: object) -> None:
    with pytest.raises(ValueError, match="MAX_CONTENT_LENGTH"):
        create_app({"MAX_CONTENT_LENGTH": limit})


def test_body_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_MAX_CONTENT_LENGTH", "2500")
    assert create_app().config["MAX_CONTENT_LENGTH"] == 2500
