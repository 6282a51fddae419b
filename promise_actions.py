"""What the user does about a promise or request: resolve, dismiss or reopen it, or draft a follow-up.

Shared by the command line and the web page, so a decision means the same wherever it was made.
"""
from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from ieptrail.config import Settings
from ieptrail.errors import NotFoundError
from ieptrail.notify.followup import draft_follow_up
from ieptrail.store.escalation import follow_ups_sent
from ieptrail.store.models import Decision, Message, OutgoingEmail, Promise, Request
from ieptrail.store.repository import utcnow
from ieptrail.store.tracking import promise_statuses

DECISIONS = ("resolve", "dismiss", "reopen")


def record_decision(session: Session, settings: Settings, kind: str, item_id: int, action: str, note: str | None,
                    today: date) -> str:
    """Keep the user's decision (by the item's stable key, so it survives re-tagging); returns the item's text."""
    if action not in DECISIONS:
        raise ValueError(f"unknown decision {action!r}")
    model = Promise if kind == "promise" else Request
    row = session.get(model, item_id)
    if row is None:
        raise NotFoundError(f"no {kind} with id {item_id}")
    actor = settings.user_email or getpass.getuser()
    session.add(Decision(item_kind=kind, item_key=row.key, action=action, note=note or None, actor=actor,
                         decided_at=utcnow(), effective_on=today))
    return row.text


@dataclass(frozen=True)
class FollowUpDraft:
    id: int
    message: EmailMessage


def save_follow_up_draft(session: Session, settings: Settings, promise_id: int, day: date) -> FollowUpDraft:
    """Draft the polite follow-up quoting the promise, as of `day`, and keep it as a draft."""
    view = next((v for v in promise_statuses(session, settings, day) if v.id == promise_id), None)
    if view is None:
        raise NotFoundError(f"no promise with id {promise_id} as of {day}")
    subject = session.get(Message, view.message_id).subject
    sent_before = follow_ups_sent(session, settings, view, day)
    user_name = session.scalar(select(Message.from_name).where(
        Message.from_email.in_(settings.user_emails or ("",)), Message.from_name.is_not(None)).limit(1))
    message = draft_follow_up(view, settings, day, subject, sent_before, user_name)
    draft = OutgoingEmail(kind="follow-up", item_key=view.key, to_addrs=message.get("To", ""),
                          cc_addrs=message.get("Cc", ""), subject=message["Subject"], eml=message.as_bytes(),
                          status="draft", created_at=utcnow())
    session.add(draft)
    session.flush()
    return FollowUpDraft(draft.id, message)
