"""Dutch: the grammar of our own, with its words, rules, compositions and tense cues."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.nl.compositions import COMPOSITIONS
from timeline.lang.nl.rules import RULES
from timeline.lang.nl.tense import TENSE
from timeline.lang.nl.words import ABBREVIATIONS, CONJUNCTIONS, DATEPARSER_HINT, FILLER

GRAMMAR = Grammar(
    language="nl",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=DATEPARSER_HINT,
)
