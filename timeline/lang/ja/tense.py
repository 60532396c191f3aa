"""Japanese tense cues: the verb endings and words around a phrase that say it speaks of the
past (ました, でした, 〜た) or of what is still to come (ます, でしょう, 予定). Japanese puts
the verb last, so the cue mostly follows the phrase."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

_NEVER = re.compile(r"(?!)")

TENSE = TenseCues(
    future=r"ます(?!た)|でしょう|だろう|予定|つもり|見込み|見通し|する(?=[。、]|予定|こと)|来る",
    past=r"ました|でした|だった|った|いた|した|んだ|れた|えた|きた|けた",
    regular_past=r"(?!)",
    suffix="",
    not_past=frozenset(),
    passive=_NEVER,
    planned=_NEVER,
    from_now=frozenset({"予定", "見込み", "見通し"}),
    bounded=False,
)
