"""`ieptrail export` and `ieptrail verify`: the record for an advocate or a hearing officer."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from ieptrail.classify.taxonomy import taxonomy
from ieptrail.cli.common import App, command_line, parse_day, pass_app
from ieptrail.cli.progress import Progress
from ieptrail.errors import InvalidInput
from ieptrail.export.bundle import verify_bundle
from ieptrail.export.record import ExportScope
from ieptrail.export.tables import TABLES
from ieptrail.export.write import FORMATS, export_record
from ieptrail.trail.wording import counted


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="pdf or html: the report; csv: tables for a spreadsheet; zip: the evidence bundle (all of it "
                   "plus every original email and a manifest of SHA-256 fingerprints).")
@click.option("--student", help="Only messages about this student (full or first name).")
@click.option("--topic", help="Only messages tagged with this topic id (see `ieptrail topics`).")
@click.option("--since", help="From this day (YYYY-MM-DD), in IEPTRAIL_TIMEZONE.")
@click.option("--until", help="Up to and including this day (YYYY-MM-DD); default: the --as-of day.")
@click.option("--as-of", "as_of", help="Evaluate promise and request statuses as of this day; default today.")
@click.option("--table", type=click.Choice(list(TABLES)),
              help="With --format csv: write only this table to --out (otherwise --out is a folder for all of them).")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="The file (or folder) to write.")
@pass_app
def export_command(app: App, fmt, student, topic, since, until, as_of, table, out: Path) -> None:
    """Write the paper trail for an advocate or a hearing officer: a numbered, dated, verifiable record.

    Statuses are those on the --as-of day, and the record ends that day unless --until says
    earlier. Files are written readable by you only.
    """
    if table and fmt != "csv":
        raise click.BadParameter("--table goes with --format csv", param_hint="--table")
    if topic and topic not in taxonomy():
        raise click.BadParameter(f"{topic!r} is not a topic id; see `{command_line('topics')}`", param_hint="--topic")
    day = parse_day(as_of, "--as-of") or app.today()
    try:
        scope = ExportScope(as_of=day, student=student, topic=topic, since=parse_day(since, "--since"),
                            until=parse_day(until, "--until"))
    except InvalidInput as exc:
        raise click.BadParameter(str(exc), param_hint="--until/--since") from None
    if not out.parent.exists():
        raise click.BadParameter(f"the folder {out.parent} does not exist", param_hint="--out")
    with Progress("Writing exhibits", "exhibit") as progress:
        result = export_record(app.db, app.settings, scope, fmt, out, table, on_exhibit=progress.update)
    if result.exhibits == 0:
        click.echo("warning: no messages match; the export is empty", err=True)
    for path in result.paths:
        click.echo(f"wrote {path}")
    click.echo(f"{counted(result.exhibits, 'exhibit')}, statuses as of {day}")
    if result.manifest_sha256:
        click.echo(f"manifest SHA-256: {result.manifest_sha256}")
        click.echo(f"(give this fingerprint separately from the bundle: `{command_line('verify', str(out))}` prints it too)")


@click.command("verify")
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def verify_command(bundle: Path) -> None:
    """Check an evidence bundle: every file against the manifest, every email against its exhibit.

    Exit status 0: nothing changed; 1: something was changed, added or removed; 2: not a bundle.
    """
    result = verify_bundle(bundle)
    click.echo(f"manifest SHA-256: {result.manifest_sha256}")
    if result.intact:
        click.echo(f"OK: all {result.files_checked} files match the manifest; nothing was changed")
        return
    click.echo(f"ALTERED: {counted(len(result.problems), 'problem')} found", err=True)
    for problem in result.problems:
        click.echo(f"  {problem}", err=True)
    sys.exit(1)
