"""Attachments through the whole flow: read at import, their own topics, search that says where,
missed sessions from a provider's log in the ledger, forwards, hostile files, retag."""
from __future__ import annotations

import io
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest
from fpdf import FPDF
from sqlalchemy import func, select, update

from ieptrail.store import queries
from ieptrail.store.models import AttachmentText, Message, RawEmail
from ieptrail.store.tracking import missed_services
from ieptrail.trail.importer import Importer
from ieptrail.trail.ledger import build_ledger
from ieptrail.trail.search import SearchRequest, find_messages
from ieptrail.trail.tagging import retag_record

CENTRAL = timezone(timedelta(hours=-6))
TEACHER = "Priya Natarajan <priya.natarajan@shoalcreekisd.org>"
PARENT = "Rosa Delgado <rosa.delgado@gmail.com>"


def pdf_of(*pages: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


IEP_DRAFT = pdf_of("Annual IEP review, draft. Present levels of performance in reading and writing.",
                   "Accommodations: Mateo will have extended time (time and a half) on tests and quizzes.")
SLP_LOG = pdf_of("Speech-language service log, Mateo Delgado, 2 x 30 minutes per week.\n"
                 "January 27: session not delivered (provider absent).\n"
                 "February 3: delivered.")


def school_email(number: int, body: str, attachments: list[tuple[str, str, bytes]], sender: str = TEACHER,
                 subject: str = "Documents for Mateo") -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = sender, PARENT
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 2, 10, 9, 0, tzinfo=CENTRAL) + timedelta(days=number))
    message["Message-ID"] = f"<attachment-test-{number}@shoalcreekisd.org>"
    message.set_content(body)
    for name, content_type, data in attachments:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


@pytest.fixture
def importer(sqlite_db, settings, tagger):
    importer = Importer(sqlite_db, settings, tagger=tagger)
    yield importer
    importer.attachments.close()


def search(db, settings, tagger, **request):
    with db.session_scope() as session:
        return find_messages(session, tagger, settings, SearchRequest(**request)).results


def test_an_attachment_is_read_tagged_and_found_by_its_topic_and_says_where(importer, sqlite_db, settings, tagger):
    importer.import_many([("draft.eml", school_email(1, "Hi Rosa, the draft is attached for Thursday.",
                                                     [("IEP_draft.pdf", "application/pdf", IEP_DRAFT)]))])
    [found] = search(sqlite_db, settings, tagger, topic="extended_time")
    assert "extended_time" not in found.topics  # the email's own words never said it
    [draft] = found.attachment_files
    assert (draft.filename, draft.status, draft.page_count) == ("IEP_draft.pdf", "text", 2)
    assert "extended_time" in draft.topics
    assert [str(hit) for hit in found.attachment_hits] == ["in IEP_draft.pdf, p. 2"]
    as_json = found.as_json()
    assert as_json["topics"] == list(found.topics)
    assert as_json["attachments"][0]["name"] == "IEP_draft.pdf" and "extended_time" in as_json["attachments"][0]["topics"]
    assert as_json["attachments"][0]["sha256"] == draft.sha256
    # a free-text query reads attachments only when asked to
    assert search(sqlite_db, settings, tagger, query="quizzes") == []
    [by_words] = search(sqlite_db, settings, tagger, query="quizzes", attachments=True)
    assert [str(hit) for hit in by_words.attachment_hits] == ["in IEP_draft.pdf, p. 2"]
    [by_concept] = search(sqlite_db, settings, tagger, query="extra time", attachments=True)
    assert by_concept.id == found.id


def test_promises_come_from_the_email_only_and_a_session_log_feeds_the_ledger(importer, sqlite_db, settings, tagger):
    importer.import_many([("log.eml", school_email(2, "Attached is the speech log you asked for.",
                                                   [("SLP_log.pdf", "application/pdf", SLP_LOG),
                                                    ("IEP_draft.pdf", "application/pdf", IEP_DRAFT)]))])
    with sqlite_db.session_scope() as session:
        from ieptrail.store.tracking import promises

        assert promises(session) == []  # "Mateo will have extended time" in the IEP is the plan, not a promise
        own = missed_services(session, attachments=False)
        rows = missed_services(session)
    assert own == []
    [row] = rows
    assert (row.topic, str(row.day), row.minutes) == ("speech_language_therapy", "2026-01-27", 30)
    assert row.where == "in SLP_log.pdf, p. 1" and row.as_json()["attachment"]["name"] == "SLP_log.pdf"
    # the ledger counts a session read in an attachment when asked to (IEPTRAIL_LEDGER_ATTACHMENTS, --attachments)
    assert build_ledger(rows, [], []).events == ()
    [line] = build_ledger(rows, [], [], attachments=True).services
    assert (line.topic, line.missed, line.missed_minutes, line.owed_minutes) == ("speech_language_therapy", 1, 30, 30)
    assert line.events[0].reports[0].where == "in SLP_log.pdf, p. 1"


