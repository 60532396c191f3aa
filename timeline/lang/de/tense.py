"""German tense cues: the words around a phrase that say it speaks of the past or future.

German speaks of the future in the present tense too ("wir kommen am Freitag"), so a clause
with no cue leans neither way, and "in drei Tagen" looks ahead unless a past cue says
otherwise (`meaning.Ahead.looks_ahead`).
"""

from __future__ import annotations

import re

from timeline.tense import TenseCues

TENSE = TenseCues(
    future=(
        r"wird|werden|werde|wirst|werdet|würde|würden|soll|sollen|sollte|sollten|"
        r"will|wollen|plant|planen|geplant|voraussichtlich|künftig|demnächst|bevorstehend|"
        r"erwartet"
    ),
    past=(
        r"war|waren|warst|wurde|wurden|hatte|hatten|sagte|sagten|erklärte|"
        r"teilte|kündigte|meldete|berichtete|fand|fanden|kam|kamen|ging|gingen|gab|gaben|"
        r"nahm|nahmen|traf|trafen|begann|begannen|stieg|stiegen|fiel|fielen|lag|lagen|"
        r"stand|standen|starb|starben|verlor|verloren|gewann|gewannen|zog|zogen|schrieb|"
        r"sprach|sprachen|hielt|hielten|blieb|blieben|brachte|brachten|dachte|wusste|lief|"
        r"rief|sah|sahen|trat|traten|wuchs|warf|legte|legten|stellte|stellten|zeigte|"
        r"zeigten|einigten|getroffen|gegangen|gekommen|geschrieben|gesprochen|genommen|"
        r"gegeben|gesehen|gewonnen|begonnen|gefunden|gehalten|gefallen|gestiegen|geblieben|"
        r"gestorben|geboren|gewesen|geworden|entschieden|verstorben|damals|zuvor|vorher|"
        r"sank|sanken|schloss|schlossen|beschloss|beschlossen|entschied|übernahm|erhielt|"
        r"bekam|verließ|floh|schoss|griff|machte|machten|führte|führten|forderte|forderten|"
        r"betonte|erreichte|verlangte|plante|planten|lebte|arbeitete|kaufte|verkaufte|"
        r"spielte|eröffnete|endete|dauerte|startete|kostete|brauchte|glaubte|hoffte|"
        r"wählte|wählten|besuchte|reiste|kehrte|landete|feierte|feierten|gründete|baute|"
        r"bestätigte|warnte|kritisierte|reagierte|protestierten|demonstrierten|"
        r"unterzeichnete|unterzeichneten|verabschiedete|stimmte|stimmten|tagte|tagten|"
        r"ereignete|passierte|geschah|starteten|siegte|scheiterte|fuhr|flog|zahlte"
    ),
    regular_past=r"ge[a-zäöüß]{3,20}t",
    suffix="t",
    # Words in ge...t that are no past participles.
    not_past=frozenset(
        {
            "gerecht",
            "gesamt",
            "geeignet",
            "gewiss",
            "gerät",
            "gebiet",
            "gesicht",
            "gericht",
            "gedicht",
            "gewicht",
            "geschäft",
            "gesellschaft",
            "gemeinschaft",
            "gestalt",
            "gehalt",
            "geburt",
            "gelegenheit",
            "geschichte",
            "gewalt",
            "gemeint",
            "geplant",
            "gestattet",
        }
    ),  # fmt: skip
    passive=re.compile(
        r"\b(?:wird|werden|soll|sollen|muss|müssen|kann|können)[ \t]{1,3}\Z", re.IGNORECASE
    ),  # fmt: skip
    planned=re.compile(r"\b(?:war|waren|hatte|hatten)[ \t]{1,3}\Z", re.IGNORECASE),
    from_now=frozenset({"wird", "werden", "werde", "wirst", "werdet", "soll", "sollen"}),
)
