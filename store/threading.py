"""Threads of ORIGINAL messages.

First by headers, JWZ-style: a message joins the thread of any stored message it names in
In-Reply-To/References, and of any stored message that names it (a reply can arrive before
its parent). Threads that a message connects are merged.

Inline forwards lose those headers (and a reply may point at a message that only arrived as
such a forward), so the fallback is the normalized subject ("Re: Fwd: X" -> "x") within a time
window, when the two messages share a participant other than the user (every thread includes
the user, so the user proves nothing), or one of them has nobody else on it (a note to self). The
author of the message a reply quotes counts among its participants: the user's reply to a teacher,
sent to the principal and forwarded to the trail, belongs with the teacher's email it answers.
On list mail everybody shares the list address, so there the author of one must be on the
other. A generic subject between different people, or posts to one list, stay apart.

A reply linked by its headers whose "Re: X" is not the subject of what it is linked to, but of an
earlier conversation among the same people, joins the two: its author took them for one.

Before the subject, the quoted history: a reply whose parent we hold under no Message-ID (it lost its
headers in an inline forward, or names a parent that only arrived as an inline forward) still opens its
quote with the parent's author and the minute it was sent ("On Mon, Feb 2, 2026 at 3:50 PM Jane Roe
<jroe@x> wrote:", an Outlook From/Sent block). A stored message from that author sent that minute is
its parent, whatever either subject says (a reply may retitle the thread: "Re: X - cancelled again").
The parent must be stored first: a reply stored before the inline forward of the message it quotes
is not joined to it later (what it quotes is not kept in a form threading can read).

A batch is threaded in arrival order, each message seeing the record as stored before the batch
plus the batch's earlier messages: the same threads as storing them one at a time, with the
record read in a few queries per batch instead of a few per message.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ieptrail.store.driver_rows import insert_rows_returning_ids, set_column
from ieptrail.store.models import Message, MessageReference, Thread
from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

SUBJECT_WINDOW = timedelta(days=120)
PENDING_FROM = 1 << 62  # above any id SQLite or PostgreSQL will give a thread in practice
# a quote's attribution gives the minute; the stored Date has seconds
QUOTED_DATE_SLACK = timedelta(seconds=90)
QUOTED_SPANS_PER_QUERY = 100  # an OR of n terms nests n deep in SQLite's parser (at most 1,000)


@dataclass(slots=True)
class NewMessageFacts:
    """What threading reads of a message (one being stored, or a stored candidate). Not frozen: a batch makes one
    for each stored message its subjects may join (1,400 a batch at 17,000 stored), and a frozen dataclass's
    __init__ took five times as long; nothing changes one once made."""

    id: int
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    subject_normalized: str
    sent_at: datetime | None
    from_email: str | None
    to_json: str
    cc_json: str
    is_bulk: bool
    # who wrote the message it quotes; read only of the message being threaded (it is not stored), so
    # the threads do not depend on how arrivals are batched
    quoted_sender: str | None = None
    # when the message it quotes was sent (naive UTC, like sent_at), as the quote's attribution gives it
    quoted_sent_at: datetime | None = None


def participants(message, ignore: Iterable[str]) -> set[str]:
    ignored = {address.lower() for address in ignore}
    people = {message.from_email or ""}
    for column in (message.to_json, message.cc_json):
        people.update(item.get("email", "") for item in json.loads(column or "[]"))
    return {person for person in people if person and person not in ignored}


def _unprefixed(message: NewMessageFacts) -> bool:
    """Its subject carries no Re:/Fwd: prefix: it claims no earlier conversation."""
    return " ".join((message.subject or "").lower().split()) == message.subject_normalized


def _starts_a_thread(message: NewMessageFacts) -> bool:
    """Its own client says it is new: a Message-ID, no In-Reply-To/References, no Re:/Fwd: prefix."""
    return bool(message.message_id) and not message.in_reply_to and not message.references and _unprefixed(message)


def _same_conversation(a, people_a: set[str], b, people_b: set[str]) -> bool:
    if not people_a or not people_b:
        return True
    shared = people_a & people_b
    if a.is_bulk or b.is_bulk:
        # list mail: everybody shares the list address, so only an author of one who is on the other counts
        return a.from_email in shared or b.from_email in shared
    return bool(shared)


def _merged(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """The time spans, overlapping ones joined, in order."""
    merged: list[tuple[datetime, datetime]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


@dataclass
class _Candidate:
    facts: NewMessageFacts
    thread_id: int


class _Batch:
    """The record as stored before the batch (read once), plus the batch's messages as they are threaded."""

    def __init__(self, session: Session, messages: list[NewMessageFacts]):
        self.session = session
        self.alias: dict[int, int] = {}  # a merged thread -> the thread it became
        refs = {ref for m in messages for ref in (*m.references, *([m.in_reply_to] if m.in_reply_to else []))}
        own_ids = {m.message_id for m in messages if m.message_id}
        self.by_message_id: dict[str, set[int]] = defaultdict(set)  # stored Message-ID -> threads
        self.naming: dict[str, set[int]] = defaultdict(set)  # a Message-ID -> threads of messages naming it
        # read through the connection, as plain rows: the ORM's result handling cost about as much as SQLite's
        # reading (the session is flushed first, as its autoflush would)
        session.flush()
        read = session.connection().execute
        column, ref_column = Message.__table__.c, MessageReference.__table__.c
        if refs:
            for message_id, thread_id in read(select(column.message_id, column.thread_id).where(
                    column.message_id.in_(refs), column.thread_id.is_not(None))):
                self.by_message_id[message_id].add(thread_id)
        if own_ids:
            for ref, thread_id in read(
                    select(ref_column.ref_message_id, column.thread_id)
                    .join(Message.__table__, ref_column.message_pk == column.id)
                    .where(ref_column.ref_message_id.in_(own_ids), column.thread_id.is_not(None))):
                self.naming[ref].add(thread_id)
        subjects = {m.subject_normalized for m in messages if m.subject_normalized}
        # per subject, the messages it can join, in full: only those within SUBJECT_WINDOW of the batch's
        # messages with that subject (all of them for a subject an undated message carries). Reading every
        # stored message with the subject made each batch slower than the one before wherever a subject
        # recurs ("Re: IEP meeting" every year): 27% of the writer's time at 5,000 emails. Whether a subject is
        # a linked conversation's own asks of every stored message (see `carries_subject`).
        self.by_subject: dict[str, list[_Candidate]] = defaultdict(list)
        self.subject_threads: dict[str, set[int]] = defaultdict(set)  # the batch's own, as they are threaded
        if subjects:
            spans: dict[str, tuple[datetime, datetime]] = {}
            for m in messages:
                if m.subject_normalized and m.sent_at is not None:
                    low, high = spans.get(m.subject_normalized, (m.sent_at, m.sent_at))
                    spans[m.subject_normalized] = (min(low, m.sent_at), max(high, m.sent_at))
            undated = {m.subject_normalized for m in messages if m.subject_normalized and m.sent_at is None}
            near = [and_(column.subject_normalized == subject,
                         column.sent_at.between(low - SUBJECT_WINDOW, high + SUBJECT_WINDOW))
                    for subject, (low, high) in spans.items() if subject not in undated]
            if undated:
                near.append(column.subject_normalized.in_(undated))
            columns = (column.id, column.message_id, column.in_reply_to, column.subject, column.subject_normalized,
                       column.sent_at, column.from_email, column.to_json, column.cc_json, column.is_bulk, column.thread_id)
            for (pk, message_id, in_reply_to, subject, normalized, sent_at, from_email, to_json, cc_json, is_bulk,
                 thread_id) in read(select(*columns).where(column.thread_id.is_not(None), or_(*near)).order_by(column.id)):
                facts = NewMessageFacts(pk, message_id, in_reply_to, (), subject or "", normalized, sent_at, from_email,
                                        to_json or "[]", cc_json or "[]", bool(is_bulk))
                self.by_subject[normalized].append(_Candidate(facts, thread_id))
        # stored messages of the authors the batch's replies quote, sent near the minutes they name
        self.by_sender: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
        quoted = [m for m in messages if m.quoted_sender and m.quoted_sent_at]
        if quoted:
            # by the quoted minutes alone (the sent_at index, a few rows each), the authors picked here: asked by
            # author and the batch's earliest to latest minute, SQLite read every stored message of those authors
            # (their index) for every batch, a cost that grew with the record
            senders = {m.quoted_sender for m in quoted}
            near = [column.sent_at.between(low, high) for low, high in _merged(
                [(m.quoted_sent_at - QUOTED_DATE_SLACK, m.quoted_sent_at + QUOTED_DATE_SLACK) for m in quoted])]
            found = []
            for start in range(0, len(near), QUOTED_SPANS_PER_QUERY):
                found += read(select(column.id, column.from_email, column.sent_at, column.thread_id).where(
                    or_(*near[start:start + QUOTED_SPANS_PER_QUERY]), column.thread_id.is_not(None))).all()
            for _, sender, sent_at, thread_id in sorted(found):
                if sender in senders:
                    self.by_sender[sender].append((sent_at, thread_id))
        self.threads: dict[int, Thread] = {}
        # threads the batch starts are written together at its end (one INSERT, not a flush each):
        # until then they carry numbers above any stored id, in the order they were started, so
        # "the lowest id is kept" in a merge means what it means for stored threads
        self.pending: dict[int, Thread] = {}
        self.next_pending = PENDING_FROM
        # each candidate's participants, worked out once: a recurring subject offers the same few dozen
        # candidates to every message of the batch that carries it (the user's addresses are the same for all)
        self._participants: dict[int, set[str]] = {}

    def participants_of(self, other: NewMessageFacts, ignore: tuple[str, ...]) -> set[str]:
        found = self._participants.get(other.id)
        if found is None:
            found = self._participants[other.id] = participants(other, ignore)
        return found

    def current(self, thread_id: int) -> int:
        while thread_id in self.alias:
            thread_id = self.alias[thread_id]
        return thread_id

    def thread(self, thread_id: int) -> Thread:
        if thread_id in self.pending:
            return self.pending[thread_id]
        if thread_id not in self.threads:
            self.threads[thread_id] = self.session.get(Thread, thread_id)
        return self.threads[thread_id]

    def by_headers(self, message: NewMessageFacts) -> set[int]:
        referenced = set(message.references)
        if message.in_reply_to:
            referenced.add(message.in_reply_to)
        found = {thread for ref in referenced for thread in self.by_message_id.get(ref, ())}
        if message.message_id:
            found |= self.naming.get(message.message_id, set())
        return {self.current(thread) for thread in found}

    def by_quoted_parent(self, message: NewMessageFacts) -> int | None:
        """The thread of the message its quote opens with (same author, same minute), when its parent is
        not already known by Message-ID."""
        if not message.quoted_sender or message.quoted_sent_at is None:
            return None
        if message.in_reply_to and message.in_reply_to in self.by_message_id:
            return None  # the headers named the parent and we hold it: nothing to add
        best: tuple[timedelta, int] | None = None
        for sent_at, thread_id in self.by_sender.get(message.quoted_sender, ()):
            gap = abs(sent_at - message.quoted_sent_at)
            if gap <= QUOTED_DATE_SLACK and (best is None or gap < best[0]):
                best = (gap, thread_id)
        return self.current(best[1]) if best else None

    def by_subject_fallback(self, message: NewMessageFacts, ignore: tuple[str, ...]) -> int | None:
        if not message.subject_normalized or _starts_a_thread(message):
            return None
        mine = participants(message, ignore)
        if message.quoted_sender and message.quoted_sender not in {address.lower() for address in ignore}:
            mine.add(message.quoted_sender)
        # A reply whose parent is not stored can only be joined to a message whose own Message-ID
        # we never learned (an inline forward): that one may be the parent; any other may not.
        replying = bool(message.message_id and (message.in_reply_to or message.references))
        candidates = [c for c in self.by_subject.get(message.subject_normalized, ()) if c.facts.id != message.id and (
            message.sent_at is None or (c.facts.sent_at is not None
                                        and abs(c.facts.sent_at - message.sent_at) <= SUBJECT_WINDOW))]
        candidates.sort(key=lambda c: (c.facts.sent_at is not None, c.facts.sent_at or datetime.min, c.facts.id))
        best: tuple[float, int] | None = None
        for candidate in candidates:
            other = candidate.facts
            if replying and other.message_id:
                continue
            if not _same_conversation(message, mine, other, self.participants_of(other, ignore)):
                continue
            gap = abs((other.sent_at - message.sent_at).total_seconds()) if other.sent_at and message.sent_at else 0
            if best is None or gap < best[0]:
                best = (gap, candidate.thread_id)
        return self.current(best[1]) if best else None

    def carries_subject(self, linked: set[int], subject: str) -> bool:
        """Does a message of one of these (current) threads, stored or threaded earlier in the batch, carry
        this subject? Asked of the database for the stored ones: their rows hold their current threads (a
        merge rewrites them at once), while the batch's own still hold none."""
        if any(self.current(thread) in linked for thread in self.subject_threads.get(subject, ())):
            return True
        stored = [thread for thread in linked if thread not in self.pending]
        return bool(stored) and self.session.connection().execute(
            select(Message.__table__.c.id).where(Message.__table__.c.subject_normalized == subject,
                                                 Message.__table__.c.thread_id.in_(stored)).limit(1)).first() is not None

    def by_reply_subject(self, message: NewMessageFacts, linked: set[int], ignore: tuple[str, ...]) -> int | None:
        """A reply linked by its headers whose "Re: X" names another conversation among the same
        people, not the one it is linked to: its author took the two for one (a grandmother's new
        email answered under the subject of the evaluation thread). The thread of X, nearest in time."""
        if not message.subject_normalized or _unprefixed(message):
            return None
        if self.carries_subject(linked, message.subject_normalized):
            return None  # the subject is the linked conversation's own: nothing to join
        candidates = [c for c in self.by_subject.get(message.subject_normalized, ()) if c.facts.id != message.id]
        mine = participants(message, ignore)
        best: tuple[float, int] | None = None
        for candidate in candidates:
            other = candidate.facts
            thread_id = self.current(candidate.thread_id)
            if message.sent_at is None or other.sent_at is None or other.sent_at > message.sent_at \
                    or message.sent_at - other.sent_at > SUBJECT_WINDOW:
                continue
            if not _same_conversation(message, mine, other, self.participants_of(other, ignore)):
                continue
            gap = (message.sent_at - other.sent_at).total_seconds()
            if best is None or gap < best[0]:
                best = (gap, thread_id)
        return best[1] if best else None

    def merge(self, keep: int, others: list[int]) -> None:
        stored = [other for other in others if other not in self.pending]
        if stored:  # the batch's own messages get their thread at the end, through the aliases
            self.session.execute(update(Message).where(Message.thread_id.in_(stored)).values(thread_id=keep))
        kept = self.thread(keep)
        for other_id in others:
            other = self.thread(other_id)
            if other is not None:
                for moment in (other.first_at, other.last_at):
                    if moment is not None:
                        kept.first_at = min(kept.first_at or moment, moment)
                        kept.last_at = max(kept.last_at or moment, moment)
                if other_id in self.pending:
                    del self.pending[other_id]
                else:
                    self.session.delete(other)
            self.alias[other_id] = keep

    def new_thread(self, message: NewMessageFacts) -> int:
        number = self.next_pending
        self.next_pending += 1
        self.pending[number] = Thread(subject=message.subject or "(no subject)")
        return number

    def write_pending(self) -> dict[int, int]:
        """Insert the threads the batch started and kept: their pending numbers -> stored ids."""
        if not self.pending:
            return {}
        numbers = sorted(self.pending)
        ids = insert_rows_returning_ids(self.session, Thread.__table__, [
            {"subject": self.pending[n].subject, "first_at": self.pending[n].first_at, "last_at": self.pending[n].last_at}
            for n in numbers])
        return dict(zip(numbers, ids, strict=True))

    def joined(self, message: NewMessageFacts, thread_id: int) -> None:
        """The message is in `thread_id` now: later messages of the batch see it there."""
        if message.message_id:
            self.by_message_id[message.message_id].add(thread_id)
        for ref in (*message.references, *([message.in_reply_to] if message.in_reply_to else [])):
            self.naming[ref].add(thread_id)
        if message.subject_normalized:
            self.by_subject[message.subject_normalized].append(_Candidate(message, thread_id))
            self.subject_threads[message.subject_normalized].add(thread_id)
        if message.from_email and message.sent_at is not None:
            self.by_sender[message.from_email].append((message.sent_at, thread_id))
        thread = self.thread(thread_id)
        if message.sent_at is not None:
            if thread.first_at is None or message.sent_at < thread.first_at:
                thread.first_at = message.sent_at
                thread.subject = message.subject or thread.subject
            if thread.last_at is None or message.sent_at > thread.last_at:
                thread.last_at = message.sent_at


