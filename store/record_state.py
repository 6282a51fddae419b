"""Facts about the record as a whole, kept in the database beside it.

`followups-stale`: new mail was stored (in the same transaction) and the follow-up facts
(fulfilments, answers) have not been recomputed since. A run that is killed between the two
leaves the mark, and the next reader recomputes them first.
"""
from __future__ import annotations

from ieptrail.store.models import RecordState
from ieptrail.store.revision import FOLLOWUPS_STALE
from sqlalchemy import select
from sqlalchemy.orm import Session


def mark_followups_stale(session: Session) -> None:
    if session.get(RecordState, FOLLOWUPS_STALE) is None:
        session.add(RecordState(key=FOLLOWUPS_STALE, value="1"))


def followups_stale(session: Session) -> bool:
    return session.scalar(select(RecordState.key).where(RecordState.key == FOLLOWUPS_STALE)) is not None


def clear_followups_stale(session: Session) -> None:
    row = session.get(RecordState, FOLLOWUPS_STALE)
    if row is not None:
        session.delete(row)
