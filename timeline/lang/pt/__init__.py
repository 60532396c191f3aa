"""Portuguese: a grammar of our own on the shared engine, built from the Portuguese words by the
Romance builders (`timeline.lang.romance`)."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.pt.compositions import COMPOSITIONS
from timeline.lang.pt.rules import RULES
from timeline.lang.pt.tense import TENSE
from timeline.lang.pt.words import ABBREVIATIONS, CONJUNCTIONS, FILLER

GRAMMAR = Grammar(
    language="pt",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=None,
)
