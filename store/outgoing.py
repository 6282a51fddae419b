"""Outgoing mail (digests, follow-ups, recaps): one OutgoingEmail row per email, kept with its bytes.

A row is claimed before each attempt by a conditional UPDATE, so two workers, or a worker and the
command line, never send the same row at the same time; a row whose `key` exists (a digest's week)
is never created twice. A claim lasts CLAIM_SECONDS: if the process dies mid-send the row becomes
due again and is retried, so nothing is lost (at worst, a send cut off by a crash goes out twice).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from ieptrail.store.models import Message, OutgoingEmail
from ieptrail.store.repository import utcnow
from ieptrail.store.views import WAITING, OutgoingStatus, OutgoingView
from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

CLAIM_SECONDS = 15 * 60
RETRY_FIRST_SECONDS = 5 * 60
RETRY_CEILING_SECONDS = 6 * 3600


def retry_delay(attempts: int) -> timedelta:
    """5 min after the first failure, doubling, at most 6 h apart; never given up."""
    return timedelta(seconds=min(RETRY_FIRST_SECONDS * 2 ** max(0, attempts - 1), RETRY_CEILING_SECONDS))


def add_outgoing(session: Session, *, kind: str, eml: bytes, to_addrs: str, subject: str, cc_addrs: str = "",
                 key: str | None = None, item_key: str | None = None, status: str = "queued") -> int | None:
    """Store a new email; returns its id, or None when one with the same `key` already exists.

    A queued row starts claimed (the caller is about to send it).
    """
    now = utcnow()
    row = OutgoingEmail(kind=kind, key=key, item_key=item_key, to_addrs=to_addrs, cc_addrs=cc_addrs,
                        subject=subject, eml=eml, status=status, attempts=0, created_at=now,
                        next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS) if status == "queued" else None)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return None
    return row.id


def outgoing_by_key(session: Session, key: str) -> OutgoingView | None:
    row = session.scalar(select(OutgoingEmail).where(OutgoingEmail.key == key))
    return OutgoingView.from_row(row) if row else None


def outgoing(session: Session, outgoing_id: int) -> OutgoingView | None:
    row = session.get(OutgoingEmail, outgoing_id)
    return OutgoingView.from_row(row) if row else None


def claim_for_retry(session: Session, outgoing_id: int, now: datetime, *, now_rather_than_later: bool = False) -> bool:
    """Take a waiting row whose retry time has come (with `now_rather_than_later`, any failed row);
    False when someone else holds it or it is done."""
    expired = or_(OutgoingEmail.next_attempt_at.is_(None), OutgoingEmail.next_attempt_at <= now)
    free = or_(OutgoingEmail.status == "failed", expired) if now_rather_than_later else expired
    result = session.execute(
        update(OutgoingEmail)
        .where(OutgoingEmail.id == outgoing_id, OutgoingEmail.status.in_(WAITING), free)
        .values(status="queued", next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
    )
    return result.rowcount == 1


def due_for_retry(session: Session, now: datetime) -> list[int]:
    return list(session.scalars(
        select(OutgoingEmail.id)
        .where(OutgoingEmail.status.in_(WAITING),
               or_(OutgoingEmail.next_attempt_at.is_(None), OutgoingEmail.next_attempt_at <= now))
        .order_by(OutgoingEmail.id)
    ))


def record_attempt(session: Session, outgoing_id: int, *, status: str, error: str | None = None,
                   now: datetime | None = None) -> OutgoingView:
    """The outcome of one attempt: sent or written (done), or failed (retried after retry_delay)."""
    now = now or utcnow()
    row = session.get(OutgoingEmail, outgoing_id)
    row.attempts += 1
    row.status = status
    row.last_error = error
    if status == "failed":
        row.next_attempt_at = now + retry_delay(row.attempts)
    else:
        row.sent_at, row.next_attempt_at = now, None
    session.flush()
    return OutgoingView.from_row(row)


def outgoing_status(session: Session) -> OutgoingStatus:
    waiting = session.scalars(select(OutgoingEmail).where(OutgoingEmail.status.in_(WAITING)).order_by(OutgoingEmail.id))
    last_sent = session.scalar(select(OutgoingEmail).where(OutgoingEmail.status.in_(("sent", "written")))
                               .order_by(OutgoingEmail.sent_at.desc(), OutgoingEmail.id.desc()).limit(1))
    return OutgoingStatus(tuple(OutgoingView.from_row(row) for row in waiting),
                          OutgoingView.from_row(last_sent) if last_sent else None)


def user_display_name(session: Session, user_emails: tuple[str, ...]) -> str | None:
    """The name the user signs with, as it appears on their own mail in the record."""
    return session.scalar(select(Message.from_name).where(
        Message.from_email.in_(user_emails or ("",)), Message.from_name.is_not(None)).order_by(Message.id).limit(1))


def sent_follow_ups(session: Session, item_key: str, before: datetime) -> list[bytes]:
    """The follow-up emails about this promise that went out before `before` (naive UTC)."""
    return list(session.scalars(select(OutgoingEmail.eml).where(
        OutgoingEmail.kind == "follow-up", OutgoingEmail.item_key == item_key, OutgoingEmail.status == "sent",
        OutgoingEmail.sent_at < before)))


def stored_email(session: Session, outgoing_id: int) -> tuple[int, str, bytes] | None:
    """(id, status, bytes) of an outgoing email or draft."""
    row = session.get(OutgoingEmail, outgoing_id)
    return (row.id, row.status, row.eml) if row is not None else None
