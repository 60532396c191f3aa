"""The Italian compositions: two neighbouring expressions that make one, built by the shared
Romance builders with the Italian joint words, each with its Italian examples."""

from __future__ import annotations

from timeline.engine.records import Composition, ex
from timeline.lang.it.patterns import PIECES as P
from timeline.lang.it.words import LEXICON as L
from timeline.lang.romance import joins

COMPOSITIONS: tuple[Composition, ...] = (
    joins.nth_of(P, (
        ex("l'ultimo venerdì di marzo", "2022-03-25"),
        ex("la prima settimana di ottobre", "2021-W40"),
    )),
    joins.part_of(P, (
        ex("fine marzo", "2022-03", start="2022-03-21T00:00:00"),
        ex("inizio 2015", "2015", start="2015-01-01T00:00:00"),
        ex("a metà marzo", "2022-03", start="2022-03-11T00:00:00"),
    )),
    joins.weekday_of_week(P, (ex("lunedì della prossima settimana", "2022-03-21"),)),
    joins.week_then_weekday(L, (ex("la prossima settimana martedì", "2022-03-22"),)),
    joins.weekday_the_day(L, (ex("venerdì 13", "2022-05-13"), ex("martedì 25", "2022-01-25"))),
    joins.every_at(L, (ex("ogni lunedì alle 4pm", "XXXX-WXX-1T16:00"),)),
    joins.clock_every((ex("alle 15 ogni giorno", "XXXX-XX-XXT15:00"),)),
    joins.in_period(P, (
        ex("il 21 di questo mese", "2022-03-21"),
        ex("dal 2 al 9 del mese prossimo", "2022-04-02", end="2022-04-10T00:00:00"),
    )),
    joins.duration_and(L, (ex("2 anni e 6 mesi", "P2Y6M"),)),
    joins.duration_offset(L, (ex("2 settimane e 2 giorni fa", "2022-02-26"),)),
    joins.shifted(L, (
        ex("due giorni prima di Natale", "2021-12-23"),
        ex("tre giorni dopo Pasqua", "2022-04-20"),
    )),
    joins.range_of(L, (
        ex("dal 2 al 9 marzo", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("da lunedì a venerdì", "2022-03-14", end="2022-03-19T00:00:00"),
        ex("dalle 9 alle 11", "2022-03-14T09:00", end="2022-03-14T11:00:00"),
    )),
    joins.range_between(L, (
        ex("tra le 5 e le 6 del pomeriggio", "2022-03-14T17:00", end="2022-03-14T18:00:00"),
        ex("tra 2008 e 2011", "2008", end="2012-01-01T00:00:00"),
    )),
    joins.date_at_clock(L, (
        ex("domani alle 9", "2022-03-15T09:00"),
        ex("domani alle 8:00am", "2022-03-15T08:00"),
        ex("oggi alle 15.30", "2022-03-14T15:30"),
    )),
    joins.clock_on_date(L, (
        ex("alle 9 del 22 aprile", "2022-04-22T09:00"),
        ex("14:30, 3 marzo 2015", "2015-03-03T14:30"),
    )),
)  # fmt: skip
