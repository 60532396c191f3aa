"""The French compositions: two neighbouring expressions that make one, built by the shared
Romance builders with the French joint words, each with its French examples."""

from __future__ import annotations

from timeline.engine.records import Composition, ex
from timeline.lang.fr.patterns import PIECES as P
from timeline.lang.fr.words import LEXICON as L
from timeline.lang.romance import joins

COMPOSITIONS: tuple[Composition, ...] = (
    joins.nth_of(P, (
        ex("le dernier vendredi de mars", "2022-03-25"),
        ex("la première semaine d'octobre", "2021-W40"),
    )),
    joins.part_of(P, (
        ex("fin mars", "2022-03", start="2022-03-21T00:00:00"),
        ex("début 2015", "2015", start="2015-01-01T00:00:00"),
        ex("mi-mars", "2022-03", start="2022-03-11T00:00:00"),
    )),
    joins.weekday_of_week(P, (ex("lundi de la semaine prochaine", "2022-03-21"),)),
    joins.week_then_weekday(L, (ex("la semaine prochaine le mardi", "2022-03-22"),)),
    joins.weekday_the_day(L, (ex("vendredi 13", "2022-05-13"), ex("mardi 25", "2022-01-25"))),
    joins.every_at(L, (ex("chaque lundi à 16h", "XXXX-WXX-1T16:00"),)),
    joins.clock_every((ex("16 heures chaque lundi", "XXXX-WXX-1T16:00"),)),
    joins.in_period(P, (
        ex("le 21 de ce mois", "2022-03-21"),
        ex("du 2 au 9 du mois prochain", "2022-04-02", end="2022-04-10T00:00:00"),
    )),
    joins.duration_and(L, (ex("1 an et 6 mois", "P1Y6M"),)),
    joins.duration_offset(L, (ex("il y a 2 semaines et 3 jours", "2022-02-25"),)),
    joins.shifted(L, (
        ex("deux jours avant Noël", "2021-12-23"),
        ex("trois jours après Pâques", "2022-04-20"),
    )),
    joins.range_of(L, (
        ex("du 2 au 9 mars", "2022-03-02", end="2022-03-10T00:00:00"),
        ex("de lundi à vendredi", "2022-03-14", end="2022-03-19T00:00:00"),
        ex("de 9h à 11h", "2022-03-14T09:00", end="2022-03-14T11:00:00"),
    )),
    joins.range_between(L, (
        ex("entre 2008 et 2011", "2008", end="2012-01-01T00:00:00"),
        ex("entre 5 h et 6 h", "2022-03-14T05:00", end="2022-03-14T06:00:00"),
    )),
    joins.date_at_clock(L, (
        ex("demain à 9h", "2022-03-15T09:00"),
        ex("Mer. 6 Mai 2020 à 18h", "2020-05-06T18:00"),
        ex("lundi 14h", "2022-03-14T14:00"),
    )),
    joins.clock_on_date(L, (
        ex("9h le 13 décembre 2018", "2018-12-13T09:00"),
        ex("14h30, le 3 mars 2015", "2015-03-03T14:30"),
    )),
)  # fmt: skip
