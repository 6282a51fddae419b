"""Commands over the record itself: import, search, threads, show."""
from __future__ import annotations

import os

import click
from ieptrail.cli.common import App, argument_text, command_line, emit_json, parse_day, pass_app, say
from ieptrail.cli.terminal import sanitize_for_terminal
from ieptrail.config.profile import DEMO
from ieptrail.store.search_terms import MAX_RESULTS
from ieptrail.store.sqlite_read import ReadOnlyRecord, read_only
from ieptrail.trail.search import SearchRequest, find_messages, find_messages_read_only, results_as_text
from ieptrail.trail.wording import clock, counted


def _progress(seen: list[int], progress, total: int):
    def report(origin: str, outcome) -> None:
        seen[0] += 1
        if outcome.status == "quarantined":
            click.echo(sanitize_for_terminal(f"quarantined {origin}: {outcome.error}"), err=True)
        progress.update(seen[0], total)

    return report


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--workers", type=click.IntRange(1, 64), default=lambda: os.cpu_count() or 1,
              help="Processes that read and tag a large import (default: one per core).")
@pass_app
def import_command(app: App, paths: tuple[str, ...], as_json: bool, workers: int) -> None:
    """Import .eml files, folders of them, Maildir folders and mbox files (e.g. Google Takeout).

    Importing the same mail twice changes nothing. A message that cannot be parsed is kept in
    quarantine with its error (see `ieptrail quarantine list`) and the import goes on.
    """
    if app.settings.profile == DEMO:  # your own mail does not belong in the sample family's record
        raise click.UsageError(f"the demo is on: leave it first ({command_line('demo', '--off')}), then import "
                               "into your own record")
    from ieptrail.cli.progress import Progress
    from ieptrail.ingest.sources import check_paths, count_local, read_local

    check_paths(list(paths))
    from ieptrail.trail.importer import Importer  # spaCy and the import path: only for this command

    importer = Importer(app.db, app.settings, tagger=app.tagger)
    seen = [0]
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(path)
        click.echo(f"skipped {sanitize_for_terminal(path)}: {reason}", err=True)

    with Progress("Importing", "email", quiet=as_json) as progress:
        total = 0 if as_json else count_local(list(paths))
        summary = importer.import_many(read_local(list(paths), on_skip=skip), on_outcome=_progress(seen, progress, total),
                                       workers=workers)
    if as_json:
        emit_json(dict(summary.as_dict(), skipped=skipped))
        return
    click.echo(
        f"{counted(seen[0], 'email')} read: {summary.new} new ({counted(summary.messages, 'message')}), "
        f"{counted(summary.duplicates, 'duplicate')}, {summary.quarantined} quarantined"
        + (f", {counted(len(skipped), 'file')} skipped" if skipped else "")
    )


@click.command("search")
@click.argument("query", required=False)
@click.option("--student", help="Only messages about this student (full or first name).")
@click.option("--topic", help="Only messages tagged with this topic id (see `ieptrail topics`).")
@click.option("--from", "sender", help="Only messages from this address (or part of a name/address).")
@click.option("--since", help="From this day (YYYY-MM-DD), in IEPTRAIL_TIMEZONE.")
@click.option("--until", help="Up to and including this day (YYYY-MM-DD).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, MAX_RESULTS, clamp=True),
              help=f"At most this many messages (a larger number means all, up to {MAX_RESULTS:,}).")
@click.option("--attachments", "in_attachments", is_flag=True,
              help="QUERY also searches the attachments' text and topics (--topic always includes attachments about it).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of message objects.")
@pass_app
def search_command(app: App, query, student, topic, sender, since, until, limit, in_attachments, as_json) -> None:
    """Find messages: words and concepts ("extra time" finds extended time) plus filters.

    Without QUERY, lists every message that matches the filters. Newest first. A match in an
    attachment says where: "in IEP_draft.pdf, p. 3".
    """
    query, student, topic, sender = map(argument_text, (query, student, topic, sender))
    request = SearchRequest(query=query, student=student, topic=topic, sender=sender, since=parse_day(since, "--since"),
                            until=parse_day(until, "--until"), limit=limit, attachments=in_attachments)
    outcome = find_messages_read_only(app.query_reader, app.settings, request)  # no ORM: most of a search's time
    if outcome is None:
        with app.db.session_scope() as session:
            outcome = find_messages(session, app.query_reader, app.settings, request)
    if outcome.problem:
        raise click.BadParameter(outcome.problem, param_hint="QUERY")
    if as_json:
        emit_json([result.as_json() for result in outcome.results])
        return
    say(results_as_text(outcome, zone=app.settings.timezone), nl=False)


