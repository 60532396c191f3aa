"""Spanish tense cues: the verb forms around a phrase that say it speaks of the past or future."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

_L = "[a-záéíóúñü]"  # a letter of a Spanish word, lower case

TENSE = TenseCues(
    future=(
        r"será|serán|seremos|estará|estarán|habrá|habrán|tendrá|tendrán|irá|irán|va[ \t]a|"
        r"van[ \t]a|vamos[ \t]a|voy[ \t]a|vas[ \t]a|está[ \t]previst[oa]|están[ \t]previst[oa]s|"
        r"prevé|prevén|planea|planean|próxim[oa]s?|hasta|"
        + "|".join(
            f"{_L}{_L}{{1,19}}{ending}"
            for ending in (
                "ré",
                "rás",
                "rá",
                "remos",
                "rán",
                "aría",
                "ería",
                "iría",
                "arían",
                "erían",
                "irían",
            )
        )
    ),  # fmt: skip
    past=(
        r"fue|fueron|era|eran|estaba|estaban|estuvo|estuvieron|hubo|había|habían|ha|han|"
        r"he|hemos|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|vino|vinieron|puso|pusieron|"
        r"anoche|ayer|hace"
    ),
    regular_past=f"{_L}{{2,20}}(?:aron|ieron|aba|aban|ió|[a-z]ó)",
    suffix="ó",
    not_past=frozenset(),
    passive=re.compile(r"\b(?:ser|será|es|son)[ \t]{1,3}\Z", re.IGNORECASE),
    planned=re.compile(r"\b(?:estaba|estaban|había)[ \t]{1,3}\Z", re.IGNORECASE),
    from_now=frozenset({"será", "serán", "va a", "van a", "habrá", "irá", "irán"}),
)
