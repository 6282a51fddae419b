"""`ieptrail digest` and `ieptrail log-call`: the weekly digest on demand, and the record of a conversation."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click
from ieptrail.cli.common import App, parse_day, pass_app, say
from ieptrail.errors import NotifyError
from ieptrail.notify.digest import compose_digest, send_digest
from ieptrail.notify.outbox import Outbox, readable_text, record_in_trail
from ieptrail.notify.recap import KINDS, as_logged_note, parse_person, recap_email
from ieptrail.notify.smtp import wire_bytes
from ieptrail.store.outgoing import user_display_name
from ieptrail.trail.importer import Importer


@click.command("digest")
@click.option("--as-of", "as_of", help="The digest's day (YYYY-MM-DD): it covers the 7 days ending then. Default today.")
@click.option("--print", "mode", flag_value="print", default=True, help="Print the text part (the default).")
@click.option("--send", "mode", flag_value="send",
              help="Send it to IEPTRAIL_DIGEST_TO, once per day: a digest already sent for that day is not sent again.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the whole email (text, HTML and the .ics calendar) to FILE.eml instead.")
@pass_app
def digest_command(app: App, as_of: str | None, mode: str, out: Path | None) -> None:
    """The weekly digest: overdue promises, what comes due, unanswered requests, missed services,
    new mail by topic and upcoming meetings. The worker sends it every IEPTRAIL_DIGEST_DAY."""
    day = parse_day(as_of, "--as-of") or app.today()
    if out is not None and mode == "send":
        raise click.UsageError("use either --send or --out FILE.eml")
    if mode == "send":
        delivery = send_digest(app.db, app.settings, day)
        if delivery.status == "failed":
            raise NotifyError(delivery.describe())
        click.echo(f"{delivery.subject}: {delivery.describe()}")
        return
    message = compose_digest(app.db, app.settings, day)
    if out is not None:
        try:
            out.write_bytes(wire_bytes(message))
        except OSError as exc:
            raise NotifyError(f"cannot write {out}: {exc}") from exc
        click.echo(f"wrote {out} ({message['Subject']})")
        return
    say(f"Subject: {message['Subject']}\n")
    say(message.get_body(("plain",)).get_content(), nl=False)


@click.command("log-call")
@click.option("--with", "with_whom", required=True, metavar='"NAME <ADDRESS>"',
              help='Who you talked to, e.g. "Ms. Rivera <rivera@school.org>".')
@click.option("--date", "day_text", help="The day of the conversation (YYYY-MM-DD); default today.")
@click.option("--summary", required=True, type=click.File("r", encoding="utf-8"),
              help="What was said and agreed: a text file, or - to read it from stdin.")
@click.option("--kind", type=click.Choice(KINDS), default="call", show_default=True, help="A phone call or a meeting.")
@click.option("--send", is_flag=True, help="Email the recap to them (copying you) and record the sent email.")
@pass_app
def log_call_command(app: App, with_whom: str, day_text: str | None, summary, kind: str, send: bool) -> None:
    """Record a phone call or meeting in the trail, and with --send email the "Per our conversation
    …, please let me know if I misunderstood" recap: the written record of a verbal agreement.
    Promises in the summary ("You said you would send the BIP by Friday") are tagged like any other."""
    person = parse_person(with_whom)
    day = parse_day(day_text, "--date") or app.today()
    text = summary.read()
    with app.db.session_scope() as session:
        user_name = user_display_name(session, app.settings.user_emails)
    now = datetime.now(app.settings.timezone)
    message = recap_email(app.settings, person, day, text, kind=kind, user_name=user_name, now=now, sent=send)
    importer = Importer(app.db, app.settings, app.tagger)
    say(readable_text(message))
    if not send:
        ids = record_in_trail(importer, wire_bytes(message), f"logged:{kind}:{now.isoformat()}")
        click.echo(f"recorded in the trail as message {', '.join(map(str, ids))} (not emailed; --send emails it)")
        return
    delivery = Outbox(app.db, app.settings, importer).send(message, "recap")
    if delivery.status == "failed":
        raise NotifyError(delivery.describe())
    click.echo(delivery.describe())
    if delivery.status == "written":  # not sent: the conversation still goes into the record, as a note
        ids = record_in_trail(importer, wire_bytes(as_logged_note(message)), f"logged:{kind}:{now.isoformat()}")
        click.echo(f"recorded in the trail as message {', '.join(map(str, ids))}, a note that was not emailed")
