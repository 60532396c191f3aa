"""French: a grammar of our own on the shared engine, built from the French words by the
Romance builders (`timeline.lang.romance`)."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.fr.compositions import COMPOSITIONS
from timeline.lang.fr.rules import RULES
from timeline.lang.fr.tense import TENSE
from timeline.lang.fr.words import ABBREVIATIONS, CONJUNCTIONS, FILLER

GRAMMAR = Grammar(
    language="fr",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=None,
)
