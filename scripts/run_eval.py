"""`make eval`: serve the app on a free loopback port and score it with the shared gold set.

The scorer and data live outside the repo (`../shared/eval` by default, or $TIMELINE_EVAL_DIR);
its last line is the summary quoted in the README.
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
    with running_server(workers=2) as (base_url, _process):
        command = [sys.executable, str(scorer), "--url", base_url, "--data", str(eval_dir / "data")]
        command += sys.argv[1:]
        return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
