"""Commands over tags: topics, services --missed, retag."""
from __future__ import annotations

import click
from sqlalchemy import select

from ieptrail.cli.app import App, emit_json, pass_app, say
from ieptrail.pipeline import PeopleDirectory, tag_messages
from ieptrail.store.lifecycle import refresh_followups
from ieptrail.store.models import Message
from ieptrail.store.tracking import missed_minutes_by_service, missed_services


@click.command("topics")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def topics_command(app: App, as_json: bool) -> None:
    """The topic ids search and --topic understand, with a few of the phrases each one matches."""
    taxonomy = app.tagger.nlp.get_pipe("iep_topics").taxonomy
    if as_json:
        emit_json({topic: {"kind": spec.get("kind"), "label": spec.get("label"), "phrases": spec.get("phrases", [])}
                   for topic, spec in taxonomy.items()})
        return
    for kind in ("accommodation", "service", "process"):
        click.echo(f"{kind}s:")
        for topic, spec in taxonomy.items():
            if spec.get("kind") == kind:
                examples = ", ".join((spec.get("phrases", []) + spec.get("abbreviations", []))[:4])
                click.echo(f"  {topic:28s} {examples}")


@click.command("services")
@click.option("--missed", is_flag=True, required=True, help="List services reported as not delivered.")
@click.option("--topic", help="Only this service topic.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def services_command(app: App, missed: bool, topic: str | None, as_json: bool) -> None:
    """Services the record says did not happen as required, with dates and minutes."""
    with app.db.session_scope() as session:
        rows = missed_services(session, topic)
    if as_json:
        emit_json([row.as_json() for row in rows])
        return
    if not rows:
        click.echo("no missed services found")
        return
    for row in rows:
        minutes = f"{row.minutes} min" if row.minutes else "minutes not stated"
        say(f"{row.day or '????-??-??'}  {row.topic:26s} {minutes:20s} (message {row.message_id}) {row.sentence[:70]}")
    click.echo("\nminutes missed per service (each service and day counted once, however often it was reported):")
    for name, total in sorted(missed_minutes_by_service(rows).items()):
        click.echo(f"  {name:26s} {total} min")


@click.command("retag")
@click.option("--batch", default=500, show_default=True, help="Messages per transaction.")
@pass_app
def retag_command(app: App, batch: int) -> None:
    """Run tagging again over every stored message (after the taxonomy or rules changed).

    Manual decisions (resolve/dismiss/reopen) are kept: they are tied to the promise's
    message and sentence, not to a row that tagging rewrites.
    """
    done = 0
    last_id = 0
    with app.db.session_scope() as session:
        directory = PeopleDirectory.from_store(session)
    while True:
        with app.db.session_scope() as session:
            messages = session.scalars(
                select(Message).where(Message.id > last_id).order_by(Message.id).limit(batch)
            ).all()
            if not messages:
                break
            tag_messages(session, app.tagger, app.settings, list(messages), directory)
            last_id = messages[-1].id
            done += len(messages)
    with app.db.session_scope() as session:
        counts = refresh_followups(session, app.settings)
    click.echo(f"retagged {done} messages ({counts['fulfilled']} promises fulfilled, {counts['answered']} requests answered)")
