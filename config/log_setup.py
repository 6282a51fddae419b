"""Logging set-up for every entry point: one line per event on stderr, at IEPTRAIL_LOG_LEVEL."""
from __future__ import annotations

import logging
import sys


def configure_logging(level: str) -> None:
    """Log at `level` from now on (called again, e.g. by `ieptrail worker` after the command line set
    its own quieter level, it changes the level and keeps the one handler)."""
    chosen = getattr(logging, level.upper(), logging.INFO)
    logging.basicConfig(level=chosen, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger().setLevel(chosen)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl" on every start
