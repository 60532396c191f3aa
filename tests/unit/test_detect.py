"""`language="auto"`: the detector names the language, says how sure it is, and falls back to
English when it is not sure enough."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import build_timeline
from timeline.detect import FALLBACK, THRESHOLD, detect_language

PUBLISHED = datetime(2022, 3, 14)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister met the union leaders yesterday to discuss the strike.", "en"),
        ("Der Minister traf sich gestern mit den Vertretern der Gewerkschaft.", "de"),
        ("El ministro se reunió ayer con los representantes del sindicato.", "es"),
        ("市政府昨天宣布，地铁三号线将于明年五月开通。", "zh"),
        ("市は昨日、地下鉄の新しい路線を来年開業すると発表した。", "ja"),
        ("Президент выступил вчера с обращением к парламенту.", "ru"),
    ],
)
def test_a_lede_is_read_in_its_language(text: str, language: str) -> None:
    found = detect_language(text)
    assert (found.language, found.fallback) == (language, False)
    assert THRESHOLD <= found.confidence <= 1


@pytest.mark.parametrize("text", ["2021", "Storm", "12:30"])
def test_too_little_to_tell_falls_back_to_english(text: str) -> None:
    found = detect_language(text)
    assert (found.language, found.fallback) == (FALLBACK, True)
    assert 0 <= found.confidence < THRESHOLD


def test_an_auto_timeline_says_what_was_detected() -> None:
    text = "Der Minister traf sich gestern mit den Vertretern der Gewerkschaft."
    timeline = build_timeline(text, PUBLISHED, language="auto")
    assert timeline.language == "de"
    assert timeline.detected is not None and timeline.detected.language == "de"
    assert [event.time.value for event in timeline.events] == ["2022-03-13"]


def test_a_timeline_in_a_given_language_detects_nothing() -> None:
    timeline = build_timeline("It rained yesterday.", PUBLISHED, language="en")
    assert timeline.detected is None
