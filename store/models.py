"""SQLAlchemy 2.x models: the stored record.

Times are stored as naive UTC (`*_at` columns); a message also keeps the UTC offset its sender
used, so its date can be shown exactly as it was written. ORM rows never leave `store/`:
callers get the frozen views from `store.views`.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Str(TypeDecorator):
    """A String that every backend takes: PostgreSQL refuses NUL in text and enforces the length,
    SQLite does neither; a value from mail is cleaned the same way for both (its bytes are kept raw)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if isinstance(value, str):
            value = value.replace("\x00", "")
            if self.impl.length is not None and len(value) > self.impl.length:
                value = value[: self.impl.length]
        return value


class LongText(TypeDecorator):
    """Text without NUL characters (see Str)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.replace("\x00", "") if isinstance(value, str) else value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RawEmail(Base):
    """One email exactly as it arrived: the evidence. Never modified after insert."""

    __tablename__ = "raw_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(Str(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    origin: Mapped[str] = mapped_column(Str(1000))  # file path, or imap:folder:uidvalidity:uid
    source_message_id: Mapped[str | None] = mapped_column(Str(998), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    # stored | duplicate | quarantined | dropped | command
    status: Mapped[str] = mapped_column(Str(20), index=True)
    reason: Mapped[str | None] = mapped_column(Str(40))  # why quarantined: parse-error, sender-not-allowed…
    error: Mapped[str | None] = mapped_column(LongText)
    error_detail: Mapped[str | None] = mapped_column(LongText)
    defects: Mapped[str | None] = mapped_column(LongText)  # JSON list of MIME defect names
    # DKIM of this email's own signature, checked at import (ingest/dkim_verify.py)
    dkim_result: Mapped[str | None] = mapped_column(Str(20))  # pass | fail | none | error
    dkim_domain: Mapped[str | None] = mapped_column(Str(255))
    dkim_checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    dkim_note: Mapped[str | None] = mapped_column(LongText)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewed_note: Mapped[str | None] = mapped_column(LongText)


class Thread(Base):
    __tablename__ = "threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(Str(998))
    first_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_at: Mapped[datetime | None] = mapped_column(DateTime)


class Message(Base):
    """One ORIGINAL message (after unwrapping any forward)."""

    __tablename__ = "messages"
    # each sender's latest name and signature, and the user's mail before a day, read by index
    __table_args__ = (Index("ix_messages_from_email_sent_at", "from_email", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_email_id: Mapped[int] = mapped_column(ForeignKey("raw_emails.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # which original inside the arrived email
    arrival: Mapped[str] = mapped_column(Str(20))  # direct | forwarded | sent | logged | observed
    forward_format: Mapped[str | None] = mapped_column(Str(30))
    source_message_id: Mapped[str | None] = mapped_column(Str(998), index=True)
    message_id: Mapped[str | None] = mapped_column(Str(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(Str(998))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id"), index=True)
    from_name: Mapped[str | None] = mapped_column(Str(400))
    from_email: Mapped[str | None] = mapped_column(Str(400))
    to_json: Mapped[str] = mapped_column(LongText, default="[]")
    cc_json: Mapped[str] = mapped_column(LongText, default="[]")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    utc_offset_minutes: Mapped[int | None] = mapped_column(Integer)
    date_inferred: Mapped[bool] = mapped_column(Boolean, default=False)  # zone came from IEPTRAIL_TIMEZONE
    subject: Mapped[str] = mapped_column(Str(998), default="")
    subject_normalized: Mapped[str] = mapped_column(Str(998), default="", index=True)
    body_text: Mapped[str] = mapped_column(LongText, default="")
    new_text: Mapped[str] = mapped_column(LongText, default="")
    quoted_text: Mapped[str] = mapped_column(LongText, default="")
    signature_text: Mapped[str] = mapped_column(LongText, default="")
    forward_note: Mapped[str | None] = mapped_column(LongText)
    forwarded_by: Mapped[str | None] = mapped_column(Str(400))
    attachment_names: Mapped[str] = mapped_column(LongText, default="")
    content_fingerprint: Mapped[str] = mapped_column(Str(64), index=True)
    is_auto_reply: Mapped[bool] = mapped_column(Boolean, default=False)
    is_bulk: Mapped[bool] = mapped_column(Boolean, default=False)
    tagged_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    attachments: Mapped[list[Attachment]] = relationship(back_populates="message", cascade="all, delete-orphan")
    references: Mapped[list[MessageReference]] = relationship(cascade="all, delete-orphan")


class MessageReference(Base):
    """Message-IDs this message points at (In-Reply-To and References), for threading."""

    __tablename__ = "message_references"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    ref_message_id: Mapped[str] = mapped_column(Str(998), index=True)


class Arrival(Base):
    """Every arrived email that carried a message: the first one and any later duplicates."""

    __tablename__ = "arrivals"
    __table_args__ = (UniqueConstraint("raw_email_id", "message_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_email_id: Mapped[int] = mapped_column(ForeignKey("raw_emails.id"), index=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    arrival: Mapped[str] = mapped_column(Str(20))
    forward_note: Mapped[str | None] = mapped_column(LongText)
    # DKIM of the original message as this arrival carried it: the email's own signature when it
    # came straight to the trail, the attached message's when forwarded as an attachment, none
    # for an inline forward. Checked at import: keys are rotated, so a later check can fail.
    dkim_result: Mapped[str | None] = mapped_column(Str(20))  # pass | fail | none | error
    dkim_domain: Mapped[str | None] = mapped_column(Str(255))
    dkim_note: Mapped[str | None] = mapped_column(LongText)
    dkim_checked_at: Mapped[datetime | None] = mapped_column(DateTime)


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(Str(1000))
    content_type: Mapped[str] = mapped_column(Str(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(Str(64), index=True)  # of the decoded file; its text is kept once per sha256

    message: Mapped[Message] = relationship(back_populates="attachments")


class AttachmentText(Base):
    """What could be read of an attachment's bytes (once per SHA-256, however many emails carried it)."""

    __tablename__ = "attachment_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(Str(64), unique=True)
    kind: Mapped[str] = mapped_column(Str(20))  # pdf | docx | rtf | html | text | image | other
    status: Mapped[str] = mapped_column(Str(20))  # text | empty | no-ocr | failed | skipped
    note: Mapped[str | None] = mapped_column(LongText)  # why there is no text, or only part of it
    extractor: Mapped[str] = mapped_column(Str(200))  # which code read it; `retag` reads it again when this changes
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    extracted_at: Mapped[datetime] = mapped_column(DateTime)
    tagged_at: Mapped[datetime | None] = mapped_column(DateTime)

    pages: Mapped[list[AttachmentPage]] = relationship(cascade="all, delete-orphan", order_by="AttachmentPage.page")


