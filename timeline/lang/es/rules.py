"""The Spanish rules: one record per kind of phrase, built by the shared Romance builders from
the Spanish words, each with its Spanish examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise; a phrase alone is
read as `POST /v1/resolve` reads it, one with `text` inside that sentence. At one position
the longest match wins, then the earlier rule.
"""

from __future__ import annotations

from timeline.engine.records import Rule, ex
from timeline.lang.es.patterns import PIECES as P
from timeline.lang.es.words import LEXICON as L
from timeline.lang.romance import clock, counting, dates

RULES: tuple[Rule, ...] = (
    dates.iso_date((ex("2015-03-29", "2015-03-29"), ex("2015-03-29 21:00", "2015-03-29T21:00"))),
    dates.numeric_date((
        ex("03/04/2022", "2022-04-03"),
        ex("14/3/2022", "2022-03-14"),
        ex("3.4.22", "2022-04-03"),
        ex("2015/03/29", "2015-03-29"),
        ex("12/01/2016", "2016-01-12", text="Firmaron el acuerdo el lunes 12/01/2016 en Lima."),
    )),
    dates.spaced_date((ex("02 04 2009", "2009-04-02"),)),
    dates.numeric_day_month(L, (
        ex("27/11", "2021-11-27"),
        ex("27/11", "2022-11-27", text="El acto será el 27/11 en la plaza."),
    )),
    dates.written_date(L, P, (
        ex("31-dic-1994", "1994-12-31"),
        ex("2020/sep/23", "2020-09-23"),
        ex("sep-23-2020", "2020-09-23"),
        ex("2-oct", "2021-10-02"),
    )),
    dates.day_month(L, P, (
        ex("3 de marzo de 2015", "2015-03-03"),
        ex("lunes, 4 de diciembre de 2017", "2017-12-04"),
        ex("cuatro de julio de 1995", "1995-07-04"),
        ex("2 de octubre de dos mil veinte", "2020-10-02"),
        ex("1º de mayo", "2022-05-01"),
        ex("9 de agosto del 1971", "1971-08-09"),
        ex("3 de marzo de 2021", "2021-03-03",
           text="El presidente llegó el 3 de marzo de 2021 a Madrid."),
        ex("15 de septiembre", "2021-09-15", text="La obra terminó el 15 de septiembre."),
    )),
    dates.month_day(L, P, (ex("noviembre 19 de 2015", "2015-11-19"), ex("mayo 12", "2022-05-12"))),
    dates.month_year(L, P, (
        ex("marzo de 2015", "2015-03"),
        ex("dic. 2008", "2008-12"),
        ex("diciembre del año 2015", "2015-12"),
    )),
    dates.month(L, P, (
        ex("marzo", "2022-03"),
        ex("próximo marzo", "2023-03"),
        ex("septiembre pasado", "2021-09"),
        ex("este septiembre", "2022-09"),
        ex("septiembre", "2021-09", text="Los precios subieron en septiembre."),
        ex("mar", None, text="Se bañaron en el mar azul."),
    )),
    dates.year(L, (
        ex("2015", "2015"),
        ex("año 2015", "2015"),
        ex("1492", "1492", text="Colón llegó en 1492."),
        ex("2015", None, text="Costó 2015 euros."),
    )),
    dates.decade(L, P, (
        ex("los años 90", "199"),
        ex("los noventa", "199"),
        ex("años 1980", "198"),
    )),
    dates.century(L, (ex("siglo XV", "14"), ex("el siglo XX", "19"), ex("siglo 19", "18"))),
    dates.quarter(L, P, (
        ex("primer trimestre de 2017", "2017-Q1"),
        ex("el cuarto trimestre", "2022-Q4"),
        ex("T1 2015", "2015-Q1"),
    )),
    dates.half(L, P, (
        ex("el segundo semestre de 2019", "2019-H2"),
        ex("la primera mitad del año", "2022-H1"),
    )),
    dates.season(L, P, (
        ex("el verano pasado", "2021-SU"),
        ex("este invierno", "2022-WI"),
        ex("la primavera de 1990", "1990-SP"),
    )),
    dates.holiday(L, P, (
        ex("Navidad", "2021-12-25"),
        ex("Nochebuena de 2020", "2020-12-24"),
        ex("el Viernes Santo", "2022-04-15"),
        ex("Pascua de 2023", "2023-04-09"),
        ex("Día del Trabajador", "2022-05-01"),
        ex("la próxima Navidad", "2022-12-25"),
    )),
    clock.clock(L, P, (
        ex("14:30", "2022-03-14T14:30"),
        ex("14h30", "2022-03-14T14:30"),
        ex("a las tres y media", "2022-03-14T03:30"),
        ex("las 5 de la tarde", "2022-03-14T17:00"),
        ex("las ocho menos cuarto", "2022-03-14T07:45"),
        ex("mediodía", "2022-03-14T12:00"),
        ex("3 p.m.", "2022-03-14T15:00"),
        ex("9:00 de la mañana", "2022-03-14T09:00"),
        ex("a la una", "2022-03-14T01:00"),
        ex("3", None, text="Llegaron las 3 empresas."),
        ex("6.45", None, text="Las hipotecas estaban en 6.45%."),
    )),
    counting.weekday(L, P, (
        ex("viernes", "2022-03-11"),
        ex("el próximo viernes", "2022-03-18"),
        ex("el viernes pasado", "2022-03-11"),
        ex("el lunes que viene", "2022-03-21"),
        ex("viernes por la tarde", "2022-03-11TEV"),
        ex("sáb.", "2022-03-12"),
        ex("viernes", "2022-03-18", text="La junta se reunirá el viernes."),
        ex("viernes", "2022-03-11", text="La junta se reunió el viernes."),
        ex("mar", None, text="Miraban el mar."),
    )),
    counting.deictic(L, P, (
        ex("ayer", "2022-03-13"),
        ex("hoy", "2022-03-14"),
        ex("pasado mañana", "2022-03-16"),
        ex("anteayer", "2022-03-12"),
        ex("mañana por la mañana", "2022-03-15TMO"),
        ex("anoche", "2022-03-13TNI"),
        ex("esta noche", "2022-03-14TNI"),
        ex("mañana", None, text="Salieron por la mañana."),
    )),
    counting.narrative_day(L, P, (
        ex("Al día siguiente", "2022-03-04", text="La votación fue el 3 de marzo de 2022. Al día "
           "siguiente hubo protestas."),
    )),
    counting.day_part(L, P, (ex("por la tarde", "2022-03-14TEV"),)),
    counting.nth_item(L, P, (ex("el primer lunes de marzo", "2022-03-07"),)),
    counting.relative_unit(L, P, (
        ex("la semana pasada", "2022-W10"),
        ex("el mes que viene", "2022-04"),
        ex("el próximo año", "2023"),
        ex("este mes", "2022-03"),
        ex("el año pasado", "2021"),
        ex("mes pasado", "2022-02"),
        ex("el próximo fin de semana", "2022-W11-WE"),
        ex("el próximo año", "2023", text="Anunció un plan de vivienda para el próximo año."),
    )),
    counting.weekend(L, P, (
        ex("el fin de semana", "2022-W10-WE", text="Se reunieron el fin de semana."),
    )),
    counting.typed_cycle(L, P, (
        ex("mes", "2022-03"),
        ex("semana", "2022-W11"),
        ex("mes", None, text="Llovió todo el mes."),
    )),
    counting.offset(L, P, (
        ex("hace 3 días", "2022-03-11"),
        ex("hace dos semanas", "2022-02-28"),
        ex("hace un mes", "2022-02"),
        ex("3 días atrás", "2022-03-11"),
        ex("3 minutos a partir de ahora", "2022-03-14T00:03"),
        ex("tres días después", "2022-03-06", text="La huelga empezó el 3 de marzo de 2022 y "
           "tres días después cerraron las minas."),
    )),
    counting.ahead(L, P, (
        ex("en 3 días", "2022-03-17"),
        ex("dentro de dos semanas", "2022-03-28"),
        ex("100 días", "P100D", text="Lo construyeron en 100 días."),
        ex("dos semanas", "2022-03-28", text="La planta abrirá dentro de dos semanas."),
    )),
    counting.duration(L, P, (
        ex("5 minutos", "PT5M"),
        ex("tres años y medio", "P3.5Y"),
        ex("una hora y media", "PT1H30M"),
        ex("media hora", "PT30M"),
        ex("un cuarto de hora", "PT15M"),
        ex("un mes entero", "P1M"),
        ex("toda la semana", "P1W"),
        ex("unos días", "PXD"),
        ex("varias semanas", "PXW"),
        ex("2 noches", "P2D"),
        ex("123.45 segundos", "PT123.45S"),
        ex("los próximos 5 días", "2022-03-15", end="2022-03-20T00:00:00"),
        ex("5 minutos", "PT5M", text="Habló durante 5 minutos."),
        ex("los últimos tres años", "P3Y", text="Los precios subieron en los últimos tres años."),
    )),
    counting.vague_duration(L, P, (ex("años", "PXY", text="Esperaron durante años."),)),
    counting.every(L, P, (
        ex("cada lunes", "XXXX-WXX-1"),
        ex("todos los días", "P1D"),
        ex("cada dos semanas", "P2W"),
        ex("semanalmente", "P1W"),
        ex("todos los martes", "XXXX-WXX-2"),
        ex("anual", "P1Y"),
    )),
    counting.vague(L, P, (ex("ahora", "PRESENT_REF"), ex("recientemente", "PAST_REF"))),
    counting.part_word(L, P, (
        ex("fin de mes", "2022-03", start="2022-03-21T00:00:00"),
        ex("principios de año", "2022", start="2022-01-01T00:00:00"),
        ex("a finales de marzo", "2022-03", start="2022-03-21T00:00:00"),
    )),
    counting.week_number(L, (ex("semana 31", "2022-W31"),)),
    counting.day_of_month(L, P, (
        ex("el día 21", "2022-03-21"),
        ex("15", "2022-03-15", text="Volverá el 15."),
        ex("3", None, text="Ganó el 3 de los premios."),
    )),
    counting.number(L, P, (ex("de 3 a 5 p.m.", "2022-03-14T15:00", end="2022-03-14T17:00:00"),)),
)  # fmt: skip
