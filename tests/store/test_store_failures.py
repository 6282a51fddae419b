"""What a person is told when the database cannot take a write: a full disk, a lock held by
another process, no permission (issue 13). One line naming the cause, never the driver's
statement; and the PostgreSQL first-run migration race; and a private SQLite file."""
from __future__ import annotations

import multiprocessing
from datetime import datetime
import os
import sqlite3
import uuid

import pytest
from sqlalchemy import create_engine, event, text

from conftest import POSTGRES_ADMIN_URL, SAMPLE, SAMPLE_ENV
from ieptrail.config import load_settings
from ieptrail.errors import StoreError
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.db import Database
from ieptrail.store.models import RawEmail


def _settings(url, tmp_path):
    return load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": url, **SAMPLE_ENV}, env_file=os.devnull)


def test_a_full_disk_is_named_as_a_full_disk(tmp_path):
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    db = Database(url)
    with db.session_scope() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda connection, _: connection.execute(f"PRAGMA max_page_count={pages + 8}"))
    with pytest.raises(StoreError) as caught:
        Importer(db, _settings(url, tmp_path)).import_many(read_local([SAMPLE / "mailbox"]))
    message = str(caught.value)
    assert "disk holding" in message and "is full" in message and "\n" not in message
    assert "INSERT" not in message and "UPDATE" not in message and "expected to update" not in message


def test_a_lock_held_by_another_process_is_named_as_a_lock(tmp_path):
    path = tmp_path / "trail.db"
    Database(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        db = Database(f"sqlite:///{path}", run_migrations=False, lock_wait_seconds=0.2)
        with pytest.raises(StoreError) as caught, db.session_scope() as session:
            session.add(RawEmail(sha256="0" * 64, raw=b"x", size=1, origin="test", status="stored", received_at=datetime(2026, 1, 1)))
        assert "locked by another process" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_database_without_write_permission_is_named_as_such(tmp_path):
    path = tmp_path / "trail.db"
    Database(f"sqlite:///{path}").close()
    read_only = Database(f"sqlite:///file:{path}?mode=ro&uri=true", run_migrations=False)
    with pytest.raises(StoreError) as caught, read_only.session_scope() as session:
        session.add(RawEmail(sha256="1" * 64, raw=b"x", size=1, origin="test", status="stored", received_at=datetime(2026, 1, 1)))
    assert "no permission to write" in str(caught.value)


def test_the_sqlite_record_and_its_wal_are_private(tmp_path):
    path = tmp_path / "data" / "trail.db"
    db = Database(f"sqlite:///{path}")
    with db.session_scope() as session:
        session.add(RawEmail(sha256="2" * 64, raw=b"x", size=1, origin="test", status="stored", received_at=datetime(2026, 1, 1)))
        session.flush()
        wal = path.with_name("trail.db-wal")
        assert wal.exists()
        assert oct(wal.stat().st_mode & 0o777) == "0o600"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    db.close()
    path.chmod(0o644)  # made by an older version: tightened when opened
    Database(f"sqlite:///{path}").close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_postgresql_lock_held_by_another_session_is_named_as_a_lock(postgres_url):
    db = Database(postgres_url, lock_wait_seconds=0.2)
    holder = create_engine(postgres_url).connect()
    transaction = holder.begin()
    holder.execute(text("LOCK TABLE raw_emails IN ACCESS EXCLUSIVE MODE"))
    try:
        with pytest.raises(StoreError) as caught, db.session_scope() as session:
            session.add(RawEmail(sha256="3" * 64, raw=b"x", size=1, origin="test", status="stored", received_at=datetime(2026, 1, 1)))
        assert "locked by another process" in str(caught.value)
    finally:
        transaction.rollback()
        holder.close()
        db.close()


def _first_run(url: str, results) -> None:
    try:
        Database(url).close()
        results.put("ok")
    except Exception as exc:  # the race: UniqueViolation on pg_type
        results.put(f"{type(exc).__name__}: {exc}")


def test_two_first_runs_on_an_empty_postgresql_database_both_succeed(postgres_url):
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    for attempt in range(3):  # the race is a matter of timing: give it a few chances to show
        name = f"ieptrail_race_{uuid.uuid4().hex[:10]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        runs = [context.Process(target=_first_run, args=(url, results)) for _ in range(3)]
        for run in runs:
            run.start()
        for run in runs:
            run.join(60)
        outcomes = [results.get(timeout=5) for _ in runs]
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        assert outcomes == ["ok"] * len(runs), outcomes
    admin.dispose()


def test_the_schema_head_the_store_knows_is_alembics():
    """A record at HEAD_REVISION is opened without loading Alembic: the constant must follow new migrations."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ieptrail.store.db import HEAD_REVISION, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION
