"""Sentences, clauses and tense cues."""

from __future__ import annotations

import pytest

from timeline.model import Span
from timeline.prefilter import fold_case
from timeline.text import clause_of, direction_near, split_sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Smith met U.S. officials on Feb. 28 at 3 p.m. Friday. Then he left."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "Mr. Smith met U.S. officials on Feb. 28 at 3 p.m. Friday.",
        "Then he left.",
    ]


def test_blank_lines_end_sentences() -> None:
    text = "A headline\n\nThe body starts here."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "A headline",
        "The body starts here.",
    ]


def test_clause_is_cut_at_a_comma_when_it_says_enough() -> None:
    text = "Lukas visited the capital on Friday, where he was promised new equipment."
    start = text.index("Friday")
    clause = clause_of(text, Span(0, len(text)), Span(start, start + 6))
    assert text[clause.start : clause.end] == "Lukas visited the capital on Friday"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The ministers met on Friday.", "past"),
        ("The ministers will meet on Friday.", "future"),
        ("The book is due to be published in May.", "future"),
        ("The ministers meet on Friday.", None),
        ("More protests are planned for Friday.", "future"),
        ("The suspect is due in court on Friday.", "future"),
        ("The protests were planned by students on Friday.", "past"),
    ],
)
def test_tense_cue_nearest_the_phrase_decides(text: str, direction: str | None) -> None:
    word = "Friday" if "Friday" in text else "May"
    start = text.index(word)
    whole = Span(0, len(text))
    phrase = Span(start, start + len(word))
    assert direction_near(text, fold_case(text), phrase, whole, whole) == direction


def test_a_clause_without_tense_cues_reads_its_sentence() -> None:
    text = "The talks would resume next month, in the spring or by Christmas."
    start = text.index("Christmas")
    clause = Span(text.index("in the spring"), len(text) - 1)
    phrase = Span(start, start + len("Christmas"))
    assert direction_near(text, fold_case(text), phrase, clause, Span(0, len(text))) == "future"
