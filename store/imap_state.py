"""What the worker knows about the trail mailbox: per folder its UIDVALIDITY and the highest UID
committed, and per committed UID whether the server has been told (moved or flagged) yet.

The order that makes a crash harmless: a message's rows and its UID are committed in one
transaction, the server is told afterwards, and a UID committed but not yet told is told at
the start of the next poll.
"""
from __future__ import annotations

from dataclasses import dataclass

from ieptrail.store.models import ImapFolderState, ImapMessage
from ieptrail.store.repository import utcnow
from sqlalchemy import select, update
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class FolderPosition:
    uidvalidity: int
    last_uid: int


def folder_position(session: Session, account: str, folder: str) -> FolderPosition | None:
    row = _state_row(session, account, folder)
    return FolderPosition(row.uidvalidity, row.last_uid) if row else None


def start_over(session: Session, account: str, folder: str, uidvalidity: int) -> None:
    """A first sync, or UIDVALIDITY changed: every UID in the folder is new to us."""
    row = _state_row(session, account, folder)
    if row is None:
        session.add(ImapFolderState(account=account, folder=folder, uidvalidity=uidvalidity, last_uid=0,
                                    updated_at=utcnow()))
    else:
        row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, 0, utcnow()
    session.flush()


def record_committed(session: Session, account: str, folder: str, uidvalidity: int, uid: int,
                     raw_email_id: int | None) -> None:
    """Remember a UID as stored, in the same transaction as its email, and move the folder past it."""
    known = session.scalar(select(ImapMessage).where(
        ImapMessage.account == account, ImapMessage.folder == folder, ImapMessage.uidvalidity == uidvalidity,
        ImapMessage.uid == uid))
    if known is None:
        session.add(ImapMessage(account=account, folder=folder, uidvalidity=uidvalidity, uid=uid,
                                raw_email_id=raw_email_id, marked_processed=False, committed_at=utcnow()))
    advance(session, account, folder, uidvalidity, uid)


def advance(session: Session, account: str, folder: str, uidvalidity: int, uid: int) -> None:
    """Every UID up to `uid` is done (stored, or gone from the server before we could fetch it)."""
    row = _state_row(session, account, folder)
    if row is not None and row.uidvalidity == uidvalidity and uid > row.last_uid:
        row.last_uid, row.updated_at = uid, utcnow()


def unacknowledged(session: Session, account: str, folder: str, uidvalidity: int) -> list[int]:
    """UIDs committed here but not yet moved or flagged on the server (a crash came in between)."""
    return list(session.scalars(select(ImapMessage.uid).where(
        ImapMessage.account == account, ImapMessage.folder == folder, ImapMessage.uidvalidity == uidvalidity,
        ImapMessage.marked_processed.is_(False)).order_by(ImapMessage.uid)))


def mark_acknowledged(session: Session, account: str, folder: str, uidvalidity: int, uids: list[int]) -> None:
    if uids:
        session.execute(update(ImapMessage).where(
            ImapMessage.account == account, ImapMessage.folder == folder, ImapMessage.uidvalidity == uidvalidity,
            ImapMessage.uid.in_(uids)).values(marked_processed=True))


def _state_row(session: Session, account: str, folder: str) -> ImapFolderState | None:
    return session.scalar(select(ImapFolderState).where(ImapFolderState.account == account,
                                                        ImapFolderState.folder == folder))
