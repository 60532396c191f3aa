"""POST /parse: Duckling's documented request and answer shapes.

Duckling's README sends `curl -XPOST http://0.0.0.0:8000/parse --data 'locale=en_GB&text=
tomorrow at eight'`; its server reads the form fields text, lang, locale, tz, reftime (epoch
milliseconds) and dims (a JSON array), and answers a JSON array of entities: body, start,
end, dim, latent and value, where a time value is {value, grain, type: "value"} or
{from, to, type: "interval"}, with the alternatives under values. Rasa's
DucklingEntityExtractor posts text, locale, tz, dims and reftime the same way and reads
value.value, or value.from.value and value.to.value for an interval.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from flask.testing import FlaskClient

FORM = "application/x-www-form-urlencoded"
# 2022-03-14T09:30:00Z, a Monday.
REFTIME = "1647250200000"
RFC3339_MS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d")
GRAINS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year"}


def _parse(client: FlaskClient, data: bytes | dict[str, Any], **headers: str) -> Any:
    response = client.post("/parse", data=data, headers={"Content-Type": FORM, **headers})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()


def _check_instant(value: dict[str, Any]) -> None:
    assert set(value) == {"value", "grain", "type"} and value["type"] == "value"
    assert RFC3339_MS.fullmatch(value["value"]) and value["grain"] in GRAINS


def _check_entity(text: str, entity: dict[str, Any]) -> None:
    assert set(entity) == {"body", "start", "end", "dim", "latent", "value"}
    assert entity["dim"] == "time" and entity["latent"] is False
    assert text[entity["start"] : entity["end"]] == entity["body"]
    value = entity["value"]
    assert value["values"] == [{k: v for k, v in value.items() if k != "values"}]
    if value["type"] == "value":
        _check_instant({k: v for k, v in value.items() if k != "values"})
    else:
        assert value["type"] == "interval" and set(value) == {"from", "to", "type", "values"}
        for end in (value["from"], value["to"]):
            assert set(end) == {"value", "grain"} and RFC3339_MS.fullmatch(end["value"])


def test_the_readme_request_gets_duckling_entities(client: FlaskClient) -> None:
    entities = _parse(client, b"locale=en_GB&text=tomorrow at eight")
    assert entities and entities[0]["body"].startswith("tomorrow")
    for entity in entities:
        _check_entity("tomorrow at eight", entity)


def test_an_instant_is_read_against_reftime_in_tz(client: FlaskClient) -> None:
    form = {"text": "see you tomorrow at 8am", "tz": "Europe/Berlin", "reftime": REFTIME}
    (entity,) = _parse(client, form)
    _check_entity(form["text"], entity)
    assert entity["body"] == "tomorrow at 8am" and (entity["start"], entity["end"]) == (8, 23)
    assert entity["value"]["value"] == "2022-03-15T08:00:00.000+01:00"
    assert entity["value"]["grain"] == "hour"


def test_a_stretch_of_time_is_an_interval_with_an_exclusive_end(client: FlaskClient) -> None:
    form = {"text": "this morning and last summer", "tz": "UTC", "reftime": REFTIME}
    morning, summer = _parse(client, form)
    for entity in (morning, summer):
        _check_entity(form["text"], entity)
    assert morning["value"]["from"] == {"value": "2022-03-14T00:00:00.000+00:00", "grain": "hour"}
    assert morning["value"]["to"] == {"value": "2022-03-14T12:00:00.000+00:00", "grain": "hour"}
    assert summer["value"]["type"] == "interval" and summer["value"]["from"]["grain"] == "day"


def test_a_whole_week_or_month_is_an_instant_of_that_grain(client: FlaskClient) -> None:
    form = {"text": "next week, next month", "tz": "UTC", "reftime": REFTIME}
    week, month = _parse(client, form)
    assert (week["value"]["value"], week["value"]["grain"]) == (
        "2022-03-21T00:00:00.000+00:00",
        "week",
    )
    assert (month["value"]["value"], month["value"]["grain"]) == (
        "2022-04-01T00:00:00.000+00:00",
        "month",
    )


def test_tz_defaults_to_los_angeles_as_duckling_does(client: FlaskClient) -> None:
    (entity,) = _parse(client, {"text": "tomorrow", "reftime": REFTIME})
    assert entity["value"]["value"] == "2022-03-15T00:00:00.000-07:00"


def _rasa_value(entity: dict[str, Any]) -> Any:
    """How Rasa's DucklingEntityExtractor reads an entity's value."""
    if entity["value"].get("type") == "interval":
        return {"to": entity["value"]["to"]["value"], "from": entity["value"]["from"]["value"]}
    return entity["value"]["value"]


def test_rasa_s_request_is_understood_and_its_reading_works(client: FlaskClient) -> None:
    payload = {
        "text": "book it for tomorrow morning or next week",
        "locale": "en_EN",  # Rasa's fallback: the language twice
        "tz": "Europe/Berlin",
        "dims": json.dumps(["time"]),
        "reftime": int(REFTIME),
    }
    entities = _parse(
        client, payload, **{"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}
    )
    assert [(e["body"], _rasa_value(e)) for e in entities] == [
        (
            "tomorrow morning",
            {"from": "2022-03-15T00:00:00.000+01:00", "to": "2022-03-15T12:00:00.000+01:00"},
        ),
        ("next week", "2022-03-21T00:00:00.000+01:00"),
    ]


@pytest.mark.parametrize(
    ("dims", "count"),
    [(None, 1), ("[]", 1), ("null", 1), ('["time"]', 1), ('["number", "email"]', 0)],
)
def test_dims_pick_the_time_dimension_or_nothing(
    client: FlaskClient, dims: str | None, count: int
) -> None:
    form = {"text": "tomorrow", "reftime": REFTIME} | ({} if dims is None else {"dims": dims})
    assert len(_parse(client, form)) == count


def test_durations_sets_and_vague_references_are_no_time_entities(client: FlaskClient) -> None:
    assert (
        _parse(client, {"text": "for three days, every Monday, recently", "reftime": REFTIME}) == []
    )


def test_the_language_comes_from_locale_or_lang(client: FlaskClient) -> None:
    german = _parse(client, {"text": "gestern", "locale": "de_DE", "tz": "UTC", "reftime": REFTIME})
    assert german[0]["value"]["value"] == "2022-03-13T00:00:00.000+00:00"
    legacy = _parse(client, {"text": "gestern", "lang": "DE", "tz": "UTC", "reftime": REFTIME})
    assert legacy == german


def test_offsets_count_characters(client: FlaskClient) -> None:
    text = "🎉 café tomorrow"
    (entity,) = _parse(client, {"text": text, "reftime": REFTIME})
    assert (entity["start"], entity["end"]) == (7, 15)


@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        ({"locale": "en_GB"}, "text", "Missing data"),
        ({"text": "x", "reftime": "noon"}, "reftime", "milliseconds"),
        ({"text": "x", "tz": "Mars/Base"}, "tz", "Unknown timezone"),
        ({"text": "x", "locale": "xx_YY"}, "locale", "Unsupported language"),
        ({"text": "x", "dims": '["tiem"]'}, "dims", "did you mean 'time'?"),
        ({"text": "x", "dims": "time"}, "dims", "JSON array"),
        ({"text": "x", "refetime": REFTIME}, "refetime", "did you mean 'reftime'?"),
        ({"text": "x", "reftime": "9" * 16}, "reftime", "range"),
    ],
)
def test_bad_fields_are_422_naming_the_field(
    client: FlaskClient, form: dict[str, str], field: str, message: str
) -> None:
    response = client.post("/parse", data=form, content_type=FORM)
    assert response.status_code == 422
    assert message in " ".join(response.get_json()["error"]["fields"][field])


def test_a_field_given_twice_is_422(client: FlaskClient) -> None:
    response = client.post("/parse", data=b"text=a&text=b", content_type=FORM)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"text": ["Given more than once."]}


def test_bytes_that_are_not_utf8_are_400(client: FlaskClient) -> None:
    response = client.post("/parse", data=b"text=caf%E9", content_type=FORM)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_encoding"


def test_fields_in_the_query_string_are_refused(client: FlaskClient) -> None:
    response = client.post("/parse?text=tomorrow", data=b"", content_type=FORM)
    assert response.status_code == 422
    assert "form body" in response.get_json()["error"]["fields"]["text"][0]


def test_json_is_not_duckling_s_form(client: FlaskClient) -> None:
    response = client.post("/parse", json={"text": "tomorrow"})
    assert response.status_code == 415
    assert FORM in response.get_json()["error"]["message"]
