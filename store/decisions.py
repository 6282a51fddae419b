"""The user's decisions about promises and requests (resolve, dismiss, reopen), kept by the item's
stable key so they survive re-tagging and a second copy of the same mail."""
from __future__ import annotations

from datetime import date

from ieptrail.store.models import Decision, Promise, Request
from ieptrail.store.repository import utcnow
from sqlalchemy.orm import Session


def item_key_and_text(session: Session, kind: str, item_id: int) -> tuple[str, str] | None:
    """(key, sentence) of promise or request `item_id`; None when there is none."""
    row = session.get(Promise if kind == "promise" else Request, item_id)
    return (row.key, row.text) if row is not None else None


def add_decision(session: Session, kind: str, item_key: str, action: str, note: str | None, actor: str,
                 effective_on: date) -> None:
    session.add(Decision(item_kind=kind, item_key=item_key, action=action, note=note or None, actor=actor,
                         decided_at=utcnow(), effective_on=effective_on))
