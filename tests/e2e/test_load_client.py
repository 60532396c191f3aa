"""The load generator behind `make bench` counts what the real server answered, and no more."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from scripts.load import Request, run_load, send, timeline_requests
from service.localserver import running_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_server(workers=1) as (url, _process):
        yield url


def test_a_bounded_load_counts_every_answer(base_url: str, transit_strike: str) -> None:
    requests = timeline_requests(transit_strike, date(2022, 3, 14), days=5)
    result = run_load(base_url, requests, clients=3, seconds=30, total=24)
    assert result.requests == 24
    assert dict(result.statuses) == {200: 24}
    assert result.errors == 0


def test_a_refused_request_counts_as_an_error(base_url: str) -> None:
    blank = json.dumps({"text": " ", "published": "2022-03-14"}).encode()
    request = Request("POST", "/v1/timeline", blank, "application/json")
    assert send("127.0.0.1", int(base_url.rsplit(":", 1)[1]), request) == 422
    result = run_load(base_url, [request], clients=1, seconds=30, total=3)
    assert dict(result.statuses) == {422: 3}
    assert result.errors == 3
