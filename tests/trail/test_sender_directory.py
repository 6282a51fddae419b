"""Who is who for escalations: each sender's latest display name and latest signature, computed by the
database (one statement on SQLite and PostgreSQL, and by the read-only SQLite path) and the same as
reading every message oldest first and keeping the last of each."""
from __future__ import annotations

from sqlalchemy import select

from ieptrail.store import sqlite_read
from ieptrail.store.models import Message
from ieptrail.store.queries import latest_sender_facts
from ieptrail.trail.escalation import Directory
from ieptrail.trail.importer import Importer
from records import db_url, fresh_db, sample_settings  # noqa: F401 (fixtures)


def _email(number: int, sender: str, name: str, day: int, body: str) -> tuple[str, bytes]:
    shown = f"{name} <{sender}>" if name else sender
    raw = (f"From: {shown}\r\nTo: rosa.delgado@gmail.com\r\nSubject: note {number}\r\n"
           f"Date: Mon, {day:02d} Mar 2026 10:00:00 -0600\r\nMessage-ID: <dir{number}@school.test>\r\n\r\n{body}\r\n")
    return f"dir{number}.eml", raw.encode()


SIGNED = "Thanks for your patience.\r\n\r\n-- \r\n{name}\r\n{title}\r\nLakeview Elementary"
# (sender, display name, day of March, body): arrival order is not sent order
EMAILS = [
    ("pat.orr@school.test", "Pat Orr", 9, SIGNED.format(name="Pat Orr", title="Special Education Teacher")),
    ("pat.orr@school.test", "", 11, "Quick note: the schedule is attached."),
    ("pat.orr@school.test", "Patricia Orr", 4, SIGNED.format(name="Pat Orr", title="Paraprofessional")),
    ("lee.voss@school.test", "Lee Voss", 2, SIGNED.format(name="Lee Voss", title="Principal")),
    ("lee.voss@school.test", "L. Voss", 10, "See you Thursday."),
    ("kim.dale@school.test", "Kim Dale", 6, "No signature in this one."),
    ("rosa.delgado@gmail.com", "Rosa Delgado", 5, SIGNED.format(name="Rosa Delgado", title="Parent")),
]


def _reference(session) -> list[tuple[str, str, str]]:
    """The old way: every message oldest first, the last name and signature of each sender kept."""
    names: dict[str, str] = {}
    signatures: dict[str, str] = {}
    senders: dict[str, None] = {}
    for email, name, signature in session.execute(
            select(Message.from_email, Message.from_name, Message.signature_text).order_by(Message.sent_at)):
        if not email:
            continue
        senders[email] = None
        if signature:
            signatures[email] = signature
        if name:
            names[email] = name
    return sorted((email, names.get(email, ""), signatures.get(email, "")) for email in senders)


def test_latest_name_and_signature_per_sender_by_every_path(fresh_db, db_url, tmp_path):  # noqa: F811
    settings = sample_settings(db_url, tmp_path)
    summary = Importer(fresh_db, settings).import_many(
        _email(number, *row) for number, row in enumerate(EMAILS))
    assert summary.new == len(EMAILS)
    with fresh_db.session_scope() as session:
        found = latest_sender_facts(session)
        assert sorted(found) == _reference(session)
        by_email = {email: (name, signature) for email, name, signature in found}
        # the latest signature (March 9), not the latest message (March 11, unsigned) nor the first
        assert "Special Education Teacher" in by_email["pat.orr@school.test"][1]
        assert by_email["pat.orr@school.test"][0] == "Pat Orr"
        assert by_email["lee.voss@school.test"][0] == "L. Voss" and "Principal" in by_email["lee.voss@school.test"][1]
        assert by_email["kim.dale@school.test"] == ("Kim Dale", "")
        # in the order the senders first signed: the escalation ladder takes the first on a rung
        signed = [email for email, _, signature in found if signature]
        assert signed[:2] == ["lee.voss@school.test", "pat.orr@school.test"]
        directory = Directory(session, settings)
        assert "rosa.delgado@gmail.com" not in directory.titles and "rosa.delgado@gmail.com" not in directory.names
        assert list(directory.titles) == ["lee.voss@school.test", "pat.orr@school.test"]
        assert "Special Education Teacher" in directory.titles["pat.orr@school.test"]
    if db_url.startswith("sqlite"):
        assert sqlite_read.read_only(db_url, lambda reader: reader.latest_sender_facts()) == found


def test_a_promise_made_late_on_the_day_in_the_farthest_zone_is_counted_that_day(fresh_db, db_url, tmp_path, tagger):  # noqa: F811
    """promises/requests read only mail sent before the as-of day (plus the widest zone): a promise
    written at 23:50 on March 9 at UTC-12 (11:50 UTC on March 10) is one of March 9's."""
    from datetime import date

    from ieptrail.trail.statuses import promise_statuses, request_statuses

    settings = sample_settings(db_url, tmp_path)
    raw = ("From: Pat Orr <pat.orr@school.test>\r\nTo: rosa.delgado@gmail.com\r\nSubject: data\r\n"
           "Date: Mon, 09 Mar 2026 23:50:00 -1200\r\nMessage-ID: <late@school.test>\r\n\r\n"
           "Hi Ms. Delgado,\r\n\r\nI will send you Mateo's speech data sheets by Friday.\r\n\r\n"
           "Can you sign the consent form for his evaluation?\r\n\r\nPat Orr\r\n").encode()
    assert Importer(fresh_db, settings, tagger).import_many([("late.eml", raw)]).new == 1
    with fresh_db.session_scope() as session:
        made = [view.promised_on for view in promise_statuses(session, settings, date(2026, 3, 9))]
        asked = [view.asked_on for view in request_statuses(session, settings, date(2026, 3, 9))]
        assert made == [date(2026, 3, 9)] and asked == [date(2026, 3, 9)]
        assert promise_statuses(session, settings, date(2026, 3, 8)) == []
        assert request_statuses(session, settings, date(2026, 3, 8)) == []
    if db_url.startswith("sqlite"):
        found = sqlite_read.read_only(db_url, lambda reader: promise_statuses(reader, settings, date(2026, 3, 9)))
        assert [view.promised_on for view in found] == made
