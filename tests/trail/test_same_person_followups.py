"""A teacher who writes from her school address and from her Gmail is one person to the follow-up
refresh: the promise she made from school is kept by what she sends from home, and the question a
parent sent to her Gmail is answered by her school mail. Names and addresses are invented."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from ieptrail.classify import Tagger
from ieptrail.store.db import Database
from ieptrail.store.models import Fulfillment, Promise, Request
from ieptrail.trail.importer import Importer

PARENT = "Noor Haddish <noor.haddish@gmail.com>"
SCHOOL = "Talia Quenby <tquenby@brookmere.example.org>"
HOME = '"Quenby, Talia" <talia.q.home@gmail.com>'
START = datetime(2026, 2, 2, 9, 30)


def email(number: int, sender: str, to: str, subject: str, body: str, days_later: int) -> bytes:
    sent = START + timedelta(days=days_later)
    headers = [f"From: {sender}", f"To: {to}", "Cc: haddish.trail@gmail.com", f"Subject: {subject}",
               f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S')} -0600", f"Message-ID: <same-{number}@example.test>"]
    return ("\r\n".join(headers) + f"\r\n\r\n{body}\r\n").encode()


def credited(db: Database, kind: str, table) -> dict[str, str]:
    with db.session_scope() as session:
        items = {item.key: item.text for item in session.scalars(select(table))}
        return {items[row.item_key]: row.sentence for row in session.scalars(
            select(Fulfillment).where(Fulfillment.item_kind == kind))}


def test_one_teacher_from_two_addresses_is_one_person_to_the_follow_ups(make_settings):
    settings = make_settings(IEPTRAIL_USER_EMAILS="noor.haddish@gmail.com", IEPTRAIL_STUDENTS="Sami Haddish",
                             IEPTRAIL_TRAIL_ADDRESS="haddish.trail@gmail.com")
    mail = [
        email(1, SCHOOL, PARENT, "Fluency graphs", "Hi Noor,\n\nI will send you the oral reading fluency graphs by "
              "Friday.\n\nTalia Quenby", 0),
        email(2, HOME, PARENT, "Graphs from home", "Hi Noor,\n\nI have attached the oral reading fluency graphs "
              "for this month.\n\nTalia", 3),
        email(3, PARENT, HOME, "Field trip", "Hi Ms. Quenby,\n\nCan Sami bring his noise-cancelling headphones "
              "on the museum field trip?\n\nNoor", 5),
        email(4, SCHOOL, PARENT, "Museum trip", "Hi Noor,\n\nYes, Sami can bring his noise-cancelling headphones "
              "on the museum field trip.\n\nTalia Quenby", 6),
    ]
    db = Database(settings.database_url)
    try:
        Importer(db, settings, tagger=Tagger(settings.students)).import_many([(f"same-{i}", raw) for i, raw in enumerate(mail)])
        delivered = credited(db, "promise", Promise)
        answered = credited(db, "request", Request)
    finally:
        db.close()
    assert "fluency graphs" in delivered["I will send you the oral reading fluency graphs by Friday."]
    assert any("headphones" in sentence for sentence in answered.values()), answered