def assign_threads(session: Session, messages: list[NewMessageFacts], user_addresses: Iterable[str]) -> dict[int, int]:
    """Put inserted messages (in arrival order) into threads, merging threads they connect; message id -> thread id."""
    if not messages:
        return {}
    ignore = tuple(user_addresses)
    batch = _Batch(session, messages)
    chosen: dict[int, int] = {}
    with session.no_autoflush:
        for message in messages:
            linked = batch.by_headers(message)
            parent = batch.by_quoted_parent(message)
            if parent is not None:
                linked.add(parent)
            if linked:
                retitled = batch.by_reply_subject(message, linked, ignore)
                if retitled is not None:
                    linked.add(retitled)
            if not linked:
                by_subject = batch.by_subject_fallback(message, ignore)
                if by_subject is not None:
                    linked = {by_subject}
            if linked:
                keep = min(linked)
                others = sorted(linked - {keep})
                if others:
                    batch.merge(keep, others)
                thread_id = keep
            else:
                thread_id = batch.new_thread(message)
            chosen[message.id] = thread_id
            batch.joined(message, thread_id)
    stored_as = batch.write_pending()
    final = {}
    for message_id, thread_id in chosen.items():
        current = batch.current(thread_id)
        final[message_id] = stored_as.get(current, current)
    set_column(session, Message.__table__, "thread_id", final)
    return final
