"""Checks that keep common Dutch words and numbers out: "de morgen" the noun against
"morgen" tomorrow, "zo" or "do" that are words, "nr. 2020", "3.5 procent", "1/2 van de
stemmen". Each gets the text, the rule's match and whether case is strict (running text) or
not (a phrase typed alone)."""

from __future__ import annotations

import re

from timeline.lang.shared import germanic_checks

_LABEL_WORDS = re.compile(
    r"\b(?:nr|nummer|artikel|art|pagina|blz|hoofdstuk|kamer|lijn|vlucht|bus|spoor|huis|"
    r"versie|model|niveau|klasse|postcode|code|type|kanaal|route|snelweg)\.?[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_COUNTED_NOUN = re.compile(
    r"[ \t]{0,2}(?:%|procent|promille|euro|€|dollar|\$|mensen|personen|inwoners|stemmen|"
    r"werknemers|medewerkers|soldaten|doden|slachtoffers|gevallen|keer|maal|stuks|punten|"
    r"meter|m\b|km|kilometer|kilo|kg|gram|ton|liter|graden|°|miljoen|mln|miljard|mld|"
    r"duizend|huizen|woningen|pagina|bezoekers|deelnemers|leden)",
    re.IGNORECASE,
)
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|sinds|vanaf|van|tot|tussen|en|of|jaar|het[ \t]jaar|begin|midden|eind|einde|"
    r"zomer|winter|herfst|lente|voorjaar|najaar|rond|omstreeks)|-|–)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_SHORT_MONTH_LEAD = re.compile(
    r"(?:\b(?:in|sinds|vanaf|van|tot|begin|midden|eind|einde|half|medio)|\d{1,2}(?:e|ste|de)?"
    r"|-|–)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
# "de morgen", "goede morgen", "elke morgen": the morning, not "tomorrow".
_MORNING_NOUN_LEAD = re.compile(
    r"\b(?:de|deze|die|elke|iedere|goede|goeie|fijne|een|volgende|vorige|zondag|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|in[ \t]de|van[ \t]de|tot[ \t]de)"
    r"[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_GREETING = re.compile(r"\b(?:goede|goeie|fijne|prettige)[ \t]{1,3}\Z", re.IGNORECASE)
_PART_NOUN_LEAD = re.compile(
    r"\b(?:in[ \t]de[ \t](?:vroege|late)|in[ \t]de|tijdens[ \t]de|de|deze|die|hele|"
    r"vroeg[ \t]in[ \t]de|laat[ \t]in[ \t]de)"
    r"[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_DAY_LEAD = re.compile(
    r"(?:\b(?:de|op|van|vanaf|tot|tussen|en|na|voor|met[ \t]ingang[ \t]van|"
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag,?)|-|–)[ \t]{1,3}\Z",
    re.IGNORECASE,
)
_DAY_TAIL = re.compile(
    r"[ \t]{0,3}(?:-|–)|[ \t]{1,3}(?:tot|en|t/m|van[ \t]{1,3}(?:deze|volgende|vorige))\b",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"[.,]?[ \t]{0,3}(?:de[ \t]{1,3})?\(?\d")
_SLASH_LEAD = re.compile(
    r"(?:\b(?:op|van|vanaf|tot|tussen|en|deze|volgende|vorige|dag|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag)[ \t]|-|–)[ \t]{0,3}\Z",
    re.IGNORECASE,
)
_CLOCK_LEAD = re.compile(
    r"\b(?:om|rond|rondom|omstreeks|omtrent|tegen|vanaf|van|tot|tussen|en|na|voor|vanavond|"
    r"vanochtend|vanmorgen|vanmiddag|vannacht|gisteravond|morgen|vandaag)[ \t]{1,3}\Z",
    re.IGNORECASE,
)


_before = germanic_checks.before


# A year, not a label ("nr. 2020") nor a count ("2000 mensen").
year_ok = germanic_checks.year_check(_LABEL_WORDS, _COUNTED_NOUN, _DATE_LEAD)


