"""The worker's own record: one WorkerRun row per job run, one WorkerProcess row per started worker.

`ieptrail status` reads both: when mail was last polled, the last error, whether a worker is
alive (it writes `seen_at` every store.views.HEARTBEAT_SECONDS) and when it will run next.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from ieptrail.store.db import Database
from ieptrail.store.models import WorkerProcess, WorkerRun
from ieptrail.store.outgoing import outgoing_status
from ieptrail.store.repository import to_utc_naive, utcnow
# the values `ieptrail status` shows live in store/views.py: store/sqlite_read.py makes them too
from ieptrail.store.views import RunView, WorkerStatus, WorkerView, utc_aware
from sqlalchemy import select
from sqlalchemy.orm import Session

@dataclass
class RunRecord:
    """Filled in by the job while it runs; `ok=None` with a summary means the run was skipped."""

    ok: bool | None = True
    summary: str | None = None

    def skip(self, why: str) -> None:
        self.ok, self.summary = None, f"skipped: {why}"


@contextmanager
def recorded_run(db: Database, job: str) -> Iterator[RunRecord]:
    """A WorkerRun row for the block: written when it starts, finished with its outcome or error."""
    with db.session_scope() as session:
        row = WorkerRun(job=job, started_at=utcnow())
        session.add(row)
        session.flush()
        run_id = row.id
    record = RunRecord()
    try:
        yield record
    except Exception as exc:
        _finish(db, run_id, False, record.summary, f"{exc}" or type(exc).__name__)
        raise
    except BaseException:
        _finish(db, run_id, False, record.summary, "interrupted")
        raise
    _finish(db, run_id, record.ok, record.summary, None)


def _finish(db: Database, run_id: int, ok: bool | None, summary: str | None, error: str | None) -> None:
    with db.session_scope() as session:
        row = session.get(WorkerRun, run_id)
        row.finished_at, row.ok, row.summary, row.error = utcnow(), ok, summary, error


def _view(row: WorkerRun | None) -> RunView | None:
    if row is None:
        return None
    return RunView(row.job, utc_aware(row.started_at), utc_aware(row.finished_at), row.ok, row.summary, row.error)


def last_run(session: Session, job: str | None = None, *, ok: bool | None = None) -> RunView | None:
    """The newest finished run of `job` (any job when None); with `ok`, only runs that succeeded
    (True) or failed (False)."""
    query = select(WorkerRun).where(WorkerRun.finished_at.is_not(None))
    if job is not None:
        query = query.where(WorkerRun.job == job)
    if ok is not None:
        query = query.where(WorkerRun.ok.is_(ok))
    return _view(session.scalar(query.order_by(WorkerRun.id.desc()).limit(1)))


# ---- the worker process ----------------------------------------------------------------------


def register_worker(db: Database, host: str, pid: int) -> int:
    with db.session_scope() as session:
        now = utcnow()
        row = WorkerProcess(host=host, pid=pid, started_at=now, seen_at=now, next_runs="{}")
        session.add(row)
        session.flush()
        return row.id


def worker_seen(db: Database, worker_id: int, next_runs: dict[str, datetime | None], note: str | None) -> None:
    """The heartbeat: still alive, and these are the next run times (None: paused)."""
    with db.session_scope() as session:
        row = session.get(WorkerProcess, worker_id)
        row.seen_at, row.note = utcnow(), note
        row.next_runs = json.dumps({job: to_utc_naive(at).isoformat() if at else None for job, at in next_runs.items()})


def worker_stopped(db: Database, worker_id: int) -> None:
    with db.session_scope() as session:
        row = session.get(WorkerProcess, worker_id)
        row.stopped_at = row.seen_at = utcnow()


def latest_worker(session: Session) -> WorkerView | None:
    row = session.scalar(select(WorkerProcess).order_by(WorkerProcess.id.desc()).limit(1))
    if row is None:
        return None
    next_runs = {job: utc_aware(datetime.fromisoformat(at)) if at else None
                 for job, at in json.loads(row.next_runs or "{}").items()}
    return WorkerView(row.host, row.pid, utc_aware(row.started_at), utc_aware(row.seen_at), utc_aware(row.stopped_at),
                      next_runs, row.note)


def worker_status(session: Session, now: datetime | None = None) -> WorkerStatus:
    from ieptrail.store.queries import counts

    worker = latest_worker(session)
    return WorkerStatus(
        worker=worker,
        running=worker is not None and worker.alive(now),
        last_poll=last_run(session, "poll", ok=True),
        last_error=last_run(session, ok=False),
        last_digest=last_run(session, "digest"),
        counts=counts(session),
        outgoing=outgoing_status(session),
    )
