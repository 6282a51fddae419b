"""Plain values read out of the store (no ORM rows leave store/)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the values import no ORM: the read-only search path (store/sqlite_read.py) makes them too
    from ieptrail.store.models import Message


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
