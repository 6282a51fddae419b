"""How far the follow-up refresh looks for a delivery: a thread is read whole; another thread only
in the following half year, and only where the promiser reports the deed itself."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from ieptrail.trail.importer import Importer
from ieptrail.store.models import Fulfillment, Promise

TEACHER = ("Priya Natarajan", "priya.natarajan@shoalcreekisd.org")
START = datetime(2026, 1, 12, 9, 30)


def email(number: int, subject: str, body: str, days_later: int, reply_to: int | None = None) -> bytes:
    sent = START + timedelta(days=days_later)
    headers = [
        f"From: {TEACHER[0]} <{TEACHER[1]}>",
        "To: Rosa Delgado <rosa.delgado@gmail.com>",
        "Cc: delgado.paper.trail@gmail.com",
        f"Subject: {subject}",
        f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S')} -0600",
        f"Message-ID: <reach-{number}@shoalcreekisd.org>",
    ]
    if reply_to is not None:
        headers.append(f"In-Reply-To: <reach-{reply_to}@shoalcreekisd.org>")
    return ("\r\n".join(headers) + f"\r\n\r\nHi Rosa,\r\n\r\n{body}\r\n\r\nThanks,\r\nPriya Natarajan\r\n").encode()


def fulfilled_promises(db) -> dict[str, str]:
    """Promise sentence -> the sentence credited with delivering it."""
    with db.session_scope() as session:
        promises = {promise.key: promise.text for promise in session.scalars(select(Promise))}
        return {promises[row.item_key]: row.sentence for row in session.scalars(
            select(Fulfillment).where(Fulfillment.item_kind == "promise"))}


def test_a_delivery_counts_in_the_thread_whenever_it_came_and_elsewhere_within_half_a_year(sqlite_db, settings, tagger):
    mail = [
        email(1, "Articulation data", "I will send you the articulation data sheets by Friday.", 0),
        email(2, "Bus route", "I will send you the bus route sheet by Friday.", 0),
        email(3, "OT notes", "I will send you the occupational therapy progress notes by Friday.", 0),
        email(4, "Speech update", "I have attached the articulation data sheets from this month.", 20),
        email(5, "Re: Bus route", "Attached is the bus route sheet, sorry it took so long.", 200, reply_to=2),
        email(6, "Summer update", "I have attached the occupational therapy progress notes.", 200),
    ]
    Importer(sqlite_db, settings, tagger=tagger).import_many([(f"reach-{i}", raw) for i, raw in enumerate(mail)])

    with sqlite_db.session_scope() as session:
        promised = {promise.text for promise in session.scalars(select(Promise))}
    assert len(promised) == 3, promised
    delivered = fulfilled_promises(sqlite_db)
    assert "articulation data sheets" in delivered["I will send you the articulation data sheets by Friday."]
    assert "bus route sheet" in delivered["I will send you the bus route sheet by Friday."]  # same thread, 200 days on
    assert "I will send you the occupational therapy progress notes by Friday." not in delivered  # other thread, too late
