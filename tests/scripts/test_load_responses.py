"""The load generator counts a response only when it arrived whole, and loads only loopback."""

from __future__ import annotations

import pytest

from scripts.load import Request, response_status, run_load


@pytest.mark.parametrize(
    ("response", "status"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", 200),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n{}", "IncompleteResponse"),
        (b"HTTP/1.1 200 OK\r\nContent-Len", "IncompleteResponse"),
        (b"", "IncompleteResponse"),
    ],
    ids=["whole", "cut-body", "cut-head", "nothing"],
)
def test_a_response_counts_only_when_whole(response: bytes, status: int | str) -> None:
    assert response_status(response) == status


def test_only_loopback_is_loaded() -> None:
    with pytest.raises(ValueError, match="127.0.0.1"):
        run_load("http://example.com:80", [Request("GET", "/healthz")], total=1)
