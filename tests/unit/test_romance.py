"""Spanish, French, Portuguese and Italian read by their own grammars, through
`build_timeline` and `resolve_phrase`: the classes of phrase the dateparser tier got wrong."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from timeline import build_timeline, resolve_phrase
from timeline.lang import tier_of

PUBLISHED = datetime(2022, 3, 14, 10, 0)


def _values(text: str, language: str) -> dict[str, str]:
    timeline = build_timeline(text, PUBLISHED, language=language)
    return {event.phrase: event.time.value for event in timeline.events}


@pytest.mark.parametrize("language", ["es", "fr", "pt", "it"])
def test_each_language_has_a_grammar_of_its_own(language: str) -> None:
    assert tier_of(language) == "grammar"


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [("es", "5 minutos", "PT5M"), ("es", "tres horas", "PT3H"), ("fr", "3 minutes", "PT3M"),
     ("pt", "30 minutos", "PT30M"), ("it", "3 ore", "PT3H"), ("it", "un'ora", "PT1H"),
     ("es", "una hora y media", "PT1H30M"), ("fr", "deux ans et demi", "P2.5Y")],
)  # fmt: skip
def test_a_bare_length_stays_a_length(language: str, phrase: str, value: str) -> None:
    found = resolve_phrase(phrase, PUBLISHED, language=language)
    assert found is not None and (found.type, found.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("language", "text", "phrase", "value"),
    [("es", "Habló durante 5 minutos.", "5 minutos", "PT5M"),
     ("fr", "Ils ont marché pendant 3 jours.", "3 jours", "P3D"),
     ("pt", "Ele falou durante 2 horas.", "2 horas", "PT2H"),
     ("it", "Ha parlato per 3 giorni.", "3 giorni", "P3D")],
)  # fmt: skip
def test_a_length_after_for_is_a_length_in_running_text(
    language: str, text: str, phrase: str, value: str
) -> None:
    assert _values(text, language)[phrase] == value


@pytest.mark.parametrize(
    ("language", "text", "phrase", "value"),
    [("es", "Firmaron a las 14:30, 3 de marzo de 2015.", "14:30, 3 de marzo de 2015",
      "2015-03-03T14:30"),
     ("it", "Partiremo domani alle 9.", "domani alle 9", "2022-03-15T09:00"),
     ("fr", "Rendez-vous demain à 9h.", "demain à 9h", "2022-03-15T09:00"),
     ("pt", "Chegaremos amanhã às 9h.", "amanhã às 9h", "2022-03-15T09:00")],
)  # fmt: skip
def test_a_clock_time_and_its_day_are_one_expression(
    language: str, text: str, phrase: str, value: str
) -> None:
    assert _values(text, language) == {phrase: value}


@pytest.mark.parametrize(
    ("language", "phrase", "start", "end"),
    [("es", "del 2 al 9 del mes que viene", "2022-04-02T00:00:00", "2022-04-10T00:00:00"),
     ("fr", "du 2 au 9 mars", "2022-03-02T00:00:00", "2022-03-10T00:00:00"),
     ("it", "dal 2 al 9 marzo", "2022-03-02T00:00:00", "2022-03-10T00:00:00"),
     ("es", "entre las 4 p.m. y las 5 p.m.", "2022-03-14T16:00:00", "2022-03-14T17:00:00")],
)  # fmt: skip
def test_a_range_is_one_stretch_from_its_first_day_to_its_last(
    language: str, phrase: str, start: str, end: str
) -> None:
    found = resolve_phrase(phrase, PUBLISHED, language=language)
    assert found is not None and found.start is not None and found.end is not None
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("language", "past", "future", "phrase"),
    [("es", "La junta se reunió el viernes.", "La junta se reunirá el viernes.", "viernes"),
     ("fr", "Le conseil a voté vendredi.", "Le conseil votera vendredi.", "vendredi"),
     ("pt", "A reunião foi na sexta-feira.", "A reunião será na sexta-feira.", "sexta-feira"),
     ("it", "Il consiglio si è riunito venerdì.", "Il consiglio si riunirà venerdì.",
      "venerdì")],
)  # fmt: skip
def test_the_verbs_tense_picks_the_weekday_before_or_after(
    language: str, past: str, future: str, phrase: str
) -> None:
    assert _values(past, language)[phrase] == "2022-03-11"
    assert _values(future, language)[phrase] == "2022-03-18"


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [("es", "cada lunes", "XXXX-WXX-1"), ("fr", "tous les lundis", "XXXX-WXX-1"),
     ("it", "ogni lunedì", "XXXX-WXX-1"), ("pt", "todos os dias", "P1D"),
     ("es", "Nochebuena de 2020", "2020-12-24"), ("fr", "Pâques 2023", "2023-04-09"),
     ("it", "Ferragosto 2021", "2021-08-15"), ("pt", "Sexta-feira Santa de 2022", "2022-04-15"),
     ("es", "la semana pasada", "2022-W10"), ("fr", "il y a 3 jours", "2022-03-11"),
     ("pt", "daqui a duas semanas", "2022-03-28"), ("it", "tra due settimane", "2022-03-28"),
     ("es", "pasado mañana", "2022-03-16"), ("fr", "le mois prochain", "2022-04"),
     ("pt", "há 3 dias", "2022-03-11"), ("it", "la settimana scorsa", "2022-W10"),
     ("es", "2 de octubre de dos mil veinte", "2020-10-02"), ("es", "03/04/2022", "2022-04-03"),
     ("es", "las tres y media", "2022-03-14T03:30"), ("pt", "às 9h", "2022-03-14T09:00")],
)  # fmt: skip
def test_everyday_phrases_resolve(language: str, phrase: str, value: str) -> None:
    found = resolve_phrase(phrase, PUBLISHED, language=language)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "Se bañaron en el mar azul."), ("fr", "Il a été élu par la mer du Nord."),
     ("pt", "Foi a segunda vez que ele ganhou."), ("it", "Hanno nuotato nel mar Tirreno.")],
)  # fmt: skip
def test_common_words_that_are_also_names_stay_out(language: str, text: str) -> None:
    assert build_timeline(text, PUBLISHED, language=language).events == ()


def test_an_english_text_loads_no_romance_grammar() -> None:
    probe = (
        "import sys, timeline\n"
        "from datetime import datetime\n"
        "timeline.build_timeline('Talks collapsed on Friday.', datetime(2022, 3, 14))\n"
        "print(any(name.startswith('timeline.lang.romance') for name in sys.modules))\n"
    )
    command = [sys.executable, "-c", probe]
    shown = subprocess.run(command, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False"]
