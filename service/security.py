"""Request ids, optional API keys, CORS and safe headers: what every request passes through.

All of it is off or permissive by default for local use, and turned on by configuration:
`TIMELINE_API_KEYS` (comma-separated) makes every `/v1/*` request show
`Authorization: Bearer <key>` (and so does the Duckling door, `/parse`);
`TIMELINE_CORS_ORIGINS` (comma-separated, or `*`) lets browsers on those origins call the
API. `/healthz`, `/openapi.json` and the pages stay open.

Keys fail closed: once `TIMELINE_API_KEYS` is set (or `API_KEYS` given), it must hold at least
one key and every key must be usable, or the app refuses to start. An empty, blank or
misspelt setting ("", " ", ",", "[]", "null") would otherwise turn authentication off without
a word, and a short key can be guessed.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
import sys
import time
import uuid
from collections.abc import Iterable
from typing import Any

from flask import Flask, Response, current_app, g, request

from service.errors import error_response
from service.logsafe import printable

REQUEST_ID_HEADER = "X-Request-ID"
API_KEYS_VARIABLE = "TIMELINE_API_KEYS"
# 16 characters of a random hex string are 64 bits; `openssl rand -hex 32` gives 64 of them.
MIN_API_KEY_LENGTH = 16
# What a bearer token may be made of (RFC 6750's b64token, bar the comma that separates keys).
_API_KEY = re.compile(r"[A-Za-z0-9._~+/=-]+")
# A client's id is echoed only if it is short and made of characters that cannot split a log
# line or a header; anything else is replaced rather than sanitised.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:@+=/-]{1,128}")
_PROTECTED_PREFIX = "/v1/"
_PROTECTED_PATHS = frozenset({"/parse"})
UNAUTHORIZED_MESSAGE = (
    "This server needs an API key: send the header 'Authorization: Bearer <key>'."
)
# The OpenAPI security scheme of the keys, which gives Swagger UI its Authorize button.
BEARER_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "One of the server's API keys (TIMELINE_API_KEYS).",
}
_CORS_HEADERS = "Authorization, Content-Type, X-Request-ID"
_PREFLIGHT_MAX_AGE = "600"

LOG = logging.getLogger("service.requests")


def register_security(app: Flask) -> None:
    """Install the hooks; raises `ValueError` on an API key or origin setting it cannot use."""
    keys = parse_api_keys(app.config.get("API_KEYS"))
    origins = parse_list(app.config.get("CORS_ORIGINS"), "TIMELINE_CORS_ORIGINS")
    app.extensions["security"] = {"api_keys": keys, "cors_origins": origins}
    if app.config.get("LOG_REQUESTS"):
        _enable_request_log()
    app.before_request(_start_request)
    app.after_request(_finish_response)


def parse_list(value: Any, variable: str) -> tuple[str, ...]:
    """A comma-separated string or a list of strings as a tuple of non-empty strings.

    `from_prefixed_env` parses values as JSON, so a lone numeric key arrives as a number: the
    raw environment variable is read back for it rather than trusting `str(1e3)`.
    """
    if value is None:
        return ()
    if isinstance(value, str):
        items: Iterable[Any] = value.split(",")
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    else:
        items = os.environ.get(variable, str(value)).split(",")
    if not all(isinstance(item, str) for item in items):
        raise ValueError(f"{variable} must be a comma-separated string, not {value!r}.")
    return tuple(item.strip() for item in items if item.strip())


def is_protected(path: str) -> bool:
    """Whether a request to `path` needs a key when keys are on."""
    return path.startswith(_PROTECTED_PREFIX) or path in _PROTECTED_PATHS


def parse_api_keys(value: Any) -> tuple[str, ...]:
    """The configured API keys; `()` only when none were configured at all.

    Raises `ValueError`, naming the problem, for a setting that is present but empty or
    malformed, or for a key too short or with characters a header cannot carry as written.
    """
    if value is None and API_KEYS_VARIABLE not in os.environ:
        return ()
    if value is None:  # set, but to something Flask read as JSON null
        raise ValueError(_keys_problem("it holds no key", os.environ[API_KEYS_VARIABLE]))
    shown = os.environ.get(API_KEYS_VARIABLE, value)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        items = os.environ.get(API_KEYS_VARIABLE, str(value)).split(",")
    elif isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        items = list(value)
    else:
        raise ValueError(_keys_problem("it is not a comma-separated list of keys", shown))
    keys = tuple(item.strip() for item in items)
    if not any(keys):
        raise ValueError(_keys_problem("it holds no key", shown))
    for number, key in enumerate(keys, 1):
        if not key:
            raise ValueError(_keys_problem(f"key {number} is empty", shown))
        if len(key) < MIN_API_KEY_LENGTH or not _API_KEY.fullmatch(key):
            raise ValueError(
                _keys_problem(
                    f"key {number} is not at least {MIN_API_KEY_LENGTH} characters of "
                    "A-Z a-z 0-9 . _ ~ + / = -",
                    shown,
                )
            )
    return keys


def check_api_keys_environ() -> None:
    """Raise `ValueError` now if `TIMELINE_API_KEYS` is set but unusable, reading it as
    `create_app` will (Flask parses `TIMELINE_*` values as JSON when they are JSON)."""
    raw = os.environ.get(API_KEYS_VARIABLE)
    if raw is None:
        return
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    parse_api_keys(value)


def _keys_problem(problem: str, shown: Any) -> str:
    # The keys themselves are secrets: the message says what is wrong, never what they are.
    return (
        f"{API_KEYS_VARIABLE} is set but unusable: {problem} (the value given is "
        f"{len(str(shown))} characters long). Give comma-separated keys of at least "
        f"{MIN_API_KEY_LENGTH} characters, e.g. {API_KEYS_VARIABLE}=$(openssl rand -hex 32), "
        "or unset it to run without keys."
    )


def _start_request() -> Response | None:
    g.request_id = _request_id()
    g.started = time.perf_counter()
    settings = _settings()
    preflight = _answer_preflight(settings["cors_origins"])
    if preflight is not None:
        return preflight
    if settings["api_keys"] and is_protected(request.path):
        if not _authorized(settings["api_keys"]):
            response = error_response(401, "unauthorized", UNAUTHORIZED_MESSAGE)
            response.headers["WWW-Authenticate"] = 'Bearer realm="timeline"'
            return response
    return None


def _finish_response(response: Response) -> Response:
    request_id = g.get("request_id") or uuid.uuid4().hex
    response.headers[REQUEST_ID_HEADER] = request_id
    response.headers["X-Content-Type-Options"] = "nosniff"
    _add_cors_headers(response, _settings()["cors_origins"])
    if not LOG.isEnabledFor(logging.INFO):  # off by default: skip reading what it would say
        return response
    started = g.get("started")
    elapsed_ms = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    LOG.info(
        '%s "%s %s" %s %.1fms rid=%s',
        request.remote_addr or "-",
        printable(request.method),
        printable(request.path),
        response.status_code,
        elapsed_ms,
        request_id,
    )
    return response


def _request_id() -> str:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    return given if _SANE_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


def _authorized(keys: tuple[str, ...]) -> bool:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    given = token.strip().encode()
    # Compare against every key, without stopping at a match, so timing tells nothing.
    matches = [hmac.compare_digest(given, key.encode()) for key in keys]
    return scheme.lower() == "bearer" and bool(given) and any(matches)


def _allowed_origin(origins: tuple[str, ...]) -> str | None:
    origin = request.headers.get("Origin")
    if origin is None or not origins:
        return None
    if "*" in origins:
        return "*"
    return origin if origin in origins else None


def _answer_preflight(origins: tuple[str, ...]) -> Response | None:
    """204 for a CORS preflight from an allowed origin to a route that takes the method."""
    if not _is_preflight() or _allowed_origin(origins) is None:
        return None
    wanted = request.headers["Access-Control-Request-Method"]
    rule = request.url_rule
    if rule is None or rule.methods is None or wanted.upper() not in rule.methods:
        return None
    g.preflight_answered = True
    response = Response(status=204)
    response.headers["Access-Control-Allow-Methods"] = ", ".join(
        sorted(rule.methods - {"HEAD", "OPTIONS"})
    )
    response.headers["Access-Control-Allow-Headers"] = _CORS_HEADERS
    response.headers["Access-Control-Max-Age"] = _PREFLIGHT_MAX_AGE
    return response


def _is_preflight() -> bool:
    return request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers


def _add_cors_headers(response: Response, origins: tuple[str, ...]) -> None:
    if not origins:
        return
    response.vary.add("Origin")
    if _is_preflight() and not g.get("preflight_answered"):
        return  # a preflight we refused: no grant, so the browser blocks the real request
    allowed = _allowed_origin(origins)
    if allowed is not None:
        response.headers["Access-Control-Allow-Origin"] = allowed
        response.headers["Access-Control-Expose-Headers"] = REQUEST_ID_HEADER


def _settings() -> dict[str, tuple[str, ...]]:
    settings: dict[str, tuple[str, ...]] = current_app.extensions["security"]
    return settings


def _enable_request_log() -> None:
    """Show the per-request line on stderr; gunicorn's access log already carries the id."""
    if LOG.level == logging.NOTSET:
        LOG.setLevel(logging.INFO)
    if not LOG.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
        LOG.addHandler(handler)
