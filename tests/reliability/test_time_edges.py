"""Times a client cannot check on its own: zones that depend on the host, wall times that
never happened, offsets with seconds. Through the library and through the API."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from flask.testing import FlaskClient

from timeline import UnknownTimezoneError, build_timeline, resolve_phrase

# RFC 3339's date-time: an offset is Z or +HH:MM, never with seconds.
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "posix/Europe/Minsk", "right/UTC"])
def test_zones_that_mean_whatever_the_host_says_are_refused(zone: str) -> None:
    with pytest.raises(UnknownTimezoneError):
        build_timeline("It rained yesterday.", datetime(2022, 3, 14), timezone=zone)


@pytest.mark.parametrize("zone", ["localtime", "posixrules"])
def test_the_api_refuses_them_naming_the_field(client: FlaskClient, zone: str) -> None:
    response = client.post(
        "/v1/timeline",
        json={"text": "It rained yesterday.", "published": "2022-03-14", "timezone": zone},
    )
    assert response.status_code == 422
    assert "timezone" in response.get_json()["error"]["fields"]


@pytest.mark.parametrize(
    ("wall", "zone", "real"),
    [
        ("2022-03-27T02:30:00", "Europe/Berlin", "2022-03-27T03:30:00+02:00"),
        ("2022-03-13T02:15:00", "America/New_York", "2022-03-13T03:15:00-04:00"),
        ("2011-12-30T10:00:00", "Pacific/Apia", "2011-12-31T10:00:00+14:00"),  # a lost day
    ],
)
def test_a_publish_time_in_a_gap_becomes_the_instant_it_names(
    wall: str, zone: str, real: str
) -> None:
    timeline = build_timeline("It rained.", datetime.fromisoformat(wall), timezone=zone)
    assert timeline.published.isoformat() == real
    aware = datetime.fromisoformat(wall).replace(tzinfo=timeline.published.tzinfo)
    # The same instant as the wall time read with the offset before the gap:
    assert timeline.published.astimezone(UTC) == datetime.fromisoformat(real).astimezone(UTC)
    assert aware.replace(tzinfo=None) != timeline.published.replace(tzinfo=None)


def test_a_day_that_starts_in_a_gap_starts_when_clocks_resumed() -> None:
    # Cuba moved its clocks from midnight to 1:00 on 13 March 2022: that day had no 00:00.
    time = resolve_phrase("tomorrow", datetime(2022, 3, 12, 12), timezone="America/Havana")
    assert time is not None and time.start is not None and time.end is not None
    assert time.start.isoformat() == "2022-03-13T01:00:00-04:00"
    assert time.end.isoformat() == "2022-03-14T00:00:00-04:00"


def test_a_wall_time_that_happened_twice_keeps_the_first() -> None:
    timeline = build_timeline("It rained.", datetime(2022, 10, 30, 2, 30), timezone="Europe/Berlin")
    assert timeline.published.isoformat() == "2022-10-30T02:30:00+02:00"


@pytest.mark.parametrize(
    ("zone", "published"),
    [("America/New_York", "1880-01-02"), ("Europe/Amsterdam", "1900-06-01"),
     ("Asia/Kolkata", "1850-03-14"), ("Africa/Monrovia", "1960-01-01")],
)  # fmt: skip
def test_local_mean_time_offsets_are_written_in_whole_minutes_at_the_same_instant(
    client: FlaskClient, zone: str, published: str
) -> None:
    response = client.post(
        "/v1/timeline",
        json={"text": "It rained yesterday.", "published": published, "timezone": zone},
    )
    answer = response.get_json()
    moments = [answer["published"]] + [
        event["time"][edge] for event in answer["events"] for edge in ("start", "end")
    ]
    assert moments and all(RFC3339.fullmatch(moment) for moment in moments), moments
    pattern = client.get("/openapi.json").get_json()["components"]["schemas"]["Time"]
    assert all(re.fullmatch(pattern["properties"]["start"]["pattern"], m) for m in moments[1:])


def test_a_whole_minute_offset_keeps_the_instant() -> None:
    timeline = build_timeline("It rained.", datetime(1880, 1, 2), timezone="America/New_York")
    assert timeline.published.isoformat() == "1880-01-02T00:00:02-04:56"
    lmt = datetime(1880, 1, 2, 4, 56, 2, tzinfo=UTC)  # midnight at -04:56:02, in UTC
    assert timeline.published == lmt
