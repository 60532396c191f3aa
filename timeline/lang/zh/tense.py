"""Chinese tense cues: the aspect and modal words around a phrase that say it speaks of the
past (了, 已经, 曾) or of the future (将, 会, 计划). Chinese marks no tense on the verb, so
these are what a reader goes by; each says what may not follow it where it is part of
another word (会议 "meeting", 了解 "understand", 过去 "the past")."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

_NEVER = re.compile(r"(?!)")

TENSE = TenseCues(
    future=(
        r"将要|将会|將要|將會|将(?![军領领])|將(?![軍領])|即将|即將|会(?![议議谈談见見员員长長计計场場])|"
        r"會(?![議談見員長計場])|要(?![求点點是素])|打算|计划|計劃|准备|準備|预计|預計|届时|屆時"
    ),
    past=r"了(?![解])|过(?![去来來])|過(?![去来來])|曾经|曾經|曾|已经|已經|已|刚才|剛才|当时|當時",
    regular_past=r"(?!)",
    suffix="",
    not_past=frozenset(),
    passive=_NEVER,
    planned=_NEVER,
    from_now=frozenset({"将", "將", "将要", "將要", "将会", "將會", "即将", "即將"}),
    bounded=False,
)
