"""A worker imports poll after poll for months: what one poll needs must not stay for the next
(bench/worker_memory.py measures the whole; these pin the parts)."""
from __future__ import annotations

import pytest
from mailgen import school_email
from sqlalchemy import text

from ieptrail.classify.followup import content_words, stem
from ieptrail.classify.linking import promised_verbs
from ieptrail.errors import IEPTrailError
from ieptrail.store import record_state
from ieptrail.trail import importer as importer_module
from ieptrail.trail.followups import refresh_followups, refresh_followups_apart
from ieptrail.trail.importer import Importer

AIDE = ("Luis Ortega", "luis.ortega@shoalcreekisd.org")


def _mail(n: int, sender: tuple[str, str], body: str) -> bytes:
    return (f"From: {sender[0]} <{sender[1]}>\r\nTo: Rosa Delgado <rosa.delgado@gmail.com>\r\n"
            f"Subject: Today, note {n}\r\nDate: Mon, 12 Jan 2026 0{n}:30:00 -0600\r\n"
            f"Message-ID: <state-{n}@shoalcreekisd.org>\r\n\r\nHi Rosa,\r\n\r\n{body}\r\n\r\nThanks,\r\n{sender[0]}\r\n").encode()


def _poll(importer: Importer, db, emails: list[tuple[str, bytes]]) -> None:
    """What the IMAP worker does with one poll's mail: one transaction per email, then the run's finish."""
    for origin, raw in emails:
        with db.session_scope() as session:
            importer.import_one(session, raw, origin)
    importer.finish()


def test_polls_where_nobody_was_learned_leave_no_role_snapshots_behind(sqlite_db, settings, tagger):
    importer = Importer(sqlite_db, settings, tagger=tagger)
    for poll in range(3):
        _poll(importer, sqlite_db, [(f"poll{poll}:{n}", school_email(10 * poll + n, tag="state")) for n in range(2)])
        assert (importer.snapshots, len(importer.run_messages)) == ([], 0)


def test_a_message_tagged_before_its_author_was_known_is_still_tagged_again_in_its_run(sqlite_db, settings, tagger,
                                                                                          monkeypatch):
    retagged: list[str] = []
    real_retag = importer_module.retag

    def recording_retag(session, tagger_, settings_, stored, *rest):
        retagged.extend(item.from_email for item in stored)
        return real_retag(session, tagger_, settings_, stored, *rest)

    monkeypatch.setattr(importer_module, "retag", recording_retag)
    importer = Importer(sqlite_db, settings, tagger=tagger)
    teacher = ("Priya Natarajan", "priya.natarajan@shoalcreekisd.org")
    _poll(importer, sqlite_db, [
        ("a", _mail(1, AIDE, "Mateo worked on his reading log with me this morning.")),
        ("b", _mail(2, teacher, "His aide, Luis, will sit with him during the reading block from now on.")),
    ])
    assert AIDE[1] in retagged  # learned later in the same run: the earlier message was read again
    assert (importer.snapshots, len(importer.run_messages)) == ([], 0)
    retagged.clear()
    _poll(importer, sqlite_db, [("c", _mail(3, teacher, "Mateo had a good day today."))])
    assert retagged == []  # a later run does not go back over messages an earlier run finished


def test_a_follow_up_refresh_keeps_no_words_once_it_is_done(sqlite_db, settings, tagger):
    importer = Importer(sqlite_db, settings, tagger=tagger)
    _poll(importer, sqlite_db, [("a", school_email(1, tag="words"))])
    content_words("I will send the progress report by Friday.")
    promised_verbs("I will send the progress report by Friday.")
    assert stem.cache_info().currsize and promised_verbs.cache_info().currsize
    importer.refresh_followups()
    assert stem.cache_info().currsize == 0
    assert promised_verbs.cache_info().currsize == 0



def _credits(db) -> list[tuple]:
    with db.session_scope() as session:
        return sorted(tuple(row) for row in session.execute(text("SELECT * FROM fulfillments")))


