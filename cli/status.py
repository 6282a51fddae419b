"""`ieptrail poll` and `ieptrail status`: the worker's job on demand, and what the worker is doing."""
from __future__ import annotations

from datetime import UTC, datetime, tzinfo

import click
from ieptrail.cli.common import App, command_line, emit_json, pass_app
from ieptrail.errors import ConfigError
from ieptrail.store.sqlite_read import read_only
from ieptrail.store.views import OutgoingStatus, RunView, WorkerStatus
from ieptrail.trail.wording import counted

MAX_WAITING_SHOWN = 5


@click.command("poll")
@pass_app
def poll_command(app: App) -> None:
    """Poll the trail mailbox once now: what the worker does every IEPTRAIL_POLL_MINUTES."""
    if not app.settings.imap.configured:
        raise ConfigError("IEPTRAIL_IMAP_HOST is not set: there is no mailbox to poll")
    from ieptrail.cli.progress import Progress
    from ieptrail.worker import jobs  # the import path and spaCy: only for this command

    importer = jobs.mail_importer(app.db, app.settings, app.tagger)
    with Progress("Fetching new mail", "email") as progress:  # a first sync of a big mailbox takes a while
        found = [0]

        def on_found(count: int) -> None:
            found[0] += count
            progress.update(progress.done, found[0])

        result = jobs.poll_once(app.db, app.settings, importer, on_found=on_found,
                                on_committed=lambda _uid: progress.advance(total=found[0]))
    click.echo(result.summary())


@click.command("status")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def status_command(app: App, as_json: bool) -> None:
    """Is the worker running, when did it last poll, the last error, the record's size, the next runs."""
    now = datetime.now(UTC)
    # read-only without the ORM when the record allows it (store/sqlite_read.py); else through a session
    status = read_only(app.settings.database_url, lambda record: record.worker_status(now))
    if status is None:
        from ieptrail.store.worker_runs import worker_status

        with app.db.session_scope() as session:
            status = worker_status(session, now)
    if as_json:
        emit_json(status_json(status))
        return
    for line in status_lines(status, app, now):
        click.echo(line)


def status_json(status: WorkerStatus) -> dict:
    worker = status.worker
    return {
        "running": status.running,
        "worker": None if worker is None else {
            "host": worker.host, "pid": worker.pid, "started_at": worker.started_at.isoformat(),
            "seen_at": worker.seen_at.isoformat(),
            "stopped_at": worker.stopped_at.isoformat() if worker.stopped_at else None, "note": worker.note},
        "next_runs": {job: at.isoformat() if at else None for job, at in worker.next_runs.items()}
        if status.running else {},
        "last_successful_poll": status.last_poll.as_json() if status.last_poll else None,
        "last_error": status.last_error.as_json() if status.last_error else None,
        "last_digest": status.last_digest.as_json() if status.last_digest else None,
        "counts": status.counts,
        "outgoing": status.outgoing.as_json(),
    }


def status_lines(status: WorkerStatus, app: App, now: datetime) -> list[str]:
    zone = app.settings.timezone
    imap = app.settings.imap
    worker = status.worker
    if worker is None:
        lines = [f"Worker: not running; no worker ({command_line('worker')}) has used this database yet"]
    elif status.running:
        lines = [f"Worker: running on {worker.host} (pid {worker.pid}) since {_when(worker.started_at, zone)}, "
                 f"last seen {_ago(worker.seen_at, now)}"]
    else:
        how = "stopped" if worker.stopped_at else "last seen"
        ending = "" if worker.stopped_at else " and did not stop cleanly"
        lines = [f"Worker: not running ({how} {_when(worker.stopped_at or worker.seen_at, zone)}{ending})"]
    if imap.configured:
        from ieptrail.ingest.imap import account_name  # the IMAP client: only to name a configured mailbox

        processed = (f"moved to {imap.processed_folder}" if imap.processed_action == "move"
                     else f"flagged {imap.processed_keyword}")
        lines.append(f"Mailbox: {account_name(imap)}, folder {imap.folder}; stored mail is {processed}")
    else:
        lines.append("Mailbox: not configured (IEPTRAIL_IMAP_HOST)")
    if app.settings.oauth is not None:
        from ieptrail.cli.auth import sign_in_summary  # the OAuth2 client: only where the mailbox signs in with it

        lines.append(sign_in_summary(app.settings.oauth))
    lines.append(f"Last successful poll: {_run(status.last_poll, zone, now)}")
    error = status.last_error
    lines.append("Last error: none" if error is None else
                 f"Last error: {_when(error.started_at, zone)} ({error.job}): {error.error}")
    counts = status.counts
    lines.append(f"Record: {counts['stored']} emails stored ({counts['messages']} original messages), "
                 f"{counts['duplicates']} duplicates, {counts['quarantined']} quarantined awaiting review"
                 + (f" ({command_line('quarantine', 'list')})" if counts["quarantined"] else ""))
    lines.append(f"Last digest: {_run(status.last_digest, zone, now)}")
    lines.extend(_outgoing_lines(status.outgoing, zone, now))
    if status.running:
        soonest_first = sorted(worker.next_runs.items(), key=lambda item: (item[1] is None, item[1] or now))
        upcoming = ", ".join(f"{job} {_when(at, zone) if at else 'paused'}" for job, at in soonest_first)
        lines.append(f"Next runs: {upcoming or 'not known yet'}")
        if worker.note:
            lines.append(f"Note: {worker.note}")
    else:
        lines.append("Next runs: none, no worker is running")
    return lines


def _outgoing_lines(outgoing: OutgoingStatus, zone: tzinfo, now: datetime) -> list[str]:
    if not outgoing.waiting:
        last = outgoing.last_sent
        done = "" if last is None else (f"; last {'sent' if last.status == 'sent' else 'written to a file'} "
                                        f"{_when(_utc(last.sent_at), zone)}: {last.subject}")
        return [f"Outgoing mail: nothing waiting{done}"]
    lines = [f"Outgoing mail: {len(outgoing.waiting)} not sent yet, retried automatically"]
    for view in outgoing.waiting[:MAX_WAITING_SHOWN]:
        next_try = f"next try {_when(_utc(view.next_attempt_at), zone)}" if view.next_attempt_at else "retrying"
        lines.append(f"  {view.kind} {view.subject!r} to {view.to_addrs}: {counted(view.attempts, 'attempt')}, "
                     f"{next_try}; last error: {view.last_error or 'none yet'}")
    if len(outgoing.waiting) > MAX_WAITING_SHOWN:
        lines.append(f"  … and {len(outgoing.waiting) - MAX_WAITING_SHOWN} more ({command_line('status', '--json')})")
    return lines


def _utc(naive: datetime) -> datetime:
    return naive.replace(tzinfo=UTC)


def _run(run: RunView | None, zone: tzinfo, now: datetime) -> str:
    if run is None:
        return "never"
    return f"{_when(run.finished_at or run.started_at, zone)} ({_ago(run.finished_at or run.started_at, now)}): " \
           f"{run.summary or run.outcome}"


def _when(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M %Z")


def _ago(moment: datetime, now: datetime) -> str:
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 90:
        return f"{seconds} s ago"
    if seconds < 90 * 60:
        return f"{seconds // 60} min ago"
    if seconds < 36 * 3600:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"
