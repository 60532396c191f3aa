"""Each view declares its HTTP contract where it is defined: the bodies it reads, the formats
it answers, the errors it can give. `service.openapi` builds the document from these
declarations, and the decorator enforces the formats, so the two cannot drift apart. What
the server answers before any view runs (`SERVER_ERRORS`) is listed on every route.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from flask import Flask, g
from marshmallow import Schema

from service.negotiate import choose_format

View = TypeVar("View", bound=Callable[..., Any])
# What our gunicorn worker (`service.worker`) answers on any route before the app sees the
# request, so no view raises them and each operation lists them: 408 for a head or body that
# stops arriving, 503 for a request still arriving when the server stops, or an NDJSON stream
# past the worker's share of streams (on the routes that declare `streams`).
SERVER_ERRORS = (408, 503)
# What a body or answer is, in the document: a marshmallow schema or a plain JSON schema.
SchemaLike = type[Schema] | dict[str, Any]


@dataclass(frozen=True)
class Body:
    """One media type a route reads, with the example Swagger UI offers for it."""

    schema: SchemaLike
    example: Any


@dataclass(frozen=True)
class Operation:
    """What a route reads, answers and fails with; its summary and description are the
    view's docstring."""

    formats: tuple[str, ...]
    answers: Mapping[str, SchemaLike]
    errors: tuple[int, ...]
    bodies: Mapping[str, Body] = field(default_factory=dict)
    # The fields that a body which is not JSON takes from the query string.
    query: type[Schema] | None = None
    parameters: tuple[dict[str, Any], ...] = ()
    # Built when the document is: examples made by the library itself, by format name.
    examples: Callable[[], Mapping[str, Any]] | None = None
    # A body of the first media type that fails validation: the 422 example is its error.
    invalid: Any = None
    # The formats one request can be answered in, when they hang on its body (all if None).
    offered: Callable[[], tuple[str, ...]] | None = None
    tag: str = "timelines"
    # Whether the route reads an NDJSON body as it arrives, which the worker bounds (503).
    streams: bool = False
    # Whether the view waits on anything but the CPU (a page it fetches): the worker then
    # never runs it on its event loop (`quick_paths`).
    waits: bool = False


def operation(**declared: Any) -> Callable[[View], View]:
    """Declare a view's contract (see `Operation`) and answer 406 outside its formats.

    The chosen format is in `answer_format()` while the view runs.
    """
    contract = Operation(**declared)

    def declare(view: View) -> View:
        @functools.wraps(view)
        def negotiated(*args: Any, **kwargs: Any) -> Any:
            offered = contract.offered() if contract.offered else contract.formats
            g.answer_format = choose_format(offered)
            return view(*args, **kwargs)

        negotiated.contract = contract  # type: ignore[attr-defined]
        return cast(View, negotiated)

    return declare


def contract_of(view: Callable[..., Any]) -> Operation | None:
    """The contract a view declared, if it declared one."""
    found = getattr(view, "contract", None)
    return found if isinstance(found, Operation) else None


def quick_paths(app: Flask) -> frozenset[str]:
    """The paths whose views only compute on a body they have whole, in bounded time: our
    worker runs a small request to one of them on its event loop, not on a thread.

    That is every route with a contract, unless it streams or waits; routes without one
    (pages, static files) and paths with parts (`<name>`) are left to the threads.
    """
    paths = set()
    for rule in app.url_map.iter_rules():
        contract = contract_of(app.view_functions[rule.endpoint])
        if contract and not (contract.streams or contract.waits or rule.arguments):
            paths.add(rule.rule)
    return frozenset(paths)


def answer_format() -> str:
    """The format the current request is answered in, as `operation` chose it."""
    chosen: str = g.answer_format
    return chosen
