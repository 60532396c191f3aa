"""The language-detection yardstick: our own samples, read by the service's detector."""

from __future__ import annotations

import pytest

from scripts.detect_accuracy import main
from scripts.language_samples import SAMPLES


def test_every_language_has_headlines_and_ledes() -> None:
    for texts in SAMPLES.values():
        assert len(set(texts)) == 8
        assert max(map(len, texts[:2])) < min(map(len, texts[2:]))  # two headlines first


def test_the_script_scores_the_service_detector(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["detect_accuracy.py"])
    assert main() == 0
    first = capsys.readouterr().out.splitlines()[0]
    right, total = first.split(": ")[1].split(" = ")[0].split("/")
    assert int(total) == 8 * len(SAMPLES)
    assert int(right) >= 0.95 * int(total)
