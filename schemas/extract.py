"""POST /v1/extract: a page read as an article, from its body or from a URL."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.requests import StrictSchema

# Longer URLs are refused by most servers and browsers anyway.
MAX_URL_LENGTH = 2048


class ExtractRequestSchema(StrictSchema):
    """The JSON form: the URL of a page for the server to fetch, when its operator allows."""

    url = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_URL_LENGTH),
        metadata={
            "description": "An http:// or https:// URL. Fetched only when the server sets "
            "TIMELINE_FETCH_URLS; never from a private or local address unless it also "
            "sets TIMELINE_FETCH_PRIVATE_ADDRESSES.",
            "example": "https://news.example/2022/03/14/talks-collapse",
        },
    )


class ExtractResponseSchema(Schema):
    """What a page gives, ready for POST /v1/timeline."""

    text = fields.String(
        required=True, metadata={"description": "The article's main text, as plain text."}
    )
    title = fields.String(
        required=True, allow_none=True, metadata={"description": "The headline, if found."}
    )
    published = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "The publish date or moment, as `published` takes it; null "
            "when the page names none."
        },
    )
    url = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "Where the page was fetched from, after redirects; null for "
            "a page sent as the body."
        },
    )


EXTRACT_REQUEST = ExtractRequestSchema()
EXTRACT_RESPONSE = ExtractResponseSchema()
