"""Plain values read out of the store (no ORM rows leave store/)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the values import no ORM: the read-only path (store/sqlite_read.py) makes them too
    from ieptrail.store.models import Message, OutgoingEmail


def local_datetime(utc_naive: datetime | None, offset_minutes: int | None) -> datetime | None:
    """A stored UTC time back in the offset its author used."""
    if utc_naive is None:
        return None
    offset = timezone(timedelta(minutes=offset_minutes or 0))
    return utc_naive.replace(tzinfo=timezone.utc).astimezone(offset)


@dataclass(frozen=True)
class MessageView:
    id: int
    source_message_id: str | None
    message_id: str | None
    thread_id: int | None
    arrival: str
    forward_format: str | None
    from_name: str | None
    from_email: str | None
    to: tuple[dict, ...]
    cc: tuple[dict, ...]
    date: datetime | None
    date_inferred: bool
    subject: str
    new_text: str
    quoted_text: str
    signature_text: str
    forward_note: str | None
    attachments: tuple[str, ...]
    auto_reply: bool
    bulk: bool
    raw_email_id: int
    students: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    snippet: str = ""
    sha256: str | None = None
    extra: dict = field(default_factory=dict)
    attachment_files: tuple[AttachmentView, ...] = ()  # the attachments with their text's status and topics
    attachment_hits: tuple[AttachmentHit, ...] = ()  # where a search matched in them

    @classmethod
    def from_row(cls, row: Message, **values) -> MessageView:
        return cls(
            id=row.id,
            source_message_id=row.source_message_id,
            message_id=row.message_id,
            thread_id=row.thread_id,
            arrival=row.arrival,
            forward_format=row.forward_format,
            from_name=row.from_name,
            from_email=row.from_email,
            to=tuple(json.loads(row.to_json or "[]")),
            cc=tuple(json.loads(row.cc_json or "[]")),
            date=local_datetime(row.sent_at, row.utc_offset_minutes),
            date_inferred=row.date_inferred,
            subject=row.subject,
            new_text=row.new_text,
            quoted_text=row.quoted_text,
            signature_text=row.signature_text,
            forward_note=row.forward_note,
            attachments=tuple(a.filename for a in row.attachments),
            auto_reply=row.is_auto_reply,
            bulk=row.is_bulk,
            raw_email_id=row.raw_email_id,
            **values,
        )

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message_id": self.message_id,
            "thread_id": self.thread_id,
            "arrival": self.arrival,
            "from": {"name": self.from_name or "", "email": self.from_email or ""},
            "to": list(self.to),
            "cc": list(self.cc),
            "date": self.date.isoformat() if self.date else None,
            "subject": self.subject,
            "students": list(self.students),
            "topics": list(self.topics),
            "snippet": self.snippet,
            # `topics` above are the email's own; an attachment's topics are its own, here
            "attachments": [a.as_json() for a in self.attachment_files] or [{"name": name} for name in self.attachments],
            "found_in_attachments": [hit.as_json() for hit in self.attachment_hits],
            "auto_reply": self.auto_reply,
        }


@dataclass(frozen=True)
class ThreadView:
    id: int
    subject: str
    first: datetime | None
    last: datetime | None
    message_count: int
    participants: tuple[str, ...]

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "subject": self.subject,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "messages": self.message_count,
            "participants": list(self.participants),
        }


@dataclass(frozen=True)
class AttachmentView:
    """One file a message carried, with what could be read of it."""

    message_id: int
    index: int  # its place among the message's attachments, from 0 (as the web page addresses it)
    filename: str
    content_type: str
    size: int
    sha256: str
    kind: str | None = None  # None: its text was never read (read_text off, or stored before)
    status: str | None = None  # text | empty | no-ocr | failed | skipped
    note: str | None = None
    page_count: int = 0
    topics: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {"name": self.filename, "content_type": self.content_type, "size": self.size, "sha256": self.sha256,
                "text": self.status or "not read", "note": self.note, "pages": self.page_count,
                "topics": list(self.topics)}


@dataclass(frozen=True)
class AttachmentHit:
    """Where in a message's attachments a search matched: "in IEP_draft.pdf, p. 3"."""

    filename: str
    page: int | None
    why: str  # "text" (the words) or the topic it discusses

    def __str__(self) -> str:
        return f"in {self.filename}" + (f", p. {self.page}" if self.page else "")

    def as_json(self) -> dict:
        return {"name": self.filename, "page": self.page, "matched": self.why}


# ---- what `ieptrail status` shows (the worker, its runs, the outbox) ---------------------------

HEARTBEAT_SECONDS = 60  # the worker writes `seen_at` this often
ALIVE_WITHIN = timedelta(seconds=3 * HEARTBEAT_SECONDS)


def utc_aware(moment: datetime | None) -> datetime | None:
    """A stored (naive UTC) time as an aware UTC one."""
    return moment.replace(tzinfo=timezone.utc) if moment is not None else None


