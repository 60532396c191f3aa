"""Languages other than English: the locale-word finder and dateparser, one family each."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import SUPPORTED_LANGUAGES, build_timeline

PUBLISHED = datetime(2022, 3, 14)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Der Minister traf sich am 14. März 2022 mit Vertretern der Gewerkschaft. Gestern "
            "sagte er, die Gespräche hätten vor 3 Tagen begonnen. Am Dienstag reiste er ab.",
            {"14. März 2022": "2022-03-14", "Gestern": "2022-03-13",
             "vor 3 Tagen": "2022-03-11", "Dienstag": "2022-03-08"},
        ),
        (
            "es",
            "El presidente llegó el 3 de marzo de 2021 a Madrid. Ayer anunció un plan de "
            "vivienda para el próximo año.",
            {"3 de marzo de 2021": "2021-03-03", "Ayer": "2022-03-13", "el próximo año": "2023"},
        ),
        (
            "fr",
            "Le ministre a annoncé hier que la réforme entrera en vigueur le 1er janvier 2023. "
            "Il y a deux semaines, les syndicats avaient protesté.",
            {"hier": "2022-03-13", "1er janvier 2023": "2023-01-01"},
        ),
        (
            "ru",
            "Президент выступил вчера в Москве. Выборы прошли 18 сентября 2021 года.",
            {"вчера": "2022-03-13", "18 сентября 2021": "2021-09-18"},
        ),
    ],
)  # fmt: skip
def test_each_language_family_finds_and_resolves_its_dates(
    language: str, text: str, expected: dict[str, str]
) -> None:
    timeline = build_timeline(text, PUBLISHED, language=language)
    found = {event.phrase: event.time.value for event in timeline.events}
    assert expected.items() <= found.items()
    for event in timeline.events:
        assert text[event.span.start : event.span.end] == event.phrase


def test_short_weekday_abbreviations_are_not_read_in_running_text() -> None:
    text = "Die Regierung und die Opposition sprachen mit den Bürgern."
    assert build_timeline(text, PUBLISHED, language="de").events == ()


def test_every_language_dateparser_knows_is_accepted() -> None:
    assert {"en", "de", "es", "fr", "ru", "zh", "ar"} <= SUPPORTED_LANGUAGES
    for language in sorted(SUPPORTED_LANGUAGES)[:40]:
        build_timeline("2021", PUBLISHED, language=language)
