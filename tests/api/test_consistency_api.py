"""One rule on every route: `format` in the query string or Accept, 406 when none fits;
unknown fields named with the field they were probably meant as."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

TIMELINE = {"text": "It rained on Friday.", "published": "2022-03-14"}
RESOLVE = {"phrase": "last week", "published": "2022-03-14"}
BATCH = {"documents": [TIMELINE]}
FORM = "application/x-www-form-urlencoded"

# Each route, a request it answers 200, and the media type of that answer.
ROUTES: list[tuple[str, str, dict[str, Any], str]] = [
    ("POST", "/v1/timeline", {"json": TIMELINE}, "application/json"),
    ("POST", "/v1/resolve", {"json": RESOLVE}, "application/json"),
    ("POST", "/v1/timelines", {"json": BATCH}, "application/json"),
    (
        "POST",
        "/v1/timelines",
        {
            "data": b'{"text": "Rain on Friday.", "published": "2022-03-14"}\n',
            "content_type": "application/x-ndjson",
        },
        "application/x-ndjson",
    ),
    ("POST", "/parse", {"data": {"text": "tomorrow"}, "content_type": FORM}, "application/json"),
    ("GET", "/healthz", {}, "application/json"),
    ("GET", "/openapi.json", {}, "application/json"),
]
IDS = ["timeline", "resolve", "batch", "ndjson", "parse", "health", "openapi"]


@pytest.mark.parametrize(("method", "path", "request_", "media"), ROUTES, ids=IDS)
@pytest.mark.parametrize(
    "accept", [None, "*/*", "application/*", "{media}", "text/html, {media};q=0.5"]
)
def test_every_route_answers_what_accept_allows(
    client: FlaskClient,
    method: str,
    path: str,
    request_: dict[str, Any],
    media: str,
    accept: str | None,
) -> None:
    headers = {} if accept is None else {"Accept": accept.format(media=media)}
    response = client.open(path, method=method, headers=headers, **request_)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == media


@pytest.mark.parametrize(("method", "path", "request_", "media"), ROUTES, ids=IDS)
@pytest.mark.parametrize("ask", [{"Accept": "image/png"}, {"Accept": "text/csv"}, "?format=pdf"])
def test_every_route_answers_406_to_what_it_cannot_write(
    client: FlaskClient,
    method: str,
    path: str,
    request_: dict[str, Any],
    media: str,
    ask: dict[str, str] | str,
) -> None:
    query, headers = (ask, {}) if isinstance(ask, str) else ("", ask)
    response = client.open(path + query, method=method, headers=headers, **request_)
    assert response.status_code == 406
    assert response.get_json()["error"]["code"] == "not_acceptable"


@pytest.mark.parametrize(("method", "path", "request_", "media"), ROUTES, ids=IDS)
def test_format_in_the_query_string_works_whatever_the_body(
    client: FlaskClient, method: str, path: str, request_: dict[str, Any], media: str
) -> None:
    name = "ndjson" if media == "application/x-ndjson" else "json"
    response = client.open(f"{path}?format={name}", method=method, **request_)
    assert response.status_code == 200
    assert response.mimetype == media


def test_a_batch_is_answered_in_its_own_type_or_406(client: FlaskClient) -> None:
    as_ndjson = client.post("/v1/timelines?format=ndjson", json=BATCH)
    assert as_ndjson.status_code == 406
    assert "'ndjson'" in as_ndjson.get_json()["error"]["message"]
    accept_ndjson = client.post(
        "/v1/timelines", json=BATCH, headers={"Accept": "application/x-ndjson"}
    )
    assert accept_ndjson.status_code == 406


@pytest.mark.parametrize(
    ("path", "body"),
    [("/v1/timeline", TIMELINE), ("/v1/resolve", RESOLVE), ("/v1/timelines", BATCH)],
)
def test_format_in_a_json_body_is_refused_with_where_it_goes(
    client: FlaskClient, path: str, body: dict[str, Any]
) -> None:
    response = client.post(path, json={**body, "format": "tsv"})
    assert response.status_code == 422
    message = response.get_json()["error"]["fields"]["format"][0]
    assert "query string" in message and "Accept" in message


def test_format_in_a_batch_document_is_refused_the_same_way(client: FlaskClient) -> None:
    response = client.post("/v1/timelines", json={"documents": [{**TIMELINE, "format": "tsv"}]})
    error = response.get_json()["results"][0]["error"]
    assert "query string" in error["fields"]["format"][0]


def test_format_given_twice_is_406(client: FlaskClient) -> None:
    response = client.post("/v1/timeline?format=json&format=tsv", json=TIMELINE)
    assert response.status_code == 406
    assert "more than once" in response.get_json()["error"]["message"]


def test_a_misspelt_format_gets_a_suggestion(client: FlaskClient) -> None:
    response = client.post("/v1/timeline?format=tvs", json=TIMELINE)
    assert response.status_code == 406
    assert "did you mean 'tsv'?" in response.get_json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "body", "misspelt", "meant"),
    [
        ("/v1/timeline", {"text": "Rain.", "published": "2022-03-14"}, "publishd", "published"),
        ("/v1/timeline", {"text": "Rain.", "published": "2022-03-14"}, "timzone", "timezone"),
        ("/v1/timeline", {"text": "Rain.", "published": "2022-03-14"}, "Title", "title"),
        ("/v1/resolve", {"phrase": "May 3", "published": "2022-03-14"}, "langauge", "language"),
        ("/v1/timelines", {"documents": [TIMELINE]}, "merj", "merge"),
    ],
)
def test_an_unknown_field_close_to_a_known_one_names_it(
    client: FlaskClient, path: str, body: dict[str, Any], misspelt: str, meant: str
) -> None:
    response = client.post(path, json={**body, misspelt: "x"})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"][misspelt] == [
        f"Unknown field (did you mean {meant!r}?)."
    ]


def test_an_unknown_field_like_no_known_one_is_just_unknown(client: FlaskClient) -> None:
    response = client.post("/v1/timeline", json={**TIMELINE, "zzz": 1})
    assert response.get_json()["error"]["fields"]["zzz"] == ["Unknown field."]


def test_the_plain_text_form_suggests_too(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timeline?publishd=2022-03-14", data="Rain on Friday.", content_type="text/plain"
    )
    fields = response.get_json()["error"]["fields"]
    assert fields["publishd"] == ["Unknown field (did you mean 'published'?)."]


def test_a_batch_document_gets_suggestions(client: FlaskClient) -> None:
    response = client.post("/v1/timelines", json={"documents": [{**TIMELINE, "titel": "x"}]})
    fields = response.get_json()["results"][0]["error"]["fields"]
    assert fields == {"titel": ["Unknown field (did you mean 'title'?)."]}