@dataclass(frozen=True)
class RunView:
    job: str
    started_at: datetime  # aware, UTC
    finished_at: datetime | None
    ok: bool | None
    summary: str | None
    error: str | None

    @property
    def outcome(self) -> str:
        if self.finished_at is None:
            return "running or interrupted"
        return {True: "ok", False: "failed", None: "skipped"}[self.ok]

    def as_json(self) -> dict:
        return {"job": self.job, "started_at": _iso(self.started_at), "finished_at": _iso(self.finished_at),
                "outcome": self.outcome, "summary": self.summary, "error": self.error}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass(frozen=True)
class WorkerView:
    host: str
    pid: int
    started_at: datetime
    seen_at: datetime
    stopped_at: datetime | None
    next_runs: dict[str, datetime | None]
    note: str | None

    def alive(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(timezone.utc)
        return self.stopped_at is None and now - self.seen_at <= ALIVE_WITHIN


@dataclass(frozen=True)
class WorkerStatus:
    worker: WorkerView | None  # the newest started worker, running or not
    running: bool
    last_poll: RunView | None  # the last successful one
    last_error: RunView | None
    last_digest: RunView | None
    counts: dict[str, int]
    outgoing: OutgoingStatus


WAITING = ("queued", "failed")  # outgoing mail not delivered yet: the worker retries these


@dataclass(frozen=True)
class OutgoingView:
    id: int
    kind: str
    key: str | None
    item_key: str | None
    to_addrs: str
    cc_addrs: str
    subject: str
    eml: bytes
    status: str  # draft | queued | sent | failed | written
    attempts: int
    last_error: str | None
    created_at: datetime  # naive UTC, like every stored time
    sent_at: datetime | None
    next_attempt_at: datetime | None

    @classmethod
    def from_row(cls, row: OutgoingEmail) -> OutgoingView:
        return cls(row.id, row.kind, row.key, row.item_key, row.to_addrs, row.cc_addrs, row.subject, row.eml,
                   row.status, row.attempts, row.last_error, row.created_at, row.sent_at, row.next_attempt_at)

    def as_json(self) -> dict:
        def iso(moment):
            return moment.isoformat() + "Z" if moment else None
        return {"id": self.id, "kind": self.kind, "key": self.key, "to": self.to_addrs, "subject": self.subject,
                "status": self.status, "attempts": self.attempts, "last_error": self.last_error,
                "created_at": iso(self.created_at), "sent_at": iso(self.sent_at),
                "next_attempt_at": iso(self.next_attempt_at)}


@dataclass(frozen=True)
class OutgoingStatus:
    waiting: tuple[OutgoingView, ...]  # not delivered yet, oldest first
    last_sent: OutgoingView | None

    def as_json(self) -> dict:
        return {"waiting": [view.as_json() for view in self.waiting],
                "last_sent": self.last_sent.as_json() if self.last_sent else None}


@dataclass(frozen=True)
class PromiseView:
    id: int
    key: str
    message_id: int
    source_message_id: str | None
    thread_id: int | None
    by_name: str | None
    by_email: str | None
    text: str
    due: date | None
    due_text: str | None
    rule: str
    promised_on: date | None
    status: str = "open"
    extra: dict = field(default_factory=dict)
    topics: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message": self.message_id,
            "thread_id": self.thread_id,
            "by": {"name": self.by_name or "", "email": self.by_email or ""},
            "text": self.text,
            "due": self.due.isoformat() if self.due else None,
            "promised_on": self.promised_on.isoformat() if self.promised_on else None,
            "status": self.status,
            "rule": self.rule,
            **self.extra,
        }


@dataclass(frozen=True)
class RequestView:
    id: int
    key: str
    message_id: int
    source_message_id: str | None
    thread_id: int | None
    by_name: str | None
    by_email: str | None
    text: str
    rule: str
    asked_on: date | None
    status: str = "unanswered"
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message": self.message_id,
            "thread_id": self.thread_id,
            "by": {"name": self.by_name or "", "email": self.by_email or ""},
            "text": self.text,
            "asked_on": self.asked_on.isoformat() if self.asked_on else None,
            "status": self.status,
            "rule": self.rule,
            **self.extra,
        }


@dataclass(frozen=True)
class CreditView:
    """The later message that delivered a promise or answered a request, and the sentence that did."""

    at: datetime  # naive UTC
    message_id: int
    source_message_id: str | None
    sentence: str
    rule: str


@dataclass(frozen=True)
class DecisionView:
    action: str  # resolve | dismiss | reopen
    note: str | None
    actor: str
    decided_at: datetime  # naive UTC
    effective_on: date


@dataclass(frozen=True)
class UserMessage:
    """One of the user's own messages, as the follow-up count reads it."""

    id: int
    message_id: str | None
    thread_id: int | None
    recipients: frozenset[str]
    new_text: str
    sent_at: datetime | None = None  # naive UTC


def recipients_of(to_json: str | None, cc_json: str | None) -> frozenset[str]:
    """The addresses a stored message went to (To and Cc)."""
    return frozenset(item.get("email") for item in json.loads(to_json or "[]") + json.loads(cc_json or "[]"))


def local_day(utc_naive: datetime | None, offset_minutes: int | None) -> date | None:
    """The day a message was written, at its author's clock."""
    moment = local_datetime(utc_naive, offset_minutes)
    return moment.date() if moment else None
