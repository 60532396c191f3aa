"""The records a language's grammar is made of: rules, compositions and their examples.

A rule is declared once, here in this shape, in its language's folder: its name, its pattern
(built from that language's word lists), what it produces (a typed meaning), the checks that
keep common words out, and examples of what it must read. Every registry the finder and the
resolver need is derived from these records, and the corpus test runs every example.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from timeline.meaning import Meaning
from timeline.model import Prefer
from timeline.tense import TenseCues

Groups = Mapping[str, str | None]
# (text, match, strict_case) -> whether the match is a time expression where it stands.
Check = Callable[[str, re.Match[str], bool], bool]

# The reference time of an example unless it says otherwise: Monday 14 March 2022, midnight.
EXAMPLE_REFERENCE = "2022-03-14T00:00:00"


@dataclass(frozen=True, slots=True)
class Example:
    """A phrase and the TIMEX3 value it must resolve to.

    With `text`, the phrase is read inside that sentence as a document (tense, neighbours);
    without, it is resolved alone, as `POST /v1/resolve` does. `value` None says the phrase
    must not be found at all. `gap` marks a known gap: the corpus test expects it to fail,
    for the reason given.
    """

    phrase: str
    value: str | None
    text: str | None = None
    reference: str = EXAMPLE_REFERENCE
    prefer: Prefer = "auto"
    start: str | None = None  # the interval's start, when the value alone says too little
    end: str | None = None
    gap: str | None = None


def ex(phrase: str, value: str | None, **options: str) -> Example:
    """An `Example`, short enough to list many beside a rule."""
    return Example(phrase, value, **options)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of phrase: a regular expression (case-insensitive, every quantifier bounded
    outside single tokens, so that it matches only a short stretch from any position) and
    the meaning its named groups produce, or None when the words name no time after all."""

    name: str
    pattern: str
    produce: Callable[[Groups], Meaning | None]
    examples: tuple[Example, ...]
    accept: Check | None = None


@dataclass(frozen=True, slots=True)
class Composition:
    """Two neighbouring expressions that make one: `left`, then text matching `joint`, then
    `right` ("Friday" + " at " + "3 p.m."). `lead`, if given, must end the text just before
    the left one ("from", "between"); it is not part of the span, as TimeML spans leave out
    prepositions. `produce` gets both meanings and the joint's groups."""

    name: str
    left: tuple[type[Meaning], ...]
    joint: str
    right: tuple[type[Meaning], ...]
    produce: Callable[[Meaning, Groups, Meaning], Meaning | None]
    examples: tuple[Example, ...]
    lead: str | None = None
    # Only in a phrase typed alone: in running text the two stay apart ("64 days from
    # November 21" is a length and a date).
    typed_only: bool = False


@dataclass(frozen=True)
class Grammar:
    """A language's rules and compositions, and the words its engine modules need."""

    language: str
    rules: tuple[Rule, ...]
    compositions: tuple[Composition, ...]
    tense: TenseCues | None = None
    # Words whose full stop ends an abbreviation, not a sentence ("Mr.", "Jan.").
    abbreviations: tuple[str, ...] = ()
    # Words that open a clause and that an event's clause leaves out ("and", "but").
    conjunctions: tuple[str, ...] = ()
    # Words a phrase typed alone may carry around its expression without changing it ("on").
    filler: tuple[str, ...] = ()
    # A phrase the grammar leaves to dateparser must match this first (it costs ~10 ms on a
    # phrase it cannot parse); None lets every phrase through.
    hint: str | None = None
    # Whether a stretch between two expressions ("from March 3 to March 7") comes back from a
    # document as one expression with a start and an end, as a reader of the timeline sees
    # one event (and Recognizers-Text annotates it), or as its two ends, as TimeML annotates
    # them. English splits: its news and history corpora are TimeML's.
    split_stretches: bool = False
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        names = [rule.name for rule in self.rules] + [c.name for c in self.compositions]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"rule names declared twice: {duplicates}")
        self.compiled.update(
            {rule.name: re.compile(rule.pattern, re.IGNORECASE) for rule in self.rules}
        )

    @property
    def sources(self) -> dict[str, str]:
        """Rule name -> pattern source, in the order rules are tried on a tie."""
        return {rule.name: rule.pattern for rule in self.rules}