def test_attachments_of_a_forwarded_message_belong_to_the_original(importer, sqlite_db, settings, tagger):
    inner = school_email(3, "Here is the progress report.", [("Progress_Q2.pdf", "application/pdf",
                                                            pdf_of("Progress report. Goal 2: speech-language therapy."))])
    forward = EmailMessage()
    forward["From"], forward["To"] = PARENT, "delgado.paper.trail@gmail.com"
    forward["Subject"], forward["Date"] = "Fwd: Documents for Mateo", format_datetime(datetime(2026, 2, 20, tzinfo=CENTRAL))
    forward["Message-ID"] = "<forward-1@gmail.com>"
    forward.set_content("For the file.")
    forward.add_attachment(message_from_bytes(inner, policy=default))  # forwarded as an attachment
    importer.import_many([("fwd.eml", forward.as_bytes())])
    [found] = search(sqlite_db, settings, tagger, topic="progress_report")
    assert found.from_email == "priya.natarajan@shoalcreekisd.org"
    assert [a.filename for a in found.attachment_files] == ["Progress_Q2.pdf"]


def test_a_hostile_attachment_is_recorded_with_its_reason_and_the_email_is_stored(importer, sqlite_db, settings, tagger):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(IEP_DRAFT)))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = io.BytesIO()
    writer.write(locked)
    summary = importer.import_many([("locked.eml", school_email(4, "The signed copy, password to follow.",
                                                                [("signed.pdf", "application/pdf", locked.getvalue()),
                                                                 ("broken.pdf", "application/pdf", IEP_DRAFT[:400])]))])
    assert (summary.new, summary.quarantined) == (1, 0)
    [found] = search(sqlite_db, settings, tagger, query="signed copy")
    statuses = {a.filename: (a.status, a.note) for a in found.attachment_files}
    assert statuses["signed.pdf"] == ("failed", "encrypted: the PDF needs a password to open")
    assert statuses["broken.pdf"][0] == "failed"


def test_an_attachment_is_read_once_however_many_emails_carry_it(importer, sqlite_db, settings, tagger):
    class Counting(type(importer.attachments.reader)):
        reads = 0

        def read(self, attachment):
            Counting.reads += 1
            return super().read(attachment)

    importer.attachments.reader.__class__ = Counting
    importer.import_many([(f"{n}.eml", school_email(10 + n, f"Copy number {n} of the draft.",
                                                    [("IEP_draft.pdf", "application/pdf", IEP_DRAFT)])) for n in range(3)])
    importer.import_many([("late.eml", school_email(20, "Once more, the draft.",
                                                    [("IEP_draft (1).pdf", "application/pdf", IEP_DRAFT)]))])
    assert Counting.reads == 1
    with sqlite_db.session_scope() as session:
        assert session.scalar(select(func.count(AttachmentText.id))) == 1
    assert len(search(sqlite_db, settings, tagger, topic="extended_time")) == 4


def test_retag_reads_again_only_what_another_extractor_read(importer, sqlite_db, settings, tagger):
    importer.import_many([("a.eml", school_email(30, "Draft and log attached.", [
        ("IEP_draft.pdf", "application/pdf", IEP_DRAFT), ("SLP_log.pdf", "application/pdf", SLP_LOG)]))])
    with sqlite_db.session_scope() as session:
        session.execute(update(AttachmentText).where(AttachmentText.page_count == 2).values(extractor="pdf:older-reader"))
    done, counts = retag_record(sqlite_db, settings, tagger)
    assert done == 1 and counts["attachments_read"] == 1 and counts["attachments_tagged"] == 2
    with sqlite_db.session_scope() as session:
        assert set(session.scalars(select(AttachmentText.extractor))) == {importer.attachments.reader.extractor("pdf")}
        assert len(missed_services(session)) == 1  # retagging the email's own text left the log's session alone
    assert len(search(sqlite_db, settings, tagger, topic="extended_time")) == 1


def test_with_attachment_text_off_the_email_is_stored_as_before(make_settings, tagger):
    from ieptrail.store.db import Database

    settings = make_settings(IEPTRAIL_ATTACHMENT_TEXT="false")
    db = Database(settings.database_url)
    Importer(db, settings, tagger=tagger).import_many([("d.eml", school_email(40, "Draft attached.", [
        ("IEP_draft.pdf", "application/pdf", IEP_DRAFT)]))])
    with db.session_scope() as session:
        assert session.scalar(select(func.count(AttachmentText.id))) == 0
        assert session.scalar(select(func.count(Message.id))) == session.scalar(select(func.count(RawEmail.id))) == 1
        [view] = queries.views_for(session, session.scalars(select(Message)).all())
    assert view.attachment_files[0].status is None and view.as_json()["attachments"][0]["text"] == "not read"
    db.close()


def test_attachment_search_on_postgresql(postgres_url, make_settings, tagger):
    from ieptrail.store.db import Database

    settings = make_settings(IEPTRAIL_DATABASE_URL=postgres_url)
    db = Database(postgres_url)
    importer = Importer(db, settings, tagger=tagger)
    importer.import_many([("pg.eml", school_email(50, "The draft for Thursday.",
                                                  [("IEP_draft.pdf", "application/pdf", IEP_DRAFT)]))])
    importer.attachments.close()
    [by_topic] = search(db, settings, tagger, topic="extended_time")
    [by_words] = search(db, settings, tagger, query="quizzes", attachments=True)
    assert by_topic.id == by_words.id
    assert [str(hit) for hit in by_words.attachment_hits] == ["in IEP_draft.pdf, p. 2"]
    db.close()
