"""The worker's jobs, called the same way by run_worker.py, `run_worker.py --once` and the CLI.

Every run is recorded (store.worker_runs) and leaves one log line saying what happened.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ieptrail.config import Settings
from ieptrail.errors import IEPTrailError, IngestError, NotifyError
from ieptrail.ingest.admission import sender_admission
from ieptrail.notify.outbox import Outbox
from ieptrail.store.db import Database
from ieptrail.store.outgoing import due_for_retry
from ieptrail.store.repository import utcnow
from ieptrail.store.worker_runs import recorded_run
from ieptrail.trail.importer import Importer
from ieptrail.trail.wording import counted
from ieptrail.worker.poll import Backoff, MailboxPoller, PollResult

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

log = logging.getLogger("ieptrail.worker")

IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: re-issue IDLE before servers drop it at 30 minutes


def mail_importer(db: Database, settings: Settings, tagger: Tagger) -> Importer:
    """The Importer for mail that arrives by itself: only allowed senders enter the record. A worker
    runs for months: its follow-up refresh runs in a process of its own (trail.followups)."""
    return Importer(db, settings, tagger, admission=sender_admission(settings), refresh_apart=True)


def poll_once(db: Database, settings: Settings, importer: Importer, *, stop: threading.Event | None = None,
              backoff: Backoff = Backoff(), on_committed: Callable[[int], None] | None = None,
              on_found: Callable[[int], None] | None = None) -> PollResult:
    """One poll of the trail mailbox (`run_worker.py --once`, `ieptrail poll`)."""
    poller = MailboxPoller(db, settings, importer, stop=stop, backoff=backoff, on_committed=on_committed,
                           on_found=on_found)
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
    """The weekly digest job (ieptrail.notify.digest); a failed send is retried by retry_outgoing."""
    now = now or datetime.now(settings.timezone)
    from ieptrail.notify.digest import (
        send_scheduled_digest,  # templates and icalendar: only when needed
    )

    try:
        with recorded_run(db, "digest") as run:
            run.summary = send_scheduled_digest(db, settings, now)
    except IEPTrailError as exc:
        log.error("digest failed: %s", exc)
        raise
    log.info("digest: %s", run.summary)
    return run.summary


def retry_outgoing(db: Database, settings: Settings, importer: Importer | None, now: datetime | None = None) -> str | None:
    """Send again the mail that could not go out before (digests, follow-ups, recaps), once its retry
    time has come. A run is recorded only when something was due; None when nothing was."""
    now = now or utcnow()
    with db.session_scope() as session:
        if not due_for_retry(session, now):
            return None
    try:
        with recorded_run(db, "retry-outgoing") as run:
            deliveries = Outbox(db, settings, importer).retry_due(now)
            failed = [delivery for delivery in deliveries if delivery.status == "failed"]
            run.summary = (f"{len(deliveries) - len(failed)} of {counted(len(deliveries), 'waiting email')} delivered"
                           + (f"; still failing: {failed[-1].detail}" if failed else ""))
            if failed:
                raise NotifyError(f"{counted(len(failed), 'email')} still not sent, retried later: {failed[-1].detail}")
    except IEPTrailError as exc:
        log.error("retry of outgoing mail: %s", exc)
        raise
    log.info("retry of outgoing mail: %s", run.summary)
    return run.summary
