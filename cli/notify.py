"""`ieptrail digest`: the weekly digest on demand."""
from __future__ import annotations

from pathlib import Path

import click

from ieptrail.cli.app import App, parse_day, pass_app
from ieptrail.errors import NotifyError
from ieptrail.notify.digest import compose_digest, send_digest
from ieptrail.notify.smtp import wire_bytes


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
    click.echo(f"Subject: {message['Subject']}\n")
    click.echo(message.get_body(("plain",)).get_content(), nl=False)
