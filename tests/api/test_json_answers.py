"""How JSON answers are spelled: orjson's compact UTF-8, Flask's encoder for what orjson refuses."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask import Flask, Response
from flask.testing import FlaskClient

from service import create_app


def _stdlib(document: Any) -> bytes:
    """What Flask's own provider would send: compact, ASCII-escaped, in insertion order."""
    return (json.dumps(document, separators=(",", ":")) + "\n").encode()


def test_an_answer_is_the_same_document_with_non_ascii_sent_as_utf8(
    client: FlaskClient, published: str
) -> None:
    text = "Die Büros in Zürich — 🏢 — schlossen „yesterday“, sagte der Sprecher."
    response = client.post("/v1/timeline", json={"text": text, "published": published})
    assert response.status_code == 200
    body = response.get_data()
    assert "Zürich — 🏢".encode() in body
    utf8 = json.dumps(json.loads(body), separators=(",", ":"), ensure_ascii=False) + "\n"
    assert body == utf8.encode()


def test_a_lone_surrogate_echoed_in_an_answer_is_sent_escaped(
    client: FlaskClient, published: str
) -> None:
    body = f'{{"text": "yesterday \\ud800 tomorrow", "published": "{published}"}}'
    response = client.post("/v1/timeline", data=body, content_type="application/json")
    assert response.status_code == 200
    assert b"yesterday \\ud800 tomorrow" in response.get_data()
    assert json.loads(response.get_data())["events"][0]["sentence"] == "yesterday \ud800 tomorrow"


@pytest.mark.parametrize(
    "document",
    [
        {"fields": {"documents": {0: ["Not a valid string."]}}},
        {"z": 1, "a": [1.5, None, True, "x"], "m": {"b": 2, "a": 1}},
        [1, 2**70],
        None,
    ],
    ids=["int-keys", "key-order", "big-int", "null"],
)
def test_the_encoding_matches_flasks_own(app: Flask, document: Any) -> None:
    assert _encoded(app, document) == _stdlib(document)


def test_debug_answers_stay_indented() -> None:
    app = create_app({"TESTING": True, "DEBUG": True})
    assert _encoded(app, {"a": 1}) == b'{\n  "a": 1\n}\n'


def _encoded(app: Flask, document: Any) -> bytes:
    with app.app_context():
        response = app.json.response(document)
    assert isinstance(response, Response)
    return response.get_data()
