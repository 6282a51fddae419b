"""The worker's jobs, called the same way by run_worker.py, `run_worker.py --once` and the CLI.

Every run is recorded (store.worker_runs) and leaves one log line saying what happened.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime

from ieptrail.admission import sender_admission
from ieptrail.config import Settings
from ieptrail.errors import IEPTrailError, IngestError
from ieptrail.mailbox_poll import Backoff, MailboxPoller, PollResult
from ieptrail.pipeline import Importer
from ieptrail.store.db import Database
from ieptrail.store.worker_runs import recorded_run

log = logging.getLogger("ieptrail.worker")

IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: re-issue IDLE before servers drop it at 30 minutes


def mail_importer(db: Database, settings: Settings, tagger) -> Importer:
    """The Importer for mail that arrives by itself: only allowed senders enter the record."""
    return Importer(db, settings, tagger, admission=sender_admission(settings))


def poll_once(db: Database, settings: Settings, importer: Importer, *, stop: threading.Event | None = None,
              backoff: Backoff = Backoff(), on_committed: Callable[[int], None] | None = None) -> PollResult:
    """One poll of the trail mailbox (`run_worker.py --once`, `ieptrail poll`)."""
    poller = MailboxPoller(db, settings, importer, stop=stop, backoff=backoff, on_committed=on_committed)
    try:
        return recorded_poll(db, settings, poller)
    finally:
        poller.close()


def poll_then_idle(db: Database, settings: Settings, importer: Importer, *, stop: threading.Event,
                   until: float, backoff: Backoff = Backoff()) -> None:
    """The scheduled poll. With IEPTRAIL_IMAP_IDLE it then waits on IMAP IDLE until `until`
    (time.monotonic()) and polls again as soon as mail arrives; without IDLE on the server it
    falls back to the schedule alone."""
    poller = MailboxPoller(db, settings, importer, stop=stop, backoff=backoff)
    try:
        recorded_poll(db, settings, poller)
        while settings.imap.idle and not stop.is_set():
            remaining = until - time.monotonic()
            if remaining < 1:
                return
            try:
                arrived = poller.wait_for_new_mail(min(remaining, IDLE_RENEW_SECONDS))
            except IngestError as exc:  # the server has no IDLE: the schedule alone will do
                log.warning("%s", exc)
                return
            if arrived and not stop.is_set():
                recorded_poll(db, settings, poller)
    finally:
        poller.close()


def recorded_poll(db: Database, settings: Settings, poller: MailboxPoller) -> PollResult:
    started = time.monotonic()
    where = f"{poller.account} {settings.imap.folder}"
    try:
        with recorded_run(db, "poll") as run:
            result = poller.poll()
            if result.imported.new:
                poller.importer.finish()
            run.summary = result.summary()
    except IEPTrailError as exc:
        log.error("poll %s failed after %.1f s: %s", where, time.monotonic() - started, exc)
        raise
    log.info("poll %s: %s (%.1f s)", where, run.summary, time.monotonic() - started)
    return result


def weekly_digest(db: Database, settings: Settings, now: datetime | None = None) -> str:
    """The weekly digest job; the digest itself lives in ieptrail.notify.digest (its own issue)."""
    now = now or datetime.now(settings.timezone)
    try:
        with recorded_run(db, "digest") as run:
            try:
                from ieptrail.notify.digest import send_scheduled_digest
            except ModuleNotFoundError as exc:
                if exc.name not in ("ieptrail.notify.digest", "ieptrail.notify"):
                    raise  # the digest is there but something it needs is not: a real failure
                run.skip("weekly digest not available yet")
            else:
                run.summary = send_scheduled_digest(db, settings, now)
    except IEPTrailError as exc:
        log.error("digest failed: %s", exc)
        raise
    log.info("digest: %s", run.summary)
    return run.summary
