"""Writes: raw emails, original messages (deduplicated), their threads and their tags.

How duplicates are decided:
- the same bytes (SHA-256 of the raw email) are stored once: re-importing a mailbox is a no-op;
- an original message is stored once, recognised by its Message-ID when the wrapping kept it,
  else by a content fingerprint (author, sent minute in UTC, normalized subject, the words of
  its new text). A second arrival (forwarded twice, or by CC and by forward) keeps its own raw
  bytes and is linked to the existing message as another Arrival: nothing is lost.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ieptrail.ingest.forwards import normalize_subject
from ieptrail.ingest.dkim_verify import DkimResult
from ieptrail.ingest.parsed import OriginalMessage
from ieptrail.store.models import (
    Arrival,
    Attachment,
    Message,
    MessageReference,
    MissedService,
    Promise,
    RawEmail,
    Request,
    StudentTag,
    TopicTag,
)
from ieptrail.store.threading import assign_thread


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def to_utc_naive(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def content_fingerprint(original: OriginalMessage) -> str:
    sent = to_utc_naive(original.date)
    minute = sent.strftime("%Y-%m-%dT%H:%M") if sent else ""
    words = " ".join(re.findall(r"\w+", original.parts.new_text.lower())[:400])
    sender = original.sender.email if original.sender else ""
    key = "\x1f".join((sender, minute, normalize_subject(original.subject), words))
    return sha256_hex(key.encode("utf-8"))


def stored_shas(session: Session, raws: list[bytes]) -> set[str]:
    """Which of these emails are already stored, in one query."""
    wanted = {sha256_hex(raw) for raw in raws}
    return set(session.scalars(select(RawEmail.sha256).where(RawEmail.sha256.in_(wanted)))) if wanted else set()


def raw_by_sha(session: Session, sha256: str) -> RawEmail | None:
    return session.scalar(select(RawEmail).where(RawEmail.sha256 == sha256))


def add_raw_email(
    session: Session, raw: bytes, origin: str, status: str, *, source_message_id: str | None = None,
    reason: str | None = None, error: str | None = None, error_detail: str | None = None,
    defects: tuple[str, ...] = (),
) -> RawEmail:
    row = RawEmail(
        sha256=sha256_hex(raw),
        size=len(raw),
        raw=raw,
        origin=origin[:1000],
        source_message_id=source_message_id,
        received_at=utcnow(),
        status=status,
        reason=reason,
        error=error,
        error_detail=error_detail,
        defects=json.dumps(list(defects)) if defects else None,
    )
    session.add(row)
    session.flush()
    return row


def existing_message(session: Session, original: OriginalMessage, fingerprint: str) -> Message | None:
    conditions = [Message.content_fingerprint == fingerprint]
    if original.message_id:
        conditions.append(Message.message_id == original.message_id)
    return session.scalar(select(Message).where(or_(*conditions)).order_by(Message.id).limit(1))


def _addresses_json(addresses) -> str:
    return json.dumps([address.as_dict() for address in addresses])


def _dkim_columns(dkim: DkimResult | None) -> dict:
    if dkim is None:
        return {}
    return {"dkim_result": dkim.result, "dkim_domain": dkim.domain, "dkim_note": dkim.note,
            "dkim_checked_at": dkim.checked_at}


def record_dkim(raw_email: RawEmail, dkim: DkimResult | None) -> None:
    """Keep the result for the arrived email's own signature."""
    for name, value in _dkim_columns(dkim).items():
        setattr(raw_email, name, value)


