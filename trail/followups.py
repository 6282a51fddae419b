"""Keeps the follow-up facts current: which later message fulfilled each promise or answered each
request (store reads -> classify.linking -> store writes; the judgment itself is in classify).
Facts carry dates; statuses are computed from them as of any day (trail.statuses)."""
from __future__ import annotations

import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ieptrail.classify.followup import LaterMessage, forget_cached_words, organization
from ieptrail.classify.learned import load_model
from ieptrail.classify.people import person_name, same_people, signed_name
from ieptrail.classify.linking import (
    MessageIndex,
    ask_in,
    commitment_in,
    forget_cached_verbs,
    link_promises,
    link_requests,
    student_words,
)
from ieptrail.config import Settings
from ieptrail.errors import IEPTrailError
from ieptrail.store import record_state
from ieptrail.store.db import Database, Session
from ieptrail.store.followup_facts import Credit, dated_messages, promise_facts, replace_credits, request_facts
from ieptrail.store.queries import sender_signatures


class SamePerson:
    """Each address as the one that stands for its person (a teacher's school address for her Gmail too),
    so that the linking takes one person's mail as one person's: her own later delivery of a promise is
    hers, and an answer to a question asked of her personal address is hers (classify.people.same_people)."""

    def __init__(self, senders, settings: Settings) -> None:
        self.aliases = same_people(senders, family_names=settings.students, first_choice=settings.is_user,
                                   organization=organization)

    def __call__(self, address: str | None) -> str | None:
        if not address:
            return address
        return self.aliases.get(address.strip().lower(), address)


def read_record(session: Session, settings: Settings) -> tuple[dict[int, LaterMessage], SamePerson]:
    """Every dated message as a LaterMessage, in sent order (the whole record passes through here), its
    addresses each as the one that stands for its person; and that mapping, for the promises' and requests'."""
    rows = list(dated_messages(session))
    people = []
    addressed = []  # each message's To and Cc
    for row in rows:
        people.append((row.from_email or "", row.from_name or ""))
        addressed.append(json.loads(row.to_json) + json.loads(row.cc_json))
        people += [(item.get("email") or "", item.get("name") or "") for item in addressed[-1]]
    # a sender whose display name is no full name ("tquenby", "T Quenby") by the name that opens their signature
    people += [(email or "", signed_name(name or "", signature or ""))
               for email, name, signature in sender_signatures(session) if signature and person_name(name or "") is None]
    same = SamePerson(dict.fromkeys(people), settings)  # each (address, name) once
    later: dict[int, LaterMessage] = {}
    for row, to in zip(rows, addressed):
        recipients = frozenset(same(item.get("email", "")) or "" for item in to)
        author = same(row.from_email) or ""
        later[row.id] = LaterMessage(
            id=row.id, thread_id=row.thread_id, sent=row.sent_at, author_email=author,
            author_is_user=settings.is_user(author), recipients=recipients, new_text=row.new_text,
            auto_reply=row.auto_reply, bulk=row.bulk, message_id=row.message_id, in_reply_to=row.in_reply_to,
            has_attachment=row.has_attachment, attachment_names=row.attachment_names,
        )
    return later, same


def read_messages(session: Session, settings: Settings) -> dict[int, LaterMessage]:
    return read_record(session, settings)[0]


def refresh_followups(session: Session, settings: Settings) -> dict[str, int]:
    """Recompute every fulfilment and answer from the stored messages (idempotent)."""
    later, same = read_record(session, settings)
    index = MessageIndex(later.values(), student_words(settings.students), settings.students)
    commitments = []
    for promise in promise_facts(session):
        message = later.get(promise.message_pk)
        if message is None:  # undated
            continue
        by_email = same(promise.by_email)
        made_by_user = settings.is_user(by_email) or (
            by_email is None and message.author_is_user and promise.rule.startswith("first-person"))
        commitments.append(commitment_in(message, promise.key, promise.text, promise.start, promise.end,
                                         promiser=by_email, made_by_user=made_by_user, due=promise.due))
    asks = []
    for request in request_facts(session):
        message = later.get(request.message_pk)
        if message is None:
            continue
        asks.append(ask_in(message, request.key, request.text, request.start, request.end, asker=same(request.by_email) or "",
                           asked_by_user=settings.is_user(same(request.by_email) or message.author_email)))
    delivered = link_promises(commitments, index, load_model("delivery", settings.model_dir))
    answered = link_requests(asks, index)
    replace_credits(session, [Credit(kind, key, evidence.message_id, evidence.sentence, evidence.rule, evidence.at)
                              for kind, found in (("promise", delivered), ("request", answered))
                              for key, evidence in found.items()])
    record_state.clear_followups_stale(session)
    forget_cached_words()
    forget_cached_verbs()
    return {"fulfilled": len(delivered), "answered": len(answered)}


def _refresh_in_this_process(settings: Settings) -> dict[str, int]:
    database = Database(settings.database_url, run_migrations=False)
    try:
        with database.session_scope() as session:
            return refresh_followups(session, settings)
    finally:
        database.close()


def refresh_followups_apart(settings: Settings) -> dict[str, int]:
    """`refresh_followups` in a process of its own, for a long-running worker: the refresh reads the
    whole record, so its peak grows with the record, and a process keeps the memory it once held;
    a child that exits gives it all back. Not forked from the worker, which has threads: from a
    fork server that has only imported this module (started once, then each child starts at once).
    If the child fails, the record keeps its "follow-ups stale" mark and the next run recomputes them."""
    server = multiprocessing.get_context("forkserver")
    server.set_forkserver_preload([__name__])
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=server) as pool:
            return pool.submit(_refresh_in_this_process, settings).result()
    except BrokenProcessPool as exc:
        raise IEPTrailError("the follow-up refresh process stopped before it finished (out of memory?); "
                            "the next poll computes the follow-ups again") from exc
    except Exception as exc:
        raise IEPTrailError(f"the follow-up refresh failed ({type(exc).__name__}: {exc}); "
                            "the next poll computes the follow-ups again") from exc


def ensure_followups_current(db: Database, settings: Settings) -> None:
    """Recompute the follow-up facts if mail was stored since they were last computed (a run that
    was stopped between storing mail and recomputing them leaves that mark)."""
    with db.session_scope() as session:
        stale = record_state.followups_stale(session)
    if stale:
        with db.session_scope() as session:
            refresh_followups(session, settings)
