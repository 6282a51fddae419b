"""Commands over promises and requests: statuses as of a day, manual decisions, follow-ups."""
from __future__ import annotations

from typing import TYPE_CHECKING

import click
from ieptrail.cli.common import App, command_line, emit_json, parse_day, pass_app, say
from ieptrail.errors import NotifyError
from ieptrail.store.sqlite_read import read_only
from ieptrail.trail.statuses import promise_statuses, request_statuses
from ieptrail.trail.wording import counted, quoted

if TYPE_CHECKING:
    from ieptrail.trail.escalation import Escalation


def _as_of(app: App, value: str | None):
    return parse_day(value, "--as-of") or app.today()


def _read(app: App, read):
    """`read(source)` over the SQLite record opened read-only (no ORM to load: store/sqlite_read.py),
    or through a session where that cannot be (PostgreSQL, a record to migrate or to bring up to date)."""
    found = read_only(app.settings.database_url, read)
    if found is None:
        with app.db.session_scope() as session:
            found = read(session)
    return found


@click.command("promises")
@click.option("--status", type=click.Choice(["open", "overdue", "fulfilled", "dismissed", "all"]), default="all",
              show_default=True)
@click.option("--as-of", "as_of", help="Evaluate statuses as of this day (YYYY-MM-DD); default today in IEPTRAIL_TIMEZONE.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def promises_command(app: App, status: str, as_of: str | None, as_json: bool) -> None:
    """Promises in the record: open, overdue (with the next step), fulfilled (and when), dismissed."""
    # here, not at the top: the escalation's rules (classify.followup) compile some 140 regexes, which
    # `requests` and the other commands of this module do not need
    from ieptrail.trail.escalation import Directory, escalation_for

    day = _as_of(app, as_of)

    def read(source) -> tuple[list, dict[int, Escalation]]:
        views = [v for v in promise_statuses(source, app.settings, day) if status == "all" or v.status == status]
        directory = Directory(source, app.settings)
        return views, {v.id: escalation_for(source, app.settings, directory, v, day, command=command_line())
                       for v in views if v.status == "overdue"}

    views, escalations = _read(app, read)
    if as_json:
        emit_json([dict(v.as_json(), escalation=escalations[v.id].as_json() if v.id in escalations else None) for v in views])
        return
    if not views:
        click.echo(f"No {'' if status == 'all' else status + ' '}promises as of {day}.")
        return
    for view in views:
        who = view.by_name or view.by_email or "?"
        due = (f"due {view.due}" if view.due else
               f"no due date given; counted due {view.extra['deadline']}, {counted(app.settings.default_deadline_days, 'school day')} on")
        say(f"[{view.id}] {view.status.upper():9s} {who}, {view.promised_on}: \"{quoted(view.text)}\"  ({due})")
        if view.status == "overdue":
            escalation = escalations[view.id]
            say(f"      {counted(view.extra['days_overdue'], 'day')} overdue, "
                       f"{counted(escalation.follow_ups_sent, 'follow-up')} sent. {escalation.suggestion}")
        elif view.status == "fulfilled" and view.extra.get("fulfilled_on"):
            late = f", {counted(view.extra['days_late'], 'day')} late" if view.extra.get("days_late") else ""
            evidence = view.extra.get("fulfilled_evidence") or {}
            say(f"      fulfilled {view.extra['fulfilled_on']}{late}: "
                       f"{quoted(evidence.get('sentence', 'marked resolved'))[:100]}")
    click.echo(f"\n(as of {day})")


@click.command("requests")
@click.option("--status", type=click.Choice(["unanswered", "answered", "all"]), default="all", show_default=True)
@click.option("--as-of", "as_of", help="Evaluate statuses as of this day (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def requests_command(app: App, status: str, as_of: str | None, as_json: bool) -> None:
    """Questions and asks that need an answer from the other side, and whether they got one."""
    day = _as_of(app, as_of)
    views = _read(app, lambda source: [v for v in request_statuses(source, app.settings, day)
                                       if status == "all" or v.status == status])
    if as_json:
        emit_json([view.as_json() for view in views])
        return
    if not views:
        click.echo(f"No {'' if status == 'all' else status + ' '}requests as of {day}.")
        return
    for view in views:
        who = view.by_name or view.by_email or "?"
        flag = (f" (waiting {counted(view.extra['waiting_school_days'], 'school day')})"
                if view.extra.get("needs_follow_up") else "")
        say(f"[{view.id}] {view.status.upper():10s} {who}, {view.asked_on}: \"{quoted(view.text)}\"{flag}")
    click.echo(f"\n(as of {day})")


def _decision_command(action: str, verb: str, help_text: str):
    @click.command(action, help=help_text)
    @click.argument("item_id", type=int)
    @click.option("--note", help="Why (kept with the decision).")
    @click.option("--request", "is_request", is_flag=True, help="ID is a request, not a promise.")
    @pass_app
    def command(app: App, item_id: int, note: str | None, is_request: bool) -> None:
        from ieptrail.trail.decisions import record_decision  # writes: the ORM, loaded by these commands only

        kind = "request" if is_request else "promise"
        with app.db.session_scope() as session:
            text = record_decision(session, app.settings, kind, item_id, action, note, app.today())
        say(f"{verb} {kind} {item_id}: \"{text}\"")
    return command


resolve_command = _decision_command("resolve", "resolved", "Mark a promise fulfilled (or, with --request, a request answered) by hand.")
dismiss_command = _decision_command("dismiss", "dismissed", "Mark a promise as no longer applying (kept in the record as dismissed).")
reopen_command = _decision_command("reopen", "reopened", "Undo a resolve or dismiss: the status is computed from the mail again.")


@click.command("follow-up")
@click.argument("promise_id", type=int)
@click.option("--as-of", "as_of", help="The day the follow-up is written (default today).")
@click.option("--send", is_flag=True, help="Send it to the person who promised, copying you, and record it in the trail.")
@pass_app
def follow_up_command(app: App, promise_id: int, as_of: str | None, send: bool) -> None:
    """Draft a polite follow-up citing the promise (date, sender, quote); print it and save it as a draft.

    With --send it goes out over SMTP (or, without IEPTRAIL_SMTP_HOST, is written to the data
    directory) and the sent email is imported into the trail, so the follow-up itself is evidence.
    """
    # drafting and sending (SMTP, OAuth2 sign-in): loaded by this command only, not by `promises`
    from ieptrail.notify.follow_up_draft import compose_follow_up, save_follow_up_draft
    from ieptrail.notify.outbox import Outbox, readable_text

    day = _as_of(app, as_of)
    with app.db.session_scope() as session:
        if send:
            follow_up = compose_follow_up(session, app.settings, promise_id, day)
        else:
            draft = save_follow_up_draft(session, app.settings, promise_id, day)
    if not send:
        say(readable_text(draft.message))
        click.echo(f"(saved as draft {draft.id}; send it with: {command_line('follow-up', str(promise_id), '--send')})")
        return
    view, message = follow_up.view, follow_up.message
    say(readable_text(message))
    if not view.by_email:
        raise NotifyError(f"no email address is known for {view.by_name or 'whoever made promise'} {promise_id}: "
                          "send the text above from your own mail program, with the trail address in Bcc")
    from ieptrail.trail.importer import Importer  # spaCy: only when a sent follow-up joins the trail

    outbox = Outbox(app.db, app.settings, Importer(app.db, app.settings, app.tagger))
    delivery = outbox.send(message, "follow-up", item_key=view.key)
    if delivery.status == "failed":
        raise NotifyError(delivery.describe())
    click.echo(delivery.describe())
    if delivery.status == "written":
        click.echo("Send it from your own mail program with the trail address in Bcc to keep it as evidence.")
