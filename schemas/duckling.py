"""POST /parse, the Duckling-compatible door: Duckling's form fields in, its entities out.

The fields are those of Duckling's HTTP server: `text`, `locale` (`en_GB`; the older `lang`,
`EN`), `tz` (an IANA zone, America/Los_Angeles when absent, as Duckling's), `reftime` (epoch
milliseconds, the server's clock when absent), `dims` (a JSON array of dimension names; all
when absent or empty) and `latent`. Loads into exactly `build_timeline`'s arguments plus the
dimensions asked for.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from marshmallow import ValidationError, fields, post_load

from schemas.errors import did_you_mean
from schemas.requests import StrictSchema, check_timezone
from timeline import SUPPORTED_LANGUAGES

DUCKLING_DEFAULT_TZ = "America/Los_Angeles"
# Dimension names Duckling knows; only `time` is answered here, the rest give no entity.
DUCKLING_DIMENSIONS = (
    "amount-of-money", "credit-card-number", "distance", "duration", "email", "number",
    "ordinal", "phone-number", "quantity", "temperature", "time", "url", "volume",
)  # fmt: skip
_LANGUAGES = {code.lower(): code for code in SUPPORTED_LANGUAGES}


class EpochMillisField(fields.Field[datetime]):
    """Milliseconds since 1970-01-01 UTC, as Duckling's `reftime`: digits, maybe signed."""

    default_error_messages = {
        "invalid": "Must be a whole number of milliseconds since 1970-01-01 UTC.",
        "range": "Out of the calendar's range.",
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        text = str(value).strip()
        if not text.lstrip("-").isdigit() or len(text) > 16:
            raise self.make_error("invalid")
        try:
            return datetime.fromtimestamp(int(text) / 1000, UTC)
        except (OverflowError, OSError, ValueError) as exc:
            raise self.make_error("range") from exc


class DimensionsField(fields.Field[list[str]]):
    """A JSON array of dimension names, as Duckling's `dims`."""

    default_error_messages = {
        "invalid": 'Must be a JSON array of dimension names, such as ["time"].',
        "unknown": "Unknown dimension {name!r}{hint}: Duckling's are {known}.",
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> list[str]:
        try:
            names = json.loads(value) if isinstance(value, str) else value
        except ValueError as exc:
            raise self.make_error("invalid") from exc
        if names is None:
            return []
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise self.make_error("invalid")
        for name in names:
            if name not in DUCKLING_DIMENSIONS:
                hint = did_you_mean(name, DUCKLING_DIMENSIONS)
                known = ", ".join(DUCKLING_DIMENSIONS)
                raise self.make_error("unknown", name=name, hint=hint, known=known)
        return names


class ParseRequestSchema(StrictSchema):
    """POST /parse, form-encoded as Duckling's server takes it."""

    text = fields.String(
        required=True,
        metadata={"description": "The text to parse.", "example": "tomorrow at eight"},
    )
    locale = fields.String(
        load_default=None,
        metadata={
            "description": "Duckling's locale, LANG_REGION: its language picks ours; the "
            "region is read but does not change the reading yet.",
            "example": "en_GB",
        },
    )
    lang = fields.String(
        load_default=None,
        metadata={"description": "Duckling's older language field (EN), used without locale."},
    )
    tz = fields.String(
        load_default=DUCKLING_DEFAULT_TZ,
        validate=check_timezone,
        metadata={"description": "IANA zone of the text.", "example": "Europe/London"},
    )
    reftime = EpochMillisField(
        load_default=None,
        metadata={
            "description": "The reference moment, in milliseconds since 1970-01-01 UTC; "
            "now when absent.",
            "type": "string",
            "pattern": "^-?[0-9]{1,16}$",
            "example": "1647250200000",
        },
    )
    dims = DimensionsField(
        load_default=list,
        metadata={
            "description": "A JSON array of dimension names; absent or empty asks for all. "
            "Only `time` is answered.",
            "type": "string",
            "example": '["time"]',
        },
    )
    latent = fields.Boolean(
        load_default=False,
        metadata={"description": "Accepted for Duckling's clients; every entity is not latent."},
    )

    @post_load
    def _to_arguments(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """`build_timeline`'s arguments, and the dimensions asked for."""
        zone = ZoneInfo(data["tz"])
        reference = data["reftime"] or datetime.now(UTC)
        try:
            published = reference.astimezone(zone)
        except OverflowError as exc:
            raise ValidationError("Out of the calendar's range in that zone.", "reftime") from exc
        return {
            "text": data["text"],
            "published": published,
            "language": _language(data["locale"], data["lang"]),
            "timezone": data["tz"],
            "dims": data["dims"],
        }


def _language(locale: str | None, lang: str | None) -> str:
    """Our language code for Duckling's `locale` (`en_GB`) or `lang` (`EN`); English by
    default, as Duckling's."""
    field, given = ("locale", locale) if locale is not None else ("lang", lang)
    if given is None:
        return "en"
    code = _LANGUAGES.get(given.replace("_", "-").split("-")[0].strip().lower())
    if code is None:
        raise ValidationError(f"Unsupported language in {given!r}.", field)
    return code


PARSE_REQUEST = ParseRequestSchema()
