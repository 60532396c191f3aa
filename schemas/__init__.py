"""marshmallow schemas of the HTTP API: what it accepts, answers, and how it fails.

Kept apart from `service` so that the CLI and the OpenAPI document use the very same
definitions; nothing here imports Flask.
"""
