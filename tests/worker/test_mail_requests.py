"""Requests by email: "search: …", "promises", "overdue", "missed services".

The rules are checked on headers alone; then end to end: the requests are put in a real Dovecot
mailbox on loopback, the worker's poll answers them through a real SMTP server (aiosmtpd), over
the dev record.
"""
from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

import pytest
from ieptrail.ingest.mail_command import (
    authenticate,
    read_headers,
    read_request,
    request_kind,
)
from ieptrail.store.models import Message, OutgoingEmail, RawEmail
from ieptrail.trail.statuses import promise_statuses
from ieptrail.worker import jobs
from ieptrail.worker.mail_requests import REFUSED, MailRequests
from ieptrail.worker.poll import MailboxPoller
from imap_trail import FAST_BACKOFF, Trail, dovecot  # noqa: F401
from smtp_server import smtp_plain  # noqa: F401 (a fixture)
from sqlalchemy import select

USER = "rosa.delgado@gmail.com"
TRAIL = "delgado.paper.trail@gmail.com"  # IEPTRAIL_TRAIL_ADDRESS of the sample settings
MX = "mx.trail.test"  # the trail mailbox's receiving server, as it names itself in Authentication-Results
CHICAGO = ZoneInfo("America/Chicago")
EXTRA_TIME_EXPECTED = {  # the dev corpus's gold answer for "extra time"
    "<1D8E60AE34EBE2C0.2969906e@gmail.com>",
    "<35652066DB99D0454645B2831B176E17@BN8PR12MB3565.namprd12.prod.outlook.com>",
}


def request_email(subject: str, *, sender: str = f"Rosa Delgado <{USER}>", to: str = TRAIL,
                  results: tuple[str, ...] = (f"{MX}; dkim=pass header.d=gmail.com header.s=20230601; "
                                              f"spf=pass smtp.mailfrom={USER}",),
                  extra: dict[str, str] | None = None) -> bytes:
    """An email as the trail mailbox holds it: the receiving server's Authentication-Results on top."""
    message = EmailMessage()
    for value in results:
        message["Authentication-Results"] = value
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 3, 12, 8, 30, tzinfo=CHICAGO))
    message["Message-ID"] = make_msgid("request", domain="mail.gmail.com")
    for name, value in (extra or {}).items():
        message[name] = value
    message.set_content("Sent from my phone")
    return message.as_bytes()


def read(raw: bytes, authserv_ids=(MX,), users=(USER,)):
    return read_request(read_headers(raw), user_emails=users, trail_addresses=(TRAIL,), authserv_ids=authserv_ids)


# ---- the rules ------------------------------------------------------------------------------------


@pytest.mark.parametrize("subject, expected", [
    ("search: extended time", ("search", "extended time")),
    ("Search:extra time ", ("search", "extra time")),
    ("SEARCH :  speech therapy", ("search", "speech therapy")),
    ("promises", ("promises", None)),
    ("Overdue?", ("overdue", None)),
    ("Missed services", ("missed-services", None)),
    ("missed", ("missed-services", None)),
    ("Re: search: extended time", None),
    ("Fwd: Missed services", None),
    ("search:", None),
    ("Overdue invoices for the field trip", None),
    ("Promises kept", None),
])
def test_which_subjects_are_requests(subject, expected):
    assert request_kind(subject) == expected


def test_a_request_from_the_users_own_domain_as_the_trusted_server_saw_it_is_answerable():
    request = read(request_email("search: extended time"))
    assert (request.kind, request.query, request.sender) == ("search", "extended time", USER)
    assert request.answerable and request.verified_by == f"dkim=pass for gmail.com ({MX})"
    only_spf = read(request_email("overdue", results=(f"{MX}; dkim=none; spf=pass smtp.mailfrom={USER}",)))
    assert only_spf.answerable and only_spf.verified_by.startswith("spf=pass")
    subdomain = read(request_email("promises", sender="Rosa <rosa@home.delgado.example>",
                                   results=(f"{MX}; dkim=pass header.d=delgado.example",)),
                     users=("rosa@home.delgado.example",))
    assert subdomain.answerable  # relaxed alignment: the parent domain signed it


