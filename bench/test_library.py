"""The library in process: `build_timeline` against dateparser's `search_dates` on the same
text, and the cost of the same text at 1x, 10x and 100x its length.

Comparisons interleave the two sides round by round, so that a busy moment on a shared machine
slows both rather than one; the figures are medians. Every round reads the article as
published on a different day, so that no cache keyed on the date can help.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from dateparser.search import search_dates
from pytest_benchmark.fixture import BenchmarkFixture

from bench.support import BENCH_DIR, FIGURES, Article, load_article, middle, milliseconds
from timeline import MAX_EXPRESSIONS, build_timeline, warm_up, warm_up_finder

SPEED_UP_TARGET = 25.0
LINEARITY_TARGET = 110.0
# Paired rounds per article: search_dates takes tens to hundreds of milliseconds a call.
PAIRED_ROUNDS = {"example": 15, "short": 30, "long": 7}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    warm_up()
    warm_up_finder()
    search_dates("It rained on Friday.", languages=["en"])


def _seconds(work: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    work(*args, **kwargs)
    return time.perf_counter() - started


def test_build_timeline(benchmark: BenchmarkFixture, article: Article) -> None:
    """pytest-benchmark's own statistics for `build_timeline` on each article."""
    rounds = iter(range(1_000_000))

    def next_round() -> tuple[tuple[str], dict[str, object]]:
        return (article.text,), {"published": article.published_on_round(next(rounds))}

    # pytest-benchmark ships no type hints for pedantic().
    timeline = benchmark.pedantic(  # type: ignore[no-untyped-call]
        build_timeline, setup=next_round, rounds=60, warmup_rounds=3
    )
    assert timeline.events


def test_build_timeline_against_search_dates(article: Article) -> None:
    """`build_timeline` at least 25 times faster than `search_dates` on the example article."""
    ours: list[float] = []
    theirs: list[float] = []
    for index in range(PAIRED_ROUNDS[article.name]):
        published = article.published_on_round(index)
        theirs.append(_seconds(search_dates, article.text, languages=["en"]))
        ours.append(_seconds(build_timeline, article.text, published=published))
    speed_up = middle(theirs) / middle(ours)
    name = f"{article.name} article ({article.words:,} words)"
    FIGURES.add("library", f"build_timeline, {name}", milliseconds(middle(ours)))
    FIGURES.add("library", f"search_dates, {name}", milliseconds(middle(theirs)))
    is_target = article.name == "example"
    FIGURES.add(
        "library",
        f"  speed-up on the {article.name} article",
        f"{speed_up:.1f}x",
        f">= {SPEED_UP_TARGET:.0f}x" if is_target else "",
        speed_up >= SPEED_UP_TARGET if is_target else None,
    )
    if is_target:
        assert speed_up >= SPEED_UP_TARGET


def test_cost_grows_linearly_with_the_text() -> None:
    """The same article at 1x, 10x and 100x: 100x the text at most 110x the time."""
    article = load_article("example")
    expressions = len(build_timeline(article.text, published=article.published).events)
    assert expressions * 100 <= MAX_EXPRESSIONS, "100 copies would be refused as too many"
    times: dict[int, list[float]] = {1: [], 10: [], 100: []}
    runs = {1: 20, 10: 4, 100: 1}  # per round, so that each size gets a similar share of time
    texts = {copies: "\n\n".join([article.text] * copies) for copies in times}
    for index in range(4):
        published = article.published_on_round(index)
        for copies, text in texts.items():
            for _ in range(runs[copies]):
                gc.collect()
                times[copies].append(_seconds(build_timeline, text, published=published))
    one = middle(times[1])
    for copies in (1, 10, 100):
        FIGURES.add(
            "linearity", f"build_timeline, example x{copies}", milliseconds(middle(times[copies]))
        )
    ratio = middle(times[100]) / one
    FIGURES.add(
        "linearity",
        "  time of x100 / time of x1",
        f"{ratio:.1f}x",
        f"<= {LINEARITY_TARGET:.0f}x",
        ratio <= LINEARITY_TARGET,
    )
    assert ratio <= LINEARITY_TARGET


NEWS_DOCUMENT_TARGET_MS = 1.0


def test_a_news_document_of_the_median_timeml_size() -> None:
    """A 1.4 kB news article (our own, the size of the median TempEval document): its
    timeline in under a millisecond, median of 200 runs."""
    path = BENCH_DIR / "articles" / "news-1400-bytes.txt"
    text = path.read_text(encoding="utf-8")
    published = datetime(2023, 9, 20)
    build_timeline(text, published=published)
    times = []
    for index in range(200):
        times.append(_seconds(build_timeline, text, published=published + timedelta(days=index)))
    took = middle(times) * 1000
    FIGURES.add(
        "library",
        f"build_timeline, a {len(text.encode()):,}-byte news article",
        f"{took:.2f} ms",
        f"< {NEWS_DOCUMENT_TARGET_MS:.0f} ms",
        took < NEWS_DOCUMENT_TARGET_MS,
    )
    assert took < NEWS_DOCUMENT_TARGET_MS


TIMEML_DOCUMENTS = [
    BENCH_DIR.parent.parent / "shared" / "eval" / "data" / name / "timeml.jsonl"
    for name in ("core", "meantime")
]


def test_the_median_timeml_document() -> None:
    """The documents of the shared TimeML gold (read at bench time, never copied): the median
    of their timelines' times."""
    documents = [
        json.loads(line)
        for path in TIMEML_DOCUMENTS
        if path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    if not documents:
        pytest.skip("the shared TimeML documents are not beside the project")
    times = []
    for document in documents:
        published = datetime.fromisoformat(document["published"][:19])
        build_timeline(document["text"], published=published)
        times.append(middle([_seconds(build_timeline, document["text"], published=published)
                             for _ in range(5)]))  # fmt: skip
    sizes = sorted(float(len(document["text"].encode())) for document in documents)
    took = middle(times) * 1000
    label = f"build_timeline, median of {len(documents)} TimeML documents ({middle(sizes):,.0f} B)"
    FIGURES.add("library", label, f"{took:.2f} ms", "< 1 ms", took < NEWS_DOCUMENT_TARGET_MS)
    assert took < NEWS_DOCUMENT_TARGET_MS
