"""The Portuguese compositions: two neighbouring expressions that make one, built by the shared
Romance builders with the Portuguese joint words, each with its Portuguese examples."""

from __future__ import annotations

from timeline.engine.records import Composition, ex
from timeline.lang.pt.patterns import PIECES as P
from timeline.lang.pt.words import LEXICON as L
from timeline.lang.romance import joins

COMPOSITIONS: tuple[Composition, ...] = (
    joins.nth_of(P, (ex("o último sábado de março", "2022-03-26"),)),
    joins.part_of(P, (
        ex("no início de março", "2022-03", start="2022-03-01T00:00:00"),
        ex("meados de 2015", "2015", start="2015-04-01T00:00:00"),
    )),
    joins.weekday_of_week(P, (ex("segunda-feira da próxima semana", "2022-03-21"),)),
    joins.week_then_weekday(L, (ex("a próxima semana, terça-feira", "2022-03-22"),)),
    joins.weekday_the_day(L, (
        ex("sexta-feira 13", "2022-05-13"),
        ex("terça-feira 25", "2022-01-25"),
    )),
    joins.every_at(L, (ex("toda segunda às 9h", "XXXX-WXX-1T09:00"),)),
    joins.clock_every((ex("às 15h todos os dias", "XXXX-XX-XXT15:00"),)),
    joins.in_period(P, (
        ex("dia 21 do mês que vem", "2022-04-21"),
        ex("semana 27 do ano passado", "2021-W27"),
    )),
    joins.duration_and(L, (ex("2 anos e 6 meses", "P2Y6M"),)),
    joins.duration_offset(L, (ex("há 2 semanas e 3 dias", "2022-02-25"),)),
    joins.shifted(L, (
        ex("2 semanas antes de hoje", "2022-02-28"),
        ex("três dias depois do Natal", "2021-12-28"),
    )),
    joins.range_of(L, (
        ex("de 2 a 9 de março", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("de segunda a sexta", "2022-03-14", end="2022-03-19T00:00:00"),
        ex("das 9h às 11h", "2022-03-14T09:00", end="2022-03-14T11:00:00"),
    )),
    joins.range_between(L, (ex("entre 2008 e 2011", "2008", end="2012-01-01T00:00:00"),)),
    joins.date_at_clock(L, (
        ex("amanhã às 9h", "2022-03-15T09:00"),
        ex("27/11 às 23", "2021-11-27T23:00"),
        ex("amanhã 8 horas da manhã", "2022-03-15T08:00"),
    )),
    joins.clock_on_date(L, (ex("14h30, 3 de março de 2015", "2015-03-03T14:30"),)),
)  # fmt: skip
