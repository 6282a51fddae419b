"""`ieptrail quarantine list | accept ID | drop ID`: emails kept out of the evidence, for review."""
from __future__ import annotations

import click
from ieptrail.cli.common import App, emit_json, pass_app, say
from ieptrail.errors import NotFoundError, UnparseableEmail
from ieptrail.trail import quarantine
from ieptrail.trail.wording import counted


@click.group("quarantine")
def quarantine_group() -> None:
    """Review emails that were kept out of the record (unparseable, or from a sender not allowed)."""


@quarantine_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def list_command(app: App, as_json: bool) -> None:
    """Quarantined emails, oldest first, with the reason."""
    items = [email.as_json() for email in quarantine.waiting(app.db)]
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
        outcome = quarantine.accept(app.db, app.settings, raw_id, tagger=app.tagger)
    except NotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    except UnparseableEmail as exc:
        raise click.ClickException(f"email {raw_id} still cannot be parsed: {exc}") from None
    click.echo(f"accepted email {raw_id}: {counted(len(outcome.message_ids), 'new message')} in the record")


@quarantine_group.command("drop")
@click.argument("raw_id", type=int)
@click.option("--note", help="Why it was dropped (kept with the email).")
@pass_app
def drop_command(app: App, raw_id: int, note: str | None) -> None:
    """Take an email off the review list. Its bytes stay stored (marked dropped), never in the evidence."""
    try:
        quarantine.drop(app.db, raw_id, note)
    except NotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"dropped email {raw_id}")
