"""English rules for clock times: "3 p.m.", "15:30", "a quarter past three", "ten-thirty"."""

from __future__ import annotations

from typing import Literal

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.en import checks
from timeline.lang.en.patterns import (
    AMPM,
    AMPM_WORD,
    CLOCK_WORD,
    HOUR_WORD,
    MINUTE_WORD,
    NUMBER_WORD,
    OPT,
    TIMEZONE,
    _,
)
from timeline.lang.en.rules.common import integer
from timeline.lang.en.words import (
    HOUR_WORDS,
    MINUTE_WORDS,
    TIMEZONES,
    lower_words,
    number_value,
)
from timeline.meaning import (
    Clock,
    Interval,
    Meaning,
    SaidClock,
)


def _clock_base(groups: Groups) -> Clock | None:
    """The hour "a quarter past <hour>" counts from."""
    if groups.get("bnamed"):
        return Clock(0 if lower_words(groups.get("bnamed")) == "midnight" else 12)
    written = lower_words(groups.get("bh"))
    hour = int(written) if written.isdigit() else HOUR_WORDS.get(written, 0)
    meridiem = _meridiem(groups.get("bampm"))
    return Clock(hour, meridiem=meridiem if hour <= 12 else None, twelve_hour=meridiem is None
                 and 1 <= hour < 12)  # fmt: skip


def _clock_offset(groups: Groups) -> Meaning | None:
    """ "a quarter past noon", "20 minutes to 2pm"."""
    words = lower_words(groups.get("minutes")).replace("a ", "").strip()
    minutes = {"quarter": 15, "half": 30}.get(words) or int(number_value(words) or 0)
    base = _clock_base(groups)
    if base is None or not 0 < minutes < 60:
        return None
    sign = -1 if lower_words(groups.get("rel")) in ("to", "before", "till") else 1
    total = (base.hour24 * 60 + sign * minutes) % (24 * 60)
    hour, minute = divmod(total, 60)
    return Clock(hour, minute, exact=True, twelve_hour=base.twelve_hour)


CLOCK_OFFSET = Rule(
    name="clock_offset",
    pattern=r"\b(?P<minutes>\d{1,2}|" + NUMBER_WORD + r"|a" + _
    + r"quarter|quarter|half)(?P<unit>" + _ + r"min(?:ute)?s?)?" + _ + r"(?P<rel>past|after|to|"
    r"before|till|from)" + _ + r"(?:(?P<bh>1\d|2[0-3]|0?[1-9]|" + HOUR_WORD + r")(?:" + OPT
    + r"(?P<bampm>" + AMPM + r")|h\b|" + OPT + r"o['’]?clock)?|(?P<bnamed>noon|midnight))",
    produce=_clock_offset,
    accept=checks.clock_offset_ok,
    examples=(
        ex("a quarter past 3 pm", "2022-03-14T15:15"),
        ex("20 minutes to 2pm", "2022-03-14T13:40"),
        ex("half past noon", "2022-03-14T12:30"),
        ex("half past seven o'clock", "2022-03-14T07:30"),
        ex("20 min past eight", "2022-03-14T08:20"),
    ),
)  # fmt: skip


def _meridiem(word: str | None) -> Literal["am", "pm"] | None:
    if not word:
        return None
    return "pm" if word.lower().startswith("p") else "am"


# An offset from UTC or GMT written after it: "GMT+8", "UTC -05:00", "(GMT +5:30)".
_OFFSET = r"(?P<off>[+\-−](?:1[0-4]|0?\d)(?::?[0-5]\d)?)(?![\d:])"


def _zone(groups: Groups) -> int | None:
    """The zone said after a clock time, in minutes east of UTC, with the offset written
    after it; None when none is said."""
    name = groups.get("tz") or groups.get("tzp")
    if not name:
        return None
    zone = TIMEZONES.get(lower_words(name))
    offset = (groups.get("off") or groups.get("offp") or "").replace("−", "-").replace(":", "")
    if zone is None or not offset:
        return zone
    digits = offset[1:]
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    sign = -1 if offset[0] == "-" else 1
    return zone + sign * (int(hours) * 60 + int(minutes))


