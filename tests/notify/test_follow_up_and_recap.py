"""Mail the user sends from the trail: a follow-up on an overdue promise and the recap of a phone call.
Each goes through a real SMTP server (aiosmtpd) and, once sent, is in the record as evidence,
byte for byte what the server received."""
from __future__ import annotations

import hashlib
import json
from datetime import timedelta

from sqlalchemy import select

from dev_record import Record
from ieptrail.worker import jobs
from ieptrail.trail.importer import Importer
from ieptrail.store.models import Message, OutgoingEmail, Promise, RawEmail, Request
from ieptrail.store.repository import utcnow
from smtp_server import SmtpServer, free_port, smtp_certificate, smtp_plain, smtp_starttls  # noqa: F401


def first_unchased_overdue_promise(record: Record) -> dict:
    promises = json.loads(record.cli("promises", "--status", "overdue", "--as-of", record.as_of.isoformat(), "--json").output)
    return next(p for p in promises if p["by"]["email"] and p["escalation"]["follow_ups_sent"] == 0)


def message_of_raw(db, raw: bytes) -> Message:
    with db.session_scope() as session:
        raw_row = session.scalar(select(RawEmail).where(RawEmail.sha256 == hashlib.sha256(raw).hexdigest()))
        assert raw_row is not None, "the sent email is not in the record"
        return session.scalar(select(Message).where(Message.raw_email_id == raw_row.id))


def test_a_sent_follow_up_reaches_the_promiser_copies_the_user_and_becomes_evidence(dev_record, smtp_starttls):
    record = dev_record.with_env(**smtp_starttls.settings_env())
    promise = first_unchased_overdue_promise(record)
    result = record.cli("follow-up", str(promise["id"]), "--send", "--as-of", record.as_of.isoformat())
    assert result.exit_code == 0, result.output
    [envelope] = smtp_starttls.capture.envelopes
    [received] = smtp_starttls.received
    assert envelope.rcpt_tos == [promise["by"]["email"], "rosa.delgado@gmail.com"]
    assert received["Subject"].startswith("Overdue: ") and received["X-IEPTrail-Kind"] == "follow-up"
    assert " ".join(promise["text"].split()) in " ".join(received.get_content().split())

    db = record.database()
    message = message_of_raw(db, envelope.original_content)  # the very bytes the server got
    assert f"recorded in the trail as message {message.id}" in result.output
    assert message.arrival == "sent" and message.from_email == "rosa.delgado@gmail.com"
    with db.session_scope() as session:
        promised = session.get(Message, promise["message"])
        assert promised.message_id is None or received["In-Reply-To"].strip() == promised.message_id
        # the quoted promise is not the user's own promise; the question at the end is a request
        assert session.scalars(select(Promise).where(Promise.message_pk == message.id)).all() == []
        assert session.scalars(select(Request).where(Request.message_pk == message.id)).all()
    after = json.loads(record.cli("promises", "--json").output)  # as of today: the follow-up went out today
    [same] = [p for p in after if p["id"] == promise["id"]]
    assert same["escalation"]["follow_ups_sent"] == 1  # counted once: the email and its record are one follow-up


def test_without_smtp_a_follow_up_is_written_to_a_file_and_not_recorded_as_sent(dev_record):
    promise = first_unchased_overdue_promise(dev_record)
    result = dev_record.cli("follow-up", str(promise["id"]), "--send", "--as-of", dev_record.as_of.isoformat())
    assert result.exit_code == 0
    [written] = (dev_record.folder / "data" / "outbox").glob("*-follow-up-*.eml")
    assert str(written) in result.output and "trail address in Bcc" in result.output
    again = first_unchased_overdue_promise(dev_record)
    assert again["id"] == promise["id"]  # not counted as a follow-up: nothing was sent


def test_a_follow_up_the_server_refused_is_retried_and_recorded_when_it_goes_out(dev_record, tagger):
    port = free_port()
    record = dev_record.with_env(IEPTRAIL_SMTP_HOST="127.0.0.1", IEPTRAIL_SMTP_PORT=str(port), IEPTRAIL_SMTP_TLS="none")
    promise = first_unchased_overdue_promise(record)
    failed = record.cli("follow-up", str(promise["id"]), "--send", "--as-of", record.as_of.isoformat())
    assert failed.exit_code == 2 and "will be retried by the worker" in failed.output
    server = SmtpServer(port, "none").start()
    try:
        db = record.database()
        summary = jobs.retry_outgoing(db, record.settings, Importer(db, record.settings, tagger),
                                      now=utcnow() + timedelta(minutes=6))
        [envelope] = server.capture.envelopes
    finally:
        server.stop()
    assert summary == "1 of 1 waiting email delivered"
    assert message_of_raw(db, envelope.original_content).arrival == "sent"
    with db.session_scope() as session:
        row = session.scalar(select(OutgoingEmail).where(OutgoingEmail.kind == "follow-up"))
        assert (row.status, row.attempts) == ("sent", 2)


SUMMARY = """You said you would send me the updated behavior plan by Friday.
You said that Mr. Garza would call me about the new bus schedule.
"""


def test_a_sent_recap_is_in_the_record_with_its_promises_tagged(dev_record, smtp_plain):
    record = dev_record.with_env(**smtp_plain.settings_env())
    result = record.cli("log-call", "--with", "Ms. Rivera <maria.rivera@shoalcreekisd.org>", "--date", "2026-03-12",
                        "--summary", "-", "--send", input=SUMMARY)
    assert result.exit_code == 0, result.output
    [envelope] = smtp_plain.capture.envelopes
    [received] = smtp_plain.received
    assert envelope.rcpt_tos == ["maria.rivera@shoalcreekisd.org", "rosa.delgado@gmail.com"]
    body = " ".join(received.get_content().split())
    assert received["Subject"] == "Recap of our phone call on Thursday, March 12"
    assert "Per our conversation" in body and "please let me know in writing" in body
    assert "You said you would send me the updated behavior plan by Friday." in body
    db = record.database()
    message = message_of_raw(db, envelope.original_content)
    assert message.arrival == "sent"
    with db.session_scope() as session:
        promises = session.scalars(select(Promise).where(Promise.message_pk == message.id).order_by(Promise.start)).all()
        assert [(p.rule.split(":")[0], p.by_email) for p in promises] == [
            ("recap", "maria.rivera@shoalcreekisd.org"), ("recap", "tony.garza@shoalcreekisd.org")]
        assert promises[0].due is not None and promises[0].due.weekday() == 4  # "by Friday"


def test_a_call_logged_without_sending_is_a_note_not_sent_mail(dev_record, smtp_plain):
    record = dev_record.with_env(**smtp_plain.settings_env())
    summary = record.folder / "call.txt"
    summary.write_text(SUMMARY)
    result = record.cli("log-call", "--with", "Ms. Rivera <maria.rivera@shoalcreekisd.org>", "--summary", str(summary),
                        "--kind", "meeting")
    assert result.exit_code == 0 and "not emailed" in result.output
    assert smtp_plain.capture.envelopes == []
    db = record.database()
    with db.session_scope() as session:
        note = session.scalar(select(Message).where(Message.subject.like("Recap of our meeting on %")))
        assert note.arrival == "logged"
        assert session.scalars(select(Promise).where(Promise.message_pk == note.id)).all()


def test_a_person_without_an_address_is_refused_clearly(dev_record):
    result = dev_record.cli("log-call", "--with", "Ms. Rivera", "--summary", "-", input=SUMMARY)
    assert result.exit_code == 2 and "has no email address" in result.output
