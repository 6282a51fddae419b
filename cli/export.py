"""`ieptrail export` and `ieptrail verify`: the record for an advocate or a hearing officer."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from ieptrail.classify.taxonomy import taxonomy
from ieptrail.cli.common import App, command_line, parse_day, pass_app
from ieptrail.cli.progress import Progress
from ieptrail.cli.terminal import sanitize_for_terminal
from ieptrail.errors import ConfigError, InvalidInput
from ieptrail.export.bundle import verify_bundle
from ieptrail.export.record import ExportScope
from ieptrail.export.record_check import record_checker
from ieptrail.export.signing import SigningKeyError, parse_public_key, record_public_key
from ieptrail.export.tables import TABLES
from ieptrail.store.db import open_existing
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
    if result.public_key:
        click.echo(f"signed with public key: {result.public_key}")
        click.echo("(give this key to the reader separately from the bundle, e.g. by letter or phone; they check the "
                   f"bundle with `{command_line('verify', '--public-key', result.public_key, str(out))}`)")


def _record_here(app: App):
    """(database, settings) of the record on this machine, or None: verify never creates one."""
    try:
        settings = app.settings
    except ConfigError:
        return None
    db = open_existing(settings.database_url)
    return (db, settings) if db is not None else None


@click.command("verify")
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--public-key", "public_keys", multiple=True, metavar="ed25519:KEY",
              help="The public key the bundle's maker gave you (or a file holding it); checks the signature.")
@click.option("--no-record", is_flag=True, help="Do not check against the record on this machine (see what a "
              "reader without it sees).")
@pass_app
def verify_command(app: App, bundle: Path, public_keys: tuple[str, ...], no_record: bool) -> None:
    """Check an evidence bundle: against itself, its signature, and the record it came from.

    A bundle is called intact only when a check a forger cannot redo passed: the signature
    (with --public-key, or this record's own key) or the record itself (run where it is).
    Exit status 0: intact; 1: something was changed, added or removed; 2: not a bundle;
    3: only self-consistent (nothing found changed, but nothing independent to check against).
    """
    keys, described = [], ""
    try:
        keys = [parse_public_key(text) for text in public_keys]
    except SigningKeyError as exc:
        raise click.BadParameter(str(exc), param_hint="--public-key") from None
    if keys:
        described = "the key given with --public-key"
    record = None if no_record else _record_here(app)
    if not keys and record is not None:
        own = record_public_key(record[1].data_dir)
        if own is not None:
            keys, described = [own], "this record's own key"
    result = verify_bundle(bundle, keys, record_checker(*record) if record else None, described)
    click.echo(f"manifest SHA-256: {result.manifest_sha256}")
    for check in result.checks:
        click.echo(f"  {check.status:8s} {check.name}: {check.detail}")
    for note in result.notes:
        click.echo(f"  note: {sanitize_for_terminal(note)}")
    if result.verdict == "intact":
        click.echo(f"OK: nothing was changed ({result.files_checked} files; checked against "
                   f"{' and '.join(c.name for c in result.checks if c.status == 'passed' and c.name != 'self-consistency')})")
        return
    if result.verdict == "self-consistent only":
        click.echo("ONLY SELF-CONSISTENT: the files agree with the bundle's own manifest, but a forger who rewrote "
                   "the manifest too would pass this. Check it with the maker's public key: "
                   + command_line("verify", "--public-key", "ed25519:…", str(bundle)))
        sys.exit(3)
    click.echo(f"ALTERED: {counted(len(result.problems), 'problem')} found", err=True)
    for problem in result.problems:
        click.echo(f"  {sanitize_for_terminal(problem)}", err=True)
    sys.exit(1)
