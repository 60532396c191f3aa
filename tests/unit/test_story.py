"""Story time: year-less expressions count from the time a narrative has reached, and news
keeps counting from its publish date."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import build_timeline

HISTORY = (
    "In the spring of 1915 the regiment landed on the peninsula. In June it moved inland, and "
    "on 12 August it was withdrawn to the beaches. The division sailed home in 1916. On 3 "
    "April it reached Egypt, and three weeks later it was in France. It marched north in May "
    "and took the ridge that summer. The next winter was the hardest of the war.\n\n"
    "The school opened in 1987. In September it took its first pupils, and by the following "
    "spring it had four hundred."
)
NEWS = (
    "The council met on Monday and approved the budget. The mayor said in 2019 that taxes "
    "would not rise, but on March 3 the council voted to raise them. The new rate takes "
    "effect in April, and the first bills go out in May."
)


def _values(text: str, published: datetime) -> dict[str, tuple[str, str]]:
    events = build_timeline(text, published).events
    by_id = {event.id: event for event in events}
    return {
        event.phrase: (
            event.time.value,
            by_id[event.time.anchor].phrase if event.time.anchor in by_id else event.time.anchor,
        )
        for event in events
    }


@pytest.mark.parametrize(
    ("phrase", "value", "anchor"),
    [
        ("June", "1915-06", "the spring of 1915"),
        ("12 August", "1915-08-12", "June"),
        ("3 April", "1916-04-03", "1916"),
        ("three weeks later", "1916-04-24", "3 April"),
        ("May", "1916-05", "three weeks later"),
        ("September", "1987-09", "1987"),
        ("the following spring", "1988-SP", "September"),
    ],
)
def test_a_history_counts_from_the_time_it_has_reached(
    phrase: str, value: str, anchor: str
) -> None:
    assert _values(HISTORY, datetime(2009, 12, 19))[phrase] == (value, anchor)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("March 3", "2022-03-03"), ("April", "2022-04"), ("May", "2022-05"), ("Monday", "2022-03-14")],
)
def test_news_counts_from_its_publish_date_even_after_an_old_year(phrase: str, value: str) -> None:
    assert _values(NEWS, datetime(2022, 3, 14))[phrase] == (value, "published")


def test_a_sentence_ends_at_a_full_stop_and_one_line_break() -> None:
    text = "Prices peaked in 1983.\nThey have not risen since February."
    assert _values(text, datetime(2022, 3, 14))["February"] == ("2022-02", "published")


def test_a_past_perfect_tells_of_a_time_before_the_story_and_does_not_move_it() -> None:
    text = (
        "The siege began in 1940. In May 1944 the garrison attacked, helped by units that had "
        "crossed the river in late 1943. By June the town was free. The men had to wait until "
        "1945 for leave, and in August they went home."
    )
    values = _values(text, datetime(2009, 12, 19))
    assert values["June"] == ("1944-06", "May 1944")
    assert values["late 1943"][0] == "1943"
    assert values["August"] == ("1945-08", "1945")  # "had to" is no past perfect


def test_a_clock_time_in_a_narrative_falls_on_the_day_the_story_has_reached() -> None:
    text = (
        "The offensive began in 1917. It stalled in 1918, and the armistice was signed on 11 "
        "November 1918. At 10:57 the last shells were fired."
    )
    assert _values(text, datetime(2009, 12, 19))["10:57"] == (
        "1918-11-11T10:57",
        "11 November 1918",
    )


# A history whose time is told as much by its decades and centuries as by its years: two
# years alone would not make it a narrative.
ERAS = (
    "The town grew up around a river crossing in the 1280s and was walled in the 1300s. In "
    "1644 it was besieged by a royalist army, and on 3 August the walls were breached. By the "
    "1800s it was a mill town, and in the 19th century its population tripled. In 1952 the "
    "last mill closed; on 14 March the looms were sold."
)


@pytest.mark.parametrize(
    ("phrase", "value", "anchor"),
    [("3 August", "1644-08-03", "1644"), ("14 March", "1952-03-14", "1952")],
)
def test_decades_and_centuries_make_a_history_a_narrative(
    phrase: str, value: str, anchor: str
) -> None:
    assert _values(ERAS, datetime(2024, 5, 1))[phrase] == (value, anchor)


def test_news_that_names_a_century_still_counts_from_its_publish_date() -> None:
    text = (
        "The museum, built in the 19th century, reopened on Monday after a fire last year. "
        "Its director said the roof would be finished in June."
    )
    values = _values(text, datetime(2024, 5, 1))
    assert values["June"] == ("2024-06", "published")
    assert values["Monday"] == ("2024-04-29", "published")


def test_a_history_told_in_the_present_keeps_its_story() -> None:
    text = (
        "In 1642 the war begins. In 1643 the king holds Oxford. In 1644 the army reaches the "
        "town, and on 3 August it opens fire on the walls."
    )
    assert _values(text, datetime(2024, 5, 1))["3 August"] == ("1644-08-03", "1644")