def add_message(
    session: Session, raw_email: RawEmail, position: int, original: OriginalMessage, fingerprint: str,
    user_addresses: tuple[str, ...], dkim: DkimResult | None = None,
) -> Message:
    sent = original.date
    message = Message(
        raw_email_id=raw_email.id,
        position=position,
        arrival=original.arrival,
        forward_format=original.forward_format,
        source_message_id=raw_email.source_message_id,
        message_id=original.message_id,
        in_reply_to=original.in_reply_to,
        from_name=(original.sender.name or None) if original.sender else None,
        from_email=(original.sender.email or None) if original.sender else None,
        to_json=_addresses_json(original.to),
        cc_json=_addresses_json(original.cc),
        sent_at=to_utc_naive(sent),
        utc_offset_minutes=int(sent.utcoffset().total_seconds() // 60) if sent is not None else None,
        date_inferred=original.date_inferred,
        subject=original.subject,
        subject_normalized=normalize_subject(original.subject),
        body_text=original.body,
        new_text=original.parts.new_text,
        quoted_text=original.parts.quoted,
        signature_text=original.parts.signature,
        forward_note=original.forward_note,
        forwarded_by=original.forwarded_by,
        attachment_names=" ".join(attachment.filename for attachment in original.attachments),
        content_fingerprint=fingerprint,
        is_auto_reply=original.auto_reply,
        is_bulk=original.bulk,
        created_at=utcnow(),
    )
    message.attachments = [
        Attachment(filename=a.filename, content_type=a.content_type, size=a.size, sha256=a.sha256)
        for a in original.attachments
    ]
    references = list(dict.fromkeys([*original.references, *([original.in_reply_to] if original.in_reply_to else [])]))
    message.references = [MessageReference(ref_message_id=ref) for ref in references]
    session.add(message)
    session.flush()
    session.add(Arrival(raw_email_id=raw_email.id, message_pk=message.id, arrival=original.arrival,
                        forward_note=original.forward_note, **_dkim_columns(dkim)))
    assign_thread(session, message, user_addresses)
    return message


def add_arrival(session: Session, raw_email: RawEmail, message: Message, original: OriginalMessage,
                dkim: DkimResult | None = None) -> None:
    """Link a further arrival of a message we already hold, and fill in headers it lacked."""
    linked = session.scalar(
        select(Arrival).where(Arrival.raw_email_id == raw_email.id, Arrival.message_pk == message.id)
    )
    if linked is None:
        session.add(Arrival(raw_email_id=raw_email.id, message_pk=message.id, arrival=original.arrival,
                            forward_note=original.forward_note, **_dkim_columns(dkim)))
    if original.message_id and not message.message_id:
        message.message_id = original.message_id
        message.in_reply_to = message.in_reply_to or original.in_reply_to
        known = {ref.ref_message_id for ref in message.references}
        for ref in original.references:
            if ref not in known:
                message.references.append(MessageReference(ref_message_id=ref))


def replace_tags(session: Session, message: Message, tags, fresh: bool = False) -> None:
    """Store a message's tags (a classify.Tags), replacing what an earlier tagging stored.

    Promises and requests keep their ids when the same sentence is found again (their keys
    are stable), so decisions and follow-up drafts that refer to them stay attached.
    """
    if not fresh:
        session.execute(delete(TopicTag).where(TopicTag.message_pk == message.id))
        session.execute(delete(StudentTag).where(StudentTag.message_pk == message.id))
        session.execute(delete(MissedService).where(MissedService.message_pk == message.id))
    for topic in tags.topics:
        session.add(TopicTag(message_pk=message.id, topic=topic.topic, sentence=topic.sentence,
                             start=topic.start, end=topic.end, rule=topic.rule))
    for student in tags.students:
        session.add(StudentTag(message_pk=message.id, student=student.student, evidence=student.evidence))
    for missed in tags.missed_services:
        session.add(MissedService(message_pk=message.id, topic=missed.topic, day=missed.day, minutes=missed.minutes,
                                  text=missed.sentence, start=missed.start, end=missed.end, rule=missed.rule))
    _replace_keyed(session, Promise, message, tags.promises, fresh, lambda p: dict(
        by_email=p.by_email, by_name=p.by_name, text=p.sentence, start=p.start, end=p.end, rule=p.rule,
        action=p.action, topics=" ".join(p.topics), due=p.due, due_text=p.due_text))
    _replace_keyed(session, Request, message, tags.requests, fresh, lambda r: dict(
        by_email=r.by_email, by_name=r.by_name, text=r.sentence, start=r.start, end=r.end, rule=r.rule,
        topics=" ".join(r.topics)))
    message.tagged_at = utcnow()


def item_key(message: Message, kind: str, sentence: str) -> str:
    identity = message.message_id or message.content_fingerprint
    return sha256_hex(f"{kind}\x1f{identity}\x1f{' '.join(sentence.split()).lower()}".encode("utf-8"))[:40]


def _replace_keyed(session: Session, model, message: Message, found, fresh: bool, columns) -> None:
    kind = model.__tablename__
    existing = {} if fresh else {row.key: row for row in session.scalars(select(model).where(model.message_pk == message.id))}
    keep: set[str] = set()
    for item in found:
        key = item_key(message, kind, item.sentence)
        if key in keep:
            continue
        keep.add(key)
        row = existing.get(key)
        if row is None:
            row = model(key=key, message_pk=message.id)
            session.add(row)
        for name, value in columns(item).items():
            setattr(row, name, value)
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
