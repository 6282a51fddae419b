"""A large import reads and tags in worker processes: the record is the same as one stored an
email at a time, and every guarantee holds (duplicates, quarantine, a second run changes nothing)."""
from __future__ import annotations

import os

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


def record(tmp_path, name: str, tagger, **options) -> tuple:
    url = f"sqlite:///{tmp_path / name}"
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": url, "IEPTRAIL_DKIM_CHECK": "false",
                              **SAMPLE_ENV}, env_file=os.devnull)
    db = Database(url)
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
    return summary, rows


def test_reading_in_workers_stores_the_same_record_as_one_email_at_a_time(tmp_path, tagger):
    alone, one_by_one = record(tmp_path, "alone.db", tagger, batch_size=1)
    together, in_workers = record(tmp_path, "workers.db", tagger, workers=2)
    assert (together.new, together.duplicates, together.quarantined) == (alone.new, alone.duplicates, alone.quarantined)
    assert (together.new, together.duplicates, together.quarantined) == (63 + PARALLEL_FROM, 5, 1)
    for table, expected in one_by_one.items():
        assert in_workers[table] == expected, table
    assert in_workers["topic_tags"] and in_workers["promises"]


def test_a_second_run_in_workers_changes_nothing(tmp_path, tagger):
    url = f"sqlite:///{tmp_path / 'again.db'}"
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": url, "IEPTRAIL_DKIM_CHECK": "false",
                              **SAMPLE_ENV}, env_file=os.devnull)
    db = Database(url)
    Importer(db, settings, tagger).import_many(mail(), workers=2)
    again = Importer(db, settings, tagger).import_many(mail(), workers=2)
    assert (again.new, again.duplicates, again.quarantined) == (0, len(mail()), 0)


def test_the_follow_up_refresh_in_two_processes_credits_the_same_messages(tmp_path, tagger, monkeypatch):
    from ieptrail.store.models import Fulfillment
    from ieptrail.trail import followups

    url = f"sqlite:///{tmp_path / 'refresh.db'}"
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": url, "IEPTRAIL_DKIM_CHECK": "false",
                              **SAMPLE_ENV}, env_file=os.devnull)
    db = Database(url)
    Importer(db, settings, tagger).import_many(mail())
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
