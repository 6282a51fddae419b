"""Keeps the follow-up facts current: which later message fulfilled each promise or answered each
request (store reads -> classify.linking -> store writes; the judgment itself is in classify).
Facts carry dates; statuses are computed from them as of any day (trail.statuses)."""
from __future__ import annotations

import json
import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import timedelta
from itertools import islice

from ieptrail.classify.followup import FollowupEvidence, LaterMessage, forget_cached_words, organization
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
from ieptrail.ingest.quoted import quoted_reply
from ieptrail.store import record_state
from ieptrail.store.db import Database, Session
from ieptrail.store.repository import to_utc_naive
from ieptrail.store.followup_facts import Credit, dated_addresses, dated_messages, promise_facts, replace_credits, request_facts
from ieptrail.store.queries import sender_signatures


class SamePerson:
    """Each address as the one that stands for its person (a teacher's school address for her Gmail too),
    so that the linking takes one person's mail as one person's: her own later delivery of a promise is
    hers, and an answer to a question asked of her personal address is hers (classify.people.same_people)."""

    def __init__(self, senders, settings: Settings) -> None:
        self.senders = tuple(senders)  # (address, display name), each once
        self.aliases = same_people(senders, family_names=settings.students, first_choice=settings.is_user,
                                   organization=organization)

    def names(self) -> list[tuple[str, str]]:
        """Each display name by the address that stands for its person ("Lorna Kittredge" for lkittredge@…)."""
        return [(self(address) or "", name) for address, name in self.senders if address and name]

    def __call__(self, address: str | None) -> str | None:
        if not address:
            return address
        return self.aliases.get(address.strip().lower(), address)


def read_record(session: Session, settings: Settings, carriers: dict[int, int] | None = None,
                item_messages: frozenset[int] = frozenset()) -> tuple[dict[int, LaterMessage], SamePerson]:
    """Every dated message as a LaterMessage, in sent order (the whole record passes through here), its
    addresses each as the one that stands for its person; and that mapping, for the promises' and requests'.
    With `carriers`, also the replies that never reached the trail but are quoted at the top of a later message
    of a thread holding one of `item_messages` (under negative ids; `carriers` maps each to the message that
    carries it)."""
    # the record is read twice, a row at a time: first who writes to whom (each (address, name) once, in the order
    # first seen), then the messages themselves; held all at once, the rows were most of the refresh's memory
    people: dict[tuple[str, str], None] = {}
    for from_email, from_name, to_json, cc_json in dated_addresses(session):
        people[(from_email, from_name)] = None
        for item in json.loads(to_json) + json.loads(cc_json):
            people[(item.get("email") or "", item.get("name") or "")] = None
    # a sender whose display name is no full name ("tquenby", "T Quenby") by the name that opens their signature
    for email, name, signature in sender_signatures(session):
        if signature and person_name(name or "") is None:
            people[(email or "", signed_name(name or "", signature or ""))] = None
    same = SamePerson(people, settings)
    later: dict[int, LaterMessage] = {}
    quoted: dict[int, str] = {}
    threads: set[int] = set()  # the threads with a promise or a request so far (sent order: the item comes first)
    for row in dated_messages(session):
        to = json.loads(row.to_json) + json.loads(row.cc_json)
        recipients = frozenset(same(item.get("email", "")) or "" for item in to)
        author = same(row.from_email) or ""
        later[row.id] = LaterMessage(
            id=row.id, thread_id=row.thread_id, sent=row.sent_at, author_email=author,
            author_is_user=settings.is_user(author), recipients=recipients, new_text=row.new_text,
            auto_reply=row.auto_reply, bulk=row.bulk, message_id=row.message_id, in_reply_to=row.in_reply_to,
            has_attachment=row.has_attachment, attachment_names=row.attachment_names,
        )
        if carriers is None or row.thread_id is None:
            continue
        if row.thread_id in threads and row.quoted_text.strip():
            quoted[row.id] = row.quoted_text[:QUOTED_READ_CHARS]
        if row.id in item_messages:
            threads.add(row.thread_id)
    if carriers is not None:
        for unseen in unseen_replies(later, quoted, settings, carriers, same):
            later[unseen.id] = unseen
    return later, same


