"""The pages for people: `/` and `/docs`, with every asset served locally."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient


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
