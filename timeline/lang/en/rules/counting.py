"""English rules for lengths, offsets, sets and vague times: "two weeks ago", "in three days",
"the past 4 days", "for years", "every Monday", "recently"."""

from __future__ import annotations

from timeline.engine.records import Groups, Rule, ex
from timeline.lang.en import checks
from timeline.lang.en.patterns import (
    CLOCK_WORD,
    DAY_PART,
    HY,
    NUMBER,
    OPT,
    SEP,
    UNIT,
    UNIT_END,
    WEEKDAY,
    _,
)
from timeline.lang.en.rules.common import unit_of
from timeline.lang.en.words import (
    FUTURE_WORDS,
    PAST_WORDS,
    SET_PERIODS,
    UNIT_MULTIPLIER,
    VAGUE_NUMBERS,
    WEEKDAYS,
    lower_words,
    number_value,
    singular,
)
from timeline.lang.shared.produce import vague_reading
from timeline.meaning import (
    Ahead,
    Duration,
    Every,
    Meaning,
    Offset,
    Rel,
    Stretch,
    Vague,
    Weekday,
)


def _amount(word: str | None, unit_word: str | None) -> float | None:
    """The number a quantity names, in the unit's terms ("a fortnight" is two weeks)."""
    words = lower_words(word)
    amount = None if words in VAGUE_NUMBERS else number_value(words)
    multiplier = UNIT_MULTIPLIER.get(singular(lower_words(unit_word)), 1)
    return None if amount is None else amount * multiplier


_AGO = frozenset({"ago", "earlier", "before"})


_NARRATIVE = frozenset({"earlier", "later", "before", "after"})


def _offset(groups: Groups) -> Meaning | None:
    direction = lower_words(groups.get("dir"))
    sign = -1 if direction in _AGO else 1
    unit = unit_of(groups.get("unit"))
    amount = _amount(groups.get("num"), groups.get("unit"))
    return Offset(amount, unit, sign, narrative=direction in _NARRATIVE)


OFFSET = Rule(
    name="offset",
    pattern=r"\b(?P<num>" + NUMBER + r")" + HY + r"(?P<unit>" + UNIT + r")" + SEP
    # "two weeks after." counts from the last date named; "two weeks after they began" from an
    # event, so there only "two weeks" is an expression (a duration).
    + r"(?P<dir>ago|earlier|later|hence|from" + _ + r"(?:now|today)|(?:after|before)"
    r"(?=[ \t]{0,3}[,.;:!?)]|[ \t]{0,3}$|" + SEP + r"(?:that|and)\b))",
    produce=_offset,
    examples=(
        ex("two weeks ago", "2022-02-28"),
        ex("a year ago", "2021"),
        ex("three days later", "2022-03-17"),
        ex("two weeks from now", "2022-03-28"),
        ex("several years ago", "PAST_REF"),
        ex("a fortnight ago", "2022-02-28"),
        ex("three days later", "2022-03-06", text="The strike began on March 3, 2022, and three "
           "days later the mines closed."),
    ),
)  # fmt: skip


def _weekdays_away(groups: Groups) -> Meaning | None:
    count = number_value(lower_words(groups.get("num")))
    if count is None or not 1 <= count <= 10 or count % 1:
        return None
    sign = -1 if lower_words(groups.get("dir")) in ("ago", "back") else 1
    return Weekday(
        WEEKDAYS[singular(lower_words(groups.get("wd"))).removesuffix("s")], Rel(sign * int(count))
    )


WEEKDAYS_AWAY = Rule(
    name="weekdays_away",
    pattern=r"\b(?P<num>" + NUMBER + r")" + _ + r"(?P<wd>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)s" + _ + r"(?P<dir>ago|back|hence|from" + _ + r"(?:now|today))\b",
    produce=_weekdays_away,
    examples=(
        ex("three Mondays from now", "2022-04-04"),
        ex("two Fridays ago", "2022-03-04"),
        ex("2 thursdays back", "2022-03-03"),
    ),
)


AGO = Rule(
    name="ago",
    pattern=r"\b(?P<word>years|decades|months|weeks|days|centuries)" + SEP + r"ago\b",
    produce=lambda g: Vague("PAST_REF"),
    examples=(ex("years ago", "PAST_REF"),),
)


FUTURE_OFFSET = Rule(
    name="future_offset",
    pattern=r"(?:(?<=\bin )|(?<=\bwithin ))(?P<num>" + NUMBER + r")" + OPT + r"(?:more" + _
    + r")?(?P<unit>" + UNIT + r"|h)(?:['’]" + _ + r"time)?\b" + UNIT_END,
    produce=lambda g: Ahead(_amount(g.get("num"), g.get("unit")), unit_of(g.get("unit"))),
    examples=(
        ex("in 3 days", "2022-03-17"),
        ex("in two weeks", "2022-03-28"),
        ex("in 2 more minutes", "2022-03-14T00:02"),
        ex("100 days", "P100D", text="They built it in 100 days."),
        ex("a month", "2022-04", text="The plant will reopen in a month."),
    ),
)  # fmt: skip


