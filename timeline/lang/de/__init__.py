"""German: the grammar of our own, with its words, rules, compositions and tense cues."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.de.compositions import COMPOSITIONS
from timeline.lang.de.rules import RULES
from timeline.lang.de.tense import TENSE
from timeline.lang.de.words import ABBREVIATIONS, CONJUNCTIONS, DATEPARSER_HINT, FILLER

GRAMMAR = Grammar(
    language="de",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=DATEPARSER_HINT,
)
