"""What the API answers; the CLI prints the same documents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from marshmallow import Schema, fields, post_dump, pre_dump, validate

from timeline import Span, Timeline
from timeline.model import GRANULARITIES, TIMEX_TYPES

# How marshmallow passes a schema's `get_attribute` to a field; the fields below need none.
Accessor = Callable[[Any, str, Any], Any]

_MOMENT = (
    "ISO 8601; carries an offset when `published` had one or a timezone was given, "
    "otherwise it is local wall time."
)
# Not RFC 3339's `date-time`, which demands an offset: ours carries one only when the request
# had a zone. The pattern says exactly what is served.
_MOMENT_FORMAT = {
    "format": "iso-8601-date-time",
    "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2})?$",
}


# The fields below read the library's frozen dataclasses (`Event`, `TimeValue`, `Span`).
# marshmallow's generic path for a field costs five calls (key or attribute, dotted names,
# defaults, type coercion) where one `getattr` does; with about 190 fields per article it
# doubled the dump (~0.25 ms against ~0.12). Their output and their OpenAPI description are
# those of the field class each extends; a plain dict is read by key, so they also dump dicts.


def _read(obj: Any, attr: str) -> Any:
    """`obj[attr]` for a dict, else `obj.attr`: raises rather than skip a missing value."""
    return obj[attr] if type(obj) is dict else getattr(obj, attr)


class TextField(fields.String):
    """A `str` (or None) attribute, as it is: the model holds no other type there."""

    def serialize(
        self, attr: str, obj: Any, accessor: Accessor | None = None, **kwargs: Any
    ) -> str | None:
        value: str | None = _read(obj, attr)
        return value


class MomentField(fields.DateTime):
    """A `datetime` (or None) attribute in ISO 8601, exactly as `fields.DateTime("iso")`."""

    def serialize(
        self, attr: str, obj: Any, accessor: Accessor | None = None, **kwargs: Any
    ) -> str | None:
        value: datetime | None = _read(obj, attr)
        return None if value is None else value.isoformat()


def _moment(description: str, allow_none: bool = False) -> MomentField:
    metadata = {"description": f"{description} {_MOMENT}", **_MOMENT_FORMAT}
    return MomentField(format="iso", required=True, allow_none=allow_none, metadata=metadata)


class SpanField(fields.List[int]):
    """A `Span` as `[start, end]`: character offsets (code points), start inclusive."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = {"minItems": 2, "maxItems": 2, **kwargs.pop("metadata", {})}
        super().__init__(fields.Integer(), metadata=metadata, **kwargs)

    def serialize(
        self, attr: str, obj: Any, accessor: Accessor | None = None, **kwargs: Any
    ) -> list[int] | None:
        value: Span | None = _read(obj, attr)
        return None if value is None else [value.start, value.end]


class NestedField(fields.Nested):
    """One nested object (or None), dumped by its schema; no `many`, no `only`/`exclude`."""

    def serialize(
        self, attr: str, obj: Any, accessor: Accessor | None = None, **kwargs: Any
    ) -> dict[str, Any] | None:
        value = _read(obj, attr)
        if value is None:
            return None
        dumped: dict[str, Any] = self.schema_for(value).dump(value)
        return dumped

    def schema_for(self, value: Any) -> Schema:
        """The schema that dumps `value`: the field's own."""
        schema: Schema = self.schema
        return schema


class PlainTimeSchema(Schema):
    """`TimeSchema` without what only `explain` adds: what an answer dumps for every value
    not explained (about 20 µs less per article than dropping the two fields after the dump).
    The API's description is `TimeSchema`'s."""

    type = TextField(required=True, validate=validate.OneOf(TIMEX_TYPES))
    value = TextField(
        required=True,
        metadata={
            "description": "TIMEX3 value: 2022-03-11, 2022-W10, 2022-03, 2020, 201X, "
            "PAST_REF, P3D, ..."
        },
    )
    start = _moment("Interval start, inclusive; null off the axis.", allow_none=True)
    end = _moment("Interval end, exclusive; null off the axis.", allow_none=True)
    granularity = TextField(required=True, allow_none=True, validate=validate.OneOf(GRANULARITIES))
    anchor = TextField(
        required=True,
        metadata={
            "description": "What it was resolved against: `published` or an earlier event's id."
        },
    )