@pytest.mark.parametrize("results, reason", [
    ((), "no Authentication-Results header from mx.trail.test (none at all)"),
    (("mx.attacker.example; dkim=pass header.d=gmail.com",), "only from mx.attacker.example"),
    ((f"{MX}; dkim=fail header.d=gmail.com; spf=softfail smtp.mailfrom={USER}",), "reports no DKIM or SPF pass"),
    ((f"{MX}; dkim=pass header.d=example.net; spf=pass smtp.mailfrom=someone@example.net",), "no DKIM or SPF pass"),
    ((f"{MX}; dkim=pass header.i=mallory@gmail.com header.d=gmail.com",), "no DKIM or SPF pass"),
    ((f"{MX}; spf=pass smtp.mailfrom=mallory@gmail.com",), "no DKIM or SPF pass"),
    ((f"{MX}; dkim=pass header.d=mail.gmail.com",), "no DKIM or SPF pass"),  # a subdomain cannot vouch for its parent
    (("garbage ;; ==",), "none at all"),
])
def test_a_request_its_server_did_not_vouch_for_is_not_answerable(results, reason):
    request = read(request_email("search: extended time", results=results))
    assert request is not None and not request.answerable
    assert reason in request.refusal


def test_only_headers_under_the_configured_server_name_count():
    # The receiving server removes headers that claim its own name (RFC 8601 section 5), so a header
    # under that name is believed wherever it is, and any other is not, whatever it says.
    forged = f"{MX}; dkim=pass header.d=gmail.com"
    real = "mx.other.example; dkim=fail header.d=gmail.com"
    assert read(request_email("overdue", results=(real, forged))).answerable
    assert not read(request_email("overdue", results=(real, forged)), authserv_ids=("mx.other.example",)).answerable


def test_without_a_configured_server_name_nothing_is_answered_and_the_reason_names_the_setting():
    verified, refusal = authenticate(read_headers(request_email("overdue")), USER, ())
    assert verified is None
    assert "IEPTRAIL_SEARCH_BY_EMAIL_AUTHSERV_ID is not set" in refusal and MX in refusal


@pytest.mark.parametrize("changes", [
    {"sender": "Ms. Rivera <maria.rivera@shoalcreekisd.org>"},  # a teacher's mail titled "Overdue" is evidence
    {"to": "Priya Natarajan <priya.natarajan@shoalcreekisd.org>"},  # the user's Bcc of a letter to the school
    {"to": f"{TRAIL}, priya.natarajan@shoalcreekisd.org"},
    {"extra": {"Auto-Submitted": "auto-replied"}},
    {"extra": {"X-IEPTrail-Kind": "search-reply"}},
])
def test_mail_that_is_not_the_user_writing_to_the_trail_alone_is_ordinary_mail(changes):
    assert read(request_email("overdue", **changes)) is None


# ---- end to end: Dovecot, the worker's poll, aiosmtpd ----------------------------------------------


@pytest.fixture
def smtp(smtp_plain):
    return smtp_plain  # aiosmtpd on loopback, no TLS (tests/smtp_server.py)


@pytest.fixture
def trail(dovecot, dev_record, smtp):
    made = Trail(dovecot, dev_record.folder, dev_record.env["IEPTRAIL_DATABASE_URL"],
                 IEPTRAIL_SEARCH_BY_EMAIL_AUTHSERV_ID=MX, IEPTRAIL_WEB_BASE_URL="http://127.0.0.1:8765",
                 **smtp.settings_env())
    yield made
    made.close()


def poll(trail: Trail, tagger):
    """The worker's poll, answering as of the dev corpus's day."""
    poller = MailboxPoller(trail.db, trail.settings, jobs.mail_importer(trail.db, trail.settings, tagger),
                           backoff=FAST_BACKOFF)
    poller.requests = MailRequests(trail.db, trail.settings, tagger, clock=lambda: datetime(2026, 3, 12, 9, 0,
                                                                                             tzinfo=CHICAGO))
    try:
        return poller.poll()
    finally:
        poller.close()


