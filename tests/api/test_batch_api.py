"""POST /v1/timelines: JSON batches, per-document errors, merging, NDJSON streaming."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from schemas.batch import MAX_DOCUMENTS

PUBLISHED = "2022-03-14"


def _doc(doc_id: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": doc_id, "text": text, "published": PUBLISHED, **extra}


def test_each_document_gets_its_timeline_keyed_by_id(client: FlaskClient) -> None:
    documents = [_doc("a", "It rained on Friday."), _doc("b", "It snowed in 2020.")]
    response = client.post("/v1/timelines", json={"documents": documents})
    assert response.status_code == 200
    body = response.get_json()
    assert [result["id"] for result in body["results"]] == ["a", "b"]
    values = [result["timeline"]["events"][0]["time"]["value"] for result in body["results"]]
    assert values == ["2022-03-11", "2020"]
    assert all(result["error"] is None for result in body["results"])
    assert body["merged"] is None


def test_a_bad_document_fails_alone(client: FlaskClient) -> None:
    documents = [
        _doc("good", "It rained on Friday."),
        {"id": "dateless", "text": "It rained on Friday."},
        "not an object",
        _doc("good", "Duplicate id."),
        _doc("klingon", "Friday", language="tlh"),
    ]
    response = client.post("/v1/timelines", json={"documents": documents})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert results[0]["error"] is None
    assert [r["index"] for r in results] == [0, 1, 2, 3, 4]
    assert results[1]["id"] == "dateless"
    assert results[1]["timeline"] is None
    assert results[1]["error"]["code"] == "validation_error"
    assert "published" in results[1]["error"]["fields"]
    assert results[2]["id"] == 2 and "_schema" in results[2]["error"]["fields"]
    assert "id" in results[3]["error"]["fields"]
    assert "language" in results[4]["error"]["fields"]


def test_merge_puts_every_document_on_one_axis(client: FlaskClient) -> None:
    documents = [_doc("a", "It rained on Friday."), _doc("b", "It snowed in 2020, recently.")]
    response = client.post("/v1/timelines", json={"documents": documents, "merge": True})
    events = response.get_json()["merged"]["events"]
    assert [(e["document"], e["phrase"]) for e in events] == [
        ("b", "2020"),
        ("a", "Friday"),
        ("b", "recently"),
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"documents": []}, "documents"),
        ({"documents": [_doc(str(i), "Friday") for i in range(MAX_DOCUMENTS + 1)]}, "documents"),
        ({}, "documents"),
        ({"documents": [], "merge": "perhaps"}, "merge"),
        ({"documents": [_doc("a", "Friday")], "extra": 1}, "extra"),
    ],
)
def test_a_bad_envelope_fails_the_batch(
    client: FlaskClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/v1/timelines", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        (b"{", "application/json", 400),
        (b"Friday", "text/plain", 415),
        (b"x" * 2000, "application/json", 413),
    ],
)
def test_bad_bodies_get_the_usual_errors(
    client: FlaskClient, data: bytes, content_type: str, status: int
) -> None:
    client.application.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/v1/timelines", data=data, content_type=content_type)
    assert response.status_code == status
    assert set(response.get_json()["error"]) == {"code", "message", "fields"}


def _ndjson(client: FlaskClient, lines: list[bytes], query: str = "") -> list[dict[str, Any]]:
    response = client.post(
        "/v1/timelines" + query, data=b"\n".join(lines), content_type="application/x-ndjson"
    )
    assert response.status_code == 200
    assert response.mimetype == "application/x-ndjson"
    return [json.loads(line) for line in response.get_data(as_text=True).splitlines()]


def test_ndjson_answers_one_line_per_document_line(client: FlaskClient) -> None:
    lines = [
        json.dumps(_doc("a", "It rained on Friday.")).encode(),
        b"",
        b"not json",
        json.dumps(_doc("b", "In 2020.")).encode(),
    ]
    results = _ndjson(client, lines)
    assert [(r["id"], r["index"]) for r in results] == [("a", 0), (None, 2), ("b", 3)]
    assert results[1]["error"]["code"] == "malformed_json"
    assert results[2]["timeline"]["events"][0]["time"]["value"] == "2020"


def test_ndjson_merge_adds_a_last_line(client: FlaskClient) -> None:
    lines = [
        json.dumps(_doc("a", "On Friday.")).encode(),
        json.dumps(_doc("b", "In 2020.")).encode(),
    ]
    *results, last = _ndjson(client, lines, "?merge=true")
    assert len(results) == 2
    assert [e["document"] for e in last["merged"]["events"]] == ["b", "a"]


def test_ndjson_has_no_total_limit_but_caps_each_line(client: FlaskClient) -> None:
    client.application.config["MAX_CONTENT_LENGTH"] = 500
    small = json.dumps(_doc("a", "On Friday.")).encode()
    huge = json.dumps(_doc("huge", "word " * 200)).encode()
    results = _ndjson(client, [small] * 10 + [huge, small])
    assert len(results) == 12
    assert results[10]["error"]["code"] == "body_too_large"
    assert results[11]["error"] is not None  # a duplicate id, but read after the long line
    assert results[11]["index"] == 11


def test_ndjson_refuses_query_fields_other_than_merge(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timelines?published=2022-03-14", data=b"{}", content_type="application/x-ndjson"
    )
    assert response.status_code == 422
    assert "published" in response.get_json()["error"]["fields"]


def test_the_batch_endpoint_is_in_the_openapi_document(client: FlaskClient) -> None:
    document = client.get("/openapi.json").get_json()
    operation = document["paths"]["/v1/timelines"]["post"]
    assert "application/x-ndjson" in operation["requestBody"]["content"]
    assert "BatchRequest" in document["components"]["schemas"]


def test_ids_are_optional_and_may_be_numbers(client: FlaskClient) -> None:
    documents = [
        {"text": "It rained on Friday.", "published": PUBLISHED},
        _doc("a", "It snowed in 2020."),
        {"id": 7, "text": "Hail yesterday.", "published": PUBLISHED},
    ]
    results = client.post("/v1/timelines", json={"documents": documents}).get_json()["results"]
    assert [(r["id"], r["index"], r["error"]) for r in results] == [
        (0, 0, None),
        ("a", 1, None),
        (7, 2, None),
    ]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (True, "whole number"),
        (1.5, "whole number"),
        ("", "whole number"),
        ([1], "whole number"),
        (2**60, "within"),
    ],
)
def test_an_unusable_id_fails_its_document(client: FlaskClient, given: Any, message: str) -> None:
    documents = [{"id": given, "text": "Rain on Friday.", "published": PUBLISHED}]
    (result,) = client.post("/v1/timelines", json={"documents": documents}).get_json()["results"]
    assert result["id"] is None and result["timeline"] is None
    assert message in result["error"]["fields"]["id"][0]


def test_an_id_may_not_repeat_another_or_the_index_that_names_one(client: FlaskClient) -> None:
    documents = [
        {"text": "Rain on Friday.", "published": PUBLISHED},  # known as 0
        _doc("0", "Snow on Friday."),
        {"id": 1, "text": "Hail on Friday.", "published": PUBLISHED},
        {"text": "Fog on Friday.", "published": PUBLISHED},  # index 3: free
        _doc("1", "Wind on Friday."),
    ]
    results = client.post("/v1/timelines", json={"documents": documents}).get_json()["results"]
    assert [r["error"] is None for r in results] == [True, False, True, True, False]
    assert "taken" in results[1]["error"]["fields"]["id"][0]


def test_merged_event_ids_are_unique_and_anchors_follow_them(client: FlaskClient) -> None:
    text = "The deal was signed in 2019. Three days later it collapsed. Talks resumed the next day."
    documents = [_doc("a", text), {"text": text, "published": "2021-03-14"}]
    merged = client.post("/v1/timelines", json={"documents": documents, "merge": True}).get_json()[
        "merged"
    ]["events"]
    ids = [event["id"] for event in merged]
    assert len(ids) == len(set(ids)) == 6
    assert {event["id"].split(":")[0] for event in merged} == {"a", "1"}
    for event in merged:
        anchor = event["time"]["anchor"]
        assert anchor == "published" or anchor in ids
        assert event["id"].startswith(f"{event['document']}:")
    assert any(event["time"]["anchor"] == "a:e2" for event in merged)


def test_ndjson_and_json_count_the_index_alike(client: FlaskClient) -> None:
    documents = [_doc("a", "On Friday."), {"text": "In 2020.", "published": PUBLISHED}]
    as_json = client.post("/v1/timelines", json={"documents": documents}).get_json()["results"]
    lines = [json.dumps(document).encode() for document in documents]
    as_ndjson = _ndjson(client, lines)
    assert [(r["id"], r["index"]) for r in as_json] == [(r["id"], r["index"]) for r in as_ndjson]
    assert [(r["id"], r["index"]) for r in as_json] == [("a", 0), (1, 1)]