class AttachmentPage(Base):
    """One page of an attachment's text (searched in full text like a message's own text)."""

    __tablename__ = "attachment_pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("attachment_texts.id", ondelete="CASCADE"), index=True)
    page: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(LongText)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)


class AttachmentTopicTag(Base):
    """A topic an attachment's text discusses, with its page and sentence: the attachment's topic,
    not the email's (the email's own words are in topic_tags)."""

    __tablename__ = "attachment_topic_tags"
    __table_args__ = (Index("ix_attachment_topic_tags_topic_text", "topic", "text_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("attachment_texts.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(Str(60))
    page: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(LongText)
    start: Mapped[int] = mapped_column(Integer)  # offsets in the page's text
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Str(200))


# ---- tags (classify/ output, rebuilt by `ieptrail retag`) -------------------------------------


class TopicTag(Base):
    __tablename__ = "topic_tags"
    __table_args__ = (Index("ix_topic_tags_topic_message", "topic", "message_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(Str(60))
    sentence: Mapped[str] = mapped_column(LongText)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Str(200))


class StudentTag(Base):
    __tablename__ = "student_tags"
    __table_args__ = (Index("ix_student_tags_student_message", "student", "message_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    student: Mapped[str] = mapped_column(Str(200))
    evidence: Mapped[str] = mapped_column(Str(200))


class Promise(Base):
    """A commitment found in a message. `key` is stable across re-tagging (message + sentence)."""

    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(Str(64), unique=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    by_email: Mapped[str | None] = mapped_column(Str(400), index=True)
    by_name: Mapped[str | None] = mapped_column(Str(400))
    text: Mapped[str] = mapped_column(LongText)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Str(200))
    action: Mapped[str] = mapped_column(LongText, default="")  # the promised deed, for matching deliveries
    topics: Mapped[str] = mapped_column(LongText, default="")  # space-separated topic ids of the sentence
    due: Mapped[date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(Str(200))


class Request(Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(Str(64), unique=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    by_email: Mapped[str | None] = mapped_column(Str(400), index=True)
    by_name: Mapped[str | None] = mapped_column(Str(400))
    text: Mapped[str] = mapped_column(LongText)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Str(200))
    topics: Mapped[str] = mapped_column(LongText, default="")


class MissedService(Base):
    __tablename__ = "missed_services"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(Str(60), index=True)
    day: Mapped[date | None] = mapped_column(Date)
    minutes: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(LongText)
    start: Mapped[int] = mapped_column(Integer)  # offsets in the message's new text, or in the attachment's page
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Str(200))
    # set when the finding comes from an attachment the message carried (a provider's session log)
    attachment_sha256: Mapped[str | None] = mapped_column(Str(64))
    page: Mapped[int | None] = mapped_column(Integer)
    responsible: Mapped[str | None] = mapped_column(Str(200))  # who was to provide it ("Ms. Moore", "the SLP")
    responsible_from: Mapped[str | None] = mapped_column(Str(20))  # mail | directory


class Makeup(Base):
    """A make-up session a message reports as held, or as cancelled."""

    __tablename__ = "makeups"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(Str(60), index=True)
    kind: Mapped[str] = mapped_column(Str(20))  # made_up | cancelled
    day: Mapped[date | None] = mapped_column(Date)  # of the make-up, where the text gives it
    replaces_from: Mapped[date | None] = mapped_column(Date)  # the missed session it replaces, where named
    replaces_to: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(LongText)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(Str(200))


class Fulfillment(Base):
    """Evidence that a later message delivered a promise (or answered a request)."""

    __tablename__ = "fulfillments"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_kind: Mapped[str] = mapped_column(Str(10))  # promise | request
    item_key: Mapped[str] = mapped_column(Str(64), index=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(LongText)
    rule: Mapped[str] = mapped_column(Str(200))
    at: Mapped[datetime] = mapped_column(DateTime)  # the fulfilling message's sent time (UTC)


class Decision(Base):
    """A manual decision by the user; keyed by the item's stable key so it survives re-tagging."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_kind: Mapped[str] = mapped_column(Str(10))  # promise | request
    item_key: Mapped[str] = mapped_column(Str(64), index=True)
    action: Mapped[str] = mapped_column(Str(20))  # resolve | dismiss | reopen
    note: Mapped[str | None] = mapped_column(LongText)
    actor: Mapped[str] = mapped_column(Str(400))
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    effective_on: Mapped[date] = mapped_column(Date)


# ---- outgoing mail, worker state ----------------------------------------------------------------


class OutgoingEmail(Base):
    """Drafts and sent mail (digests, follow-ups, recaps, search replies), with retry state."""

    __tablename__ = "outgoing_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(Str(20), index=True)  # digest | follow-up | recap | search-reply
    key: Mapped[str | None] = mapped_column(Str(200), unique=True)  # e.g. digest:2026-03-09
    item_key: Mapped[str | None] = mapped_column(Str(64), index=True)  # promise the follow-up is about
    to_addrs: Mapped[str] = mapped_column(LongText, default="")
    cc_addrs: Mapped[str] = mapped_column(LongText, default="")
    subject: Mapped[str] = mapped_column(Str(998), default="")
    eml: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(Str(20), index=True)  # draft | queued | sent | failed | written
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(LongText)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImapFolderState(Base):
    __tablename__ = "imap_folder_state"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(Str(400))
    folder: Mapped[str] = mapped_column(Str(400))
    # UIDVALIDITY and UIDs are unsigned 32-bit: above PostgreSQL's signed INTEGER on some servers
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)  # every UID up to here is committed
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ImapMessage(Base):
    """An IMAP UID we committed; lets a re-fetch after a crash be recognised before parsing."""

    __tablename__ = "imap_messages"
    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(Str(400))
    folder: Mapped[str] = mapped_column(Str(400))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    raw_email_id: Mapped[int | None] = mapped_column(ForeignKey("raw_emails.id"))
    marked_processed: Mapped[bool] = mapped_column(Boolean, default=False)
    committed_at: Mapped[datetime] = mapped_column(DateTime)


class WorkerRun(Base):
    __tablename__ = "worker_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(Str(40), index=True)  # poll | digest | retry-outgoing
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    ok: Mapped[bool | None] = mapped_column(Boolean)
    summary: Mapped[str | None] = mapped_column(LongText)
    error: Mapped[str | None] = mapped_column(LongText)


class WorkerProcess(Base):
    """A started `run_worker.py`: where it runs, when it was last seen alive and its next run times.

    `ieptrail status` reads the newest row to tell a running worker from a stopped or crashed one.
    """

    __tablename__ = "worker_processes"

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(Str(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_runs: Mapped[str] = mapped_column(LongText, default="{}")  # JSON {job: naive UTC ISO time}
    note: Mapped[str | None] = mapped_column(LongText)  # e.g. why polling is paused


class RecordState(Base):
    """Small facts about the record as a whole (store.record_state)."""

    __tablename__ = "record_state"

    key: Mapped[str] = mapped_column(Str(60), primary_key=True)
    value: Mapped[str] = mapped_column(LongText)
