"""The OpenAPI 3 document, generated from the marshmallow schemas so it cannot drift.

Paths and status codes are listed here; every body, parameter and field comes from
`schemas`, converted by apispec's MarshmallowPlugin.
"""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import Schema

from schemas.batch import (
    MAX_ANSWER_BYTES,
    MAX_BATCH_EXPRESSIONS,
    MAX_DOCUMENTS,
    MAX_MERGED_EVENTS,
    NDJSON,
    BatchRequestSchema,
    BatchResponseSchema,
)
from schemas.errors import ErrorSchema
from schemas.requests import (
    MAX_PHRASE_LENGTH,
    PublishedField,
    ResolveOptionsSchema,
    ResolveRequestSchema,
    TimelineOptionsSchema,
    TimelineRequestSchema,
)
from schemas.responses import HealthResponseSchema, ResolveResponseSchema, TimelineResponseSchema
from service.body import JSON, PLAIN_TEXT
from timeline import MAX_EXPRESSIONS

OPENAPI_VERSION = "3.0.3"

_ERRORS = {
    "400": (
        "MalformedBody",
        "The JSON does not parse, the body is not in its charset (UTF-8 unless declared), or "
        "its chunked framing or compression is broken.",
    ),
    "408": ("RequestTimeout", "The client stopped sending its request head or body."),
    "413": (
        "BodyTooLarge",
        "The body is over the limit of {max_body_bytes:,} bytes, as sent or once decompressed.",
    ),
    "415": (
        "UnsupportedMediaType",
        f"Content-Type is neither {JSON} nor {PLAIN_TEXT}, its charset is no text encoding (or "
        "not UTF-8 for JSON), or Content-Encoding is neither gzip nor deflate.",
    ),
    "422": (
        "ValidationError",
        "A field is missing, of the wrong type or value, unknown, or the text holds more than "
        "{max_expressions:,} time expressions. `fields` names each field at fault.",
    ),
    "503": (
        "Unavailable",
        "The server is stopping while the request was still arriving (`server_stopping`), or "
        "an NDJSON stream is over the server's share of streams (`too_many_streams`); retry "
        "after the seconds Retry-After gives.",
    ),
}


def build_openapi(max_body_bytes: int) -> dict[str, Any]:
    """The OpenAPI document of the service, stating the limits it runs with."""
    plugin = MarshmallowPlugin()
    limits = {"max_body_bytes": max_body_bytes, "max_expressions": MAX_EXPRESSIONS}
    spec = APISpec(
        title="Timeline extraction",
        version=version("timeline-service"),
        openapi_version=OPENAPI_VERSION,
        plugins=[plugin],
        info={"description": _describe(limits)},
        **{
            "x-limits": {
                **limits,
                "max_phrase_length": MAX_PHRASE_LENGTH,
                "max_batch_expressions": MAX_BATCH_EXPRESSIONS,
                "max_answer_bytes": MAX_ANSWER_BYTES,
                "max_merged_events": MAX_MERGED_EVENTS,
            }
        },
    )
    # apispec leaves this method unannotated.
    plugin.map_to_openapi_type(PublishedField, "string", None)  # type: ignore[no-untyped-call]
    _add_components(spec, limits)
    _add_paths(spec, plugin)
    return spec.to_dict()


def _add_components(spec: APISpec, limits: dict[str, int]) -> None:
    for schema in (
        TimelineRequestSchema,
        TimelineResponseSchema,
        ResolveRequestSchema,
        ResolveResponseSchema,
        HealthResponseSchema,
        BatchRequestSchema,
        BatchResponseSchema,
        ErrorSchema,
    ):
        spec.components.schema(schema.__name__.removesuffix("Schema"), schema=schema)
    for name, text in _ERRORS.values():
        spec.components.response(
            name,
            {"description": text.format(**limits), "content": {JSON: {"schema": ErrorSchema}}},
        )


