"""Shared fixtures: settings, real SQLite and PostgreSQL databases, corpus locations."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ieptrail.config import load_settings
from ieptrail.store.db import Database

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = REPO / "sample"
SHARED = Path(os.environ.get("IEPTRAIL_SHARED", REPO.parent / "shared"))
DEV = SHARED / "eval" / "dev"
CORPORA = SHARED / "corpora"
POSTGRES_ADMIN_URL = os.environ.get("IEPTRAIL_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

# dev_record_file (the dev mailbox imported once per session) and dev_record (a copy of it for one test)
pytest_plugins = ("dev_record",)

SAMPLE_ENV = {
    "IEPTRAIL_USER_EMAILS": "rosa.delgado@gmail.com",
    "IEPTRAIL_TIMEZONE": "America/Chicago",
    "IEPTRAIL_STUDENTS": "Mateo Delgado",
    "IEPTRAIL_TRAIL_ADDRESS": "delgado.paper.trail@gmail.com",
}


def shared_path(path: Path) -> Path:
    """A path under ../shared, or a skip saying why (it exists in CI, not on a user's machine)."""
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared corpora exist in CI, not on a user's machine")
    return path


@pytest.fixture
def make_settings(tmp_path):
    def make(**overrides):
        environ = {"HOME": str(tmp_path), "IEPTRAIL_DATA_DIR": str(tmp_path / "data"),
                   "IEPTRAIL_DATABASE_URL": f"sqlite:///{tmp_path / 'trail.db'}", **SAMPLE_ENV}
        environ.update({k: v for k, v in overrides.items() if v is not None})
        for key in [k for k, v in overrides.items() if v is None]:
            environ.pop(key, None)
        return load_settings(environ, env_file=os.devnull)
    return make


@pytest.fixture
def settings(make_settings):
    return make_settings()


@pytest.fixture
def sqlite_db(settings):
    db = Database(settings.database_url)
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_url():
    """A fresh database on the machine's PostgreSQL server, dropped afterwards."""
    name = f"ieptrail_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server: skip, and say so
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {exc}")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def tagger():
    from ieptrail.classify import Tagger

    return Tagger(("Mateo Delgado",))


@pytest.fixture(scope="session")
def served_record(tmp_path_factory, tagger):
    """The sample mailbox (the development corpus) plus an email with <script> in it, imported into a
    fresh SQLite record and served by the web page on a loopback port: (settings, db, base URL)."""
    from ieptrail.ingest.sources import read_local
    from ieptrail.trail.importer import Importer
    from ieptrail.web.serve import WebPage

    base = tmp_path_factory.mktemp("served")
    settings = load_settings({"HOME": str(base), "IEPTRAIL_DATA_DIR": str(base / "data"),
                              "IEPTRAIL_DATABASE_URL": f"sqlite:///{base / 'trail.db'}", **SAMPLE_ENV},
                             env_file=os.devnull)
    db = Database(settings.database_url)
    Importer(db, settings, tagger=tagger).import_many(
        read_local([SAMPLE / "mailbox", FIXTURES / "eml" / "script_in_subject_and_body.eml"]))
    page = WebPage(settings, db, tagger, host="127.0.0.1", port=0).start()
    yield settings, db, page.address.rstrip("/")
    page.stop()
    db.close()
