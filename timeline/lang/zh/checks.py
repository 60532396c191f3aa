"""Checks that keep Chinese words that only look like times out: 一点 "a little", 第三日
"the third day", the tail of a decimal number."""

from __future__ import annotations

import re

_ORDINAL_BEFORE = re.compile(r"(?:第|周|週|星期|礼拜|禮拜)\Z")


def day_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A day of the month, not 一日 "one day", "the nth day" (第三日) or a weekday's tail
    (星期日)."""
    if match.group("d") == "一":  # 一日 alone is "one day" (有一日, 一日の終わり)
        return False
    return not _ORDINAL_BEFORE.search(text, max(0, match.start() - 2), match.start())


def clock_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A clock time, not 一点 alone ("a little": 快一点, 有一点)."""
    said = match.group(0)
    return match.groupdict().get("part") is not None or said.rstrip("钟鐘") != "一点"


def quantity_ok(text: str, match: re.Match[str], strict_case: bool) -> bool:
    """A count of units, not "the third" (第三天) or the tail of a number (1.5)."""
    return not (match.start() > 0 and text[match.start() - 1] in "第.．")
