"""The OpenAPI 3 document, built from the routes the app has and the contract each declares.

apispec's Flask plugin gives each view's path from the app's own URL rules; its marshmallow
plugin turns the schemas the views load and dump into the document's. The summary is each
view's docstring; the statuses, media types and formats are those `service.contract`
declares and enforces, with what the server answers before any view runs (408, 503: see
`service.contract.SERVER_ERRORS`) on every route. Examples are made by the code they
illustrate: the answers by the library from the example request, the 422s by the schema
refusing a bad one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.metadata import version
from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from apispec_webframeworks.flask import FlaskPlugin
from flask import Flask
from marshmallow import ValidationError

from schemas.batch import MAX_ANSWER_BYTES, MAX_BATCH_EXPRESSIONS, MAX_MERGED_EVENTS
from schemas.errors import ErrorSchema, field_errors
from schemas.requests import MAX_PHRASE_LENGTH, PublishedField
from service.body import FORM, HTML, JSON, PLAIN_TEXT
from service.contract import SERVER_ERRORS, Operation, contract_of
from service.errors import summarize
from service.negotiate import FORMATS
from service.security import BEARER_SCHEME, UNAUTHORIZED_MESSAGE, is_protected
from service.serving import CLIENT_TIMEOUT, HEADER_TIMEOUT
from timeline import MAX_EXPRESSIONS

OPENAPI_VERSION = "3.0.3"

_STATUSES = {
    400: "The body (or a form field) does not parse, is not in its charset (UTF-8 unless "
    "declared), or its chunked framing or compression is broken.",
    401: "API keys are on and the request shows none of them.",
    406: "`format` or Accept names no format this route answers.",
    408: "The client stopped sending its request head or body.",
    413: "The body is over the limit of {max_body_bytes:,} bytes, as sent or once decompressed.",
    415: "Content-Type is none of: {accepted}; or its charset is no text encoding (or not "
    "UTF-8 for JSON); or Content-Encoding is neither gzip nor deflate.",
    422: "A field is missing, wrong or unknown; `fields` names each.",
    502: "The page could not be fetched, or not within the server's limits.",
    503: "The server is stopping while the request was still arriving{streams}; send it again "
    "after the seconds Retry-After gives.",
    504: "The page did not arrive within the server's time limit.",
}
_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before sending the request again.",
        "schema": {"type": "integer", "minimum": 0},
    }
}
# Error code -> the message of its example; 422's comes from refusing the invalid example.
_MESSAGES = {
    "malformed_json": "The body is not valid JSON: Expecting ',' delimiter: line 1 column 32 "
    "(char 31).",
    "invalid_encoding": "The body is not valid UTF-8 (byte 0xff at offset 12); send the text "
    "encoded as UTF-8.",
    "malformed_form": "The form has more than 20 fields.",
    "malformed_body": "The gzip body ends before its compressed stream does.",
    "unauthorized": UNAUTHORIZED_MESSAGE,
    "not_acceptable": "This request cannot be answered as 'pdf': ask for {formats_or}.",
    "body_too_large": "The request body is over the limit of {max_body_bytes:,} bytes.",
    "unsupported_media_type": "Content-Type 'application/xml' is not accepted; send {accepted_or}.",
    "unsupported_charset": "charset 'x-klingon' is not a text encoding this server knows; send "
    "UTF-8.",
    "unsupported_content_encoding": "Content-Encoding 'br' is not accepted; send the body as it "
    "is, or compressed with gzip or deflate.",
    "request_timeout": f"The request head did not arrive within {HEADER_TIMEOUT:g} s.",
    "body_timeout": f"The request body did not arrive within {CLIENT_TIMEOUT:g} s.",
    "server_stopping": "The server is restarting; send the request again.",
    "too_many_streams": "This worker already serves 2 streams; retry in a moment, or send the "
    "documents as a JSON batch.",
    "fetch_failed": "The page answered HTTP 404 Not Found.",
    "fetch_timeout": "The page did not arrive within 10 s.",
}
_CODES = {
    401: ("unauthorized",),
    406: ("not_acceptable",),
    413: ("body_too_large",),
    415: ("unsupported_media_type", "unsupported_charset", "unsupported_content_encoding"),
    422: ("validation_error",),
    502: ("fetch_failed",),
    504: ("fetch_timeout",),
}


def build_openapi(app: Flask, api_keys: bool) -> dict[str, Any]:
    """The document of every route of `app` that declares a contract, with its limits, and
    the bearer scheme on protected routes when `api_keys` are on."""
    limits = {
        "max_body_bytes": app.config["MAX_CONTENT_LENGTH"],
        "max_expressions": MAX_EXPRESSIONS,
    }
    marshmallow = MarshmallowPlugin()
    spec = APISpec(
        title="Timeline extraction",
        version=version("timeline-service"),
        openapi_version=OPENAPI_VERSION,
        plugins=[FlaskPlugin(), marshmallow],
        info={"description": _describe(limits, api_keys)},
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
    marshmallow.map_to_openapi_type(PublishedField, "string", None)  # type: ignore[no-untyped-call]
    spec.components.schema("Error", schema=ErrorSchema)
    if api_keys:
        spec.components.security_scheme("bearerAuth", BEARER_SCHEME)
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        view = app.view_functions[rule.endpoint]
        contract = contract_of(view)
        if contract is None:
            continue
        secured = api_keys and is_protected(rule.rule)
        builder = _OperationBuilder(contract, marshmallow, limits, secured)
        method = next(iter(sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})))
        spec.path(view=view, app=app, operations={method.lower(): builder.build(view)})
    return spec.to_dict()


class _OperationBuilder:
    """One operation object from one contract."""

    def __init__(
        self,
        contract: Operation,
        plugin: MarshmallowPlugin,
        limits: Mapping[str, int],
        secured: bool,
    ) -> None:
        self.contract = contract
        self.plugin = plugin
        self.limits = limits
        self.secured = secured

    def build(self, view: Callable[..., Any]) -> dict[str, Any]:
        summary, _, description = (view.__doc__ or "").strip().partition("\n\n")
        operation: dict[str, Any] = {
            "operationId": view.__name__,
            "tags": [self.contract.tag],
            "summary": " ".join(summary.split()),
            "description": " ".join(description.split()),
            "parameters": [self._format_parameter(), *self._query_parameters()],
            "responses": {"200": self._answer(), **self._errors()},
        }
        operation["parameters"] += list(self.contract.parameters)
        if self.contract.bodies:
            content = {
                media: {"schema": body.schema, "example": body.example}
                for media, body in self.contract.bodies.items()
            }
            operation["requestBody"] = {"required": True, "content": content}
        if self.secured:
            operation["security"] = [{"bearerAuth": []}]
        return operation

    def _format_parameter(self) -> dict[str, Any]:
        formats = self.contract.formats
        media = ", ".join(f"{FORMATS[name]} ({name})" for name in formats)
        return {
            "name": "format",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": list(formats)},
            "description": f"The answer's format, default {formats[0]}; or ask with Accept: "
            f"{media}. Always in the query string, whatever the body.",
        }

    def _query_parameters(self) -> list[dict[str, Any]]:
        """The query form of the non-JSON bodies: optional in the document, since the JSON
        form sends none, and without examples or defaults, which Swagger UI would fill in and
        send along with a JSON body."""
        if self.contract.query is None:
            return []
        assert self.plugin.converter is not None, "set when APISpec initialised the plugin"
        converter = self.plugin.converter
        parameters: list[dict[str, Any]] = converter.schema2parameters(
            self.contract.query, location="query"
        )
        others = " or ".join(media for media in self.contract.bodies if media != JSON)
        for parameter in parameters:
            schema = parameter.get("schema", {})
            need = "required" if parameter.get("required") else "optional"
            if need == "required" and HTML in self.contract.bodies:
                need += " unless an HTML page states it"
            default = schema.pop("default", None)
            if default is not None:
                need += f" (default {default})"
            schema.pop("example", None)
            parameter.pop("example", None)
            parameter["required"] = False
            parameter["description"] = (
                f"Only with a {others} body, where it is {need}. "
                + parameter.get("description", "")
            ).strip()
        return parameters

    def _answer(self) -> dict[str, Any]:
        examples = self.contract.examples() if self.contract.examples else {}
        content = {}
        for name in self.contract.formats:
            media: dict[str, Any] = {"schema": self.contract.answers[name]}
            if name in examples:
                media["example"] = examples[name]
            content[FORMATS[name]] = media
        return {"description": "OK", "content": content}

    def _errors(self) -> dict[str, Any]:
        statuses = set(self.contract.errors) | set(SERVER_ERRORS)
        statuses |= {401} if self.secured else set()
        accepted = list(self.contract.bodies)
        words = {
            **self.limits,
            "accepted": ", ".join(accepted),
            "accepted_or": " or ".join(accepted),
            "formats_or": " or ".join(self.contract.formats),
            "streams": (
                ", or an NDJSON stream is over the worker's share of streams"
                if self.contract.streams
                else ""
            ),
        }
        responses = {}
        for status in sorted(statuses):
            examples = {
                code: {"summary": code, "value": self._error_example(code, words)}
                for code in self._codes(status)
            }
            responses[str(status)] = {
                "description": _STATUSES[status].format(**words),
                "content": {JSON: {"schema": ErrorSchema, "examples": examples}},
            }
            if status == 503:
                responses[str(status)]["headers"] = _RETRY_AFTER
        return responses

    def _codes(self, status: int) -> tuple[str, ...]:
        """The error codes this route answers with `status`."""
        bodies = self.contract.bodies
        if status == 400:
            decoded = any(media in bodies for media in (JSON, PLAIN_TEXT, FORM))
            return (
                ("malformed_json",) * (JSON in bodies)
                + ("invalid_encoding",) * decoded
                + ("malformed_form",) * (FORM in bodies)
                + ("malformed_body",)
            )
        if status == 408:  # the worker's, before the app (`SERVER_ERRORS`)
            return ("request_timeout",) + ("body_timeout",) * bool(bodies)
        if status == 503:
            return ("server_stopping",) + ("too_many_streams",) * self.contract.streams
        return _CODES[status]

    def _error_example(self, code: str, words: Mapping[str, Any]) -> dict[str, Any]:
        if code == "validation_error":
            fields = self._refusal()
            return {"error": {"code": code, "message": summarize(fields), "fields": fields}}
        message = _MESSAGES[code].format(**words)
        return {"error": {"code": code, "message": message, "fields": {}}}

    def _refusal(self) -> dict[str, Any]:
        """The errors the first body's schema gives the contract's invalid example."""
        body = next(iter(self.contract.bodies.values()), None)
        if body is not None and not isinstance(body.schema, type):
            # A body with no marshmallow schema (an HTML page) declares its refusal's fields.
            if isinstance(self.contract.invalid, dict):
                return dict(self.contract.invalid)
        if body is None or not isinstance(body.schema, type) or self.contract.invalid is None:
            raise AssertionError("a contract that lists 422 declares an invalid example")
        try:
            body.schema().load(self.contract.invalid)
        except ValidationError as exc:
            return field_errors(exc)
        raise AssertionError("the contract's invalid example passed validation")


def _describe(limits: Mapping[str, int], api_keys: bool) -> str:
    keys = (
        "This server needs an API key: press Authorize and give it, or send "
        "`Authorization: Bearer <key>`.\n\n"
        if api_keys
        else ""
    )
    return (
        "Find the time expressions in a news article, resolve them against its publish date, "
        "and return them as an ordered timeline.\n\n"
        + keys
        + f"Limits: request bodies up to {limits['max_body_bytes']:,} bytes (413 beyond), as "
        "sent or once decompressed (gzip, deflate); at most "
        f"{limits['max_expressions']:,} time expressions per text (422 beyond). A request "
        "whose head or body stops arriving gets 408, by deadlines the server sets "
        "(TIMELINE_HEADER_TIMEOUT, TIMELINE_CLIENT_TIMEOUT); one still arriving when the "
        "server stops gets 503 and Retry-After. The "
        "answer's format is chosen by `?format=` or Accept on every route (406 when none "
        'fits). Errors are `{"error": {"code", "message", "fields"}}`.'
    )
