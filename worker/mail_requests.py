"""Requests by email, as the worker meets them in the trail mailbox.

An answerable request (ingest/mail_command.py) gets one reply and is not stored: the reply is
kept in the outbox under the request's SHA-256, in the same transaction that records the UID, so
a request read twice (a crash, a changed UIDVALIDITY) is answered once. A request from the
user's address that its mail server did not vouch for is not answered: it is quarantined whole
with the reason, where the user can see someone tried. Mail from anyone else is ordinary mail.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ieptrail.config import Settings
from ieptrail.errors import IEPTrailError
from ieptrail.ingest.mail_command import (
    is_our_reply,
    read_headers,
    read_request,
    request_kind,
)
from ieptrail.notify.outbox import Outbox
from ieptrail.notify.search_reply import answer_request, reply_email
from ieptrail.notify.smtp import wire_bytes
from ieptrail.store import repository
from ieptrail.store.db import Database, Session
from ieptrail.store.outgoing import add_outgoing
from ieptrail.trail.context import today

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

log = logging.getLogger(__name__)

REFUSED = "request-not-authenticated"


@dataclass(frozen=True)
class Taken:
    """What became of an email that was a request (or our own answer coming back)."""
    outcome: str  # answered | already-answered | refused | unanswerable | our-reply
    raw_email_id: int | None = None  # the quarantined email, when refused
    outgoing_id: int | None = None  # the reply to send, when answered


class MailRequests:
    def __init__(self, db: Database, settings: Settings, tagger: Tagger | None = None, clock: Callable[[], datetime] | None = None):
        self.db, self.settings, self.tagger = db, settings, tagger
        self.clock = clock or (lambda: datetime.now(settings.timezone))  # answers are as of this moment
        trail = [settings.trail_address, settings.imap.user if settings.imap.user and "@" in settings.imap.user else None]
        self.trail_addresses = tuple(address.lower() for address in trail if address)

    def take(self, session: Session, raw: bytes, origin: str) -> Taken | None:
        """Handle `raw` if it is a request, inside the caller's transaction; None when it is ordinary mail."""
        headers = read_headers(raw)
        if is_our_reply(headers):
            log.info("%s is one of our own answers to a request, come back: not stored", origin)
            return Taken("our-reply")
        request = read_request(headers, user_emails=self.settings.user_emails, trail_addresses=self.trail_addresses,
                               authserv_ids=self.settings.search_by_email_authserv_ids)
        if request is None:
            if request_kind(" ".join(str(headers.get("Subject", "")).split())):
                log.info("%s has a request's subject but is not from your addresses to the trail alone: "
                         "stored as ordinary mail, not answered", origin)
            return None
        if not request.answerable:
            log.warning("a %s request from %s was not answered: %s. It is kept in quarantine.",
                        request.kind, request.sender, request.refusal)
            known = repository.raw_id_by_sha(session, repository.sha256_hex(raw))
            if known is not None:
                return Taken("refused", known)
            raw_email_id = repository.add_raw_email(session, raw, origin, "quarantined", reason=REFUSED,
                                                    error=f"not answered: {request.refusal}")
            return Taken("refused", raw_email_id)
        if not self.settings.smtp.configured:
            log.warning("a %s request from %s cannot be answered: IEPTRAIL_SMTP_HOST is not set", request.kind,
                        request.sender)
            return Taken("unanswerable")
        now = self.clock()
        answer = answer_request(session, self.tagger, self.settings, request, today(self.settings, now))
        message = reply_email(answer, self.settings, now)
        outgoing_id = add_outgoing(session, kind="search-reply", key=f"search-reply:{repository.sha256_hex(raw)}",
                                   eml=wire_bytes(message), to_addrs=request.sender, subject=str(message["Subject"]))
        if outgoing_id is None:
            log.info("the %s request in %s was answered before: not answered again", request.kind, origin)
            return Taken("already-answered")
        # the kind and the count only: the words searched for are about a child
        log.info("answering a %s request from %s (%s; %d item(s))", request.kind, request.sender,
                 request.verified_by, answer.count)
        return Taken("answered", outgoing_id=outgoing_id)

    def deliver(self, taken: Taken) -> None:
        """Send the reply after its transaction committed; a failure is kept and retried by the worker."""
        if taken.outgoing_id is None:
            return
        try:
            Outbox(self.db, self.settings).deliver(taken.outgoing_id)
        except IEPTrailError as exc:
            log.error("the answer to a request could not be sent now, it will be retried: %s", exc)
