"""Japanese names of holidays -> their keys in `timeline.holidays`.

A longer name comes before any shorter one it starts with, because the first alternative that
fits is the one taken.
"""

from __future__ import annotations

from typing import Final

HOLIDAY_NAMES: Final[dict[str, str]] = {
    "元日|元旦|お正月": "new_years_day",
    "成人の日": "coming_of_age_day",
    "建国記念の日": "foundation_day_jp",
    "バレンタインデー": "valentines_day",
    "エイプリルフール": "april_fools_day",
    "昭和の日": "showa_day",
    "憲法記念日": "constitution_day_jp",
    "みどりの日": "greenery_day",
    "こどもの日|子供の日": "childrens_day_jp",
    "海の日": "marine_day",
    "山の日": "mountain_day",
    "敬老の日": "respect_for_the_aged_day",
    "文化の日": "culture_day",
    "勤労感謝の日": "labor_thanksgiving_day",
    "天皇誕生日": "emperors_birthday",
    "ハロウィーン|ハロウィン": "halloween",
    "クリスマスイブ|クリスマス・イブ": "christmas_eve",
    "クリスマス": "christmas",
    "大晦日|大みそか": "new_years_eve",
    "母の日": "mothers_day",
    "感謝祭": "thanksgiving",
    "中秋節|中秋の名月|中秋": "mid_autumn",
    "清明節": "qingming",
    "春節": "chinese_new_year",
    "国際婦人デー|国際女性デー": "womens_day",
    "父の日": "fathers_day",
}
NAMES_PATTERN: Final = "(?:" + "|".join(HOLIDAY_NAMES) + ")"


def holiday_key(name: str) -> str | None:
    """The key of a holiday by any of its names."""
    for names, key in HOLIDAY_NAMES.items():
        if name in names.split("|"):
            return key
    return None