def test_the_worker_refreshes_follow_ups_in_a_process_of_its_own_with_the_same_result(dev_record):
    db, settings = dev_record.database(), dev_record.settings
    with db.session_scope() as session:
        here = refresh_followups(session, settings)
    credits_here = _credits(db)
    with db.session_scope() as session:
        session.execute(text("DELETE FROM fulfillments"))
        record_state.mark_followups_stale(session)
    apart = refresh_followups_apart(settings)
    assert apart == here and apart["fulfilled"] > 0
    assert _credits(db) == credits_here
    with db.session_scope() as session:
        assert not record_state.followups_stale(session)


def test_a_refresh_process_that_fails_says_so_and_the_record_stays_marked_stale(dev_record, tmp_path):
    db = dev_record.database()
    with db.session_scope() as session:
        record_state.mark_followups_stale(session)
    elsewhere = dev_record.with_env(IEPTRAIL_DATABASE_URL=f"sqlite:///{tmp_path / 'gone' / 'trail.db'}").settings
    with pytest.raises(IEPTrailError, match="follow-up refresh failed"):
        refresh_followups_apart(elsewhere)
    with db.session_scope() as session:
        assert record_state.followups_stale(session)


def test_the_worker_importer_refreshes_apart_and_a_command_line_import_in_process(sqlite_db, settings, tagger):
    from ieptrail.worker.jobs import mail_importer

    assert mail_importer(sqlite_db, settings, tagger).refresh_apart
    assert not Importer(sqlite_db, settings, tagger).refresh_apart


def _signed(n: int, sender: tuple[str, str], title: str) -> bytes:
    """A note whose signature gives its author's title (a role the directory learns from it)."""
    return (f"From: {sender[0]} <{sender[1]}>\r\nTo: Rosa Delgado <rosa.delgado@gmail.com>\r\n"
            f"Subject: Session note {n}\r\nDate: Tue, 13 Jan 2026 10:{n % 60:02d}:00 -0600\r\n"
            f"Message-ID: <signed-{n}@example.org>\r\n\r\nHi Rosa,\r\n\r\nMateo worked on his sounds "
            f"for {20 + n % 10} minutes today (note {n}).\r\n\r\nBest,\r\n{sender[0]}\r\n{title}\r\n").encode()


def test_a_large_import_in_workers_tags_again_only_what_a_role_learned_later_changes(sqlite_db, settings, tagger,
                                                                                      monkeypatch):
    """In workers, each chunk is tagged knowing its own authors, and a person's second address with
    the same roles says nothing new: neither sends a message to be tagged again. A role learned in a
    later chunk still does, for the earlier message that names that person or was written by them."""
    retagged: list[str] = []
    real_retag = importer_module.retag

    def recording_retag(session, tagger_, settings_, stored, *rest):
        retagged.extend(item.from_email for item in stored)
        return real_retag(session, tagger_, settings_, stored, *rest)

    monkeypatch.setattr(importer_module, "retag", recording_retag)
    slp = ("Priya Natarajan", "priya.natarajan@shoalcreekisd.org")
    slp_home = ("Priya Natarajan", "priya.natarajan.home@gmail.com")
    teacher = ("Dana Whitley", "dana.whitley@shoalcreekisd.org")
    emails = [("aide", _mail(1, AIDE, "Mateo worked on his reading log with me this morning."))]
    emails += [(f"gen{n}", _signed(n, slp if n < 300 else slp_home, "Speech-Language Pathologist"))
               for n in range(importer_module.PARALLEL_FROM)]
    emails += [("teacher", _mail(2, teacher, "His aide, Luis, will sit with him during the reading block from now on."))]
    importer = Importer(sqlite_db, settings, tagger=tagger)
    summary = importer.import_many(emails, workers=2)
    assert summary.new == len(emails)
    assert AIDE[1] in retagged  # learned in the last chunk: the first message was read again
    assert len(retagged) < 10, retagged  # not every message of every chunk, as when a chunk's own authors were unknown
