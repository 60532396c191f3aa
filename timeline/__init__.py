"""Find the time expressions in a text, resolve them against its publish date, order them.

The public API is `build_timeline` for a document and `resolve_phrase` for one phrase; both
are pure functions of their arguments, so any number of processes can serve them.
"""

from __future__ import annotations

import time
from datetime import datetime

from timeline.context import make_reference
from timeline.detect import AUTO, detect_language
from timeline.errors import (
    TimelineError,
    TooManyExpressionsError,
    UnknownTimezoneError,
    UnsupportedLanguageError,
)
from timeline.lang import SUPPORTED_LANGUAGES
from timeline.model import Detected, Event, Prefer, Span, Timeline, TimeValue
from timeline.order import build_events
from timeline.read import find_expressions, resolve_text
from timeline.warmup import warm_up, warm_up_finder

# A document with more time expressions than this is refused rather than cut short: real
# articles carry dozens, so thousands mean a list or an attack, not news.
MAX_EXPRESSIONS = 2000

__all__ = [
    "AUTO",
    "MAX_EXPRESSIONS",
    "SUPPORTED_LANGUAGES",
    "Detected",
    "Event",
    "Prefer",
    "Span",
    "TimeValue",
    "Timeline",
    "TimelineError",
    "TooManyExpressionsError",
    "UnknownTimezoneError",
    "UnsupportedLanguageError",
    "build_timeline",
    "resolve_phrase",
    "warm_up",
    "warm_up_finder",
]


def build_timeline(
    text: str,
    published: datetime,
    *,
    language: str = "en",
    timezone: str | None = None,
    prefer: Prefer = "auto",
    title: str | None = None,
    explain: bool = False,
) -> Timeline:
    """Return the ordered timeline of `text` as read on `published`.

    `language` "auto" reads the text in the language it is detected to be written in (English
    when the detector is unsure) and says which in `Timeline.detected`. With `explain`, each
    value names the rules and the meaning that produced it. Raises
    `UnsupportedLanguageError`, `UnknownTimezoneError`, or `TooManyExpressionsError` when the
    document holds more than `MAX_EXPRESSIONS` time expressions.
    """
    started = time.perf_counter()
    detected = None
    if language.strip().lower() == AUTO:
        detected = detect_language(text)
        language = detected.language
    reference = make_reference(published, language=language, timezone=timezone, prefer=prefer)
    mentions = find_expressions(text, reference.language, limit=MAX_EXPRESSIONS)
    if len(mentions) > MAX_EXPRESSIONS:
        raise TooManyExpressionsError(
            f"The text holds more than {MAX_EXPRESSIONS} time expressions, the limit."
        )
    events = build_events(text, mentions, reference, explain)
    return Timeline(
        published=reference.published,
        language=reference.language,
        events=events,
        elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
        title=title,
        detected=detected,
    )


def resolve_phrase(
    phrase: str,
    published: datetime,
    *,
    language: str = "en",
    timezone: str | None = None,
    prefer: Prefer = "auto",
    explain: bool = False,
) -> TimeValue | None:
    """Resolve one phrase against `published`; `None` when it is not a time expression."""
    reference = make_reference(published, language=language, timezone=timezone, prefer=prefer)
    return resolve_text(phrase, reference, explain)
