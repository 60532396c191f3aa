"""Request bodies through the Flask test client: content codings (gzip, deflate, bombs,
unknown ones), declared charsets, and NDJSON streams that cannot go on."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import pytest
from flask.testing import FlaskClient

from service.lifecycle import SHUTDOWN_KEY, Shutdown

ARTICLE = {"text": "The minister resigned yesterday.", "published": "2022-03-14"}
BODY = json.dumps(ARTICLE).encode()
LIMIT = 1_000_000


def _post(client: FlaskClient, body: bytes, encoding: str, **extra: Any) -> Any:
    headers = {"Content-Encoding": encoding}
    return client.post(
        "/v1/timeline", data=body, content_type="application/json", headers=headers, **extra
    )


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(BODY)),
        ("x-gzip", gzip.compress(BODY)),
        ("deflate", zlib.compress(BODY)),
        ("deflate", zlib.compress(BODY)[2:-4]),  # raw deflate, as some clients send it
        ("GZIP", gzip.compress(BODY)),
        ("identity", BODY),
        ("gzip, deflate", zlib.compress(gzip.compress(BODY))),
        ("gzip", gzip.compress(BODY[:20]) + gzip.compress(BODY[20:])),  # two gzip members
    ],
    ids=["gzip", "x-gzip", "zlib", "raw-deflate", "upper", "identity", "chained", "members"],
)
def test_compressed_bodies_are_decoded(client: FlaskClient, encoding: str, body: bytes) -> None:
    response = _post(client, body, encoding)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["events"][0]["phrase"] == "yesterday"


def test_a_body_that_decompresses_past_the_limit_is_413(client: FlaskClient) -> None:
    bomb = gzip.compress(b" " * (200 * LIMIT))  # 200 MB of spaces in about 200 kB
    assert len(bomb) < LIMIT
    response = _post(client, bomb, "gzip")
    assert response.status_code == 413
    error = response.get_json()["error"]
    assert error["code"] == "body_too_large" and "decodes" in error["message"]


def test_a_plain_text_body_can_be_compressed_too(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timeline?published=2022-03-14",
        data=gzip.compress(b"It rained yesterday."),
        content_type="text/plain",
        headers={"Content-Encoding": "gzip"},
    )
    assert response.get_json()["events"][0]["span"] == [10, 19]


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "gzip, br", ""])
def test_other_content_encodings_are_415(client: FlaskClient, encoding: str) -> None:
    response = _post(client, BODY, encoding or " ")
    assert response.status_code == 415
    assert response.get_json()["error"]["code"] == "unsupported_content_encoding"
    assert response.headers["Accept-Encoding"] == "gzip, deflate"


@pytest.mark.parametrize(
    "body",
    [b"\x1f\x8b\x08\x00garbage", gzip.compress(BODY)[:-12], b"", b"\x1f"],
    ids=["garbage", "cut", "empty", "one-byte"],
)
def test_a_broken_compressed_body_is_400(client: FlaskClient, body: bytes) -> None:
    response = _post(client, body, "gzip")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "malformed_body"


@pytest.mark.parametrize(
    ("charset", "encoded"),
    [("latin-1", "latin-1"), ("ISO-8859-1", "latin-1"), ("windows-1252", "cp1252"),
     ("utf-8", "utf-8"), ("UTF-16", "utf-16"), ("koi8-r", "koi8-r")],
)  # fmt: skip
def test_a_declared_charset_is_honoured(client: FlaskClient, charset: str, encoded: str) -> None:
    text = "Le café a fermé hier." if encoded != "koi8-r" else "Кафе закрылось вчера."
    language = "fr" if encoded != "koi8-r" else "ru"
    response = client.post(
        f"/v1/timeline?published=2022-03-14&language={language}",
        data=text.encode(encoded),
        content_type=f"text/plain; charset={charset}",
    )
    assert response.status_code == 200, response.get_json()
    (event,) = response.get_json()["events"]
    assert text[event["span"][0] : event["span"][1]] == event["phrase"]  # offsets in characters


@pytest.mark.parametrize("charset", ["rot13", "base64", "no-such-charset", "zlib"])
def test_a_charset_that_is_no_text_encoding_is_415(client: FlaskClient, charset: str) -> None:
    response = client.post(
        "/v1/timeline?published=2022-03-14",
        data=b"It rained yesterday.",
        content_type=f"text/plain; charset={charset}",
    )
    assert response.status_code == 415
    assert response.get_json()["error"]["code"] == "unsupported_charset"


def test_a_body_not_in_its_declared_charset_is_400_naming_it(client: FlaskClient) -> None:
    response = client.post(
        "/v1/timeline?published=2022-03-14",
        data="Вчера".encode("utf-16-le") + b"\xff",
        content_type="text/plain; charset=utf-16-le",
    )
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "invalid_encoding" and "utf-16-le" in error["message"]


@pytest.mark.parametrize("charset", ["latin-1", "utf-16", "ascii-no"])
def test_json_in_another_charset_than_utf8_is_415(client: FlaskClient, charset: str) -> None:
    response = client.post(
        "/v1/timeline", data=BODY, content_type=f"application/json; charset={charset}"
    )
    assert response.status_code == 415
    assert response.get_json()["error"]["code"] == "unsupported_charset"


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", "utf8"])
def test_json_declared_utf8_is_read(client: FlaskClient, charset: str) -> None:
    response = client.post(
        "/v1/timeline", data=BODY, content_type=f"application/json; charset={charset}"
    )
    assert response.status_code == 200


def _ndjson(client: FlaskClient, body: bytes, **extra: Any) -> list[dict[str, Any]]:
    response = client.post("/v1/timelines", data=body, content_type="application/x-ndjson", **extra)
    assert response.status_code == 200
    return [json.loads(line) for line in response.get_data().splitlines()]


def _lines(count: int) -> bytes:
    return b"".join(
        json.dumps({**ARTICLE, "id": str(number)}).encode() + b"\n" for number in range(count)
    )


def test_a_gzip_ndjson_stream_is_decoded_line_by_line(client: FlaskClient) -> None:
    lines = _ndjson(client, gzip.compress(_lines(3)), headers={"Content-Encoding": "gzip"})
    assert [(line["index"], line["id"], line["error"]) for line in lines] == [
        (0, "0", None),
        (1, "1", None),
        (2, "2", None),
    ]


def test_a_cut_gzip_stream_ends_with_an_error_line_after_what_it_answered(
    client: FlaskClient,
) -> None:
    cut = gzip.compress(_lines(3))[:-8]  # the data is there, its checksum and size are not
    *answered, last = _ndjson(client, cut, headers={"Content-Encoding": "gzip"})
    assert [line["index"] for line in answered] == [0, 1, 2]
    assert last["error"]["code"] == "malformed_body"


def test_an_ndjson_stream_in_an_unknown_coding_is_refused_before_it_starts(
    client: FlaskClient,
) -> None:
    response = client.post(
        "/v1/timelines",
        data=_lines(1),
        content_type="application/x-ndjson",
        headers={"Content-Encoding": "br"},
    )
    assert response.status_code == 415


def test_a_stream_told_to_stop_ends_with_an_error_line() -> None:
    from service import create_app

    shutdown = Shutdown()
    shutdown.begin(30)
    client = create_app({"TESTING": True}).test_client()
    (line,) = _ndjson(client, _lines(3), environ_base={SHUTDOWN_KEY: shutdown})
    assert line["error"]["code"] == "server_stopping"
    assert "from index 0" in line["error"]["message"]


def test_a_batch_out_of_time_marks_the_documents_it_did_not_reach() -> None:
    from service import create_app

    shutdown = Shutdown()
    shutdown.begin(0)  # no time left at all
    client = create_app({"TESTING": True}).test_client()
    documents = [{**ARTICLE, "id": str(number)} for number in range(3)]
    response = client.post(
        "/v1/timelines", json={"documents": documents}, environ_base={SHUTDOWN_KEY: shutdown}
    )
    results = response.get_json()["results"]
    assert [result["id"] for result in results] == ["0", "1", "2"]
    assert {result["error"]["code"] for result in results} == {"server_stopping"}


# The routes main added read their bodies the same way: /parse's form, HTML pages.
PAGE = (
    '<html><head><meta charset="utf-8"><title>Caf\u00e9 closes</title>'
    '<meta property="article:published_time" content="2022-03-14"></head>'
    "<body><article><p>The caf\u00e9 on the square closed yesterday after forty years, "
    "its owner said.</p></article></body></html>"
)


def test_a_duckling_form_may_come_compressed(client: FlaskClient) -> None:
    form = b"text=tomorrow&reftime=1647250200000&tz=UTC"
    response = client.post(
        "/parse",
        data=gzip.compress(form),
        content_type="application/x-www-form-urlencoded",
        headers={"Content-Encoding": "gzip"},
    )
    assert response.status_code == 200, response.get_json()
    assert [entity["body"] for entity in response.get_json()] == ["tomorrow"]


def test_a_duckling_form_is_read_in_its_declared_charset(client: FlaskClient) -> None:
    # "café tomorrow", its é percent-encoded in Latin-1 (%E9), not UTF-8 (%C3%A9).
    form = b"text=caf%E9+tomorrow&reftime=1647250200000&tz=UTC"
    latin = client.post(
        "/parse", data=form, content_type="application/x-www-form-urlencoded; charset=latin-1"
    )
    assert latin.status_code == 200, latin.get_json()
    [entity] = latin.get_json()
    assert (entity["body"], entity["start"]) == ("tomorrow", 5)
    utf8 = client.post("/parse", data=form, content_type="application/x-www-form-urlencoded")
    assert utf8.status_code == 400 and utf8.get_json()["error"]["code"] == "invalid_encoding"
    unknown = client.post(
        "/parse", data=form, content_type="application/x-www-form-urlencoded; charset=x-nope"
    )
    assert unknown.status_code == 415
    assert unknown.get_json()["error"]["code"] == "unsupported_charset"


@pytest.mark.parametrize("path", ["/v1/timeline", "/v1/extract"])
def test_an_html_page_may_come_compressed(client: FlaskClient, path: str) -> None:
    response = client.post(
        path,
        data=gzip.compress(PAGE.encode()),
        content_type="text/html",
        headers={"Content-Encoding": "gzip"},
    )
    assert response.status_code == 200, response.get_json()
    assert "caf\u00e9" in json.dumps(response.get_json(), ensure_ascii=False)
    broken = client.post(
        path, data=b"\x1f\x8b\x08", content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    assert broken.status_code == 400 and broken.get_json()["error"]["code"] == "malformed_body"


@pytest.mark.parametrize("path", ["/v1/timeline", "/v1/extract"])
def test_an_html_page_is_read_in_the_charset_its_content_type_declares(
    client: FlaskClient, path: str
) -> None:
    # The page says ISO-8859-5 (Cyrillic) but its bytes are Windows-1252: the HTTP header
    # wins, as in a browser; without it the page's own word is taken (é read as щ).
    raw = PAGE.replace('charset="utf-8"', 'charset="iso-8859-5"').encode("cp1252")
    declared = client.post(path, data=raw, content_type="text/html; charset=windows-1252")
    assert declared.status_code == 200, declared.get_json()
    assert "caf\u00e9 on the square" in json.dumps(declared.get_json(), ensure_ascii=False)
    undeclared = client.post(path, data=raw, content_type="text/html")
    assert "caf\u0449 on the square" in json.dumps(undeclared.get_json(), ensure_ascii=False)
    unknown = client.post(path, data=raw, content_type="text/html; charset=x-nope")
    assert unknown.status_code == 415
    assert unknown.get_json()["error"]["code"] == "unsupported_charset"
