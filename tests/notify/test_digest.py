"""The weekly digest of the development mailbox, sent through a real SMTP server (aiosmtpd) and read
back as it arrived: what it lists, that its text and HTML say the same, its calendar, escaping,
and that each week goes out once, however often the job runs and whatever the SMTP server does."""
from __future__ import annotations

import re
import threading
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path

import pytest
from dev_record import Record, environment
from icalendar import Calendar
from ieptrail.errors import NotifyError
from ieptrail.notify.digest import digest_key, scheduled_day, send_scheduled_digest
from ieptrail.notify.digest_content import build_digest
from ieptrail.store.models import OutgoingEmail, WorkerRun
from ieptrail.store.repository import utcnow
from ieptrail.trail.importer import Importer
from ieptrail.trail.statuses import promise_statuses, request_statuses
from ieptrail.worker import jobs
from smtp_server import (  # noqa: F401
    SmtpServer,
    free_port,
    smtp_certificate,
    smtp_plain,
    smtp_starttls,
)
from sqlalchemy import select

HEADINGS = {
    "overdue": r"overdue promises \(\d+\)",
    "coming due": r"coming due in the next 7 days \(\d+\)",
    "unanswered": r"unanswered requests \(\d+\)",
    "missed": r"missed services\b(?! reported)",
}


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.parts.append(data)


def flat(text: str) -> str:
    return " ".join(text.split())


def html_as_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    return flat(" ".join(parser.parts))


def ids_under(text: str, heading: str) -> set[int]:
    """The P/R ids listed in one section of the digest (text or flattened HTML)."""
    start = re.search(HEADINGS[heading], text, re.I)
    if start is None:
        return set()
    ends = [m.start() for name, pattern in HEADINGS.items() if name != heading
            for m in [re.search(pattern, text[start.end():], re.I)] if m]
    region = text[start.end(): start.end() + min(ends, default=len(text))]
    return {int(number) for number in re.findall(r"\b[PR](\d+)\b", region)}


def parts(message: EmailMessage) -> tuple[str, str, list[EmailMessage]]:
    return (message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content(),
            list(message.iter_attachments()))


def read_eml(path: Path) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def sunday_morning(day: date, settings) -> datetime:
    return datetime.combine(day, datetime.min.time().replace(hour=7), tzinfo=settings.timezone)


def test_the_digest_lists_exactly_the_overdue_promises_and_unanswered_requests_tracking_reports(dev_record, smtp_plain):
    record = dev_record.with_env(**smtp_plain.settings_env())
    result = record.cli("digest", "--send", "--as-of", record.as_of.isoformat())
    assert result.exit_code == 0, result.output
    [received] = smtp_plain.received
    assert received["To"] == "rosa.delgado@gmail.com" and received["Auto-Submitted"] == "auto-generated"
    db = record.database()
    with db.session_scope() as session:
        promises = promise_statuses(session, record.settings, record.as_of)
        requests = request_statuses(session, record.settings, record.as_of)
    overdue = {view.id for view in promises if view.status == "overdue"}
    coming_due = {view.id for view in promises if view.status == "open"
                  and date.fromisoformat(view.extra["deadline"]) <= record.as_of + timedelta(days=7)}
    unanswered = {view.id for view in requests if view.status == "unanswered"}
    assert overdue and unanswered  # the dev mailbox has both on its as_of day
    text, html, _ = parts(received)
    for body in (text, html_as_text(html)):
        assert ids_under(body, "overdue") == overdue
        assert ids_under(body, "coming due") == coming_due
        assert ids_under(body, "unanswered") == unanswered
    assert received["Subject"] == (f"IEP paper trail \N{EM DASH} week of {record.as_of - timedelta(days=6):%b} "
                                   f"{(record.as_of - timedelta(days=6)).day}: {len(overdue)} overdue promises, "
                                   f"{len(unanswered)} unanswered requests")


