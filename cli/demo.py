"""`ieptrail demo`: the bundled sample family's record, as a first look. No credentials, no setup.

It imports the sample mailbox into the demo's own database and makes the demo the active profile
(config/profile.py): every command, and `serve`, then shows the sample family's record as of the
sample's day, and says so on stderr, until `ieptrail demo --off`. It ends with what the record is
for: promises not kept, questions not answered, services not delivered.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import click

from ieptrail.cli.common import App, command_line
from ieptrail.cli.progress import Progress
from ieptrail.config import Settings
from ieptrail.config.profile import DEMO, OWN, sample_family, switch_profile
from ieptrail.errors import ConfigError
from ieptrail.ingest.sources import count_local, read_local
from ieptrail.store import queries
from ieptrail.store.db import Database, Session
from ieptrail.trail.context import today
from ieptrail.trail.escalation import Directory, escalation_for
from ieptrail.trail.importer import Importer
from ieptrail.trail.ledger import ledger_of, summary_words
from ieptrail.trail.statuses import promise_statuses, request_statuses
from ieptrail.trail.wording import counted, day_long, quoted

SHOWN = 5  # items of each kind printed; the commands named below list them all


@click.command("demo")
@click.option("--off", is_flag=True, help="Leave the demo: every command shows your own record again.")
def demo_command(off: bool) -> None:
    """Look around a sample family's record: their school mail imported, tagged and checked.

    The demo has its own database; your own record is not touched. Until `ieptrail demo --off`,
    every command (and `ieptrail serve`) shows the demo record, as of the sample's day.
    """
    demo = App(profile=DEMO)
    home = demo.settings.data_dir.parent  # the demo lives in <your data dir>/demo
    if off:
        leave_demo(home)
        return
    settings = demo.settings
    for folder in (home, settings.data_dir):  # private: they hold a (here fictional) child's record
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    switch_profile(home, DEMO)
    db = Database(settings.database_url)
    try:
        family = sample_family()
        importer = Importer(db, settings, tagger=demo.tagger)
        with Progress("Importing the sample mailbox", "email") as progress:
            total = count_local([family.mailbox])
            summary = importer.import_many(read_local([family.mailbox]),
                                           on_outcome=lambda _origin, _outcome: progress.advance(total=total))
        with db.session_scope() as session:
            show_record(session, settings, summary.new, summary.duplicates)
    finally:
        db.close()
    click.echo(next_steps(settings))


def leave_demo(home: Path) -> None:
    changed = switch_profile(home, OWN)
    click.echo("Left the demo: every command shows your own record again." if changed
               else "The demo was not on: every command shows your own record.")
    try:
        own = App(profile=OWN).settings
    except ConfigError as exc:
        click.echo(f"Your settings need a fix first: {exc}", err=True)
        return
    if not own.set_up:
        click.echo(f"Set up your own record: {command_line('init')}")
    click.echo(f"(The demo record stays in {home / 'demo'}; {command_line('demo')} shows it again.)")


def show_record(session: Session, settings: Settings, new: int, already: int) -> None:
    day = today(settings)
    counts = queries.counts(session)
    family = sample_family()
    click.echo(f"The sample family's record: {counted(counts['messages'], 'original message')} in "
               f"{counted(counts['threads'], 'thread')} about {', '.join(family.students)}, forwarded by "
               f"{family.user_emails[0]}" + (f" ({new} imported now)." if new else f" (all {already} already there)."))
    click.echo(f"Statuses are as of {day_long(day)}, the day the sample ends.\n")
    _overdue_promises(session, settings, day)
    _unanswered_requests(session, settings, day)
    _missed_services(session, settings, day)


def _overdue_promises(session: Session, settings: Settings, day: date) -> None:
    overdue = [view for view in promise_statuses(session, settings, day) if view.status == "overdue"]
    overdue.sort(key=lambda view: -view.extra.get("days_overdue", 0))
    click.echo(f"Promises not kept: {counted(len(overdue), 'overdue promise')}")
    directory = Directory(session, settings)
    for view in overdue[:SHOWN]:
        escalation = escalation_for(session, settings, directory, view, day, command=command_line())
        click.echo(f"  [{view.id}] {view.by_name or view.by_email or 'someone at school'}, {view.promised_on}: "
                   f"\"{quoted(view.text)}\"")
        click.echo(f"      {counted(view.extra['days_overdue'], 'day')} overdue. {escalation.suggestion}")
    _more(len(overdue), "promises", "--status", "overdue")


def _unanswered_requests(session: Session, settings: Settings, day: date) -> None:
    waiting = [view for view in request_statuses(session, settings, day) if view.extra.get("needs_follow_up")]
    waiting.sort(key=lambda view: -view.extra.get("waiting_school_days", 0))
    click.echo(f"\nQuestions not answered: {counted(len(waiting), 'request')} waiting more than "
               f"{counted(settings.request_answer_days, 'school day')}")
    for view in waiting[:SHOWN]:
        who = "You" if settings.is_user(view.by_email) else view.by_name or view.by_email or "someone at school"
        click.echo(f"  [{view.id}] {who}, {view.asked_on}: \"{quoted(view.text)}\" "
                   f"(waiting {counted(view.extra['waiting_school_days'], 'school day')})")
    _more(len(waiting), "requests", "--status", "unanswered")


def _missed_services(session: Session, settings: Settings, day: date) -> None:
    ledger = ledger_of(session, settings, day)
    services = ledger.services
    missed = sum(line.missed for line in services)
    click.echo(f"\nServices not delivered: {counted(missed, 'missed session')}, each counted once however often it "
               f"was reported; {sum(line.made_up for line in services)} made up since")
    for line in sorted(services, key=lambda line: (-line.owed_minutes, -line.owed, line.label)):
        click.echo(f"  {line.label:32s} {summary_words(line)}")
    for line in ledger.accommodations:
        click.echo(f"  {line.label:32s} {summary_words(line)}")
    click.echo(f"  Session by session: {command_line('services')}")


def _more(count: int, *command: str) -> None:
    if count:
        click.echo(f"  {'All ' + str(count) if count > SHOWN else 'In full'}: {command_line(*command)}")


def next_steps(settings: Settings) -> str:
    host = f"[{settings.web_host}]" if ":" in settings.web_host else settings.web_host
    steps = [
        ("Search (words and what they mean)", command_line("search", "extra time")),
        ("The weekly digest email", command_line("digest")),
        ("The record as a PDF for an advocate", command_line("export", "--format", "pdf", "--out", "demo-record.pdf")),
        ("The same record in a browser", command_line("serve")),
        ("", f"then open http://{host}:{settings.web_port}/"),
        ("Leave the demo", command_line("demo", "--off")),
        ("Set up your own record", command_line("init")),
    ]
    width = max(len(what) for what, _ in steps) + 2
    lines = ["", "Try it yourself; the demo stays on for every command until you leave it."]
    lines += [f"  {(what + ':') if what else '':{width}} {command}" for what, command in steps]
    return "\n".join(lines)
