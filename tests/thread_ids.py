"""Threads of a few emails imported into a fresh SQLite record, by each message's first word (for tests
of threading that read like the mail they are about)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.store.models import Message
from ieptrail.trail.importer import Importer


def threads_by_first_word(tmp_path: Path, mails: dict[str, str], env: dict[str, str]) -> dict[str, int]:
    for name, text in mails.items():
        (tmp_path / name).write_text(text)
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 't.db'}", **env},
                             env_file="/dev/null")
    db = Database(settings.database_url)
    try:
        Importer(db, settings).import_many(read_local([tmp_path / name for name in mails]))
        with db.session_scope() as session:
            return {row.new_text.split()[0]: row.thread_id
                    for row in session.execute(select(Message.new_text, Message.thread_id))}
    finally:
        db.close()
