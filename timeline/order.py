"""Resolve mentions in reading order, anchor narrative phrases, and sort the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial

from timeline.context import Reference
from timeline.engine.finder import Mention
from timeline.lang import grammar_of, tier_of
from timeline.model import Event, Span, TimeValue
from timeline.read import resolve_mention
from timeline.situation import Situation
from timeline.tense import TenseReader
from timeline.text import clause_cuts, clause_of, sentence_breaks, sentence_of


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
        if value.is_dated:
            anchors.append((event.id, value))
    if reference.tz is not None:  # without a zone every value is already as it should be
        events = [replace(event, time=reference.localize_value(event.time)) for event in events]
    return tuple(sorted(events, key=_timeline_key))


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


def _timeline_key(event: Event) -> tuple[int, datetime, int]:
    start = event.time.start
    if start is None:
        return (1, datetime.min, event.span.start)
    return (0, start.replace(tzinfo=None), event.span.start)