@click.command("threads")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def threads_command(app: App, as_json: bool) -> None:
    """List conversation threads, most recent activity first."""
    from ieptrail.store import queries

    with app.db.session_scope() as session:
        threads = queries.list_threads(session, app.settings.timezone, app.settings.user_emails)
    if as_json:
        emit_json([thread.as_json() for thread in threads])
        return
    for thread in threads:
        last = thread.last.strftime("%Y-%m-%d") if thread.last else "?"
        say(f"[T{thread.id}] {last}  {counted(thread.message_count, 'message'):>12s}  {thread.subject}")


def _print_message(view, raw_row, with_headers: bool, zone) -> None:
    when = f"{clock(view.date, zone)}  ({view.date.isoformat()})" if view.date else "(no date)"
    say(f"Message {view.id}  (thread T{view.thread_id}, arrived {view.arrival}"
               f"{' via ' + view.forward_format + ' forward' if view.forward_format else ''})")
    say(f"From:    {view.from_name or ''} <{view.from_email or ''}>")
    say(f"To:      {', '.join(a.get('email', '') for a in view.to)}")
    if view.cc:
        say(f"Cc:      {', '.join(a.get('email', '') for a in view.cc)}")
    say(f"Date:    {when}{'  (zone from IEPTRAIL_TIMEZONE)' if view.date_inferred else ''}")
    say(f"Subject: {view.subject}")
    if view.topics:
        say(f"Topics:  {', '.join(view.topics)}")
    for attachment in view.attachment_files:
        text = attachment.status or "text not read"
        pages = f", {attachment.page_count} page(s)" if attachment.page_count else ""
        topics = f"; about {', '.join(attachment.topics)}" if attachment.topics else ""
        say(f"Attachment: {attachment.filename} ({attachment.size:,} bytes, SHA-256 {attachment.sha256}; "
            f"{text}{pages}{topics})" + (f" — {attachment.note}" if attachment.note else ""))
    say(f"SHA-256 of the email as received: {raw_row.sha256}")
    if view.forward_note:
        say(f"Forward note: {view.forward_note}")
    say("\n" + (view.new_text or "(no new text)"))
    if view.signature_text:
        say("\n-- signature --\n" + view.signature_text)
    if view.quoted_text:
        say(f"\n-- quoted history: {len(view.quoted_text.splitlines())} lines (not shown) --")
    if with_headers:
        import email  # the headers of the email as received: only when they are shown
        from email import policy

        parsed = email.message_from_bytes(raw_row.raw, policy=policy.compat32)
        say("\n-- headers of the email as received --")
        for name, value in parsed.items():
            say(f"{name}: {value}")


def _shown(app: App, is_thread: bool, number: int) -> tuple[list, dict]:
    """The messages to show and the emails they arrived in: read-only without the ORM when the
    record allows it (store/sqlite_read.py), else through a session (which opens, migrates or reports it)."""
    def read(source, reader) -> tuple[list, dict]:
        views = reader.thread_messages(source, number) if is_thread else [
            view for view in [reader.message_view(source, number)] if view]
        return views, {view.raw_email_id: reader.raw_email(source, view.raw_email_id) for view in views}

    found = read_only(app.settings.database_url, lambda record: read(record, ReadOnlyRecord))
    if found is not None:
        return found
    from ieptrail.store import queries

    with app.db.session_scope() as session:
        return read(session, queries)


@click.command("show")
@click.argument("item")
@click.option("--no-headers", is_flag=True, help="Leave out the raw headers.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def show_command(app: App, item: str, no_headers: bool, as_json: bool) -> None:
    """Show a message (ID) or a whole thread (T<ID>), with raw headers and SHA-256."""
    is_thread = item.lower().startswith("t")
    try:
        number = int(item[1:] if is_thread else item)
    except ValueError:
        raise click.BadParameter("use a message id like 12 or a thread id like T4", param_hint="ITEM") from None
    # an id no database integer holds names nothing (the driver would fail on it)
    views, raws = _shown(app, is_thread, number) if abs(number) < 2**63 else ([], {})
    if not views:
        raise click.ClickException(f"no {'thread' if is_thread else 'message'} {item}")
    if as_json:
        emit_json([dict(view.as_json(), new_text=view.new_text, sha256=raws[view.raw_email_id].sha256)
                   for view in views])
        return
    for index, view in enumerate(views):
        if index:
            say("\n" + "=" * 72 + "\n")
        _print_message(view, raws[view.raw_email_id], with_headers=not no_headers, zone=app.settings.timezone)