def month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A short month name ("jan", "dec") needs a word that makes it a month in running text;
    "mei" and "maart" also name a flower and a mother of pearl less often than a month."""
    if not strict_case or match.groupdict().get("rel"):
        return True
    bare = match.group("month").rstrip(".").lower()
    if len(bare) <= 4 and bare not in ("mei", "juni", "juli"):
        return bool(_SHORT_MONTH_LEAD.search(_before(text, match)))
    return True


def weekday_abbreviation_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "ma", "di.", "za" are weekdays before a date ("za 3 mei"), or typed alone."""
    word = match.group("wd").rstrip(".").lower()
    if not strict_case and text.strip(" .,").lower() == word:
        return True
    return bool(_DATE_AFTER.match(text, match.end()))


def tomorrow_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "morgen" is tomorrow; after "de", "goede", "deze" it is the morning."""
    word = (match.group("word") or "").lower()
    if word != "morgen":
        return True
    return not _MORNING_NOUN_LEAD.search(_before(text, match))


def day_part_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "'s avonds" is a time of day; the nouns ("avond") only after "in de", "deze" ...,
    never in a greeting ("goede avond")."""
    before = _before(text, match)
    if _GREETING.search(before):
        return False
    word = match.group("part").lower()
    if word.endswith("middaguur"):
        return True
    if word in ("vroeg", "laat"):
        return bool(_DAY_BEFORE.search(before))
    if not strict_case or word[:1] in "'‘’´`" or word.startswith(("in de", "vroeg in", "laat in")):
        return True
    return bool(_PART_NOUN_LEAD.search(before))


_DAY_BEFORE = re.compile(
    r"(?:[\d.)]|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|"
    r"vandaag|gisteren|\w{3,12}(?:ochtend|middag|avond|nacht)))[ \t]{1,3}\Z",
    re.IGNORECASE,
)


_WORD_DAY_LEAD = re.compile(
    r"\b(?:op|vanaf|tot(?:[ \t]en[ \t]met)?|na|voor|tussen)[ \t]{1,3}de[ \t]{1,3}\Z|"
    r"\b(?:maan|dins|woens|donder|vrij|zater|zon)dag,?[ \t]{1,3}(?:de[ \t]{1,3})?\Z",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"[ \t]{1,3}[A-Z]")


def day_of_month_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "de 5e", "van 2 tot 9 maart": a day number alone needs a word that makes it a date
    in running text ("de 3e plaats" stays out); one in words a stronger one ("op de
    derde"; "de Tweede Kamer" stays out)."""
    if not strict_case:
        return True
    if _NAME_AFTER.match(text, match.end()):
        return False
    before = _before(text, match)
    if not (match.group("day") or "0")[0].isdigit():
        return bool(_WORD_DAY_LEAD.search(before))
    return bool(_DAY_LEAD.search(before) or _DAY_TAIL.match(text, match.end()))


# A date or time in numbers, not a decimal or a count ("3.5 procent").
not_counted = germanic_checks.not_counted(_COUNTED_NOUN)


def numeric_date_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "op 29/2", "12/5", "20-11" are dates; "1/2 van de stemmen", "3-1" (a score) are not."""
    if not_counted(text, match, strict_case) is False:
        return False
    if not strict_case or match.group("y") or match.group("y2") or match.group("y3"):
        return True
    return germanic_checks.alone_or_led(text, match, _SLASH_LEAD, _DAY_TAIL)


# What may follow a bare number that is an hour or a day beside another time: "van 5 tot 6
# uur", "tussen 3 en 8 uur 's morgens", "zondag 31"; never "5 mensen".
_NUMBER_NEXT = re.compile(
    r"[ \t]{0,3}(?:[-–,;:.!?)]|\Z)|[ \t]{1,3}(?:uur|u|tot|en|of|op|in|om|van|vandaag|morgen|"
    r"gisteren|vanavond|vanochtend|vanmorgen|vanmiddag|vannacht|afgelopen|vorige|volgende|"
    r"komende|tussen|['‘’´`]s)(?!\w)",
    re.IGNORECASE,
)


# A bare number only where an hour or a day may stand ("van 5 tot 6 uur").
number_ok = germanic_checks.number_check(_NUMBER_NEXT)

# "om 5" is a clock time only in a phrase that is all about time.
clock_ok = germanic_checks.clock_ok


def dotted_clock_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "om 14.30", "20.00": a time after a word that leads one, or a round hour."""
    if not not_counted(text, match, strict_case):
        return False
    if not strict_case or match.group("b") == "00":
        return True
    return bool(_CLOCK_LEAD.search(_before(text, match)))


# A phrase only a person typing a query means alone ("het jaar", "om 5").
typed_only = germanic_checks.typed_only
