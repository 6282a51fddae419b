"""`ieptrail quarantine list | accept ID | drop ID`: emails kept out of the evidence, for review."""
from __future__ import annotations

import click
from sqlalchemy import select

from ieptrail.cli.app import App, emit_json, pass_app, say
from ieptrail.ingest.parse import UnparseableEmail
from ieptrail.pipeline import accept_quarantined
from ieptrail.store.models import RawEmail
from ieptrail.store.repository import utcnow


@click.group("quarantine")
def quarantine_group() -> None:
    """Review emails that were kept out of the record (unparseable, or from a sender not allowed)."""


@quarantine_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def list_command(app: App, as_json: bool) -> None:
    """Quarantined emails, oldest first, with the reason."""
    with app.db.session_scope() as session:
        rows = session.scalars(select(RawEmail).where(RawEmail.status == "quarantined").order_by(RawEmail.id)).all()
        items = [
            {"id": row.id, "received_at": row.received_at.isoformat() + "Z", "origin": row.origin,
             "reason": row.reason, "error": row.error, "size": row.size, "sha256": row.sha256}
            for row in rows
        ]
    if as_json:
        emit_json(items)
        return
    if not items:
        click.echo("quarantine is empty")
    for item in items:
        say(f"[{item['id']}] {item['received_at']}  {item['reason']}: {item['error']}\n      {item['origin']}")


@quarantine_group.command("accept")
@click.argument("raw_id", type=int)
@pass_app
def accept_command(app: App, raw_id: int) -> None:
    """Put a quarantined email into the record (you vouch for the sender)."""
    try:
        outcome = accept_quarantined(app.db, app.settings, raw_id, tagger=app.tagger)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    except UnparseableEmail as exc:
        raise click.ClickException(f"email {raw_id} still cannot be parsed: {exc}") from None
    click.echo(f"accepted email {raw_id}: {len(outcome.message_ids)} new message(s) in the record")


@quarantine_group.command("drop")
@click.argument("raw_id", type=int)
@click.option("--note", help="Why it was dropped (kept with the email).")
@pass_app
def drop_command(app: App, raw_id: int, note: str | None) -> None:
    """Take an email off the review list. Its bytes stay stored (marked dropped), never in the evidence."""
    with app.db.session_scope() as session:
        row = session.get(RawEmail, raw_id)
        if row is None or row.status != "quarantined":
            raise click.ClickException(f"no quarantined email with id {raw_id}")
        row.status = "dropped"
        row.reviewed_at = utcnow()
        row.reviewed_note = note or "dropped by the user"
    click.echo(f"dropped email {raw_id}")
