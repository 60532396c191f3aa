"""What every resolution is relative to: the publish moment, its zone, language and leaning."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from datetime import timezone as offset_zone
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
        return moment if self.tz is None else civil(moment, self.tz)

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
            _minute_offset(published.astimezone(zone))
            if published.tzinfo is not None
            else civil(published, zone)
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


def is_portable_zone(name: str) -> bool:
    """Whether `name` means the same zone on every machine.

    The zone database of a host also holds `localtime` (whatever zone that host is set to),
    `posixrules` (a copy of some default zone) and, on some systems, whole copies of the tree
    under `posix/` and `right/` (the latter counting leap seconds, which civil time does not).
    An answer must not depend on the machine that computed it, so these are refused.
    """
    return name not in _HOST_ZONES and not name.startswith(_COPIED_TREES)


_HOST_ZONES = frozenset({"localtime", "posixrules"})
_COPIED_TREES = ("posix/", "right/")


def civil(moment: datetime, zone: tzinfo) -> datetime:
    """The naive wall time `moment` in `zone`, as a moment that exists, written with whole
    minutes of offset.

    A wall time in a gap (02:30 on the night clocks spring forward) never happened: it is read
    with the offset in force before the gap, as `zoneinfo` does, and written as the wall time
    it names after it (03:30 and the new offset): the same instant, a time clocks showed.
    """
    aware = moment.replace(tzinfo=zone)
    offset = aware.utcoffset()
    if offset != aware.replace(fold=1).utcoffset():  # a gap or a fold: rare, checked further
        try:
            real = aware.astimezone(UTC).astimezone(zone)
        except OverflowError:  # at the very edge of year 1 or 9999: keep it as it was
            real = aware
        if real.replace(tzinfo=None) != moment:  # in a gap
            aware, offset = real, real.utcoffset()
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        return _minute_offset(aware)
    return aware


def _minute_offset(moment: datetime) -> datetime:
    """`moment` with its offset rounded to whole minutes, as RFC 3339 and ISO 8601's extended
    format write it, keeping the instant (so its wall time moves by the difference).

    Only local mean times before standard time came in have such offsets: New York's was
    -04:56:02 until 1883, so 1880-01-01T00:00:00-04:56:02 is written 1880-01-01T00:00:02-04:56.
    """
    offset = moment.utcoffset()
    if offset is None or not (offset.seconds % 60 or offset.microseconds):
        return moment
    minutes = round(offset.total_seconds() / 60)
    try:
        return moment.astimezone(offset_zone(timedelta(minutes=minutes)))
    except OverflowError:  # a moment at the very edge of year 1 or 9999: keep it as it was
        return moment


def _zone(timezone: str | None, published: datetime) -> tzinfo | None:
    if timezone:
        if not is_portable_zone(timezone):
            raise UnknownTimezoneError(
                f"Timezone {timezone!r} depends on the machine's own settings; "
                "use an IANA name such as 'Europe/Minsk' or 'UTC'."
            )
        try:
            return ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise UnknownTimezoneError(f"Unknown timezone {timezone!r}.") from exc
    return published.tzinfo
