"""Fixtures for tests that run on both real databases: a fresh SQLite file, or the PostgreSQL server
on this machine (emptied before and after), and settings for the sample family."""
from __future__ import annotations

import pytest

from conftest import SAMPLE_ENV
from ieptrail.config import load_settings
from ieptrail.store.db import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'trail.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def fresh_db(db_url):
    db = Database(db_url)
    wipe(db)
    yield db
    wipe(db)
    db.close()


def wipe(db: Database) -> None:
    from ieptrail.store.models import Base

    with db.session_scope() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(table.delete())


def sample_settings(db_url, tmp_path, **extra):
    return load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": db_url, **SAMPLE_ENV, **extra},
                         env_file="/dev/null")
