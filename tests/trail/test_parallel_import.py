"""A large import reads and tags in worker processes: the record is the same as one stored an
email at a time, and every guarantee holds (duplicates, quarantine, a second run changes nothing).

The two records (one email at a time, and in two workers) are imported once for the module; a test that
imports into or refreshes a record works on its own copy of the file."""
from __future__ import annotations

import os
import shutil

import pytest

from sqlalchemy import select

from conftest import SAMPLE, SAMPLE_ENV
from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.store.models import Message, MissedService, Promise, RawEmail, Request, StudentTag, TopicTag
from ieptrail.trail.importer import PARALLEL_FROM, Importer
from mailgen import school_email


def mail() -> list[tuple[str, bytes]]:
    sample = list(read_local([SAMPLE / "mailbox"]))
    generated = [(f"gen-{n}", school_email(n)) for n in range(PARALLEL_FROM)]
    broken = [("broken", b"not an email at all")]
    return sample[:30] + generated[:200] + broken + sample[30:] + generated[200:] + sample[:5]  # 5 duplicates


def settings_for(folder, name: str):
    return load_settings({"HOME": str(folder), "IEPTRAIL_DATABASE_URL": f"sqlite:///{folder / name}",
                          "IEPTRAIL_DKIM_CHECK": "false", **SAMPLE_ENV}, env_file=os.devnull)


def record(tmp_path, name: str, tagger, **options) -> tuple:
    """(the import's summary, the record's rows, its file)."""
    settings = settings_for(tmp_path, name)
    db = Database(settings.database_url)
    summary = Importer(db, settings, tagger).import_many(mail(), **options)
    with db.session_scope() as session:
        by_pk = dict(session.execute(select(Message.id, Message.content_fingerprint)).all())
        threads: dict[int, set[str]] = {}
        for pk, thread in session.execute(select(Message.id, Message.thread_id)):
            threads.setdefault(thread, set()).add(by_pk[pk])
        rows = {
            "messages": sorted(session.execute(select(Message.content_fingerprint, Message.message_id, Message.subject,
                                                      Message.sent_at, Message.new_text)).all()),
            "threads": sorted(sorted(members) for members in threads.values()),
            "raw": sorted(session.execute(select(RawEmail.sha256, RawEmail.status, RawEmail.reason)).all()),
        }
        for model, columns in ((TopicTag, ("topic", "start", "end", "rule")), (StudentTag, ("student",)),
                               (MissedService, ("topic", "day", "minutes", "text")),
                               (Promise, ("key", "text", "due", "by_email")), (Request, ("key", "text", "by_email"))):
            rows[model.__tablename__] = sorted(
                (by_pk[pk], *values) for pk, *values in session.execute(
                    select(model.message_pk, *(getattr(model, c) for c in columns))).all())
    db.close()
    return summary, rows, tmp_path / name


@pytest.fixture(scope="module")
def one_at_a_time(tmp_path_factory, tagger):
    return record(tmp_path_factory.mktemp("parallel-alone"), "alone.db", tagger, batch_size=1)


@pytest.fixture(scope="module")
def in_two_workers(tmp_path_factory, tagger):
    return record(tmp_path_factory.mktemp("parallel-workers"), "workers.db", tagger, workers=2)


def copy_of(path, tmp_path, name: str):
    """Settings for a copy of the record at `path` (the module's records stay as imported)."""
    shutil.copy(path, tmp_path / name)
    return settings_for(tmp_path, name)


def test_reading_in_workers_stores_the_same_record_as_one_email_at_a_time(one_at_a_time, in_two_workers):
    alone, one_by_one, _ = one_at_a_time
    together, in_workers, _ = in_two_workers
    assert (together.new, together.duplicates, together.quarantined) == (alone.new, alone.duplicates, alone.quarantined)
    assert (together.new, together.duplicates, together.quarantined) == (63 + PARALLEL_FROM, 5, 1)
    for table, expected in one_by_one.items():
        assert in_workers[table] == expected, table
    assert in_workers["topic_tags"] and in_workers["promises"]


def test_a_second_run_in_workers_changes_nothing(tmp_path, tagger, in_two_workers):
    first, _, path = in_two_workers  # the first run: mail() imported in two workers
    assert first.new == 63 + PARALLEL_FROM
    settings = copy_of(path, tmp_path, "again.db")
    db = Database(settings.database_url)
    again = Importer(db, settings, tagger).import_many(mail(), workers=2)
    db.close()
    assert (again.new, again.duplicates, again.quarantined) == (0, len(mail()), 0)


def test_the_follow_up_refresh_in_two_processes_credits_the_same_messages(tmp_path, monkeypatch, one_at_a_time):
    from ieptrail.store.models import Fulfillment
    from ieptrail.trail import followups

    settings = copy_of(one_at_a_time[2], tmp_path, "refresh.db")  # mail() imported in this process
    db = Database(settings.database_url)
    credited = []
    for workers, apart_from in ((1, followups.LINK_APART_FROM), (2, 0)):
        monkeypatch.setattr(followups, "LINK_APART_FROM", apart_from)
        with db.session_scope() as session:
            followups.refresh_followups(session, settings, workers=workers)
        with db.session_scope() as session:
            credited.append(session.execute(select(Fulfillment.item_kind, Fulfillment.item_key, Fulfillment.message_pk,
                                                   Fulfillment.rule).order_by(Fulfillment.id)).all())
    db.close()
    assert credited[0] == credited[1]
    assert {kind for kind, *_ in credited[0]} == {"promise", "request"}
