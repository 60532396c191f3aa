"""Dutch tense cues: the words around a phrase that say it speaks of the past or future.

Dutch speaks of the future in the present tense too ("we komen vrijdag"), so a clause with no
cue leans neither way, and "over drie dagen" looks ahead unless a past cue says otherwise
(`meaning.Ahead.looks_ahead`).
"""

from __future__ import annotations

import re

from timeline.tense import TenseCues

TENSE = TenseCues(
    future=(
        r"zal|zullen|zult|zou|zouden|gaat|gaan|ga|wil|willen|wilt|gepland|plant|plannen|"
        r"verwacht|verwachten|voornemens|binnenkort|voortaan|moet|moeten"
    ),
    past=(
        r"was|waren|werd|werden|had|hadden|zei|zeiden|kwam|kwamen|ging|gingen|"
        r"gaf|gaven|nam|namen|vond|vonden|begon|begonnen|stierf|stierven|won|wonnen|verloor|"
        r"verloren|stond|stonden|lag|lagen|liep|liepen|sprak|spraken|schreef|schreven|bleef|"
        r"bleven|bracht|brachten|dacht|wist|kreeg|kregen|viel|vielen|steeg|stegen|daalde|"
        r"daalden|trof|troffen|sloot|sloten|koos|kozen|hield|hielden|vloog|reed|zag|zagen|"
        r"maakte|maakten|zette|zetten|werkte|werkten|noemde|meldde|meldden|verklaarde|"
        r"kondigde|opende|eindigde|duurde|kostte|stemde|stemden|vergaderde|vergaderden|"
        r"bezocht|bezochten|gebeurde|overleed|geleden|destijds|toen|vroeger|eerder|"
        r"begonnen|gekomen|gegaan|gebleven|gestorven|geboren|geweest|geworden|gegeven|"
        r"genomen|gevonden|gesproken|geschreven|gezien|gewonnen|verloren|getroffen|gesloten"
    ),
    regular_past=r"ge[a-zëïéèö]{3,20}(?:d|t)",
    suffix="",
    # Words in ge...d/t that are no past participles.
    not_past=frozenset(
        {
            "gebied",
            "gezond",
            "gedicht",
            "gewicht",
            "gericht",
            "gezicht",
            "gemiddeld",
            "gebed",
            "geduld",
            "gewest",
            "gestalte",
            "gezelschap",
            "gedeelte",
            "geheid",
            "gepland",
            "gesprek",
            "gevecht",
            "geschikt",
            "gelukt",
            "gerecht",
            "gemeend",
        }
    ),  # fmt: skip
    passive=re.compile(
        r"\b(?:wordt|worden|zal|zullen|moet|moeten|kan|kunnen|wil|willen)[ \t]{1,3}\Z",
        re.IGNORECASE,
    ),
    planned=re.compile(r"\b(?:was|waren|had|hadden|werd|werden)[ \t]{1,3}\Z", re.IGNORECASE),
    from_now=frozenset({"zal", "zullen", "zult", "gaat", "gaan", "ga"}),
)
