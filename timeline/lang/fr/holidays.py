"""French names of holidays -> their keys in `timeline.holidays`. A longer name comes before
any shorter one it starts with, because the first alternative that fits is taken."""

from __future__ import annotations

from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    r"(?:la[ ])?veille[ ]de[ ]no[ëe]l|r[ée]veillon[ ]de[ ]no[ëe]l": "christmas_eve",
    r"no[ëe]l": "christmas",
    r"(?:la[ ])?saint[- ]sylvestre|r[ée]veillon[ ]du[ ]nouvel[ ]an": "new_years_eve",
    r"(?:le[ ])?jour[ ]de[ ]l['’]an|(?:le[ ])?nouvel[ ]an": "new_years_day",
    r"(?:l['’])?[ée]piphanie|(?:le[ ])?jour[ ]des[ ]rois": "epiphany",
    r"(?:la[ ])?chandeleur": "candlemas",
    r"(?:la[ ])?saint[- ]valentin": "valentines_day",
    r"(?:la[ ])?saint[- ]patrick": "st_patricks_day",
    r"(?:le[ ])?jour[ ]de[ ]la[ ]terre": "earth_day",
    r"(?:la[ ])?f[êe]te[ ]du[ ]travail|(?:le[ ])?premier[ ]mai|(?:le[ ])?1er[ ]mai": "may_day",
    (
        r"(?:la[ ])?f[êe]te[ ]nationale|(?:le[ ])?14[ ]juillet"
        r"|(?:le[ ])?quatorze[ ]juillet"
    ): "bastille_day",
    r"(?:l['’])?assomption|(?:le[ ])?15[ ]ao[ûu]t": "assumption_day",
    r"halloween": "halloween",
    r"(?:la[ ])?toussaint": "all_saints_day",
    r"(?:le[ ])?jour[ ]des[ ]morts|(?:la[ ])?f[êe]te[ ]des[ ]morts": "all_souls_day",
    r"(?:l['’])?armistice|(?:le[ ])?11[ ]novembre": "armistice_day",
    r"(?:l['’])?immacul[ée]e[ ]conception": "immaculate_conception",
    r"black[ ]friday|vendredi[ ]noir": "black_friday",
    r"cyber[ ]monday": "cyber_monday",
    r"thanksgiving|(?:le[ ])?jour[ ]de[ ]l['’]action[ ]de[ ]gr[âa]ce": "thanksgiving",
    r"mardi[ ]gras": "shrove_tuesday",
    r"(?:le[ ])?mercredi[ ]des[ ]cendres": "ash_wednesday",
    r"(?:le[ ])?dimanche[ ]des[ ]rameaux|(?:les[ ])?rameaux": "palm_sunday",
    r"(?:le[ ])?jeudi[ ]saint": "maundy_thursday",
    r"(?:le[ ])?vendredi[ ]saint": "good_friday",
    r"(?:le[ ])?samedi[ ]saint": "holy_saturday",
    r"(?:le[ ])?lundi[ ]de[ ]p[âa]ques": "easter_monday",
    r"(?:le[ ])?dimanche[ ]de[ ]p[âa]ques|p[âa]ques": "easter",
    r"(?:le[ ])?jeudi[ ]de[ ]l['’]ascension|(?:l['’])?ascension": "ascension_day",
    r"(?:le[ ])?lundi[ ]de[ ]pentec[ôo]te": "whit_monday",
    r"(?:la[ ])?pentec[ôo]te": "pentecost",
    r"(?:la[ ])?f[êe]te[ ]-?dieu": "corpus_christi",
}
