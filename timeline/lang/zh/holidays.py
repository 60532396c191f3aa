"""Chinese names of holidays -> their keys in `timeline.holidays`.

A longer name comes before any shorter one it starts with, because the first alternative that
fits is the one taken.
"""

from __future__ import annotations

from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    "元旦节|元旦節|元旦": "new_years_day",
    "妇女节|婦女節|三八妇女节|国际妇女节": "womens_day",
    "青年节|青年節|五四青年节": "youth_day_cn",
    "儿童节|兒童節|六一儿童节": "childrens_day_cn",
    "建军节|建軍節|八一建军节": "army_day_cn",
    "教师节|教師節": "teachers_day_cn",
    "春节|春節|农历新年|農曆新年": "chinese_new_year",
    "情人节|情人節": "valentines_day",
    "清明节|清明節": "qingming",
    "愚人节|愚人節": "april_fools_day",
    "劳动节|勞動節|五一国际劳动节|国际劳动节": "may_day",
    "端午节|端午節": "dragon_boat",
    "中秋节|中秋節": "mid_autumn",
    "国庆节|國慶節|国庆日|國慶日": "national_day_cn",
    "万圣节|萬聖節": "halloween",
    "平安夜": "christmas_eve",
    "圣诞节|聖誕節|圣诞|聖誕": "christmas",
    "复活节|復活節": "easter",
    "感恩节|感恩節": "thanksgiving",
    "母亲节|母親節": "mothers_day",
    "父亲节|父親節": "fathers_day",
}
NAMES_PATTERN: Final = "(?:" + "|".join(HOLIDAY_NAMES) + ")"


def holiday_key(name: str) -> str | None:
    """The key of a holiday by any of its names."""
    for names, key in HOLIDAY_NAMES.items():
        if name in names.split("|"):
            return key
    return None
