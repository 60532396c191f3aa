"""Checks that keep common words and numbers out of a Romance grammar's matches ("mar" the
sea, "été" the participle, "el 15 por ciento"). Each is made for one language's lexicon."""

from __future__ import annotations

import re

from timeline.engine.records import Check
from timeline.lang.romance.lexicon import Lexicon, alternation, lower_words, plain

_COUNTED = re.compile(r"[ \t]{0,2}(?:%|‰|€|\$|£|por[ \t]ciento|pour[ \t]cent|per[ \t]cento|"
                      r"km|kg|m²|euros?|dólares|dollars?|dollari)", re.IGNORECASE)  # fmt: skip
_DIGIT_AFTER = re.compile(r"[.,]\d")


def _before(text: str, match: re.Match[str], width: int = 24) -> str:
    return text[max(0, match.start() - width) : match.start()]


def typed_only(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A phrase only a person typing a query means alone ("mes", "02 04 2009")."""
    return not strict_case


def not_counted(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A number that is no amount of money or share ("2015 euros", "el 15 %")."""
    return not _COUNTED.match(text, match.end()) and not _DIGIT_AFTER.match(text, match.end())


def name_check(lexicon: Lexicon, group: str) -> Check:
    """A weekday or month name that is also a common word ("mar", "segunda") must, in running
    text, be capitalised, carry a relation, or follow a word that makes it a name."""
    ambiguous = frozenset(plain(w) for w in lexicon.ambiguous_names)
    leads = lexicon.weekday_leads if group == "wd" else lexicon.month_leads
    lead = re.compile(r"(?:" + leads + r")[ \t]{1,3}\Z", re.IGNORECASE)

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        word = match.group(group)
        bare = plain(lower_words(word))
        if not strict_case or bare not in ambiguous:
            return True
        groups = match.groupdict()
        if groups.get("day") or groups.get("year") or groups.get("wd") and group != "wd":
            return True
        if len(bare) <= 4 and not word.endswith("."):
            return False  # "el mar", "o set": a short name alone is the common word
        if groups.get("rel") or groups.get("after") or groups.get("part"):
            return True
        return bool(lead.search(_before(text, match)))

    return check


def season_check(lexicon: Lexicon) -> Check:
    """A season name alone needs an article or preposition before it ("a été", "l'été")."""
    lead = re.compile(r"(?:" + lexicon.season_leads + r")[ \t]{0,3}\Z", re.IGNORECASE)

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        groups = match.groupdict()
        if not strict_case or groups.get("rel") or groups.get("after") or groups.get("year"):
            return True
        return bool(lead.search(_before(text, match)))

    return check


def deictic_check(lexicon: Lexicon) -> Check:
    """A word for a day that also names a part of one ("mañana") is the part after an article
    or a link ("por la mañana", "de la mañana"); "antes de ayer" after a length is that
    length before yesterday ("dos días antes de ayer")."""
    parts = frozenset(plain(w) for w in lexicon.day_parts)
    relative = re.compile(r"(?:" + lexicon.before_words + "|" + lexicon.after_words + r")\b",
                          re.IGNORECASE)  # fmt: skip
    unit_before = re.compile(r"\b(?:" + alternation(lexicon.units) + r")[ \t]{1,3}\Z",
                             re.IGNORECASE)  # fmt: skip
    links = [w.rstrip("'") for w in (*lexicon.articles, *lexicon.of)]
    pattern = (
        r"\b(?:" + lexicon.part_link + "|" + "|".join(map(re.escape, links)) + r")['’ \t]{0,3}\Z"
    )
    lead = re.compile(pattern, re.IGNORECASE)

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        word = plain(lower_words(match.group("word")))
        if relative.match(match.group("word")) and unit_before.search(_before(text, match)):
            return False
        if word not in parts:
            return True
        return not lead.search(_before(text, match))

    return check


_TAIL_OK = re.compile(r"[ \t]{0,3}(?:[,.;:!?)\-–]|$)|[ \t]{1,3}\w{1,6}\b", re.IGNORECASE)


def day_of_month_check(lexicon: Lexicon) -> Check:
    """ "el 15", "le 3": a day in running text only before a stop, a link word or a time, so
    that "el 3 de los jugadores" and "le 15 %" stay out."""
    links = "|".join(re.escape(w.strip()) for w in (*lexicon.range_words, *lexicon.between_and))
    periods = alternation([*lexicon.months, *lexicon.units, *lexicon.relations_before])
    ofs = "|".join(re.escape(w.strip()) for w in lexicon.of)
    tail = re.compile(
        r"[ \t]{0,3}(?:[,.;:!?)]|[-–]|$)|[ \t]{1,3}(?:" + links + r")\b|[ \t]{1,3}(?:" + ofs
        + r")['’ \t]{1,3}(?:" + periods + r")\b",
        re.IGNORECASE,
    )  # fmt: skip

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        if not strict_case:
            return True
        if not not_counted(text, match, strict_case):
            return False
        return bool(tail.match(text, match.end()))

    return check


def year_check(lexicon: Lexicon) -> Check:
    """A year: not an amount, and outside 1900-2099 only after a word that makes it one."""
    lead = re.compile(
        r"(?:"
        + "|".join(re.escape(w.strip()) for w in (*lexicon.of, *lexicon.range_words))
        + r"|"
        + lexicon.range_leads
        + "|"
        + lexicon.between_lead
        + "|"
        + lexicon.year_word
        + r"|en|in|em|a|à)[ \t]{1,3}\Z",
        re.IGNORECASE,
    )

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        if not not_counted(text, match, strict_case):
            return False
        year = int(match.group("year"))
        if 1900 <= year <= 2099 or not strict_case or match.group("yw"):
            return True
        return bool(lead.search(_before(text, match)))

    return check


def clock_check(lexicon: Lexicon) -> Check:
    """ "9 heures" is a time, "pendant 9 heures" a length; a bare hour after "las" only when no
    amount of something follows ("las 3 personas")."""
    lead = re.compile(r"\b(?:" + lexicon.duration_leads + r"|" + lexicon.ahead_before + "|"
                      + lexicon.ago_before + r")[ \t]{1,3}\Z", re.IGNORECASE)  # fmt: skip
    time_words = alternation(
        [
            *lexicon.deictic,
            *lexicon.weekdays,
            *lexicon.day_parts,
            *lexicon.months,
            *lexicon.meridiem_parts,
            *lexicon.narrative_days,
        ]
    )
    noun_after = re.compile(r"[ \t]{1,3}(?!" + time_words + r"\b)[^\W\d]{4,20}",
                            re.IGNORECASE)  # fmt: skip

    def check(text: str, match: re.Match[str], strict_case: bool) -> bool:
        groups = match.groupdict()
        if not not_counted(text, match, strict_case):
            return False  # "6.45 %", "5.00 euros"
        if groups.get("hu") is not None and lead.search(_before(text, match)):
            return False
        if groups.get("hl") is not None and strict_case:
            return not noun_after.match(text, match.end()) and not_counted(text, match, True)
        return True

    return check
