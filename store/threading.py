"""Threads of ORIGINAL messages.

First by headers, JWZ-style: a message joins the thread of any stored message it names in
In-Reply-To/References, and of any stored message that names it (a reply can arrive before
its parent). Threads that a message connects are merged.

Inline forwards lose those headers (and a reply may point at a message that only arrived as
such a forward), so the fallback is the normalized subject ("Re: Fwd: X" -> "x") within a time
window, when the two messages share a participant other than the user (every thread includes
the user, so the user proves nothing), or one of them has nobody else on it (a note to self).
On list mail everybody shares the list address, so there the author of one must be on the
other. A generic subject between different people, or posts to one list, stay apart.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta

from ieptrail.store.models import Message, MessageReference, Thread
from sqlalchemy import select, update
from sqlalchemy.orm import Session, load_only

SUBJECT_WINDOW = timedelta(days=120)


def participants(message: Message, ignore: Iterable[str]) -> set[str]:
    ignored = {address.lower() for address in ignore}
    people = {message.from_email or ""}
    for column in (message.to_json, message.cc_json):
        people.update(item.get("email", "") for item in json.loads(column or "[]"))
    return {person for person in people if person and person not in ignored}


def _threads_by_headers(session: Session, message: Message) -> set[int]:
    referenced = {ref.ref_message_id for ref in message.references}
    if message.in_reply_to:
        referenced.add(message.in_reply_to)
    found: set[int] = set()
    if referenced:
        found.update(
            thread_id
            for thread_id in session.scalars(
                select(Message.thread_id).where(Message.message_id.in_(referenced), Message.id != message.id)
            )
            if thread_id is not None
        )
    if message.message_id:
        found.update(
            thread_id
            for thread_id in session.scalars(
                select(Message.thread_id)
                .join(MessageReference, MessageReference.message_pk == Message.id)
                .where(MessageReference.ref_message_id == message.message_id, Message.id != message.id)
            )
            if thread_id is not None
        )
    return found


def _starts_a_thread(message: Message) -> bool:
    """Its own client says it is new: a Message-ID, no In-Reply-To/References, no Re:/Fwd: prefix."""
    return bool(message.message_id) and not message.in_reply_to and not message.references and (
        " ".join((message.subject or "").lower().split()) == message.subject_normalized
    )


def _thread_by_subject(session: Session, message: Message, ignore: Iterable[str]) -> int | None:
    if not message.subject_normalized or _starts_a_thread(message):
        return None
    query = select(Message).options(load_only(
        Message.thread_id, Message.sent_at, Message.message_id, Message.from_email, Message.to_json, Message.cc_json,
        Message.is_bulk,
    )).where(
        Message.subject_normalized == message.subject_normalized,
        Message.id != message.id,
        Message.thread_id.is_not(None),
    )
    if message.sent_at is not None:
        query = query.where(
            Message.sent_at.between(message.sent_at - SUBJECT_WINDOW, message.sent_at + SUBJECT_WINDOW)
        )
    ignore = tuple(ignore)
    mine = participants(message, ignore)
    # A reply whose parent is not stored can only be joined to a message whose own Message-ID
    # we never learned (an inline forward): that one may be the parent; any other may not.
    replying = bool(message.message_id and (message.in_reply_to or message.references))
    best: tuple[float, int] | None = None
    for candidate in session.scalars(query.order_by(Message.sent_at)):
        if replying and candidate.message_id:
            continue
        if not _same_conversation(message, mine, candidate, participants(candidate, ignore)):
            continue
        gap = abs((candidate.sent_at - message.sent_at).total_seconds()) if candidate.sent_at and message.sent_at else 0
        if best is None or gap < best[0]:
            best = (gap, candidate.thread_id)
    return best[1] if best else None


def _same_conversation(a: Message, people_a: set[str], b: Message, people_b: set[str]) -> bool:
    if not people_a or not people_b:
        return True
    shared = people_a & people_b
    if a.is_bulk or b.is_bulk:
        # list mail: everybody shares the list address, so only an author of one who is on the other counts
        return a.from_email in shared or b.from_email in shared
    return bool(shared)


def _touch(thread: Thread, message: Message) -> None:
    if message.sent_at is not None:
        if thread.first_at is None or message.sent_at < thread.first_at:
            thread.first_at = message.sent_at
            thread.subject = message.subject or thread.subject
        if thread.last_at is None or message.sent_at > thread.last_at:
            thread.last_at = message.sent_at


def assign_thread(session: Session, message: Message, user_addresses: Iterable[str]) -> int:
    """Put a flushed message into a thread (merging threads it connects); returns the thread id."""
    user_addresses = tuple(user_addresses)
    with session.no_autoflush:  # the message is flushed; nothing else pending matters to these lookups
        linked = _threads_by_headers(session, message)
        by_subject = None if linked else _thread_by_subject(session, message, user_addresses)
    if not linked:
        if by_subject is not None:
            linked = {by_subject}
    if linked:
        keep = min(linked)
        others = sorted(linked - {keep})
        if others:
            session.execute(update(Message).where(Message.thread_id.in_(others)).values(thread_id=keep))
            kept = session.get(Thread, keep)
            for other_id in others:
                other = session.get(Thread, other_id)
                if other is not None:
                    for moment in (other.first_at, other.last_at):
                        if moment is not None:
                            kept.first_at = min(kept.first_at or moment, moment)
                            kept.last_at = max(kept.last_at or moment, moment)
                    session.delete(other)
        thread = session.get(Thread, keep)
    else:
        thread = Thread(subject=message.subject or "(no subject)")
        session.add(thread)
        session.flush()
    message.thread_id = thread.id
    _touch(thread, message)
    return thread.id
