"""Drafting the polite follow-up email for an overdue (or open) promise."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from string import Template

from ieptrail.config import Settings
from ieptrail.errors import NotFoundError
from ieptrail.notify.smtp import new_email, wire_bytes
from ieptrail.store.db import Session
from ieptrail.store.outgoing import add_outgoing, user_display_name
from ieptrail.store.queries import message_view
from ieptrail.store.tracking import PromiseView
from ieptrail.trail.escalation import follow_ups_sent
from ieptrail.trail.statuses import promise_statuses
from ieptrail.trail.wording import quoted

TEMPLATES = Path(__file__).resolve().parent / "templates"


def load_template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def long_date(day: date) -> str:
    return f"{day:%A, %B} {day.day}, {day.year}"


def follow_up_text(view: PromiseView, today: date, user_name: str, follow_ups_sent: int = 0) -> str:
    deadline = view.due or (date.fromisoformat(view.extra["deadline"]) if view.extra.get("deadline") else None)
    if view.due:
        due_line = f"It was due on {long_date(view.due)}."
    elif deadline:
        due_line = f"No date was given; I expected it by {deadline:%B} {deadline.day}."
    else:
        due_line = ""
    return load_template("follow_up.txt").substitute(
        recipient_name=view.by_name or "Sir or Madam",
        promised_on=long_date(view.promised_on) if view.promised_on else "earlier",
        quote=quoted(view.text),
        due_line=due_line,
        today=f"{today:%B} {today.day}, {today.year}",
        follow_up_count_line=f" (this is follow-up number {follow_ups_sent + 1})" if follow_ups_sent else "",
        user_name=user_name,
    ).strip() + "\n"


def draft_follow_up(view: PromiseView, settings: Settings, today: date, original_subject: str,
                    follow_ups_sent: int = 0, user_name: str | None = None,
                    original_message_id: str | None = None) -> EmailMessage:
    """An EmailMessage to the person who promised, copying the user, quoting the promise; a reply to
    the promise's message when its Message-ID is known, so that mail programs thread it."""
    user = settings.user_email or "me@localhost"
    name = user_name or user
    message = new_email()
    message["From"] = formataddr((user_name or "", settings.smtp.sender or user))
    if view.by_email:
        message["To"] = formataddr((view.by_name or "", view.by_email))
    message["Cc"] = user
    subject = original_subject if original_subject.lower().startswith("re:") else f"Re: {original_subject}"
    message["Subject"] = f"Follow-up: {subject}" if not view.extra.get("days_overdue") else f"Overdue: {subject}"
    message["Date"] = format_datetime(datetime.now(settings.timezone))
    message["Message-ID"] = make_msgid(domain=(settings.smtp.sender or user).split("@")[-1])
    if original_message_id:
        message["In-Reply-To"] = original_message_id
        message["References"] = original_message_id
    message["X-IEPTrail-Kind"] = "follow-up"
    message.set_content(follow_up_text(view, today, name, follow_ups_sent), cte="quoted-printable")
    return message


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
    promise_message = message_view(session, view.message_id)
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
