"""Checks that keep Japanese words that only look like times out: 一時的 "temporary", 十分
"enough", 夏休み "the summer holidays", 第3日 "the third day"."""

from __future__ import annotations

import re

_ORDINAL_BEFORE = re.compile(r"(?:第|毎)\Z")
# After a season named alone: a particle or a stop, not the rest of a word (夏休み, 春巻).
_AFTER_SEASON = re.compile(r"季?(?:に|は|から|まで|ごろ|頃|以降|の間|、|。|$)")


def day_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A day of the month, not 一日 "one day", "the nth day" (第3日) or "every day" (毎日)."""
    if match.group("d") == "一":  # 一日 alone is "one day" (有一日, 一日の終わり)
        return False
    return not _ORDINAL_BEFORE.search(text, max(0, match.start() - 1), match.start())


def clock_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A clock time, not 一時 alone ("for a while": 一時的, 一時停止)."""
    groups = match.groupdict()
    return groups.get("part") is not None or match.group(0) != "一時"


def quantity_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A count of units: not 十分 ("enough"), nor the tail of a number or an ordinal."""
    if match.group(0) == "十分":
        return False
    return not (match.start() > 0 and text[match.start() - 1] in "第.．")


def season_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A season named alone stands before a particle or a stop (夏に, 春から), not inside a
    longer word (夏休み, 春巻き); with 今, 昨, 来 or a year before it, anywhere."""
    groups = match.groupdict()
    if groups.get("w") or groups.get("w2"):
        return True
    return bool(_AFTER_SEASON.match(text, match.end()))
