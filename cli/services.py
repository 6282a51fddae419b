"""Commands over tags: topics, services (the ledger of missed services), retag."""
from __future__ import annotations

import click
from ieptrail.classify.taxonomy import KINDS, taxonomy
from ieptrail.cli.common import App, argument_text, emit_json, parse_day, pass_app, say
from ieptrail.cli.progress import Progress
from ieptrail.store.outgoing import user_display_name
from ieptrail.trail.importer import Importer
from ieptrail.trail.ledger import SERVICE, Ledger, LedgerEvent, ledger_of, minutes_words, summary_words, totals_of
from ieptrail.trail.observations import record_observation
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
@click.option("--missed", "show", flag_value="missed",
              help="Only the list of missed sessions and accommodations not provided, made up or not.")
@click.option("--owed", "show", flag_value="owed", help="Only the sessions still owed (missed and not made up).")
@click.option("--topic", help="Only this service or accommodation topic.")
@click.option("--by", "group", type=click.Choice(["service", "responsible"]), default="service", show_default=True,
              help="Group by service, or by who was to provide it.")
@click.option("--attachments/--no-attachments", "in_attachments", default=None,
              help="Also count the sessions attachments list as not delivered (a provider's session log), marked "
                   "with the file and page. Default: IEPTRAIL_LEDGER_ATTACHMENTS.")
@click.option("--as-of", "as_of", help="Only what was written by this day, promises as of that day (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="One object per missed session or accommodation not provided.")
@pass_app
def services_command(app: App, show: str | None, topic: str | None, group: str, in_attachments: bool | None,
                     as_of: str | None, as_json: bool) -> None:
    """The ledger of the IEP not followed: per service, each missed session once (however often it was
    reported), whether and when it was made up, and what is still owed; accommodations not provided,
    by accommodation and day.

    --json gives each session with every report of it (message, sentence, where: the message's own
    words, an attachment's page, or your observation).
    """
    day = parse_day(as_of, "--as-of")
    with app.db.session_scope() as session:
        ledger = ledger_of(session, app.settings, day, attachments=in_attachments, topic=topic)
    events = [event for event in ledger.events if show != "owed" or event.owed]
    if as_json:
        emit_json([event.as_json() for event in events])
        return
    if not events:
        click.echo("nothing owed: every missed session in the record was made up" if show == "owed" and ledger.events
                   else "no missed services found")
        return
    if group == "responsible":
        for who, items in ledger.where(events).by_responsible():
            say(f"{who[:1].upper() + who[1:] if who else 'Who was to provide it is not said'}:")
            for event in items:
                say("  " + _event_line(event, with_topic=True))
            click.echo()
    else:
        for line in totals_of(events):
            say(f"{line.label} ({line.topic}): {summary_words(line)}")
            for event in line.events:
                say("  " + _event_line(event))
            click.echo()
    if show is None:
        _owed_by_month(ledger)
        for item in ledger.unmatched_makeups:
            say(f"A make-up on {item.on} (message {item.message_id}) matches no missed session in the record: "
                f"\"{item.sentence[:90]}\"")
    click.echo("Each session counted once, however often it was reported; minutes not stated are not counted as 0.")


def _event_line(event: LedgerEvent, with_topic: bool = False) -> str:
    when = event.day.isoformat() if event.day else "day not stated"
    what = f"{event.topic:26s} " if with_topic else ""
    if event.kind != SERVICE:
        status = "not provided"
    elif event.made_up:
        status = f"made up {event.made_up.on} (message {event.made_up.message_id})" if event.made_up.message_id \
            else f"made up {event.made_up.on} (promise {event.made_up.promise_id} marked kept)"
    else:
        status = "owed" + (" (make-up cancelled)" if event.make_up_cancelled else "")
    minutes = minutes_words(event.minutes, event.minutes_from) if event.kind == SERVICE else ""
    sources = ", ".join(str(report.message_id) + (f" {report.where}" if report.where else "") for report in event.reports)
    who = f"; {event.responsible}" if event.responsible and not with_topic else ""
    return (f"{when:14s} {what}{minutes:22s} {status:32s} reported in {counted(len(event.reports), 'message')[2:].strip()}"
            f" {sources}{who}: \"{event.reports[0].sentence[:70]}\"")


def _owed_by_month(ledger: Ledger) -> None:
    months = ledger.owed_by_month()
    if not ledger.grid or not months:
        return
    click.echo("Minutes owed per service and month (the session's minutes, or the service grid's):")
    for topic, by_month in months.items():
        click.echo(f"  {topic:26s} " + ", ".join(f"{year}-{month:02d}: {minutes} min" for (year, month), minutes
                                                  in by_month.items()))
    click.echo()


@click.command("observe")
@click.option("--date", "day_text", help="The day it happened (YYYY-MM-DD); default today.")
@click.argument("text")
@pass_app
def observe_command(app: App, day_text: str | None, text: str) -> None:
    """Record an observation of your own, dated: what your child told you, what you saw ("Mateo said
    nobody read the math test to him today"). It is kept in the trail as your note (never as sent mail),
    tagged like any message, and a missed service or accommodation in it enters the ledger as your
    report. TEXT - reads it from stdin."""
    day = parse_day(day_text, "--date") or app.today()
    if text == "-":
        text = click.get_text_stream("stdin").read()
    with app.db.session_scope() as session:
        user_name = user_display_name(session, app.settings.user_emails)
    importer = Importer(app.db, app.settings, app.tagger)
    try:
        ids = record_observation(importer, app.settings, day, argument_text(text) or "", user_name=user_name)
    finally:
        importer.attachments.close()
    click.echo(f"recorded your observation of {day} in the trail as message {', '.join(map(str, ids))}")
    with app.db.session_scope() as session:
        ledger = ledger_of(session, app.settings)
    found = [event for event in ledger.events if any(report.message_id in ids for report in event.reports)]
    for event in found:
        say(f"  in the ledger: {event.label}, {event.day or 'day not stated'}"
            + (f", {minutes_words(event.minutes, event.minutes_from)}" if event.kind == SERVICE else ", not provided"))
    if not found:
        click.echo("  (no missed service or accommodation not provided was read in it; it is in the trail and searchable)")


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
