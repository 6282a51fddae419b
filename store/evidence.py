"""Reads for an exported record: how each message arrived, with its DKIM result, and the raw bytes."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from ieptrail.store.models import Arrival, Message, RawEmail
from sqlalchemy import select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ArrivalView:
    """One arrived email that carried a message, with the DKIM result for that message in it."""

    raw_email_id: int
    sha256: str
    size: int
    arrival: str  # direct | forwarded | sent
    received_at: datetime  # naive UTC
    first: bool  # the email the record was made from
    dkim_result: str | None  # pass | fail | none | error; None: not checked
    dkim_domain: str | None
    dkim_note: str | None
    dkim_checked_at: datetime | None  # naive UTC


def arrivals_for(session: Session, message_ids: Iterable[int]) -> dict[int, list[ArrivalView]]:
    """Each message's arrivals, the one its record was made from first, then by arrival time."""
    ids = list(message_ids)
    found: dict[int, list[ArrivalView]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = session.execute(
            select(Arrival, RawEmail.sha256, RawEmail.size, RawEmail.received_at, Message.raw_email_id)
            .join(RawEmail, RawEmail.id == Arrival.raw_email_id)
            .join(Message, Message.id == Arrival.message_pk)
            .where(Arrival.message_pk.in_(chunk))
            .order_by(RawEmail.received_at, RawEmail.id)
        )
        for arrival, sha256, size, received_at, first_raw_id in rows:
            found[arrival.message_pk].append(ArrivalView(
                raw_email_id=arrival.raw_email_id, sha256=sha256, size=size, arrival=arrival.arrival,
                received_at=received_at, first=arrival.raw_email_id == first_raw_id,
                dkim_result=arrival.dkim_result, dkim_domain=arrival.dkim_domain, dkim_note=arrival.dkim_note,
                dkim_checked_at=arrival.dkim_checked_at,
            ))
    for views in found.values():
        views.sort(key=lambda view: not view.first)
    return dict(found)


def raw_emails(session: Session, raw_email_ids: Iterable[int], chunk: int = 50) -> Iterator[tuple[int, bytes]]:
    """(id, bytes exactly as received), a few at a time: a bundle may hold gigabytes of mail."""
    ids = list(dict.fromkeys(raw_email_ids))
    for start in range(0, len(ids), chunk):
        for raw_id, raw in session.execute(select(RawEmail.id, RawEmail.raw).where(RawEmail.id.in_(ids[start:start + chunk]))):
            yield raw_id, raw
