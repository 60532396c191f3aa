"""`make eval`: serve the app on a free loopback port and score it with the shared gold set.

    python scripts/run_eval.py [--baseline | --against-baseline] [scorer options]

The scorer and data live outside the repo (`../shared/eval` by default, or $TIMELINE_EVAL_DIR);
its last line is the summary quoted in the README. Scorer options such as `--json errors.json`
pass through. `--baseline` scores dateparser alone behind the same API
(`scripts/dateparser_baseline.py`) instead, so that both are measured alike.
`--against-baseline` scores both and then counts the gold items that dateparser gets right and
we do not, naming each: the README's "at least as correct" rests on that list.
`--by-language` scores each language's Recognizers-Text folder apart and prints the README's
table of languages (phrases and one-sentence documents).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from service.localserver import PROJECT_ROOT, running_server

OURS = "service:create_app()"
BASELINE = "scripts.dateparser_baseline:create_app()"


def main() -> int:
    eval_dir = Path(os.environ.get("TIMELINE_EVAL_DIR", PROJECT_ROOT.parent / "shared" / "eval"))
    scorer = eval_dir / "score.py"
    if not scorer.is_file():
        print(f"no scorer at {scorer}; set TIMELINE_EVAL_DIR", file=sys.stderr)
        return 2
    arguments = sys.argv[1:]
    if "--against-baseline" in arguments:
        arguments.remove("--against-baseline")
        return _against_baseline(scorer, eval_dir, arguments)
    if "--by-language" in arguments:
        arguments.remove("--by-language")
        return _by_language(scorer, eval_dir, arguments)
    app = OURS
    if "--baseline" in arguments:
        arguments.remove("--baseline")
        app = BASELINE
    return _score(app, scorer, eval_dir, arguments)


def _score(app: str, scorer: Path, eval_dir: Path, arguments: list[str]) -> int:
    with running_server(workers=2, app=app) as (base_url, _process):
        command = [sys.executable, str(scorer), "--url", base_url, "--data", str(eval_dir / "data")]
        return subprocess.call(command + arguments)


# The table's columns: (header, the summary segment, the figure in it).
COLUMNS = (
    ("phrases acc", "recognizers", "acc"),
    ("phrases value_acc", "recognizers", "value_acc"),
    ("parser phrases acc", "recognizers-parser", "acc"),
    ("sentences relaxed F1", "recognizers-sentences", "relaxed_f1"),
    ("sentences value F1", "recognizers-sentences", "value_f1"),
)


def _by_language(scorer: Path, eval_dir: Path, arguments: list[str]) -> int:
    from timeline.lang import tier_of  # noqa: PLC0415 - only this mode needs the library

    languages = eval_dir / "data" / "recognizers"
    folders = sorted(path for path in languages.iterdir() if path.is_dir())
    rows = []
    with running_server(workers=2, app=OURS) as (base_url, _process):
        for folder in folders:
            command = [sys.executable, str(scorer), "--url", base_url, "--data", str(folder)]
            done = subprocess.run(command + arguments, capture_output=True, text=True, check=False)
            if done.returncode != 0 or not done.stdout.strip():
                print(f"{folder.name}: the scorer failed\n{done.stderr}", file=sys.stderr)
                return done.returncode or 1
            summary = done.stdout.strip().splitlines()[-1]
            figures = [_figure(summary, segment, name) for _, segment, name in COLUMNS]
            rows.append((folder.name, tier_of(folder.name), *figures))
    print("| language | tier | " + " | ".join(header for header, _, _ in COLUMNS) + " |")
    print("| --- " * (len(COLUMNS) + 2) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


def _figure(summary: str, segment: str, name: str) -> str:
    """One figure of a scorer summary line ("recognizers acc=0.806 ... | ..."), or "-"."""
    for part in summary.split("|"):
        words = part.split()
        if words and words[0] == segment:
            found = re.search(rf"(?:^|\s){name}=(\S+)", part)
            return found.group(1) if found and found.group(1) != "n/a" else "-"
    return "-"


def _against_baseline(scorer: Path, eval_dir: Path, arguments: list[str]) -> int:
    with tempfile.TemporaryDirectory() as folder:
        reports = {OURS: Path(folder) / "ours.json", BASELINE: Path(folder) / "dateparser.json"}
        for app, report in reports.items():
            print(f"{'ours' if app == OURS else 'dateparser'}:", flush=True)
            status = _score(app, scorer, eval_dir, [*arguments, "--json", str(report)])
            if status != 0:
                return status
        ours, theirs = (json.loads(report.read_text()) for report in reports.values())
    lost = _only_theirs(ours, theirs)
    for line in lost:
        print(f"  dateparser right, ours not: {line}")
    print(f"gold items dateparser gets right and we do not: {len(lost)}")
    return 0


def _only_theirs(ours: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """Phrases they resolve correctly and we do not, and TimeML expressions whose value they
    match and we do not."""

    def key(phrase: dict[str, Any]) -> tuple[str, str, str]:
        return phrase["source"], phrase["phrase"], phrase["reference"]

    our_phrases = {key(p): p["correct"] for p in ours["phrases"]}
    lost = [
        f"{p['source']} phrase {p['phrase']!r}"
        for p in theirs["phrases"]
        if p["correct"] and not our_phrases[key(p)]
    ]
    our_values = {
        (doc["doc_id"], match["gold"]["start"]): match["value_ok"]
        for doc in ours["docs"]
        for match in doc["matches"]
    }
    lost += [
        f"{doc['doc_id']} {match['gold']['text']!r} = {match['gold']['value']}"
        for doc in theirs["docs"]
        for match in doc["matches"]
        if match["value_ok"] and not our_values.get((doc["doc_id"], match["gold"]["start"]))
    ]
    return lost


if __name__ == "__main__":
    sys.exit(main())
