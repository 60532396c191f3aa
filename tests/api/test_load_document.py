"""`load_document` is `BATCH_DOCUMENT.load` to the letter: the same arguments for a good
document, the same error (every fault, every message) for a bad one."""

from __future__ import annotations

from typing import Any

import pytest
from marshmallow import ValidationError

from schemas.batch import BATCH_DOCUMENT, MAX_ID_LENGTH, MAX_NUMERIC_ID, load_document

_TEXT = "The minister said on Friday that the talks would resume."
_GOOD = {"id": "a1", "text": _TEXT, "published": "2022-03-14"}

# Each is the good document with one key set (None: removed) or added.
_VARIANTS: list[dict[str, Any]] = [
    {},
    {"id": None},
    {"id": 7},
    {"id": -MAX_NUMERIC_ID},
    {"id": MAX_NUMERIC_ID + 1},
    {"id": True},
    {"id": ""},
    {"id": "x" * MAX_ID_LENGTH},
    {"id": "x" * (MAX_ID_LENGTH + 1)},
    {"id": 1.5},
    {"text": None},
    {"text": "   \n"},
    {"text": 12},
    {"text": b"bytes"},
    {"published": None},
    {"published": "2022-03-14T09:30:00-05:00"},
    {"published": "2022-03-14t09:30z"},
    {"published": "2022-03-14T09:30:00 03:00"},
    {"published": "2022-02-30"},
    {"published": "14/03/2022"},
    {"published": 1647216000},
    {"language": "EN"},
    {"language": "de"},
    {"language": "auto"},
    {"language": "xx"},
    {"language": None},
    {"timezone": "Europe/Minsk"},
    {"timezone": "Mars/Olympus"},
    {"timezone": "Europe/Minsk", "published": "2022-03-14T09:30:00+00:00"},
    {"timezone": "Pacific/Kiritimati", "published": "9999-12-31T23:00:00-14:00"},
    {"prefer": "past"},
    {"prefer": "sideways"},
    {"explain": True},
    {"explain": "yes please"},
    {"title": "Talks"},
    {"title": 3},
    {"timzone": "UTC"},
    {"format": "tsv"},
    {"text": None, "published": "yesterday", "colour": "red"},
]


def _outcome(load: Any, raw: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "loaded", load(raw)
    except ValidationError as exc:
        return "refused", exc.normalized_messages()  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("change", _VARIANTS, ids=repr)
def test_load_document_answers_as_the_schema_does(change: dict[str, Any]) -> None:
    raw = {**_GOOD, **change}
    raw = {key: value for key, value in raw.items() if value is not None or key == "id"}
    expected = _outcome(BATCH_DOCUMENT.load, raw)
    assert _outcome(load_document, raw) == expected


def test_the_variants_include_good_and_bad_documents() -> None:
    kinds = {_outcome(BATCH_DOCUMENT.load, {**_GOOD, **change})[0] for change in _VARIANTS}
    assert kinds == {"loaded", "refused"}


def test_the_schema_has_no_hook_that_load_document_would_skip() -> None:
    """`load_document` runs the fields and the named schema validators: a pre_load,
    post_load or field validator added to the schema must be added there too."""
    hooks = {kind: [hook[0] for hook in found] for kind, found in BATCH_DOCUMENT._hooks.items()}
    assert {kind: names for kind, names in hooks.items() if names} == {
        "validates_schema": ["_check_published_in_zone"]
    }


def test_a_good_document_skips_the_schema_machinery(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of `load_document`: only a faulty document pays for `Schema.load`."""
    calls: list[Any] = []
    monkeypatch.setattr(BATCH_DOCUMENT, "load", lambda raw: calls.append(raw))
    assert load_document({**_GOOD, "timezone": "Europe/Minsk"})["timezone"] == "Europe/Minsk"
    load_document({**_GOOD, "text": " "})
    assert calls == [{**_GOOD, "text": " "}]