QUOTED_READ_CHARS = 16 * 1024  # the reply at the top of a quoted history is read from this much of it (the store gives no more)


UNSEEN_SAME_WITHIN = timedelta(hours=36)  # a stored message of the quoted writer this close is the quoted one


_OPENING_WORD = re.compile(r"[a-z0-9]+")


def _opening(text: str) -> str:
    """The first twelve words, lower-case: enough to know a message again."""
    return " ".join(match.group(0) for match in islice(_OPENING_WORD.finditer(text.lower()), 12))


def unseen_replies(later: dict[int, LaterMessage], quoted: dict[int, str], settings: Settings,
                   carriers: dict[int, int], same=lambda address: address) -> list[LaterMessage]:
    """The messages quoted at the top of stored replies that the trail does not hold itself: "Yes, I will be at
    the front office at 4:15" from a grandmother whose answer only the therapist's next message, quoting it,
    brought in. Each is dated by its quote header (else just before its carrier) and belongs to its carrier's
    thread; it is written to the carrier's author. Where several replies quote it, the earliest carries it."""
    by_author: dict[str, list[LaterMessage]] = {}
    for message in later.values():
        by_author.setdefault(message.author_email.lower(), []).append(message)
    openings: dict[int, str] = {}  # each stored message's opening, worked out once however many quotes ask

    def opening_of(message: LaterMessage) -> str:
        found = openings.get(message.id)
        if found is None:
            found = openings[message.id] = _opening(message.new_text)
        return found
    found: dict[tuple[str, str], LaterMessage] = {}
    for carrier_id in sorted(quoted, key=lambda key: (later[key].sent, key)):
        carrier = later[carrier_id]
        reply = quoted_reply(quoted[carrier_id], settings.timezone)
        if reply is None:
            continue
        reply = replace(reply, sender=(same(reply.sender) or reply.sender).lower())  # one person, one address
        if reply.sender == carrier.author_email.lower() or carrier.thread_id is None:
            continue
        sent = to_utc_naive(reply.sent) if reply.sent else None
        if sent is None or sent >= carrier.sent:
            sent = carrier.sent - timedelta(minutes=1)
        opening = _opening(reply.new_text)
        if not opening or any(abs(stored.sent - sent) <= UNSEEN_SAME_WITHIN or opening_of(stored) == opening
                              for stored in by_author.get(reply.sender, ())):
            continue  # the trail holds it
        key = (reply.sender, opening)
        if key in found:
            continue
        unseen_id = -(len(found) + 1)
        carriers[unseen_id] = carrier_id
        found[key] = LaterMessage(
            id=unseen_id, thread_id=carrier.thread_id, sent=sent, author_email=reply.sender,
            author_is_user=settings.is_user(reply.sender), recipients=frozenset({carrier.author_email}),
            new_text=reply.new_text)
    return list(found.values())


def _carried(evidence: FollowupEvidence, later: dict[int, LaterMessage], carriers: dict[int, int]) -> FollowupEvidence:
    """Evidence found in a reply the trail holds only as a quote: credited to the message that carries it, on its day."""
    if evidence.message_id not in carriers:
        return evidence
    carrier = later[carriers[evidence.message_id]]
    return replace(evidence, message_id=carrier.id, at=carrier.sent, rule=evidence.rule + " (in a quoted reply)")


