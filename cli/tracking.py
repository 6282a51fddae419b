"""Commands over promises and requests."""
from __future__ import annotations

import click

from ieptrail.cli.app import App, emit_json, parse_day, pass_app
from ieptrail.store.tracking import promise_rows, promise_view, request_rows, request_view


@click.command("promises")
@click.option("--status", type=click.Choice(["open", "overdue", "fulfilled", "dismissed", "all"]), default="all",
              show_default=True)
@click.option("--as-of", "as_of", help="Evaluate statuses as of this day (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def promises_command(app: App, status: str, as_of: str | None, as_json: bool) -> None:
    """Promises found in the record, with who made them and when they are due."""
    parse_day(as_of, "--as-of")
    with app.db.session_scope() as session:
        views = [promise_view(promise, message) for promise, message in promise_rows(session)]
    views = [view for view in views if status == "all" or view.status == status]
    if as_json:
        emit_json([view.as_json() for view in views])
        return
    for view in views:
        who = view.by_name or view.by_email or "?"
        click.echo(f"[{view.id}] {view.status:9s} due {view.due or '—':10s} {who}: {view.text}")


@click.command("requests")
@click.option("--status", type=click.Choice(["unanswered", "answered", "all"]), default="all", show_default=True)
@click.option("--as-of", "as_of", help="Evaluate statuses as of this day (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def requests_command(app: App, status: str, as_of: str | None, as_json: bool) -> None:
    """Questions and asks that need an answer from the other side."""
    parse_day(as_of, "--as-of")
    with app.db.session_scope() as session:
        views = [request_view(request, message) for request, message in request_rows(session)]
    views = [view for view in views if status == "all" or view.status == status]
    if as_json:
        emit_json([view.as_json() for view in views])
        return
    for view in views:
        who = view.by_name or view.by_email or "?"
        click.echo(f"[{view.id}] {view.status:10s} {view.asked_on}  {who}: {view.text}")
