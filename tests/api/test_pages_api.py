"""The pages for people: `/` and `/docs`, with every asset served locally."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from service import create_app


def _status(client: FlaskClient, url: str) -> int:
    # Static files answer with an open file; close it so no ResourceWarning is left behind.
    with client.get(url) as response:
        return response.status_code


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_pages_use_only_local_assets(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets
    assert not [url for url in assets if "//" in url], "no CDN: every asset is ours"
    for url in assets:
        if url.startswith("/static/") or url.startswith("/docs/assets/"):
            assert _status(client, url) == 200, url


def test_the_page_posts_to_the_timeline_api(client: FlaskClient) -> None:
    with client.get("/static/app.js") as response:
        assert '"/v1/timeline"' in response.get_data(as_text=True)


def test_docs_assets_do_not_escape_their_folder(client: FlaskClient) -> None:
    assert _status(client, "/docs/assets/../../__init__.py") == 404
    assert _status(client, "/docs/assets/swagger-ui-bundle.js") == 200


def test_the_favicon_is_served(client: FlaskClient) -> None:
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200
        assert response.mimetype in ("image/vnd.microsoft.icon", "image/x-icon")
        assert response.get_data()[:4] == b"\x00\x00\x01\x00"  # an ICO file's header


def test_the_page_offers_a_key_field_and_a_url_field_only_when_they_are_on() -> None:
    off = create_app({"TESTING": True}).test_client().get("/").get_data(as_text=True)
    assert 'id="api-key"' not in off and 'id="url"' not in off
    on = create_app(
        {"TESTING": True, "API_KEYS": "pages-test-key-0123", "FETCH_URLS": True}
    ).test_client()
    html = on.get("/").get_data(as_text=True)
    assert 'id="api-key"' in html and 'id="url"' in html
