"""Chinese (simplified and traditional): the grammar of our own, with its words, rules,
compositions and tense cues, read without word boundaries."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.zh.compositions import COMPOSITIONS
from timeline.lang.zh.rules import RULES
from timeline.lang.zh.tense import TENSE
from timeline.lang.zh.words import CONJUNCTIONS, FILLER

GRAMMAR = Grammar(
    language="zh",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    # A phrase the rules leave is handed to dateparser only if it holds a digit or a numeral.
    hint=r"[\d零〇一二两兩三四五六七八九十]",
)
