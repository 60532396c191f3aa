"""Spanish: a grammar of our own on the shared engine, built from the Spanish words by the
Romance builders (`timeline.lang.romance`)."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.es.compositions import COMPOSITIONS
from timeline.lang.es.rules import RULES
from timeline.lang.es.tense import TENSE
from timeline.lang.es.words import ABBREVIATIONS, CONJUNCTIONS, FILLER

GRAMMAR = Grammar(
    language="es",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=None,
)
