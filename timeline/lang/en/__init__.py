"""English: the grammar of our own, with its words, rules, compositions and tense cues."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.en.compositions import COMPOSITIONS
from timeline.lang.en.rules import RULES
from timeline.lang.en.tense import TENSE
from timeline.lang.en.words import ABBREVIATIONS, CONJUNCTIONS, DATEPARSER_HINT, FILLER

GRAMMAR = Grammar(
    language="en",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    abbreviations=ABBREVIATIONS,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    hint=DATEPARSER_HINT,
    # A document's "from March 3 to March 7" is two expressions, as TimeML marks them.
    split_stretches=True,
)
