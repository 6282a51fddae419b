"""Keeps the follow-up facts current: which later message fulfilled each promise or answered each
request. Facts carry dates; statuses are computed from them as of any day (store.tracking).

Reads the rows, asks classify.linking, writes Fulfillment rows: the judgment itself is there."""
from __future__ import annotations

import json

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ieptrail.classify.followup import LaterMessage, forget_cached_words
from ieptrail.classify.learned import load_model
from ieptrail.classify.linking import (
    MessageIndex, ask_in, commitment_in, link_promises, link_requests, student_words,
)
from ieptrail.config import Settings
from ieptrail.store.models import Fulfillment, Message, Promise, Request


def read_messages(session: Session, settings: Settings) -> dict[int, LaterMessage]:
    """Every dated message as a LaterMessage, in sent order. Only the columns needed are read: the
    whole record passes through here."""
    later: dict[int, LaterMessage] = {}
    columns = (Message.id, Message.thread_id, Message.sent_at, Message.from_email, Message.new_text, Message.to_json,
               Message.cc_json, Message.is_auto_reply, Message.is_bulk, Message.message_id, Message.in_reply_to,
               Message.attachment_names)
    rows = session.execute(select(*columns).where(Message.sent_at.is_not(None)).order_by(Message.sent_at, Message.id))
    for (message_id, thread_id, sent_at, from_email, new_text, to_json, cc_json, auto_reply, bulk, header_id,
         in_reply_to, attachments) in rows:
        recipients = frozenset(item.get("email", "") for item in json.loads(to_json or "[]") + json.loads(cc_json or "[]"))
        later[message_id] = LaterMessage(
            id=message_id, thread_id=thread_id, sent=sent_at, author_email=from_email or "",
            author_is_user=settings.is_user(from_email), recipients=recipients, new_text=new_text or "",
            auto_reply=bool(auto_reply), bulk=bool(bulk), message_id=header_id, in_reply_to=in_reply_to,
            has_attachment=bool((attachments or "").strip()),
        )
    return later


def refresh_followups(session: Session, settings: Settings) -> dict[str, int]:
    """Recompute every fulfilment and answer from the stored messages (idempotent)."""
    later = read_messages(session, settings)
    index = MessageIndex(later.values(), student_words(settings.students))
    commitments = []
    for promise in session.scalars(select(Promise)):
        message = later.get(promise.message_pk)
        if message is None:  # undated
            continue
        made_by_user = settings.is_user(promise.by_email) or (
            promise.by_email is None and message.author_is_user and promise.rule.startswith("first-person"))
        commitments.append(commitment_in(message, promise.key, promise.text, promise.start, promise.end,
                                         promiser=promise.by_email, made_by_user=made_by_user, due=promise.due))
    asks = []
    for request in session.scalars(select(Request)):
        message = later.get(request.message_pk)
        if message is None:
            continue
        asks.append(ask_in(message, request.key, request.text, request.start, request.end, asker=request.by_email or "",
                           asked_by_user=settings.is_user(request.by_email or message.author_email)))
    delivered = link_promises(commitments, index, load_model("delivery", settings.model_dir))
    answered = link_requests(asks, index)
    session.execute(delete(Fulfillment))
    for kind, found in (("promise", delivered), ("request", answered)):
        for key, evidence in found.items():
            session.add(Fulfillment(item_kind=kind, item_key=key, message_pk=evidence.message_id,
                                    sentence=evidence.sentence[:2000], rule=evidence.rule, at=evidence.at))
    forget_cached_words()
    return {"fulfilled": len(delivered), "answered": len(answered)}
