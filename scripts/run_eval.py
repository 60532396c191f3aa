"""`make eval`: serve the app on a free loopback port and score it with the shared gold set.

    python scripts/run_eval.py [--baseline] [scorer options, e.g. --json errors.json]

The scorer and data live outside the repo (`../shared/eval` by default, or $TIMELINE_EVAL_DIR);
its last line is the summary quoted in the README. `--baseline` scores dateparser alone behind
the same API (`scripts/dateparser_baseline.py`) instead, so that both are measured alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from service.localserver import PROJECT_ROOT, running_server


def main() -> int:
    eval_dir = Path(os.environ.get("TIMELINE_EVAL_DIR", PROJECT_ROOT.parent / "shared" / "eval"))
    scorer = eval_dir / "score.py"
    if not scorer.is_file():
        print(f"no scorer at {scorer}; set TIMELINE_EVAL_DIR", file=sys.stderr)
        return 2
    arguments = sys.argv[1:]
    app = "service:create_app()"
    if "--baseline" in arguments:
        arguments.remove("--baseline")
        app = "scripts.dateparser_baseline:create_app()"
    with running_server(workers=2, app=app) as (base_url, _process):
        command = [sys.executable, str(scorer), "--url", base_url, "--data", str(eval_dir / "data")]
        command += arguments
        return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
