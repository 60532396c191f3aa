"""The Italian rules: one record per kind of phrase, built by the shared Romance builders from
the Italian words, each with its Italian examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise; a phrase alone is
read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
"""

from __future__ import annotations

from timeline.engine.records import Rule, ex
from timeline.lang.it.patterns import PIECES as P
from timeline.lang.it.words import LEXICON as L
from timeline.lang.romance import clock, counting, dates

RULES: tuple[Rule, ...] = (
    dates.iso_date((ex("2015-03-29", "2015-03-29"),)),
    dates.numeric_date((ex("14/03/2022", "2022-03-14"), ex("3.4.22", "2022-04-03"))),
    dates.spaced_date((ex("02 04 2009", "2009-04-02"),)),
    dates.numeric_day_month(L, (ex("28/2", "2022-02-28"),)),
    dates.written_date(L, P, (
        ex("set-23-2020", "2020-09-23"),
        ex("settembre-2020-23", "2020-09-23"),
        ex("2020/set/23", "2020-09-23"),
    )),
    dates.day_month(L, P, (
        ex("3 marzo 2015", "2015-03-03"),
        ex("il 3 marzo 2015", "2015-03-03"),
        ex("martedì 3 marzo 2015", "2015-03-03"),
        ex("due Ago", "2022-08-02"),
        ex("3 marzo 2021", "2021-03-03", text="Il ministro è arrivato il 3 marzo 2021 a Roma."),
    )),
    dates.month_day(L, P, (ex("maggio 12", "2022-05-12"),)),
    dates.month_year(L, P, (ex("marzo 2015", "2015-03"), ex("marzo del 2015", "2015-03"))),
    dates.month(L, P, (
        ex("marzo", "2022-03"),
        ex("marzo prossimo", "2023-03"),
        ex("lo scorso marzo", "2021-03"),
        ex("mar", None, text="Hanno nuotato nel mar Tirreno."),
    )),
    dates.year(L, (ex("2015", "2015"), ex("nel 2015", "2015"))),
    dates.decade(L, P, (ex("gli anni '90", "199"), ex("gli anni novanta", "199"))),
    dates.century(L, (ex("il XX secolo", "19"), ex("secolo XIX", "18"))),
    dates.quarter(L, P, (ex("il primo trimestre del 2017", "2017-Q1"),)),
    dates.half(L, P, (ex("il secondo semestre 2019", "2019-H2"),)),
    dates.season(L, P, (ex("l'estate scorsa", "2021-SU"), ex("quest'inverno", "2022-WI"))),
    dates.holiday(L, P, (
        ex("Natale", "2021-12-25"),
        ex("Pasqua 2023", "2023-04-09"),
        ex("Ferragosto", "2022-08-15"),
        ex("Pasquetta", "2022-04-18"),
    )),
    clock.clock(L, P, (
        ex("alle 9", "2022-03-14T09:00"),
        ex("alle 21:30", "2022-03-14T21:30"),
        ex("14.30", "2022-03-14T14:30"),
        ex("le tre e mezza", "2022-03-14T03:30"),
        ex("sette e mezza", "2022-03-14T07:30"),
        ex("mezzogiorno", "2022-03-14T12:00"),
        ex("alle 8 di sera", "2022-03-14T20:00"),
        ex("l'una", "2022-03-14T01:00"),
        ex("le otto meno un quarto", "2022-03-14T07:45"),
        ex("7:56:30 pm", "2022-03-14T19:56:30"),
        ex("3 ore", None, text="Ha parlato per 3 ore."),
    )),
    counting.weekday(L, P, (
        ex("venerdì", "2022-03-11"),
        ex("venerdì prossimo", "2022-03-18"),
        ex("venerdì scorso", "2022-03-11"),
        ex("lunedì mattina", "2022-03-14TMO"),
        ex("il prossimo venerdì", "2022-03-18"),
        ex("venerdì", "2022-03-18", text="Il consiglio si riunirà venerdì."),
        ex("mar", None, text="Hanno nuotato nel mar Tirreno."),
    )),
    counting.deictic(L, P, (
        ex("ieri", "2022-03-13"),
        ex("oggi", "2022-03-14"),
        ex("domani", "2022-03-15"),
        ex("dopodomani", "2022-03-16"),
        ex("l'altro ieri", "2022-03-12"),
        ex("stasera", "2022-03-14TEV"),
        ex("domani mattina", "2022-03-15TMO"),
        ex("ieri sera", "2022-03-13TEV"),
        ex("domani notte", "2022-03-15TNI"),
    )),
    counting.narrative_day(L, P, (
        ex("L'indomani", "2022-03-04", text="Il voto si è tenuto il 3 marzo 2022. L'indomani la "
           "folla se ne andò."),
    )),
    counting.day_part(L, P, (ex("la sera", "2022-03-14TEV"),)),
    counting.nth_item(L, P, (ex("il primo lunedì di marzo", "2022-03-07"),)),
    counting.relative_unit(L, P, (
        ex("la settimana scorsa", "2022-W10"),
        ex("il mese prossimo", "2022-04"),
        ex("l'anno prossimo", "2023"),
        ex("quest'anno", "2022"),
        ex("l'anno scorso", "2021"),
        ex("la prossima settimana", "2022-W12"),
        ex("il prossimo fine settimana", "2022-W11-WE"),
        ex("il giorno dopo", "2022-03-04", text="Il voto si è tenuto il 3 marzo 2022 e il giorno "
           "dopo la folla se ne andò."),
    )),
    counting.weekend(L, P, (
        ex("il fine settimana", "2022-W10-WE", text="Si sono incontrati il fine settimana."),
    )),
    counting.typed_cycle(L, P, (ex("mese", "2022-03"), ex("settimana", "2022-W11"))),
    counting.offset(L, P, (
        ex("3 giorni fa", "2022-03-11"),
        ex("due settimane fa", "2022-02-28"),
        ex("un anno fa", "2021"),
        ex("tre giorni dopo", "2022-03-06", text="Lo sciopero è iniziato il 3 marzo 2022 e tre "
           "giorni dopo, le miniere hanno chiuso."),
    )),
    counting.ahead(L, P, (
        ex("tra 3 giorni", "2022-03-17"),
        ex("fra due settimane", "2022-03-28"),
        ex("tra un'ora", "2022-03-14T01:00"),
    )),
    counting.duration(L, P, (
        ex("3 ore", "PT3H"),
        ex("3 minuti", "PT3M"),
        ex("un'ora", "PT1H"),
        ex("mezz'ora", "PT30M"),
        ex("un'ora e mezza", "PT1H30M"),
        ex("qualche minuto", "PTXM"),
        ex("alcuni giorni", "PXD"),
        ex("diverse settimane", "PXW"),
        ex("tutto il mese", "P1M"),
        ex("i prossimi 3 giorni", "2022-03-15", end="2022-03-18T00:00:00"),
        ex("gli ultimi 3 mesi", "2021-12", end="2022-03-01T00:00:00"),
        ex("5 minuti", "PT5M", text="Ha parlato per 5 minuti."),
    )),
    counting.every(L, P, (
        ex("ogni lunedì", "XXXX-WXX-1"),
        ex("tutti i giorni", "P1D"),
        ex("ogni due giorni", "P2D"),
        ex("annualmente", "P1Y"),
        ex("tutti i lunedì", "XXXX-WXX-1"),
    )),
    counting.vague(L, P, (ex("adesso", "PRESENT_REF"), ex("recentemente", "PAST_REF"))),
    counting.part_word(L, P, (
        ex("la fine del mese", "2022-03", start="2022-03-21T00:00:00"),
        ex("fine mese", "2022-03", start="2022-03-21T00:00:00"),
    )),
    counting.week_number(L, (ex("settimana 12", "2022-W12"),)),
    counting.day_of_month(L, P, (
        ex("il 15", "2022-03-15"),
        ex("15", "2022-03-15", text="Tornerà il 15."),
    )),
    counting.number(L, P, (ex("da 3 a 5 pm", "2022-03-14T15:00", end="2022-03-14T17:00:00"),)),
)  # fmt: skip
