"""For an overdue promise: who made it, how often the user already followed up, who is next."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.parser import BytesHeaderParser
from typing import TYPE_CHECKING

from ieptrail.classify.followup import content_words
from ieptrail.classify.roles import next_rung, rung_of, signature_head
from ieptrail.config import Settings
from ieptrail.store.search_terms import day_bounds_utc
from ieptrail.store.sqlite_read import ReadOnlyRecord
from ieptrail.store.views import PromiseView, UserMessage
from ieptrail.trail.reads import reads_of
from ieptrail.trail.wording import counted

if TYPE_CHECKING:
    from ieptrail.store.db import Session


@dataclass(frozen=True)
class Escalation:
    promiser: str
    promiser_role: str | None
    days_overdue: int
    follow_ups_sent: int
    next_step: str  # the rung to go to
    next_contact: str | None  # someone in the record on that rung, when known
    suggestion: str

    def as_json(self) -> dict:
        return {"promiser": self.promiser, "promiser_role": self.promiser_role, "days_overdue": self.days_overdue,
                "follow_ups_sent": self.follow_ups_sent, "next_step": self.next_step,
                "next_contact": self.next_contact, "suggestion": self.suggestion}


class Directory:
    """Who is who in the record: each sender's latest signature title, read once."""

    def __init__(self, source: Session | ReadOnlyRecord, settings: Settings):
        self.ladder = settings.escalation_ladder
        self.titles: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.reads = reads_of(source)
        self.user_emails = settings.user_emails
        self._user_mail: dict[datetime, list[UserMessage]] = {}
        # one title per sender, read from the latest signature only (a record holds thousands of messages
        # from a few dozen senders)
        for email, name, signature in self.reads.latest_sender_facts():
            if not settings.is_user(email):
                if signature:
                    self.titles[email] = signature_head(signature)
                if name:
                    self.names[email] = name

    def user_messages_before(self, end: datetime) -> list[UserMessage]:
        """The user's messages sent before `end` (naive UTC), read once for every promise asked about."""
        if end not in self._user_mail:
            self._user_mail[end] = self.reads.user_messages_between(self.user_emails, None, end)
        return self._user_mail[end]

    def rung(self, email: str | None) -> int | None:
        return rung_of(self.titles.get(email or "", ""), self.ladder) if email else None

    def on_rung(self, rung: str) -> str | None:
        index = self.ladder.index(rung)
        for email, title in self.titles.items():
            if rung_of(title, self.ladder) == index:
                return f"{self.names.get(email, email)} <{email}>"
        return None


def follow_ups_sent(source: Session | ReadOnlyRecord, settings: Settings, view: PromiseView, as_of: date,
                    directory: Directory | None = None) -> int:
    """User messages after the promise, to its maker or in its thread, about the same thing; plus sent
    follow-up drafts. `directory`: the user's mail is read once through it for many promises."""
    words = content_words(view.text)
    start = day_bounds_utc(view.promised_on, settings.timezone, end=True) if view.promised_on else None
    end = day_bounds_utc(as_of, settings.timezone, end=True)
    counted: set[str | None] = set()  # Message-IDs of the user's mail counted as a follow-up
    reads = directory.reads if directory is not None else reads_of(source)
    before_end = (directory.user_messages_before(end) if directory is not None
                  else reads.user_messages_between(settings.user_emails, None, end))
    for message in before_end:
        if start is not None and (message.sent_at is None or message.sent_at < start):
            continue
        related = message.thread_id == view.thread_id or (view.by_email and view.by_email in message.recipients)
        if related and len(content_words(message.new_text) & words) >= 2:
            counted.add(message.message_id or f"message {message.id}")
    # follow-ups sent with `ieptrail follow-up --send` are in the trail too: count each email once
    for eml in reads.sent_follow_ups(view.key, end):
        counted.add(BytesHeaderParser().parsebytes(eml).get("Message-ID", "").strip() or f"outgoing {len(counted)}")
    return len(counted)


def escalation_for(source: Session | ReadOnlyRecord, settings: Settings, directory: Directory, view: PromiseView, as_of: date,
                   command: str = "ieptrail") -> Escalation:
    """Where to go next about an overdue promise; `command` is how the suggestion names the program."""
    promiser = view.by_name or view.by_email or "the school"
    current = directory.rung(view.by_email)
    sent = follow_ups_sent(source, settings, view, as_of, directory)
    ladder = settings.escalation_ladder
    # no follow-up yet: the first step is to ask the person who promised
    step = (ladder[current] if current is not None else "the person who promised") if sent == 0 else next_rung(current, ladder)
    contact = (f"{view.by_name or view.by_email}" if sent == 0 and view.by_email else
               directory.on_rung(step) if step in ladder else None)
    days = view.extra.get("days_overdue", 0)
    if sent == 0:
        suggestion = f"Send {promiser} a written follow-up quoting the promise ({command} follow-up {view.id})."
    else:
        who = f" ({contact})" if contact else ""
        suggestion = (f"{counted(sent, 'follow-up')} already sent with no delivery; escalate to the {step}{who}, "
                      f"citing the promise of {view.promised_on} and the follow-ups.")
    return Escalation(promiser, ladder[current] if current is not None else None, days, sent, step, contact, suggestion)
