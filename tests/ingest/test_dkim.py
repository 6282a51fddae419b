"""DKIM is verified as mail arrives, with a test key served through dkimpy's DNS hook."""
from __future__ import annotations

import time

from sqlalchemy import select

from dkim_support import SCHOOL, FakeDns, published_keys, school_email, signed  # noqa: F401 (a fixture)
from ieptrail.ingest.dkim_verify import DkimVerifier
from ieptrail.trail.importer import Importer
from ieptrail.store.models import Arrival, Message, RawEmail

def forwarded_as_attachment(original: bytes) -> bytes:
    """The parent's forward with the school's email attached unchanged, as mail clients do (8bit)."""
    return (b"From: Rosa Delgado <rosa.delgado@gmail.com>\r\nTo: delgado.paper.trail@gmail.com\r\n"
            b"Subject: Fwd: OT schedule\r\nDate: Wed, 21 Jan 2026 19:48:00 -0600\r\nMessage-ID: <fwd-1@gmail.com>\r\n"
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="outer"\r\n\r\n'
            b"--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFor the record.\r\n"
            b"--outer\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n"
            b"Content-Disposition: attachment\r\n\r\n" + original + b"\r\n--outer--\r\n")


def _import(sqlite_db, settings, raw: bytes, dns: FakeDns) -> tuple[Arrival, RawEmail]:
    importer = Importer(sqlite_db, settings, dkim_verifier=DkimVerifier(lookup=dns))
    summary = importer.import_many([("test", raw)])
    assert summary.new == 1, summary.quarantine_notes
    with sqlite_db.session_scope() as session:
        arrival = session.scalars(select(Arrival)).one()
        raw_row = session.get(RawEmail, arrival.raw_email_id)
        session.expunge_all()
    return arrival, raw_row


def test_a_school_email_sent_straight_to_the_trail_verifies_for_the_school(sqlite_db, settings, published_keys):
    arrival, raw_row = _import(sqlite_db, settings, signed(school_email()), FakeDns(published_keys))
    assert (arrival.dkim_result, arrival.dkim_domain) == ("pass", SCHOOL)
    assert (raw_row.dkim_result, raw_row.dkim_domain) == ("pass", SCHOOL)
    assert raw_row.dkim_checked_at is not None and arrival.dkim_checked_at is not None


def test_a_changed_body_fails_and_says_so(sqlite_db, settings, published_keys):
    tampered = signed(school_email()).replace(b"by Friday", b"by June")
    arrival, _ = _import(sqlite_db, settings, tampered, FakeDns(published_keys))
    assert arrival.dkim_result == "fail" and "does not match" in arrival.dkim_note


def test_forwarded_as_attachment_the_attached_message_is_verified(sqlite_db, settings, published_keys):
    outer = signed(forwarded_as_attachment(signed(school_email())), domain="gmail.com", selector="gm1")
    arrival, raw_row = _import(sqlite_db, settings, outer, FakeDns(published_keys))
    assert (arrival.dkim_result, arrival.dkim_domain) == ("pass", SCHOOL)  # the school's signature, not Gmail's
    assert (raw_row.dkim_result, raw_row.dkim_domain) == ("pass", "gmail.com")
    with sqlite_db.session_scope() as session:
        assert session.scalars(select(Message.from_email)).one() == f"priya.natarajan@{SCHOOL}"


def test_an_inline_forward_has_no_signature_of_the_original(sqlite_db, settings, published_keys):
    inline = (b"From: Rosa Delgado <rosa.delgado@gmail.com>\r\nTo: delgado.paper.trail@gmail.com\r\n"
              b"Subject: Fwd: OT schedule\r\nDate: Wed, 21 Jan 2026 19:48:00 -0600\r\nMessage-ID: <fwd-2@gmail.com>\r\n\r\n"
              b"---------- Forwarded message ---------\r\nFrom: Priya Natarajan <priya.natarajan@shoalcreekisd.org>\r\n"
              b"Date: Wed, Jan 21, 2026 at 2:35 PM\r\nSubject: OT schedule\r\nTo: Rosa Delgado <rosa.delgado@gmail.com>\r\n\r\n"
              b"Hi Rosa,\r\n\r\nI will send the OT schedule by Friday.\r\n")
    arrival, raw_row = _import(sqlite_db, settings, inline, FakeDns(published_keys))
    assert arrival.dkim_result == "none" and "inline" in arrival.dkim_note
    assert raw_row.dkim_result == "none"


def test_a_withdrawn_key_cannot_be_checked(sqlite_db, settings):
    arrival, _ = _import(sqlite_db, settings, signed(school_email()), FakeDns({}))
    assert arrival.dkim_result == "error" and "no key" in arrival.dkim_note


def test_without_dns_the_import_goes_on_and_dns_is_not_asked_for_every_message(sqlite_db, settings, published_keys):
    dns = FakeDns(published_keys, down=True)
    importer = Importer(sqlite_db, settings, dkim_verifier=DkimVerifier(lookup=dns))
    summary = importer.import_many([(f"m{n}", signed(school_email(f"Note {n}.", n))) for n in range(5)])
    assert summary.new == 5
    with sqlite_db.session_scope() as session:
        results = session.execute(select(Arrival.dkim_result, Arrival.dkim_note)).all()
    assert {result for result, _ in results} == {"error"}
    assert all("DNS" in note for _, note in results)
    assert len(dns.asked) == 1


def test_the_real_resolver_offline_or_not_answers_quickly_and_never_passes_an_unknown_domain():
    message = signed(school_email(), domain="school.invalid")
    started = time.monotonic()
    result = DkimVerifier().verify(message)
    assert result.result == "error"  # .invalid has no keys, and without network DNS is unavailable
    assert time.monotonic() - started < 10


def test_switched_off_nothing_is_checked(sqlite_db, make_settings, published_keys):
    settings = make_settings(IEPTRAIL_DKIM_CHECK="false")
    Importer(sqlite_db, settings).import_many([("test", signed(school_email()))])
    with sqlite_db.session_scope() as session:
        assert session.scalars(select(Arrival.dkim_result)).one() is None


def test_a_quarantined_email_keeps_the_result_from_its_arrival_when_accepted_later(sqlite_db, settings, published_keys):
    from ieptrail.ingest.admission import sender_admission
    from ieptrail.trail.quarantine import accept as accept_quarantined

    importer = Importer(sqlite_db, settings, admission=sender_admission(settings),
                        dkim_verifier=DkimVerifier(lookup=FakeDns(published_keys)))
    assert importer.import_many([("stranger", signed(school_email()))]).quarantined == 1
    with sqlite_db.session_scope() as session:
        row = session.scalars(select(RawEmail)).one()
        raw_id, checked = row.id, (row.dkim_result, row.dkim_domain, row.dkim_checked_at)
    assert checked[:2] == ("pass", SCHOOL)
    # by the time the parent accepts it, the school has withdrawn the key: the arrival-time result stands
    accept_quarantined(sqlite_db, make_offline(settings), raw_id)
    with sqlite_db.session_scope() as session:
        row = session.get(RawEmail, raw_id)
        arrival = session.scalars(select(Arrival)).one()
        assert (row.dkim_result, row.dkim_domain, row.dkim_checked_at) == checked
        assert (arrival.dkim_result, arrival.dkim_domain, arrival.dkim_checked_at) == checked


def make_offline(settings):
    """Settings under which no DKIM check can run at all (accepting must not need one)."""
    from dataclasses import replace

    return replace(settings, dkim_check=False)
