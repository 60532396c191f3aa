"""English tense cues: the words around a phrase that say it speaks of the past or future."""

from __future__ import annotations

import re

from timeline.tense import TenseCues

TENSE = TenseCues(
    future=(
        r"will|won['’]t|shall|['’]ll|going[ \t]to|gonna|is[ \t]to|are[ \t]to|due|"
        r"set[ \t]to|scheduled|expects?|expected|forecasts?|predicts?|plans?[ \t]to|"
        r"planned|planning[ \t]to|intends?|aims?[ \t]to|"
        r"hopes?[ \t]to|upcoming|next|until|till|would|wants?[ \t]to"
    ),
    past=(
        r"was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|said|told|ago|last|"
        r"went|came|met|made|took|gave|saw|began|won|lost|left|held|spoke|ran|fell|rose|sold|"
        r"bought|paid|sent|found|got|knew|thought|became|brought|chose|drew|flew|fled|fought|"
        r"hit|kept|led|quit|shot|stood|struck|swore|threw|wrote|broke|built|caught|felt|heard|"
        r"laid|meant|rang|sought|spent|taught|understood|woke|wore"
    ),
    regular_past=r"[a-z]{2,20}ed",
    suffix="ed",
    # Words in -ed that are not past tenses, or that announce a plan rather than report a past.
    not_past=frozenset(
        {
            "need",
            "feed",
            "seed",
            "speed",
            "indeed",
            "hundred",
            "expected",
            "scheduled",
            "planned",
            "proceed",
            "exceed",
            "succeed",
            "breed",
            "weed",
            "greed",
            "shed",
            "embed",
            "bed",
            "red",
        }
    ),  # fmt: skip
    bare_forms=frozenset({"last", "hit", "quit"}),
    bare_lead=re.compile(
        r"\b(?:to|will|would|could|should|may|might|can|must|and|['’]ll)[ \t]{1,3}\Z",
        re.IGNORECASE,
    ),
    passive=re.compile(r"\b(?:be|been|being|is|are|am|get|gets)[ \t]{1,3}\Z", re.IGNORECASE),
    planned=re.compile(r"\b(?:was|were|had(?:[ \t]been)?)[ \t]{1,3}\Z", re.IGNORECASE),
    # Participles that look ahead only after "is"/"are" ("are planned for Friday"): alone
    # ("first planned for Wednesday, was cancelled") they say nothing of the tense.
    after_auxiliary=frozenset({"planned", "scheduled"}),
    from_now=frozenset(
        {
            "will",
            "won't",
            "won’t",
            "shall",
            "'ll",
            "’ll",
            "gonna",
            "due",
            "going to",
            "going\tto",
            "is to",
            "are to",
        }
    ),  # fmt: skip
    # A schedule in the present: forms that are seldom nouns ("hears", "opens"; not "votes",
    # "starts" or "returns", which are more often the things counted).
    scheduled=re.compile(
        r"\b(?:go(?:es)?[ \t]{1,3}to[ \t]{1,3}the[ \t]{1,3}polls|meets?|begins?|opens|hears?|"
        r"resumes?|plays|faces|hosts|holds|ends|closes|arrives?|travels|launches|convenes|"
        r"reconvenes|(?:kicks?|tees?)[ \t]{1,3}off|takes?[ \t]{1,3}place|gets?[ \t]{1,3}under"
        r"[ \t]{1,3}way)\b"
    ),
    # A past perfect ("had invaded", "had already fallen"), not "had to", "had until" or a
    # possession ("had 3 divisions", "had the upper hand").
    before_the_story=re.compile(
        r"\bhad(?:[ \t]{1,3}(?:already|just|not|never|previously|earlier|first|once|long))?"
        r"[ \t]{1,3}(?!(?:to|until|a|an|the|no|its|their|his|her|some|many|more|little)\b)"
        r"[a-z]{2,20}\b",
        re.IGNORECASE,
    ),
)