def _add_paths(spec: APISpec, plugin: MarshmallowPlugin) -> None:
    timeline = _post(
        plugin,
        "The ordered timeline of an article.",
        "text",
        TimelineRequestSchema,
        TimelineOptionsSchema,
        TimelineResponseSchema,
    )
    resolve = _post(
        plugin,
        "Resolve one phrase against a publish date; `time` is null when it is no time expression.",
        "phrase",
        ResolveRequestSchema,
        ResolveOptionsSchema,
        ResolveResponseSchema,
    )
    health = _get("health", "Liveness.", HealthResponseSchema)
    document = _get("openapi", "This document.", {"type": "object"})
    spec.path(path="/v1/timeline", operations={"post": timeline})
    spec.path(path="/v1/resolve", operations={"post": resolve})
    spec.path(path="/v1/timelines", operations={"post": _batch()})
    spec.path(path="/healthz", operations={"get": health})
    spec.path(path="/openapi.json", operations={"get": document})


def _post(
    plugin: MarshmallowPlugin,
    summary: str,
    body_field: str,
    request: type[Schema],
    options: type[Schema],
    response: type[Schema],
) -> dict[str, Any]:
    return {
        "operationId": response.__name__.removesuffix("ResponseSchema").lower(),
        "summary": summary,
        "description": f"Send the fields as a JSON object, or send the {body_field} as a "
        f"{PLAIN_TEXT} body (UTF-8) with the other fields in the query string.",
        "parameters": _query_parameters(plugin, options),
        "requestBody": {
            "required": True,
            "content": {
                JSON: {"schema": request},
                PLAIN_TEXT: {"schema": {"type": "string", "minLength": 1}},
            },
        },
        "responses": {
            "200": {"description": "OK", "content": {JSON: {"schema": response}}},
            **{status: name for status, (name, _) in _ERRORS.items()},
        },
    }


def _query_parameters(plugin: MarshmallowPlugin, options: type[Schema]) -> list[dict[str, Any]]:
    """The query form of `options`; optional in the document because the JSON form sends none."""
    assert plugin.converter is not None, "set when APISpec initialised the plugin"
    parameters: list[dict[str, Any]] = plugin.converter.schema2parameters(options, location="query")
    for parameter in parameters:
        need = "required" if parameter.get("required") else "optional"
        parameter["required"] = False
        parameter["description"] = (
            f"Only with a {PLAIN_TEXT} body, where it is {need}. "
            + parameter.get("description", "")
        ).strip()
    return parameters


def _batch() -> dict[str, Any]:
    ndjson = {"type": "string", "description": "One JSON object per line."}
    return {
        "operationId": "timelines",
        "summary": "The timelines of many documents; a bad document fails alone.",
        "description": f"JSON: up to {MAX_DOCUMENTS} documents within the body limit, answered "
        f"in order; documents past {MAX_BATCH_EXPRESSIONS:,} expressions or "
        f"{MAX_ANSWER_BYTES:,} bytes of answer get the error `answer_too_large`. {NDJSON}: one "
        "document per line in, one result per line out as soon as its line is complete; no "
        "total limit, each line within the body limit; `?merge=true` adds a last line "
        '`{"merged": {...}}`. A stream that cannot go on ends with a line `{"error": {...}}` '
        "(`server_stopping`, `body_timeout`, `malformed_body`, `answer_too_large` for a merge "
        f"past {MAX_MERGED_EVENTS:,} events).",
        "parameters": [
            {
                "name": "merge",
                "in": "query",
                "required": False,
                "schema": {"type": "boolean"},
                "description": f"Only with {NDJSON}; JSON bodies carry `merge` themselves.",
            }
        ],
        "requestBody": {
            "required": True,
            "content": {JSON: {"schema": BatchRequestSchema}, NDJSON: {"schema": ndjson}},
        },
        "responses": {
            "200": {
                "description": "One result per document.",
                "content": {JSON: {"schema": BatchResponseSchema}, NDJSON: {"schema": ndjson}},
            },
            **{status: name for status, (name, _) in _ERRORS.items()},
        },
    }


def _get(operation_id: str, summary: str, schema: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": summary,
        "responses": {"200": {"description": "OK", "content": {JSON: {"schema": schema}}}},
    }


def _describe(limits: dict[str, int]) -> str:
    return (
        "Find the time expressions in a news article, resolve them against its publish date, "
        "and return them as an ordered timeline.\n\n"
        f"Limits: request bodies up to {limits['max_body_bytes']:,} bytes (413 beyond); at most "
        f"{limits['max_expressions']:,} time expressions per text (422 beyond). Errors are "
        '`{"error": {"code", "message", "fields"}}`.'
    )