_STRETCH_SIGNS = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1,
                  "following": 1}  # fmt: skip


def _duration(groups: Groups) -> Meaning | None:
    amount = _amount(groups.get("num"), groups.get("unit"))
    unit = unit_of(groups.get("unit"))
    sign = _STRETCH_SIGNS.get(lower_words(groups.get("rel")))
    if (
        sign is not None
        and amount is not None
        and not (groups.get("hyphen") or " ").startswith("-")
    ):
        return Stretch(amount, unit, sign)  # "the past 4 days", "next 3 weeks"
    return Duration(amount, unit)


DURATION = Rule(
    name="duration",
    pattern=r"\b(?:(?:the" + _ + r")?(?P<rel>past|last|next|coming|previous|first|final|"
    r"following|better" + _ + r"part" + _ + r"of" + _ + r"the)" + _ + r")?(?P<num>" + NUMBER
    + r")(?P<hyphen>" + HY + r"|(?<=\d))(?:(?:more|trading|business|working|calendar|consecutive|"
    r"straight|full|whole)" + _ + r")?(?P<unit>" + UNIT + r")\b(?P<old>-old)?" + UNIT_END,
    produce=_duration,
    accept=checks.duration_ok,
    examples=(
        ex("three days", "P3D"),
        ex("3.5years", "P3.5Y", text="He signed for 3.5years."),
        ex("48hours", "PT48H"),
        ex("the last dozen years", "P12Y", text="Prices rose over the last dozen years."),
        ex("last 2 days", "2022-03-12", start="2022-03-12T00:00:00", end="2022-03-14T00:00:00"),
        ex("next 3 weeks", "2022-W12", start="2022-03-21T00:00:00", end="2022-04-11T00:00:00"),
        ex("the past 4 days", "P4D", text="It rained for the past 4 days."),
        ex("the past five trading days", "P5D", text="Shares fell in the past five trading days."),
        ex("two consecutive quarters", "P2Q", text="It shrank for two consecutive quarters."),
        ex("a few years", "PXY"),
        ex("three-day", "P3D", text="They held a three-day summit."),
        ex("two quarters", "P2Q"),
        ex("a decade", "P10Y"),
        ex("1 1/2 years", "P1.5Y"),
        ex("10-year", None, text="A 10-year-old boy was found."),
        ex("quarter", None, text="Markets priced in a quarter-point rise."),
    ),
)  # fmt: skip


WHOLE_UNIT = Rule(
    name="whole_unit",
    pattern=r"(?<!\bat )\ball" + _ + r"(?:the" + _ + r")?(?P<unit>day|week|month|year)(?:" + _
    + r"long)?\b" + UNIT_END + r"(?!" + _ + r"(?:on|over|to)" + _ + r"(?:day|week|month|year)\b)",
    produce=lambda g: Duration(1, unit_of(g.get("unit"))),
    examples=(
        ex("all week", "P1W", text="The office was shut all week."),
        ex("all day long", "P1D", text="It rained all day long."),
        ex("all the year", "P1Y"),
        ex("all year", None, text="Sales did not grow at all year on year."),
    ),
)  # fmt: skip


VAGUE_DURATION = Rule(
    name="vague_duration",
    pattern=r"\b(?P<unit>years|decades|months|weeks|days|hours|minutes)\b",
    produce=lambda g: Duration(None, unit_of(g.get("unit"))),
    accept=checks.vague_duration_ok,
    examples=(
        ex("years", "PXY", text="They waited for years."),
        ex("decades", "PXDE", text="The feud lasted for decades."),
        ex("minutes", "PTXM", text="The tickets sold out in just minutes."),
        ex("hours", "PTXH", text="The fire was put out within only hours."),
    ),
)  # fmt: skip


_vague = vague_reading(FUTURE_WORDS, PAST_WORDS)


VAGUE = Rule(
    name="vague",
    pattern=r"\b(?P<phrase>recently|lately|"
    r"nowadays|currently|soon|shortly|recent" + _ + r"(?:days|weeks|months|years|times)|"
    r"the" + _ + r"(?:near|distant|coming)" + _ + r"(?:future|days|weeks|months|years)|"
    r"the" + _ + r"(?:past|future)|"
    r"(?<!most )recent(?!" + _ + r"(?:days|weeks|months|years|times))|the" + _ + r"time" + _
    + r"being|the" + _ + r"(?:long|short|medium|near)" + _ + r"term|"
    r"at" + _ + r"the" + _ + r"(?:time|moment|minute)|at" + _ + r"this" + _ + r"time|at" + _
    + r"present|for" + _ + r"now|"
    r"these" + _ + r"days|(?:right" + _ + r")?now|the" + _ + r"present|"
    r"some" + _ + r"day|one" + _ + r"day" + _ + r"soon)\b",
    produce=_vague,
    accept=checks.vague_ok,
    examples=(
        ex("recently", "PAST_REF"),
        ex("recent days", "PAST_REF"),
        ex("recent", "PAST_REF", text="It was the worst crash in recent history."),
        ex("the time being", "PRESENT_REF", text="Talks are off for the time being."),
        ex("recent", None, text="It is their most recent model."),
        ex("the near future", "FUTURE_REF"),
        ex("the long term", "FUTURE_REF", text="Prices should fall in the long term."),
        ex("now", "PRESENT_REF"),
        ex("now", None, text="He sold the now-defunct paper in 1990."),
        ex("soon", None, text="They left as soon as they could."),
    ),
)  # fmt: skip


