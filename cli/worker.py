"""`ieptrail worker`: the long-running worker (poll the trail mailbox, send the digest), however
ieptrail was installed; `run_worker.py` in a checkout starts the same thing."""
from __future__ import annotations

import sys

import click

from ieptrail.cli.common import App, pass_app


@click.command("worker")
@click.option("--once", is_flag=True, help="Poll the mailbox once and exit (for cron); the same as `ieptrail poll`.")
@pass_app
def worker_command(app: App, once: bool) -> None:
    """Run the worker until Ctrl-C or SIGTERM: poll the trail mailbox every IEPTRAIL_POLL_MINUTES and
    send the weekly digest (README.md, "The worker"). Logs one line per run to stderr."""
    from ieptrail.worker.schedule import main  # APScheduler: only for this command

    sys.exit(main(["--once"] if once else [], context=app))
