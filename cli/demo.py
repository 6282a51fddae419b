"""`ieptrail demo`: the whole job on the bundled sample mailbox, no credentials, no setup."""
from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import click
from ieptrail.cli.common import App, pass_app
from ieptrail.config import ensure_data_dir
from ieptrail.ingest.sources import read_local
from ieptrail.store import queries
from ieptrail.store.db import Database
from ieptrail.trail.importer import Importer

SAMPLE = Path(__file__).resolve().parent.parent / "sample"


def sample_settings(app: App, database_url: str):
    """The user's settings with the sample family's identity, zone and student."""
    sample = json.loads((SAMPLE / "sample.json").read_text(encoding="utf-8"))
    from zoneinfo import ZoneInfo

    return replace(
        app.settings,
        database_url=database_url,
        user_emails=tuple(sample["user_emails"]),
        timezone=ZoneInfo(sample["timezone"]),
        students=tuple(sample["students"]),
        trail_address=sample["trail_address"],
    ), sample


@click.command("demo")
@click.option("--database", "database_path", type=click.Path(dir_okay=False),
              help="SQLite file for the demo record (default: demo.db in the data directory).")
@pass_app
def demo_command(app: App, database_path: str | None) -> None:
    """Import the bundled sample mailbox into a demo database and show the record.

    Your own record is not touched. Run it again: nothing is imported twice.
    """
    if database_path is None:
        database_path = str(ensure_data_dir(app.settings) / "demo.db")
    url = f"sqlite:///{os.path.abspath(database_path)}"
    settings, sample = sample_settings(app, url)
    db = Database(url)
    demo = App(settings)
    importer = Importer(db, settings, tagger=demo.tagger)
    summary = importer.import_many(read_local([SAMPLE / "mailbox"]))
    click.echo(f"Sample mailbox: {summary.new} new emails, {summary.duplicates} already there, "
               f"{summary.quarantined} quarantined  ->  {database_path}\n")
    with db.session_scope() as session:
        counts = queries.counts(session)
        threads = queries.list_threads(session, settings.timezone, settings.user_emails)
        click.echo(f"The record: {counts['messages']} original messages in {counts['threads']} threads.")
        for thread in threads[:5]:
            click.echo(f"  [T{thread.id}] {thread.message_count} msgs  {thread.subject}")
        query = "extra time"
        concepts = demo.tagger.topics_for_query(query)
        results = queries.search_messages(
            session, queries.SearchFilters(query=query, concept_topics=concepts, limit=5), settings.timezone
        )
        click.echo(f"\nSearch {query!r} (also finds the topics {', '.join(concepts) or '-'}):")
        for result in results:
            click.echo(f"  [{result.id}] {result.date:%Y-%m-%d}  {result.from_name}  —  {result.subject}")
    click.echo(f"\nTry it yourself:  IEPTRAIL_DATABASE_URL={url} ieptrail search \"speech\"")
    db.close()
