"""The request schemas load exactly the library's arguments, so the views pass them through."""

from __future__ import annotations

import inspect

from schemas.batch import BATCH_DOCUMENT
from schemas.requests import RESOLVE_REQUEST, TIMELINE_REQUEST
from timeline import build_timeline, resolve_phrase


def _parameters(function: object) -> set[str]:
    return set(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_a_timeline_request_loads_into_build_timeline_arguments() -> None:
    loaded = TIMELINE_REQUEST.load({"text": "It rained on Friday.", "published": "2022-03-14"})
    assert set(loaded) == _parameters(build_timeline)


def test_a_batch_document_loads_into_an_id_and_build_timeline_arguments() -> None:
    loaded = BATCH_DOCUMENT.load({"id": "a", "text": "Rain.", "published": "2022-03-14"})
    assert set(loaded) - {"id"} == _parameters(build_timeline)


def test_a_resolve_request_loads_into_resolve_phrase_arguments() -> None:
    loaded = RESOLVE_REQUEST.load({"phrase": "last week", "published": "2022-03-14"})
    assert set(loaded) == _parameters(resolve_phrase)
