"""What every resolution is relative to: the publish moment, its zone, language and leaning."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import UnknownTimezoneError, UnsupportedLanguageError
from timeline.lang import SUPPORTED_LANGUAGES
from timeline.model import PREFERENCES, Prefer, TimeValue


@dataclass(frozen=True, slots=True)
class Reference:
    """The publish moment twice: as given (for the answer) and as naive local wall time.

    All calendar arithmetic runs on the naive `now`, so that "yesterday" means the local
    yesterday of the newsroom; `localize` puts the zone back on the way out.
    """

    published: datetime
    now: datetime
    tz: tzinfo | None
    language: str
    prefer: Prefer
    # Numeric dates such as 03/04/2022 read day first (a locale such as en-GB says so).
    day_first: bool = False

    def localize(self, moment: datetime) -> datetime:
        return moment if self.tz is None else moment.replace(tzinfo=self.tz)

    def localize_value(self, value: TimeValue) -> TimeValue:
        """The value with the reference's zone on its interval (naive when there is none)."""
        if self.tz is None or value.start is None or value.end is None:
            return value
        return replace(value, start=self.localize(value.start), end=self.localize(value.end))


def make_reference(
    published: datetime, *, language: str, timezone: str | None, prefer: Prefer
) -> Reference:
    """Validate the options and fix the reference moment; raises `TimelineError` subclasses."""
    code = _canonical_languages().get((language or "en").strip().lower())
    if code is None:
        raise UnsupportedLanguageError(f"Unsupported language {language!r}.")
    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {PREFERENCES}")
    zone = _zone(timezone, published)
    if zone is not None:
        published = (
            published.astimezone(zone)
            if published.tzinfo is not None
            else published.replace(tzinfo=zone)
        )
    return Reference(
        published=published,
        now=published.replace(tzinfo=None),
        tz=zone,
        language=code,
        prefer=prefer,
    )


@cache
def _canonical_languages() -> dict[str, str]:
    """Language codes by their lower case: "zh-hans" -> "zh-Hans"."""
    return {known.lower(): known for known in SUPPORTED_LANGUAGES}


def _zone(timezone: str | None, published: datetime) -> tzinfo | None:
    if timezone:
        try:
            return ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise UnknownTimezoneError(f"Unknown timezone {timezone!r}.") from exc
    return published.tzinfo
