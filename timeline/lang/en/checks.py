"""Checks that keep common English words and numbers out: "May" the modal, "march" the verb,
"Section 2020", "3 percent", "a 10-year-old". Each gets the text, the rule's match and
whether case is strict (running text) or not (a phrase typed alone)."""

from __future__ import annotations

import re

from timeline.engine.wordlists import EndsWith
from timeline.lang.en.patterns import ORDINAL_WORD, WEEKDAY
from timeline.lang.en.words import AMBIGUOUS_NAMES, EVENT_NOUNS

# A year after one of these words is a label, not a date ("Section 2020", "Flight 1549").
_LABEL_WORDS = EndsWith(
    ("section", "sec", "article", "art", "rule", "route", "flight", "room", "page", "p", "pp",
     "chapter", "resolution", "no", "number", "model", "version", "level", "grade", "highway",
     "interstate", "bill", "item", "line", "code", "unit", "lot", "suite", "box", "exit",
     "channel", "platform", "gate", "bus", "apt", "apartment", "ticket", "case"),
    dot=True,
)  # fmt: skip
_COUNTED_NOUN = re.compile(
    r"[ \t]{0,2}(?:%|percent|per[ \t]cent|km|kg|mph|miles?|feet|foot|meters?|metres?|people|"
    r"troops|soldiers|members|votes|points|units|tons|tonnes|barrels|dollars|euros|pounds|"
    r"acres|hectares|cars|homes|jobs|words|pages|copies|residents|students|workers|cases|"
    r"deaths|patients|employees|times)",
    re.IGNORECASE,
)
_OTHER_NUMBER = re.compile(r"[ \t]{0,2}(?:-|–|to|or)[ \t]{0,2}\d[\d,.]*")
_DATE_PREPOSITION = EndsWith(
    ("in", "since", "from", "until", "till", "by", "of", "during", "before", "after", "between",
     "and", "to", "through", "circa", "around", "year", "early", "late", "mid", "or", "c.",
     "the"),
)  # fmt: skip
# What makes a bare plural a length ("for years", "within days"), a focus word allowed
# between ("in just minutes", "within only hours").
_LENGTH_VERBS = ("for", "over", "within", "in", "after", "took", "take", "takes", "taking",
                 "lasted", "lasting", "spent", "spend", "spending")  # fmt: skip
_DURATION_LEAD = EndsWith(
    (*_LENGTH_VERBS,
     *(f"{word} {focus}" for word in _LENGTH_VERBS for focus in ("just", "only", "mere", "barely")))
)  # fmt: skip
_MONTH_ABBREVIATION_LEAD = EndsWith(
    ("of", "in", "since", "until", "till", "from", "through", "to", "-", "–")
)
# Before a month name in lower case: the prepositions that make it one ("since april").
_LOWER_MONTH_LEAD = EndsWith(
    ("in", "since", "until", "till", "during", "from", "through", "before", "after", "by")
)
_SEASON_LEAD = EndsWith(("in", "during", "by", "until", "since"))
_PLACE_LEAD = EndsWith(("from", "into", "at", "near", "beside"))
# Weekday names as a word before a date may end ("Friday, 19.06"; "Tuesday, the 5th").
_WEEKDAY_NAMES = tuple(
    f"{stem}day" for stem in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
)
_WEEKDAYS_COMMA = (*_WEEKDAY_NAMES, *(f"{name}," for name in _WEEKDAY_NAMES))
# A number and a hyphen just before a match ("2010-" of "2010-2015"), or a hyphen and a number
# just after it; group 1 is set when another number is joined beyond ("138-2010-" before "2015").
_CHAIN_BEFORE = re.compile(r"(?:(\d[-–]))?\d{1,5}[-–]\Z")
_CHAIN_AFTER = re.compile(r"[-–]\d{1,5}(?:([-–]\d))?")
_HYPHENATED = re.compile(r"-[a-z]", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]{1,3}([A-Za-z]+)")
_MODIFIED = re.compile(r"[ \t]{1,3}(?:before|after)\b", re.IGNORECASE)


