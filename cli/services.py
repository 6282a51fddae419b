"""Commands over tags: topics, services --missed, retag."""
from __future__ import annotations

import click
from ieptrail.classify.taxonomy import KINDS, kind_of, taxonomy
from ieptrail.cli.common import App, emit_json, pass_app, say
from ieptrail.cli.progress import Progress
from ieptrail.store.tracking import missed_services
from ieptrail.trail.ledger import missed_events, missed_minutes_by_service
from ieptrail.trail.tagging import retag_record
from ieptrail.trail.wording import counted, plural


@click.command("topics")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def topics_command(app: App, as_json: bool) -> None:
    """The topic ids search and --topic understand, with a few of the phrases each one matches."""
    topic_specs = taxonomy()
    if as_json:
        emit_json({topic: {"kind": spec.get("kind"), "label": spec.get("label"), "phrases": spec.get("phrases", [])}
                   for topic, spec in topic_specs.items()})
        return
    for kind in KINDS:
        click.echo(f"{plural(kind).capitalize()}:")
        for topic, spec in topic_specs.items():
            if spec.get("kind") == kind:
                examples = ", ".join((spec.get("phrases", []) + spec.get("abbreviations", []))[:4])
                click.echo(f"  {topic:28s} {examples}")


@click.command("services")
@click.option("--missed", is_flag=True, required=True,
              help="List services reported as not delivered and accommodations reported as not provided.")
@click.option("--topic", help="Only this service or accommodation topic.")
@click.option("--attachments", "in_attachments", is_flag=True,
              help="Also the sessions attachments document (a provider's session log), marked with the file and page.")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def services_command(app: App, missed: bool, topic: str | None, in_attachments: bool, as_json: bool) -> None:
    """Services and accommodations the record says did not happen as the IEP requires, with dates and minutes.

    One row per report in a message's own words; with --attachments, also each session a
    message's attachment lists as not delivered.
    """
    with app.db.session_scope() as session:
        rows = missed_services(session, topic, attachments=in_attachments)
    if as_json:
        emit_json([row.as_json() for row in rows])
        return
    if not rows:
        click.echo("no missed services found")
        return
    for row in rows:
        minutes = f"{row.minutes} min" if row.minutes else "minutes not stated"
        where = f" {row.where}" if row.where else ""
        say(f"{row.day or '????-??-??'}  {row.topic:26s} {minutes:20s} (message {row.message_id}{where}) {row.sentence[:70]}")
    services = [row for row in rows if kind_of(row.topic) != "accommodation"]
    accommodations = [row for row in rows if kind_of(row.topic) == "accommodation"]
    if services:
        click.echo("\nminutes missed per service (each service and day counted once, however often it was reported):")
        for name, total in sorted(missed_minutes_by_service(services).items()):
            click.echo(f"  {name:26s} {total} min")
    if accommodations:
        click.echo("\ndays an accommodation was not provided (each counted once, however often it was reported):")
        days: dict[str, int] = {}
        for name, _day in missed_events(accommodations):
            days[name] = days.get(name, 0) + 1
        for name, count in sorted(days.items()):
            click.echo(f"  {name:26s} {count} day{'s' if count != 1 else ''}")


@click.command("retag")
@click.option("--batch", default=500, show_default=True, help="Messages per transaction.")
@pass_app
def retag_command(app: App, batch: int) -> None:
    """Run tagging again over every stored message (after the taxonomy or rules changed).

    Manual decisions (resolve/dismiss/reopen) are kept: they are tied to the promise's
    message and sentence, not to a row that tagging rewrites.
    """
    with Progress("Retagging", "message") as progress:
        done, counts = retag_record(app.db, app.settings, app.tagger, batch, on_progress=progress.update)
    click.echo(f"retagged {counted(done, 'message')} ({counted(counts['fulfilled'], 'promise')} fulfilled, "
               f"{counted(counts['answered'], 'request')} answered); attachments: {counts['attachments_read']} read "
               f"again, {counts['attachments_tagged']} tagged")
