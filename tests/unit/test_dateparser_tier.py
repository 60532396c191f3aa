"""The dateparser tier, for the languages without a grammar of their own: a number and a unit
alone is a length of time, and neighbours that dateparser reads as one stay one."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import build_timeline, resolve_phrase
from timeline.lang import tier_of

PUBLISHED = datetime(2022, 3, 14)


@pytest.mark.parametrize(
    ("phrase", "language", "value"),
    [("3 dakika", "tr", "PT3M"), ("5 minuter", "sv", "PT5M"), ("24시간", "ko", "PT24H"),
     ("2 yıl", "tr", "P2Y"), ("3 ساعات", "ar", "PT3H"), ("3.5 साल", "hi", "P3.5Y")],
)  # fmt: skip
def test_a_bare_length_is_a_duration_not_a_past_point(
    phrase: str, language: str, value: str
) -> None:
    assert tier_of(language) == "dateparser"
    resolved = resolve_phrase(phrase, PUBLISHED, language=language)
    assert resolved is not None and (resolved.type, resolved.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("sv", "Mötet börjar 14:30, 3 mars 2015 och varar i 45 minuter.",
         {"14:30, 3 mars 2015": "2015-03-03T14:30", "45 minuter": "PT45M"}),
        ("tr", "Toplantı 3 dakika sürdü ve 14 Ekim 2016 saat 08:30 başladı.",
         {"3 dakika": "PT3M", "14 Ekim 2016 saat 08:30": "2016-10-14T08:30"}),
        ("ko", "정부는 2019년 1월 3일에 발표했다.", {"2019년 1월 3일": "2019-01-03"}),
    ],
)  # fmt: skip
def test_a_compound_is_kept_whole(language: str, text: str, expected: dict[str, str]) -> None:
    timeline = build_timeline(text, PUBLISHED, language=language)
    assert {event.phrase: event.time.value for event in timeline.events} == expected


def test_a_range_is_not_read_as_one_date() -> None:
    """ "from May to October": the particle stuck to the first piece ends it."""
    timeline = build_timeline("5월부터 10월까지 공사한다.", PUBLISHED, language="ko")
    assert [event.phrase for event in sorted(timeline.events, key=lambda e: e.span.start)] == [
        "5월",
        "10월",
    ]
