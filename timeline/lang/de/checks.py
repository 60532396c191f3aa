"""Checks that keep common German words and numbers out: "Morgen" the noun ("guten Morgen")
against "morgen" tomorrow, "Mi" or "So" that are words, "Nr. 2020", "3.5 Prozent", "1/2 der
Stimmen". Each gets the text, the rule's match and whether case is strict (running text) or
not (a phrase typed alone)."""

from __future__ import annotations

import re

from timeline.lang.shared import germanic_checks

_LABEL_WORDS = re.compile(
    r"\b(?:nr|nummer|artikel|art|paragraf|paragraph|§|seite|s|kapitel|zimmer|raum|linie|flug|"
    r"bus|gleis|haus|version|modell|stufe|level|klasse|plz|abs|absatz|ziffer|typ|tor|"
    r"postleitzahl|hausnummer|straße|str)\.?[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_COUNTED_NOUN = re.compile(
    r"[ \t]{0,2}(?:%|prozent|promille|euro|€|dollar|franken|\$|menschen|personen|leute|"
    r"einwohner|stimmen|mitarbeiter|beschäftigte|soldaten|tote|opfer|fälle|mal|stück|"
    r"punkte|meter|m\b|km|kilometer|kilo|kg|gramm|tonnen|liter|grad|°|mio|millionen|mrd|"
    r"milliarden|tsd|tausend|häuser|wohnungen|seiten|zuschauer|fans|teilnehmer)",
    re.IGNORECASE,
)
_DATE_LEAD = re.compile(
    r"(?:\b(?:im|in|seit|ab|bis|von|vom|um|vor|nach|zwischen|und|oder|jahr|jahre|jahres|anfang|"
    r"mitte|ende|sommer|winter|herbst|frühjahr|frühling)|-|–)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_SHORT_MONTH_LEAD = re.compile(
    r"(?:\b(?:im|in|seit|ab|bis|vom|von|zum|anfang|mitte|ende|des)|\d{1,2}\.?|-|–)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
# "am Morgen", "guten Morgen", "jeden Morgen": the noun, not "tomorrow".
_MORNING_NOUN_LEAD = re.compile(
    r"\b(?:am|den|dem|diesen|diesem|jeden|jedem|guten|schönen|einen|eines|frühen|"
    r"heute|gestern|vorgestern|morgen|übermorgen|zum|vom|bis|gegen|der|des|am[ \t]frühen)"
    r"[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_GREETING = re.compile(r"\b(?:guten|schönen|gute|schöne)[ \t]{1,3}\Z", re.IGNORECASE)
_PART_NOUN_LEAD = re.compile(
    r"\b(?:am|gegen|zum|vom|bis[ \t]zum|in[ \t]der|um[ \t]die|diesen|diesem|heute|gestern|"
    r"morgen)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_DAY_LEAD = re.compile(
    r"(?:\b(?:am|den|dem|vom|zum|bis|ab|auf|zwischen|und|an|"
    r"(?:mon|diens|donners|frei|sams|sonn)tag,?|mittwoch,?|sonnabend,?)|-|–)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_DAY_TAIL = re.compile(r"[ \t]{0,3}(?:-|–)|[ \t]{1,3}(?:bis|und|auf)\b", re.IGNORECASE)
# "früh" after a date or a name ("22.05. früh", "Montag früh", "13. November früh"), never
# after a word of degree ("zu früh", "so spät").
_DAY_BEFORE = re.compile(r"(?:[\d.)]|\b[A-ZÄÖÜ]\w{1,15}|\b(?:heute|morgen|gestern))[ \t]{1,3}\Z")
_DEGREE = re.compile(
    r"\b(?:zu|so|sehr|ganz|viel|recht|möglichst|wie|nicht|etwas|noch|schon|eher|reichlich)"
    r"[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"[.,]?[ \t]{0,3}(?:den[ \t]{1,3})?\(?\d")
_SLASH_LEAD = re.compile(r"(?:\b(?:am|vom|zum|bis|ab|den|an)[ \t]|-|–)[ \t]{0,3}\Z", re.IGNORECASE)


_before = germanic_checks.before


# A year, not a label ("Nr. 2020") nor a count ("2000 Menschen").
year_ok = germanic_checks.year_check(_LABEL_WORDS, _COUNTED_NOUN, _DATE_LEAD)


def month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A short month name ("Jan", "Okt") and "August", also a man's name, need a word that
    makes them months in running text."""
    if not strict_case or match.group("rel"):
        return True
    bare = match.group("month").rstrip(".").lower()
    if bare == "august" or len(bare) <= 4 and bare != "mai":
        return bool(_SHORT_MONTH_LEAD.search(_before(text, match)))
    return True


def weekday_abbreviation_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "Mo", "Di.", "Fr," are weekdays before a date ("Fr, 23.6."), or typed alone."""
    if not strict_case and text.strip(" .,").lower() == match.group("wd").rstrip(".").lower():
        return True
    word = match.group("wd")
    capital = word[:1].isupper() or not strict_case
    return capital and bool(_DATE_AFTER.match(text, match.end()))


def tomorrow_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "morgen" is tomorrow; "Morgen" after "am", "guten", "diesen" is the morning."""
    word = match.group("word") or ""
    if word.lower() != "morgen" or match.group("part"):
        return True
    before = _before(text, match)
    if _GREETING.search(before):
        return False
    return not (word[0].isupper() and strict_case and _MORNING_NOUN_LEAD.search(before))


def day_part_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "abends", "nachmittags" are times of day; the nouns ("Abend") only after "am",
    "gegen" ..., never in a greeting ("guten Abend")."""
    before = _before(text, match)
    if _GREETING.search(before):
        return False
    word = match.group("part").lower()
    if word in ("früh", "spät"):  # "22.05. früh", "Montag früh"; not "zu spät"
        return bool(_DAY_BEFORE.search(before)) and not _DEGREE.search(before)
    if not strict_case:
        return True
    if word.endswith("s") or word.startswith(("früh", "spät", "am ")):
        return True
    return bool(_PART_NOUN_LEAD.search(before))


_WORD_DAY_LEAD = re.compile(
    r"\b(?:am|vom|zum|bis[ \t]zum|ab[ \t]dem|seit[ \t]dem)[ \t]{1,3}\Z|"
    r"\b(?:(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|sonnabend),?[ \t]{1,3}"
    r"(?:den[ \t]{1,3})?\Z",
    re.IGNORECASE,
)
# A noun after the number makes it an ordinal of that noun ("am 3. Spieltag"), "Bis" aside.
_NOUN_AFTER = re.compile(r"[ \t]{1,3}(?!(?:Bis|Und|Auf)\b)[A-ZÄÖÜ]")


def day_of_month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "am 15.", "vom 2. bis 9. März": a day number alone needs a word that makes it a date
    in running text ("der 3. Platz" stays out); one in words a stronger one ("am dritten")."""
    if not strict_case:
        return True
    if _NOUN_AFTER.match(text, match.end()):
        return False
    before = _before(text, match)
    if not match.group("day")[0].isdigit():
        return bool(_WORD_DAY_LEAD.search(before))
    return bool(_DAY_LEAD.search(before) or _DAY_TAIL.match(text, match.end()))


# A date in numbers, not a decimal or a count ("3.5 Prozent", "1.5 Millionen").
not_counted = germanic_checks.not_counted(_COUNTED_NOUN)


def slash_date_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "am 29/2", "15/11 bis 16/11" are dates; "1/2 der Stimmen" a fraction."""
    if not strict_case or match.group("y"):
        return True
    return germanic_checks.alone_or_led(text, match, _SLASH_LEAD, _DAY_TAIL)


# What may follow a bare number that is an hour beside another time: "von 5 bis 6 Uhr",
# "um 9 am Montag"; never "5 Menschen".
_NUMBER_NEXT = re.compile(
    r"[ \t]{0,3}(?:[-–,;:.!?)]|\Z)|[ \t]{1,3}(?:uhr|bis|und|oder|am|an|im|um|morgens|"
    r"vormittags|mittags|nachmittags|abends|nachts|heute|morgen|früh|h)\b",
    re.IGNORECASE,
)


# A bare number only where an hour or a day may stand ("von 5 bis 6 Uhr").
number_ok = germanic_checks.number_check(_NUMBER_NEXT)

# "um 5" is a clock time only in a phrase that is all about time.
clock_ok = germanic_checks.clock_ok

# A phrase only a person typing a query means alone ("das Jahr", "um 5").
typed_only = germanic_checks.typed_only


def duration_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "eines Tages" is some day, not a length; "ein Tag" is."""
    said = match.group(0).lower()
    return not said.startswith("eines tag") and not _COUNTED_NOUN.match(text, match.end())
