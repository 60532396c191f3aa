"""Italian tense cues: the verb forms around a phrase that say it speaks of the past or future."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

_L = "[a-zàèéìíòóù]"  # a letter of an Italian word, lower case

TENSE = TenseCues(
    future=(
        r"sarà|saranno|saremo|sarò|andrà|andranno|avrà|avranno|dovrà|dovranno|potrà|potranno|"
        r"verrà|verranno|previst[oaie]|prevede|prevedono|prossim[oaie]|fino|"
        + "|".join(
            f"{_L}{_L}{{1,19}}{ending}"
            for ending in ("rò", "rai", "rà", "remo", "rete", "ranno", "rebbe", "rebbero")
        )
    ),  # fmt: skip
    past=(
        r"era|erano|fu|furono|è[ \t]stat[oaie]|sono[ \t]stat[ie]|ha|hanno|aveva|avevano|ebbe|"
        r"ebbero|ieri|fa|disse|dissero|fece|fecero"
    ),
    regular_past=f"{_L}{{2,20}}(?:arono|erono|irono|ava|avano|eva|evano|ò)",
    suffix="ò",
    not_past=frozenset({"però", "perciò", "ciò", "può"}),
    passive=re.compile(r"\b(?:sarà|è|sono)[ \t]{1,3}\Z", re.IGNORECASE),
    planned=re.compile(r"\b(?:era|erano|aveva)[ \t]{1,3}\Z", re.IGNORECASE),
    from_now=frozenset({"sarà", "saranno", "andrà", "avrà", "verrà"}),
)
