"""The HTTP edge of the timeline library: `create_app()` (`service.app`) builds a Flask app.

Run it with `gunicorn "service:create_app()"`. The package itself imports nothing: the command
line (`service.cli`) reads files and phrases without a server, and pays for Flask, the API and
its schemas (about a quarter of a second) only when it serves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from service.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from service.app import create_app  # noqa: PLC0415 - Flask only for those who serve

        return create_app
    raise AttributeError(f"module 'service' has no attribute {name!r}")
