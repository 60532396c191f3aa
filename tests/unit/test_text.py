"""Sentences, clauses (timeline/text.py) and tense cues (timeline/tense.py)."""

from __future__ import annotations

import pytest

from timeline.engine.fold import fold_case
from timeline.lang.en.tense import TENSE
from timeline.lang.en.words import ABBREVIATIONS
from timeline.model import Span
from timeline.tense import direction_near
from timeline.text import MAX_SENTENCE, clause_of, sentence_breaks, sentence_of, split_sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Smith met U.S. officials on Feb. 28 at 3 p.m. Friday. Then he left."
    sentences = [text[s.start : s.end] for s in split_sentences(text, ABBREVIATIONS)]
    assert sentences == [
        "Mr. Smith met U.S. officials on Feb. 28 at 3 p.m. Friday.",
        "Then he left.",
    ]


def test_blank_lines_end_sentences() -> None:
    text = "A headline\n\nThe body starts here."
    assert [text[s.start : s.end] for s in split_sentences(text, ABBREVIATIONS)] == [
        "A headline",
        "The body starts here.",
    ]


def _sentence_holding(text: str, phrase: str) -> str:
    start = text.index(phrase)
    span = sentence_of(text, sentence_breaks(text, ABBREVIATIONS), Span(start, start + len(phrase)))
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "phrase", "sentence"),
    [
        ("  Friday came.  Then Monday.  ", "Friday", "Friday came."),
        ("  Friday came.  Then Monday.  ", "Monday", "Then Monday."),
        ("No stop at all on Friday", "Friday", "No stop at all on Friday"),
        ("It ended. Dr. Lee left on Friday. Bye.", "Friday", "Dr. Lee left on Friday."),
        ("Intro\n\n  On Friday it rained.\n\nOutro", "Friday", "On Friday it rained."),
    ],
    ids=["first", "last", "no-break", "abbreviation", "blank-lines"],
)
def test_the_sentence_of_a_phrase_is_trimmed_from_its_breaks(
    text: str, phrase: str, sentence: str
) -> None:
    assert _sentence_holding(text, phrase) == sentence


def test_a_phrase_across_a_break_takes_both_sentences() -> None:
    text = "It began on Jan. 5. Then it ended."
    breaks = sentence_breaks(text, ABBREVIATIONS)
    span = sentence_of(text, breaks, Span(0, text.index("Then") + 4))
    assert text[span.start : span.end] == text


def test_a_sentence_past_the_limit_is_cut_around_its_phrase_at_words() -> None:
    text = "word " * 400 + "on Friday " + "word " * 400
    sentence = _sentence_holding(text, "Friday")
    assert "on Friday" in sentence
    assert len(sentence) <= MAX_SENTENCE
    assert sentence.startswith("word") and sentence.endswith("word")


def test_sentences_split_at_the_breaks_found() -> None:
    text = "One. Two!  Three?\n\nFour"
    edges = [0, *sentence_breaks(text, ABBREVIATIONS), len(text)]
    stretches = [text[a:b].strip() for a, b in zip(edges, edges[1:], strict=False)]
    assert stretches == [text[s.start : s.end] for s in split_sentences(text, ABBREVIATIONS)]
    assert stretches == ["One.", "Two!", "Three?", "Four"]


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
        ("The ministers meet on Friday.", "future"),  # a schedule in the present
        ("Talks in Geneva on Friday.", None),
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
    assert direction_near(text, fold_case(text), phrase, whole, whole, TENSE) == direction


def test_a_clause_without_tense_cues_reads_its_sentence() -> None:
    text = "The talks would resume next month, in the spring or by Christmas."
    start = text.index("Christmas")
    clause = Span(text.index("in the spring"), len(text) - 1)
    phrase = Span(start, start + len("Christmas"))
    assert (
        direction_near(text, fold_case(text), phrase, clause, Span(0, len(text)), TENSE) == "future"
    )
