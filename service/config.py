"""Default settings; each can be overridden by a TIMELINE_-prefixed environment variable."""

from __future__ import annotations


class DefaultConfig:
    """Read by `create_app` before `TIMELINE_*` variables and explicit overrides.

    `TIMELINE_MAX_CONTENT_LENGTH=2000000` raises the body limit; Flask parses the value as
    JSON, so it arrives as an int.
    """

    # Bodies over this many bytes get 413 before they are read; an article is rarely 100 kB.
    MAX_CONTENT_LENGTH = 1_000_000
    # Comma-separated; when set, every /v1/* request needs "Authorization: Bearer <key>".
    API_KEYS: str | None = None
    # Comma-separated origins (or "*") that browsers may call the API from; none by default.
    CORS_ORIGINS: str | None = None
    # The app's own line per request on stderr; gunicorn's access log already has the id.
    LOG_REQUESTS = False
    # POST /v1/extract with {"url": ...}: off unless the operator turns it on (service.fetch).
    FETCH_URLS = False
    # A fetched page over this many bytes is refused (502) rather than read.
    FETCH_MAX_BYTES = 2_000_000
    # Seconds for the whole fetch, redirects included; well under gunicorn's worker timeout.
    FETCH_TIMEOUT = 10.0
    FETCH_MAX_REDIRECTS = 3
    # Loopback, private, link-local and other non-public addresses stay out of reach unless set.
    FETCH_PRIVATE_ADDRESSES = False
