"""The French rules: one record per kind of phrase, built by the shared Romance builders from
the French words, each with its French examples.

Examples resolve against Monday 14 March 2022 unless they say otherwise; a phrase alone is
read as `POST /v1/resolve` reads it, one with `text` inside that sentence.
"""

from __future__ import annotations

from timeline.engine.records import Rule, ex
from timeline.lang.fr.patterns import PIECES as P
from timeline.lang.fr.words import LEXICON as L
from timeline.lang.romance import clock, counting, dates

RULES: tuple[Rule, ...] = (
    dates.iso_date((ex("2015-03-29", "2015-03-29"),)),
    dates.numeric_date((
        ex("15.05.99", "1999-05-15"),
        ex("03/04/2022", "2022-04-03"),
        ex("03/04/2022", "2022-04-03", text="La loi a été votée le 03/04/2022 à Paris."),
    )),
    dates.spaced_date((ex("02 04 2009", "2009-04-02"),)),
    dates.numeric_day_month(L, (ex("27/11", "2021-11-27"),)),
    dates.written_date(L, P, (ex("2020/Sep/23", "2020-09-23"), ex("Oct/2", "2021-10-02"))),
    dates.day_month(L, P, (
        ex("le 3 mars 2015", "2015-03-03"),
        ex("1er janvier 2023", "2023-01-01"),
        ex("mer. 24 juin 2020", "2020-06-24"),
        ex("23 novembre de 1987", "1987-11-23"),
        ex("1er janvier 2023", "2023-01-01", text="Le ministre a annoncé hier que la réforme "
           "entrera en vigueur le 1er janvier 2023."),
    )),
    dates.month_day(L, P, (ex("mai 12", "2022-05-12"),)),
    dates.month_year(L, P, (ex("mars 2015", "2015-03"), ex("janv. 2008", "2008-01"))),
    dates.month(L, P, (
        ex("mars", "2022-03"),
        ex("mars prochain", "2023-03"),
        ex("cette décembre", "2022-12"),
        ex("septembre", "2021-09", text="Les prix ont augmenté en septembre."),
    )),
    dates.year(L, (ex("2015", "2015"), ex("l'année 2015", "2015"))),
    dates.decade(L, P, (ex("les années 90", "199"), ex("les années quatre-vingt", "198"))),
    dates.century(L, (ex("le XXe siècle", "19"), ex("XIXe siècle", "18"))),
    dates.quarter(L, P, (ex("le premier trimestre de 2017", "2017-Q1"),
                         ex("2e trimestre 2020", "2020-Q2"))),
    dates.half(L, P, (ex("le second semestre de 2019", "2019-H2"),)),
    dates.season(L, P, (
        ex("l'été dernier", "2021-SU"),
        ex("cet hiver", "2022-WI"),
        ex("été", None, text="Il a été élu."),
    )),
    dates.holiday(L, P, (
        ex("Noël", "2021-12-25"),
        ex("Pâques 2023", "2023-04-09"),
        ex("la Toussaint", "2021-11-01"),
        ex("la fête du Travail", "2022-05-01"),
    )),
    clock.clock(L, P, (
        ex("14h30", "2022-03-14T14:30"),
        ex("9h", "2022-03-14T09:00"),
        ex("à 18h", "2022-03-14T18:00"),
        ex("huit heures", "2022-03-14T08:00"),
        ex("sept heures et demie", "2022-03-14T07:30"),
        ex("midi", "2022-03-14T12:00"),
        ex("4h45 du matin", "2022-03-14T04:45"),
        ex("16 heures", "2022-03-14T16:00"),
        ex("huit heures moins le quart", "2022-03-14T07:45"),
        ex("dix heures vingt", "2022-03-14T10:20"),
        ex("vingt et une heures", "2022-03-14T21:00"),
        ex("3 heures", None, text="Ils ont parlé pendant 3 heures."),
    )),
    counting.weekday(L, P, (
        ex("vendredi", "2022-03-11"),
        ex("vendredi prochain", "2022-03-18"),
        ex("vendredi dernier", "2022-03-11"),
        ex("lundi matin", "2022-03-14TMO"),
        ex("ce vendredi", "2022-03-18"),
        ex("vendredi", "2022-03-18", text="Le conseil se réunira vendredi."),
        ex("mer", None, text="Ils ont vu la mer."),
    )),
    counting.deictic(L, P, (
        ex("hier", "2022-03-13"),
        ex("aujourd'hui", "2022-03-14"),
        ex("demain", "2022-03-15"),
        ex("après-demain", "2022-03-16"),
        ex("avant-hier", "2022-03-12"),
        ex("ce soir", "2022-03-14TEV"),
        ex("demain matin", "2022-03-15TMO"),
        ex("hier soir", "2022-03-13TEV"),
    )),
    counting.narrative_day(L, P, (
        ex("Le lendemain", "2022-03-04", text="Le vote a eu lieu le 3 mars 2022. Le lendemain, "
           "la foule a quitté la place."),
    )),
    counting.day_part(L, P, (ex("le soir", "2022-03-14TEV"),)),
    counting.nth_item(L, P, (ex("le premier lundi de mars", "2022-03-07"),)),
    counting.relative_unit(L, P, (
        ex("la semaine dernière", "2022-W10"),
        ex("le mois prochain", "2022-04"),
        ex("l'année prochaine", "2023"),
        ex("cette année", "2022"),
        ex("l'an dernier", "2021"),
        ex("la semaine derniere", "2022-W10"),
        ex("le week-end prochain", "2022-W11-WE"),
    )),
    counting.weekend(L, P, (ex("le week-end", "2022-W10-WE", text="Ils ont joué le week-end."),)),
    counting.typed_cycle(L, P, (ex("mois", "2022-03"), ex("semaine", "2022-W11"))),
    counting.offset(L, P, (
        ex("il y a 3 jours", "2022-03-11"),
        ex("il y a deux semaines", "2022-02-28"),
        ex("il y a un an", "2021"),
        ex("trois jours plus tard", "2022-03-06", text="La grève a commencé le 3 mars 2022 et "
           "trois jours plus tard les mines ont fermé."),
    )),
    counting.ahead(L, P, (
        ex("dans 3 jours", "2022-03-17"),
        ex("dans deux semaines", "2022-03-28"),
        ex("100 jours", "P100D", text="Ils l'ont construit en 100 jours."),
    )),
    counting.duration(L, P, (
        ex("3 minutes", "PT3M"),
        ex("3.5ans", "P3.5Y"),
        ex("une demi-heure", "PT30M"),
        ex("un quart d'heure", "PT15M"),
        ex("deux ans et demi", "P2.5Y"),
        ex("quelques jours", "PXD"),
        ex("toute la journée", "P1D"),
        ex("1 an", "P1Y"),
        ex("les 3 derniers jours", "2022-03-11", end="2022-03-14T00:00:00"),
        ex("3 jours", "P3D", text="Ils ont marché pendant 3 jours."),
        ex("des années", "PXY", text="Ils ont attendu pendant des années."),
    )),
    counting.every(L, P, (
        ex("chaque lundi", "XXXX-WXX-1"),
        ex("tous les jours", "P1D"),
        ex("tous les deux jours", "P2D"),
        ex("tous les lundis", "XXXX-WXX-1"),
        ex("quotidiennement", "P1D"),
    )),
    counting.vague(L, P, (ex("maintenant", "PRESENT_REF"), ex("récemment", "PAST_REF"))),
    counting.part_word(L, P, (ex("la fin du mois", "2022-03", start="2022-03-21T00:00:00"),)),
    counting.week_number(L, (ex("semaine 12", "2022-W12"),)),
    counting.day_of_month(L, P, (
        ex("le 15", "2022-03-15"),
        ex("15", "2022-03-15", text="Il reviendra le 15."),
    )),
    counting.number(L, P, (ex("de 9 à 11h", "2022-03-14T09:00", end="2022-03-14T11:00:00"),)),
)  # fmt: skip
