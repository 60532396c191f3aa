"""The files built before run time match what they are built from: a rule edited without
rebuilding them (`python -m timeline.engine.index_build`) fails here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from timeline.engine.index_build import build_source, dateparser_languages
from timeline.lang import GRAMMARS, LANGUAGES_FILE, grammar_of, index_path


@pytest.mark.parametrize("language", GRAMMARS)
def test_the_rule_index_on_disk_is_built_from_the_rules_of_today(language: str) -> None:
    on_disk = json.loads(index_path(language).read_text())
    assert on_disk == build_source(grammar_of(language).sources), (
        "stale index: run `python -m timeline.engine.index_build`"
    )


def test_the_language_list_on_disk_is_dateparsers() -> None:
    assert json.loads(LANGUAGES_FILE.read_text()) == dateparser_languages()


def test_an_english_text_needs_neither_the_index_builder_nor_dateparser() -> None:
    probe = (
        "import sys, timeline\n"
        "from datetime import datetime\n"
        "timeline.build_timeline('Talks collapsed on Friday.', datetime(2022, 3, 14))\n"
        "print('timeline.engine.index_build' in sys.modules, 'dateparser' in sys.modules)\n"
    )
    command = [sys.executable, "-c", probe]
    shown = subprocess.run(command, capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "False"]
