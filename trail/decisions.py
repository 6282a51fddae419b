"""What the user does about a promise or request: resolve, dismiss or reopen it, or draft a follow-up.

Shared by the command line and the web page, so a decision means the same wherever it was made.
"""
from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from sqlalchemy.orm import Session

from ieptrail.config import Settings
from ieptrail.errors import NotFoundError
from ieptrail.notify.follow_up_draft import draft_follow_up
from ieptrail.notify.smtp import wire_bytes
from ieptrail.trail.escalation import follow_ups_sent
from ieptrail.store.models import Decision, Message, Promise, Request
from ieptrail.store.outgoing import add_outgoing, user_display_name
from ieptrail.store.repository import utcnow
from ieptrail.store.tracking import PromiseView, promise_statuses

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
class FollowUp:
    view: PromiseView
    message: EmailMessage


@dataclass(frozen=True)
class FollowUpDraft:
    id: int
    message: EmailMessage


def compose_follow_up(session: Session, settings: Settings, promise_id: int, day: date) -> FollowUp:
    """The polite follow-up quoting the promise, as of `day`, as a reply to the promise's message."""
    view = next((v for v in promise_statuses(session, settings, day) if v.id == promise_id), None)
    if view is None:
        raise NotFoundError(f"no promise with id {promise_id} as of {day}")
    promise_message = session.get(Message, view.message_id)
    sent_before = follow_ups_sent(session, settings, view, day)
    user_name = user_display_name(session, settings.user_emails)
    message = draft_follow_up(view, settings, day, promise_message.subject, sent_before, user_name,
                              original_message_id=promise_message.message_id)
    return FollowUp(view, message)


def save_follow_up_draft(session: Session, settings: Settings, promise_id: int, day: date) -> FollowUpDraft:
    """Compose the follow-up and keep it as a draft."""
    follow_up = compose_follow_up(session, settings, promise_id, day)
    message = follow_up.message
    draft_id = add_outgoing(session, kind="follow-up", item_key=follow_up.view.key, eml=wire_bytes(message),
                            to_addrs=message.get("To", ""), cc_addrs=message.get("Cc", ""),
                            subject=message["Subject"], status="draft")
    return FollowUpDraft(draft_id, message)
