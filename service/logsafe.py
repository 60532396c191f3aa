"""What a client sent, made safe to put in a log line.

A path, a method or a header value is written to the log as text, and a log is read one line
at a time by people and by tools. A percent-encoded newline in a path (`/%0A...`) would end the
line and let the client write a forged one after it; ESC starts terminal control sequences and
CR moves the cursor back over what was written. So every control character (C0, DEL, C1), the
Unicode line and paragraph separators and the bidirectional overrides (which reorder what a
reader sees) are written as escapes, and so are the backslash that starts an escape and the
double quote that ends a quoted field: the line stays one line, and it reads back unambiguously.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile('[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069"\\\\]')


def printable(text: str) -> str:
    """`text` with each unsafe character as `\\xNN` (or `\\uNNNN` past U+00FF)."""
    if _UNSAFE.search(text) is None:  # the usual case, and the cheap one
        return text
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
