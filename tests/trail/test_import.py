"""Importing into real SQLite and real PostgreSQL: idempotence, nothing lost, threads, search."""
from __future__ import annotations

import hashlib
import mailbox
from datetime import date

from sqlalchemy import func, select

from conftest import FIXTURES, SAMPLE
from records import db_url, fresh_db, sample_settings  # noqa: F401 (fixtures)
from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.trail.importer import Importer
from ieptrail.trail.quarantine import accept as accept_quarantined
from ieptrail.store import queries
from ieptrail.store.models import Arrival, Message, RawEmail, Thread

DANA_ENV = {"IEPTRAIL_USER_EMAILS": "dana.whitaker@example.com", "IEPTRAIL_TIMEZONE": "America/New_York",
            "IEPTRAIL_STUDENTS": "Nora Whitaker, Eli Whitaker"}


def test_sample_mailbox_imports_once_and_reimport_changes_nothing(fresh_db, db_url, tmp_path, tagger):
    settings = sample_settings(db_url, tmp_path)
    importer = Importer(fresh_db, settings, tagger=tagger)
    first = importer.import_many(read_local([SAMPLE / "mailbox"]))
    assert (first.new, first.duplicates, first.quarantined) == (63, 0, 0)
    with fresh_db.session_scope() as session:
        before = queries.counts(session)
        threads = session.scalar(select(func.count(Thread.id)))
    second = importer.import_many(read_local([SAMPLE / "mailbox"]))
    assert (second.new, second.duplicates, second.quarantined) == (0, 63, 0)
    with fresh_db.session_scope() as session:
        assert queries.counts(session) == before
        assert session.scalar(select(func.count(Thread.id))) == threads == 20


def test_every_arrived_email_keeps_its_exact_bytes_and_hash(fresh_db, db_url, tmp_path):
    Importer(fresh_db, sample_settings(db_url, tmp_path)).import_many(read_local([SAMPLE / "mailbox"]))
    with fresh_db.session_scope() as session:
        stored = {row.origin: row for row in session.scalars(select(RawEmail))}
        for path in sorted((SAMPLE / "mailbox").glob("*.eml")):
            row = stored[f"file:{path.resolve()}"]
            assert row.raw == path.read_bytes()
            assert row.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_message_that_arrived_by_cc_and_by_forward_is_stored_once(fresh_db, db_url, tmp_path):
    settings = load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": db_url, **DANA_ENV}, env_file="/dev/null")
    eml = FIXTURES / "eml"
    summary = Importer(fresh_db, settings).import_many(
        read_local([eml / "cc_forwarded.eml", eml / "cc_direct.eml", eml / "forwarded_twice_1.eml", eml / "forwarded_twice_2.eml"])
    )
    assert (summary.new, summary.duplicates) == (2, 2)
    with fresh_db.session_scope() as session:
        assert session.scalar(select(func.count(Message.id))) == 2
        assert session.scalar(select(func.count(RawEmail.id))) == 4  # every arrival's bytes are kept
        assert session.scalar(select(func.count(Arrival.id))) == 4
        report = session.scalar(select(Message).where(Message.subject == "Progress report"))
        assert report.message_id == "<progress-report-1009@maplegrove.k12.oh.us>"  # learned from the direct copy


def test_broken_messages_are_quarantined_and_the_rest_goes_on(fresh_db, db_url, tmp_path):
    settings = sample_settings(db_url, tmp_path)
    paths = [FIXTURES / "mime_broken", SAMPLE / "mailbox" / "0001.eml", FIXTURES / "eml" / "spamscope-damaged-but-readable.eml"]
    summary = Importer(fresh_db, settings).import_many(read_local(paths))
    broken = len(list((FIXTURES / "mime_broken").glob("*.eml")))
    assert (summary.new, summary.quarantined) == (2, broken)
    with fresh_db.session_scope() as session:
        quarantined = session.scalars(select(RawEmail).where(RawEmail.status == "quarantined")).all()
        assert len(quarantined) == broken
        assert all(row.error and row.raw and len(row.sha256) == 64 for row in quarantined)
        truncated = next(row for row in quarantined if row.origin.endswith("truncated-school-reply.eml"))
        assert "truncated" in truncated.error
        truncated_id = truncated.id
    # the user vouches for it: what could be read becomes a record, the bytes stay whole
    accepted = accept_quarantined(fresh_db, settings, truncated_id)
    assert len(accepted.message_ids) == 1
    with fresh_db.session_scope() as session:
        assert session.get(RawEmail, truncated_id).status == "stored"


def test_maildir_and_mbox_sources(fresh_db, db_url, tmp_path):
    files = sorted((SAMPLE / "mailbox").glob("*.eml"))[:6]
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for path in files[:3]:
        maildir.add(path.read_bytes())
    box = mailbox.mbox(tmp_path / "takeout.mbox", create=True)
    for path in files[3:]:
        box.add(path.read_bytes())
    box.flush()
    box.close()
    summary = Importer(fresh_db, sample_settings(db_url, tmp_path)).import_many(
        read_local([tmp_path / "Maildir", tmp_path / "takeout.mbox"])
    )
    assert (summary.new, summary.quarantined) == (6, 0)


def test_threads_and_search_on_the_sample(fresh_db, db_url, tmp_path, tagger):
    settings = sample_settings(db_url, tmp_path)
    Importer(fresh_db, settings, tagger=tagger).import_many(read_local([SAMPLE / "mailbox"]))
    zone = settings.timezone
    with fresh_db.session_scope() as session:
        hits = queries.search_messages(session, queries.SearchFilters(query="laminated"), zone)
        assert [hit.from_email for hit in hits] == ["jessica.tran@shoalcreekisd.org"]
        assert "laminated" in hits[0].snippet
        concept = queries.SearchFilters(query="extra time", concept_topics=tagger.topics_for_query("extra time"))
        found = {hit.subject for hit in queries.search_messages(session, concept, zone)}
        assert found == {"STAAR practice test next Tuesday + I'm out Friday",
                         "RE: STAAR practice test next Tuesday + I'm out Friday"}
        from_tony = queries.search_messages(session, queries.SearchFilters(sender="tony.garza", limit=100), zone)
        assert len(from_tony) == 4 and all(hit.from_email == "tony.garza@shoalcreekisd.org" for hit in from_tony)
        february = queries.search_messages(
            session, queries.SearchFilters(since=date(2026, 2, 1), until=date(2026, 2, 28), limit=1000), zone)
        assert february and all(hit.date.date().month == 2 for hit in february)
        by_topic = queries.search_messages(session, queries.SearchFilters(topic="transportation", limit=1000), zone)
        assert len(by_topic) >= 10
        thread = queries.thread_messages(session, hits[0].thread_id)
        assert [m.date for m in thread] == sorted(m.date for m in thread)
        assert {m.subject for m in thread} == {"Mateo - visual schedule and movement breaks",
                                               "RE: Mateo - visual schedule and movement breaks",
                                               "Re: Mateo - visual schedule and movement breaks"}
        weird = queries.search_messages(session, queries.SearchFilters(query='"AND OR NEAR( *'), zone)
        assert weird == []  # user text never reaches the query language


def test_committing_in_small_batches_gives_the_same_record(fresh_db, db_url, tmp_path):
    settings = sample_settings(db_url, tmp_path)
    summary = Importer(fresh_db, settings).import_many(read_local([SAMPLE / "mailbox"]), batch_size=7)
    assert summary.new == 63