def text_of(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def test_the_users_search_gets_one_reply_with_the_results_and_a_strangers_gets_none(trail, smtp, tagger):
    with trail.db.session_scope() as session:
        messages_before = session.query(Message).count()
        expected_subjects = set(session.scalars(select(Message.subject).where(Message.message_id.in_(EXTRA_TIME_EXPECTED))))
    ours = request_email("search: extra time")
    strangers = request_email("search: extra time", sender="Curious <someone@example.net>",
                              results=(f"{MX}; dkim=pass header.d=example.net; spf=pass smtp.mailfrom=someone@example.net",))
    trail.append([ours, strangers])
    result = poll(trail, tagger)

    assert result.requests == {"answered": 1}
    assert len(smtp.received) == 1
    reply = smtp.received[0]
    assert reply["To"] == USER and reply["Subject"] == "Re: search: extra time"
    assert reply["In-Reply-To"] == read_headers(ours)["Message-ID"]
    assert reply["Auto-Submitted"] == "auto-replied"
    text = text_of(reply)
    assert all(subject in text for subject in expected_subjects)
    assert "http://127.0.0.1:8765/messages/" in text
    html = reply.get_body(("html",)).get_content()
    assert "<script" not in html.lower() and "http://127.0.0.1:8765/?q=extra+time" in html

    with trail.db.session_scope() as session:
        assert session.query(Message).count() == messages_before, "neither request became a message in the record"
        held = session.execute(select(RawEmail.reason, RawEmail.error).where(RawEmail.status == "quarantined")).all()
    assert [reason for reason, _ in held] == ["sender-not-allowed"] and "someone@example.net" in held[0][1]
    assert (trail.count("INBOX"), trail.count("Processed")) == (0, 2)

    poll(trail, tagger)
    assert len(smtp.received) == 1, "answered once"


def test_a_request_forged_in_the_users_name_is_quarantined_not_answered(trail, smtp, tagger):
    forged = request_email("promises", results=("mx.attacker.example; dkim=pass header.d=gmail.com",))
    trail.append([forged])
    result = poll(trail, tagger)
    assert result.requests == {"refused": 1} and smtp.received == []
    with trail.db.session_scope() as session:
        kept = session.scalar(select(RawEmail).where(RawEmail.status == "quarantined"))
        replies = session.query(OutgoingEmail).count()
    assert kept.reason == REFUSED and "only from mx.attacker.example" in kept.error
    assert replies == 0 and trail.count("Processed") == 1


def test_promises_overdue_and_missed_services_each_get_their_list(trail, smtp, tagger):
    with trail.db.session_scope() as session:
        views = promise_statuses(session, trail.settings, datetime(2026, 3, 12).date())
    overdue = [view for view in views if view.status == "overdue"]
    open_ = [view for view in views if view.status == "open"]
    assert overdue and open_
    trail.append([request_email("promises"), request_email("Overdue"), request_email("missed services")])
    result = poll(trail, tagger)
    assert result.requests == {"answered": 3}
    replies = {message["Subject"]: text_of(message) for message in smtp.received}
    assert set(replies) == {"Re: promises", "Re: Overdue", "Re: missed services"}

    assert all(f"P{view.id} " in replies["Re: promises"] for view in overdue + open_)
    assert all(f"P{view.id} " in replies["Re: Overdue"] for view in overdue)
    assert not any(f"P{view.id} " in replies["Re: Overdue"] for view in open_)
    assert "OVERDUE PROMISES" in replies["Re: Overdue"] and "Next step:" in replies["Re: Overdue"]
    assert "MISSED SERVICES" in replies["Re: missed services"] and "Totals:" in replies["Re: missed services"]
    assert "speech" in replies["Re: missed services"].lower()


def test_our_own_answer_coming_back_is_neither_stored_nor_answered(trail, smtp, tagger):
    trail.append([request_email("search: extra time")])
    poll(trail, tagger)
    answer = smtp.capture.envelopes[0].original_content
    trail.append([answer])  # e.g. the user's mail program forwards everything to the trail
    result = poll(trail, tagger)
    assert result.requests == {"our-reply": 1} and len(smtp.received) == 1
    with trail.db.session_scope() as session:
        assert session.scalar(select(Message).where(Message.subject.like("%search:%"))) is None
