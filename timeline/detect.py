"""Which language a text is written in, for `language: "auto"`.

py3langid's naive Bayes model (shipped inside the package, about 4 MB, loaded on first use:
about 0.6 s) names one of 140 languages with a probability. On the short news-like texts of
`scripts/language_samples.py` (headlines and one-sentence ledes in fifteen languages) it named
118 of 120 right; `python scripts/detect_accuracy.py` measures it and the other candidates.
Below `THRESHOLD`, or for a language this library cannot read, the text is read as English and
the answer says so.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from timeline.lang import SUPPORTED_LANGUAGES
from timeline.model import Detected

AUTO = "auto"
FALLBACK = "en"
# Below this probability the guess is no better than English would be: a bare number or a
# name gives an almost even spread (about 0.01 for each language), a headline 0.3 to 0.9.
THRESHOLD = 0.2
# What the detector reads of a long text: its start says the language as well as the whole.
_PREFIX = 2000


def detect_language(text: str) -> Detected:
    """The language of `text` as `build_timeline` reads it; English when unsure."""
    found, probability = _identifier().classify(text[:_PREFIX])
    confidence = round(float(probability), 3)
    code = _CODES.get(str(found), str(found))
    if confidence < THRESHOLD or code not in SUPPORTED_LANGUAGES:
        return Detected(FALLBACK, confidence, fallback=True)
    return Detected(code, confidence)


# py3langid's codes for what dateparser reads under another code: Norwegian, Arabic of Egypt
# and Morocco, Wu Chinese, Uzbek in Arabic script, Kikuyu.
_CODES = {"no": "nb", "arz": "ar", "ary": "ar", "wuu": "zh", "uzs": "uz", "kik": "ki"}


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415 - 0.6 s

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
