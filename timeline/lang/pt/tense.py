"""Portuguese tense cues: the verb forms around a phrase that say it speaks of the past or
future."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

_L = "[a-záàâãéêíóôõúç]"  # a letter of a Portuguese word, lower case

TENSE = TenseCues(
    future=(
        r"será|serão|seremos|vai|vão|vamos|vou|irá|irão|haverá|terá|terão|deverá|deverão|"
        r"poderá|poderão|está[ \t]previst[oa]|prevê|preveem|próxim[oa]s?|até|"
        + "|".join(
            f"{_L}{_L}{{1,19}}{ending}"
            for ending in (
                "rei",
                "rás",
                "rá",
                "remos",
                "rão",
                "aria",
                "eria",
                "iria",
                "ariam",
                "eriam",
                "iriam",
            )
        )
    ),  # fmt: skip
    past=(
        r"foi|foram|era|eram|estava|estavam|esteve|estiveram|houve|havia|tinha|tinham|teve|"
        r"tiveram|disse|disseram|fez|fizeram|ontem|há"
    ),
    regular_past=f"{_L}{{2,20}}(?:aram|eram|iram|avam|ava|ou|eu|iu)",
    suffix="ou",
    not_past=frozenset({"sou", "vou", "estou", "dou", "eu", "meu", "seu", "teu", "céu"}),
    passive=re.compile(r"\b(?:ser|será|é|são)[ \t]{1,3}\Z", re.IGNORECASE),
    planned=re.compile(r"\b(?:estava|estavam|havia|tinha)[ \t]{1,3}\Z", re.IGNORECASE),
    from_now=frozenset({"será", "serão", "vai", "vão", "irá", "irão", "haverá"}),
)
