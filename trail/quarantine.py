"""Reviewing the quarantine: emails kept out of the record (unparseable, untaggable, or from a
sender not allowed) are accepted into it by the user, or dropped."""
from __future__ import annotations

from ieptrail.classify import Tagger
from ieptrail.config import Settings
from ieptrail.errors import NotFoundError
from ieptrail.ingest.parse import parse_email
from ieptrail.store import quarantine, repository
from ieptrail.store.db import Database
from ieptrail.store.quarantine import QuarantinedEmail
from ieptrail.trail.importer import Importer, ImportOutcome, store_kept


def waiting(db: Database) -> list[QuarantinedEmail]:
    with db.session_scope() as session:
        return quarantine.quarantined(session)


def accept(db: Database, settings: Settings, raw_email_id: int, tagger: Tagger | None = None) -> ImportOutcome:
    """Put a quarantined email into the record (the sender check is skipped: the user vouched for it).
    Raises UnparseableEmail when it still cannot be read, NotFoundError when there is no such email."""
    importer = Importer(db, settings, tagger)
    with db.session_scope() as session:
        found = quarantine.quarantined_email(session, raw_email_id)
        if found is None:
            raise NotFoundError(f"no quarantined email with id {raw_email_id}")
        email, raw = found
        parsed = parse_email(raw, importer.context, damaged_ok=True)  # the user vouches: what can be read
        quarantine.release(session, raw_email_id, parsed.source_message_id, "accepted from quarantine")
        if not email.dkim_checked:  # not checked when it arrived: check now, and the date says so
            repository.record_dkim(session, raw_email_id, importer.verify_dkim(raw))
        outcome = store_kept(importer, session, raw_email_id, raw, email.origin, parsed)
    importer.refresh_followups()
    return outcome


def drop(db: Database, raw_email_id: int, note: str | None) -> None:
    with db.session_scope() as session:
        if quarantine.quarantined_email(session, raw_email_id) is None:
            raise NotFoundError(f"no quarantined email with id {raw_email_id}")
        quarantine.drop(session, raw_email_id, note or "dropped by the user")
