"""Hostile and unlucky input on the import path: nothing lost, nothing untagged, no collision filed as
a second arrival, on real SQLite and real PostgreSQL."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import SAMPLE, SAMPLE_ENV
from ieptrail.config import load_settings
from ieptrail.ingest.sources import read_local
from ieptrail.store.db import Database
from ieptrail.store.models import Fulfillment, Message, Promise, RawEmail, TopicTag
from ieptrail.trail.importer import Importer
from mailgen import school_email
from records import db_url, fresh_db  # noqa: F401 (fixtures)

CLI = Path(sys.executable).parent / "ieptrail"


def settings_for(db_url: str, tmp_path: Path):
    return load_settings({"HOME": str(tmp_path), "IEPTRAIL_DATABASE_URL": db_url, "IEPTRAIL_DKIM_CHECK": "false",
                          **SAMPLE_ENV}, env_file="/dev/null")


def email(subject: str, body: str, *, message_id: str, sender: str = "Priya Natarajan <priya.natarajan@shoalcreekisd.org>",
          date: str = "Wed, 21 Jan 2026 14:35:00 -0600") -> bytes:
    return (f"From: {sender}\r\nTo: Rosa Delgado <rosa.delgado@gmail.com>\r\nSubject: {subject}\r\nDate: {date}\r\n"
            f"Message-ID: {message_id}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode("utf-8")


def counts(db: Database) -> tuple[int, int, int]:
    with db.session_scope() as session:
        stored = session.scalar(select(func.count(Message.id)))
        untagged = session.scalar(select(func.count(Message.id)).where(Message.tagged_at.is_(None)))
        quarantined = session.scalar(select(func.count(RawEmail.id)).where(RawEmail.status == "quarantined"))
    return stored, untagged, quarantined


def test_an_email_longer_than_spacys_limit_is_stored_and_tagged_with_the_rest(fresh_db, db_url, tmp_path, tagger):
    huge = email("Speech log", "Mateo had speech today and used his extra time. " + "x" * 1_200_000,
                 message_id="<huge@shoalcreekisd.org>")
    mail = list(read_local([SAMPLE / "mailbox"])) + [("huge.eml", huge)]
    summary = Importer(fresh_db, settings_for(db_url, tmp_path), tagger).import_many(mail)
    assert (summary.new, summary.quarantined) == (64, 0)
    assert counts(fresh_db) == (64, 0, 0)  # every message stored, none without its tags
    with fresh_db.session_scope() as session:
        huge_id = session.scalar(select(Message.id).where(Message.message_id == "<huge@shoalcreekisd.org>"))
        topics = set(session.scalars(select(TopicTag.topic).where(TopicTag.message_pk == huge_id)))
    assert {"speech_language_therapy", "extended_time"} <= topics
    again = Importer(fresh_db, settings_for(db_url, tmp_path), tagger).import_many(mail)
    assert (again.new, again.duplicates) == (0, 64)


def test_an_email_that_breaks_the_tagger_is_quarantined_and_the_rest_are_tagged(fresh_db, db_url, tmp_path, tagger):
    class FailsOnOne:
        """The real tagger, except on one text no rule foresaw."""

        def tag_many(self, texts, people=()):
            if any("BREAKS THE TAGGER" in text.new_text for text in texts):
                raise RuntimeError("a rule no one foresaw")
            return tagger.tag_many(texts, people)

        def tag(self, text, people=()):
            return self.tag_many([text], people)[0]

    mail = list(read_local([SAMPLE / "mailbox"]))[:10] + [
        ("odd.eml", email("Odd", "BREAKS THE TAGGER", message_id="<odd@shoalcreekisd.org>"))]
    summary = Importer(fresh_db, settings_for(db_url, tmp_path), FailsOnOne()).import_many(mail)
    assert (summary.new, summary.quarantined) == (10, 1)
    assert counts(fresh_db) == (10, 0, 1)
    with fresh_db.session_scope() as session:
        kept = session.scalars(select(RawEmail).where(RawEmail.status == "quarantined")).one()
        assert kept.reason == "tag-error" and "a rule no one foresaw" in kept.error and kept.raw.startswith(b"From:")


@pytest.mark.parametrize("message_id", ["<has\x00nul@school.org>", "<" + "x" * 1200 + "@school.org>"])
def test_a_message_id_the_database_would_refuse_is_not_taken_as_one(fresh_db, db_url, tmp_path, message_id):
    odd = email("Odd Message-ID\x00", "Speech was cancelled today.", message_id=message_id,
                sender="Pat\x00 Ortiz <pat.ortiz@shoalcreekisd.org>")
    mail = list(read_local([SAMPLE / "mailbox"])) + [("odd.eml", odd)]
    summary = Importer(fresh_db, settings_for(db_url, tmp_path)).import_many(mail)
    assert (summary.new, summary.quarantined) == (64, 0)
    with fresh_db.session_scope() as session:
        row = session.scalars(select(Message).where(Message.from_email == "pat.ortiz@shoalcreekisd.org")).one()
        assert row.message_id is None and "\x00" not in row.subject + (row.from_name or "")
        assert session.scalars(select(RawEmail.raw).where(RawEmail.id == row.raw_email_id)).one() == odd


def test_a_different_email_reusing_a_message_id_is_a_message_of_its_own(fresh_db, db_url, tmp_path, tagger):
    first = email("OT schedule", "I will send the OT schedule by Friday.", message_id="<same@shoalcreekisd.org>")
    forged = email("Bus change", "I will send the new bus route sheet by Monday.", message_id="<same@shoalcreekisd.org>",
                   sender="Someone Else <someone@elsewhere.org>", date="Mon, 02 Mar 2026 09:00:00 -0600")
    summary = Importer(fresh_db, settings_for(db_url, tmp_path), tagger).import_many([("a", first), ("b", forged)])
    assert (summary.new, summary.duplicates) == (2, 0)
    with fresh_db.session_scope() as session:
        texts = set(session.scalars(select(Promise.text)))
        assert {"I will send the OT schedule by Friday.", "I will send the new bus route sheet by Monday."} <= texts
        owners = session.execute(select(Message.from_email, Message.message_id).order_by(Message.id)).all()
    assert owners == [("priya.natarajan@shoalcreekisd.org", "<same@shoalcreekisd.org>"), ("someone@elsewhere.org", None)]


def test_the_same_email_arriving_again_with_its_message_id_is_still_one_message(fresh_db, db_url, tmp_path):
    direct = email("OT schedule", "I will send the OT schedule by Friday.", message_id="<once@shoalcreekisd.org>")
    resent = direct.replace(b"Subject: OT schedule", b"X-Resent: yes\r\nSubject: OT schedule")
    summary = Importer(fresh_db, settings_for(db_url, tmp_path)).import_many([("a", direct), ("b", resent)])
    assert (summary.new, summary.duplicates) == (1, 1)


def test_a_run_stopped_after_its_mail_is_committed_is_finished_by_the_next_reader(tmp_path, tagger):
    """Mail and tags commit together; the follow-up facts are recomputed after the commit. A run
    killed in between leaves a mark, and the next command that reads statuses finishes the work."""
    url = f"sqlite:///{tmp_path / 'trail.db'}"
    settings = settings_for(url, tmp_path)
    db = Database(url)

    class StoppedBeforeTheRefresh(Importer):
        def finish(self):
            raise KeyboardInterrupt  # the kill, right after the last batch committed

    with pytest.raises(KeyboardInterrupt):
        StoppedBeforeTheRefresh(db, settings, tagger).import_many(read_local([SAMPLE / "mailbox"]))
    assert counts(db) == (63, 0, 0)
    with db.session_scope() as session:
        assert session.scalar(select(func.count(Fulfillment.id))) == 0
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "IEPTRAIL_DATABASE_URL": url, **SAMPLE_ENV}
    listed = subprocess.run([str(CLI), "promises", "--status", "all", "--as-of", "2026-03-12", "--json"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stderr
    statuses = [item["status"] for item in json.loads(listed.stdout)]
    finished = Importer(Database(f"sqlite:///{tmp_path / 'whole.db'}"), settings_for(f"sqlite:///{tmp_path / 'whole.db'}", tmp_path),
                        tagger)
    finished.import_many(read_local([SAMPLE / "mailbox"]))
    from ieptrail.trail.statuses import promise_statuses
    from datetime import date

    with finished.db.session_scope() as session:
        expected = [view.status for view in promise_statuses(session, finished.settings, date(2026, 3, 12))]
    assert statuses == expected and "fulfilled" in statuses
    db.close()


def test_generated_mail_imports_the_same_in_batches_and_alone(tmp_path, tagger):
    """Batching is an optimisation: the same rows whether stored 7 at a time or one by one."""
    mail = [(f"gen-{n}", school_email(n)) for n in range(20)]
    rows = []
    for batch in (7, 1):
        url = f"sqlite:///{tmp_path / f'b{batch}.db'}"
        db = Database(url)
        Importer(db, settings_for(url, tmp_path), tagger).import_many(mail, batch_size=batch)
        with db.session_scope() as session:
            rows.append(sorted(session.execute(select(Message.message_id, TopicTag.topic, TopicTag.start).join(
                TopicTag, TopicTag.message_pk == Message.id)).all()))
        db.close()
    assert rows[0] == rows[1] and rows[0]
