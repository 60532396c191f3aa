"""Japanese: the grammar of our own, with its words, rules, compositions and tense cues, read
without word boundaries; years by era as well as in the Western calendar."""

from __future__ import annotations

from timeline.engine.records import Grammar
from timeline.lang.ja.compositions import COMPOSITIONS
from timeline.lang.ja.rules import RULES
from timeline.lang.ja.tense import TENSE
from timeline.lang.ja.words import CONJUNCTIONS, FILLER

GRAMMAR = Grammar(
    language="ja",
    rules=RULES,
    compositions=COMPOSITIONS,
    tense=TENSE,
    conjunctions=CONJUNCTIONS,
    filler=FILLER,
    # A phrase the rules leave is handed to dateparser only if it holds a digit or a numeral.
    hint=r"[\d〇一二三四五六七八九十]",
)