def _before(text: str, match: re.Match[str], width: int = 24) -> str:
    return text[max(0, match.start() - width) : match.start()]


def _next_word(text: str, match: re.Match[str]) -> str:
    following = _NEXT_WORD.match(text, match.end())
    return "" if following is None else following.group(1)


def _names_an_event(text: str, match: re.Match[str]) -> bool:
    """ "a March operation", "the Spring Offensive": the month or season dates the event the
    next word names."""
    return _next_word(text, match).lower() in EVENT_NOUNS


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def name_ok(word: str | None, strict_case: bool) -> bool:
    """Month and weekday names that are also English words need a capital in running text."""
    if word is None:
        return True
    bare = word.rstrip(".").lower()
    return not strict_case or bare not in AMBIGUOUS_NAMES or _capitalised(word)


def dated_name_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "March 3"; in lower case too when the day is an ordinal ("march fifteenth", "march
    3rd") or a year follows: "march" the verb takes neither."""
    if name_ok(match.group("month"), strict_case):
        return True
    groups = match.groupdict()
    day = groups.get("day") or ""
    ordinal = bool(day) and not day.isdigit()
    return match.group("month").lower() != "may" and (ordinal or bool(groups.get("year")))


def day_month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "3 March", "the 3rd of March"; "28. Nov", the day with a stop as German writes it,
    only typed alone: in running text the stop ends a sentence ("rose 8. April was ...")."""
    if match.group("dot") and strict_case:
        return False
    return dated_name_ok(text, match, strict_case)


# Before "that" and a month or season: what makes "that" point back ("That September",
# "later that summer", "in that spring"), not join a clause ("said that March was wet").
_DEMONSTRATIVE_LEAD = EndsWith(
    ("in", "during", "by", "until", "till", "later", "earlier", "of", "since", "through",
     "throughout", "for", "from", "before", "after", "all", "early", "late"),
)  # fmt: skip
_CLAUSE_START = re.compile(r"(?:\A|[.!?;:(\n\u201c\"])[ \t]{0,3}\Z")


def _points_back(text: str, match: re.Match[str]) -> bool:
    """Whether a "that" before a name points back to a time the text named: at the start of
    a sentence, or after a preposition of time."""
    before = _before(text, match)
    return _DEMONSTRATIVE_LEAD(before) or _CLAUSE_START.search(before) is not None


def _that_ok(text: str, match: re.Match[str]) -> bool:
    rel = match.group("rel")
    return rel is None or rel.lower() != "that" or _points_back(text, match)


def month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    word = match.group("month")
    bare = word.rstrip(".").lower()
    if not _that_ok(text, match):
        return False
    if not strict_case:
        return True
    if not _capitalised(word):  # "in april", typed in haste; "may" and "march" stay words
        lower_ok = bare not in AMBIGUOUS_NAMES and len(bare) >= 4 and "." not in word
        return lower_ok and _LOWER_MONTH_LEAD(_before(text, match))
    if match.group("rel") or match.group("mod"):
        return True
    is_abbreviation = bare not in ("may", "june", "july") and len(bare) <= 4
    if is_abbreviation:  # "Jan" alone is a name; "of Jan", "3rd week in Jan" a month
        return _MONTH_ABBREVIATION_LEAD(_before(text, match))
    before = _before(text, match)
    if _DATE_PREPOSITION(before):  # "in July Danish troops left"
        return True
    if _names_an_event(text, match):  # "a March operation", "the February Revolution"
        return bare != "may"  # "May campaign" may be Theresa May's ("the May elections" passed)
    if bare in AMBIGUOUS_NAMES:
        return False
    return not _next_word(text, match)[:1].isupper()


_ZONE_AFTER = re.compile(r"[ \t]{0,3}(?:UTC|GMT|Z)\b")


def _in_number_chain(text: str, match: re.Match[str]) -> bool:
    """Whether the match is one of three or more numbers joined by hyphens ("138-2010-2015",
    "2010-2015-86"): a telephone or reference number. A date written so is read whole by its
    own rule ("03-04-2015"); two years so joined are a stretch ("1914-1918")."""
    before = _CHAIN_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    after = _CHAIN_AFTER.match(text, match.end())
    if before is not None and after is not None:
        return True
    return any(found is not None and found.group(1) is not None for found in (before, after))


def year_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    year = int(match.group("year"))
    before = _before(text, match)
    if _LABEL_WORDS(before) or _ZONE_AFTER.match(text, match.end()):  # "1400 GMT"
        return False
    if _in_number_chain(text, match):
        return False
    after = text[match.end() : match.end() + 12]
    if after[:1] not in ("'", "’") and _COUNTED_NOUN.match(after):
        return False
    other_end = _OTHER_NUMBER.match(text, match.end())  # "1500 - 2000 troops"
    if other_end is not None and _COUNTED_NOUN.match(text, other_end.end()):
        return False
    if 1900 <= year <= 2099 or not strict_case:
        return True
    return _DATE_PREPOSITION(before)


def weekday_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    word = match.group("wd")
    bare = word.rstrip(".").lower()
    if not strict_case or len(bare) >= 6:
        return True
    if not _capitalised(word):
        return False
    if bare in AMBIGUOUS_NAMES:
        return (
            bool(match.group("rel") or match.group("mod"))
            or text[match.end() : match.end() + 1] in (",", ".")
            or _DAY_NUMBER_AFTER.match(text, match.end()) is not None  # "Sun 5 Nov"
        )
    return True


_DAY_NUMBER_AFTER = re.compile(r"[ \t]{1,3}\d{1,2}(?:st|nd|rd|th)?\b(?![.,:]\d)")


_NAME_AROUND = re.compile(r"[ \t]{1,3}[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]*[ \t]{1,3}\Z")


def season_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "the summer", "in spring", "last winter"; not a season in a name ("British Summer
    Time", "the Spring Offensive") nor "the fall of Rome" or "spring into action"."""
    if not _that_ok(text, match):
        return False
    if match.group("rel") or match.group("year"):
        return True
    if not strict_case:
        return True
    season = match.group("season")
    if _names_an_event(text, match):  # "a spring offensive", "the Spring Offensive of 1918"
        return True
    spoken_of = season.lower() == "spring" and match.group(0)[:4].lower() == "the "
    if spoken_of and not _PLACE_LEAD(_before(text, match)):
        return True  # "spent the spring", not "drank from the spring"; "the fall" may be Rome's
    if season[0].isupper() and (
        _NAME_AROUND.match(text, match.end()) or _NAME_BEFORE.search(_before(text, match))
    ):
        return False
    if season.lower() in ("summer", "winter", "autumn"):
        return True
    return _SEASON_LEAD(_before(text, match))


def clock_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "at 1030", "at 5" and "at 7.30" read as clock times only in a phrase that is all
    about time."""
    typed_only = ("mil", "hat", "hb", "hda")
    return not strict_case or all(match.group(name) is None for name in typed_only)


# Holiday names that are also common words: a capital in running text, as for "May".
_AMBIGUOUS_HOLIDAYS = frozenset(
    {"boss's", "boss’s", "holi", "onam", "rakhi", "may day", "earth day", "pongal", "bogi",
     "bhogi", "ashura", "purim", "vesak"}
)  # fmt: skip


def holiday_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    name = match.group("name")
    bare = " ".join(name.lower().split())
    return not strict_case or name[0].isupper() or bare not in _AMBIGUOUS_HOLIDAYS


def decade_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "1990s" and "the 1990's" are decades; a bare "2020's election" is a year's possessive."""
    possessive = match.group("cent") and match.group(0)[-2] in "'’"
    bare = not match.group("cent") and not match.group("apostrophe")  # "80s" needs "the"
    return not (possessive or bare) or bool(match.group("the") or match.group("mod"))


def duration_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    if match.group("old"):  # "a 10-year-old": an age, not a time
        return False
    unit = match.group("unit").lower()
    number = match.group("num").lower()
    if unit.startswith(("sec", "min", "hr", "yr")) and not number[0].isdigit():
        return number not in ("a", "an") and unit.startswith(("second", "minute"))
    return True


def vague_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "soon" and "shortly" only as a phrase typed alone: in running text they are adverbs
    that TimeML leaves out (and "as soon as" a conjunction, "shortly before midnight" a
    modifier)."""
    phrase = match.group("phrase").lower()
    if phrase in ("soon", "shortly"):
        return not strict_case and not _MODIFIED.match(text, match.end())
    if phrase == "now" and _HYPHENATED.match(text, match.end()):
        return False  # "the now-defunct firm": a word about the firm, not a time
    return True


def vague_duration_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    return _DURATION_LEAD(_before(text, match))


def typed_only(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A phrase only a person typing a query means alone ("evening", "EOY")."""
    return not strict_case


# An ordinal and the day or week it counts, then "of": "the last day of", "the 3rd week of"
# ("the fourth quarter of the year" in a past clause is last year's, which "the year" alone
# cannot say).
_COUNTED_INTO = re.compile(
    r"\b(?:" + ORDINAL_WORD + r"|last|final|\d{1,2}(?:st|nd|rd|th))[ \t]{1,3}(?:day|week-?end|"
    r"week|" + WEEKDAY + r")[ \t]{1,3}(?:of|in)[ \t]{1,3}\Z",
    re.IGNORECASE,
)


def cycle_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "the month" alone is a typed query's; in running text it is one only when a day or
    week was counted into it ("on the last day of the month"), where it is the month the
    text is in. "It rained all through the month" names no month of its own."""
    if not strict_case:
        return True
    return bool(match.group("the")) and _COUNTED_INTO.search(_before(text, match, 48)) is not None


def nth_item_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    word = match.group("item")
    bare = word.rstrip(".").lower()
    return not strict_case or bare not in AMBIGUOUS_NAMES or _capitalised(word)


def period_part_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    return not strict_case or not match.group("abbr")


_RANGE_LEAD = EndsWith(("from", "between"))


def clock_offset_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "ten past five" and "20 minutes to 2pm" are clock times; "3 to 5 pm", "from two to
    five" and "two to four people" are not."""
    minutes = match.group("minutes")
    direction = match.group("rel").lower()
    if minutes[0].isdigit() and not match.group("unit") and direction not in ("past", "after"):
        return False
    if _COUNTED_NOUN.match(text, match.end()):
        return False
    return not _RANGE_LEAD(_before(text, match))


_NAMED_AFTER = re.compile(r"[ \t]{1,3}[A-Z]|[ \t]{0,3}(?:%|percent\b|per[ \t]cent\b)")


def number_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A bare number may be an hour or a day beside another time, unless a name or a percent
    follows ("10 Downing Street", "3 percent")."""
    return not _NAMED_AFTER.match(text, match.end())


_DAY_LEAD = EndsWith(
    ("on", "by", "until", "till", "from", "since", "before", "after", "between", "and", "to",
     "through", "of", "around", "about"),
)  # fmt: skip
_WORD_DAY_LEAD = EndsWith(
    ("on", "by", "until", "till", "from", "since", "before", "after", "between", *_WEEKDAYS_COMMA)
)
_DAY_TAIL = re.compile(r"[ \t]{0,3}(?:-|–)|[ \t]{1,3}(?:of|to|through|and)\b", re.IGNORECASE)


def day_of_month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "on the 21st", "the 5th to the 9th", "from the twenty-seventh": in running text a day
    number alone needs a word that makes it a date, so that "the 3rd Battalion" and "the
    first to arrive" stay out."""
    if not strict_case:
        return True
    if match.group("dot"):  # "21." typed alone is the 21st; in running text, a sentence end
        return False
    if _NAMED_AFTER.match(text, match.end()):  # "the First Army", "the 5th Guards"
        return False
    before = _before(text, match)
    if match.group("word"):
        return _WORD_DAY_LEAD(before)
    return _DAY_LEAD(before) or bool(_DAY_TAIL.match(text, match.end()))


_MONTH_DAY_LEAD = EndsWith(
    ("on", "by", "until", "till", "from", "since", "before", "after", "this", "next", "last",
     "to", "-", "–", *_WEEKDAYS_COMMA),
    blanks=(0, 3),
)  # fmt: skip


_WEEKDAY_LEAD = EndsWith(_WEEKDAYS_COMMA)


def numeric_month_day_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "on 10/1", "from 5/1 to 5/7" are dates; "1/2 of the votes" is a fraction. A dotted
    one ("19.06") is a date in running text only after a weekday: else it is a number."""
    if not strict_case:
        return True
    before = _before(text, match)
    if match.group("c") is not None:
        return _WEEKDAY_LEAD(before)
    return _MONTH_DAY_LEAD(before)


_PART_LEAD = EndsWith(
    ("in", "during", "by", "on", "that", "this", "every", "each", "at", "early", "late", "the",
     "next", "last"),
)  # fmt: skip
# "after dinnertime", "before lunchtime": a meal's time, which "after lunch" is not.
_MEALTIME_LEAD = EndsWith(
    ("in", "during", "by", "on", "at", "until", "till", "since", "after", "before", "around",
     "about", "near", "past", "from", "that", "this", "every", "each", "the", "next", "last"),
)  # fmt: skip
_THE_PART_LEAD = EndsWith(
    ("in", "during", "by", "on", "at", "until", "till", "since", "into", "through")
)


def day_part_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "in the morning", "that evening", "at lunchtime" name a time; "a cold morning" and
    "good morning" do not. "early morning" is one phrase only typed alone: in running text
    the part of the day is the expression, as before."""
    if not strict_case:
        return True
    if match.group("mod"):
        return False
    before = _before(text, match)
    if match.group("part").lower().endswith("time") and _MEALTIME_LEAD(before):
        return True
    if match.group("the"):
        return _THE_PART_LEAD(before)
    return _PART_LEAD(before)


_DAY_VERBS = EndsWith(
    ("ended", "ending", "ends", "end", "started", "starting", "began", "closed", "closing",
     "opened", "opening", "during", "for", "on", "all", "of", "through", "throughout"),
)  # fmt: skip


def the_day_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "ended the day higher", "for the day": the day the text speaks of; "the day the music
    died" and "the day of the vote" are kept out by the pattern; alone, "the day" names none."""
    return strict_case and _DAY_VERBS(_before(text, match))


# Words before "the next year" that make it a stretch of time ("over the next year").
_STRETCH_LEAD = EndsWith(
    ("over", "within", "in", "for", "during", "through", "throughout", "across", "of")
)


def the_next_unit_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "born the next year" dates; "over the next year", and the phrase typed alone, measure."""
    return strict_case and not _STRETCH_LEAD(_before(text, match))


# A count and what it counts, just before "a week": "two flights", "10,000 visitors", "3 meals".
_COUNTED_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|several|dozens|"
    r"many|few))[ \t]{1,3}(?:[a-z]{2,20}s[ \t]{1,3})?\Z",
    re.IGNORECASE,
)


def rate_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "two flights a week" is a rate; "took a week" a length (left to `duration`)."""
    return bool(_COUNTED_BEFORE.search(_before(text, match)))
