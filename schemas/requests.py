"""What the API accepts: one schema per endpoint, shared by the JSON and text/plain forms.

Unknown fields are refused (marshmallow's RAISE) so that a misspelt option such as
`timzone` fails loudly instead of being silently ignored.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from schemas.errors import did_you_mean
from timeline import AUTO, SUPPORTED_LANGUAGES
from timeline.context import is_portable_zone
from timeline.model import PREFERENCES

PUBLISHED_FORMS = (
    "an ISO 8601 date such as 2022-03-14 or a date and time such as 2022-03-14T09:30:00-05:00"
)
# A phrase is one time expression; a cap keeps a megabyte "phrase" away from dateparser.
MAX_PHRASE_LENGTH = 1000

# Calendar date, optionally a time (minutes required, seconds and fraction optional) and an
# offset. Stricter than `datetime.fromisoformat`, which also takes week dates, ordinal dates
# and compact forms that nobody means by a publish date.
_PUBLISHED = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})?)?"
)

# "2022-03-14T09:30:00+03:00" put in a query string unencoded arrives with a space for the "+".
_PLUS_AS_SPACE = re.compile(r"[0-9-]{10}[Tt ][0-9:.]{5,15} [0-9]{2}:?[0-9]{2}")


class PublishedField(fields.Field[datetime]):
    """An ISO 8601 date or date-time string; a date alone means its midnight, with no zone.

    Numbers (epoch seconds), booleans and free text are refused: a publish date is too
    important to guess.
    """

    default_error_messages = {
        "type": f"Must be a string: {PUBLISHED_FORMS}.",
        "format": f"Not a valid publish date: expected {PUBLISHED_FORMS}.",
        "plus": "Not a valid publish date: the '+' of the offset arrived as a space; in a "
        "query string write it as %2B, e.g. published=2022-03-14T09:30:00%2B03:00.",
        "range": "Not a real date and time: {reason}.",
    }

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> datetime:
        if not isinstance(value, str):
            raise self.make_error("type")
        if not _PUBLISHED.fullmatch(value):
            raise self.make_error("plus" if _PLUS_AS_SPACE.fullmatch(value) else "format")
        normal = value.replace("t", "T").replace("z", "+00:00").replace("Z", "+00:00")
        try:
            return datetime.fromisoformat(normal)
        except ValueError as exc:
            raise self.make_error("range", reason=str(exc)) from exc

    def _serialize(self, value: datetime | None, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        return None if value is None else value.isoformat()


class LanguageField(fields.String):
    """A language code, matched case-insensitively and returned as dateparser spells it."""

    _CANONICAL = {code.lower(): code for code in [*SUPPORTED_LANGUAGES, AUTO]}

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        code = super()._deserialize(value, attr, data, **kwargs)
        return self._CANONICAL.get(code.lower(), code)


@cache
def _timezones() -> frozenset[str]:
    """The zones accepted: the host's database without names that mean a different zone on
    another machine (`localtime`, `posixrules`, the `posix/` and `right/` copies)."""
    return frozenset(name for name in available_timezones() if is_portable_zone(name))


def check_timezone(value: str) -> None:
    """Refuse a name that is no IANA zone."""
    # Membership rather than `ZoneInfo(value)`: the latter reads files named by the client
    # and fails with OSError on names such as "Europe" (a directory) or very long ones.
    if value not in _timezones():
        raise ValidationError(
            f"Unknown timezone {value!r}: use an IANA name such as 'Europe/Minsk' or 'UTC'."
        )


def _check_not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Must not be blank.")


# Where an answer's format is asked for instead: one rule for every route and body type.
FORMAT_IS_NO_FIELD = (
    "Not a request field: ask for the answer's format in the query string "
    "(?format=tsv) or with an Accept header."
)


class StrictSchema(Schema):
    """Refuses unknown fields, naming the known field a misspelt one was probably meant as."""

    class Meta:
        unknown = RAISE

    def handle_error(self, error: ValidationError, data: Any, *, many: bool, **kwargs: Any) -> None:
        """Rewrite marshmallow's bare "Unknown field." into a hint, in place."""
        if not isinstance(error.messages, dict):
            return
        known = [field.data_key or name for name, field in self.load_fields.items()]
        unknown = [self.error_messages["unknown"]]
        for name, messages in error.messages.items():
            if messages != unknown or not isinstance(name, str):
                continue
            if name == "format":
                error.messages[name] = [FORMAT_IS_NO_FIELD]
            else:
                error.messages[name] = [f"Unknown field{did_you_mean(name, known)}."]


