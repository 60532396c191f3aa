"""POST /v1/extract (a page in the body) and /v1/extract/url (a page the server fetches).

Fetching is tried against a small HTTP server of the test's own on 127.0.0.1, and only there.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from service import create_app, fetch
from service.examples import PAGE
from service.fetch import FetchLimits, fetch_page, is_public

ARTICLE = PAGE.encode()
LIMIT = 5_000


class _Site(BaseHTTPRequestHandler):
    """Pages for every outcome of a fetch; `seen` records each path asked for."""

    seen: list[tuple[str, str]] = []
    release = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.seen.append((self.path, self.headers.get("Host", "")))
        if self.path.startswith("/redirect/"):
            left = int(self.path.rsplit("/", 1)[1])
            target = f"/redirect/{left - 1}" if left else "/article.html"
            return self._send(302, b"", "text/html", {"Location": target})
        if self.path == "/elsewhere":
            port = self.server.server_address[1]  # type: ignore[index]
            return self._send(302, b"", "text/html", {"Location": f"http://127.0.0.2:{port}/"})
        if self.path == "/slow":
            self._send_head(200, "text/html", {"Content-Length": "100"})
            self.release.wait(timeout=5)  # bounded: the test releases it at teardown
            return None
        pages: dict[str, tuple[int, bytes, str]] = {
            "/article.html": (200, ARTICLE, "text/html; charset=utf-8"),
            "/notes.txt": (200, b"It snowed on Friday.", "text/plain; charset=utf-8"),
            "/logo.png": (200, b"\x89PNG", "image/png"),
            "/big": (200, b"<p>" + b"x" * (2 * LIMIT), "text/html"),
            "/empty.html": (200, b"<html><body></body></html>", "text/html"),
        }
        status, body, media = pages.get(self.path, (404, b"no such page", "text/plain"))
        return self._send(status, body, media, {})

    def _send_head(self, status: int, media: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send(self, status: int, body: bytes, media: str, headers: dict[str, str]) -> None:
        # No Content-Length on /big: the fetcher must stop reading at its limit by itself.
        length = {} if self.path == "/big" else {"Content-Length": str(len(body))}
        self._send_head(status, media, {**length, **headers, "Connection": "close"})
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    _Site.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _forget_requests() -> None:
    _Site.seen.clear()


def _body(answer: TestResponse) -> Any:
    data = answer.get_json()
    assert data is not None, answer.get_data(as_text=True)
    return data


def _app(**settings: Any) -> Flask:
    return create_app({"TESTING": True, "FETCH_URLS": True, "FETCH_MAX_BYTES": LIMIT, **settings})


@pytest.fixture
def fetching() -> FlaskClient:
    """Fetching on, private addresses allowed: the test site is on loopback."""
    return _app(FETCH_PRIVATE_ADDRESSES=True, FETCH_TIMEOUT=0.5).test_client()


def test_a_page_in_the_body_gives_its_text_title_and_date(client: FlaskClient) -> None:
    answer = client.post("/v1/extract", data=ARTICLE, content_type="text/html")
    assert answer.status_code == 200
    assert _body(answer) == {
        "text": "Talks collapse\n\nTalks collapsed on Friday, two weeks after they began.\n\n"
        "Both sides will meet again next month, the mediators said this morning.",
        "title": "Talks collapse",
        "published": "2022-03-14T09:30:00+03:00",
        "url": None,
    }


def test_the_extracted_text_is_what_the_timeline_reads_from_the_page(client: FlaskClient) -> None:
    page = _body(client.post("/v1/extract", data=ARTICLE, content_type="text/html"))
    direct = _body(client.post("/v1/timeline", data=ARTICLE, content_type="text/html"))
    fields = {"text": page["text"], "published": page["published"], "title": page["title"]}
    assert _body(client.post("/v1/timeline", json=fields))["events"] == direct["events"]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "field"),
    [
        (b"<html><body></body></html>", "text/html", 422, "text"),
        (b"It rained.", "text/plain", 415, None),
    ],
)
def test_a_body_that_is_no_page_is_refused(
    client: FlaskClient, body: bytes, content_type: str, status: int, field: str | None
) -> None:
    answer = client.post("/v1/extract", data=body, content_type=content_type)
    assert answer.status_code == status
    assert list(_body(answer)["error"]["fields"]) == ([field] if field else [])


def test_fetching_is_off_unless_the_operator_turns_it_on(client: FlaskClient, site: str) -> None:
    answer = client.post("/v1/extract/url", json={"url": site + "/article.html"})
    assert answer.status_code == 404
    assert _Site.seen == []
    document = _body(client.get("/openapi.json"))
    assert "/v1/extract/url" not in document["paths"]
    assert "/v1/extract/url" in _body(_app().test_client().get("/openapi.json"))["paths"]


def test_a_fetched_page_is_read_as_the_same_page_in_the_body(
    fetching: FlaskClient, client: FlaskClient, site: str
) -> None:
    answer = fetching.post("/v1/extract/url", json={"url": site + "/redirect/2"})
    assert answer.status_code == 200, _body(answer)
    in_body = _body(client.post("/v1/extract", data=ARTICLE, content_type="text/html"))
    assert _body(answer) == {**in_body, "url": site + "/article.html"}
    assert [path for path, _ in _Site.seen] == [
        "/redirect/2",
        "/redirect/1",
        "/redirect/0",
        "/article.html",
    ]


def test_a_plain_text_page_is_its_own_text(fetching: FlaskClient, site: str) -> None:
    answer = fetching.post("/v1/extract/url", json={"url": site + "/notes.txt"})
    assert _body(answer) == {
        "text": "It snowed on Friday.",
        "title": None,
        "published": None,
        "url": site + "/notes.txt",
    }


@pytest.mark.parametrize(
    ("path", "status", "code", "says"),
    [
        ("/missing", 502, "fetch_failed", "HTTP 404"),
        ("/redirect/3", 502, "fetch_failed", "redirected more than 2 times"),
        ("/big", 502, "fetch_failed", "limit of 5,000 bytes"),
        ("/slow", 504, "fetch_timeout", "within 0.5 s"),
        ("/logo.png", 422, "validation_error", "image/png"),
        ("/empty.html", 422, "validation_error", "no article"),
    ],
)
def test_a_page_past_the_limits_or_of_the_wrong_kind_is_refused(
    site: str, path: str, status: int, code: str, says: str
) -> None:
    client = _app(FETCH_PRIVATE_ADDRESSES=True, FETCH_TIMEOUT=0.5, FETCH_MAX_REDIRECTS=2)
    answer = client.test_client().post("/v1/extract/url", json={"url": site + path})
    assert (answer.status_code, _body(answer)["error"]["code"]) == (status, code)
    assert says in str(_body(answer)["error"])


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("ftp://127.0.0.1/a", "Only http:// and https://"),
        ("http://user:secret@127.0.0.1/", "user name or password"),
        ("http:///nohost", "names no host"),
        ("http://127.0.0.1:99999/", "Port out of range"),
    ],
)
def test_a_url_that_cannot_be_fetched_names_the_url_field(url: str, says: str) -> None:
    answer = (
        _app(FETCH_PRIVATE_ADDRESSES=True).test_client().post("/v1/extract/url", json={"url": url})
    )
    assert answer.status_code == 422
    assert says in _body(answer)["error"]["fields"]["url"][0]


def test_loopback_is_not_fetched_unless_allowed(site: str) -> None:
    client = _app().test_client()
    for url in (site + "/article.html", site.replace("127.0.0.1", "localhost") + "/article.html"):
        answer = client.post("/v1/extract/url", json={"url": url})
        assert answer.status_code == 422
        assert "private or local address" in _body(answer)["error"]["fields"]["url"][0]
    assert _Site.seen == []


def test_every_redirect_is_checked_before_it_is_followed(
    site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Here 127.0.0.1 stands for the public internet, and the rest of loopback for a
    # private network that a public page redirects into.
    monkeypatch.setattr(fetch, "is_public", lambda address: address == "127.0.0.1")
    answer = _app().test_client().post("/v1/extract/url", json={"url": site + "/elsewhere"})
    assert answer.status_code == 422
    assert "127.0.0.2" in _body(answer)["error"]["fields"]["url"][0]
    assert [path for path, _ in _Site.seen] == ["/elsewhere"]


def test_the_connection_goes_to_the_address_that_was_checked(site: str) -> None:
    port = int(site.rsplit(":", 1)[1])
    limits = FetchLimits(max_bytes=LIMIT, timeout=2, max_redirects=0, private_addresses=True)
    page = fetch_page(f"http://news.test:{port}/notes.txt", limits, lambda host, _: ["127.0.0.1"])
    assert page.body == b"It snowed on Friday."
    assert _Site.seen == [("/notes.txt", f"news.test:{port}")]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False),
        ("192.168.1.1", False), ("169.254.169.254", False), ("100.64.0.1", False),
        ("0.0.0.0", False), ("224.0.0.1", False), ("::1", False), ("fe80::1%eth0", False),
        ("fc00::1", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
        ("8.8.8.8", True), ("2001:4860:4860::8888", True), ("::ffff:8.8.8.8", True),
    ],
)  # fmt: skip
def test_only_public_addresses_count_as_public(address: str, public: bool) -> None:
    assert is_public(address) is public
