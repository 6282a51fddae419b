"""Writing a batch of arrived emails at once: raw bytes, new original messages with their tags,
further arrivals of messages already held, threads. One INSERT per table per batch (SQLAlchemy
Core, many rows each) instead of a flush per row; a batch of one is the same code.

What is new and what is a further arrival is decided above (trail/importer, with ingest's
identity rules); this module only writes what it is given.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from ieptrail.classify.model import Tags
from ieptrail.ingest.parsed import DkimResult, MessageIdentity, OriginalMessage
from ieptrail.store.models import (
    Arrival,
    Attachment,
    Message,
    MessageReference,
    Makeup,
    MissedService,
    Promise,
    RawEmail,
    Request,
    StudentTag,
    TopicTag,
)
from ieptrail.store.driver_rows import insert_rows, insert_rows_returning_ids
from ieptrail.store.repository import add_arrival, sha256_hex, to_utc_naive, utcnow
from ieptrail.store.tag_rows import makeup_columns
from ieptrail.store.threading import NewMessageFacts, assign_threads
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

_DKIM_NONE = {"dkim_result": None, "dkim_domain": None, "dkim_note": None, "dkim_checked_at": None}


def _dkim(dkim: DkimResult | None) -> dict:
    if dkim is None:
        return dict(_DKIM_NONE)
    return {"dkim_result": dkim.result, "dkim_domain": dkim.domain, "dkim_note": dkim.note,
            "dkim_checked_at": dkim.checked_at}


@dataclass
class OriginalToStore:
    position: int  # which original inside the arrived email
    original: OriginalMessage
    identity: MessageIdentity
    dkim: DkimResult | None
    tags: Tags | None = None
    stored_pk: int | None = None  # already in the record: this is a further arrival of it
    same_as: tuple[int, int] | None = None  # (email, original) earlier in this batch that it repeats


@dataclass
class EmailToStore:
    raw: bytes
    origin: str
    source_message_id: str | None
    defects: tuple[str, ...]
    dkim: DkimResult | None
    raw_email_id: int | None = None  # its raw row when already kept (a quarantined email the user accepted)
    sha256: str | None = None  # of `raw`, when the caller has it already
    originals: list[OriginalToStore] = field(default_factory=list)


@dataclass(frozen=True)
class StoredEmail:
    raw_email_id: int
    new_message_ids: tuple[int, ...]
    new_positions: tuple[int, ...]  # which original of the email each new message is


@dataclass(frozen=True)
class StoredCandidate:
    """A stored message that an arriving one may be (same fingerprint or Message-ID)."""

    id: int
    fingerprint: str
    message_id: str | None
    from_email: str | None
    subject_normalized: str
    sent_at: datetime | None


def candidates_for(session: Session, identities: list[MessageIdentity]) -> list[StoredCandidate]:
    """Stored messages sharing a fingerprint or a Message-ID with any of these, oldest first."""
    prints = {identity.fingerprint for identity in identities}
    ids = {identity.message_id for identity in identities if identity.message_id}
    if not prints:
        return []
    condition = Message.content_fingerprint.in_(prints)
    if ids:
        condition = or_(condition, Message.message_id.in_(ids))
    columns = (Message.id, Message.content_fingerprint, Message.message_id, Message.from_email,
               Message.subject_normalized, Message.sent_at)
    return [StoredCandidate(*row) for row in session.execute(select(*columns).where(condition).order_by(Message.id))]


def _message_row(email: EmailToStore, raw_email_id: int, item: OriginalToStore, now: datetime) -> dict:
    original, identity = item.original, item.identity
    sent = original.date
    offset = sent.utcoffset() if sent is not None else None
    return {
        "raw_email_id": raw_email_id, "position": item.position, "arrival": original.arrival,
        "forward_format": original.forward_format, "source_message_id": email.source_message_id,
        "message_id": identity.message_id, "in_reply_to": original.in_reply_to, "thread_id": None,
        "from_name": (original.sender.name or None) if original.sender else None,
        "from_email": (original.sender.email or None) if original.sender else None,
        "to_json": json.dumps([a.as_dict() for a in original.to]),
        "cc_json": json.dumps([a.as_dict() for a in original.cc]),
        "sent_at": to_utc_naive(sent),
        "utc_offset_minutes": int(offset.total_seconds() // 60) if offset is not None else None,
        "date_inferred": original.date_inferred, "subject": original.subject,
        "subject_normalized": identity.subject_normalized, "body_text": original.body,
        "new_text": original.parts.new_text, "quoted_text": original.parts.quoted,
        "signature_text": original.parts.signature, "forward_note": original.forward_note,
        "forwarded_by": original.forwarded_by,
        "attachment_names": " ".join(attachment.filename for attachment in original.attachments),
        "content_fingerprint": identity.fingerprint, "is_auto_reply": original.auto_reply, "is_bulk": original.bulk,
        "tagged_at": now if item.tags is not None else None, "created_at": now,
    }


def item_key(identity: str, kind: str, sentence: str) -> str:
    """A promise's or request's key: stable across re-tagging (message + sentence)."""
    return sha256_hex(f"{kind}\x1f{identity}\x1f{' '.join(sentence.split()).lower()}".encode("utf-8"))[:40]


def tag_rows(message_pk: int, identity: str, tags: Tags) -> dict[type, list[dict]]:
    """The rows that hold one message's tags, per model; `identity` is its Message-ID or fingerprint."""
    rows: dict[type, list[dict]] = {TopicTag: [], StudentTag: [], MissedService: [], Makeup: [], Promise: [],
                                    Request: []}
    for topic in tags.topics:
        rows[TopicTag].append({"message_pk": message_pk, "topic": topic.topic, "sentence": topic.sentence,
                               "start": topic.start, "end": topic.end, "rule": topic.rule})
    for student in tags.students:
        rows[StudentTag].append({"message_pk": message_pk, "student": student.student, "evidence": student.evidence})
    for missed in tags.missed_services:
        rows[MissedService].append({"message_pk": message_pk, "topic": missed.topic, "day": missed.day,
                                    "minutes": missed.minutes, "text": missed.sentence, "start": missed.start,
                                    "end": missed.end, "rule": missed.rule, "responsible": missed.responsible,
                                    "responsible_from": missed.responsible_from})
    for makeup in tags.makeups:
        rows[Makeup].append({"message_pk": message_pk, **makeup_columns(makeup)})
    for model, items, extra in ((Promise, tags.promises, lambda p: {
            "action": p.action, "due": p.due, "due_text": p.due_text}), (Request, tags.requests, lambda r: {})):
        seen: set[str] = set()
        for item in items:
            key = item_key(identity, model.__tablename__, item.sentence)
            if key in seen:
                continue  # the same sentence twice in one message is one promise
            seen.add(key)
            rows[model].append({"key": key, "message_pk": message_pk, "by_email": item.by_email,
                                "by_name": item.by_name, "text": item.sentence, "start": item.start, "end": item.end,
                                "rule": item.rule, "topics": " ".join(item.topics), **extra(item)})
    return rows


