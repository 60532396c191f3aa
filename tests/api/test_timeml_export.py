"""`?format=timeml`: TimeML 1.2.1 documents, valid against the schema in tests/data.

tests/data/timeml_1.2.1.xsd says where it comes from: it is written from the TimeML 1.2.1
specification and TempEval-3's layout, not downloaded (no test downloads anything).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from lxml import etree

from service.timeml import part_of_period
from timeline import TimeValue

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent.parent / "data/timeml_1.2.1.xsd")))


def _timeml(client: FlaskClient, **body: Any) -> etree._Element:
    response = client.post("/v1/timeline?format=timeml", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)
    root = etree.fromstring(response.get_data())
    SCHEMA.assertValid(root)
    return root


def _timexes(root: etree._Element) -> dict[str, dict[str, str]]:
    return {t.text: dict(t.attrib) for t in root.iterfind("TEXT/TIMEX3")}


ARTICLES = [
    {"text": "It rained on Friday & Saturday <briefly>.", "published": "2022-03-14"},
    {
        "text": "The deal was signed in 2019. Three years later it collapsed; the next day "
        "talks resumed, every week, twice a month, early 2020 and the end of March.",
        "published": "2022-03-14T09:30:15+03:00",
        "title": 'Talks "collapse" & resume',
    },
    {"text": "from 8:00 to 10:00 on Friday, over the last dozen years", "published": "0001-01-20"},
    {"text": "No time here at all.", "published": "9999-12-30T23:59:00", "timezone": "UTC"},
]


@pytest.mark.parametrize("body", ARTICLES)
def test_every_export_is_valid_timeml(client: FlaskClient, body: dict[str, Any]) -> None:
    root = _timeml(client, **body)
    text = root.find("TEXT")
    assert text is not None and "".join(text.itertext()) == body["text"]
    # Every anchorTimeID names a TIMEX3 that is there (libxml2's XSD check leaves IDREFs).
    tids = {t.get("tid") for t in root.iter("TIMEX3")}
    assert {t.get("anchorTimeID") for t in root.iter("TIMEX3")} - {None} <= tids


def test_the_document_has_a_docid_a_title_and_a_creation_time_with_its_time(
    client: FlaskClient,
) -> None:
    body = {"text": "Rain yesterday.", "published": "2022-03-14T09:30:00+03:00", "title": "Rain"}
    root = _timeml(client, **body)
    assert [child.tag for child in root] == ["DOCID", "DCT", "TITLE", "TEXT"]
    assert root.findtext("TITLE") == "Rain"
    creation = root.find("DCT/TIMEX3")
    assert creation is not None
    assert creation.attrib == {
        "tid": "t0",
        "type": "TIME",
        "value": "2022-03-14T09:30",
        "temporalFunction": "false",
        "functionInDocument": "CREATION_TIME",
    }
    assert creation.text == "2022-03-14T09:30:00+03:00"


def test_a_date_alone_is_a_date_in_the_creation_time(client: FlaskClient) -> None:
    root = _timeml(client, text="Rain yesterday.", published="2022-03-14")
    creation = root.find("DCT/TIMEX3")
    assert creation is not None
    assert (creation.get("type"), creation.get("value"), creation.text) == (
        "DATE",
        "2022-03-14",
        "2022-03-14",
    )
    assert root.find("TITLE") is None


def test_docids_differ_between_articles_and_repeat_for_the_same_one(
    client: FlaskClient,
) -> None:
    first = _timeml(client, text="Rain on Friday.", published="2022-03-14").findtext("DOCID")
    again = _timeml(client, text="Rain on Friday.", published="2022-03-14").findtext("DOCID")
    other = _timeml(client, text="Snow on Friday.", published="2022-03-14").findtext("DOCID")
    later = _timeml(client, text="Rain on Friday.", published="2022-03-15").findtext("DOCID")
    assert first == again and len({first, other, later}) == 3


def test_anchors_point_at_the_creation_time_or_the_earlier_expression(
    client: FlaskClient,
) -> None:
    text = "The deal was signed in 2019. Three days later it collapsed. Talks resumed the next day."
    timexes = _timexes(_timeml(client, text=text, published="2022-03-14"))
    assert timexes["2019"]["anchorTimeID"] == "t0"
    later, next_day = timexes["Three days later"], timexes["the next day"]
    assert next_day["anchorTimeID"] == later["tid"] != "t0"


def test_parts_of_a_period_carry_their_mod(client: FlaskClient) -> None:
    text = "It began in early 2020, paused in mid-2021 and ended at the end of March, in 2021."
    timexes = _timexes(_timeml(client, text=text, published="2022-03-14"))
    assert {phrase: attrs.get("mod") for phrase, attrs in timexes.items()} == {
        "early 2020": "START",
        "mid-2021": "MID",
        "the end of March": "END",
        "2021": None,
    }


def test_sets_carry_quant_and_freq_from_their_words(client: FlaskClient) -> None:
    text = "Inspectors come every week, twice a month, each Monday and daily."
    timexes = _timexes(_timeml(client, text=text, published="2022-03-14"))
    found = {phrase: (a.get("quant"), a.get("freq")) for phrase, a in timexes.items()}
    assert found == {
        "every week": ("EVERY", None),
        "twice a month": (None, "2X"),
        "each Monday": ("EACH", None),
        "daily": (None, None),
    }
    assert all(attrs["type"] == "SET" for attrs in timexes.values())


def test_only_english_sets_read_their_words(client: FlaskClient) -> None:
    root = _timeml(
        client, text="Le marché a lieu chaque semaine.", published="2022-03-14", language="fr"
    )
    assert all(t.get("quant") is None for t in root.iter("TIMEX3"))


def _value(value: str, start: datetime | None, end: datetime | None) -> TimeValue:
    return TimeValue(type="DATE", value=value, start=start, end=end, granularity="day")


@pytest.mark.parametrize(
    ("value", "start", "end", "mod"),
    [
        ("2020", datetime(2020, 1, 1), datetime(2021, 1, 1), None),
        ("2020", datetime(2020, 1, 1), datetime(2020, 4, 1), "START"),
        ("2020", datetime(2020, 5, 1), datetime(2020, 9, 1), "MID"),
        ("2020", datetime(2020, 9, 1), datetime(2021, 1, 1), "END"),
        ("2020-03", datetime(2020, 3, 21), datetime(2020, 4, 1), "END"),
        ("2020-12", datetime(2020, 12, 1), datetime(2020, 12, 11), "START"),
        ("2020-W11", datetime(2020, 3, 9), datetime(2020, 3, 16), None),
        ("2020-W11", datetime(2020, 3, 9), datetime(2020, 3, 11), "START"),
        ("2020-Q4", datetime(2020, 12, 1), datetime(2021, 1, 1), "END"),
        ("2021-H1", datetime(2021, 1, 1), datetime(2021, 7, 1), None),
        ("199X", datetime(1990, 1, 1), datetime(1993, 1, 1), "START"),
        ("199", datetime(1997, 1, 1), datetime(2000, 1, 1), "END"),
        ("19", datetime(1900, 1, 1), datetime(2000, 1, 1), None),
        ("2020", datetime(2019, 6, 1), datetime(2020, 6, 1), None),  # not inside: no mod
        ("2021-SP", datetime(2021, 3, 20), datetime(2021, 4, 1), None),  # no fixed period
        ("9999", datetime(9999, 1, 1), datetime(9999, 2, 1), None),  # past the calendar
        ("PAST_REF", None, None, None),
    ],
)
def test_part_of_period_compares_the_interval_with_the_period_its_value_names(
    value: str, start: datetime | None, end: datetime | None, mod: str | None
) -> None:
    assert part_of_period(_value(value, start, end)) == mod


@pytest.mark.parametrize(
    "timex",
    [
        '<TIMEX3 type="DATE" value="2022">2022</TIMEX3>',  # no tid
        '<TIMEX3 tid="t1" type="DAY" value="2022">2022</TIMEX3>',
        '<TIMEX3 tid="t1" type="DATE" value="2022" mod="SOON">2022</TIMEX3>',
        '<TIMEX3 tid="x1" type="DATE" value="2022">2022</TIMEX3>',  # not a TimeID
    ],
)
def test_the_schema_refuses_what_timeml_does_not_allow(timex: str) -> None:
    document = f"<TimeML><DOCID>d</DOCID><TEXT>In {timex}.</TEXT></TimeML>"
    assert not SCHEMA.validate(etree.fromstring(document))
