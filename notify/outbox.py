"""Delivering outgoing mail: through SMTP when IEPTRAIL_SMTP_HOST is set, else written as an .eml file
into the data directory. Every email is stored (store.outgoing) before the first attempt and keeps
its bytes, so a failed send is retried later instead of lost.

A follow-up or a recap that went out is also imported into the trail, the way a Bcc to the trail
address would have put it there: the email itself becomes evidence, tagged like any other.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from ieptrail.config import Settings, ensure_data_dir
from ieptrail.errors import IEPTrailError, NotifyError
from ieptrail.notify.smtp import send_email, wire_bytes
from ieptrail.store import outgoing as store
from ieptrail.store.db import Database
from ieptrail.store.repository import utcnow

if TYPE_CHECKING:
    from ieptrail.trail.importer import Importer

log = logging.getLogger(__name__)

RECORDED_IN_TRAIL = ("follow-up", "recap")  # the user's own words to the school: evidence


@dataclass(frozen=True)
class Delivery:
    outgoing_id: int
    kind: str
    subject: str
    status: str  # sent | written | failed | already  (already: sent or written before, not sent again)
    detail: str  # the recipients, the file written, or the error
    trail_message_ids: tuple[int, ...] = ()

    @property
    def delivered(self) -> bool:
        return self.status in ("sent", "written", "already")

    def describe(self) -> str:
        if self.status == "sent":
            recorded = (f"; recorded in the trail as message {', '.join(map(str, self.trail_message_ids))}"
                        if self.trail_message_ids else "")
            return f"sent to {self.detail}{recorded}"
        if self.status == "written":
            return f"SMTP is not configured (IEPTRAIL_SMTP_HOST), so it was written to {self.detail}"
        if self.status == "already":
            return self.detail
        return f"not sent: {self.detail}; it is kept and will be retried by the worker (see ieptrail status)"


def readable_text(message: EmailMessage) -> str:
    """The headers a person reads and the plain-text body, decoded (the wire form is quoted-printable)."""
    lines = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Subject", "Date") if message[name]]
    body = message.get_body(("plain",))
    return "\n".join(lines) + "\n\n" + (body.get_content() if body is not None else "")


def outbox_folder(settings: Settings) -> Path:
    folder = ensure_data_dir(settings) / "outbox"
    folder.mkdir(exist_ok=True)
    return folder


class Outbox:
    def __init__(self, db: Database, settings: Settings, importer: Importer | None = None):
        self.db = db
        self.settings = settings
        self.importer = importer  # needed to record follow-ups and recaps in the trail

    def send(self, message: EmailMessage, kind: str, *, key: str | None = None,
             item_key: str | None = None) -> Delivery:
        """Store `message` and deliver it now. With a `key` that was stored before, nothing is sent again."""
        raw = wire_bytes(message)
        with self.db.session_scope() as session:
            outgoing_id = store.add_outgoing(session, kind=kind, eml=raw, key=key, item_key=item_key,
                                             to_addrs=str(message.get("To", "")), cc_addrs=str(message.get("Cc", "")),
                                             subject=str(message.get("Subject", "")))
            earlier = store.outgoing_by_key(session, key) if outgoing_id is None else None
        if earlier is not None:
            return self.send_again_if_failed(earlier)
        return self.deliver(outgoing_id)

    def send_again_if_failed(self, earlier: store.OutgoingView) -> Delivery:
        """For an email stored before under the same key: done already, or (if it failed) try again now."""
        if earlier.status in ("sent", "written"):
            when = earlier.sent_at.strftime("%Y-%m-%d %H:%M UTC") if earlier.sent_at else "earlier"
            how = "sent" if earlier.status == "sent" else f"written to {outbox_folder(self.settings)}"
            return Delivery(earlier.id, earlier.kind, earlier.subject, "already", f"already {how} on {when}")
        return self.retry(earlier.id, now_rather_than_later=True) or Delivery(
            earlier.id, earlier.kind, earlier.subject, "already",
            f"already being sent (attempt {earlier.attempts + 1}); last error: {earlier.last_error or 'none'}")

    def retry(self, outgoing_id: int, now: datetime | None = None, *, now_rather_than_later: bool = False) -> Delivery | None:
        """Try a waiting email again if its time has come (or, asked for, a failed one at once);
        None when it is not due or another process is sending it."""
        now = now or utcnow()
        with self.db.session_scope() as session:
            claimed = store.claim_for_retry(session, outgoing_id, now, now_rather_than_later=now_rather_than_later)
        return self.deliver(outgoing_id, now) if claimed else None

    def retry_due(self, now: datetime | None = None) -> list[Delivery]:
        now = now or utcnow()
        with self.db.session_scope() as session:
            due = store.due_for_retry(session, now)
        return [delivery for outgoing_id in due if (delivery := self.retry(outgoing_id, now)) is not None]

    def deliver(self, outgoing_id: int, now: datetime | None = None) -> Delivery:
        """One attempt on a claimed row; its outcome is recorded whatever happens."""
        with self.db.session_scope() as session:
            view = store.outgoing(session, outgoing_id)
        if not self.settings.smtp.configured:
            path = self._write(view)
            self._record(outgoing_id, "written", None, now)
            return Delivery(view.id, view.kind, view.subject, "written", str(path))
        try:
            send_email(self.settings.smtp, view.eml)
        except IEPTrailError as exc:  # NotifyError, or a ConfigError such as no sender address
            self._record(outgoing_id, "failed", str(exc), now)
            log.error("%s %r not sent (attempt %d), will retry: %s", view.kind, view.subject, view.attempts + 1, exc)
            return Delivery(view.id, view.kind, view.subject, "failed", str(exc))
        self._record(outgoing_id, "sent", None, now)
        recipients = ", ".join(part for part in (view.to_addrs, view.cc_addrs and f"cc {view.cc_addrs}") if part)
        return Delivery(view.id, view.kind, view.subject, "sent", recipients, self._record_in_trail(view))

    def _record(self, outgoing_id: int, status: str, error: str | None, now: datetime | None) -> None:
        with self.db.session_scope() as session:
            store.record_attempt(session, outgoing_id, status=status, error=error, now=now)

    def _write(self, view: store.OutgoingView) -> Path:
        stamp = view.created_at.strftime("%Y%m%d-%H%M%S")
        path = outbox_folder(self.settings) / f"{stamp}-{view.kind}-{view.id}.eml"
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(view.eml)
        except OSError as exc:
            raise NotifyError(f"cannot write {path}: {exc}") from exc
        return path

    def _record_in_trail(self, view: store.OutgoingView) -> tuple[int, ...]:
        if view.kind not in RECORDED_IN_TRAIL:
            return ()
        if self.importer is None:
            log.warning("%s %d was sent but no importer was given to record it in the trail", view.kind, view.id)
            return ()
        return record_in_trail(self.importer, view.eml, f"sent:{view.kind}:{view.id}")


def record_in_trail(importer: Importer, raw: bytes, origin: str) -> tuple[int, ...]:
    """Import the user's own email into the record, as if it had arrived by Bcc; the new message ids."""
    ids: list[int] = []
    importer.import_many([(origin, raw)], on_outcome=lambda _origin, outcome: ids.extend(outcome.message_ids))
    return tuple(ids)