@pytest.mark.parametrize("days_before", [0, 32, 60])
def test_the_text_and_the_html_say_the_same_things(dev_record, days_before):
    as_of = dev_record.as_of - timedelta(days=days_before)
    record = dev_record
    result = record.cli("digest", "--out", str(record.folder / "digest.eml"), "--as-of", as_of.isoformat())
    assert result.exit_code == 0, result.output
    text, html, _ = parts(read_eml(record.folder / "digest.eml"))
    html_text = html_as_text(html)
    for heading in ("overdue", "coming due", "unanswered"):
        assert ids_under(flat(text), heading) == ids_under(html_text, heading)
    db = record.database()
    with db.session_scope() as session:
        digest = build_digest(session, record.settings, as_of)
    said = [item.text for section in digest.sections for item in (*section.overdue, *section.coming_due, *section.unanswered)]
    said += [item.sentence for section in digest.sections for item in (*section.missed_this_week, *section.upcoming)]
    said += [f"{total.service} " for section in digest.sections for total in section.missed_totals]
    said += [line.subject for section in digest.sections for topic in section.topics for line in topic.messages]
    assert said
    for words in said:
        assert flat(words) in flat(text) and flat(words) in html_text, words
    for section in digest.sections:
        for item in section.overdue:
            assert f"{item.days_overdue} days overdue" in flat(text) and f"{item.days_overdue} days overdue" in html_text


def test_the_calendar_attachment_parses_and_holds_every_open_promise(dev_record):
    record = dev_record
    record.cli("digest", "--out", str(record.folder / "digest.eml"), "--as-of", record.as_of.isoformat())
    [attachment] = parts(read_eml(record.folder / "digest.eml"))[2]
    assert attachment.get_content_type() == "text/calendar" and attachment.get_filename().endswith(".ics")
    calendar = Calendar.from_ical(attachment.get_payload(decode=True))
    events = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
    with record.database().session_scope() as session:
        open_promises = [v for v in promise_statuses(session, record.settings, record.as_of) if v.status == "open"]
    assert open_promises
    for view in open_promises:
        event = events[f"promise-{view.key}@ieptrail"]
        assert event.decoded("dtstart") == date.fromisoformat(view.extra["deadline"])
        assert f"Promise {view.id}" in str(event["description"])
    assert all(event.decoded("dtstart") >= record.as_of for event in events.values())


SCRIPTED = b"""From: Priya Natarajan <priya.natarajan@shoalcreekisd.org>
To: Rosa Delgado <rosa.delgado@gmail.com>
Subject: <script>alert('subject')</script> speech therapy log
Date: Wed, 11 Mar 2026 15:10:00 -0500
Message-ID: <scripted-1@shoalcreekisd.org>
Content-Type: text/plain; charset=utf-8

Hi Rosa,

I will send you the <script>alert(1)</script> speech therapy log by Friday.

Thanks,
Priya
"""


def add_scripted_message(record: Record, tagger) -> None:
    db = record.database()
    Importer(db, record.settings, tagger).import_many([("test:scripted", SCRIPTED)])
    db.close()