def _set(groups: Groups) -> Meaning | None:
    word = (
        singular(
            lower_words(groups.get("what"))
            or lower_words(groups.get("per"))
            or lower_words(groups.get("adverb"))
            or lower_words(groups.get("plural"))
        )
        .removesuffix("s")
        .replace("-", "")
    )
    if word in WEEKDAYS:
        return Every(f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    value = SET_PERIODS.get(word) or SET_PERIODS.get(word + "s")
    count = lower_words(groups.get("count"))
    if value and count and value.startswith(("P1", "PT1")):  # "every six hours": PT6H
        step = 2 if count == "other" else int(number_value(count) or 1)
        value = value.replace("1", str(step), 1)
    return None if value is None else Every(value)


SET = Rule(
    name="set",
    pattern=r"\b(?:(?P<quant>every|each|per)" + _ + r"(?:(?P<count>other|" + CLOCK_WORD + r"|"
    r"\d{1,2})" + _ + r")?(?P<what>" + WEEKDAY + r"|" + DAY_PART + r"|day|week|weekend|month|"
    r"year|quarter|decade|summer|winter|spring|autumn|fall|hour|minute)s?|(?P<times>once|"
    r"twice|three" + _ + r"times|\d" + _ + r"times)" + _ + r"(?:a|an|per|every)" + _
    + r"(?P<per>day|week|month|year|decade|hour)|(?P<adverb>semi-?(?:annual(?:ly)?|monthly|weekly)|"
    r"daily|weekly|monthly|annually|"
    r"yearly|hourly|nightly|quarterly|biweekly|fortnightly|annual)|(?P<plural>mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|saturdays|sundays|weekends))\b",
    produce=_set,
    examples=(
        ex("every Monday", "XXXX-WXX-1"),
        ex("every other week", "P2W"),
        ex("every six hours", "PT6H"),
        ex("twice a year", "P1Y"),
        ex("daily", "P1D"),
        ex("semi-annually", "P0.5Y", text="The board meets semi-annually in Geneva."),
        ex("semiannual", "P0.5Y", text="It pays a semiannual dividend."),
        ex("weekends", "XXXX-WXX-WE", text="The shop opens weekends."),
    ),
)  # fmt: skip


# "two flights a week", "3 meals a day", "10,000 visitors a year": a rate, as "twice a week"
# is; the count and what is counted stay out of the phrase, as TimeML spans have it.
RATE = Rule(
    name="rate",
    pattern=r"\b(?:a|an)" + _ + r"(?P<per>day|week|month|year)\b",
    produce=_set,
    accept=checks.rate_ok,
    examples=(
        ex("a week", "P1W", text="The airline will run two flights a week until September."),
        ex("a day", "P1D", text="Patients took 3 tablets a day for a month."),
    ),
)  # fmt: skip


NUMBER_NEXT = Rule(
    name="number_next",
    pattern=r"\b(?P<num>"
    + NUMBER
    + r")"
    + _
    + r"(?P<rel>next|following|coming|last|past|previous)"
    + _
    + r"(?P<unit>"
    + UNIT
    + r")\b",
    produce=lambda g: (
        Stretch(a, unit_of(g.get("unit")), _STRETCH_SIGNS[lower_words(g.get("rel"))])
        if (a := _amount(g.get("num"), g.get("unit"))) is not None
        else None
    ),
    examples=(ex("2 next days", "2022-03-15", start="2022-03-15T00:00:00"),),
)


UPCOMING = Rule(
    name="upcoming",
    pattern=r"\b(?:upcoming" + _ + r"(?P<num>" + NUMBER + r")|(?P<num2>" + NUMBER + r")"
    + _ + r"upcoming)" + _ + r"(?P<unit>" + UNIT + r")\b",
    produce=lambda g: Offset(
        _amount(g.get("num") or g.get("num2"), g.get("unit")), unit_of(g.get("unit")), 1
    ),
    examples=(ex("upcoming 2 days", "2022-03-16"), ex("upcoming two months", "2022-05")),
)  # fmt: skip
