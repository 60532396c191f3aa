"""French tense cues: the verb forms around a phrase that say it speaks of the past or future."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

_L = "[a-zàâçéèêëîïôûùüÿœ]"  # a letter of a French word, lower case

TENSE = TenseCues(
    future=(
        r"sera|seront|serons|serai|va|vont|vais|allons|aura|auront|devra|devront|pourra|"
        r"pourront|prévu|prévue|prévus|prévues|prévoit|prévoient|prochain|prochaine|jusqu|"
        + "|".join(
            f"{_L}{_L}{{1,19}}{ending}"
            for ending in ("rai", "ras", "ra", "rons", "rez", "ront", "rait", "raient")
        )
    ),  # fmt: skip
    past=(
        r"a|ont|avait|avaient|était|étaient|fut|furent|eut|eurent|fit|firent|dit|dirent|"
        r"hier|été|avons|avez|ai|as|dernier|dernière"
    ),
    regular_past=f"{_L}{{2,20}}(?:èrent|aient|ait)",
    suffix="ait",
    not_past=frozenset(),
    passive=re.compile(r"\b(?:sera|seront|est|sont)[ \t]{1,3}\Z", re.IGNORECASE),
    planned=re.compile(r"\b(?:était|étaient|avait)[ \t]{1,3}\Z", re.IGNORECASE),
    from_now=frozenset({"sera", "seront", "va", "vont", "aura", "auront"}),
)
