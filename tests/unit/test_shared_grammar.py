"""The shared grammar package (`timeline.lang.shared`): what each language loads from it."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> list[str]:
    probe = (
        "import sys, timeline\n"
        f"{code}\n"
        "print(' '.join(sorted(name for name in sys.modules if name.startswith('timeline.lang.')"
        " and not name.startswith('timeline.lang.en'))))\n"
    )
    command = [sys.executable, "-c", probe]
    shown = subprocess.run(command, capture_output=True, text=True, check=True)
    return shown.stdout.split()


def test_an_english_text_loads_only_the_shared_modules_english_uses() -> None:
    loaded = _loaded_after(
        "from datetime import datetime\n"
        "timeline.build_timeline('Talks collapsed on Friday.', datetime(2022, 3, 14))"
    )
    shared = [name for name in loaded if name.startswith("timeline.lang.shared")]
    assert shared == [
        "timeline.lang.shared",
        "timeline.lang.shared.holidays",
        "timeline.lang.shared.produce",
    ]
    languages = {name.split(".")[2] for name in loaded} - {"shared"}
    assert not languages & {"de", "nl", "zh", "ja", "es", "fr", "it", "pt", "romance"}
