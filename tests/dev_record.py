"""The development mailbox as a record, imported once per test session and copied for each test
(a test that sends mail or adds messages changes its own copy only; no test writes the imported file).
Its fixtures reach every test module through conftest.py's pytest_plugins."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DEV, SAMPLE, SAMPLE_ENV
from ieptrail.cli import main
from ieptrail.config import Settings, load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.store.db import Database


def dev_mailbox() -> tuple[Path, date]:
    """The shared dev corpus and its as_of day; without ../shared, the bundled copy of it (sample/)."""
    if (DEV / "gold.json").exists():
        return DEV / "mailbox", date.fromisoformat(json.loads((DEV / "gold.json").read_text())["as_of"])
    return SAMPLE / "mailbox", date.fromisoformat(json.loads((SAMPLE / "sample.json").read_text())["as_of"])


def environment(folder: Path, **overrides: str | None) -> dict[str, str]:
    env = {"HOME": str(folder), "IEPTRAIL_DATA_DIR": str(folder / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
           "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / 'trail.db'}", **SAMPLE_ENV}
    return overridden(env, overrides)


def overridden(env: dict[str, str], overrides: dict[str, str | None]) -> dict[str, str]:
    """`env` with `overrides` applied; None removes a variable."""
    changed = {**env, **{key: value for key, value in overrides.items() if value is not None}}
    return {key: value for key, value in changed.items() if overrides.get(key, "") is not None}


@dataclass
class Record:
    """A copy of the dev record: its settings, database and the command line over it."""

    folder: Path
    env: dict[str, str]
    as_of: date

    @property
    def settings(self) -> Settings:
        return load_settings(self.env, env_file=os.devnull)

    def database(self) -> Database:
        return Database(self.env["IEPTRAIL_DATABASE_URL"])

    def with_env(self, **overrides: str | None) -> Record:
        return Record(self.folder, overridden(self.env, overrides), self.as_of)

    def cli(self, *args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), env=self.env, input=input, catch_exceptions=False)


@pytest.fixture(scope="session")
def dev_record_file(tmp_path_factory, tagger) -> Path:
    folder = tmp_path_factory.mktemp("dev-record")
    mailbox, _ = dev_mailbox()
    settings = load_settings(environment(folder), env_file=os.devnull)
    db = Database(settings.database_url)
    Importer(db, settings, tagger).import_many(read_local([mailbox]))
    db.close()
    return folder / "trail.db"


@pytest.fixture
def dev_record(tmp_path, dev_record_file) -> Record:
    shutil.copy(dev_record_file, tmp_path / "trail.db")
    return Record(tmp_path, environment(tmp_path), dev_mailbox()[1])
