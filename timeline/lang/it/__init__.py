"""Italian: a grammar of our own on the shared engine, built from the Italian words by the
Romance builders (`timeline.lang.romance`)."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.it.compositions import COMPOSITIONS
from timeline.lang.it.rules import RULES
from timeline.lang.it.tense import TENSE
from timeline.lang.it.words import ABBREVIATIONS, CONJUNCTIONS, FILLER

GRAMMAR = Grammar(
    language="it",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=None,
)
