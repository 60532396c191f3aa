"""Which languages the library reads, and how: a grammar of our own, or the dateparser tier.

A language with a grammar has a folder here (`timeline/lang/en/`) holding its words, rules,
compositions, tense cues and the rule index built from them; `GRAMMARS` lists those folders.
Every other language dateparser knows goes through the dateparser tier
(`timeline.lang.dateparser_tier`): a finder built from dateparser's locale words, each
phrase then read by dateparser.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Literal

from timeline.engine.finder import Finder
from timeline.engine.index import load_index
from timeline.engine.records import Grammar

Tier = Literal["grammar", "dateparser"]
_HERE = Path(__file__).parent
# Languages with a grammar of their own: code -> the package that holds it (imported on first
# use, so that a process reading only English never loads another language).
GRAMMARS: dict[str, str] = {
    "en": "timeline.lang.en",
    "de": "timeline.lang.de",
    "es": "timeline.lang.es",
    "fr": "timeline.lang.fr",
    "it": "timeline.lang.it",
    "ja": "timeline.lang.ja",
    "nl": "timeline.lang.nl",
    "pt": "timeline.lang.pt",
    "zh": "timeline.lang.zh",
}
# Every language dateparser has locale data for. Reading dateparser's own list costs 0.3 s at
# import, so `python -m timeline.engine.index_build` writes it down; a test compares the two.
LANGUAGES_FILE = _HERE / "languages.json"
SUPPORTED_LANGUAGES: frozenset[str] = frozenset(json.loads(LANGUAGES_FILE.read_text()))


def grammar_code(language: str) -> str | None:
    """The grammar a code reads with: its own, or its base language's for a script or region
    variant ("zh-Hant" reads with "zh"); None for the dateparser tier."""
    if language in GRAMMARS:
        return language
    base = language.split("-", 1)[0]
    return base if base in GRAMMARS else None


def tier_of(language: str) -> Tier:
    """How `language` (a supported code) is read."""
    return "grammar" if grammar_code(language) is not None else "dateparser"


@cache
def grammar_of(language: str) -> Grammar:
    """The grammar of a language in `GRAMMARS`, or of a variant of one."""
    grammar: Grammar = import_module(GRAMMARS[grammar_code(language) or language]).GRAMMAR
    return grammar


def index_path(language: str) -> Path:
    """Where the rule index of a language with a grammar is kept."""
    return _HERE / (grammar_code(language) or language) / "index.json"


@cache
def finder_for(language: str) -> Finder:
    """The finder of a language with a grammar: its rules and their index, loaded once."""
    grammar = grammar_of(language)
    return Finder(grammar, load_index(grammar.sources, index_path(language)))
