"""The checks German and Dutch share: a year that is no label nor count, a number in digits
that is no amount, a bare number only where an hour may stand, a clock time after a lead word
only in a phrase typed alone. Each factory takes the language's word patterns and returns the
check; the others read no word at all.
"""

from __future__ import annotations

import re

from timeline.engine.records import Check

# "+86 138-2010-2015": digits joined by hyphens are a number, not a stretch of years.
PHONE = re.compile(r"[\d-]\d{4}-\Z")
# Nothing but a full stop and blanks after the match: the text is the phrase.
ALONE_AFTER = re.compile(r"[ \t]{0,3}[.!?]?[ \t]{0,3}\Z")


def before(text: str, match: re.Match[str], width: int = 24) -> str:
    """The `width` characters before the match."""
    return text[max(0, match.start() - width) : match.start()]


def alone_or_led(
    text: str, match: re.Match[str], lead: re.Pattern[str], tail: re.Pattern[str]
) -> bool:
    """Whether the match is all the text, or a `lead` ends the text before it or a `tail`
    follows it."""
    if ALONE_AFTER.match(text, match.end()) and not text[: match.start()].strip():
        return True  # the text is the date
    return bool(lead.search(before(text, match)) or tail.match(text, match.end()))


def year_check(
    label_words: re.Pattern[str], counted_noun: re.Pattern[str], date_lead: re.Pattern[str]
) -> Check:
    """A year, not a label ("Nr. 2020": `label_words` before it) nor a count ("2000
    Menschen": `counted_noun` after it); outside 1900-2099 only after a `date_lead`."""

    def year_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
        year = int(match.group("year"))
        said_before = before(text, match)
        if PHONE.search(said_before):
            return False
        if label_words.search(said_before) or counted_noun.match(text, match.end()):
            return False
        if 1900 <= year <= 2099 or not strict_case or match.group("lead"):
            return True
        return bool(date_lead.search(said_before))

    return year_ok


def not_counted(counted_noun: re.Pattern[str]) -> Check:
    """A date or time in numbers, not a decimal or a count (`counted_noun` after it: "3.5
    Prozent")."""

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        return not counted_noun.match(text, match.end())

    return check


def number_check(number_next: re.Pattern[str]) -> Check:
    """A bare number only where an hour or a day may stand: before `number_next` ("von 5 bis
    6 Uhr")."""

    def number_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
        return bool(number_next.match(text, match.end()))

    return number_ok


def clock_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """ "um 5", "om 5" (the `hat` group) is a clock time only in a phrase all about time."""
    return not strict_case or match.group("hat") is None


def typed_only(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A phrase only a person typing a query means alone ("das Jahr", "om 5")."""
    return not strict_case
