"""Resolve mentions in reading order, anchor narrative phrases, and sort the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import partial

from timeline.context import Reference
from timeline.engine.finder import Mention
from timeline.lang import grammar_of, tier_of
from timeline.model import PUBLISHED, Event, Span, TimeValue
from timeline.read import resolve_mention
from timeline.situation import Situation
from timeline.story import is_narrative, named_year
from timeline.tense import TenseReader
from timeline.text import clause_cuts, clause_of, sentence_breaks, sentence_of

# Values that name one day, alone or a time in it: a clock time said later in the sentence
# falls on that day ("met Tuesday morning and left by noon").
_WITHIN_A_DAY = ("day", "hour", "minute", "second")


def build_events(
    text: str, mentions: list[Mention], reference: Reference, explain: bool = False
) -> tuple[Event, ...]:
    """Events in timeline order: dated ones by start then position, then the undated ones.

    Ids follow reading order, so "the next day" can name the event it counts from.
    """
    grammar = grammar_of(reference.language) if tier_of(reference.language) == "grammar" else None
    abbreviations = () if grammar is None else grammar.abbreviations
    conjunctions = () if grammar is None else grammar.conjunctions
    breaks = sentence_breaks(text, abbreviations)
    tenses = TenseReader(text, None if grammar is None else grammar.tense)
    events: list[Event] = []
    anchors: list[tuple[str, TimeValue]] = []
    cuts: dict[Span, list[int]] = {}  # the clause cuts of each sentence, shared by its phrases
    narrative = is_narrative((mention.meaning for mention in mentions), reference.now)
    story: tuple[date, str] | None = None  # the story's day and the event that named it
    day_named: tuple[date, str, Span] | None = None  # the last day named, likewise
    for mention in mentions:
        sentence = sentence_of(text, breaks, mention.span)
        if sentence not in cuts:
            cuts[sentence] = clause_cuts(text, sentence)
        clause = clause_of(
            text, sentence, mention.span, cuts=cuts[sentence], conjunctions=conjunctions
        )
        situation = Situation(
            reference=reference,
            tense=partial(tenses.direction, mention.span, clause, sentence),
            anchors=tuple(anchors[-8:]),
            story=None
            if story is None
            else partial(_story, story, narrative, tenses, (mention.span, clause, sentence)),
            day_in_sentence=None
            if day_named is None or day_named[2] != sentence
            else (day_named[0], day_named[1]),
        )
        value = resolve_mention(mention, situation, explain)
        if value is None:
            continue
        event = Event(
            id=f"e{len(events) + 1}",
            phrase=mention.text_in(text),
            span=mention.span,
            event=_slice(text, clause),
            sentence=_slice(text, sentence),
            sentence_span=sentence,
            time=value,
        )
        events.append(event)
        if value.is_dated and value.start is not None:
            anchors.append((event.id, value))
            if value.granularity in _WITHIN_A_DAY:  # "Tuesday", "Tuesday at 9 am": a day
                day_named = (value.start.date(), event.id, sentence)
            moves = named_year(mention.meaning) is not None or (
                narrative and value.anchor != PUBLISHED
            )
            if moves and not tenses.before_the_story(mention.span, clause):
                story = (value.start.date(), event.id)
    if reference.tz is not None:  # without a zone every value is already as it should be
        events = [replace(event, time=reference.localize_value(event.time)) for event in events]
    return tuple(sorted(events, key=_timeline_key))


def _story(
    story: tuple[date, str],
    narrative: bool,
    tenses: TenseReader,
    where: tuple[Span, Span, Span],
) -> tuple[date, str] | None:
    """The story time a year-less phrase counts from: the last date named, in a narrative,
    unless the phrase's clause looks ahead from now ("is due to be published in May"). News
    counts from its publish date even after an old year in the same sentence ("said in 2019
    that taxes would not rise, but on March 3 the council voted")."""
    phrase, clause, sentence = where
    if narrative and not tenses.ahead_of_now(phrase, clause, sentence):
        return story
    return None


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


def _timeline_key(event: Event) -> tuple[int, datetime, int]:
    start = event.time.start
    if start is None:
        return (1, datetime.min, event.span.start)
    return (0, start.replace(tzinfo=None), event.span.start)
