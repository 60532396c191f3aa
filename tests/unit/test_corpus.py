"""Every rule and composition of every grammar, run on its own examples.

An example with `text` is read inside that sentence as a document; one without is resolved
alone. Each must come out with its value (and start/end when it gives them), produced by a
trace that names its rule: an example that another rule happens to answer proves nothing
about its own. A record with no example fails; a known gap (`gap=`) is an expected failure.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline import build_timeline, resolve_phrase
from timeline.engine.records import Example
from timeline.lang import GRAMMARS, grammar_of
from timeline.model import TimeValue


def _records() -> list[tuple[str, str, tuple[Example, ...]]]:
    found = []
    for language in GRAMMARS:
        grammar = grammar_of(language)
        for rule in grammar.rules:
            found.append((language, rule.name, rule.examples))
        for composition in grammar.compositions:
            found.append((language, composition.name, composition.examples))
    return found


RECORDS = _records()
CASES = [
    pytest.param(
        language,
        name,
        example,
        id=f"{language}:{name}:{example.phrase}",
        marks=[pytest.mark.xfail(reason=example.gap, strict=True)] if example.gap else [],
    )
    for language, name, examples in RECORDS
    for example in examples
]


@pytest.mark.parametrize(("language", "name"), [(lang, name) for lang, name, _ in RECORDS])
def test_every_rule_has_an_example(language: str, name: str) -> None:
    examples = next(found for lang, rule, found in RECORDS if (lang, rule) == (language, name))
    assert examples, f"{language} rule {name} has no example"


def _value_of(language: str, example: Example) -> TimeValue | None:
    published = datetime.fromisoformat(example.reference)
    if example.text is None:
        return resolve_phrase(
            example.phrase, published, language=language, prefer=example.prefer, explain=True
        )
    timeline = build_timeline(
        example.text, published, language=language, prefer=example.prefer, explain=True
    )
    return next((e.time for e in timeline.events if e.phrase == example.phrase), None)


@pytest.mark.parametrize(("language", "name", "example"), CASES)
def test_example_resolves_by_its_rule(language: str, name: str, example: Example) -> None:
    value = _value_of(language, example)
    if example.value is None:
        assert value is None or name not in (value.rule or ""), value
        return
    assert value is not None, f"{example.phrase!r} was not found"
    assert (value.value, name in (value.rule or "")) == (example.value, True), value
    if example.start is not None:
        assert value.start is not None and value.start.isoformat() == example.start, value
    if example.end is not None:
        assert value.end is not None and value.end.isoformat() == example.end, value
