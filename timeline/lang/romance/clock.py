"""The clock-time rule of a Romance grammar: "14:30", "14h30", "a las tres y media", "alle 9",
"huit heures et quart", "las 5 de la tarde", "às 9h", "mediodía"."""

from __future__ import annotations

from typing import Literal

from timeline.engine.records import Example, Groups, Rule
from timeline.lang.romance import checks
from timeline.lang.romance.lexicon import Lexicon, lookup, lower_words, number_value
from timeline.lang.romance.patterns import AMPM, OPT, Pieces, _, behind
from timeline.meaning import Clock, Meaning

Examples = tuple[Example, ...]


def _meridiem(groups: Groups, lexicon: Lexicon) -> Literal["am", "pm"] | None:
    written = groups.get("ampm") or groups.get("ampm2")
    if written:
        return "pm" if written.lower().startswith("p") else "am"
    part = lookup(lexicon.meridiem_parts, groups.get("mer")) if groups.get("mer") else None
    return "pm" if part == "pm" else "am" if part == "am" else None


def _hour(groups: Groups, lexicon: Lexicon) -> int | None:
    written = lower_words(
        next((groups[n] for n in ("h", "hu", "ha", "hl", "hm", "hw") if groups.get(n)), "")
    )
    if written.isdigit():
        return int(written)
    found = lookup(lexicon.hour_words, written)
    if isinstance(found, int):
        return found
    value = number_value(written, lexicon)
    return None if value is None or value % 1 or not 0 <= value <= 24 else int(value)


def _minutes(groups: Groups, lexicon: Lexicon) -> int | None:
    """The minutes said after the hour: "y media" 30, "menos cuarto" -15, ":45" 45."""
    for name in ("m", "mu"):
        if groups.get(name):
            return int(groups[name] or 0)
    if groups.get("muw"):
        value = number_value(groups.get("muw"), lexicon)
        return None if value is None else int(value)
    sign = -1 if groups.get("minus") else 1
    if groups.get("q"):
        return 15 * sign
    if groups.get("hf"):
        return 30
    said = groups.get("n")
    if said:
        value = number_value(said, lexicon)
        return None if value is None or not 0 < value < 60 else int(value) * sign
    return None


def clock(lexicon: Lexicon, p: Pieces, examples: Examples) -> Rule:
    """A clock time, with the words that may follow its hour."""
    # Where "3 horas" is a length, the hour unit makes a clock time only before a part of the
    # day ("8 horas da manhã") or as "h" ("14h").
    hour_unit = (
        lexicon.hour_unit
        if lexicon.hours_tell_time
        else (r"h|(?:" + lexicon.hour_unit + r")(?=" + _ + r"(?:" + p.meridiem_part + r")\b)")
    )
    quarter = r"(?:" + lexicon.quarter_words + r")"
    half = r"(?:" + lexicon.half_words + r")"
    minute = r"(?:\d{1,2}|" + p.minute_word + r")"
    tail = (
        r"(?:" + _ + r"(?:(?P<plus>" + lexicon.past_word + r")|(?P<minus>" + lexicon.to_word
        + r"))" + _ + r"(?:(?P<q>" + quarter + r")|(?P<hf>" + half + r")|(?P<n>" + minute + r")"
        r"(?:" + _ + r"(?:" + lexicon.minute_unit + r"))?)\b(?!" + OPT + r"(?:" + lexicon.hour_unit
        + r"|" + AMPM + r")\b))?(?:" + _ + r"(?:" + lexicon.oclock
        + r")\b)?(?:" + _ + r"(?P<mer>" + p.meridiem_part + r")\b|" + OPT + r"(?P<ampm2>" + AMPM
        + r"))?"
    )  # fmt: skip

    def produce(groups: Groups) -> Meaning | None:
        if groups.get("named"):
            found = lookup(lexicon.named_clocks, groups.get("named"))
            hour = found if isinstance(found, int) else None
        else:
            hour = _hour(groups, lexicon)
        if hour is None or not 0 <= hour <= 24:
            return None
        minutes = _minutes(groups, lexicon)
        meridiem = _meridiem(groups, lexicon)
        if meridiem is not None and hour > 12:
            meridiem = None
        total = (hour * 60 + (minutes or 0)) % (24 * 60)
        hour, minute = divmod(total, 60)
        if minutes is not None and minutes < 0 and meridiem == "pm" and hour == 11:
            meridiem = "am"  # "las 12 menos cuarto de la noche"
        second = groups.get("s")
        written = (
            next((groups[n] for n in ("h", "hu", "ha", "hl", "hm", "hw") if groups.get(n)), "")
            or ""
        )
        twelve = meridiem is None and 1 <= hour < 12 and not written.startswith("0")
        return Clock(
            hour,
            minute,
            None if second is None else int(second),
            meridiem,
            exact=minutes is not None,
            twelve_hour=twelve and not groups.get("named"),
        )

    leads = behind(lexicon.clock_leads)
    return Rule(
        name="clock",
        pattern=r"(?:(?<![$€£.,])\b(?P<h>[01]?\d|2[0-3])(?::|h|\.(?=[0-5]\d\b(?![.,]\d)))(?P<m>[0-5]\d)(?::(?P<s>"
        r"[0-5]\d))?(?:" + OPT + r"(?P<ampm>" + AMPM + r"))?|\b(?P<hu>[01]?\d|2[0-3]|"
        + p.hour_word + r")" + OPT + r"(?:" + hour_unit + r")\b(?:" + OPT + r"(?P<mu>[0-5]\d)\b"
        r"(?:" + OPT + r"(?:" + lexicon.minute_unit + r")\b)?|" + _ + r"(?P<muw>" + p.minute_word
        + r")\b(?!" + _ + r"(?:" + lexicon.hour_unit + r")\b))?|\b(?P<ha>1[0-2]|0?[1-9])" + OPT
        + r"(?P<ampm3>" + AMPM + r")|\b(?P<named>" + alternation_of(lexicon.named_clocks)
        + r")\b|" + leads + r"(?P<hl>[01]?\d|2[0-3]|" + p.hour_word + r")\b(?![.,:/]\d)(?:"
        + OPT + r"(?:" + lexicon.hour_unit + r")\b)?|\b(?P<hm>1[0-2]|0?[1-9]|" + p.hour_word
        + r")(?=" + _ + r"(?:" + p.meridiem_part + r")\b)|\b(?P<hw>" + p.hour_word + r")(?=" + _
        + r"(?:"
        + lexicon.past_word + r"|" + lexicon.to_word + r")" + _ + r"(?:" + quarter + r"|" + half
        + r"|" + minute + r")\b))" + tail,
        produce=lambda g: produce({**g, "ampm": g.get("ampm") or g.get("ampm3")}),
        accept=checks.clock_check(lexicon),
        examples=examples,
    )  # fmt: skip


def alternation_of(words: object) -> str:
    from timeline.lang.romance.lexicon import alternation

    return alternation(words)  # type: ignore[arg-type]
