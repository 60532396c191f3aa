"""German and Dutch read by grammars of their own, through `build_timeline`: news as it is
written, the phrases that must stay out, and each grammar loaded only when its text comes."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from timeline import build_timeline

PUBLISHED = datetime(2022, 3, 14, 9, 0)  # a Monday

GERMAN_NEWS = (
    "Die Regierung hat am Mittwoch ein Gesetz beschlossen. Wie der Kanzler am 3. März sagte, "
    "soll es im Sommer 2023 in Kraft treten. Bereits vor zwei Wochen hatten die Länder "
    "zugestimmt. Rund 2000 Menschen demonstrierten am Wochenende. Der Minister wird nächste "
    "Woche nach Brüssel reisen und am Freitag um 15 Uhr sprechen. Im Februar lag die "
    "Inflation bei 5,1 Prozent. Die Sitzung dauerte 9 Stunden. Seit dem 1. Januar gilt die "
    "Regel, und gestern Abend wurde der Täter festgenommen."
)
DUTCH_NEWS = (
    "Het kabinet heeft woensdag een wet aangenomen. Volgens de premier gaat die in de zomer "
    "van 2023 in. Twee weken geleden stemden de provincies in. Ongeveer 2000 mensen "
    "demonstreerden in het weekend. De minister zal volgende week naar Brussel reizen en "
    "vrijdag om 15.00 uur spreken. In februari was de inflatie 5,1 procent. De vergadering "
    "duurde 9 uur. Sinds 1 januari geldt de regel, en gisteravond werd de dader opgepakt."
)


def _values(text: str, language: str) -> dict[str, str]:
    timeline = build_timeline(text, PUBLISHED, language=language)
    for event in timeline.events:
        assert text[event.span.start : event.span.end] == event.phrase
    return {event.phrase: event.time.value for event in timeline.events}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", GERMAN_NEWS, {
            "Mittwoch": "2022-03-09", "3. März": "2022-03-03", "Sommer 2023": "2023-SU",
            "vor zwei Wochen": "2022-02-28", "am Wochenende": "2022-W10-WE",
            "nächste Woche": "2022-W12", "Freitag um 15 Uhr": "2022-03-18T15:00",
            "Februar": "2022-02", "9 Stunden": "PT9H", "1. Januar": "2022-01-01",
            "gestern Abend": "2022-03-13TEV",
        }),
        ("nl", DUTCH_NEWS, {
            "woensdag": "2022-03-09", "zomer van 2023": "2023-SU",
            "Twee weken geleden": "2022-02-28", "het weekend": "2022-W10-WE",
            "volgende week": "2022-W12", "vrijdag om 15.00 uur": "2022-03-18T15:00",
            "februari": "2022-02", "9 uur": "PT9H", "1 januari": "2022-01-01",
            "gisteravond": "2022-03-13TEV",
        }),
    ],
)  # fmt: skip
def test_a_news_story_gets_every_expression_it_names(
    language: str, text: str, expected: dict[str, str]
) -> None:
    assert _values(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "phrase", "value"),
    [
        ("de", "Ich bin für 3 Tage weg.", "3 Tage", "P3D"),
        ("de", "Das Treffen dauerte 5 Minuten.", "5 Minuten", "PT5M"),
        ("nl", "Ik ben drie dagen weg.", "drie dagen", "P3D"),
        ("nl", "De stemming duurde 5 minuten.", "5 minuten", "PT5M"),
        ("de", "Sie hatten das Haus in drei Tagen gebaut.", "in drei Tagen", "P3D"),
        ("de", "Wir kommen in drei Tagen zurück.", "in drei Tagen", "2022-03-17"),
        ("nl", "We komen over drie dagen terug.", "over drie dagen", "2022-03-17"),
    ],
)
def test_a_length_of_time_stays_a_length_unless_it_looks_ahead(
    language: str, text: str, phrase: str, value: str
) -> None:
    assert _values(text, language)[phrase] == value


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        ("de", "Wir treffen uns zwischen Montag und Mittwoch.", "Montag und Mittwoch"),
        ("nl", "We zien elkaar tussen maandag en woensdag.", "maandag en woensdag"),
    ],
)
def test_a_stretch_between_two_weekdays_runs_forward(language: str, text: str, phrase: str) -> None:
    event = next(e for e in build_timeline(text, PUBLISHED, language=language).events)
    assert event.phrase == phrase
    assert event.time.start is not None and event.time.end is not None
    assert event.time.start < event.time.end
    assert event.time.start.date().isoformat() == "2022-03-14"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Guten Morgen, liebe Leserinnen und Leser."),
        ("de", "Die Preise stiegen um 3.5 Prozent, sagte der 3. Redner."),
        ("de", "So sprach der Minister mit den Bürgern im Rathaus."),
        ("nl", "Ajax won met 3-1 van PSV."),
        ("nl", "De Tweede Kamer stemde in, zo meldde de krant."),
        ("nl", "Goedemorgen en goede avond, beste lezers."),
    ],
)
def test_common_words_and_numbers_are_no_times(language: str, text: str) -> None:
    assert build_timeline(text, PUBLISHED, language=language).events == ()


@pytest.mark.parametrize(
    ("language", "text", "phrase", "value"),
    [
        ("de", "Wir feiern Pfingstmontag.", "Pfingstmontag", "2022-06-06"),
        ("de", "Der 1. Advent 2022 fällt früh.", "1. Advent 2022", "2022-11-27"),
        ("de", "Am Tag der Deutschen Einheit 2021 war es kalt.", "Tag der Deutschen Einheit 2021",
         "2021-10-03"),
        ("nl", "Op Koningsdag 2021 was het koud.", "Koningsdag 2021", "2021-04-27"),
        ("nl", "Tweede pinksterdag 2022 valt in juni.", "Tweede pinksterdag 2022", "2022-06-06"),
        ("nl", "Op de Belgische nationale feestdag 2021 was er een parade.",
         "Belgische nationale feestdag 2021", "2021-07-21"),
    ],
)  # fmt: skip
def test_holidays_of_the_countries_that_speak_the_language(
    language: str, text: str, phrase: str, value: str
) -> None:
    assert _values(text, language)[phrase] == value


def test_an_english_text_loads_neither_grammar() -> None:
    probe = (
        "import sys, timeline\n"
        "from datetime import datetime\n"
        "timeline.build_timeline('Talks collapsed on Friday.', datetime(2022, 3, 14))\n"
        "print('timeline.lang.de' in sys.modules, 'timeline.lang.nl' in sys.modules)\n"
    )
    command = [sys.executable, "-c", probe]
    shown = subprocess.run(command, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "False"]