class TimeSchema(PlainTimeSchema):
    """A resolved expression in TIMEX3 terms and its interval on the time axis."""

    rule = TextField(
        metadata={
            "description": "With `explain`: the rules that found the phrase, compositions with "
            "their parts, e.g. `date_at_clock(weekday, clock)`."
        }
    )
    meaning = TextField(
        allow_none=True,
        metadata={"description": "With `explain`: the typed meaning the rules gave."},
    )

    @post_dump
    def _only_when_explained(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        if data.get("rule") is None:  # asked for with `explain` only
            data.pop("rule", None)
            data.pop("meaning", None)
        return data


class TimeField(NestedField):
    """An event's time: by its schema (`TimeSchema` or one that extends it) when the value was
    explained, else by `PlainTimeSchema`, which dumps the same fields less `rule` and
    `meaning`, without a hook to drop them."""

    _plain = PlainTimeSchema()

    def schema_for(self, value: Any) -> Schema:
        explained = value.get("rule") if type(value) is dict else value.rule
        return self._plain if explained is None else super().schema_for(value)


class EventSchema(Schema):
    """One time expression and the clause and sentence it dates."""

    id = TextField(required=True, metadata={"example": "e1"})
    phrase = TextField(required=True, metadata={"description": "Exactly `text[span[0]:span[1]]`."})
    span = SpanField(required=True, metadata={"description": "Offsets of the phrase in the text."})
    event = TextField(required=True, metadata={"description": "The clause the phrase dates."})
    sentence = TextField(required=True)
    sentence_span = SpanField(
        required=True, metadata={"description": "Offsets of the sentence in the text."}
    )
    time = TimeField(TimeSchema, required=True)


class StatsSchema(Schema):
    expressions = fields.Integer(
        required=True, metadata={"description": "How many time expressions were found."}
    )
    elapsed_ms = fields.Float(
        required=True, metadata={"description": "Time the library spent on the text."}
    )


class DetectedSchema(Schema):
    """What `language: "auto"` found."""

    language = fields.String(
        required=True, metadata={"description": "The language detected (or `en`, on fallback)."}
    )
    confidence = fields.Float(
        required=True,
        metadata={
            "description": "The detector's probability for the language it found, 0 to 1.",
            "minimum": 0,
            "maximum": 1,
        },
    )
    fallback = fields.Boolean(
        required=True,
        metadata={
            "description": "True when the detector was too unsure (or found a language the "
            "service cannot read) and the text was read as English."
        },
    )


class TimelineResponseSchema(Schema):
    """The events of one text: dated ones by start (ties by position), then undated ones."""

    published = _moment("The publish moment every expression was resolved against.")
    language = fields.String(required=True)
    title = fields.String(required=True, allow_none=True)
    events = fields.List(fields.Nested(EventSchema), required=True)
    stats = fields.Nested(StatsSchema, required=True)
    detected = fields.Nested(
        DetectedSchema,
        metadata={"description": 'Only when the request asked for `language: "auto"`.'},
    )

    @pre_dump
    def _flatten(self, timeline: Timeline, **kwargs: Any) -> dict[str, Any]:
        flat = {
            "published": timeline.published,
            "language": timeline.language,
            "title": timeline.title,
            "events": timeline.events,
            "stats": {"expressions": len(timeline.events), "elapsed_ms": timeline.elapsed_ms},
        }
        if timeline.detected is not None:  # asked for with `language: "auto"` only
            flat["detected"] = timeline.detected
        return flat


class ResolveResponseSchema(Schema):
    phrase = fields.String(required=True)
    time = fields.Nested(
        TimeSchema,
        required=True,
        allow_none=True,
        metadata={"description": "null when the phrase is not a time expression."},
    )


class HealthResponseSchema(Schema):
    status = fields.String(required=True, validate=validate.Equal("ok"))


TIMELINE_RESPONSE = TimelineResponseSchema()
RESOLVE_RESPONSE = ResolveResponseSchema()
HEALTH_RESPONSE = HealthResponseSchema()