def _clock(groups: Groups) -> Meaning | None:
    zone = _zone(groups)
    if groups.get("named"):
        hour = 0 if lower_words(groups.get("named")) == "midnight" else 12
        return Clock(hour, zone=zone)
    if groups.get("h24") is not None:
        written = groups.get("h24") or ""
        hour = int(written)
        second = groups.get("s24")
        return Clock(hour, integer(groups, "m24"), None if second is None else int(second),
                     exact=True, zone=zone,
                     twelve_hour=not written.startswith("0") and 1 <= hour < 12)  # fmt: skip
    if groups.get("ho") is not None:
        word = lower_words(groups.get("ho"))
        hour = int(word) if word.isdigit() else int(number_value(word) or 0)
        return Clock(hour, zone=zone, twelve_hour=1 <= hour < 12)
    if groups.get("hf") is not None:
        return Clock(integer(groups, "hf"), integer(groups, "mf"), exact=True, zone=zone)
    if groups.get("hdot") is not None or groups.get("hda") is not None:  # "16.29h", "at 7.30"
        written = groups.get("hdot") or groups.get("hda") or ""
        hour = int(written)
        minute = integer(groups, "mdot") or integer(groups, "mda")
        return Clock(hour, minute, exact=True, zone=zone,
                     twelve_hour=not written.startswith("0") and 1 <= hour < 12)  # fmt: skip
    if groups.get("mil") is not None or groups.get("mz") is not None:
        hour, minute = divmod(integer(groups, "mil") or integer(groups, "mz"), 100)
        first = Clock(hour, minute, exact=True, zone=zone)
        if groups.get("mil2") is None:
            return first
        hour, minute = divmod(integer(groups, "mil2"), 100)  # "at 2215-2350"
        return Interval(first, Clock(hour, minute, exact=True, zone=zone))
    if groups.get("hat") is not None or groups.get("hb") is not None or groups.get("hp"):
        written = groups.get("hat") or groups.get("hb") or groups.get("hp") or ""
        hour = int(written)
        return Clock(hour, zone=zone, twelve_hour=not written.startswith("0") and 1 <= hour < 12)
    said_minute = groups.get("m")
    meridiem = _meridiem(groups.get("ampm"))
    return Clock(integer(groups, "h"), int(said_minute or 0), meridiem=meridiem,
                 exact=said_minute is not None, zone=zone)  # fmt: skip


CLOCK = Rule(
    name="clock",
    pattern=r"\b(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?" + OPT + r"(?P<ampm>" + AMPM
    + r")|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\.\d|:\d\d\d)(?::(?P<s24>[0-5]\d))?"
    r"(?:" + OPT + r"h\b)?|"
    r"(?P<ho>1[0-2]|0?[1-9]|" + CLOCK_WORD + r")" + OPT + r"o['’]?clock|(?P<named>noon|midnight|"
    r"midday)|(?P<hb>1[0-2]|0?[1-9])(?=" + _ + r"(?:tomorrow|today|tonight|this" + _
    + r"(?:morning|afternoon|evening)))|(?:(?<=\bat )|(?<=\bby )|(?<=\baround ))"
    r"(?P<hp>1[0-2]|0?[1-9])(?=" + _ + r"in" + _ + r"the" + _
    + r"(?:morning|afternoon|evening|night)\b)|(?P<hf>[01]?\d|2[0-3])h(?P<mf>[0-5]\d)?|"
    r"(?P<mz>(?:[01]\d|2[0-3])[0-5]\d)(?=" + OPT + r"(?:utc|gmt|z)\b)|(?P<hdot>[01]?\d|2[0-3])"
    r"\.(?P<mdot>[0-5]\d)h\b|(?:at|@|around|approximately)" + _ + r"(?:(?P<mil>(?:[01]\d|2[0-3])"
    r"[0-5]\d|[1-9][0-5]\d)(?:" + OPT + r"[-–]" + OPT + r"(?P<mil2>(?:[01]\d|2[0-3])[0-5]\d))?|"
    r"(?P<hat>1[0-2]|0?[1-9])|(?P<hda>[01]?\d|2[0-3])\.(?P<mda>[0-5]\d))(?![\d.,:/%-])(?!"
    + OPT + r"(?:%|percent|per|[ap]\b|[ap]\.?m|of|years?|days?|weeks?|months?|"
    r"hours?|minutes?|people|times|o['’]clock)))(?:" + OPT + r"(?:ish)?(?:\((?P<tzp>"
    + TIMEZONE + r")(?:" + OPT + _OFFSET.replace("off", "offp") + r")?\)|(?P<tz>" + TIMEZONE
    + r")\b(?:" + OPT + _OFFSET + r")?))?",
    produce=_clock,
    accept=checks.clock_ok,
    examples=(
        ex("3 p.m.", "2022-03-14T15:00"),
        ex("3:30", "2022-03-14T03:30"),
        ex("15:45:10", "2022-03-14T15:45:10"),
        ex("noon", "2022-03-14T12:00"),
        ex("seven o'clock", "2022-03-14T07:00"),
        ex("10 oclock", "2022-03-14T10:00"),
        ex("8.30pm", "2022-03-14T20:30"),
        ex("15h30", "2022-03-14T15:30"),
        ex("17.45h", "2022-03-14T17:45"),
        ex("17:45h", "2022-03-14T17:45"),
        ex("9 April 17:45 h", "2022-04-09T17:45"),
        ex("around 18.20", "2022-03-14T18:20"),
        ex("at 9.15", "2022-03-14T21:15", prefer="future", reference="2022-03-14T12:00:00"),
        ex("at 1030", "2022-03-14T10:30"),
        ex("8 in the evening", "2022-03-14T20:00", text="The polls closed at 8 in the evening."),
        ex("Apr 2 at 0640-0815", "2022-04-02T06:40", end="2022-04-02T08:15:00"),
        ex("1400 GMT", "2022-03-14T14:00Z"),
        ex("0800 UTC", "2022-03-14T08:00Z", text="Trading opened at 0800 UTC."),
        ex("10 a.m. CET", "2022-03-14T10:00+01:00"),
        ex("6:15 p.m. (GMT +8)", "2022-03-14T18:15+08:00", text="The plane landed at 6:15 p.m. "
           "(GMT +8) on time."),
        ex("9 a.m. UTC-5", "2022-03-14T09:00-05:00"),
        ex("11 a.m. (EST)", "2022-03-14T11:00-05:00"),
        ex("3:30", "2022-03-14T15:30", prefer="future", reference="2022-03-14T09:00:00"),
    ),
)  # fmt: skip


