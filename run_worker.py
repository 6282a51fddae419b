#!/usr/bin/env python3
"""The IEP Paper Trail worker: polls the trail mailbox and sends the weekly digest.

    python run_worker.py          # run until SIGTERM / Ctrl-C
    python run_worker.py --once   # one poll, then exit (cron, tests)

Everything it does lives in ieptrail.worker.schedule and ieptrail.worker.jobs; see README.md, "The worker".
"""
import sys
from pathlib import Path

# Run as a script, this file's folder (the repository root, which *is* the ieptrail package)
# would come first on sys.path and shadow top-level modules with ours (`config`, `errors`, …).
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

try:
    from ieptrail.worker.schedule import main
except ModuleNotFoundError as exc:
    if exc.name != "ieptrail":
        raise
    sys.exit("ieptrail is not installed here: run ./scripts/install, then .venv/bin/python run_worker.py")

if __name__ == "__main__":
    sys.exit(main())
