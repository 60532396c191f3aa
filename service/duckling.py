"""POST /parse: a door shaped as Duckling's HTTP server, so that its clients (Rasa's
`DucklingEntityExtractor`, for one) switch by changing a URL.

The form fields are Duckling's (`schemas.duckling`); the answer is Duckling's JSON array of
entities for the time dimension: `body`, `start`, `end`, `dim: "time"`, `latent`, and a
`value` that is either an instant (`value`, `grain`, `type: "value"`) or an interval
(`from`, `to`, `type: "interval"`), with the same under `values`, as Duckling writes it.
Moments are RFC 3339 with milliseconds and the offset of `tz`; an interval's `to` is
exclusive, as Duckling's. Durations, sets and vague references ("recently") are no time
entity and are left out, and so is every other dimension.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from dateutil.relativedelta import relativedelta
from flask import Blueprint, request
from marshmallow import ValidationError

from schemas.duckling import PARSE_REQUEST, ParseRequestSchema
from service import examples
from service.body import FORM, read_body, unsupported_media_type
from service.contract import Body, operation
from service.encoding import decode_text, text_charset
from service.errors import InvalidEncoding, MalformedForm
from timeline import Event, TimeValue, build_timeline

duckling = Blueprint("duckling", __name__)

# Our granularity -> Duckling's grain; Duckling has no season, decade or century.
_GRAINS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "quarter": "quarter", "year": "year", "season": "day",
    "decade": "year", "century": "year",
}  # fmt: skip
# One unit of each grain Duckling has: an interval of exactly one is an instant to Duckling.
_UNITS = {
    "second": relativedelta(seconds=1), "minute": relativedelta(minutes=1),
    "hour": relativedelta(hours=1), "day": relativedelta(days=1),
    "week": relativedelta(weeks=1), "month": relativedelta(months=1),
    "quarter": relativedelta(months=3), "year": relativedelta(years=1),
}  # fmt: skip
_MAX_FIELDS = 20
_ENTITIES = {
    "type": "array",
    "items": {"type": "object", "description": "A Duckling entity of the time dimension."},
}


@duckling.post("/parse")
@operation(
    formats=("json",),
    answers={"json": _ENTITIES},
    errors=(400, 406, 413, 415, 422),
    bodies={FORM: Body(ParseRequestSchema, examples.PARSE)},
    examples=examples.parse_answers,
    invalid=examples.INVALID_PARSE,
    tag="duckling",
)
def post_parse() -> Any:
    """Duckling's /parse: its form fields in, its JSON entities of the time dimension out.

    For Duckling's clients: point them at this server instead. `locale`'s language picks the
    grammar; `tz` defaults to America/Los_Angeles and `reftime` to now, as Duckling's do.
    """
    return parse_entities(PARSE_REQUEST.load(_read_form()))


def parse_entities(args: dict[str, Any]) -> list[dict[str, Any]]:
    """Duckling's entities for the text, in the order they appear in it."""
    dims = args.pop("dims")
    if dims and "time" not in dims:
        return []
    timeline = build_timeline(**args)
    events = sorted(timeline.events, key=lambda event: event.span.start)
    return [_entity(event) for event in events if event.time.is_dated]


def _read_form() -> dict[str, str]:
    """The form's fields; 400 for bytes that are not in the body's charset (UTF-8 unless it
    declares one), 422 for a field given twice. The body may come compressed, as any body."""
    if request.mimetype != FORM:
        raise unsupported_media_type((FORM,))
    if request.args:
        message = "Duckling's fields go in the form body; only `format` is a query option."
        raise ValidationError({name: [message] for name in request.args})
    charset = text_charset(request.mimetype_params.get("charset"))
    try:
        pairs = parse_qsl(
            decode_text(read_body(), charset),
            keep_blank_values=True,
            encoding=charset,
            errors="strict",
            max_num_fields=_MAX_FIELDS,
        )
    except UnicodeDecodeError as exc:
        name = "UTF-8" if charset == "utf-8" else charset
        raise InvalidEncoding(
            f"A form field is not valid {name} once decoded: {exc.reason}."
        ) from exc
    except ValueError as exc:
        raise MalformedForm(f"The form has more than {_MAX_FIELDS} fields.") from exc
    names = [name for name, _ in pairs]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValidationError({name: ["Given more than once."] for name in twice})
    return dict(pairs)


def _entity(event: Event) -> dict[str, Any]:
    value = _value(event.time)
    return {
        "body": event.phrase,
        "start": event.span.start,
        "end": event.span.end,
        "dim": "time",
        "latent": False,
        "value": {**value, "values": [value]},
    }


def _value(time: TimeValue) -> dict[str, Any]:
    """An instant when the interval is one unit of its grain, else an interval."""
    assert time.start is not None and time.end is not None, "only dated values get here"
    grain = _GRAINS[time.granularity or "day"]
    unit = _UNITS.get(time.granularity or "")
    if unit is not None and _advance(time.start, unit) == time.end:
        return {"value": _rfc3339(time.start), "grain": grain, "type": "value"}
    return {
        "from": {"value": _rfc3339(time.start), "grain": grain},
        "to": {"value": _rfc3339(time.end), "grain": grain},
        "type": "interval",
    }


def _advance(moment: datetime, unit: relativedelta) -> datetime | None:
    # Wall-clock arithmetic, as the library's: a day across a DST change is still a day.
    try:
        advanced: datetime = moment.replace(tzinfo=None) + unit
    except (OverflowError, ValueError):
        return None
    return advanced.replace(tzinfo=moment.tzinfo)


def _rfc3339(moment: datetime) -> str:
    """Duckling's spelling: milliseconds and an offset, 2013-02-12T04:30:00.000-02:00."""
    return moment.isoformat(timespec="milliseconds")
