"""Pages for people: the timeline page at `/` and the API docs at `/docs`.

Every asset is served by the service itself (no CDN), so both pages work offline. Swagger UI
comes from the `swagger-ui-bundle` package, which ships its built files.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, current_app, render_template, send_from_directory
from flask.typing import ResponseReturnValue
from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]

pages = Blueprint("pages", __name__)

SWAGGER_UI_DIR = Path(swagger_ui_path)
STATIC_DIR = Path(__file__).resolve().parent / "static"


@pages.get("/")
def get_index() -> ResponseReturnValue:
    """The timeline page: paste an article, see its timeline drawn.

    It shows an API key field only when keys are on, and a URL field only when the server
    fetches pages (`service.fetch`).
    """
    return render_template(
        "index.html",
        api_keys_on=bool(current_app.extensions["security"]["api_keys"]),
        fetch_urls_on=bool(current_app.config.get("FETCH_URLS")),
    )


@pages.get("/favicon.ico")
def get_favicon() -> ResponseReturnValue:
    """The icon browsers ask for at the root whatever the page links."""
    return send_from_directory(STATIC_DIR, "favicon.ico", max_age=86400)


@pages.get("/docs")
def get_docs() -> ResponseReturnValue:
    """Swagger UI over `/openapi.json`."""
    return render_template("docs.html")


@pages.get("/docs/assets/<path:name>")
def get_docs_asset(name: str) -> ResponseReturnValue:
    """A file of the Swagger UI bundle; `send_from_directory` refuses paths that climb out."""
    return send_from_directory(SWAGGER_UI_DIR, name, max_age=3600)