def _dotted_clock(groups: Groups) -> Meaning | None:
    hour, minute = integer(groups, "h"), integer(groups, "m")
    if minute <= 12:
        return None  # "16.12": the 16th of December, as `numeric_month_day` reads it
    return SaidClock(Clock(hour, minute, exact=True, twelve_hour=1 <= hour < 12))


DOTTED_CLOCK = Rule(
    name="dotted_clock",
    pattern=r"(?<![\d/.])\b(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\b(?![\d.,:/]|" + OPT
    + r"(?:%|percent|points?))",
    produce=_dotted_clock,
    accept=checks.typed_only,
    examples=(
        ex("9 April 16.45", "2022-04-09T16:45"),
        ex("Friday 7.50", "2022-03-18T07:50", prefer="future"),
        ex("16.45", None),  # alone, a number as well
        ex("16.12", None),  # a minute of 12 or less: a day and month, `numeric_month_day`
    ),
)  # fmt: skip


def _clock_words(groups: Groups) -> Meaning | None:
    hour = HOUR_WORDS[lower_words(groups.get("h"))]
    said = lower_words(groups.get("m"))
    minute_words = " ".join(said.replace("-", " ").split())
    minute = MINUTE_WORDS.get(minute_words, 0) if minute_words else 0
    meridiem = _meridiem(groups.get("ampm"))
    clock = Clock(hour, minute, meridiem=meridiem, exact=bool(minute_words),
                  twelve_hour=meridiem is None and hour < 12)  # fmt: skip
    # "ten-thirty", "twelve oh three", "six fifteen a.m.", "at nine thirty" say a time; "three
    # twenty" alone may be two numbers, a time only beside another time.
    spoken = meridiem or groups.get("hyphen") or groups.get("lead") is not None
    if spoken or minute_words.split()[:1] in (["o"], ["oh"], ["ou"], ["zero"]):
        return clock
    return SaidClock(clock) if minute_words else None


CLOCK_WORDS = Rule(
    name="clock_words",
    pattern=r"\b(?P<lead>(?<=\bat )|(?<=\bby )|(?<=\baround ))?(?P<h>" + HOUR_WORD + r")(?:(?:"
    r"(?P<hyphen>-)|" + _ + r")(?P<m>" + MINUTE_WORD + r"))?(?:" + OPT + r"(?P<ampm>"
    + AMPM_WORD + r"))?(?=\W|$)",
    produce=_clock_words,
    examples=(
        ex("ten-thirty", "2022-03-14T10:30"),
        ex("twelve oh three", "2022-03-14T12:03"),
        ex("six fifteen a.m.", "2022-03-14T06:15"),
        ex("four twenty-three a m", "2022-03-14T04:23"),
        ex("nine thirty tonight", "2022-03-14T21:30", text="The show starts at nine thirty "
           "tonight."),
        ex("one", None, text="One of them left."),
        ex("three twenty", None),
        ex("march eighteenth nine thirty", "2022-03-18T09:30"),
        ex("from three thirty to four thirty", "2022-03-14T03:30", end="2022-03-14T04:30:00"),
    ),
)  # fmt: skip
