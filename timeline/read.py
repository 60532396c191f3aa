"""Read a text or a phrase in its language's tier: find its expressions, resolve each one."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.context import Reference
from timeline.engine.finder import Mention
from timeline.lang import finder_for, grammar_of, tier_of
from timeline.meaning import describe
from timeline.model import TimeValue
from timeline.resolver import resolve
from timeline.situation import Situation


def find_expressions(text: str, language: str, limit: int | None = None) -> list[Mention]:
    """Every time expression in `text`: by the language's grammar, or its dateparser tier.
    With `limit`, the search may stop once it has found more than that many."""
    if tier_of(language) == "grammar":
        split = grammar_of(language).split_stretches
        return finder_for(language).find(text, limit=limit, split_stretches=split)
    from timeline.lang import dateparser_tier  # noqa: PLC0415 - loaded on first use

    return dateparser_tier.find_mentions(text, language, limit)


def resolve_mention(
    mention: Mention, situation: Situation, explain: bool = False
) -> TimeValue | None:
    """The value of a mention found in a document; with `explain`, the rules and the meaning
    that produced it ride along."""
    value = resolve(mention.meaning, situation)
    if value is None or not explain:
        return value
    return replace(value, rule=mention.trace, meaning=describe(mention.meaning))


def resolve_text(phrase: str, reference: Reference, explain: bool = False) -> TimeValue | None:
    """The value of one phrase standing alone, or `None` if it names no time."""
    value = _resolve_alone(phrase, reference, explain)
    return None if value is None else reference.localize_value(value)


def _resolve_alone(phrase: str, reference: Reference, explain: bool) -> TimeValue | None:
    from timeline.lang import dateparser_tier  # noqa: PLC0415 - loaded on first use

    language = reference.language
    if tier_of(language) != "grammar":
        return _explained(dateparser_tier.parse_alone(phrase, reference), explain)
    mentions = finder_for(language).find(phrase, strict_case=False)
    if len(mentions) == 1 and _covers(phrase, mentions[0], language):
        value = resolve_mention(mentions[0], Situation(reference, standalone=True), explain)
        if value is not None:
            return value
    hint = _hint(language)
    return _explained(dateparser_tier.parse(phrase, reference, hint), explain)


def _explained(value: TimeValue | None, explain: bool) -> TimeValue | None:
    if value is None or not explain:
        return value
    return replace(value, rule="dateparser", meaning=None)


def _covers(phrase: str, mention: Mention, language: str) -> bool:
    """Nothing but little words ("on", "the") around the expression."""
    rest = phrase[: mention.span.start] + " " + phrase[mention.span.end :]
    return bool(_filler(language).match(" ".join(rest.split())))


@cache
def _filler(language: str) -> re.Pattern[str]:
    words = "|".join(map(re.escape, grammar_of(language).filler))
    return re.compile(rf"^(?:\W|{words})*$" if words else r"^\W*$", re.IGNORECASE)


@cache
def _hint(language: str) -> re.Pattern[str] | None:
    hint = grammar_of(language).hint
    return None if hint is None else re.compile(hint, re.IGNORECASE)
