"""Writes: raw emails, original messages (deduplicated), their threads and their tags.

How duplicates are decided:
- the same bytes (SHA-256 of the raw email) are stored once: re-importing a mailbox is a no-op;
- an original message is stored once, recognised by its Message-ID when the wrapping kept it,
  else by a content fingerprint (author, sent minute in UTC, normalized subject, the words of
  its new text). A second arrival (forwarded twice, or by CC and by forward) keeps its own raw
  bytes and is linked to the existing message as another Arrival: nothing is lost.
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ieptrail.store.models import (
    Arrival,
    Message,
    MessageReference,
    RawEmail,
)
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

if TYPE_CHECKING:  # types only: reading the record does not load ingest/'s parsing
    from ieptrail.ingest.parsed import DkimResult, MessageIdentity, OriginalMessage


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def to_utc_naive(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def stored_shas(session: Session, shas: list[str]) -> set[str]:
    """Which of these emails (by SHA-256) are already stored, in one query."""
    wanted = set(shas)
    return set(session.scalars(select(RawEmail.sha256).where(RawEmail.sha256.in_(wanted)))) if wanted else set()


def received_times(session: Session, shas: set[str]) -> dict[str, datetime]:
    """When each of these emails (by SHA-256) arrived, for those the record holds."""
    if not shas:
        return {}
    return dict(session.execute(select(RawEmail.sha256, RawEmail.received_at).where(RawEmail.sha256.in_(shas))).all())


def received_at(session: Session, sha256: str) -> datetime | None:
    return session.scalar(select(RawEmail.received_at).where(RawEmail.sha256 == sha256))


def raw_id_by_sha(session: Session, sha256: str) -> int | None:
    return session.scalar(select(RawEmail.id).where(RawEmail.sha256 == sha256))


def add_raw_email(
    session: Session, raw: bytes, origin: str, status: str, *, source_message_id: str | None = None,
    reason: str | None = None, error: str | None = None, error_detail: str | None = None,
    defects: tuple[str, ...] = (), dkim: DkimResult | None = None,
) -> int:
    row = RawEmail(
        sha256=sha256_hex(raw),
        size=len(raw),
        raw=raw,
        origin=origin[:1000],
        source_message_id=source_message_id,
        received_at=utcnow(),
        status=status,
        reason=reason,
        error=error,
        error_detail=error_detail,
        defects=json.dumps(list(defects)) if defects else None,
        **_dkim_columns(dkim),
    )
    session.add(row)
    session.flush()
    return row.id


def stored_candidates(session: Session, identity: MessageIdentity) -> list[tuple[int, str, str, str, datetime | None]]:
    """Stored messages with this fingerprint or Message-ID, oldest first: (id, fingerprint,
    author, normalized subject, sent UTC); the caller decides which, if any, is the same message."""
    conditions = [Message.content_fingerprint == identity.fingerprint]
    if identity.message_id:
        conditions.append(Message.message_id == identity.message_id)
    columns = (Message.id, Message.content_fingerprint, Message.from_email, Message.subject_normalized, Message.sent_at)
    return [tuple(row) for row in session.execute(select(*columns).where(or_(*conditions)).order_by(Message.id))]


def stored_identities(session: Session, identities: list[MessageIdentity]) -> set[str]:
    """Which of these fingerprints and Message-IDs the store already holds, in two queries."""
    prints = {identity.fingerprint for identity in identities}
    ids = {identity.message_id for identity in identities if identity.message_id}
    found: set[str] = set()
    if prints:
        found |= set(session.scalars(select(Message.content_fingerprint).where(Message.content_fingerprint.in_(prints))))
    if ids:
        found |= set(session.scalars(select(Message.message_id).where(Message.message_id.in_(ids))))
    return found


def message_id_taken(session: Session, message_id: str) -> bool:
    return session.scalar(select(Message.id).where(Message.message_id == message_id).limit(1)) is not None


def _addresses_json(addresses) -> str:
    return json.dumps([address.as_dict() for address in addresses])


def _dkim_columns(dkim: DkimResult | None) -> dict:
    if dkim is None:
        return {}
    return {"dkim_result": dkim.result, "dkim_domain": dkim.domain, "dkim_note": dkim.note,
            "dkim_checked_at": dkim.checked_at}


def record_dkim(session: Session, raw_email_id: int, dkim: DkimResult | None) -> None:
    """Keep the result for the arrived email's own signature."""
    raw_email = session.get(RawEmail, raw_email_id)
    for name, value in _dkim_columns(dkim).items():
        setattr(raw_email, name, value)


def raw_dkim(session: Session, raw_email_id: int) -> DkimResult | None:
    """The result kept for the arrived email's own signature, if it was checked."""
    row = session.get(RawEmail, raw_email_id)
    if row is None or row.dkim_result is None:
        return None
    from ieptrail.ingest.parsed import DkimResult

    return DkimResult(row.dkim_result, row.dkim_domain, row.dkim_note, row.dkim_checked_at)


def mark_duplicate(session: Session, raw_email_id: int) -> None:
    """Every message this email carried was already in the record."""
    session.get(RawEmail, raw_email_id).status = "duplicate"


def add_arrival(session: Session, raw_email_id: int, message_pk: int, original: OriginalMessage,
                dkim: DkimResult | None = None) -> None:
    """Link a further arrival of a message we already hold, and fill in headers it lacked."""
    message = session.get(Message, message_pk)
    linked = session.scalar(
        select(Arrival).where(Arrival.raw_email_id == raw_email_id, Arrival.message_pk == message.id)
    )
    if linked is None:
        session.add(Arrival(raw_email_id=raw_email_id, message_pk=message.id, arrival=original.arrival,
                            forward_note=original.forward_note, **_dkim_columns(dkim)))
    if original.message_id and not message.message_id:
        message.message_id = original.message_id
        message.in_reply_to = message.in_reply_to or original.in_reply_to
        known = {ref.ref_message_id for ref in message.references}
        for ref in original.references:
            if ref not in known:
                message.references.append(MessageReference(ref_message_id=ref))