class _OptionsSchema(StrictSchema):
    """The reading context shared by every endpoint: when, in which language, which zone."""

    published = PublishedField(
        required=True,
        metadata={
            "description": f"When the text was published: {PUBLISHED_FORMS}. "
            "A date alone means midnight at the start of that day.",
            "example": "2022-03-14",
            "pattern": f"^{_PUBLISHED.pattern}$",
        },
    )
    language = LanguageField(
        load_default="en",
        validate=validate.OneOf(
            sorted(SUPPORTED_LANGUAGES),
            error="Unsupported language {input!r}: use a code such as 'en', 'de' or 'ru' "
            "('auto' detects the language of a whole text: a timeline's, not a phrase's).",
        ),
        metadata={"description": "Language of the text: one of dateparser's codes, in any case."},
    )
    timezone = fields.String(
        load_default=None,
        validate=check_timezone,
        metadata={
            "description": "IANA zone of the newsroom, e.g. Europe/Minsk. Converts an aware "
            "`published` to local time, or gives a naive one its zone.",
            "example": "Europe/Minsk",
        },
    )
    prefer = fields.String(
        load_default="auto",
        validate=validate.OneOf(PREFERENCES),
        metadata={
            "description": "How to read ambiguous phrases: `auto` lets each phrase's context "
            "decide (a bare weekday leans to the past, as news does), `past` or `future` "
            "force a direction."
        },
    )

    explain = fields.Boolean(
        load_default=False,
        metadata={
            "description": "Also say, for each value, the rules that found it (`time.rule`) "
            "and the meaning they gave (`time.meaning`)."
        },
    )

    @validates_schema
    def _check_published_in_zone(self, data: dict[str, Any], **kwargs: Any) -> None:
        # 9999-12-31T23:00-14:00 is a valid moment that no calendar can show in Kiribati.
        published, zone = data.get("published"), data.get("timezone")
        if published is None or published.tzinfo is None or zone is None:
            return
        try:
            published.astimezone(ZoneInfo(zone))
        except OverflowError as exc:
            raise ValidationError(
                f"Out of the calendar's range once converted to {zone}.", "published"
            ) from exc


class TimelineOptionsSchema(_OptionsSchema):
    """A timeline request but the text: the query string of the text/plain form."""

    language = LanguageField(
        load_default="en",
        validate=validate.OneOf(
            [AUTO, *sorted(SUPPORTED_LANGUAGES)],
            error="Unsupported language {input!r}: use a code such as 'en', 'de' or 'ru', "
            "or 'auto'.",
        ),
        metadata={
            "description": "Language of the text: one of dateparser's codes, in any case, or "
            "`auto` to detect it (the answer's `detected` says which language was found and "
            "how sure the detector was; below its threshold the text is read as English)."
        },
    )

    title = fields.String(
        load_default=None, metadata={"description": "Headline, echoed in the response."}
    )


class TimelineRequestSchema(TimelineOptionsSchema):
    """POST /v1/timeline. Loads into exactly `timeline.build_timeline`'s arguments."""

    text = fields.String(
        required=True,
        validate=_check_not_blank,
        metadata={"description": "The article, as plain text. Spans are offsets into it."},
    )


class ResolveOptionsSchema(_OptionsSchema):
    """A resolve request but the phrase: the query string of the text/plain form."""


class ResolveRequestSchema(ResolveOptionsSchema):
    """POST /v1/resolve. Loads into exactly `timeline.resolve_phrase`'s arguments."""

    phrase = fields.String(
        required=True,
        validate=[_check_not_blank, validate.Length(max=MAX_PHRASE_LENGTH)],
        metadata={
            "description": "One time expression, e.g. `two weeks ago`.",
            "example": "two weeks ago",
        },
    )


TIMELINE_REQUEST = TimelineRequestSchema()
RESOLVE_REQUEST = ResolveRequestSchema()
