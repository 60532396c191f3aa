"""Portuguese pattern pieces, built from the word lists by the shared Romance builders."""

from __future__ import annotations

from typing import Final

from timeline.lang.pt.words import LEXICON
from timeline.lang.romance.patterns import Pieces, build

PIECES: Final[Pieces] = build(LEXICON)