def _insert_many(session: Session, model, rows: list[dict]) -> None:
    # the table's INSERT, executemany through the driver (store/driver_rows.py): the ORM's bulk path costs
    # several times more per row and gives nothing here (no objects, no relationships; column defaults are the table's)
    insert_rows(session, model.__table__, rows)


def _carries_new(email: EmailToStore) -> bool:
    return any(item.stored_pk is None and item.same_as is None for item in email.originals)


def _add_arrivals(session: Session, further: list[tuple[int, int, OriginalToStore]]) -> None:
    """(raw email id, message id, original): link each further arrival as `add_arrival` would, one after
    another, with the record read once for all and the links written in one INSERT. One whose headers fill
    in a Message-ID its stored message lacks goes through `add_arrival` itself (rare)."""
    if not further:
        return
    message_c, arrival_c = Message.__table__.c, Arrival.__table__.c
    # through the session, so that what it holds unwritten is flushed first (as add_arrival's reads would)
    named = dict(session.execute(select(message_c.id, message_c.message_id).where(
        message_c.id.in_({pk for _, pk, _ in further}))).all())
    linked = set(session.execute(select(arrival_c.raw_email_id, arrival_c.message_pk).where(
        arrival_c.raw_email_id.in_({raw_id for raw_id, _, _ in further}))).all())
    rows: list[dict] = []
    for raw_id, pk, item in further:
        original = item.original
        if original.message_id and not named.get(pk):
            _insert_many(session, Arrival, rows)  # the ones before it first: the links keep their order
            rows = []
            add_arrival(session, raw_id, pk, original, item.dkim)
            session.flush()
            named[pk] = original.message_id
        elif (raw_id, pk) not in linked:
            rows.append({"raw_email_id": raw_id, "message_pk": pk, "arrival": original.arrival,
                         "forward_note": original.forward_note, **_dkim(item.dkim)})
        linked.add((raw_id, pk))
    _insert_many(session, Arrival, rows)


