"""The Spanish compositions: two neighbouring expressions that make one, built by the shared
Romance builders with the Spanish joint words, each with its Spanish examples."""

from __future__ import annotations

from timeline.engine.records import Composition, ex
from timeline.lang.es.patterns import PIECES as P
from timeline.lang.es.words import LEXICON as L
from timeline.lang.romance import joins

COMPOSITIONS: tuple[Composition, ...] = (
    joins.nth_of(P, (
        ex("el último viernes de marzo", "2022-03-25"),
        ex("la primera semana de octubre", "2021-W40"),
    )),
    joins.part_of(P, (
        ex("a finales de marzo", "2022-03", start="2022-03-21T00:00:00"),
        ex("mediados de 2015", "2015", start="2015-04-01T00:00:00"),
    )),
    joins.weekday_of_week(P, (
        ex("el lunes de la próxima semana", "2022-03-21"),
        ex("martes de la semana pasada", "2022-03-08"),
    )),
    joins.week_then_weekday(L, (ex("la próxima semana el martes", "2022-03-22"),)),
    joins.weekday_the_day(L, (ex("viernes 13", "2022-05-13"), ex("martes el 25", "2022-01-25"))),
    joins.every_at(L, (ex("cada lunes a las 4 p.m.", "XXXX-WXX-1T16:00"),)),
    joins.clock_every((ex("tres de la tarde cada día", "XXXX-XX-XXT15:00"),)),
    joins.in_period(P, (
        ex("el día 21 de este mes", "2022-03-21"),
        ex("del 2 al 9 del mes que viene", "2022-04-02", end="2022-04-10T00:00:00"),
        ex("semana 27 del año pasado", "2021-W27"),
    )),
    joins.duration_and(L, (ex("3 horas y 30 minutos", "PT3H30M"),)),
    joins.duration_offset(L, (
        ex("hace 2 semanas y 3 días", "2022-02-25"),
        ex("2 semanas y 2 días antes de hoy", "2022-02-26"),
    )),
    joins.shifted(L, (
        ex("dos días antes de ayer", "2022-03-11"),
        ex("tres días después de Navidad", "2021-12-28"),
    )),
    joins.range_of(L, (
        ex("de 3 a 5 p.m.", "2022-03-14T15:00", end="2022-03-14T17:00:00"),
        ex("del 2 al 9 de marzo", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("de lunes a viernes", "2022-03-14", end="2022-03-19T00:00:00"),
        ex("de 2014 a 2018", "2014", end="2019-01-01T00:00:00"),
        ex("desde las doce hasta la una", "2022-03-14T12:00", end="2022-03-14T13:00:00"),
    )),
    joins.range_between(L, (
        ex("entre las 4 p.m. y las 5 p.m.", "2022-03-14T16:00", end="2022-03-14T17:00:00"),
        ex("entre 2008 y 2011", "2008", end="2012-01-01T00:00:00"),
    )),
    joins.date_at_clock(L, (
        ex("mañana a las 9", "2022-03-15T09:00"),
        ex("hoy a las 8:30 p.m.", "2022-03-14T20:30"),
        ex("el viernes a las 5 de la tarde", "2022-03-11T17:00"),
        ex("3 de marzo de 2015 a las 14:30", "2015-03-03T14:30"),
    )),
    joins.clock_on_date(L, (
        ex("14:30, 3 de marzo de 2015", "2015-03-03T14:30"),
        ex("9:30 del viernes", "2022-03-11T09:30"),
    )),
)  # fmt: skip