def refresh_followups(session: Session, settings: Settings, workers: int = 1) -> dict[str, int]:
    """Recompute every fulfilment and answer from the stored messages (idempotent). With `workers` > 1
    and a large record, the linking runs in that many processes (see `_link`)."""
    promise_rows, request_rows = promise_facts(session), request_facts(session)
    carriers: dict[int, int] = {}
    later, same = read_record(session, settings, carriers,
                              frozenset(item.message_pk for item in (*promise_rows, *request_rows)))
    index = MessageIndex(later.values(), student_words(settings.students), settings.students, same.names())
    commitments = []
    for promise in promise_rows:
        message = later.get(promise.message_pk)
        if message is None:  # undated
            continue
        by_email = same(promise.by_email)
        made_by_user = settings.is_user(by_email) or (
            by_email is None and message.author_is_user and promise.rule.startswith("first-person"))
        commitments.append(commitment_in(message, promise.key, promise.text, promise.start, promise.end,
                                         promiser=by_email, made_by_user=made_by_user, due=promise.due))
    asks = []
    for request in request_rows:
        message = later.get(request.message_pk)
        if message is None:
            continue
        asks.append(ask_in(message, request.key, request.text, request.start, request.end, asker=same(request.by_email) or "",
                           asked_by_user=settings.is_user(same(request.by_email) or message.author_email)))
    delivered, answered = _link(commitments, asks, index, load_model("delivery", settings.model_dir), workers)
    answered = {key: _carried(evidence, later, carriers) for key, evidence in answered.items()}
    delivered = {key: _carried(evidence, later, carriers) for key, evidence in delivered.items()}
    replace_credits(session, [Credit(kind, key, evidence.message_id, evidence.sentence, evidence.rule, evidence.at)
                              for kind, found in (("promise", delivered), ("request", answered))
                              for key, evidence in found.items()])
    record_state.clear_followups_stale(session)
    forget_cached_words()
    forget_cached_verbs()
    return {"fulfilled": len(delivered), "answered": len(answered)}


LINK_APART_FROM = 1_000  # promises and requests: fewer are linked in this process alone (a fork would cost more)
PROMISE_COST = 5  # a promise takes about five times a request's linking time (py-spy, 20,000 emails)

_linking: tuple | None = None  # (shares, asks, index, model), set before forking: the children inherit it


def _link_share(share: int) -> tuple[dict, dict]:
    """One share of the linking: its promisers' promises, and (share 0) every request."""
    shares, asks, index, model = _linking
    return link_promises(shares[share], index, model), (link_requests(asks, index) if share == 0 else {})


def _link(commitments: list, asks: list, index: MessageIndex, model, workers: int) -> tuple[dict, dict]:
    """link_promises and link_requests, the same answers whether in one process or several. The linking is
    most of the refresh, and the refresh runs after the import's workers are done, on one core: at 20,000
    emails it was 40% of the import's wall time. Promises are split by promiser (a promise is judged against
    its promiser's other promises only), requests stay together (a request asked again of someone else is
    judged against its asker's others); the shares are forked from this process, which has read the record,
    and this process links the first share itself."""
    if workers <= 1 or len(commitments) + len(asks) < LINK_APART_FROM:
        return link_promises(commitments, index, model), link_requests(asks, index)
    by_promiser: dict = {}
    for commitment in commitments:
        by_promiser.setdefault(commitment.promiser, []).append(commitment)
    shares: list[list] = [[] for _ in range(workers)]
    loads = [len(asks)] + [0] * (workers - 1)
    for group in sorted(by_promiser.values(), key=len, reverse=True):  # the largest first, each to the lightest share
        lightest = loads.index(min(loads))
        shares[lightest] += group
        loads[lightest] += PROMISE_COST * len(group)
    global _linking
    _linking = (shares, asks, index, model)
    try:
        with ProcessPoolExecutor(max_workers=workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_link_share, share) for share in range(1, workers)]
            results = [_link_share(0)]
            for share, future in enumerate(futures, start=1):
                try:
                    results.append(future.result())
                except BrokenProcessPool:  # the child was stopped (out of memory?): its share here, as before
                    results.append(_link_share(share))
    finally:
        _linking = None
    found = {key: evidence for delivered, _ in results for key, evidence in delivered.items()}
    # in the order one process gives them (the commitments' order), so the credits are written alike
    delivered = {commitment.key: found[commitment.key] for commitment in commitments if commitment.key in found}
    return delivered, results[0][1]


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
