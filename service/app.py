"""`create_app()`: the Flask app of the HTTP edge, from its config, blueprints and hooks.

Run it with `gunicorn "service:create_app()"`; nothing is read or built at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

import timeline
from service import api, batch, duckling, extract_api, pages
from service.config import DefaultConfig
from service.errors import register_error_handlers
from service.jsonprovider import OrjsonProvider
from service.security import register_security

__all__ = ["create_app"]


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build a new app from `DefaultConfig`, then `TIMELINE_*` variables, then `overrides`."""
    app = Flask(__name__)
    app.config.from_object(DefaultConfig)
    app.config.from_prefixed_env("TIMELINE")
    app.config.update(overrides or {})
    _check_body_limit(app.config["MAX_CONTENT_LENGTH"])
    app.json = OrjsonProvider(app)
    register_error_handlers(app)
    register_security(app)
    app.register_blueprint(api.bp, url_prefix="/v1")
    app.register_blueprint(api.meta)
    app.register_blueprint(batch.bp, url_prefix="/v1")
    app.register_blueprint(extract_api.extract, url_prefix="/v1")
    if app.config.get("FETCH_URLS"):
        app.register_blueprint(extract_api.by_url, url_prefix="/v1")
    app.register_blueprint(duckling.duckling)
    app.register_blueprint(pages.pages)
    # Built by the first GET /openapi.json (`openapi_document`): a test app rarely needs it.
    app.extensions["openapi"] = None
    # Under gunicorn's preload_app this runs once in the master, so workers fork warm.
    timeline.warm_up()
    return app


def _check_body_limit(limit: object) -> None:
    """Refuse to start with a limit Werkzeug would trip over on every request."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ValueError(
            f"MAX_CONTENT_LENGTH must be a positive number of bytes, not {limit!r}; "
            "e.g. TIMELINE_MAX_CONTENT_LENGTH=1000000."
        )
