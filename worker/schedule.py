"""The long-running worker: an APScheduler BlockingScheduler that calls the jobs in jobs.py.

- poll: every IEPTRAIL_POLL_MINUTES, first at start; with IEPTRAIL_IMAP_IDLE it IDLEs in between.
- digest: IEPTRAIL_DIGEST_DAY at IEPTRAIL_DIGEST_TIME in IEPTRAIL_TIMEZONE.
- retry-outgoing: every RETRY_OUTGOING_MINUTES, first at start: mail that could not be sent before.
- heartbeat: tells `ieptrail status` the worker is alive and when the jobs run next.

Jobs never overlap (max_instances=1) and missed runs collapse into one (coalesce): a poll runs
however late it is, a digest within DIGEST_GRACE_SECONDS of its time; APScheduler logs a warning
for every missed or skipped run. SIGTERM and SIGINT stop the scheduler; the job in hand stops
after the message it is storing is committed.
A refused IMAP login pauses polling until restart instead of retrying against the server.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import threading
import time
from datetime import datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import SchedulerNotRunningError
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from ieptrail.config import Settings
from ieptrail.config.log_setup import configure_logging
from ieptrail.errors import ConfigError, IEPTrailError
from ieptrail.ingest.imap import ImapAuthError, account_name
from ieptrail.store.db import Database
from ieptrail.store.views import HEARTBEAT_SECONDS
from ieptrail.store.worker_runs import register_worker, worker_seen, worker_stopped
from ieptrail.trail.context import Context
from ieptrail.trail.importer import Importer
from ieptrail.worker import jobs
from ieptrail.worker.poll import Backoff

log = logging.getLogger("ieptrail.worker")

IDLE_MARGIN_SECONDS = 10  # an IDLE wait ends this long before the next poll is due, so runs do not collide
DIGEST_GRACE_SECONDS = 12 * 3600  # a digest due while the machine slept still goes out within this window
RETRY_OUTGOING_MINUTES = 5  # how often to look for failed sends whose retry time has come
UNLISTED_JOBS = ("heartbeat", "retry-outgoing")  # not shown as "next runs" in `ieptrail status`


class Worker:
    def __init__(self, settings: Settings, db: Database, importer: Importer, backoff: Backoff = Backoff()):
        self.settings, self.db, self.importer, self.backoff = settings, db, importer, backoff
        self.stop = threading.Event()
        self.note: str | None = None
        self.worker_id: int | None = None
        self.executor = ThreadPoolExecutor(max_workers=3)
        self.scheduler = BlockingScheduler(timezone=settings.timezone, executors={"default": self.executor})
        never_overlapping = {"max_instances": 1, "coalesce": True}  # late runs collapse into one
        now = datetime.now(settings.timezone)
        self.scheduler.add_job(self.poll_job, IntervalTrigger(minutes=settings.poll_minutes, timezone=settings.timezone),
                               id="poll", name="poll", next_run_time=now, misfire_grace_time=None,
                               **never_overlapping)
        digest_at = settings.digest_time
        self.scheduler.add_job(
            self.digest_job, CronTrigger(day_of_week=settings.digest_day, hour=digest_at.hour,
                                         minute=digest_at.minute, timezone=settings.timezone),
            id="digest", name="digest", misfire_grace_time=DIGEST_GRACE_SECONDS, **never_overlapping)
        self.scheduler.add_job(self.retry_outgoing_job, IntervalTrigger(minutes=RETRY_OUTGOING_MINUTES),
                               id="retry-outgoing", name="retry-outgoing", next_run_time=now, misfire_grace_time=None,
                               **never_overlapping)
        self.scheduler.add_job(self.heartbeat_job, IntervalTrigger(seconds=HEARTBEAT_SECONDS), id="heartbeat",
                               name="heartbeat", next_run_time=now, misfire_grace_time=None, **never_overlapping)

    def run(self) -> int:
        """Block until SIGTERM/SIGINT; then let the job in hand finish and return 0."""
        self.worker_id = register_worker(self.db, socket.gethostname(), os.getpid())
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        imap = self.settings.imap
        log.info("worker started (pid %d): polling %s folder %s every %d min%s; weekly digest %s %s (%s)",
                 os.getpid(), account_name(imap), imap.folder, self.settings.poll_minutes,
                 ", IDLE in between" if imap.idle else "", self.settings.digest_day,
                 self.settings.digest_time.strftime("%H:%M"), self.settings.timezone.key)
        try:
            if not self.stop.is_set():
                self.scheduler.start()
            self.executor.shutdown(wait=True)  # the scheduler no longer waits: the job in hand finishes here
        finally:
            worker_stopped(self.db, self.worker_id)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        log.info("worker stopped")
        return 0

    def _on_signal(self, signum, _frame) -> None:
        if self.stop.is_set():
            log.info("still stopping: finishing the message in hand")
            return
        log.info("%s received: stopping after the message in hand is stored", signal.Signals(signum).name)
        self.stop.set()
        # Not from inside the signal handler: shutdown takes the scheduler's locks.
        threading.Thread(target=self._shutdown_scheduler, name="shutdown", daemon=True).start()

    def _shutdown_scheduler(self) -> None:
        for _ in range(100):
            try:
                self.scheduler.shutdown(wait=False)
                return
            except SchedulerNotRunningError:  # the signal came while it was still starting
                time.sleep(0.05)

    def poll_job(self) -> None:
        until = time.monotonic() + self.settings.poll_minutes * 60 - IDLE_MARGIN_SECONDS
        try:
            jobs.poll_then_idle(self.db, self.settings, self.importer, stop=self.stop, until=until,
                                backoff=self.backoff)
        except ImapAuthError as exc:
            self.note = f"polling paused until the worker is restarted: {exc}"
            log.error("polling paused until the worker is restarted (a refused login is not retried)")
            self.scheduler.pause_job("poll")
        except IEPTrailError:
            pass  # logged and recorded by the job; the next poll tries again
        self.heartbeat_job()

    def digest_job(self) -> None:
        try:
            jobs.weekly_digest(self.db, self.settings)
        except IEPTrailError:
            pass  # logged and recorded by the job
        self.heartbeat_job()

    def retry_outgoing_job(self) -> None:
        try:
            jobs.retry_outgoing(self.db, self.settings, self.importer)
        except IEPTrailError:
            pass  # logged and recorded by the job; the mail is kept and tried again later

    def heartbeat_job(self) -> None:
        if self.worker_id is None or self.stop.is_set():
            return
        next_runs = {job.id: job.next_run_time for job in self.scheduler.get_jobs() if job.id not in UNLISTED_JOBS}
        try:
            worker_seen(self.db, self.worker_id, next_runs, self.note)
        except IEPTrailError as exc:
            log.warning("could not record the heartbeat: %s", exc)


def main(argv: list[str] | None = None, context: Context | None = None) -> int:
    """`run_worker.py` and `ieptrail worker` (which hands over its own context: its profile, its settings)."""
    parser = argparse.ArgumentParser(prog="run_worker.py", description=(
        "Poll the trail mailbox every IEPTRAIL_POLL_MINUTES and send the weekly digest. "
        "Settings come from the environment and .env (see README.md)."))
    parser.add_argument("--once", action="store_true", help="poll the mailbox once and exit (for cron and tests)")
    args = parser.parse_args(argv)
    app = context or Context()
    try:
        configure_logging(app.settings.log_level)
        # APScheduler's own INFO lines ("Running job …") would double ours; its warnings about
        # missed or skipped runs stay.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        if not app.settings.imap.configured:
            raise ConfigError("IEPTRAIL_IMAP_HOST is not set: the worker has no mailbox to poll")
        importer = jobs.mail_importer(app.db, app.settings, app.tagger)
        if args.once:
            return poll_once_until_signal(app.db, app.settings, importer)
        web_page = start_web_page(app.settings, app.db) if app.settings.serve_with_worker else None
        try:
            return Worker(app.settings, app.db, importer).run()
        finally:
            if web_page is not None:
                web_page.stop()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except IEPTrailError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def start_web_page(settings: Settings, db: Database):
    """IEPTRAIL_SERVE_WITH_WORKER: the page in a thread beside the schedule. A setting that would expose
    the record stops the worker; a page that cannot start (a busy port) is logged and polling goes on."""
    from ieptrail.web.security import check_exposure
    from ieptrail.web.serve import WebPage

    check_exposure(settings, settings.web_host)
    try:
        return WebPage(settings, db).start()
    except IEPTrailError as exc:
        log.error("the web page is not served: %s; polling goes on without it", exc)
        return None


def poll_once_until_signal(db: Database, settings: Settings, importer: Importer) -> int:
    stop = threading.Event()

    def on_signal(signum, _frame) -> None:
        log.info("%s received: stopping after the message in hand is stored", signal.Signals(signum).name)
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    jobs.poll_once(db, settings, importer, stop=stop)
    return 0
