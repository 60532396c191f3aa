"""Chinese and Japanese, read by grammars of their own without word boundaries: real news
sentences through `build_timeline`, each value checked."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import build_timeline, resolve_phrase
from timeline.engine.finder import Work
from timeline.lang import finder_for, tier_of

PUBLISHED = datetime(2022, 3, 14)  # a Monday

CHINESE = (
    "市政府昨天宣布，地铁三号线将于2023年5月1日正式开通。上周三，市长在记者会上表示，"
    "工程已经进行了三年半，预计下个月完成全部测试。今天上午10点，第一列测试列车从北站出发。"
)
JAPANESE = (
    "市は昨日、地下鉄3号線が2023年5月1日に開業すると発表した。先週の水曜日、市長は記者会見で、"
    "工事は3年半続いており、来月には全ての試験を終える予定だと述べた。平成30年に着工した。"
)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", CHINESE, {"昨天": "2022-03-13", "2023年5月1日": "2023-05-01",
                         "上周三": "2022-03-09", "三年半": "P3.5Y", "下个月": "2022-04",
                         "今天上午10点": "2022-03-14T10:00"}),
        ("ja", JAPANESE, {"昨日": "2022-03-13", "2023年5月1日": "2023-05-01",
                          "先週の水曜日": "2022-03-09", "3年半": "P3.5Y", "来月": "2022-04",
                          "平成30年": "2018"}),
    ],
)  # fmt: skip
def test_news_sentences_are_read_without_spaces(
    language: str, text: str, expected: dict[str, str]
) -> None:
    timeline = build_timeline(text, PUBLISHED, language=language)
    found = {event.phrase: event.time.value for event in timeline.events}
    assert found == expected
    for event in timeline.events:
        assert text[event.span.start : event.span.end] == event.phrase


def test_a_full_width_stop_ends_a_sentence() -> None:
    timeline = build_timeline(CHINESE, PUBLISHED, language="zh")
    sentence = {event.phrase: event.sentence for event in timeline.events}
    assert sentence["上周三"].startswith("上周三，市长")
    assert sentence["昨天"].endswith("正式开通。")


def test_script_variants_read_with_the_chinese_grammar() -> None:
    traditional = "下週三我們將在台北開會，上個月的會議已經結束。"
    timeline = build_timeline(traditional, PUBLISHED, language="zh-Hant")
    assert timeline.language == "zh-Hant"
    assert tier_of("zh-Hant") == tier_of("zh-Hans") == "grammar"
    assert {e.phrase: e.time.value for e in timeline.events} == {
        "下週三": "2022-03-23",
        "上個月": "2022-02",
    }


@pytest.mark.parametrize(
    ("phrase", "language", "value"),
    [("令和4年", "ja", "2022"), ("昭和二年", "ja", "1927"), ("平成元年", "ja", "1989"),
     ("二〇一八年十二月", "zh", "2018-12"), ("两周后", "zh", "2022-03-28"),
     ("2週間後", "ja", "2022-03-28"), ("3日前", "ja", "2022-03-11"),
     ("午後3時", "ja", "2022-03-14T15:00"), ("下午3点", "zh", "2022-03-14T15:00")],
)  # fmt: skip
def test_phrases_typed_alone(phrase: str, language: str, value: str) -> None:
    resolved = resolve_phrase(phrase, PUBLISHED, language=language)
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("language", "text"),
    [("zh", "请再快一点，这个问题十分重要。"), ("ja", "時間は十分ある。一時的に停止した。")],
)
def test_words_that_only_look_like_times_are_left_alone(language: str, text: str) -> None:
    assert build_timeline(text, PUBLISHED, language=language).events == ()


def test_rules_are_tried_only_where_their_characters_stand() -> None:
    """Text without spaces gives no word starts to skip to: the index must still try only a
    few of the grammar's rules at each place (all of them begin with a Chinese character or a
    digit), counted rather than timed."""
    text = CHINESE * 20
    work = Work()
    finder = finder_for("zh")
    finder.find(text, work=work)
    assert work.rule_attempts < 6 * len(text) < len(finder.grammar.rules) * len(text) / 4