def write_emails(session: Session, emails: list[EmailToStore], user_addresses: tuple[str, ...]) -> list[StoredEmail]:
    """Store the batch inside the caller's transaction; per email, its raw row and new messages."""
    if not emails:
        return []
    now = utcnow()
    fresh = [email for email in emails if email.raw_email_id is None]
    # the tables' Core INSERTs (as _insert_many): through the ORM entity, SQLAlchemy's bulk path spent
    # more on these two statements than SQLite did
    raw_table, message_table = RawEmail.__table__, Message.__table__
    # an email none of whose originals is new is a duplicate: its row says so as it is written (not one UPDATE each)
    inserted = iter(insert_rows_returning_ids(session, raw_table, [{
        "sha256": email.sha256 or sha256_hex(email.raw), "size": len(email.raw), "raw": email.raw,
        "origin": email.origin[:1000], "source_message_id": email.source_message_id, "received_at": now,
        "status": "stored" if _carries_new(email) else "duplicate", "reason": None,
        "error": None, "error_detail": None, "defects": json.dumps(list(email.defects)) if email.defects else None,
        **_dkim(email.dkim),
    } for email in fresh]))
    raw_ids = [email.raw_email_id if email.raw_email_id is not None else next(inserted) for email in emails]

    new = [(e, o) for e, email in enumerate(emails) for o, item in enumerate(email.originals)
           if item.stored_pk is None and item.same_as is None]
    message_rows = [_message_row(emails[e], raw_ids[e], emails[e].originals[o], now) for e, o in new]
    message_ids = insert_rows_returning_ids(session, message_table, message_rows)
    pk_of = {key: pk for key, pk in zip(new, message_ids)}

    arrivals, references, attachments = [], [], []
    tags: dict[type, list[dict]] = {}
    facts = []
    for (e, o), pk, row in zip(new, message_ids, message_rows):
        item = emails[e].originals[o]
        original = item.original
        arrivals.append({"raw_email_id": raw_ids[e], "message_pk": pk, "arrival": original.arrival,
                         "forward_note": original.forward_note, **_dkim(item.dkim)})
        refs = list(dict.fromkeys([*original.references, *([original.in_reply_to] if original.in_reply_to else [])]))
        references += [{"message_pk": pk, "ref_message_id": ref} for ref in refs]
        attachments += [{"message_pk": pk, "filename": a.filename, "content_type": a.content_type, "size": a.size,
                         "sha256": a.sha256} for a in original.attachments]
        if item.tags is not None:
            for model, rows in tag_rows(pk, item.identity.message_id or item.identity.fingerprint, item.tags).items():
                tags.setdefault(model, []).extend(rows)
        facts.append(NewMessageFacts(
            id=pk, message_id=row["message_id"], in_reply_to=row["in_reply_to"], references=tuple(refs),
            subject=row["subject"], subject_normalized=row["subject_normalized"], sent_at=row["sent_at"],
            from_email=row["from_email"], to_json=row["to_json"], cc_json=row["cc_json"], is_bulk=row["is_bulk"],
            quoted_sender=original.quoted_sender.email if original.quoted_sender else None,
            quoted_sent_at=to_utc_naive(original.quoted_date) if original.quoted_date else None))
    _insert_many(session, Arrival, arrivals)
    _insert_many(session, MessageReference, references)
    _insert_many(session, Attachment, attachments)
    for model, rows in tags.items():
        _insert_many(session, model, rows)
    assign_threads(session, facts, user_addresses)

    further = []  # further arrivals of messages already held (or new earlier in the batch)
    for e, email in enumerate(emails):
        for item in email.originals:
            stored = item.stored_pk if item.stored_pk is not None else pk_of.get(item.same_as)
            if stored is not None and (item.stored_pk is not None or item.same_as is not None):
                further.append((raw_ids[e], stored, item))
    _add_arrivals(session, further)
    results = []
    for e, email in enumerate(emails):
        positions = tuple(o for o in range(len(email.originals)) if (e, o) in pk_of)
        if not positions and email.raw_email_id is not None:  # a kept row (the fresh ones were written so)
            session.execute(update(RawEmail).where(RawEmail.id == raw_ids[e]).values(status="duplicate"))
        results.append(StoredEmail(raw_ids[e], tuple(pk_of[(e, o)] for o in positions),
                                   tuple(email.originals[o].position for o in positions)))
    return results