def test_markup_in_mail_shows_as_text_in_the_html(dev_record, tagger):
    add_scripted_message(dev_record, tagger)
    result = dev_record.cli("digest", "--out", str(dev_record.folder / "digest.eml"), "--as-of", dev_record.as_of.isoformat())
    assert result.exit_code == 0
    text, html, _ = parts(read_eml(dev_record.folder / "digest.eml"))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;script&gt;alert(&#39;subject&#39;)" in html
    assert "the <script>alert(1)</script> speech therapy log" in html_as_text(html)
    assert "<script>alert('subject')</script> speech therapy log" in html_as_text(html)
    assert "<script>alert(1)</script>" in text  # plain text needs no escaping


def test_sending_the_same_week_again_sends_nothing(dev_record, smtp_starttls):
    record = dev_record.with_env(**smtp_starttls.settings_env())
    settings = record.settings
    db = record.database()
    sunday = record.as_of + timedelta(days=(6 - record.as_of.weekday()) % 7)
    first = jobs.weekly_digest(db, settings, sunday_morning(sunday, settings))
    assert "sent to rosa.delgado@gmail.com" in first
    again = jobs.weekly_digest(db, settings, sunday_morning(sunday, settings) + timedelta(hours=3))  # a restart
    late = jobs.weekly_digest(db, settings, sunday_morning(sunday, settings) + timedelta(hours=18))  # Monday 01:00
    assert "already sent" in again and "already sent" in late
    by_hand = record.cli("digest", "--send", "--as-of", sunday.isoformat())
    assert by_hand.exit_code == 0 and "already sent" in by_hand.output
    assert len(smtp_starttls.received) == 1
    with db.session_scope() as session:
        rows = session.scalars(select(OutgoingEmail).where(OutgoingEmail.kind == "digest")).all()
        assert [(row.key, row.status, row.attempts) for row in rows] == [(digest_key(sunday), "sent", 1)]


def test_two_workers_running_the_digest_at_once_send_it_once(dev_record, smtp_plain):
    record = dev_record.with_env(**smtp_plain.settings_env())
    settings = record.settings
    sunday = record.as_of + timedelta(days=(6 - record.as_of.weekday()) % 7)
    outcomes: list[str] = []

    def worker() -> None:
        db = record.database()
        outcomes.append(send_scheduled_digest(db, settings, sunday_morning(sunday, settings)))
        db.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(outcomes) == 2 and len(smtp_plain.received) == 1
    assert sum("sent to" in outcome for outcome in outcomes) == 1


def test_a_digest_the_smtp_server_refused_is_kept_reported_and_sent_later_once(dev_record, smtp_plain):
    port = free_port()  # nothing listens there yet: the SMTP server is down
    record = dev_record.with_env(IEPTRAIL_SMTP_HOST="127.0.0.1", IEPTRAIL_SMTP_PORT=str(port), IEPTRAIL_SMTP_TLS="none")
    settings = record.settings
    db = record.database()
    sunday = record.as_of + timedelta(days=(6 - record.as_of.weekday()) % 7)
    with pytest.raises(NotifyError, match=f"cannot send through the SMTP server 127.0.0.1:{port}"):
        jobs.weekly_digest(db, settings, sunday_morning(sunday, settings))
    status = record.cli("status").output
    assert "Outgoing mail: 1 not sent yet, retried automatically" in status
    assert f"127.0.0.1:{port}" in status and "1 attempt, next try" in status
    assert re.search(r"Last error: .*\(digest\): .*cannot send through", status)
    assert jobs.retry_outgoing(db, settings, None) is None  # its retry time has not come yet

    server = SmtpServer(port, "none").start()  # the server is back
    try:
        later = utcnow() + timedelta(minutes=6)
        assert jobs.retry_outgoing(db, settings, None, now=later) == "1 of 1 waiting email delivered"
        assert "already sent" in jobs.weekly_digest(db, settings, sunday_morning(sunday, settings))
        assert jobs.retry_outgoing(db, settings, None, now=later + timedelta(hours=1)) is None
        [received] = server.received
    finally:
        server.stop()
    assert received["X-IEPTrail-Week"] == f"{sunday - timedelta(days=6)}/{sunday}"
    with db.session_scope() as session:
        row = session.scalar(select(OutgoingEmail).where(OutgoingEmail.key == digest_key(sunday)))
        assert (row.status, row.attempts, row.next_attempt_at) == ("sent", 2, None)
        runs = [(run.job, run.ok) for run in session.scalars(select(WorkerRun).order_by(WorkerRun.id))]
        assert runs == [("digest", False), ("retry-outgoing", True), ("digest", True)]
    assert "Outgoing mail: nothing waiting; last sent" in record.cli("status").output


def test_without_smtp_the_digest_is_written_to_the_data_directory_and_says_where(dev_record):
    result = dev_record.cli("digest", "--send", "--as-of", dev_record.as_of.isoformat())
    assert result.exit_code == 0
    [written] = (dev_record.folder / "data" / "outbox").glob("*-digest-*.eml")
    assert f"so it was written to {written}" in result.output
    assert b"X-IEPTrail-Kind: digest" in written.read_bytes()


def test_an_empty_week_says_so_in_one_line(tmp_path):
    record = Record(tmp_path, environment(tmp_path), date(2026, 3, 12))
    result = record.cli("digest", "--as-of", "2026-03-12")
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines[0] == "Subject: IEP paper trail \N{EM DASH} week of Mar 6: a quiet week"
    assert lines[2] == "A quiet week: no new messages, nothing overdue, nothing coming due and no unanswered requests."
    assert not any(line.isupper() for line in lines)  # no empty section headings


STUDENT_B = b"""From: Jessica Tran <jessica.tran@shoalcreekisd.org>
To: Rosa Delgado <rosa.delgado@gmail.com>
Subject: Ana's reading log
Date: Tue, 10 Mar 2026 09:00:00 -0500
Message-ID: <ana-1@shoalcreekisd.org>
Content-Type: text/plain; charset=utf-8

Hi Rosa,

Ana Delgado did well this week. I will send you Ana's reading intervention log by Friday.

Jessica Tran
"""


def test_with_two_children_each_gets_a_section(dev_record):
    from ieptrail.classify import Tagger

    record = dev_record.with_env(IEPTRAIL_STUDENTS="Mateo Delgado, Ana Delgado")
    db = record.database()
    Importer(db, record.settings, Tagger(("Mateo Delgado", "Ana Delgado"))).import_many([("test:ana", STUDENT_B)])
    with db.session_scope() as session:
        digest = build_digest(session, record.settings, record.as_of)
    sections = {section.student: section for section in digest.sections}
    assert digest.several_students and list(sections)[:2] == ["Mateo Delgado", "Ana Delgado"]
    assert [item.text for item in sections["Ana Delgado"].coming_due] == [
        "I will send you Ana's reading intervention log by Friday."]
    assert all("Ana" not in item.text for item in sections["Mateo Delgado"].coming_due)
    text = record.cli("digest", "--as-of", record.as_of.isoformat()).output
    assert "==== Mateo Delgado ====" in text and "==== Ana Delgado ====" in text
    assert text.index("==== Ana Delgado ====") < text.index("reading intervention log")


def test_a_template_in_the_data_directory_replaces_the_shipped_one(dev_record):
    templates = dev_record.folder / "data" / "templates"
    templates.mkdir(parents=True)
    (templates / "digest.txt").write_text("{{ digest.overdue_count }} overdue for {{ digest.sections[0].student }}\n")
    assert re.search(r"^\d+ overdue for Mateo Delgado$", dev_record.cli("digest", "--as-of", dev_record.as_of.isoformat()).output, re.M)
    (templates / "digest.txt").write_text("{{ digest.no_such_value }}\n")
    broken = dev_record.cli("digest", "--as-of", dev_record.as_of.isoformat())
    assert broken.exit_code == 2 and "digest.txt" in broken.output and "no_such_value" in broken.output


@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 3, 15, 7, 0), date(2026, 3, 15)),  # on time, Sunday
    (datetime(2026, 3, 16, 0, 30), date(2026, 3, 15)),  # late, after midnight: still that week
    (datetime(2026, 3, 21, 23, 0), date(2026, 3, 15)),  # Saturday: the last Sunday
])
def test_a_scheduled_digest_belongs_to_the_week_of_its_digest_day(now, expected):
    assert scheduled_day(now, "sun") == expected


def test_on_postgresql_too_a_day_s_digest_is_sent_once(tmp_path, postgres_url, smtp_plain):
    record = Record(tmp_path, environment(tmp_path, IEPTRAIL_DATABASE_URL=postgres_url, **smtp_plain.settings_env()),
                    date(2031, 1, 5))
    db = record.database()
    settings = record.settings
    outcomes = [send_scheduled_digest(db, settings, sunday_morning(record.as_of, settings)) for _ in range(2)]
    assert "sent to rosa.delgado@gmail.com" in outcomes[0] and "already sent" in outcomes[1]
    assert len(smtp_plain.received) == 1
    with db.session_scope() as session:
        assert session.scalar(select(OutgoingEmail.status).where(OutgoingEmail.key == digest_key(record.as_of))) == "sent"
