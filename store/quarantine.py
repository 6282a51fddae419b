"""Emails kept out of the evidence for review: listed, accepted into the record, or dropped."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ieptrail.store.models import RawEmail
from ieptrail.store.repository import utcnow
from sqlalchemy import select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class QuarantinedEmail:
    id: int
    received_at: datetime  # naive UTC
    origin: str
    reason: str | None
    error: str | None
    size: int
    sha256: str
    dkim_checked: bool

    def as_json(self) -> dict:
        return {"id": self.id, "received_at": self.received_at.isoformat() + "Z", "origin": self.origin,
                "reason": self.reason, "error": self.error, "size": self.size, "sha256": self.sha256}


def _view(row: RawEmail) -> QuarantinedEmail:
    return QuarantinedEmail(row.id, row.received_at, row.origin, row.reason, row.error, row.size, row.sha256,
                            row.dkim_result is not None)


def quarantined(session: Session) -> list[QuarantinedEmail]:
    """Emails awaiting review, oldest first."""
    return [_view(row) for row in session.scalars(
        select(RawEmail).where(RawEmail.status == "quarantined").order_by(RawEmail.id))]


def quarantined_email(session: Session, raw_email_id: int) -> tuple[QuarantinedEmail, bytes] | None:
    """One email awaiting review and its bytes; None when there is no such email in quarantine."""
    row = session.get(RawEmail, raw_email_id)
    if row is None or row.status != "quarantined":
        return None
    return _view(row), row.raw


def release(session: Session, raw_email_id: int, source_message_id: str | None, note: str) -> None:
    """The user accepted it: it is evidence from now on."""
    row = session.get(RawEmail, raw_email_id)
    row.status, row.source_message_id = "stored", source_message_id
    row.reviewed_at, row.reviewed_note = utcnow(), note


def drop(session: Session, raw_email_id: int, note: str) -> None:
    """Off the review list; the bytes stay stored, marked dropped, never in the evidence."""
    row = session.get(RawEmail, raw_email_id)
    row.status = "dropped"
    row.reviewed_at, row.reviewed_note = utcnow(), note
