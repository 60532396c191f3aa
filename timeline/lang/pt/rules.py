"""The Portuguese rules: one record per kind of phrase, built by the shared Romance builders
from the Portuguese words, each with its Portuguese examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise; a phrase alone is
read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
"""

from __future__ import annotations

from timeline.engine.records import Rule, ex
from timeline.lang.pt.patterns import PIECES as P
from timeline.lang.pt.words import LEXICON as L
from timeline.lang.romance import clock, counting, dates

RULES: tuple[Rule, ...] = (
    dates.iso_date((ex("2015-03-29", "2015-03-29"),)),
    dates.numeric_date((ex("12/01/2016", "2016-01-12"), ex("23.04.2022", "2022-04-23"))),
    dates.spaced_date((ex("02 04 2009", "2009-04-02"),)),
    dates.numeric_day_month(L, (ex("27/11", "2021-11-27"),)),
    dates.written_date(L, P, (ex("2020/23/set", "2020-09-23"), ex("22/jan/2019", "2019-01-22"))),
    dates.day_month(L, P, (
        ex("2 de outubro de 1992", "1992-10-02"),
        ex("23 novembro 82", "1982-11-23"),
        ex("segunda-feira, 12 de janeiro de 2016", "2016-01-12"),
        ex("dia 3 de março de 2021", "2021-03-03",
           text="O presidente chegou no dia 3 de março de 2021 a Lisboa."),
    )),
    dates.month_day(L, P, (ex("maio 12", "2022-05-12"),)),
    dates.month_year(L, P, (ex("março de 2015", "2015-03"),)),
    dates.month(L, P, (
        ex("março", "2022-03"),
        ex("março passado", "2021-03"),
        ex("próximo março", "2023-03"),
        ex("mar", None, text="Nadaram no mar."),
    )),
    dates.year(L, (ex("2015", "2015"), ex("ano 2015", "2015"))),
    dates.decade(L, P, (ex("os anos 90", "199"),)),
    dates.century(L, (ex("século XX", "19"),)),
    dates.quarter(L, P, (ex("o primeiro trimestre de 2017", "2017-Q1"),)),
    dates.half(L, P, (ex("o segundo semestre de 2019", "2019-H2"),)),
    dates.season(L, P, (ex("o verão passado", "2021-SU"), ex("este inverno", "2022-WI"))),
    dates.holiday(L, P, (
        ex("Natal", "2021-12-25"),
        ex("Páscoa de 2023", "2023-04-09"),
        ex("dia do trabalho", "2022-05-01"),
        ex("Carnaval de 2022", "2022-03-01"),
    )),
    clock.clock(L, P, (
        ex("às 9h", "2022-03-14T09:00"),
        ex("14h30", "2022-03-14T14:30"),
        ex("às 7 horas", "2022-03-14T07:00"),
        ex("três e meia", "2022-03-14T03:30"),
        ex("oito e quarenta e cinco", "2022-03-14T08:45"),
        ex("meio-dia", "2022-03-14T12:00"),
        ex("às 8 da noite", "2022-03-14T20:00"),
        ex("uma e trinta", "2022-03-14T01:30"),
        ex("2 horas", None, text="Ele falou durante 2 horas."),
    )),
    counting.weekday(L, P, (
        ex("sexta-feira", "2022-03-11"),
        ex("próxima sexta-feira", "2022-03-18"),
        ex("sexta-feira passada", "2022-03-11"),
        ex("segunda-feira que vem", "2022-03-21"),
        ex("sexta à noite", "2022-03-11TNI"),
        ex("sexta", "2022-03-18", text="A reunião será na sexta."),
        ex("segunda", None, text="Foi a segunda vez."),
    )),
    counting.deictic(L, P, (
        ex("ontem", "2022-03-13"),
        ex("hoje", "2022-03-14"),
        ex("amanhã", "2022-03-15"),
        ex("amanha", "2022-03-15"),
        ex("depois de amanhã", "2022-03-16"),
        ex("anteontem", "2022-03-12"),
        ex("amanhã de manhã", "2022-03-15TMO"),
        ex("ontem à noite", "2022-03-13TNI"),
    )),
    counting.narrative_day(L, P, (
        ex("No dia seguinte", "2022-03-04", text="A votação foi em 3 de março de 2022. No dia "
           "seguinte houve protestos."),
    )),
    counting.day_part(L, P, (ex("de manhã", "2022-03-14TMO"),)),
    counting.nth_item(L, P, (ex("a primeira segunda-feira de março", "2022-03-07"),)),
    counting.relative_unit(L, P, (
        ex("semana passada", "2022-W10"),
        ex("o mês que vem", "2022-04"),
        ex("o próximo ano", "2023"),
        ex("este mês", "2022-03"),
        ex("o ano passado", "2021"),
        ex("próximo fim de semana", "2022-W11-WE"),
    )),
    counting.weekend(L, P, (
        ex("fim de semana", "2022-W10-WE", text="Eles se encontraram no fim de semana."),
    )),
    counting.typed_cycle(L, P, (ex("mês", "2022-03"),)),
    counting.offset(L, P, (
        ex("há 3 dias", "2022-03-11"),
        ex("há duas semanas", "2022-02-28"),
        ex("3 dias atrás", "2022-03-11"),
        ex("faz um ano", "2021"),
        ex("três dias depois", "2022-03-06", text="A greve começou em 3 de março de 2022 e três "
           "dias depois as minas fecharam."),
    )),
    counting.ahead(L, P, (
        ex("em 3 dias", "2022-03-17"),
        ex("daqui a duas semanas", "2022-03-28"),
        ex("dentro de 2 semanas", "2022-03-28"),
    )),
    counting.duration(L, P, (
        ex("30 minutos", "PT30M"),
        ex("10 min", "PT10M"),
        ex("meia hora", "PT30M"),
        ex("uma hora e meia", "PT1H30M"),
        ex("alguns dias", "PXD"),
        ex("várias semanas", "PXW"),
        ex("um dia inteiro", "P1D"),
        ex("todo o mês", "P1M"),
        ex("os próximos 3 dias", "2022-03-15", end="2022-03-18T00:00:00"),
        ex("3 próximas semanas", "2022-W12", end="2022-04-11T00:00:00"),
        ex("5 minutos", "PT5M", text="Ele falou durante 5 minutos."),
    )),
    counting.every(L, P, (
        ex("toda segunda-feira", "XXXX-WXX-1"),
        ex("todos os dias", "P1D"),
        ex("a cada dois dias", "P2D"),
        ex("semanalmente", "P1W"),
        ex("semestralmente", "P6M"),
    )),
    counting.vague(L, P, (ex("agora", "PRESENT_REF"), ex("recentemente", "PAST_REF"))),
    counting.part_word(L, P, (ex("fim do mês", "2022-03", start="2022-03-21T00:00:00"),)),
    counting.week_number(L, (ex("semana 31", "2022-W31"),)),
    counting.day_of_month(L, P, (
        ex("dia 15", "2022-03-15"),
        ex("dia 15", "2022-03-15", text="Ele volta no dia 15."),
    )),
    counting.number(L, P, (ex("de 3 a 5 pm", "2022-03-14T15:00", end="2022-03-14T17:00:00"),)),
)  # fmt: skip
