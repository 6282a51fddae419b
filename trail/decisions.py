"""What the user decides about a promise or request: resolve, dismiss or reopen it.

Shared by the command line and the web page, so a decision means the same wherever it was made.
(Drafting a follow-up email is notify.follow_up_draft.)
"""
from __future__ import annotations

import getpass
from datetime import date

from ieptrail.config import Settings
from ieptrail.errors import InvalidInput, NotFoundError
from ieptrail.store import decisions
from ieptrail.store.db import Session

DECISIONS = ("resolve", "dismiss", "reopen")


def record_decision(session: Session, settings: Settings, kind: str, item_id: int, action: str, note: str | None,
                    today: date) -> str:
    """Keep the user's decision (by the item's stable key, so it survives re-tagging); returns the item's text."""
    if action not in DECISIONS:
        raise InvalidInput(f"unknown decision {action!r}; use one of {', '.join(DECISIONS)}")
    found = decisions.item_key_and_text(session, kind, item_id)
    if found is None:
        raise NotFoundError(f"no {kind} with id {item_id}")
    key, text = found
    decisions.add_decision(session, kind, key, action, note, settings.user_email or getpass.getuser(), today)
    return text
